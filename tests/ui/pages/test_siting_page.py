"""The siting page (`/siting`) in AppTest on the sample dataset: renders in fr and en, weights
shown normalized to 100 %, presets and exclusions, the 225 kV notice, candidates added through a
local fake Nominatim or the offline commune list, and clear messages (never a traceback) for an
unknown place, a place outside the region and a geocoder that times out."""

from __future__ import annotations

import json

import h3

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import repository as data
from dashboard.domain import geo, siting
from dashboard.data import geocode
from dashboard.domain.schema import GRID_COLUMNS
from dashboard.ui.components.siting_controls import SETTINGS_KEY
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.siting_results import EXPANDER_KEYS, FULL_RANKING_KEY, RANKING_TOP, TOP_COLUMNS, ranking_top
from tests.fixtures import assert_clean, plotly_figures


@pytest.fixture
def app(run_page, geocoder_env, monkeypatch, sample_data):
    """Runs the page on the sample dataset (with its grid distances), a fake Nominatim, no open data."""
    sample_data.sites = geo.add_grid_distances(sample_data.sites.drop(columns=list(GRID_COLUMNS)), None)
    monkeypatch.setattr(geocode, "TIMEOUT_S", 0.5)  # the "slow" query outlasts it
    monkeypatch.setattr(geocode, "MIN_DELAY_S", 0.0)  # the rate limit has its own test
    geocode._SHARED.clear()
    data._cached_open_dataset.clear()
    yield lambda **params: run_page("siting", **params)
    geocode._SHARED.clear()
    data._cached_open_dataset.clear()


charts = plotly_figures


def settings_in_words(at) -> tuple[str, str]:
    """(the weights in force, the exclusion rules in force): the two lines of the caption under the
    settings panel."""
    caption = next(c.value for c in at.caption if c.value.startswith(("Poids normalisés", "Normalized weights")))
    weights, rules = caption.split("  \n")
    return weights, rules


def ranking(at: AppTest):
    """The full ranking table (the one with a score column), once the reader has opened it; None
    when the page shows none."""
    def ranking_tables():  # (the surface's table of best zones has a score too, no exclusion column)
        status = {t("siting_page.col_status", lang) for lang in ("fr", "en")}
        return [d.value for d in at.dataframe if "Score" in d.value.columns and status & set(d.value.columns)]

    tables = ranking_tables()
    if not tables:
        at.session_state[FULL_RANKING_KEY] = True
        at.run()
        tables = ranking_tables()
    return tables[0] if tables else None


def top_ranking(at: AppTest) -> str | None:
    """The Markdown table of the first sites shown at load."""
    return next((m.value for m in at.markdown if m.value.startswith("| Rang") or m.value.startswith("| Rank")), None)


def open_settings(at: AppTest, is_open: bool = True) -> AppTest:
    """The reader opens (or closes) the settings panel: weights, exclusion rules, candidate sites."""
    at.session_state[SETTINGS_KEY] = is_open
    at.run()
    assert_clean(at)
    return at


def add_candidate(at: AppTest, place: str) -> AppTest:
    if SETTINGS_KEY not in at.session_state or not at.session_state[SETTINGS_KEY]:
        open_settings(at)
    at.text_input(key="siting_query").input(place)
    at.button[[b.label for b in at.button].index("Localiser et ajouter")].click()
    at.run()
    assert_clean(at)
    return at


def test_page_renders_with_weights_summing_to_100_and_its_four_figures(app):
    at = app()
    assert at.title[0].value.startswith("Implantation")
    assert not at.slider  # the settings are drawn once their panel is opened
    assert len(open_settings(at).slider) == len(siting.CRITERIA)
    total = settings_in_words(at)[0]
    assert total.startswith("Poids normalisés") and "400 kV 25\u00a0%" in total
    assert len(charts(at)) == 1  # at load: the map (and the ranking table); the others on demand
    labels = [e.label for e in at.expander]
    assert {"Classement (graphique)", "Sensibilité aux poids", "Carte d'aptitude de toute la région (maillage H3)"} <= set(labels)
    figures = plotly_figures(at)
    for key in EXPANDER_KEYS:  # each chart once its expander is opened
        at.session_state[key] = True
        at.run()
        assert_clean(at)
        figures += [fig for fig in plotly_figures(at) if fig not in figures]
    assert len(figures) == 4
    assert figures[0]["data"][0]["type"] == "scattermap"
    assert figures[2]["data"][0]["type"] == "heatmap"
    # The suitability surface: H3 cells, scored 0-100 (without outlines, over the region's box).
    assert figures[3]["data"][-1]["type"] == "choroplethmap" and figures[3]["data"][-1]["zmax"] == 100
    table = ranking(at)
    assert "Score" in table.columns and "Confiance" in table.columns
    assert set(table["Site"]) == {"DC Béthune", "DC Dunkerque", "Ex-Bridgestone Béthune", "Friche Amiens"}


