"""Histories kept in the `facts` table: one attribute's values over time (State-identified site
counts, Cerema's brownfield counts by status...), oldest first, undated last."""

from __future__ import annotations

import pandas as pd


def attribute_history(facts: pd.DataFrame, attribute: str, site_ids=None) -> pd.DataFrame:
    """The facts of `attribute` (for `site_ids` if given), dated ones by as-of, then the undated,
    each with its source; ties on a date are all kept (their order: source id)."""
    rows = facts[facts["attribute"] == attribute]
    if site_ids is not None:
        rows = rows[rows["site_id"].isin(set(site_ids))]
    as_of = rows["as_of"].fillna("").astype(str)
    dates = pd.to_datetime(as_of.where(as_of != ""), format="mixed", errors="coerce")
    return (rows.assign(_date=dates).sort_values(["site_id", "_date", "source_id"], na_position="last")
            .drop(columns="_date").reset_index(drop=True))


def history_path(history: pd.DataFrame) -> list[float]:
    """The distinct successive values of a dated history: 7, 8, 8, 16 -> [7, 8, 16]."""
    values = pd.to_numeric(history.loc[history["as_of"].fillna("").astype(str) != "", "value"], errors="coerce")
    path: list[float] = []
    for value in values.dropna():
        if not path or value != path[-1]:
            path.append(float(value))
    return path
