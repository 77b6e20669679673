"""The facts /puissance reads, as plain records (a few hundred rows: Python is quicker than pandas
here), each with its measure kind, the year of its horizon (`by:`) and an orderable as-of."""

from __future__ import annotations

import numpy as np
import pandas as pd

FIRST_YEAR, LAST_YEAR = 2025, 2040  # the power chart's horizon
YEARS = tuple(range(FIRST_YEAR, LAST_YEAR + 1))
DEFAULT_MEASURE = "site_total"  # a power fact without `measure:` (seed contract)


# --------------------------------------------------------------------------------------------
# Facts as this page reads them: plain records (a few hundred rows; Python is quicker than pandas here)
# --------------------------------------------------------------------------------------------

PAGE_ATTRIBUTES = ("power", "unit_count", "unit_power", "closure_scenario", "extra_demand", "grid_substation",
                   "annual_energy", "annual_consumption", "annual_production", "transmission_capacity")
_FACT_FIELDS = ("site_id", "attribute", "raw_value", "value", "value_low", "value_high", "approximate",
                "period_start", "as_of", "source_id", "quoted", "note", "qualifier")


def _year(value: object) -> float:
    """The year of a period start or an as-of ('2025', '2025-03', a Timestamp); NaN when unknown."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return np.nan
    if isinstance(value, str):
        return float(value[:4]) if value[:4].isdigit() else np.nan
    return float(getattr(value, "year", np.nan))


def _when(as_of: object) -> str:
    """An as-of for ordering: '' when undated, else padded to a day ('2025' -> '2025-01-01')."""
    text = "" if not isinstance(as_of, str) else as_of
    return text + "-01-01"[len(text) - 4:] if len(text) in (4, 7) else text


def fact_records(dataset, attributes=PAGE_ATTRIBUTES) -> list[dict]:
    """The facts of `attributes` as dicts, with their measure kind (default: site total), the year of
    their horizon (`by:`) and an orderable as-of."""
    facts = dataset.facts
    rows = facts[facts["attribute"].isin(attributes)]
    fields = [f for f in _FACT_FIELDS if f in rows.columns]
    measures = rows["measure"].tolist() if "measure" in rows.columns else [None] * len(rows)
    out = []
    for values, measure in zip(zip(*(rows[f].tolist() for f in fields)), measures):
        record = dict(zip(fields, values))
        record["measure"] = measure if isinstance(measure, str) and measure else DEFAULT_MEASURE
        record["horizon"] = _year(record.get("period_start"))
        record["when"] = _when(record.get("as_of"))
        out.append(record)
    return out


def retained(records: list[dict], key) -> dict[object, list[dict]]:
    """Per key(record): its latest dated facts (undated ones only when none is dated); facts that
    share that date are kept together (a tie: the range spans them)."""
    groups: dict[object, list[dict]] = {}
    for record in records:
        groups.setdefault(key(record), []).append(record)
    out = {}
    for k, group in groups.items():
        latest = max(r["when"] for r in group)
        out[k] = [r for r in group if r["when"] == latest]
    return out


def _joined_ids(cells) -> str:
    ids = [i for cell in cells for i in str(cell).split(";") if i and i != "nan"]
    return ";".join(dict.fromkeys(ids))


def _site_info(dataset, columns: tuple[str, ...]) -> dict[str, dict]:
    sites = dataset.sites
    return dict(zip(sites["site_id"], (dict(zip(columns, v)) for v in zip(*(sites[c].tolist() for c in columns)))))
