"""dashboard.domain.site_profile: everything about one site, from the tables and the siting evaluation."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard.domain import geo, siting
from dashboard.domain.site_profile import FIGURE_ATTRIBUTES, find_site, site_choices, site_profile
from tests.fixtures import fact, make_dataset, sample_dataset, site, source


def with_grid(ds):
    """The sample's sites with their grid distances filled the way the build does."""
    ds.sites = geo.add_grid_distances(ds.sites, None)
    return ds


@pytest.fixture(scope="module")
def dataset():
    return with_grid(sample_dataset())


@pytest.fixture(scope="module")
def evaluation(dataset):
    return siting.evaluate(dataset.sites, None, siting.Request.of(None, None, siting.DEFAULT_PRESET))


def test_unknown_missing_or_blank_id_gives_no_profile(dataset, evaluation):
    for bad in ("nope", "", "   ", None, "dc-bethune\x00"):
        assert site_profile(dataset, bad, evaluation) is None
    assert find_site(dataset, "  dc-bethune ")["name"] == "DC Béthune"


def test_identity_and_figures_in_the_registry_order(dataset, evaluation):
    profile = site_profile(dataset, "dc-bethune", evaluation)
    assert profile.name == "DC Béthune"
    assert profile.site["operator"] == "Azur" and profile.site["commune"] == "Béthune"
    assert [f.attribute for f in profile.figures] == ["investment", "power", "commissioning", "announced"]
    order = [FIGURE_ATTRIBUTES.index(f.attribute) for f in profile.figures]
    assert order == sorted(order)


def test_a_conflict_keeps_both_values_as_written_side_by_side(dataset, evaluation):
    investment = site_profile(dataset, "dc-bethune", evaluation).figures[0]
    assert investment.conflict
    assert list(investment.facts["raw_value"]) == ["un milliard", "1,5 milliard"]  # oldest first
    assert list(investment.facts["source_id"]) == ["src-b", "src-a"]
    side = investment.side_by_side
    assert set(side["source_id"]) == {"src-a", "src-b"}
    assert list(side["value"]) == [1e9, 1.5e9]
    assert investment.current["raw_value"] == "1,5 milliard"
    power = site_profile(dataset, "dc-bethune", evaluation).figures[1]
    assert not power.conflict and power.side_by_side.empty
    assert bool(power.current["approximate"]) is True


def test_history_over_time_oldest_first_with_sources(dataset, evaluation):
    occupancy = next(f for f in site_profile(dataset, "host-bethune", evaluation).figures if f.attribute == "occupancy")
    assert list(occupancy.facts["as_of"]) == ["2024-03", "2024-11", "2025-09"]
    assert list(occupancy.facts["value"]) == [0.56, 0.60, 0.80]
    assert list(occupancy.facts["source_id"]) == ["src-c", "src-d", "src-a"]
    assert not occupancy.conflict  # a history is never a conflict


def test_status_history_and_undated_facts_first():
    ds = make_dataset(
        sites=[site("x", "data_center", name="X", lat=50.5, lon=3.0)],
        facts=[
            fact("x", "status", "announced", "2024-01", "s1", is_current=False),
            fact("x", "status", "abandoned", "2025-05", "s2"),
            fact("x", "jobs", 100, "", "s3"),
            fact("x", "jobs", 120, "2025-01", "s1"),
        ],
        sources=[source("s1", "P1", "2024-01"), source("s2", "P2", "2025-05"), source("s3", "P3", "")],
    )
    profile = site_profile(ds, "x")
    assert list(profile.status_history["raw_value"]) == ["announced", "abandoned"]
    jobs = profile.figures[0]
    assert list(jobs.facts["as_of"]) == ["", "2025-01"]


def test_ranges_and_wording_are_carried_when_the_tables_have_them():
    ds = make_dataset(
        sites=[site("x", "data_center", name="X")],
        facts=[fact("x", "land_area", 345000, "2025", "s1", raw_value="34–35 ha")],
        sources=[source("s1", "P1", "2025")],
    )
    ds.facts["value_low"] = [340000.0]
    ds.facts["value_high"] = [350000.0]
    ds.facts["wording"] = ["paraphrase"]
    row = site_profile(ds, "x").figures[0].facts.iloc[0]
    assert (row["value_low"], row["value_high"], row["wording"]) == (340000.0, 350000.0, "paraphrase")
    assert row["raw_value"] == "34–35 ha"
    plain = make_dataset(sites=[site("x", "data_center")], facts=[fact("x", "jobs", 3, "2025", "s1")])
    plain.facts = plain.facts.drop(columns=["value_low", "value_high"])  # tables written before ranges
    assert pd.isna(site_profile(plain, "x").figures[0].facts.iloc[0]["value_low"])  # absent column: unknown