def test_the_first_sites_are_a_markdown_table_at_load_each_name_a_link_to_its_page(app):
    at = app()
    assert not at.dataframe  # the full table is drawn once its expander is opened
    top = top_ranking(at)
    lines = top.splitlines()
    assert lines[0].startswith("| Rang | Site | Score | Exclusion |") and "Fiche" not in lines[0]
    full = ranking(at)
    assert len(lines) - 2 == min(RANKING_TOP, len(full))
    first = full.iloc[0]
    assert lines[2].startswith(f"| {first['Rang']} | [{first['Site']}](site?id=")
    assert any(e.label.startswith(f"Tableau complet\u00a0: {len(full)} lignes") for e in at.expander)


def test_the_first_rows_keep_the_readers_candidates_wherever_they_rank():
    n = RANKING_TOP + 3
    table = pd.DataFrame({t(f"siting_page.{key}", "fr"): [f"{key} {i}" for i in range(n)] for key in TOP_COLUMNS})
    table["Score"] = [80.0 - i for i in range(n - 1)] + [float("nan")]
    candidates = pd.Series([False] * (n - 2) + [True, True])
    top = ranking_top(table, candidates, "fr")
    assert list(top["Site"]) == [f"col_name {i}" for i in range(RANKING_TOP)] + [f"col_name {n - 2}", f"col_name {n - 1}"]
    assert list(top["Score"])[:2] == ["80", "79"] and top["Score"].iloc[-1] == "inconnu"  # unknown stays unknown


def test_ranking_table_leads_with_what_decides_the_rank(app):
    at = app()
    table = ranking(at)
    assert list(table.columns[:5]) == ["Rang", "Site", "Score", "Confiance", "Exclusion"]
    assert table["Confiance"].str.contains("critères").all()


def test_default_basemap_is_the_inline_carto_style_and_the_outlines_are_credited(app, tmp_path, monkeypatch):
    path = tmp_path / "outlines.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"code": "80", "nom": "Somme"},
        "geometry": {"type": "Polygon", "coordinates": [[[1.4, 49.6], [3.2, 49.6], [3.2, 50.4], [1.4, 49.6]]]},
    }]}), encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(path))
    at = app()
    layout = charts(at)[0]["layout"]
    assert layout["map"]["style"]["sources"]["carto-positron"]["type"] == "raster"  # drawn offline too
    assert layout["map"]["layers"][0]["sourcetype"] == "geojson"
    captions = [c.value for c in at.caption if "Sources" in c.value]
    assert captions[0].startswith("Cliquez sur la carte")  # the map's: its click hint, then its sources
    assert "Etalab" in captions[0] and not any("Etalab" in c for c in captions[1:])  # the map's caption only


def test_225kv_notice_says_why(app):
    at = app()
    assert any("225 kV" in i.value and "ODRÉ" in i.value for i in at.info)


def test_english(app):
    at = app(lang="en")
    assert at.title[0].value.startswith("Siting")
    total = settings_in_words(at)[0]
    assert "400 kV substation 25%" in total  # English typography: no space before %
    assert "Confidence" in ranking(at).columns


def test_changing_a_weight_keeps_the_total_at_100(app):
    at = open_settings(app())
    at.slider(key="siting_w_dist_lille").set_value(100)
    at.run()
    assert_clean(at)
    total = settings_in_words(at)[0]
    percents = [int(part.split()[-2]) for part in total.split(":", 1)[1].split("·")]
    assert sum(percents) == 100


