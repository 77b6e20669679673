"""The site page in a real browser: a click on a /map point opens it, lang=en works, an unknown id
shows a message and a search box, the map is drawn, the PDF downloads. Screenshots of each."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from dashboard import devserver
from dashboard.devserver import exception_count, main_text, wait_for_charts

OFFLINE_MAP_ERRORS = {"Map error.", "Style is not done loading."}
ESCAUDAIN = ("escaudain-dc", 50.33296, 3.33885)


def assert_clean(page) -> None:
    assert exception_count(page) == 0, main_text(page)[:2000]
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0, main_text(page)[:2000]
    assert "Traceback" not in main_text(page)
    assert page.dialogs == []
    assert [e for e in page.errors if e not in OFFLINE_MAP_ERRORS] == []


def point_on_screen(page, lat: float, lon: float) -> tuple[float, float]:
    """Where MapLibre draws (lat, lon) on the page's first map, in page pixels."""
    return tuple(page.evaluate(
        """([lat, lon]) => {
            const gd = document.querySelectorAll('.js-plotly-plot')[0];
            const map = gd._fullLayout.map._subplot.map;
            const p = map.project([lon, lat]);
            const box = map.getCanvas().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        [lat, lon],
    ))


def test_a_click_on_a_map_point_opens_its_site_page(open_page, shoot):
    page = open_page("/map?type=data_center")
    wait_for_charts(page, 1)
    page.wait_for_function(
        "() => { const gd = document.querySelectorAll('.js-plotly-plot')[0];"
        " return gd && gd._fullLayout.map && gd._fullLayout.map._subplot.map.loaded(); }",
        timeout=30_000,
    )
    site_id, lat, lon = ESCAUDAIN
    x, y = point_on_screen(page, lat, lon)
    page.mouse.move(x, y)
    page.wait_for_timeout(300)  # the hover label, then the click (plotly's own click detection)
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/site\?.*id=escaudain-dc"), timeout=30_000)
    devserver.wait_for_app(page)
    page.wait_for_selector("h1")
    assert "Escaudain" in page.locator("h1").first.inner_text()
    wait_for_charts(page, 1)
    shoot("site-escaudain-from-map")
    assert_clean(page)


def test_site_page_in_english_draws_its_map_and_downloads_its_pdf(open_page, shoot):
    page = open_page("/site?id=escaudain-dc&lang=en")
    page.wait_for_selector("h1")
    text = main_text(page)
    for expected in ("Identity", "Nearest 400 kV substation", "Suitability", "Figures and their history",
                     "Land area", "The sources do not give the same figure", "Sources"):
        assert expected in text, expected
    assert "Identité" not in text
    wait_for_charts(page, 1)
    shoot("site-escaudain-en")
    with page.expect_download(timeout=90_000) as info:
        page.get_by_role("button", name=re.compile("Download the sheet")).click()
    download = info.value
    assert download.suggested_filename == "fiche_escaudain-dc_en.pdf"
    pdf = open(download.path(), "rb").read()
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 2
    words = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Escaudain" in words and "DCmag" in words and "data as of" in words
    assert_clean(page)


def test_site_page_in_french(open_page, shoot):
    page = open_page("/site?id=ex-bridgestone-bethune")
    page.wait_for_selector("h1")
    text = main_text(page)
    assert "Ancien site Bridgestone" in page.locator("h1").first.inner_text()
    for expected in ("Identité", "Site d'accueil et occupants", "Mecaware", "Aptitude", "Taux d'occupation"):
        assert expected in text, expected
    wait_for_charts(page, 1)
    shoot("site-bridgestone-fr")
    # A tenant's link opens its own page.
    page.get_by_role("link", name=re.compile("Mecaware")).first.click()
    page.wait_for_url(re.compile(r"/site\?.*id=mecaware-bethune"), timeout=30_000)
    devserver.wait_for_app(page)
    assert "Mecaware" in page.locator("h1").first.inner_text()
    assert_clean(page)


def test_unknown_id_shows_the_message_and_a_search_box(open_page, shoot):
    page = open_page("/site?id=<script>alert(1)</script>")
    page.wait_for_selector('[data-testid="stSelectbox"]')
    text = main_text(page)
    assert "Aucun site n'a l'identifiant « <script>alert(1)</script> »" in text
    shoot("site-unknown-id")
    page.locator('[data-testid="stSelectbox"]').click()
    page.keyboard.type("Escaudain")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"id=escaudain-dc"), timeout=30_000)
    devserver.wait_for_app(page)
    assert "Escaudain" in page.locator("h1").first.inner_text()
    assert_clean(page)
