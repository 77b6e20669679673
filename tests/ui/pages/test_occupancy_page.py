"""The occupancy page (`/occupancy`) in AppTest on the sample dataset: renders, the history and
tenants of the default host, switching host, filters through the URL, the empty state, English."""

from __future__ import annotations


import pytest

from tests.fixtures import assert_clean, plotly_figures

@pytest.fixture
def app(run_page):
    return lambda **params: run_page("occupancy", **params)


figures = plotly_figures
TABS_KEY = "occupancy_tabs"  # the page's on-demand tabs (dashboard/ui/pages/occupancy.py)


def one_site(at, lang: str = "fr"):
    """Open the second tab (one host: its history and tenants)."""
    at.session_state[TABS_KEY] = {"fr": "Un site\u00a0: évolution et occupants", "en": "One site: history and tenants"}[lang]
    at.run()
    assert_clean(at)
    return at


def test_occupancy_page_shows_rates_history_and_tenants(app):
    at = app()
    assert at.title[0].value == "Réoccupation des sites industriels"
    (by_site,) = figures(at)  # at load, the first tab's chart only
    assert not at.dataframe
    (history,) = figures(one_site(at))
    assert by_site["data"][0]["x"] == [0.8]
    assert by_site["data"][1]["text"] == ["inconnu"]  # Friche Amiens: no rate published
    assert history["data"][0]["y"] == [0.56, 0.6, 0.8]
    assert at.selectbox(key="occupancy_site").value == "host-bethune"
    tenants = at.dataframe[0].value
    assert list(tenants["Nom"]) == ["DC Béthune", "Recyclage Béthune"]
    assert any("Date des données les plus récentes\u00a0: septembre 2025" in c.value for c in at.caption)


def test_choosing_a_host_without_history_or_tenants_says_so(app):
    at = one_site(app())
    at.selectbox(key="occupancy_site").set_value("host-amiens").run()
    assert_clean(at)
    messages = " ".join(i.value for i in at.info)
    assert "Aucun taux d'occupation publié pour ce site." in messages
    assert "Aucun occupant connu pour ce site." in messages
    assert len(figures(at)) == 0


def test_departement_filter_keeps_its_hosts(app):
    at = app(dep="80")
    (by_site,) = figures(at)
    assert by_site["data"][0]["y"] == []
    assert by_site["data"][1]["y"] == ["Friche Amiens"]
    assert not figures(one_site(at))  # the Amiens host has no history: no history chart


def test_type_filter_keeps_the_hosts_of_the_projects(app):
    at = app(type="data_center")
    by_site = figures(at)[0]
    assert by_site["data"][0]["y"] == ["Ex-Bridgestone Béthune"]
    assert len(by_site["data"]) == 1  # Friche Amiens hosts no data centre
    assert any("hébergent les projets retenus" in c.value for c in at.caption)


def test_filters_leaving_nothing_show_the_empty_state(app):
    at = app(type="battery", site="ss-warande")
    assert any("Aucun site ne correspond aux filtres" in i.value for i in at.info)
    assert not at.get("plotly_chart") and not at.dataframe


def test_english(app):
    at = app(lang="en")
    assert at.title[0].value == "Reoccupation of industrial sites"
    (by_site,) = figures(at)
    (history,) = figures(one_site(at, "en"))
    assert by_site["layout"]["title"]["text"] == "Occupancy rate of industrial host sites"
    assert history["data"][0]["text"][0] == "<b>56%</b><br>Les Échos<br>March 2024"
    assert list(at.dataframe[0].value.columns[:3]) == ["Name", "Page", "Type"]  # the tenant's own page next to its name


def test_selection_without_any_host_says_so(app):
    at = app(type="substation")
    assert any("aucun site industriel d'accueil" in i.value for i in at.info)
    assert not at.get("plotly_chart")
