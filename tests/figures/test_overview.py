"""dashboard.figures.overview: headline sums over known values, the region's target against the
data centres on record, the latest facts, and the two charts' traces."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard.figures.registry import source_ids_of
from dashboard.domain import overview as ov
from dashboard.figures import overview as fov
from dashboard.domain.filters import Filters
from tests.fixtures import fact, make_dataset, sample_dataset, site, source


@pytest.fixture(scope="module")
def dataset():
    return sample_dataset()


def test_projects_leave_out_the_region_and_substations(dataset):
    projects = ov.project_rows(dataset.sites)
    assert set(projects["project_type"]) == {"data_center", "battery", "recycling", "industrial_site", "power_plant"}
    assert len(projects) == 8


def test_totals_sum_known_values_only_and_count_the_unknown(dataset):
    summary = ov.summarize(dataset, Filters())
    investment = summary.totals["investment_eur"]
    # DC Béthune 1.5e9 (conflict), battery 2e9, recycling 4.5e8 (approximate); 5 projects unknown.
    assert investment.value == pytest.approx(1.5e9 + 2e9 + 4.5e8)
    assert (investment.known, investment.unknown) == (3, 5)
    assert investment.approximate is True
    assert investment.conflicts == 1
    jobs = summary.totals["jobs"]
    assert (jobs.value, jobs.known, jobs.unknown, jobs.approximate) == (1000.0, 1, 7, False)


def test_power_total_leaves_power_plants_out(dataset):
    summary = ov.summarize(dataset, Filters())
    power = summary.totals["power_mw"]
    # 200 (≈) + 1000 + 50; Gravelines' 5460 MW of generation is not added to demand.
    assert power.value == pytest.approx(1250.0)
    assert power.approximate is True
    assert summary.power_excluded == 1


def test_a_total_with_no_known_value_is_unknown_not_zero():
    data = make_dataset(sites=[site("a", "data_center"), site("b", "data_center")])
    result = ov.total(data.sites, "investment_eur")
    assert result.value is None
    assert (result.known, result.unknown) == (0, 2)


def test_filters_narrow_the_headline(dataset):
    summary = ov.summarize(dataset, Filters(types=("data_center",)))
    assert list(summary.projects["site_id"]) == ["dc-bethune", "dc-dunkerque"]
    assert summary.by_status == {"announced": 1, "planned": 1}
    assert summary.totals["investment_eur"].value == pytest.approx(1.5e9)
    assert summary.totals["investment_eur"].unknown == 1


def test_status_counts_follow_the_status_order(dataset):
    counts = ov.count_by_status(ov.project_rows(dataset.sites))
    assert list(counts) == ["announced", "planned", "under_construction", "operational", "unknown"]
    assert counts == {"announced": 2, "planned": 1, "under_construction": 1, "operational": 2, "unknown": 2}


def test_target_comes_with_its_source_and_ignores_filters(dataset):
    target = ov.summarize(dataset, Filters(deps=("80",))).target
    assert target.value == 10
    assert target.as_of == "2025-02"
    assert list(target.sources["source_id"]) == ["src-b"]
    assert target.by_status == {"announced": 1, "planned": 1}
    assert (target.active, target.abandoned) == (2, 0)


def test_abandoned_data_centres_are_counted_apart():
    data = make_dataset(
        sites=[site("hdf", "region", data_center_target=8.0), site("a", "data_center", status="operational"),
               site("b", "data_center", status="abandoned"), site("c", "data_center", status="abandoned")],
        facts=[fact("hdf", "data_center_target", 8, "2024-05", "s")],
        sources=[source("s", "Région Hauts-de-France", "2024-05-10")],
    )
    target = ov.region_target(data)
    assert (target.active, target.abandoned) == (1, 2)
    fig = fov.target_figure(target, "fr")
    bars = {(trace.y[0], trace.name): trace.x[0] for trace in fig.data}
    assert bars[("Objectif régional", "Objectif régional")] == 8
    assert bars[("Projets recensés (hors abandonnés)", "En service")] == 1
    assert bars[("Projets abandonnés", "Abandonné")] == 2


def test_no_region_row_means_an_unknown_target():
    data = make_dataset(sites=[site("a", "data_center", status="planned")])
    target = ov.region_target(data)
    assert target.value is None
    fig = fov.target_figure(target, "en")
    assert [trace.name for trace in fig.data] == ["Planned"]
    assert any("Target: unknown" in a.text for a in fig.layout.annotations)


def test_latest_facts_are_newest_first_with_their_source(dataset):
    latest = ov.latest_facts(dataset, {"dc-bethune"}, "fr", n=3)
    assert len(latest) == 3
    assert set(latest["as_of"]) == {"septembre 2025"}
    assert set(latest["site"]) == {"DC Béthune"}
    row = latest[latest["attribute"] == "Investissement"].iloc[0]
    assert row["value"] == "1,5 milliard"  # as the source writes it
    assert (row["source"], row["title"]) == ("Horizon Actu", "Article src-a")
    assert row["url"] == "https://example.org/src-a"
    assert bool(row["conflict"]) is True
    power = latest[latest["attribute"] == "Puissance"].iloc[0]
    assert power["value"] == "environ 200 MW" and bool(power["approximate"]) is True


def test_latest_facts_drop_non_http_links():
    data = make_dataset(
        sites=[site("a", "data_center")],
        facts=[fact("a", "jobs", 10, "2025-01", "s")],
        sources=[source("s", "P", "2025-01-01", url="javascript:alert(1)")],
    )
    latest = ov.latest_facts(data, {"a"}, "en")
    assert latest["url"].tolist() == [None]
    assert latest["attribute"].tolist() == ["Jobs"]


def test_projects_by_status_figure_counts_per_type(dataset):
    projects = ov.project_rows(dataset.sites)
    fig = fov.projects_by_status_figure(projects, "en")
    assert fig.layout.title.text == "Projects by status"
    assert fig.layout.xaxis.title.text == "Number of projects"
    traces = {trace.name: trace for trace in fig.data}
    assert set(traces) == {"Data centre", "Battery", "Recycling", "Industrial host site", "Power plant"}
    labels = ("Announced", "Planned", "Under construction", "Operational", "Unknown")
    assert tuple(traces["Data centre"].y) == labels
    assert tuple(traces["Data centre"].x) == (1, 1, 0, 0, 0)
    assert tuple(traces["Recycling"].x) == (1, 0, 1, 0, 0)
    assert tuple(traces["Industrial host site"].x) == (0, 0, 0, 0, 2)
    total = sum(sum(trace.x) for trace in fig.data)
    assert total == len(projects)
    assert "src-a" in source_ids_of(fig) and "rte" in source_ids_of(fig)


def test_projects_by_status_figure_in_french(dataset):
    fig = fov.projects_by_status_figure(ov.project_rows(dataset.sites), "fr")
    assert fig.layout.title.text == "Projets par statut"
    assert "Centre de données" in {trace.name for trace in fig.data}
    assert fig.data[0].y[0] == "Annoncé"


def test_target_figure_marks_an_approximate_target():
    data = make_dataset(
        sites=[site("hdf", "region", data_center_target=8.0)],
        facts=[fact("hdf", "data_center_target", 8, "2024", "s", approximate=True, raw_value="une huitaine")],
        sources=[source("s", "P", "2024")],
    )
    target = ov.region_target(data)
    assert target.approximate is True and target.raw_value == "une huitaine"
    fig = fov.target_figure(target, "fr")
    assert fig.data[0].text == ("≈\u202f8",)
    assert source_ids_of(fig) == ["s"]


def test_charts_are_registered_and_build_from_the_dataset(dataset):
    specs = {spec.chart_id: spec for spec in fov.CHARTS}
    assert set(specs) == {"projects-by-status", "data-center-target", "state-identified-sites"}
    for spec in specs.values():
        assert spec.page == "overview"
        fig = spec.build(dataset, Filters(types=("data_center",)), "en", {})
        assert len(fig.data) > 0
        assert source_ids_of(fig)
    fig = specs["projects-by-status"].build(dataset, Filters(types=("data_center",)), "en", {})
    assert {trace.name for trace in fig.data} == {"Data centre"}


def test_empty_projects_give_an_empty_figure_not_an_error():
    empty = sample_dataset().sites.iloc[0:0]
    fig = fov.projects_by_status_figure(empty, "fr")
    assert len(fig.data) == 0
    assert not math.isnan(fig.layout.height)
    assert isinstance(ov.count_by_status(pd.DataFrame({"status": []})), dict)


def test_state_identified_figure_steps_through_the_counts_with_their_wording(dataset):
    history = ov.state_history(dataset)
    fig = fov.state_identified_figure(history, "fr")
    trace = fig.data[0]
    assert list(trace.y) == [7, 16] and trace.line.shape == "hv"
    assert trace.x[0].startswith("2025-02") and trace.x[1].startswith("2025-05")
    assert "paraphrase" in trace.hovertext[0] and "Les Échos" in trace.hovertext[0]
    assert source_ids_of(fig) == ["src-c", "src-d"]


def test_state_identified_figure_leaves_undated_counts_out(dataset):
    history = ov.state_history(dataset)
    history.loc[history.index[-1], "as_of"] = ""
    assert list(fov.state_identified_figure(history, "en").data[0].y) == [7]
    assert fov.state_identified_figure(history.iloc[0:0], "en").data == ()


def test_latest_facts_skip_undated_facts_and_say_how_each_value_is_worded(dataset):
    dataset.facts.loc[dataset.facts["source_id"] == "src-a", "as_of"] = ""
    latest = ov.latest_facts(dataset, set(dataset.sites["site_id"]), "en")
    assert "Horizon Actu" not in set(latest["source"])
    assert set(latest["wording"]) <= {"as written", "paraphrase", "keyword"}
    assert (latest.loc[latest["value"] == "16 sites", "wording"] == "paraphrase").all()


def test_a_range_stays_a_range_in_the_total():
    data = make_dataset(sites=[
        site("a", "data_center", investment_eur=30e9, investment_eur_high=35e9),  # "30 à 35 milliards"
        site("b", "data_center", investment_eur=1.5e9),  # one figure: both ends
        site("c", "data_center"),  # unknown: in neither end
    ])
    result = ov.total(data.sites, "investment_eur")
    assert (result.value, result.high, result.known, result.unknown) == (31.5e9, 36.5e9, 2, 1)
