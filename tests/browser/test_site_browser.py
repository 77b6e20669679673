"""The site page in a real browser: a click on a /map point opens it, lang=en works, an unknown id
shows a message and a search box, the map is drawn, the PDF downloads. Screenshots of each."""

from __future__ import annotations

import base64
import io
import re

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from pypdf import PdfReader

from tests import devserver
from tests.devserver import main_text, wait_for_charts
from tests.fixtures import assert_page_clean

LE_BOSQUEL = ("le-bosquel-dc", 49.73737, 2.21148)  # a data centre alone in its corner of the map
# A 1×1 PNG for the basemap's tiles: the tests run offline, and MapLibre's failing tile fetches
# keep a click from reaching Streamlit; served locally, the map behaves as it does online.
BLANK_TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="
)




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


def wait_for_site(page, site_id: str) -> None:
    """Streamlit changes page in place (history.pushState, no load event): wait for the address,
    then for the new page's run."""
    page.wait_for_function("id => new URLSearchParams(location.search).get('id') === id && "
                           "location.pathname.endsWith('/site')", arg=site_id, timeout=30_000)
    devserver.wait_for_app(page)


def wait_for_title(page, text: str) -> None:
    """The page's first heading holds `text` (the site page's title is the site's name)."""
    page.wait_for_function("text => { const h = document.querySelector('h1'); return h && h.innerText.includes(text); }",
                           arg=text, timeout=60_000)


def wait_for_text(page, text: str) -> None:
    page.wait_for_function("text => document.querySelector('[data-testid=\"stMain\"]').innerText.includes(text)",
                           arg=text, timeout=60_000)


def map_ready(page) -> None:
    wait_for_charts(page, 1)
    page.wait_for_function(
        "() => { const gd = document.querySelectorAll('.js-plotly-plot')[0];"
        " return gd && gd._fullLayout.map && gd._fullLayout.map._subplot.map.loaded(); }",
        timeout=30_000,
    )


HOVERED_JS = """() => { const gd = document.querySelectorAll('.js-plotly-plot')[0];
    return !!gd && (gd._hoverdata || []).length > 0; }"""


def click_point(page, lat: float, lon: float) -> None:
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    devserver.wait_for_relayout(page)  # at most the 300 ms pause it replaces
    x, y = point_on_screen(page, lat, lon)
    page.mouse.move(x, y)
    try:  # the hover label first, as a reader's pointer would (at most the 300 ms pause it replaces)
        page.wait_for_function(HOVERED_JS, timeout=300)
    except PlaywrightTimeout:
        pass
    page.mouse.click(x, y)


def test_a_click_on_a_map_point_opens_its_site_page(page, open_page, shoot):
    page.route("https://*.basemaps.cartocdn.com/**",
               lambda route: route.fulfill(status=200, content_type="image/png", body=BLANK_TILE))
    open_page("/map?type=data_center")
    map_ready(page)
    site_id, lat, lon = LE_BOSQUEL
    click_point(page, lat, lon)
    wait_for_site(page, site_id)
    wait_for_title(page, "Le Bosquel")
    wait_for_charts(page, 1)
    shoot("site-le-bosquel-from-map")
    assert_page_clean(page)


def test_a_click_on_the_offline_basemap_opens_the_site_page_in_english(open_page):
    page = open_page("/map?lang=en")
    map_ready(page)
    page.locator('[data-testid="stMain"] [data-testid="stButtonGroup"] button').filter(
        has_text="White background (offline)").click()
    page.wait_for_function("() => { const gd = document.querySelectorAll('.js-plotly-plot')[0];"
                           " return gd && gd.layout && gd.layout.map && gd.layout.map.style === 'white-bg'; }")
    devserver.wait_for_app(page)
    map_ready(page)
    site_id, lat, lon = LE_BOSQUEL
    click_point(page, lat, lon)
    wait_for_site(page, site_id)
    assert "lang=en" in page.url
    wait_for_title(page, "Le Bosquel")
    assert "Identity" in main_text(page)


def test_site_page_in_english_draws_its_map_and_downloads_its_pdf(open_page, shoot):
    page = open_page("/site?id=escaudain-dc&lang=en")
    wait_for_title(page, "Escaudain")
    wait_for_text(page, "Sources")
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
    assert_page_clean(page)


def test_site_page_in_french(open_page, shoot):
    page = open_page("/site?id=ex-bridgestone-bethune")
    wait_for_title(page, "Ancien site Bridgestone")
    wait_for_text(page, "Mecaware")
    text = main_text(page)
    for expected in ("Identité", "Site d'accueil et occupants", "Mecaware", "Aptitude", "Taux d'occupation"):
        assert expected in text, expected
    wait_for_charts(page, 1)
    shoot("site-bridgestone-fr")
    # A tenant's link opens its own page.
    page.get_by_role("button", name=re.compile("Mecaware")).first.click()
    wait_for_site(page, "mecaware-bethune")
    wait_for_title(page, "Mecaware")
    assert_page_clean(page)


def test_unknown_id_shows_the_message_and_a_search_box(open_page, shoot):
    page = open_page("/site?id=<script>alert(1)</script>")
    page.wait_for_selector('[data-testid="stSelectbox"]')
    text = main_text(page)
    assert "Aucun site n'a l'identifiant « <script>alert(1)</script> »" in text
    shoot("site-unknown-id")
    page.locator('[data-testid="stSelectbox"]').click()
    page.keyboard.type("Escaudain")
    page.keyboard.press("Enter")
    wait_for_site(page, "escaudain-dc")
    wait_for_title(page, "Escaudain")
    assert_page_clean(page)