def test_default_weights_button_restores_the_registry_weights(app):
    at = open_settings(app())
    at.slider(key="siting_w_dist_400kv").set_value(0)
    at.run()
    assert at.slider(key="siting_w_dist_400kv").value == 0
    at.button(key="siting_reset_weights").click()
    at.run()
    assert_clean(at)
    assert not at.warning
    assert at.slider(key="siting_w_dist_400kv").value == siting.DEFAULT_WEIGHTS["dist_400kv"]


def excluded_by_400kv(at: AppTest) -> int:
    return int(ranking(at)["Exclusion"].str.contains("400 kV").sum())


def test_preset_changes_the_exclusions(app):
    # Sample region: Béthune and Amiens are more than 30 km from a 400 kV substation.
    at = app()
    assert excluded_by_400kv(at) == 3
    at.segmented_control(key="siting_preset").set_value("30mw")  # no 400 kV rule for 30 MW
    at.run()
    assert_clean(at)
    assert excluded_by_400kv(at) == 0
    at.segmented_control(key="siting_preset").set_value("1gw")  # 15 km
    at.run()
    assert_clean(at)
    assert excluded_by_400kv(at) >= 3


def test_turning_an_exclusion_off(app):
    at = app()
    assert excluded_by_400kv(at) == 3
    open_settings(at)
    at.toggle(key="siting_x_300mw_far_from_400kv_on").set_value(False)
    at.run()
    assert_clean(at)
    assert excluded_by_400kv(at) == 0
    assert ranking(at)["Rang"].notna().all()


def test_candidate_from_nominatim_joins_the_ranking_and_the_map(app):
    at = add_candidate(app(), "Arras")
    assert any("Ajouté" in s.value and "Arras" in s.value for s in at.success)
    assert "Arras" in set(ranking(at)["Site"])
    map_fig = charts(at)[0]
    candidates = [t for t in map_fig["data"] if t.get("meta", {}).get("role") == "candidates"]
    excluded = [t for t in map_fig["data"] if t.get("meta", {}).get("role") == "excluded"]
    assert any("candidate-arras" in sid for t in candidates + excluded for sid in t["customdata"])


def test_unknown_place_gives_a_clear_message(app):
    at = add_candidate(app(), "Zzyzx")
    assert any("introuvable" in w.value for w in at.warning)
    assert "Zzyzx" not in set(ranking(at)["Site"])


def test_place_outside_the_region_gives_a_clear_message(app):
    at = add_candidate(app(), "Toulouse")
    assert any("hors des Hauts" in w.value and "Toulouse" in w.value for w in at.warning)


def test_timeout_without_commune_list_gives_a_clear_message(app):
    at = add_candidate(app(), "slow")
    assert any("temps" in w.value and "communes" in w.value for w in at.warning)
    assert len(charts(at)) == 1 and ranking(at) is not None  # the page keeps working


def test_offline_commune_list(app, communes_file):
    at = open_settings(app())
    at.checkbox(key="siting_online").uncheck()
    at = add_candidate(at, "saint omer")
    assert any("liste officielle des communes" in s.value for s in at.success)  # said in the run that added it
    assert "Saint-Omer" in set(ranking(at)["Site"])


def test_removing_a_candidate(app):
    at = add_candidate(app(), "Arras")
    remove = [b for b in at.button if b.label == "Retirer"]
    remove[0].click()
    at.run()
    assert_clean(at)
    assert "Arras" not in set(ranking(at)["Site"])


def test_filters_apply_to_the_ranking(app):
    at = app(dep="80")
    assert set(ranking(at)["Site"]) == {"Friche Amiens"}


def test_no_scored_site_still_lets_the_user_add_candidates(app):
    at = app(type="battery")
    assert ranking(at) is None
    assert any("candidat" in i.value for i in at.info)
    at = add_candidate(at, "Arras")
    assert "Arras" in set(ranking(at)["Site"])


def test_a_long_paste_is_searched_on_its_beginning_and_the_reader_is_told(app):
    """Issue 13: a paste over 200 characters used to be dropped without a word."""
    at = open_settings(app())
    at.text_input(key="siting_query").input("Arras " + "très long texte collé " * 60)
    at.button[[b.label for b in at.button].index("Localiser et ajouter")].click()
    at.run()
    assert_clean(at)
    cut = [i.value for i in at.info if "premiers caractères" in i.value]
    assert cut and "200" in cut[0] and "Arras" in cut[0]
    assert at.success or at.warning  # then found, or a message saying why not: never silence


