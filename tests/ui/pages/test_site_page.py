"""The site page (`/site?id=…`) in AppTest on the sample dataset: a known site in French and in
English, an unknown or missing id (a message and a search box, no traceback), hostile ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import shape
from streamlit.testing.v1 import AppTest

from dashboard.data import repository as data
from dashboard.domain import geo
from dashboard.ui.components.site_sheet import HISTORY_KEY
from tests.fixtures import layer_geojson, markdown_tables, sample_dataset

PAGE = Path(__file__).resolve().parents[3] / "dashboard" / "ui" / "pages" / "site.py"


@pytest.fixture
def app(monkeypatch, tmp_path):
    dataset = sample_dataset()
    dataset.sites = geo.add_grid_distances(dataset.sites, None)
    monkeypatch.setattr(data, "load_dataset", lambda: (dataset, []))
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))  # no open data: offline

    def run(**params) -> AppTest:
        at = AppTest.from_file(str(PAGE), default_timeout=60)
        at.query_params.update(params)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert not at.error, [e.value for e in at.error]
        return at

    return run


def texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.title, *at.header, *at.subheader, *at.markdown, *at.caption, *at.warning, *at.info)]
    return "\n".join(str(p) for p in parts)


def test_known_site_in_french(app):
    at = app(id="dc-dunkerque")
    assert at.title[0].value == "DC Dunkerque"
    words = texts(at)
    for expected in ("Identité", "Opérateur", "Nordic", "Poste 400 kV le plus proche", "Warande 400 kV",
                     "Score", "rang 1", "Chiffres et leur historique", "Puissance", "Sources"):
        assert expected in words, expected
    (chart,) = at.get("plotly_chart")
    spec = json.loads(chart.proto.spec)
    roles = [trace["meta"]["role"] for trace in spec["data"]]
    assert roles == ["distance", "substation", "site"]
    assert [b.proto.label for b in at.get("download_button")] == ["Télécharger la fiche (PDF)"]


def test_known_site_in_english_with_conflict_side_by_side(app):
    at = app(id="dc-bethune", lang="en")
    words = texts(at)
    for expected in ("Identity", "Operator", "Nearest 400 kV substation", "Figures and their history",
                     "Investment", "The sources do not give the same figure", "excluded from the ranking"):
        assert expected in words, expected
    assert "Identité" not in words
    assert [b.proto.label for b in at.get("download_button")] == ["Download the sheet (PDF)"]
    # The host site opens its own page (a link-styled button: the site page links to itself).
    assert "Host site — Ex-Bridgestone Béthune" in [b.label for b in at.button]


def test_host_lists_its_tenants_and_each_opens_its_page(app):
    at = app(id="host-bethune")
    labels = [b.label for b in at.button]
    assert "DC Béthune (Centre de données · Annoncé)" in labels
    assert "Recyclage Béthune (Recyclage · Annoncé)" in labels
    at.button(key="site-link-rec-bethune").click().run()
    assert not at.exception
    assert at.query_params["id"] in ("rec-bethune", ["rec-bethune"])
    assert at.title[0].value == "Recyclage Béthune"


@pytest.mark.parametrize("params", [{"id": "no-such-site"}, {}, {"id": ""}, {"id": "x" * 5000}])
def test_unknown_or_missing_id_gives_a_message_and_a_search_box(app, params):
    at = app(**params)
    words = texts(at)
    assert "Fiche d'un site" in words
    assert ("Aucun site n'a l'identifiant" in words) == bool(params.get("id"))
    (search,) = at.selectbox
    assert search.label == "Rechercher un site"
    assert "dc-bethune" in search.options or "DC Béthune" in search.options


def test_the_search_box_opens_the_chosen_site(app):
    at = app(id="nope", lang="en")
    assert "No site has the id" in texts(at)
    at.selectbox[0].select("dc-dunkerque").run()
    assert not at.exception
    assert at.title[0].value == "DC Dunkerque"
    assert at.query_params["id"] in ("dc-dunkerque", ["dc-dunkerque"])


def test_a_hostile_id_is_shown_as_typed_never_as_markup(app):
    at = app(id="[x](javascript:alert(1)) <b>bold</b> **strong**")
    (warning,) = at.warning
    assert "\\[x\\]\\(javascript\\:alert\\(1\\)\\)" in warning.value
    assert "<b>" not in warning.value and "&lt;b&gt;" in warning.value


def test_a_figure_history_is_drawn_once_its_expander_is_opened(app):
    at = app(id="dc-bethune")
    before = markdown_tables(at)
    label = next(e.label for e in at.expander if e.label.startswith("Historique\u00a0: "))
    assert label.endswith("faits datés ou non, avec leur source")
    at.session_state[HISTORY_KEY.format(attribute="investment")] = True  # the reader opens it
    at.run()
    assert not at.exception
    after = markdown_tables(at)
    assert len(after) == len(before) + 1
    (history,) = [table for table in after if "Source" in table.columns and "Valeur" in table.columns]
    facts = "fait daté" if len(history) < 2 else "faits datés"  # French: 0 and 1 are singular
    assert f"Historique\u00a0: {len(history)} {facts} ou non, avec leur source" in [e.label for e in at.expander]
    assert history["Source"].str.len().min() > 0  # every fact with its source


def test_a_site_without_status_facts_says_so_under_its_status_heading(app):
    at = app(id="dc-dunkerque")  # the sample has no status fact for it
    assert any("Aucun fait sur le statut de ce site" in c.value for c in at.caption)
    at = app(id="rec-bethune")  # one status fact: its history, no such sentence
    assert not any("Aucun fait sur le statut" in c.value for c in at.caption)
    assert "Historique\u00a0: 1 fait daté ou non, avec leur source" in [e.label for e in at.expander]


def test_the_campus_size_in_the_url_scores_the_site_for_it(app):
    """A link from the /siting ranking opened in a new tab (a new session) carries the size."""
    said = lambda at: texts(at).replace("\\", "")  # noqa: E731 - the caption is Markdown-escaped
    assert "Taille de campus\u00a0: 300 MW (grand campus)" in said(app(id="dc-dunkerque"))
    assert "Taille de campus\u00a0: 1 GW (campus IA, « fast track » 400 kV)" in said(app(id="dc-dunkerque", preset="1gw"))
    assert "Taille de campus\u00a0: 300 MW (grand campus)" in said(app(id="dc-dunkerque", preset="nope"))  # unknown: default


# --- What the address holds that the page cannot use as is (issue 25) -------------------------------

def test_an_unknown_campus_size_is_said_with_the_one_shown(app):
    at = app(id="dc-dunkerque", preset="10gw<b>")
    warning = " ".join(w.value for w in at.warning).replace("\\", "")
    assert "Taille de campus inconnue dans l'adresse\u00a0: « 10gw&lt;b&gt; ». Affiché\u00a0: 300 MW (grand campus)." in warning
    assert not app(id="dc-dunkerque", preset="1gw").warning  # a known size: nothing to say


def test_two_ids_show_the_first_known_and_say_so(app):
    at = app(id=["no-such-site", "dc-dunkerque", "rec-bethune"])
    assert at.title[0].value == "DC Dunkerque"
    warning = " ".join(w.value for w in at.warning).replace("\\", "")
    assert ("L'adresse nomme 3 sites (« no-such-site », « dc-dunkerque », « rec-bethune »)\u00a0: une fiche en montre "
            "un seul, le premier que les données connaissent, « dc-dunkerque ».") in warning
    assert at.query_params["id"] == ["no-such-site", "dc-dunkerque", "rec-bethune"]  # the address is left as is
    english = app(id=["rec-bethune", "rec-bethune"], lang="en")  # the same id twice: one site, nothing to say
    assert english.title[0].value != "Site profile" and not english.warning


def test_the_page_opens_on_key_figures_and_score_beside_a_map_with_outlines_offline(app, monkeypatch,
                                                                                  embedded_open_data):
    """Results first: the key figures (retained value · date, source) and the score come before
    the identity, grid, history and sources; offline, the small map is drawn on the white
    background with the département outlines (not a line on a blank square)."""
    monkeypatch.setenv("HDF_BASEMAP", "offline")
    at = app(id="dc-bethune")
    headings = [h.value for h in at.subheader]
    order = ["Chiffres clés", "Aptitude (méthode de la page Implantation)", "Identité",
             "Réseau électrique et distances", "Chiffres et leur historique", "Sources"]
    assert [h for h in headings if h in order] == order
    figures = next(m.value for m in at.markdown if m.value.startswith("- **Investissement**"))
    lines = figures.split("\n")
    assert [line.split("**")[1] for line in lines] == ["Investissement", "Puissance", "Emplois", "Mise en service"]
    assert all(" — " in line or line.endswith("inconnu") for line in lines), lines  # date and source when known
    (chart,) = at.get("plotly_chart")
    layout = json.loads(chart.proto.spec)["layout"]
    assert layout["map"]["style"] == "white-bg"
    assert layout["map"]["layers"], "no outlines under the site"
    # only the borders around the site are sent (not the region's ~195 kB)
    west, south, east, north = shape(layer_geojson(layout["map"]["layers"][0]["source"])["features"][0]["geometry"]).bounds
    centre = layout["map"]["center"]
    assert west < centre["lon"] < east and south < centre["lat"] < north
    assert east - west <= 3.0 and north - south <= 1.6, (west, south, east, north)
    assert "fond blanc" in " ".join(c.value for c in at.caption)


def test_a_site_without_key_figures_says_so_in_a_sentence(app):
    at = app(id="host-amiens", lang="en")
    assert any(m.value.replace("\\", "").startswith("Investment, power, jobs and commissioning: no published figure")
               for m in at.markdown), [m.value for m in at.markdown]
