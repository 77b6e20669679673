"""A map's frame (figures.base.map_frame), on /siting's score map, /map's map and /site's small map,
with the real data, at 1400×900 and 800 px wide: the modebar (shown on hover) clear of the title,
the title whole within the chart, the legend under the map, not over the region's north, and the
area the figure declares (the region) whole on the map."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS
from tests.devserver import viewport_screenshot, wait_for_charts, wait_for_relayout
from tests.fixtures import assert_page_clean

# The first map chart's boxes in the page: the chart, its modebar, title, legend and plot area.
BOXES_JS = """() => {
    const plot = Array.from(document.querySelectorAll('.js-plotly-plot')).find(p => p._fullLayout && p._fullLayout.map);
    const box = e => { if (!e) return null; const r = e.getBoundingClientRect();
        return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
    const chart = box(plot), size = plot._fullLayout._size;
    return {chart, modebar: box(plot.querySelector('.modebar')), title: box(plot.querySelector('.gtitle')),
            legend: box(plot.querySelector('.legend')),
            area: {left: chart.left + size.l, top: chart.top + size.t, right: chart.left + size.l + size.w,
                   bottom: chart.top + size.t + size.h}};
}"""


# The area the first map's figure declares (layout.meta.fit_bounds) and the area its map shows.
AREAS_JS = """() => {
    const plot = Array.from(document.querySelectorAll('.js-plotly-plot')).find(p => p._fullLayout && p._fullLayout.map);
    const map = plot._fullLayout.map._subplot.map, b = map.getBounds();
    return {declared: (plot.layout.meta || {}).fit_bounds || null,
            shown: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]};
}"""


def overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.mark.parametrize("width", [1400, 800])
@pytest.mark.parametrize("path", ["/siting", "/map", "/site?id=escaudain-dc"])
def test_nothing_lies_over_a_maps_title_or_its_north(open_page, path, width):
    page = open_page(path)
    page.set_viewport_size({"width": width, "height": 900})
    wait_for_relayout(page)
    wait_for_charts(page, 1)
    chart = page.locator(".js-plotly-plot").first
    chart.scroll_into_view_if_needed()
    chart.hover()  # the modebar shows on hover
    page.wait_for_selector(".js-plotly-plot .modebar", state="visible")
    boxes = page.evaluate(BOXES_JS)
    name = path.strip("/").split("?")[0]
    viewport_screenshot(page, SCREENSHOTS / f"map-frame-{name}-{width}.png")
    chart_box, title, legend, area = boxes["chart"], boxes["title"], boxes["legend"], boxes["area"]
    assert not overlap(boxes["modebar"], title), boxes
    assert chart_box["left"] <= title["left"] and title["right"] <= chart_box["right"], boxes  # whole, not cut
    assert title["bottom"] <= area["top"] + 1, boxes
    assert legend["top"] >= area["bottom"] - 1 and legend["bottom"] <= chart_box["bottom"] + 1, boxes  # under the map
    # The whole area on screen, at any width: a fixed zoom cut Dunkerque and Gravelines off.
    areas = page.evaluate(AREAS_JS)
    assert (areas["declared"] is None) == path.startswith("/site?"), areas  # /site's map is the site's own
    if areas["declared"] is not None:
        (west, south, east, north), shown = areas["declared"], areas["shown"]
        assert shown[0] <= west and shown[1] <= south and east <= shown[2] and north <= shown[3], areas
    assert_page_clean(page)