def test_fit_query_cuts_at_a_word():
    query, cut = geocode.Geocoder.fit_query("Arras " + "mot " * 100)
    assert cut and len(query) <= geocode.MAX_QUERY_LENGTH and query.endswith("mot")
    assert geocode.Geocoder.fit_query("  Béthune  ") == ("Béthune", False)


def test_the_settings_hold_while_their_panel_is_closed(app):
    at = app()
    summary, rules = settings_in_words(at)
    assert rules.startswith("Règles d'exclusion en vigueur")
    assert "plus de 30 km" in rules  # the 300 MW preset's 400 kV rule, said at load
    open_settings(at)
    at.slider(key="siting_w_dist_lille").set_value(100)
    at.toggle(key="siting_x_300mw_far_from_400kv_on").set_value(False)
    at.run()
    changed = settings_in_words(at)[0]
    ranked = ranking(at)
    assert changed != summary and excluded_by_400kv(at) == 0
    at = open_settings(at, False)  # closed: the widgets are gone, their values are not
    assert not at.slider
    assert settings_in_words(at)[0] == changed
    assert "400 kV" not in settings_in_words(at)[1]
    assert ranking(at).equals(ranked)
    at = open_settings(at)  # reopened: the widgets show the kept values
    assert at.slider(key="siting_w_dist_lille").value == 100
    assert at.toggle(key="siting_x_300mw_far_from_400kv_on").value is False


def test_the_method_is_written_from_the_registry_once_opened(app):
    from dashboard.ui.components.siting_methodology import METHODOLOGY_KEY

    at = app()
    headings = lambda: [m.value for m in at.markdown if m.value.startswith("#### ")]  # noqa: E731
    assert not headings() and "Méthode et sources" in [e.label for e in at.expander]
    at.session_state[METHODOLOGY_KEY] = True
    at.run()
    assert_clean(at)
    shares = siting.weights_percent({k: c.default_weight for k, c in siting.CRITERIA.items()})
    for key, criterion in siting.CRITERIA.items():  # every criterion, with its weight now
        assert any(criterion.label["fr"] in h.replace("\\", "") and f"{shares[key]}\u00a0%" in h for h in headings()), key
    presets = next(d.value for d in at.dataframe if "Score" not in d.value.columns)
    assert len(presets.columns) == len(siting.PRESETS)


# --- the campus size in the URL ---------------------------------------------------------------

def test_the_campus_size_comes_from_the_url_and_goes_back_into_it(app):
    at = app(preset="1gw")
    assert at.segmented_control(key="siting_preset").value == "1gw"
    assert at.query_params["preset"] == "1gw"
    assert "preset=1gw" in top_ranking(at)  # each site's page scored for the same size, in a new tab too
    at.segmented_control(key="siting_preset").set_value("30mw").run()
    assert at.query_params["preset"] == "30mw" and at.segmented_control(key="siting_preset").value == "30mw"
    at.segmented_control(key="siting_preset").set_value(siting.DEFAULT_PRESET).run()
    assert "preset" not in at.query_params  # the default is left out
    assert "preset=" not in top_ranking(at)
    assert_clean(at)


def test_an_unknown_campus_size_in_the_url_is_said_and_the_default_shown(app):
    at = app(clean=False, preset="<b>2gw</b>")
    (warning,) = [w.value for w in at.warning if "Taille de campus inconnue" in w.value]
    assert "« &lt;b&gt;2gw&lt;/b&gt; »" in warning  # the URL's value as plain text
    assert at.segmented_control(key="siting_preset").value == siting.DEFAULT_PRESET
    assert not at.exception


def test_ranking_says_a_fast_track_site_far_from_todays_substations_is_kept_and_why():
    from dashboard.ui.components.siting_results import ranking_table

    from tests.fixtures import site as site_row

    far = {"lat": 49.7, "lon": 2.2, "nearest_400kv_km": 22.7, "nearest_400kv_name": "ARGOEUVES",
           "nearest_225kv_km": 5.0, "gravelines_km": 120.0, "land_area_m2": 600_000.0}
    rows = pd.DataFrame([site_row("fast", "data_center", name="Fast", fast_track=True, **far),
                         site_row("plain", "data_center", name="Plain", **far)])
    scored = siting.scored_rows(rows, preset="1gw")
    for lang, words in (("fr", "règle levée (site fast-track"), ("en", "rule lifted (fast-track site")):
        table = ranking_table(scored, lang, "1gw").set_index(t("siting_page.col_name", lang))
        status = table[t("siting_page.col_status", lang)]
        assert status["Fast"].startswith(words), status["Fast"]
        assert status["Plain"] == siting.EXCLUSIONS["far_from_400kv"].label[lang]


