"""/puissance's domain (dashboard.domain.power) on a small hand-written region (test data, not facts):
one measure kind at a time, ranges and bounds kept, abandoned and undated projects left out and
said, supply from units × unit power, the closure scenario, dates at risk, the sourced default
load factor, the consumption share as a range, the load per substation (named, else nearest)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dashboard.domain import power
from dashboard.domain.filters import Filters
from tests.fixtures import make_dataset, power_dataset, site

@pytest.fixture(scope="module")
def dataset():
    return power_dataset()


def test_demand_keeps_each_projects_retained_value_and_leaves_out_the_abandoned(dataset):
    demand = power.demand_rows(dataset, Filters())
    assert "gone" not in set(demand["site_id"])
    assert sorted(zip(demand["site_id"], demand["measure"])) == [
        ("big", "site_total"), ("it", "it_load"), ("mid", "site_total"), ("someday", "site_total")]
    mid = demand.set_index("site_id").loc["mid"]
    assert (mid["mw_low"], mid["mw_high"], mid["year"], mid["year_source"]) == (100, 200, 2027, "commissioning")
    assert demand.set_index("site_id").loc["big", "bound"] == "at_most"
    assert math.isnan(demand.set_index("site_id").loc["someday", "year"])


def test_the_default_kind_is_the_one_with_most_projects_and_sums_never_cross_kinds(dataset):
    view = power.power_view(dataset, Filters())
    assert view.measure == "site_total" and view.measures == {"site_total": 3, "it_load": 1}
    totals = view.totals.set_index("year")
    assert math.isnan(totals.loc[2026, "mw_low"])  # nothing counts yet: unknown, never 0
    assert (totals.loc[2027, "mw_low"], totals.loc[2027, "mw_high"]) == (100, 200)
    assert (totals.loc[2031, "mw_low"], totals.loc[2031, "mw_high"]) == (1100, 1200)  # no IT load, no "someday"
    assert list(view.undated["site_id"]) == ["someday"]
    it = power.power_view(dataset, Filters(), measure="it_load").totals.set_index("year")
    assert it.loc[2030, "mw_low"] == 200 and math.isnan(it.loc[2028, "mw_low"])


def test_statuses_stack_apart_and_the_sidebar_filters_apply(dataset):
    by_year = power.power_view(dataset, Filters()).by_year
    assert set(by_year["status"]) == {"announced", "under_construction"}
    only_62 = power.power_view(dataset, Filters(deps=("62",)))
    assert set(only_62.demand["site_id"]) == {"mid"} and only_62.totals["mw_high"].max() == 200
    announced = power.power_view(dataset, Filters(statuses=("announced",)))
    assert "mid" not in set(announced.demand["site_id"])


def test_supply_from_a_figure_or_units_times_unit_power_with_the_scenario_and_the_risk(dataset):
    lines = {line.key: line for line in power.supply_lines(dataset)}
    plant = lines["npp"]
    assert plant.mw == 5460 and not plant.computed and all(v == 5460 for v in plant.values)
    scenario = lines["npp:scenario"]
    assert scenario.scenario and scenario.mw == 5460 - 2 * 910 and scenario.from_year == 2035
    assert math.isnan(scenario.values[power.YEARS.index(2034)]) and scenario.values[power.YEARS.index(2035)] == 3640
    pair = lines["new"]
    assert pair.computed and pair.mw == 3340 and pair.from_year == 2038
    assert math.isnan(pair.values[power.YEARS.index(2037)])
    assert pair.at_risk and pair.stale and not pair.slipped  # its only date is from 2022


def test_extra_demand_by_horizon_as_a_step_between_horizons(dataset):
    extra = power.extra_demand(dataset)
    assert list(zip(extra["year"], extra["mw"])) == [(2030, 3500), (2040, 4500)]
    steps = dict(zip(power.YEARS, power.step_values(extra)))
    assert math.isnan(steps[2029]) and steps[2030] == steps[2039] == 3500 and steps[2040] == 4500


def test_the_default_load_factor_comes_from_a_published_power_and_energy(dataset):
    factor = power.default_load_factor(dataset)
    assert factor.exact == pytest.approx(15e6 / (4300 * 8760))
    assert factor.value == 0.4 and factor.source_ids == ("s9",)
    assert power.annual_twh(1000, 0.5) == pytest.approx(4.38)


def test_the_consumption_share_is_a_range_and_moves_with_the_load_factor(dataset):
    low = power.power_view(dataset, Filters(), load_factor=0.4).share
    high = power.power_view(dataset, Filters(), load_factor=0.8).share
    assert low.year == 2030 and low.consumption_years == (2022, 2023)
    assert low.low == pytest.approx(power.annual_twh(1100, 0.4) / 46.7)
    assert low.high == pytest.approx(power.annual_twh(1200, 0.4) / 44.1)
    assert high.low == pytest.approx(2 * low.low)


def test_grid_load_sums_per_substation_and_kind_named_before_nearest(dataset):
    grid = power.power_view(dataset, Filters()).grid
    rows = {(r.substation_id, r.measure): r for r in grid.itertuples()}
    assert set(rows) == {("sc", "site_total"), ("sa", "site_total"), ("sb", "site_total"), ("sb", "it_load")}
    named = rows[("sc", "site_total")]
    assert named.named and named.fast_track == ("Big",) and named.mw_high == 1000
    assert rows[("sb", "it_load")].mw_high == 200  # never added to Poste B's site power
    assert np.isclose(rows[("sb", "site_total")].mw_low, 700)


def test_published_grid_figures_are_listed_as_written(dataset):
    figures = power.grid_figures(dataset)
    assert list(figures["attribute"]) == ["extra_demand", "extra_demand"]
    assert list(figures["horizon"]) == [2030, 2040]


def test_a_region_without_any_power_gives_an_empty_view_not_an_error():
    empty = make_dataset(sites=[site("x", "data_center", status="announced")])
    view = power.power_view(empty, Filters())
    assert view.measure is None and view.demand.empty and view.share is None and view.grid.empty
