"""Energy: annual TWh under a load factor, the default load factor a published outlook implies, the
region's consumption and production and a plant's output, and the data centres' share."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.domain.power.records import _year, fact_records
from dashboard.domain.schema import ATTRIBUTES

HOURS_PER_YEAR = 8760
MWH_PER_TWH = 1_000_000



ENERGY_COLUMNS = ("year", "twh", "approximate", "raw_value", "quoted", "source_id", "note")


def annual_twh(mw: float, load_factor: float) -> float:
    """MW running at `load_factor` (0–1) all year, in TWh."""
    return mw * load_factor * HOURS_PER_YEAR / MWH_PER_TWH


def energy_series(dataset, attribute: str, site_id: str, records: list[dict] | None = None) -> pd.DataFrame:
    """One row per source and year (a year two sources give has two rows) of an annual-energy
    attribute (annual_energy / annual_consumption / annual_production) of one site."""
    if ATTRIBUTES[attribute].unit != "TWh":
        raise ValueError(f"{attribute} is not an annual energy")
    records = fact_records(dataset) if records is None else records
    rows = sorted((r for r in records if r["attribute"] == attribute and r["site_id"] == site_id
                   and np.isnan(r["horizon"])), key=lambda r: (r["when"], bool(r["approximate"]), r["source_id"]))
    return pd.DataFrame([{"year": _year(r["as_of"]), "twh": r["value"], "approximate": bool(r["approximate"]),
                          "raw_value": r["raw_value"], "quoted": bool(r["quoted"]), "source_id": r["source_id"],
                          "note": r["note"]} for r in rows], columns=list(ENERGY_COLUMNS))


@dataclass(frozen=True)
class LoadFactor:
    value: float  # 0–1, rounded to the slider's step
    exact: float  # as computed from the sources (NaN when no source gives both figures)
    mw: float
    twh: float
    year: float
    source_ids: tuple[str, ...] = ()


FALLBACK_LOAD_FACTOR = 0.5  # used, and said to be unsourced, only when the seeds give no pair
LOAD_FACTOR_STEP = 0.05


def default_load_factor(dataset, records: list[dict] | None = None) -> LoadFactor:
    """The load factor implied by a published outlook that gives both the data centres' power and
    their annual energy for one year (RTE's Bilan prévisionnel: 4,3 GW and 15 TWh in 2030 → ≈ 40 %),
    rounded to the slider's step."""
    records = fact_records(dataset) if records is None else records
    for energy in (r for r in records if r["attribute"] == "annual_consumption" and not np.isnan(r["horizon"])):
        power = next((r for r in records if r["attribute"] == "power" and r["site_id"] == energy["site_id"]
                      and r["horizon"] == energy["horizon"]), None)
        if power is None:
            continue
        exact = energy["value"] * MWH_PER_TWH / (power["value"] * HOURS_PER_YEAR)
        rounded = round(round(exact / LOAD_FACTOR_STEP) * LOAD_FACTOR_STEP, 2)
        return LoadFactor(rounded, exact, power["value"], energy["value"], energy["horizon"],
                          tuple(dict.fromkeys((energy["source_id"], power["source_id"]))))
    return LoadFactor(FALLBACK_LOAD_FACTOR, np.nan, np.nan, np.nan, np.nan)


@dataclass(frozen=True)
class Share:
    """Data-centre energy against the region's consumption: a range, from both ends of the demand
    and the lowest and highest consumption the sources give."""

    year: int
    twh_low: float
    twh_high: float
    consumption_low: float
    consumption_high: float
    low: float  # twh_low / consumption_high
    high: float  # twh_high / consumption_low
    consumption_years: tuple[int, ...] = ()
    source_ids: tuple[str, ...] = ()


def peak_year(totals: pd.DataFrame) -> int | None:
    """The first year the demand reaches its largest (high end) total; None without demand."""
    known = [(y, lo, hi) for y, lo, hi in zip(totals["year"], totals["mw_low"], totals["mw_high"]) if not np.isnan(lo)]
    if not known:
        return None
    top = max(hi for _, _, hi in known)
    return int(next(y for y, _, hi in known if hi == top))


def consumption_share(totals: pd.DataFrame, consumption: pd.DataFrame, load_factor: float) -> Share | None:
    """The share the year the demand peaks; None without demand or consumption."""
    year = peak_year(totals)
    if year is None or consumption.empty:
        return None
    row = totals[totals["year"] == year].iloc[0]
    low, high = annual_twh(row["mw_low"], load_factor), annual_twh(row["mw_high"], load_factor)
    c_low, c_high = float(consumption["twh"].min()), float(consumption["twh"].max())
    return Share(year, low, high, c_low, c_high, low / c_high, high / c_low,
                 tuple(int(y) for y in sorted(set(consumption["year"].dropna()))),
                 tuple(dict.fromkeys(consumption["source_id"])))
