"""Supply: plants' capacity year by year, the closure scenario, dates at risk; a zone's expected
extra demand (RTE, Dunkirk) by horizon."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.domain.power.records import YEARS, _joined_ids, _site_info, _when, _year, fact_records, retained
from dashboard.domain.retained import retained_values

STALE_MONTHS = 24  # a commissioning date no source has restated for two years is "at risk"




@dataclass(frozen=True)
class SupplyLine:
    """One supply line: MW per year (NaN before it counts), how it was obtained, its sources."""

    key: str  # site id, or "<site id>:scenario"
    site_id: str
    name: str
    values: tuple[float, ...]  # one per YEARS
    mw: float
    source_ids: tuple[str, ...]
    units: float = np.nan  # when computed from units × unit power
    unit_mw: float = np.nan
    computed: bool = False  # MW = units × unit power (not a figure a source gives)
    scenario: bool = False
    from_year: float = np.nan
    at_risk: bool = False
    slipped: bool = False
    stale: bool = False
    promises: tuple[tuple[str, str, str], ...] = ()  # (period as written, as_of, source id), oldest first
    scenario_units: float = np.nan
    scenario_as_of: str = ""


def _retained(dataset, plants) -> dict[tuple[str, str], dict]:
    """(site, attribute) -> the value retained for it (domain.retained, the one rule every page uses):
    value (low end), source_ids, as_of, period_start."""
    facts = dataset.facts
    rows = facts[facts["site_id"].isin(plants)
                 & facts["attribute"].isin(("power", "unit_count", "unit_power", "closure_scenario"))]
    return {(r["site_id"], r["attribute"]): r for r in retained_values(rows).to_dict("records")}


def _promises(dataset, site_id: str) -> tuple[list[tuple[str, str, str]], set[float]]:
    schedule = dataset.schedule
    rows = [(str(raw), "" if not isinstance(as_of, str) else as_of, str(source), _year(start))
            for sid, raw, as_of, source, start in zip(schedule["site_id"], schedule["raw_value"], schedule["as_of"],
                                                      schedule["source_id"], schedule["period_start"])
            if sid == site_id]
    rows.sort(key=lambda r: _when(r[1]))
    return [r[:3] for r in rows], {r[3] for r in rows if not np.isnan(r[3])}


def supply_lines(dataset, years=YEARS) -> list[SupplyLine]:
    """Every power plant with a capacity: its own figure, or units × unit power (said to be computed);
    counted from its commissioning year when that is in the chart's horizon (at risk when its date
    slipped or no source restated it for STALE_MONTHS); a closure scenario as its own dashed line."""
    info = _site_info(dataset, ("name", "project_type", "commissioning_start"))
    plants = [site_id for site_id, site in info.items() if site["project_type"] == "power_plant"]
    kept = _retained(dataset, plants)
    data_date = _when(dataset.as_of)
    lines = []
    for site_id in plants:
        site = info[site_id]
        own, count, each = (kept.get((site_id, a)) for a in ("power", "unit_count", "unit_power"))
        if own is not None:
            mw, computed = float(own["value"]), False
        elif count is not None and each is not None:
            mw, computed = float(count["value"]) * float(each["value"]), True
        else:
            continue
        start = _year(site["commissioning_start"])
        from_year = start if not np.isnan(start) and start >= years[0] else np.nan
        promises, starts = _promises(dataset, site_id) if not np.isnan(from_year) else ([], set())
        slipped = len(starts) > 1  # "2038" and "2038-2039" start alike: not a slip
        latest = max((p[1] for p in promises if p[1]), default="")
        # Stale: no dated source restates the date, or none for STALE_MONTHS before the data's date.
        stale = bool(promises) and (not latest or (bool(data_date)
                                                   and _months_between(_when(latest), data_date) > STALE_MONTHS))
        ids = [i for r in (own, count, each) if r is not None for i in r["source_ids"].split(";")] + \
            [p[2] for p in promises]
        lines.append(SupplyLine(
            site_id, site_id, site["name"], tuple(mw if np.isnan(from_year) or y >= from_year else np.nan for y in years),
            mw, tuple(dict.fromkeys(ids)), units=float(count["value"]) if count is not None else np.nan,
            unit_mw=float(each["value"]) if each is not None else np.nan, computed=computed, from_year=from_year,
            at_risk=slipped or stale, slipped=slipped, stale=stale, promises=tuple(promises)))
        closure = kept.get((site_id, "closure_scenario"))
        if closure is not None and each is not None and not np.isnan(_year(closure["period_start"])):
            by, left = _year(closure["period_start"]), mw - float(closure["value"]) * float(each["value"])
            lines.append(SupplyLine(
                f"{site_id}:scenario", site_id, site["name"], tuple(left if y >= by else np.nan for y in years), left,
                tuple(dict.fromkeys(closure["source_ids"].split(";") + each["source_ids"].split(";"))),
                unit_mw=float(each["value"]), computed=True,
                scenario=True, from_year=by, scenario_units=float(closure["value"]),
                scenario_as_of=str(closure["as_of"])))
    return lines


def _months_between(earlier: str, later: str) -> int:
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])


# --------------------------------------------------------------------------------------------
# A zone's expected extra demand (RTE, Dunkirk) by horizon
# --------------------------------------------------------------------------------------------

EXTRA_COLUMNS = ("site_id", "name", "year", "mw", "raw_value", "as_of", "source_ids")


def extra_demand(dataset, records: list[dict] | None = None) -> pd.DataFrame:
    """Per zone and horizon year: the latest-dated figure, with every source that gives that figure."""
    records = fact_records(dataset) if records is None else records
    rows = [r for r in records if r["attribute"] == "extra_demand" and not np.isnan(r["horizon"])]
    names = _site_info(dataset, ("name",))
    out = []
    for (site_id, year), group in sorted(retained(rows, lambda r: (r["site_id"], r["horizon"])).items()):
        latest = group[0]
        same = [r["source_id"] for r in rows if r["site_id"] == site_id and r["horizon"] == year
                and r["value"] == latest["value"]]
        out.append({"site_id": site_id, "name": names[site_id]["name"], "year": year, "mw": latest["value"],
                    "raw_value": latest["raw_value"], "as_of": latest["as_of"], "source_ids": _joined_ids(same)})
    return pd.DataFrame(out, columns=list(EXTRA_COLUMNS))


def step_values(points: pd.DataFrame, years=YEARS) -> tuple[float, ...]:
    """A figure given for horizon years, as a step: each horizon's value from that year until the
    next (NaN before the first). Between two horizons the earlier figure is kept: an assumption."""
    pairs = sorted(zip(points["year"], points["mw"]))
    return tuple(next((mw for y, mw in reversed(pairs) if y <= year), np.nan) for year in years)
