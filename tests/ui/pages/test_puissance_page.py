"""/puissance in AppTest: from the shipped seeds alone (no download), in French and English, the
verdict's numbers linked to their sources; the measure kind, the load factor and a filter change
the charts and the verdict; on the sample dataset (no power outlook) the default load factor is
said to be unsourced; the tables' downloads are offered."""

from __future__ import annotations

import re

import pytest

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build
from dashboard.data import repository
from dashboard.ui.pages.puissance import FACTOR_KEY, MEASURE_KEY, TABS_KEY
from tests.fixtures import assert_clean, plotly_figures

LINK = re.compile(r"\[[^\]]+\]\(https?://[^)]+\)")


@pytest.fixture(scope="module")
def seeds():
    return build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)


@pytest.fixture
def app(run_page, monkeypatch, seeds):
    monkeypatch.setattr(repository, "load_dataset", lambda: (seeds, []))
    return lambda **params: run_page("puissance", **params)


def verdict(at) -> str:
    """The verdict's Markdown, group separators read as plain spaces ("5 460 MW")."""
    return at.markdown[0].value.replace("\u202f", " ").replace("\u00a0", " ")


def titles(at) -> list[str]:
    return [fig["layout"]["title"]["text"] for fig in plotly_figures(at)]


def test_the_page_answers_from_the_seeds_alone_with_every_number_linked(app):
    at = app()
    assert at.title[0].value == "Y a-t-il assez de puissance\u00a0?"
    text = verdict(at)
    assert "5 460 MW" in text  # Gravelines' net capacity
    for line in text.splitlines()[:2]:
        assert LINK.search(line), line  # the demand and Gravelines' capacity link to their sources
    assert "Dunkerque" in text and "3 500 MW" in text
    cannot = at.expander[0]
    assert "n'est pas publiée" in " ".join(m.value for m in at.markdown)
    assert cannot.label == "Ce que ces chiffres ne disent pas"
    assert titles(at)[0].startswith("Puissance annoncée par année — puissance du site")


def test_english_page(app):
    at = app(lang="en")
    assert at.title[0].value == "Is there power for all this?"
    assert "announced demand" in verdict(at) and "Gravelines" in verdict(at)
    assert titles(at)[0].startswith("Announced power by year")


def test_the_measure_kind_changes_the_chart_and_the_verdict_and_never_adds_kinds(app):
    at = app()
    radio = at.radio(key=MEASURE_KEY)
    assert radio.value == "site_total"  # the kind with the most projects
    assert radio.options[:2] == ["puissance du site (7 projet(s))", "capacité de raccordement au réseau (1 projet(s))"]
    before, chart_before = verdict(at), titles(at)[0]
    at = radio.set_value("grid_connection").run()
    assert_clean(at)
    assert titles(at)[0] != chart_before and "capacité de raccordement" in titles(at)[0]
    assert verdict(at) != before and "capacité de raccordement" in verdict(at)


def test_the_load_factor_changes_the_energy_and_the_verdict(app):
    at = app()
    slider = at.slider(key=FACTOR_KEY)
    assert slider.value == 40  # RTE's 2030 trajectory: 4,3 GW and 15 TWh
    assert any("4\u202f300" in c.value or "4 300" in c.value for c in at.caption)
    before = verdict(at)
    at = slider.set_value(80).run()
    assert_clean(at)
    after = verdict(at)
    assert after != before and "80 %" in after


def test_a_sidebar_filter_changes_the_demand(app):
    everything = verdict(app())
    somme = verdict(app(dep="80"))  # Le Bosquel only
    assert somme != everything and "1 000 MW" in somme


def test_the_energy_and_grid_tabs_draw_their_charts_and_tables(app):
    at = app()
    at.session_state[TABS_KEY] = "Énergie par année"
    at = at.run()
    assert_clean(at)
    assert any(t.startswith("Énergie par année") for t in titles(at))
    at.session_state[TABS_KEY] = "Charge sur le réseau"
    at = at.run()
    assert_clean(at)
    assert any("poste 400 kV" in t for t in titles(at))
    grid = next(frame.value for frame in at.dataframe if "Poste 400 kV" in frame.value.columns)
    assert grid["Poste 400 kV"].str.contains("MASTAING").any()
    assert any("capacité d'accueil des postes n'est pas publiée" in i.value for i in at.info)


def test_on_the_sample_data_the_default_load_factor_is_said_to_be_unsourced(run_page):
    at = run_page("puissance")
    assert at.slider(key=FACTOR_KEY).value == 50
    assert any("hypothèse non sourcée" in c.value for c in at.caption)
