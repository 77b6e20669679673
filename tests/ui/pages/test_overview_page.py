"""The overview page (`/`) in AppTest: renders without exception, its title, the filters' effect
on the headline figures (through the query string), the empty state, English, hostile input."""

from __future__ import annotations


import pytest
from streamlit.testing.v1 import AppTest


from dashboard.ui.components.facts import LATEST_FACTS_KEY
from tests.conftest import PAGES_DIR
from tests.fixtures import assert_clean, plotly_figures


@pytest.fixture
def app(run_page):
    """The whole app (default page: the overview) on the sample dataset, with query params."""
    return lambda **params: run_page("app", **params)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_overview_renders_in_french(app):
    at = app()
    assert at.title[0].value == "Centres de données en Hauts-de-France"
    values = metrics(at)
    assert values["Projets"] == "8"
    assert values["Investissement annoncé"] == "≈\u202f4\u00a0Md\u00a0€"  # 3.95 bn, one term approximate
    assert values["Emplois"] == "1\u202f000"
    captions = " ".join(c.value for c in at.caption)
    assert "inconnue pour 5 projets" in captions  # unknown investment counted, not summed as 0
    assert "sources en désaccord pour 1 projet" in captions
    assert "Hors centrales électriques (1)" in captions
    # The region's target with its source, region-wide.
    text = " ".join(m.value for m in at.markdown)
    assert "**10**" in text and "La Voix du Nord" in text
    # Latest facts (drawn once their expander is opened) and the footer's sources.
    assert not at.dataframe
    assert "Les 10 derniers faits, avec leur source et la fiche de leur site" in [e.label for e in at.expander]
    at.session_state[LATEST_FACTS_KEY] = True
    at.run()
    assert len(at.dataframe[-1].value) == 10 and at.dataframe[-1].value.iloc[0]["site"]
    assert any("Date des données les plus récentes\u00a0: septembre 2025" in c.value for c in at.caption)


def test_overview_links_to_the_other_pages_with_the_filters(app):
    at = app(type="data_center")
    links = {link.value: link.proto for link in at.page_link}
    present = {p.stem for p in PAGES_DIR.glob("*.py")} - {"overview", "__init__"}
    labels = {"map": "Carte", "occupancy": "Réoccupation", "investment": "Investissements", "data": "Données",
              "siting": "Implantation"}
    assert set(links) == {labels[key] for key in present if key in labels}
    assert links["Données"].query_string == "type=data_center"


def test_type_filter_narrows_the_headline(app):
    at = app(type="data_center")
    values = metrics(at)
    assert values["Projets"] == "2"
    assert values["Investissement annoncé"] == "1,5\u00a0Md\u00a0€"
    assert values["Emplois"] == "inconnu"  # no job count known: unknown, never 0
    assert at.query_params["type"] == "data_center"  # the view stays shareable
    at.session_state[LATEST_FACTS_KEY] = True  # the latest facts, opened
    at.run()
    assert at.dataframe[-1].value["site"].isin(["DC Béthune", "DC Dunkerque"]).all()


def test_filters_leaving_nothing_show_the_empty_state(app):
    at = app(type="battery", dep="62")
    assert any("Aucun site ne correspond aux filtres" in i.value for i in at.info)
    assert not at.metric
    assert at.title[0].value == "Centres de données en Hauts-de-France"


def test_english(app):
    at = app(lang="en")
    assert at.title[0].value == "Data centres in Hauts-de-France"
    values = metrics(at)
    assert values["Announced investment"] == "≈\u00a0€4bn"
    assert values["Power"] == "≈\u00a01,250\u00a0MW"
    assert at.page_link and all(link.value in {"Map", "Occupancy", "Investment", "Data", "Siting"}
                                for link in at.page_link)


def test_hostile_query_parameters_show_notices_not_errors(app):
    at = app(type="<script>alert(1)</script>", dep="99", site="\x00", status="x" * 3000)
    warnings = " ".join(w.value for w in at.warning)
    assert "« type »" in warnings and "« dep »" in warnings and "trop long" in warnings
    assert "script" in warnings and "<script>" not in warnings  # shown as text, never as a tag
    assert metrics(at)["Projets"] == "8"  # the bad values were dropped, the view is unfiltered
    assert "type" not in at.query_params



def test_the_target_chart_is_drawn_when_its_expander_is_opened(app):
    at = app()
    target = "Objectif régional de centres de données et projets recensés"
    titles = [fig["layout"]["title"]["text"] for fig in plotly_figures(at)]
    assert titles and target not in titles  # at load: the charts above the fold only
    assert any(e.label.startswith("Graphique\u00a0: l'objectif") for e in at.expander)
    at.session_state["overview_target_chart"] = True  # the reader opens the expander
    at.run()
    assert_clean(at)
    assert sorted(fig["layout"]["title"]["text"] for fig in plotly_figures(at)) == sorted([*titles, target])


def test_the_overview_says_how_current_the_data_is(app, tmp_path, monkeypatch):
    monkeypatch.setenv("HDF_WATCH_QUEUE", str(tmp_path))
    at = app()
    assert any(c.value == "Fait le plus récent\u00a0: septembre 2025. La veille de l'actualité n'a pas encore tourné."
               for c in at.caption)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.json").write_text('{"id": "a", "url": "https://x.example/a", "feed": "", "title": "T", '
                                                  '"publisher": "P", "published": "2026-12-05", "lang": "fr", '
                                                  '"fetched": "2026-12-06T06:15:00+00:00", "text": "…", '
                                                  '"fingerprint": "a", "figures": 1}')
    (tmp_path / "state.json").write_text('{"last_run": {"at": "2026-12-06T06:15:00+00:00"}}')
    at = app()
    assert any("Dernière veille de l'actualité\u00a0: 6 décembre 2026\u00a0; 1 article à examiner sur la page Ajouter "
               "des faits." in c.value for c in at.caption)


def test_each_total_says_what_it_adds_and_the_abandoned_toggle_lives_in_the_url(app):
    at = app()
    captions = " ".join(c.value for c in at.caption)
    assert "Additionne\u00a0: emplois directs permanents." in captions
    assert "Additionne\u00a0: investissement du site." in captions
    toggle = at.button_group(key="overview_with_abandoned")
    assert toggle.value == []
    toggle.set_value(["Compter les projets abandonnés"]).run()
    assert at.query_params["abandoned"] in ("1", ["1"])  # kept in the URL
    again = app(abandoned="1")
    assert again.button_group(key="overview_with_abandoned").value == ["Compter les projets abandonnés"]
