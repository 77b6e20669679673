"""The PNG / SVG / PDF buttons in each chart's "Export" menu deliver a file rendered on the server (kaleido in
the system's Chromium), named after the page, the chart, the filters and the date, with the
chart's title, the active filters and the source line."""

from __future__ import annotations

import struct
import time
import xml.etree.ElementTree as ET

from tests import devserver

SVG_NS = "{http://www.w3.org/2000/svg}"


def open_export_menu(page, index: int = 0):
    """Open the index-th chart's "Export" menu (its buttons are drawn once opened); the menu's body."""
    if page.locator('[data-testid="stPopoverBody"]').count():  # another menu open: closed first
        page.keyboard.press("Escape")
        page.locator('[data-testid="stPopoverBody"]').wait_for(state="detached")
    menu = page.locator('[data-testid="stPopoverButton"]').filter(has_text="Export").nth(index)  # or « Exporter »
    menu.scroll_into_view_if_needed()
    menu.click()
    body = page.locator('[data-testid="stPopoverBody"]')
    body.locator('[data-testid="stDownloadButton"]').first.wait_for()
    return body


def download(page, label: str, index: int = 0):
    """Click the `label` download button of the index-th chart's menu; (suggested file name, bytes, seconds)."""
    button = open_export_menu(page, index).locator('[data-testid="stDownloadButton"] button').filter(has_text=label).first
    started = time.perf_counter()
    with page.expect_download(timeout=90_000) as info:
        button.click()
    item = info.value
    path = item.path()
    seconds = time.perf_counter() - started
    return item.suggested_filename, path.read_bytes(), seconds


def test_png_button_delivers_a_2x_png_named_after_the_view(open_page, shoot):
    page = open_page("/?type=data_center")
    devserver.wait_for_charts(page, 1)
    devserver.wait_for_app(page)  # the buttons come after the chart in the run: count them once it is over
    menus = page.locator('[data-testid="stPopoverButton"]').filter(has_text="Exporter")
    assert menus.count() >= 1  # one per chart drawn
    assert page.locator('[data-testid="stDownloadButton"]').count() == 0  # the formats once a menu is opened
    buttons = open_export_menu(page).locator('[data-testid="stDownloadButton"]')
    assert buttons.count() == 3 and all(buttons.filter(has_text=fmt).count() == 1 for fmt in ("PNG", "SVG", "PDF"))
    shoot("export-buttons-overview")
    name, data, seconds = download(page, "PNG")
    print(f"PNG download (cold or warm exporter): {seconds:.2f} s")
    assert name == "overview__projects-by-status__type-data_center.png"  # as `python -m dashboard.export` names it
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 2400 and height > 600  # 1200 CSS px at 2×
    assert len(data) > 30_000
    # A second click reuses the running exporter (and the cached image).
    _, again, seconds = download(page, "PNG")
    print(f"PNG download again: {seconds:.2f} s")
    assert again == data
    assert devserver.exception_count(page) == 0


def test_svg_button_carries_title_filters_and_sources(open_page):
    page = open_page("/investment?dep=59&lang=en")
    devserver.wait_for_charts(page, 1)
    name, data, _ = download(page, "SVG")
    assert name == "investment__investment-by-project__dep-59_lang-en.svg"
    root = ET.fromstring(data)
    text = " ".join("".join(el.itertext()) for el in root.iter(SVG_NS + "text"))
    assert "Investment by project" in text
    assert "Département: 59 Nord" in text
    assert "Source" in text and "data as of" in text


def test_pdf_button_on_the_map_page(open_page):
    page = open_page("/map?dep=62")
    devserver.wait_for_charts(page, 1)
    name, data, seconds = download(page, "PDF")
    print(f"map PDF download: {seconds:.2f} s")
    assert name == "map__site-map__dep-62.pdf"
    assert data[:5] == b"%PDF-" and b"%%EOF" in data[-64:]
    assert len(data) > 10_000



def test_the_toolbar_has_no_camera_and_the_chart_no_export_block(open_page):
    """plotly's camera would give an image without the title block and the source line: the toolbar
    shows its other tools, not the camera, and the chart on screen carries no source legend."""
    page = open_page("/investment")
    devserver.wait_for_charts(page, 1)
    page.locator(".js-plotly-plot").first.hover()
    page.wait_for_selector(".modebar-btn", state="attached")
    titles = page.evaluate("() => Array.from(document.querySelectorAll('.modebar-btn')).map(b => b.dataset.title)")
    assert titles and "Download plot as a PNG" not in titles
    names = page.evaluate("() => document.querySelectorAll('.js-plotly-plot')[0].data.map(t => t.name || '')")
    assert not [name for name in names if name.startswith("Source")]
