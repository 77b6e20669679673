"""The investment page (`/investment`) in AppTest on the sample dataset: renders its five charts,
filters through the URL, the empty state, English."""

from __future__ import annotations


import pytest
from streamlit.testing.v1 import AppTest

from tests.fixtures import figures_in_every_tab, plotly_figures

TABS_KEY = "investment_tabs"  # the page's on-demand tabs (dashboard/ui/pages/investment.py)

@pytest.fixture
def app(run_page):
    return lambda **params: run_page("investment", **params)


def figures(at: AppTest) -> dict[str, dict]:
    """Figures by title, every tab opened in turn."""
    return {fig["layout"]["title"]["text"]: fig for fig in figures_in_every_tab(at, TABS_KEY)}


def bar_names(fig: dict) -> set[str]:
    return {name for trace in fig["data"] if trace["type"] == "bar" for name in trace["y"]}


def test_investment_page_renders_its_charts(app):
    at = app()
    assert at.title[0].value == "Investissements"
    # At load, the first tab's chart only: the others are built when their tab is opened.
    assert [fig["layout"]["title"]["text"] for fig in plotly_figures(at)] == ["Investissement par projet"]
    assert [tab.label for tab in at.tabs] == ["Par projet", "Par type", "Par département", "Cumul par année",
                                              "Calendrier"]
    captions = ""
    for label in ["Par projet", "Par type", "Par département", "Cumul par année", "Calendrier"]:
        at.session_state[TABS_KEY] = label
        captions += " ".join(c.value for c in at.run().caption).replace("\\", "")
    charts = figures(at)
    assert list(charts) == [
        "Investissement par projet",
        "Investissement par type de projet",
        "Investissement par département",
        "Investissement et puissance cumulés par année de mise en service",
        "Mises en service promises\u00a0: la première et la dernière",
    ]
    assert bar_names(charts["Investissement par projet"]) == {"Gigafactory Douai", "DC Béthune", "Recyclage Dunkerque"}
    # Under the chart: each conflicting source's figure, and the projects left out.
    assert ("1,5\u00a0Md\u00a0€ (Horizon Actu, 16 septembre 2025)\u00a0; "
            "1\u00a0Md\u00a0€ (La Voix du Nord, 10 juin 2025)") in captions
    assert "Investissement inconnu pour 2 projets" in captions
    assert "2 projets à investissement inconnu, exclus des sommes" in captions
    assert any("Date des données les plus récentes\u00a0: septembre 2025" in c.value for c in at.caption)


def test_type_filter_in_the_url(app):
    at = app(type="data_center")
    charts = figures(at)
    assert bar_names(charts["Investissement par projet"]) == {"DC Béthune"}
    by_type = charts["Investissement par type de projet"]
    assert by_type["data"][0]["x"] == ["Centre de données"]


def test_filters_leaving_nothing_show_the_empty_state(app):
    at = app(type="battery", site="ss-warande")
    assert any("Aucun site ne correspond aux filtres" in i.value for i in at.info)
    assert not at.get("plotly_chart")


def test_context_only_selection_is_empty_here(app):
    # Host sites, power plants and substations carry no project investment: nothing to chart.
    at = app(type="substation")
    assert any("aucun projet chiffrable" in i.value for i in at.info)
    assert not at.get("plotly_chart")


def test_english(app):
    at = app(lang="en")
    assert at.title[0].value == "Investment"
    charts = figures(at)
    assert "Investment by project" in charts and "Promised commissioning: the first and the latest" in charts


def test_schedule_slips_are_shown_in_the_chart_and_the_delay_table(app):
    at = app()
    at.session_state[TABS_KEY] = "Calendrier"  # the schedule's tab
    at.run()
    fig = {f["layout"]["title"]["text"]: f for f in plotly_figures(at)}[
        "Mises en service promises\u00a0: la première et la dernière"]
    slip = next(trace for trace in fig["data"] if trace.get("name") == "Glissement")
    assert slip["y"] == ["DC Béthune"] and slip["text"] == ["\u2002+32 mois"]
    table = at.dataframe[-1].value
    assert table["project"].tolist() == ["DC Béthune"]
    assert table["slip"].tolist() == ["+32 mois"]
    assert table["first"].iloc[0] == "« début 2026 » (telle qu'écrite, La Voix du Nord) — juin 2025"
    assert table["latest"].iloc[0] == "« 2027-2028 » (telle qu'écrite, Horizon Actu) — septembre 2025"
    assert any("n'ont qu'une date de promesse" in c.value for c in at.caption)
