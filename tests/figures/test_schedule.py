"""The schedule-slips figure (dashboard.figures.schedule) from the sample dataset and the shipped seeds."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build
from dashboard.domain.filters import Filters
from dashboard.figures.registry import chart_by_id, source_ids_of
from dashboard.domain.schedule import project_slips
from dashboard.figures.schedule import build_schedule_slips
from tests.fixtures import sample_dataset

TODAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def shipped():
    return build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)


def traces(fig):
    return {trace.name: trace for trace in fig.data}


def test_sample_slip_is_drawn_with_both_promises_the_announcement_and_the_months():
    dataset = sample_dataset()
    slips = project_slips(dataset, Filters())
    fig = build_schedule_slips(slips, {"lang": "fr", "sources": dataset.sources, "today": TODAY})
    by_name = traces(fig)
    first, latest = by_name["Première promesse"], by_name["Dernière promesse (ou seule)"]
    assert list(first.y) == ["DC Béthune"]  # the only project with two promise dates
    assert first.base[0].startswith("2026-01-01") and latest.y[0] == "DC Béthune"
    assert "2027-01-01" in latest.base[list(latest.y).index("DC Béthune")]
    # début 2026 (ends April 2026) -> 2027-2028 (ends December 2028): 32 months.
    assert list(by_name["Glissement"].text) == ["\u2002+32 mois"]
    assert "DC Béthune" in by_name["Annonce"].y
    hover = first.hovertext[0]
    assert "« début 2026 » (telle qu'écrite, La Voix du Nord)" in hover and "+32 mois" in hover
    assert source_ids_of(fig) == ["src-a", "src-b", "src-c", "src-d"]


def test_shipped_bethune_slip_names_both_ends_and_its_sources(shipped):
    slips = project_slips(shipped, Filters())
    bethune = slips.set_index("site_id").loc["bethune-azur-dc"]
    assert bethune["first_value"] == "début 2026" and bethune["first_source_ids"] == "horizonactu-2025-bethune-azur"
    # DCmag's page is undated (issue 21's audit took away the Reuters date it borrowed), so its
    # "fin 2026" is no longer a dated promise: Reuters' "fin de l'été 2026" alone is the latest, and
    # DCmag's words are kept among the undated values.
    assert bethune["latest_value"] == "fin de l'été 2026"
    assert bethune["latest_source_ids"] == "reuters-boursorama-2026-02-12-nebius"
    assert "fin 2026 (dcmag-nebius-bethune-240mw)" in bethune["undated_values"]
    # début 2026 (ends April 2026) -> the end of summer 2026 (ends August 2026): 4 months.
    assert bethune["slip_months"] == 4 and not bethune["conflict"]
    assert slips.iloc[0]["site_id"] == "bethune-azur-dc"  # the largest slip comes first
    fig = build_schedule_slips(slips, {"lang": "en", "sources": shipped.sources, "today": TODAY})
    slip = traces(fig)["Slip"]
    assert list(slip.y) == ["Data center IA Azur Datacenter / Nebius, Béthune (ex-Bridgestone)"]
    assert list(slip.text) == ["\u2002+4 months"]
    hover = traces(fig)["Latest (or only) promise"].hovertext[0]
    assert "(paraphrase, Reuters (via Boursorama))" in hover and "DCmag" not in hover


def test_no_dated_promise_gives_an_empty_chart_that_says_so():
    dataset = sample_dataset()
    fig = build_schedule_slips(project_slips(dataset, Filters()).iloc[0:0], {"lang": "en"})
    assert any("No source dates a commissioning" in a.text for a in fig.layout.annotations)


def test_registered_for_the_investment_page():
    spec = chart_by_id("investment-schedule-slips")
    assert spec.page == "investment"
    fig = spec.build(sample_dataset(), Filters(types=("data_center",)), "fr", {})
    assert len(fig.data) > 0 and fig.layout.meta["notes"]