# --- candidates by coordinates, kept in the URL ---------------------------------------------


def cand_values(at: AppTest) -> list[str]:
    """The URL's `cand` values (AppTest gives one value as a string, several as a list)."""
    value = at.query_params.get("cand", [])
    return [value] if isinstance(value, str) else list(value)


def candidate_rows(at: AppTest) -> list[str]:
    """The names of the reader's candidates in the first rows' table (a candidate has no page link)."""
    lines = (top_ranking(at) or "").splitlines()[2:]
    return [line.split(" | ")[1] for line in lines if "site?id=" not in line]


def test_the_urls_candidates_are_scored_and_ranked_and_a_bad_value_is_named_without_losing_the_others(
        app, communes_file, outlines_file):
    at = app(cand=["50.29,2.78", "abc", "48.85,2.35", "50.63,3.05,o=click"])
    rows = sorted(candidate_rows(at))  # in rank order on the page; each named after its nearest commune
    assert len(rows) == 2 and rows[0].startswith("Beaumont \\(50°17′24″") and rows[1].startswith("Lille \\(50°37′48″")
    warnings = " ".join(w.value for w in at.warning)
    assert "«\u00a0abc\u00a0» n\\'est pas une position" in warnings
    assert "«\u00a048\\.85,2\\.35\u00a0» est hors des Hauts\\-de\\-France" in warnings
    assert warnings.count("Les autres candidats sont gardés") == 2
    assert cand_values(at) == ["50.29,2.78", "abc", "48.85,2.35", "50.63,3.05,o=click"]  # left as shared
    full = ranking(at)
    place = full[full["Site"].str.startswith("Beaumont (50°17′24″")].iloc[0]
    assert place["Score"] > 0 and place["Commune"] == "Beaumont"  # scored like any place (ranked, or excluded by a rule)
    assert place["Rang"] == "exclu" or place["Rang"].rstrip(" ⚠").isdigit()


def test_typed_coordinates_with_decimal_commas_join_the_url_and_the_url_restores_them(app):
    at = add_candidate(app(), "50,29 ; 2,78")
    assert cand_values(at) == ["50.29,2.78"]
    said = [s.value for s in at.success if s.value.startswith("Candidat ajouté")]
    assert len(said) == 1 and ("rang" in said[0] or "exclu" in said[0]), said  # its rank (or why none), at once
    rows = candidate_rows(at)  # (no commune list here: named by its position alone)
    assert len(rows) == 1 and rows[0].startswith("50°17′24″")
    at = add_candidate(at, "50.63, 3.05")  # several candidates
    assert cand_values(at) == ["50.29,2.78", "50.63,3.05"]
    shared = app(cand=["50.29,2.78", "50.63,3.05"])  # the shared link, in a new session
    assert candidate_rows(shared) == candidate_rows(at) and top_ranking(shared) == top_ranking(at)


@pytest.mark.parametrize("typed, words", [("95, 2", "n\\'est pas une position"),
                                          ("47,08 ; 2,39", "hors des Hauts\\-de\\-France")])
def test_typed_coordinates_that_cannot_be_scored_are_named(app, typed, words):
    at = add_candidate(app(), typed)
    assert any(words in w.value and escape_markdown(typed) in w.value for w in at.warning)
    assert not cand_values(at) and not candidate_rows(at)


def test_removing_a_candidate_takes_it_off_the_url(app):
    at = app(cand=["50.29,2.78", "50.63,3.05"])
    open_settings(at)
    [b for b in at.button if b.label == "Retirer"][0].click()
    at.run()
    assert cand_values(at) == ["50.63,3.05"]
    assert len(candidate_rows(at)) == 1