def test_host_and_tenants(dataset, evaluation):
    host = site_profile(dataset, "host-bethune", evaluation)
    assert list(host.tenants["site_id"]) == ["dc-bethune", "rec-bethune"]
    assert host.host is None
    tenant = site_profile(dataset, "dc-bethune", evaluation)
    assert tenant.host["site_id"] == "host-bethune" and tenant.host["name"] == "Ex-Bridgestone Béthune"
    assert tenant.tenants.empty


def test_nearest_400kv_substation_is_the_geodesically_nearest(dataset, evaluation):
    profile = site_profile(dataset, "dc-dunkerque", evaluation)
    sub = profile.substation
    assert sub.name == "Warande 400 kV" and sub.site_id == "ss-warande"
    expected = float(geo.geodesic_km(51.03, 2.37, 50.95, 2.21))
    assert sub.km == pytest.approx(expected)
    assert profile.distances["nearest_400kv_km"] == pytest.approx(expected)
    lille = float(geo.geodesic_km(51.03, 2.37, siting.LILLE_LAT, siting.LILLE_LON))
    assert profile.distances["lille_km"] == pytest.approx(lille)


def test_score_rank_and_points_come_from_the_siting_evaluation(dataset, evaluation):
    profile = site_profile(dataset, "dc-dunkerque", evaluation)
    row = evaluation.scored.set_index("site_id").loc["dc-dunkerque"]
    score = profile.score
    assert score.score == pytest.approx(row["score"])
    assert score.rank == row["rank"] == 1 and not score.excluded
    assert score.ranked == int(evaluation.scored["rank"].notna().sum())
    assert score.scored == len(evaluation.scored)
    assert list(score.criteria["key"]) == list(siting.CRITERIA)
    assert score.criteria["points"].sum() == pytest.approx(score.score)  # the points add up to the score
    assert "dist_225kv" in score.set_aside  # no ODRÉ file: 225 kV has no data
    far = site_profile(dataset, "dc-bethune", evaluation).score  # 40 km from Avelin: beyond the preset's limit
    assert far.excluded and far.exclusion_reasons == ("far_from_400kv",) and math.isnan(far.rank)
    assert far.score > 0  # an excluded site keeps its score for reference


def test_a_weighting_changes_the_points_through_the_same_path(dataset):
    only_400 = {k: (100 if k == "dist_400kv" else 0) for k in siting.CRITERIA}
    evaluation = siting.evaluate(dataset.sites, None, siting.Request.of(None, only_400, "300mw"))
    score = site_profile(dataset, "dc-dunkerque", evaluation).score
    points = score.criteria.set_index("key")["points"]
    assert points["dist_400kv"] == pytest.approx(score.score)
    assert points.drop("dist_400kv").abs().sum() == 0
    assert 0 < score.score <= 100


def test_types_that_are_not_scored_and_sites_without_position(dataset, evaluation):
    battery = site_profile(dataset, "bat-douai", evaluation)
    assert battery.score is None and battery.substation is not None
    region = site_profile(dataset, "hdf", evaluation)
    assert region.score is None and region.substation is None and not region.has_position
    assert math.isnan(region.distances["lille_km"])
    assert site_profile(dataset, "dc-bethune").score is None  # without an evaluation: no score


def test_every_source_behind_the_profile_with_what_it_is_cited_for(dataset, evaluation):
    profile = site_profile(dataset, "dc-bethune", evaluation)
    sources = profile.sources.set_index("source_id")
    assert set(sources.index) == {"src-a", "src-b", "insee", "rte"}
    assert sources.loc["src-b", "cited_for"] == "investment;commissioning"  # its earlier promise (début 2026)
    assert sources.loc["src-a", "cited_for"] == "investment;power;commissioning;announced"
    assert sources.loc["insee", "cited_for"] == "location"
    assert sources.loc["rte", "cited_for"] == "grid"  # the substation's own sources
    assert sources.loc["src-a", "url"] == "https://example.org/src-a"


def test_brownfield_record_only_when_the_data_has_one(dataset, evaluation):
    assert site_profile(dataset, "host-amiens", evaluation).brownfield is None
    ds = with_grid(sample_dataset())
    ds.brownfields = pd.DataFrame([{"site_id": "host-amiens", "cartofriches_id": "80021_1", "surface_m2": 12000.0,
                                    "url": ""}])
    record = site_profile(ds, "host-amiens", evaluation).brownfield
    assert record == {"site_id": "host-amiens", "cartofriches_id": "80021_1", "surface_m2": 12000.0}


def test_dates_and_search_choices(dataset, evaluation):
    profile = site_profile(dataset, "dc-bethune", evaluation)
    assert profile.as_of == "2025-09" and profile.data_as_of == dataset.as_of
    choices = site_choices(dataset)
    assert len(choices) == len(dataset.sites)
    names = [name for _, name in choices]
    assert names == sorted(names, key=str.casefold)
