"""Answers first (issue 24): at 1400×900, without scrolling, /siting shows its score map and the
ranking's first ranks, /map its map at the main column's full width, /site its key figures and its
score (beside its small map). Each page is opened at the top; what is asserted is the element's
box within the viewport (the whole map, the first rows), measured in the page."""

from __future__ import annotations

import numpy as np
from PIL import Image

from tests.browser.conftest import SCREENSHOTS, VIEWPORT
from tests.fixtures import assert_page_clean
from tests.devserver import viewport_screenshot, wait_for_charts

MAIN_COLUMN = '[data-testid="stMainBlockContainer"]'
RANKING_TABLE = '[data-testid="stMain"] [data-testid="stMarkdown"] table'
SUBHEADINGS = '[data-testid="stMain"] h3'


def on_first_screen(box: dict | None) -> bool:
    """The whole box within the 1400×900 viewport (the page not scrolled)."""
    return (box is not None and box["y"] >= 0 and box["x"] >= 0 and box["y"] + box["height"] <= VIEWPORT["height"]
            and box["x"] + box["width"] <= VIEWPORT["width"])


def first_screen(page, name: str):
    """The first screen's screenshot (its maps painted: devserver.viewport_screenshot), as an RGB array."""
    assert page.viewport_size == VIEWPORT
    assert page.evaluate("() => window.scrollY") == 0
    path = viewport_screenshot(page, SCREENSHOTS / f"{name}-first-screen-1400x900.png")  # the viewport only
    return np.asarray(Image.open(path).convert("RGB")).astype(int)


# The colour of the map's point of role `role` (its marker), as RGB.
POINT_COLOUR_JS = """role => { const plot = document.querySelector('.js-plotly-plot');
    const trace = plot._fullData.find(t => t.meta && t.meta.role === role);
    const hex = trace.marker.color.replace('#', '');
    return [0, 2, 4].map(i => parseInt(hex.slice(i, i + 2), 16)); }"""


MAP_AREA_JS = """() => { const plot = document.querySelector('.js-plotly-plot');
    const box = plot.getBoundingClientRect(), size = plot._fullLayout._size;
    return {x: box.left + size.l, y: box.top + size.t, width: size.w, height: size.h}; }"""


def pixels_of(image, box: dict, colour: list[int], tolerance: int = 30) -> int:
    """How many pixels of `image` within `box` (CSS px = image px here) are `colour`, give or take."""
    part = image[int(box["y"]):int(box["y"] + box["height"]), int(box["x"]):int(box["x"] + box["width"])]
    return int((np.abs(part - np.array(colour)).max(axis=2) <= tolerance).sum())


def test_siting_shows_its_map_and_first_ranks(open_page):
    page = open_page("/siting")
    wait_for_charts(page, 1)
    page.wait_for_selector(RANKING_TABLE)
    first_screen(page, "siting")
    plot = page.locator(".js-plotly-plot").first.bounding_box()
    assert on_first_screen(plot), plot
    rows = page.locator(RANKING_TABLE).first.locator("tbody tr")
    assert rows.count() >= 3
    for rank in range(3):
        assert on_first_screen(rows.nth(rank).bounding_box()), rank
    assert_page_clean(page)


def test_map_shows_its_map_at_full_width(open_page):
    page = open_page("/map")
    wait_for_charts(page, 1)
    first_screen(page, "map")
    plot = page.locator(".js-plotly-plot").first.bounding_box()
    column = page.locator(MAIN_COLUMN).first.bounding_box()
    padding = page.evaluate(f"""() => {{ const s = getComputedStyle(document.querySelector('{MAIN_COLUMN}'));
        return parseFloat(s.paddingLeft) + parseFloat(s.paddingRight); }}""")
    assert on_first_screen(plot), plot
    assert plot["width"] >= 0.9 * (column["width"] - padding), (plot, column, padding)
    # the controls come under it
    layers = page.locator('[data-testid="stMain"] [data-testid="stButtonGroup"]').first.bounding_box()
    assert layers["y"] > plot["y"] + plot["height"], (layers, plot)
    assert_page_clean(page)


def test_site_shows_its_key_figures_and_score_beside_its_map(open_page):
    page = open_page("/site?id=ex-bridgestone-bethune")
    wait_for_charts(page, 1)
    image = first_screen(page, "site")
    headings = page.locator(SUBHEADINGS)
    key_figures = headings.filter(has_text="Chiffres clés").first
    score = headings.filter(has_text="Aptitude").first
    assert on_first_screen(key_figures.bounding_box())
    figures = page.locator('[data-testid="stMain"] li').filter(has_text="Investissement").first
    last = page.locator('[data-testid="stMain"] li').filter(has_text="Mise en service").first
    assert on_first_screen(figures.bounding_box()) and on_first_screen(last.bounding_box())
    score_line = page.get_by_text("Score ", exact=False).first  # "Score 63/100 · rang 2 sur …"
    assert on_first_screen(score.bounding_box()) and on_first_screen(score_line.bounding_box())
    plot = page.locator(".js-plotly-plot").first.bounding_box()
    assert on_first_screen(plot), plot
    assert plot["x"] > key_figures.bounding_box()["x"] + 300  # beside them, not under
    # The screenshot shows the map's points, not an empty square (it waits until MapLibre painted them):
    # the site's marker (18 px across) in its colour within the map's area (its legend is under it).
    area = page.evaluate(MAP_AREA_JS)
    assert pixels_of(image, area, page.evaluate(POINT_COLOUR_JS, "site")) >= 150
    identity = headings.filter(has_text="Identité").first.bounding_box()
    assert identity["y"] > score.bounding_box()["y"]  # the identity card follows
    assert_page_clean(page)


def test_a_screenshot_waits_until_the_maps_points_are_painted(open_page, page):
    """CI's /site first screen showed the small map as an empty square: the screenshot was taken when
    plotly had drawn the chart but MapLibre had not yet painted its points. On a CPU slowed four
    times, the screenshot (devserver.viewport_screenshot) still shows the site's point."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page = open_page("/site?id=ex-bridgestone-bethune")
    wait_for_charts(page, 1)  # the chart drawn: its canvas there, its style loaded
    image = first_screen(page, "site-slow-cpu")
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
    assert pixels_of(image, page.evaluate(MAP_AREA_JS), page.evaluate(POINT_COLOUR_JS, "site")) >= 150
