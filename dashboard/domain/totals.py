"""What a total may add: one measure kind, no abandoned project (unless asked), no projection, never
a host site together with its tenants. The overview's totals and /investment's sums both use it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.domain.retained import site_flags, site_texts
from dashboard.domain.schema import ATTRIBUTE_OF_COLUMN, default_measure


@dataclass(frozen=True)
class LeftOut:
    """Rows a total leaves out, and why: `abandoned`, `other_measure:<kind>`, `projection`, `host_site`."""

    reason: str
    names: tuple[str, ...]


def _names(rows: pd.DataFrame) -> tuple[str, ...]:
    return tuple(rows["name"].astype(str)) if "name" in rows else tuple(rows["site_id"].astype(str))


def summable_rows(rows: pd.DataFrame, column: str, measure: str | None = None,
                  with_abandoned: bool = False) -> tuple[pd.DataFrame, tuple[LeftOut, ...]]:
    """The rows whose retained `column` may be added together, and what was left out and why.

    Left out: abandoned projects (unless `with_abandoned`); rows whose value measures another kind
    than `measure` (default: the attribute's default kind); projections; a host site when one of
    its tenants among the rows has a known value (its figure covers theirs).
    """
    measure = default_measure(ATTRIBUTE_OF_COLUMN.get(column, column)) if measure is None else measure
    left: list[LeftOut] = []
    kept = rows
    known = pd.to_numeric(kept[column], errors="coerce").notna()
    if not with_abandoned and "status" in kept:
        abandoned = kept["status"] == "abandoned"
        if (abandoned & known).any():
            left.append(LeftOut("abandoned", _names(kept[abandoned & known])))
        kept = kept[~abandoned]
    known = pd.to_numeric(kept[column], errors="coerce").notna()
    if measure:
        kinds = site_texts(kept, f"{column}_measure")
        other = known & (kinds != "") & (kinds != measure)
        for kind in dict.fromkeys(kinds[other]):
            left.append(LeftOut(f"other_measure:{kind}", _names(kept[other & (kinds == kind)])))
        kept, known = kept[~other], known[~other]
    projected = site_flags(kept, f"{column}_projection") & known
    if projected.any():
        left.append(LeftOut("projection", _names(kept[projected])))
    kept, known = kept[~projected], known[~projected]
    if "host_site_id" in kept:
        hosts_of_counted = set(site_texts(kept[known], "host_site_id")) - {""}
        hosting = kept["site_id"].isin(hosts_of_counted) & known
        if hosting.any():
            left.append(LeftOut("host_site", _names(kept[hosting])))
        kept = kept[~hosting]
    return kept, tuple(left)


def total_qualifier(qualifiers: pd.Series) -> str:
    """The qualifier of a sum from its terms': bounds one way make a bound ("jusqu'à", "au moins"),
    bounds both ways or an approximate term an approximation, a range a range."""
    kinds = set(qualifiers)
    if "at_most" in kinds and "at_least" in kinds:
        return "approx"
    for bound in ("at_most", "at_least"):
        if bound in kinds:
            return bound
    if "approx" in kinds:
        return "approx"
    return "range" if "range" in kinds else "exact"
