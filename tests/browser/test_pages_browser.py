"""Every page in a real browser: charts drawn, URL filters, language, hostile input, navigation.

Each test saves a screenshot of each page it looks at in tests/artifacts/screenshots/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import devserver
from dashboard.data.build import build_dataset
from tests.devserver import main_text, map_point_count, nav_labels, plotly_data, wait_for_charts
from tests.fixtures import assert_page_clean

PAGES_DIR = Path(__file__).resolve().parents[2] / "dashboard" / "ui" / "pages"
# URL path -> the fewest plotly charts the page draws with the full data.
CHARTS = {"/": 1, "/map": 1, "/occupancy": 1, "/investment": 1, "/puissance": 1, "/data": 0, "/siting": 1}
PRESENT = [path for path in CHARTS if (PAGES_DIR / f"{path.strip('/') or 'overview'}.py").is_file()]
FRENCH_MENU = ["Vue d'ensemble", "Carte", "Réoccupation", "Investissements", "Puissance", "Données", "Implantation"]
ENGLISH_MENU = ["Overview", "Map", "Occupancy", "Investment", "Power", "Data", "Siting"]
# Pages after the chart pages in the menu (tested in their own files): /ajouter.
EXTRA_MENU = {"fr": ["Ajouter des faits"], "en": ["Add facts"]} if (PAGES_DIR / "ajouter.py").is_file() else {"fr": [], "en": []}
HOSTILE = "?type=<script>alert(1)</script>&dep=99&site=%00"
# MapLibre's errors when the online basemap cannot be fetched (the tests run offline).




def drawn_traces(page) -> int:
    return sum(len(chart) for chart in plotly_data(page))


@pytest.mark.parametrize("path", PRESENT)
def test_page_draws_its_charts(open_page, shoot, path):
    page = open_page(path)
    expected = CHARTS[path]
    if expected:
        assert wait_for_charts(page, expected) >= expected
        assert drawn_traces(page) > 0
    else:
        page.wait_for_selector('[data-testid="stDataFrame"]')
    assert page.locator("h1").count() >= 1
    assert "Sources" in main_text(page)  # the footer
    shoot(f"page-{path.strip('/') or 'overview'}")
    assert_page_clean(page)


@pytest.mark.skipif("/map" not in PRESENT, reason="the map page is not written yet")
def test_a_url_filter_narrows_the_map(open_page, shoot):
    page = open_page("/map")
    wait_for_charts(page, 1)
    everything = map_point_count(page)
    shoot("map-all")
    page = open_page("/map?type=data_center")
    wait_for_charts(page, 1)
    data_centres = map_point_count(page)
    shoot("map-type-data_center")
    assert 0 < data_centres < everything
    assert_page_clean(page)


def test_a_url_filter_narrows_the_overview(open_page, shoot):
    page = open_page("/")
    wait_for_charts(page, 1)
    projects_all = page.locator('[data-testid="stMetricValue"]').first.inner_text()
    page = open_page("/?type=data_center&status=operational")
    wait_for_charts(page, 1)
    shoot("overview-type-data_center-operational")
    projects_some = page.locator('[data-testid="stMetricValue"]').first.inner_text()
    assert int(re.sub(r"\D", "", projects_some)) < int(re.sub(r"\D", "", projects_all))
    assert_page_clean(page)


def test_a_filter_chosen_in_the_sidebar_panel_narrows_the_page_and_goes_into_the_url(open_page, shoot):
    page = open_page("/")
    wait_for_charts(page, 1)
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert "Aucun filtre\u00a0: tous les sites." in sidebar.inner_text()
    projects_all = page.locator('[data-testid="stMetricValue"]').first.inner_text()
    sidebar.get_by_text("Modifier les filtres").click()  # the panel draws its widgets once opened
    sidebar.locator('[data-testid="stMultiSelect"]').first.click()
    page.get_by_role("option", name="Centre de données").click()
    page.wait_for_function("() => location.search.includes('type=data_center')")
    devserver.wait_for_app(page)
    wait_for_charts(page, 1)
    page.keyboard.press("Escape")
    shoot("overview-sidebar-filter")
    projects_some = page.locator('[data-testid="stMetricValue"]').first.inner_text()
    assert int(re.sub(r"\D", "", projects_some)) < int(re.sub(r"\D", "", projects_all))
    said = re.sub(r"[ \t\n]+", " ", sidebar.inner_text())  # the NBSP before the colon kept, as French writes it
    assert "Type de projet\u00a0: Centre de données" in said and "Aucun filtre" not in said
    assert_page_clean(page)


def test_lang_en_switches_the_words(open_page, shoot):
    page = open_page("/?lang=en")
    wait_for_charts(page, 1)
    shoot("overview-en")
    text = main_text(page)
    assert "Data centres in Hauts-de-France" in text
    assert "Key figures" in text and "Chiffres clés" not in text
    assert nav_labels(page) == [label for label, path in zip(ENGLISH_MENU, CHARTS) if path in PRESENT] + EXTRA_MENU["en"]
    page = open_page("/data?lang=en")
    shoot("data-en")
    assert "Sites (CSV)" in main_text(page) and "Whole dataset (zip)" in main_text(page)
    assert_page_clean(page)


def test_french_by_default(open_page):
    page = open_page("/")
    assert "Centres de données en Hauts-de-France" in main_text(page)
    assert nav_labels(page) == [label for label, path in zip(FRENCH_MENU, CHARTS) if path in PRESENT] + EXTRA_MENU["fr"]


@pytest.mark.parametrize("path", [p for p in ("/", "/map", "/data") if p in PRESENT])
def test_a_hostile_query_shows_a_notice_and_no_exception(open_page, shoot, path):
    page = open_page(path + HOSTILE)
    page.wait_for_selector('[data-testid="stAlertContentWarning"]')
    shoot(f"hostile-{path.strip('/') or 'overview'}")
    warnings = page.locator('[data-testid="stAlertContentWarning"]').all_inner_texts()
    joined = " ".join(warnings)
    assert "« type »" in joined and "« dep »" in joined and "« site »" in joined
    assert "<script>alert(1)</script>" in joined  # shown as text
    # The only scripts in the page's body are the product's own (ui.components.map_view: a map's view).
    scripts = page.evaluate("() => Array.from(document.querySelectorAll('main script')).map(s => s.textContent)")
    assert all("__hdfMapViews" in script and "alert(1)" not in script for script in scripts), scripts
    assert_page_clean(page)


def test_the_language_toggle_relabels_page_and_menu(open_page, shoot):
    page = open_page("/?type=data_center")
    page.locator('[data-testid="stSidebar"] button').filter(has_text="English").click()
    page.wait_for_function("() => location.search.includes('lang=en')")
    devserver.wait_for_app(page)
    page.get_by_text("Data centres in Hauts-de-France").wait_for()
    shoot("overview-toggled-en")
    assert "type=data_center" in page.url
    assert nav_labels(page)[0] == "Overview"
    assert_page_clean(page)


@pytest.mark.skipif("/data" not in PRESENT, reason="the data page is not written yet")
def test_filters_and_language_follow_the_menu_to_another_page(open_page, shoot):
    page = open_page("/?type=data_center&lang=en")
    page.locator('[data-testid="stSidebarNav"] a[href$="/data"]').click()
    page.wait_for_url(re.compile(r"/data"))
    page.get_by_role("heading", name="Data", exact=True).wait_for()
    page.wait_for_function("() => location.search.includes('type=data_center')")
    devserver.wait_for_app(page)
    shoot("data-after-menu")
    assert "lang=en" in page.url
    data_centres = int((build_dataset().sites["project_type"] == "data_center").sum())
    assert f"{data_centres} site{'' if data_centres == 1 else 's'}" in main_text(page)  # the filter followed: data centres only
    assert nav_labels(page)[0] == "Overview"
    assert_page_clean(page)


@pytest.mark.skipif("/data" not in PRESENT, reason="the data page is not written yet")
def test_csv_download_is_safe_and_excel_friendly(open_page, shoot, tmp_path):
    page = open_page("/data?type=data_center")
    button = page.get_by_role("button", name="Sites (CSV)")
    button.wait_for()
    shoot("data-type-data_center")
    with page.expect_download() as info:
        button.click()
    download = info.value
    assert download.suggested_filename.startswith("data__sites__type-data_center")
    assert download.suggested_filename.endswith(".csv")
    raw = Path(download.path()).read_bytes()
    assert raw.startswith("\ufeff".encode())
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Nom;Type;Statut;")
    assert all(";Centre de données;" in line for line in lines[1:] if line)
    assert_page_clean(page)


@pytest.mark.skipif("/data" not in PRESENT, reason="the data page is not written yet")
def test_geojson_xlsx_and_data_package_downloads_are_built_on_click(open_page):
    """The deferred downloads really produce their files in the browser (the builders are unit-tested)."""
    import io
    import json
    import zipfile

    import openpyxl

    page = open_page("/data?type=data_center&lang=en")
    files = {}
    for label in ("Sites (GeoJSON)", "Sites (Excel XLSX)", "Whole dataset (zip)"):
        button = page.get_by_role("button", name=label)
        button.wait_for()
        with page.expect_download() as info:
            button.click()
        name = info.value.suggested_filename
        files[name.rsplit(".", 1)[1]] = Path(info.value.path()).read_bytes()
    assert sorted(files) == ["geojson", "xlsx", "zip"]
    geojson = json.loads(files["geojson"])
    assert geojson["features"] and all(f["properties"]["Type"] == "Data centre" for f in geojson["features"])
    assert openpyxl.load_workbook(io.BytesIO(files["xlsx"])).sheetnames == ["Sites", "Sources"]
    assert "datapackage.json" in zipfile.ZipFile(io.BytesIO(files["zip"])).namelist()
    assert_page_clean(page)


def test_a_first_visit_to_a_page_gets_the_app_menu(browser, outlines_path, tmp_path):
    """A server's very first session opening /data (not /) still runs through app.py."""
    env = {"HDF_OPENDATA_DIR": str(tmp_path), "HDF_OPENDATA_OUTLINES": str(outlines_path)}
    target = "/data" if "/data" in PRESENT else PRESENT[-1]
    with devserver.serve(env=env, log_path=tmp_path / "server.log") as server:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(server.url + target + "?lang=en")
        devserver.wait_for_app(page)
        page.get_by_role("heading", name="Data", exact=True).wait_for()
        try:  # the first run may show Streamlit's file-name menu for a moment, then reruns
            page.wait_for_function(
                "() => { const a = document.querySelector('[data-testid=\"stSidebarNav\"] a');"
                " return a && a.textContent.includes('Overview'); }", timeout=15_000)
        except Exception:
            pass
        labels = nav_labels(page)
        context.close()
    assert labels[0] == "Overview", labels
    assert "app" not in labels


TITLES_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(plot => [
    plot._fullLayout.title.text, plot.querySelectorAll('.gtitle tspan[style*="bold"]').length])"""


@pytest.mark.parametrize("path", ["/investment", "/site?id=escaudain-dc"])
def test_chart_titles_are_bold_once(open_page, path):
    """Streamlit's theme wrapped each title in <b> twice (`<b><b>…</b></b>` in plotly's layout)."""
    page = open_page(path)
    wait_for_charts(page, 1)
    titles = page.evaluate(TITLES_JS)
    # One bold tspan a line (a map's title wraps: figures.base.map_frame), none nested.
    assert titles and all(text.count("<b>") == 1 and text.startswith("<b>") and drawn == text.count("<br>") + 1
                          for text, drawn in titles), titles
