"""The power page's shipped seeds (files 250–276): supply, grid and demand facts as the research
sheet gives them, the closure plan as a scenario, horizons apart from as-of dates."""

from __future__ import annotations

import pytest

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build


@pytest.fixture(scope="module")
def dataset():
    return build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)


def facts_of(dataset, site_id, attribute):
    facts = dataset.facts
    return facts[(facts["site_id"] == site_id) & (facts["attribute"] == attribute)]


def test_the_states_fast_track_sites_in_the_region_are_designated(dataset):
    designated = dataset.sites.loc[dataset.sites["fast_track"], "site_id"]
    assert sorted(designated) == ["escaudain-dc", "le-bosquel-dc", "loon-plage-softbank-dc"]


def test_regional_consumption_and_production_are_kept_year_by_year(dataset):
    consumption = facts_of(dataset, "hauts-de-france", "annual_consumption").set_index("as_of")["value"]
    production = facts_of(dataset, "hauts-de-france", "annual_production").set_index("as_of")["value"]
    assert consumption.to_dict() == pytest.approx({"2019": 46.5, "2020": 44.9, "2021": 46.4, "2022": 44.1,
                                                   "2023": 46.7})
    assert production.to_dict() == pytest.approx({"2020": 55.0, "2021": 50.7, "2022": 51.5, "2023": 52.4})


def test_gravelines_closure_plan_is_a_scenario_with_its_horizon_not_its_date(dataset):
    scenario = facts_of(dataset, "gravelines-npp", "closure_scenario").iloc[0]
    assert (scenario["value"], scenario["as_of"], str(scenario["period_start"])[:4]) == (2.0, "2020-01", "2035")
    assert dataset.as_of < "2027"  # horizons (2035, 2040) never become the data's date


def test_epr2_and_offshore_wind_keep_their_history_of_dates(dataset):
    epr2 = dataset.schedule[dataset.schedule["site_id"] == "gravelines-epr2"]
    assert set(epr2["raw_value"]) == {"à l'horizon 2038-2039", "2038"}
    wind = dataset.schedule[dataset.schedule["site_id"] == "dunkerque-offshore-wind"]
    assert {str(s)[:4] for s in wind["period_start"]} == {"2027", "2028", "2029"}


def test_rte_dunkirk_demand_is_extra_demand_by_horizon(dataset):
    demand = facts_of(dataset, "dunkerquois-grid-zone", "extra_demand")
    by_year = {str(s)[:4]: v for s, v in zip(demand["period_start"], demand["value"])}
    assert by_year == {"2030": 3500.0, "2040": 4500.0}
