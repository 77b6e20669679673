"""Demand: each project's power by measure kind, with the year it counts from; sums per year and status."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.domain.filters import Filters
from dashboard.domain.investment import select_projects
from dashboard.domain.power.records import DEFAULT_MEASURE, YEARS, _joined_ids, _year
from dashboard.domain.retained import retained_values

# Statuses drawn, bottom of the stack first; abandoned projects are never counted.
STATUS_ORDER = ("operational", "under_construction", "permitted", "planned", "announced", "unknown")
LEFT_OUT_STATUSES = ("abandoned",)



DEMAND_COLUMNS = ("site_id", "name", "project_type", "status", "departement", "measure", "mw_low", "mw_high",
                  "approximate", "bound", "raw_value", "quoted", "as_of", "source_ids", "year", "year_source", "fast_track",
                  "nearest_400kv_name", "nearest_400kv_km")
_PROJECT_COLUMNS = ("name", "project_type", "status", "departement", "fast_track", "nearest_400kv_name",
                    "nearest_400kv_km", "commissioning_start")


def demand_rows(dataset, filters: Filters) -> pd.DataFrame:
    """One row per project with a known power, in its retained measure kind: the sidebar's filters applied,
    abandoned projects left out. `year` is the year the power counts from: the fact's own horizon
    (`by:`) when it has one, else the first year of the project's retained commissioning period
    (`year_source` says which; NaN = no year known)."""
    projects = select_projects(dataset.sites, filters)
    info = dict(zip(projects["site_id"], (dict(zip(_PROJECT_COLUMNS, v)) for v in
                                          zip(*(projects[c].tolist() for c in _PROJECT_COLUMNS)))))
    facts = dataset.facts
    power = facts[(facts["attribute"] == "power") & facts["site_id"].isin(
        [k for k, v in info.items() if v["status"] not in LEFT_OUT_STATUSES])]
    rows = []
    # The one retained value per site (domain.retained: its kind, observation first, latest dated, a
    # tie as a range): the page shows each project's power as every other page does.
    for kept in retained_values(power).to_dict("records"):
        site = info[kept["site_id"]]
        own = _year(kept["period_start"])
        started = _year(site["commissioning_start"])
        rows.append({
            "site_id": kept["site_id"], "name": site["name"], "project_type": site["project_type"],
            "status": site["status"], "departement": site["departement"],
            "measure": kept["measure"] or DEFAULT_MEASURE, "mw_low": kept["low"], "mw_high": kept["high"],
            "approximate": bool(kept["approximate"]),
            # "at_most" / "at_least" when a source gives the figure as a bound (« jusqu'à 1 GW »): counted
            # at that bound, and said so.
            "bound": kept["qualifier"] if kept["qualifier"] in ("at_most", "at_least") else "",
            # `quoted` False: raw_value is our paraphrase, not the source's words (never shown as them)
            "raw_value": kept["raw_value"], "quoted": bool(kept["quoted"]), "as_of": kept["as_of"], "source_ids": kept["source_ids"],
            "year": own if not np.isnan(own) else started,
            "year_source": "horizon" if not np.isnan(own) else ("" if np.isnan(started) else "commissioning"),
            "fast_track": site["fast_track"] is True or site["fast_track"] == 1,
            "nearest_400kv_name": site["nearest_400kv_name"], "nearest_400kv_km": site["nearest_400kv_km"],
        })
    rows.sort(key=lambda r: (r["site_id"], r["measure"]))
    return pd.DataFrame(rows, columns=list(DEMAND_COLUMNS))


def measure_counts(demand: pd.DataFrame) -> dict[str, int]:
    """Projects per measure kind, most first (ties in alphabetical order of the kind's key)."""
    counts: dict[str, set] = {}
    for site_id, measure in zip(demand["site_id"], demand["measure"]):
        counts.setdefault(measure, set()).add(site_id)
    return dict(sorted(((k, len(v)) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0])))


def default_measure(demand: pd.DataFrame) -> str | None:
    """The measure kind with the most projects (None when no project has a power)."""
    return next(iter(measure_counts(demand)), None)


def of_measure(demand: pd.DataFrame, measure: str | None) -> pd.DataFrame:
    return demand[demand["measure"] == measure]


def power_by_year(demand: pd.DataFrame, measure: str | None, years=YEARS) -> pd.DataFrame:
    """Per year and status: the MW of one measure kind's projects counted from their year on (low
    and high sums; NaN where nothing counts, never 0). Projects without a year are not in it."""
    rows = of_measure(demand, measure)
    rows = [r for r in rows.to_dict("records") if not np.isnan(r["year"])]
    out = []
    for status in STATUS_ORDER:
        group = [r for r in rows if r["status"] == status]
        if not group:
            continue
        for year in years:
            counted = [r for r in group if r["year"] <= year]
            out.append({"year": year, "status": status,
                        "mw_low": sum(r["mw_low"] for r in counted) if counted else np.nan,
                        "mw_high": sum(r["mw_high"] for r in counted) if counted else np.nan,
                        "projects": len(counted), "names": tuple(r["name"] for r in counted),
                        "source_ids": _joined_ids(r["source_ids"] for r in counted)})
    return pd.DataFrame(out, columns=["year", "status", "mw_low", "mw_high", "projects", "names", "source_ids"])


def totals_by_year(by_year: pd.DataFrame, years=YEARS) -> pd.DataFrame:
    """The statuses added up per year (one measure kind): year, mw_low, mw_high (NaN when none)."""
    out = []
    for year in years:
        rows = by_year[(by_year["year"] == year) & by_year["mw_low"].notna()]
        out.append({"year": year, "mw_low": rows["mw_low"].sum() if len(rows) else np.nan,
                    "mw_high": rows["mw_high"].sum() if len(rows) else np.nan})
    return pd.DataFrame(out, columns=["year", "mw_low", "mw_high"])
