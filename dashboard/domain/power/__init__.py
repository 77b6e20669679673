"""/puissance's figures: the projects' announced power year by year (one measure kind at a time), the
supply the sources support (Gravelines, its closure scenario, the EPR2 pair, offshore wind), RTE's
expected extra demand around Dunkirk, annual energy under a load factor against the region's TWh,
and the MW each 400 kV substation would carry.

Pure Python and pandas, in parts: `records` (the facts as this page reads them), `demand`, `supply`,
`energy`, `grid`; `power_view` (here) is the page's one call. Rules: a sum adds one measure kind
only (IT load, grid connection, site total… never together); unknown stays unknown (NaN, never 0); a
range keeps both ends (low and high sums); a figure that needs an assumption (a capacity computed
from units, a year counted from the start of an announced period) says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from dashboard.domain.filters import Filters
from dashboard.domain.power.demand import (
    LEFT_OUT_STATUSES,
    STATUS_ORDER,
    default_measure,
    demand_rows,
    measure_counts,
    of_measure,
    power_by_year,
    totals_by_year,
)
from dashboard.domain.power.energy import (
    LoadFactor,
    Share,
    annual_twh,
    consumption_share,
    default_load_factor,
    energy_series,
    peak_year,
)
from dashboard.domain.power.grid import attach_to_substations, grid_figures, grid_load
from dashboard.domain.power.records import DEFAULT_MEASURE, YEARS, fact_records
from dashboard.domain.power.supply import SupplyLine, extra_demand, step_values, supply_lines

__all__ = [
    "DEFAULT_MEASURE", "LEFT_OUT_STATUSES", "STATUS_ORDER", "YEARS", "LoadFactor", "PowerView", "Share",
    "SupplyLine", "annual_twh", "attach_to_substations", "consumption_share", "default_load_factor",
    "default_measure", "demand_rows", "energy_series", "extra_demand", "fact_records", "grid_figures",
    "grid_load", "measure_counts", "of_measure", "peak_year", "power_by_year", "power_view", "step_values",
    "supply_lines", "totals_by_year",
]


REGION_ID = "hauts-de-france"


@dataclass(frozen=True)
class PowerView:
    """Everything /puissance draws for one choice of measure kind and load factor."""

    demand: pd.DataFrame  # every measure kind (the table); the charts use `measure` only
    measure: str | None
    measures: dict[str, int]  # projects per kind, most first
    by_year: pd.DataFrame
    totals: pd.DataFrame
    undated: pd.DataFrame  # projects of the measure with no year: not in the chart
    supply: list[SupplyLine]
    extra: pd.DataFrame
    load_factor: float
    default_factor: LoadFactor
    consumption: pd.DataFrame
    production: pd.DataFrame
    output: dict[str, pd.DataFrame]  # plant id -> its annual output (TWh) by year
    share: Share | None
    grid: pd.DataFrame
    grid_figures: pd.DataFrame
    other_kinds: tuple[str, ...] = field(default=())


def power_view(dataset, filters: Filters, measure: str | None = None, load_factor: float | None = None) -> PowerView:
    """/puissance's one domain call. `measure` None (or a kind no project has) → the kind with the
    most projects; `load_factor` None → the sourced default."""
    records = fact_records(dataset)
    demand = demand_rows(dataset, filters)
    measures = measure_counts(demand)
    if measure not in measures:
        measure = default_measure(demand)
    factor = default_load_factor(dataset, records)
    load_factor = factor.value if load_factor is None else float(load_factor)
    by_year = power_by_year(demand, measure)
    totals = totals_by_year(by_year)
    chosen = of_measure(demand, measure)
    consumption = energy_series(dataset, "annual_consumption", REGION_ID, records)
    plants = {r["site_id"] for r in records if r["attribute"] == "annual_energy"}
    return PowerView(
        demand=demand, measure=measure, measures=measures, by_year=by_year, totals=totals,
        undated=chosen[chosen["year"].isna()], supply=supply_lines(dataset),
        extra=extra_demand(dataset, records), load_factor=load_factor, default_factor=factor,
        consumption=consumption, production=energy_series(dataset, "annual_production", REGION_ID, records),
        output={p: energy_series(dataset, "annual_energy", p, records) for p in sorted(plants)},
        share=consumption_share(totals, consumption, load_factor), grid=grid_load(dataset, demand, records),
        grid_figures=grid_figures(dataset, records), other_kinds=tuple(k for k in measures if k != measure),
    )