def test_a_click_on_the_score_maps_grid_or_on_a_surface_hexagon_is_a_place():
    from dashboard.ui.components.siting_candidates import CLICK_GRID_CURVE, clicked_position

    grid = {"selection": {"points": [{"curve_number": CLICK_GRID_CURVE, "lat": 50.2912345, "lon": 2.7812345}]}}
    assert clicked_position(grid) == (50.29123, 2.78123)
    cell = "861fa4c2fffffff"
    lat, lon = clicked_position({"selection": {"points": [{"curve_number": 1, "location": cell}]}})
    assert h3.latlng_to_cell(lat, lon, 6) == cell
    site = {"selection": {"points": [{"curve_number": 4, "lat": 50.3, "lon": 2.8, "customdata": "escaudain-dc"}]}}
    assert clicked_position(site) is None and clicked_position({"selection": {"points": []}}) is None


def test_the_score_map_has_a_click_grid_first_unseen_and_hovered_in_words(app):
    fig = charts(app())[0]
    grid = fig["data"][0]
    assert grid["meta"]["role"] == "click-grid" and grid["marker"]["opacity"] == 0
    assert len(grid["lat"]) > 500  # a point per H3 cell of the region (resolution 6: about 1,000)
    assert grid["hovertemplate"].startswith("Cliquer pour ajouter un site candidat ici")
    assert all(trace.get("unselected", {}).get("marker", {}).get("opacity", 1) > 0 for trace in fig["data"][1:])


def test_the_surfaces_best_zones_download_as_csv_and_geojson(app):
    at = app()
    at.session_state[EXPANDER_KEYS[2]] = True  # the region's surface, drawn once opened
    at.run()
    assert_clean(at)
    labels = [button.proto.label for button in at.get("download_button")]
    assert "Meilleures zones (CSV)" in labels and "Meilleures zones (GeoJSON, hexagones)" in labels


def test_operating_and_abandoned_sites_are_apart_in_an_expander_built_once_opened(run_page, monkeypatch):
    """The shipped seeds hold operating data centres and abandoned projects: scored for reference,
    never ranked, in their own expander (with their count) whose table is built once opened."""
    from dashboard.config import DEFAULT_SEEDS_DIR
    from dashboard.data import build, repository
    from dashboard.ui.components.siting_results import REFERENCE_KEY
    from tests.fixtures import markdown_tables

    shipped = build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)
    monkeypatch.setattr(repository, "load_dataset", lambda: (shipped, []))
    at = run_page("siting")
    (reference,) = [e for e in at.expander if e.label.startswith("Pour référence")]
    count = int(reference.label.split("\u00a0: ")[1].split()[0])
    assert count >= 2 and reference.label.endswith("en service ou abandonnés")
    (top,) = markdown_tables(at)  # only the candidates' first ranks at load
    at.session_state[REFERENCE_KEY] = True
    at.run()
    top, apart = markdown_tables(at)
    assert len(apart) == count and set(apart["Rôle"]) <= {"en service", "abandonné"}
    assert not set(apart["Site"]) & set(top["Site"])


def test_the_ranking_can_put_the_fully_checked_sites_first(run_page, monkeypatch):
    """The order of the first ranks (a segmented control beside them): by score, or the sites whose
    every exclusion rule could be checked first, the others still marked."""
    from dashboard.config import DEFAULT_SEEDS_DIR
    from dashboard.data import build, repository
    from dashboard.ui.components.siting_results import ORDER_KEY
    from tests.fixtures import markdown_tables

    shipped = build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)
    monkeypatch.setattr(repository, "load_dataset", lambda: (shipped, []))
    at = run_page("siting")
    order = at.segmented_control(key=ORDER_KEY)
    assert order.value == "score" and order.options == ["Par score", "Sites entièrement vérifiés d'abord"]
    mark = t("siting_page.unchecked_mark", "fr")

    def marked(table: pd.DataFrame) -> list[bool]:
        return [mark in str(rank) for rank in table["Rang"]]

    (by_score,) = markdown_tables(at)
    assert marked(by_score) != sorted(marked(by_score))  # a marked site ranks above an unmarked one
    at = order.set_value("checked_first").run()
    assert_clean(at)
    (checked_first,) = markdown_tables(at)
    assert marked(checked_first) == sorted(marked(checked_first))  # every unmarked site first
    assert any(marked(checked_first))  # the others still there, still marked
