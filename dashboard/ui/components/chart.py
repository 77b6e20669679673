"""A plotly chart with its downloads: PNG / SVG / PDF buttons in an "Export" menu under it, rendered on the server by
dashboard.export when clicked (Streamlit's deferred download data), the last images kept in memory
(a byte-size LRU).

The modebar has no camera: plotly draws its PNG from the chart as the page shows it, without the
title block and the source line every exported image carries. Carrying them on screen (a source
legend as wide as the image, margins for a fallback font) made plotly lay each chart out twice,
about 0.05× of a page's load, and squeezed long-labelled charts; the menu's PNG is the one image
a reader gets, with its sources."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st
from cachetools import LRUCache

from dashboard.data import repository as data
from dashboard.domain.filters import Filters
from dashboard.export.batch import export_figure, export_title
from dashboard.export.decoration import DEFAULT_WIDTH
from dashboard.export.naming import chart_file_stem
from dashboard.export.renderer import FORMATS, MIME_TYPES, BrowserNotFoundError, RenderOptions, find_browser
from dashboard.figures.registry import chart_by_id
from dashboard.i18n import t
from dashboard.ui.components.map_view import map_views

PAGE_PNG_SCALE = 2  # in-page PNG downloads, sharp on high-density screens
# plotly's toolbar without its PNG (see the module's docstring) nor plotly's logo.
CHART_CONFIG = {"modeBarButtonsToRemove": ["toImage"], "displaylogo": False}
CACHE_MAX_BYTES = 64 * 1024 * 1024
# Rendered images by (figure, title, filters, language, options, data date); sized in bytes.
_CACHE: LRUCache[str, bytes] = LRUCache(maxsize=CACHE_MAX_BYTES, getsizeof=len)
_CACHE_LOCK = threading.Lock()



def _cached_export(key: str, make: Callable[[], bytes]) -> bytes:
    with _CACHE_LOCK:
        if key in _CACHE:
            return _CACHE[key]
    image = make()
    with _CACHE_LOCK:
        if len(image) <= CACHE_MAX_BYTES:  # LRUCache refuses a value larger than the whole cache
            _CACHE[key] = image
    return image


def title_bold_once(fig: go.Figure) -> dict:
    """The figure as the page sends it (a dict: `fig`, often a cached figure, is left as it is):
    its title moved, in bold, into its own template's layout.

    Streamlit's theme (PlotlyChart in its frontend) wraps layout.title.text in <b>…</b> when it
    themes a figure, and themes the already themed figure again when the chart mounts: every
    title read `<b><b>…</b></b>`. A title only in the template is drawn by plotly all the same
    and left alone by that wrapping, so it is bold once."""
    sent = fig.to_dict()
    title = sent["layout"].get("title") or {}
    if title.get("text"):
        del sent["layout"]["title"]
        template = sent["layout"].setdefault("template", {}).setdefault("layout", {})
        template["title"] = {**title, "text": f"<b>{title['text']}</b>"}
    return sent


def chart_key(chart_id: str) -> str:
    """The session key of a chart's element (its selection event, when it has one)."""
    return f"chart-{chart_id}"


def chart(fig, chart_id: str, page: str, filters: Filters, lang: str, *, select_points: bool = False,
          on_click: Callable[[], None] | None = None):
    """A plotly chart with PNG / SVG / PDF downloads under it, rendered on the server on click.
    With `select_points`, a click on a point reruns the page and the selection event is returned
    (else None); with `on_click`, that function runs first, before the page's script (it reads the
    event under chart_key(chart_id))."""
    selection = ({"on_select": on_click or "rerun", "selection_mode": "points"} if select_points or on_click else {})
    event = st.plotly_chart(title_bold_once(fig), config=CHART_CONFIG, key=chart_key(chart_id), width="stretch",
                            **selection)
    if isinstance(fig.layout.meta, dict) and fig.layout.meta.get("fit_bounds"):
        # A map: fitted to its area at the size the page gives it; one whose click redraws it
        # (a candidate added on /siting) keeps the reader's zoom and pan.
        map_views(chart_key(chart_id) if on_click else None)
    download_buttons(fig, chart_id, page, filters, lang)
    return event if select_points else None


def download_buttons(fig: go.Figure, chart_id: str, page: str, filters: Filters, lang: str) -> None:
    """PNG (2×), SVG and PDF downloads in an "Export" menu under a chart; the image is rendered when clicked."""
    try:
        spec = chart_by_id(chart_id)
    except KeyError:
        spec = None  # not in the registry: the figure's own title
    title = export_title(fig, spec, lang)
    stem = chart_file_stem(page, chart_id, filters)
    dataset = data.load_dataset()[0].in_language(lang)  # cached; read here, in the script's thread
    try:
        find_browser()
        unavailable = ""
    except BrowserNotFoundError as exc:
        unavailable = t("chart.no_browser_help", lang, error=str(exc))

    def make(fmt: str) -> Callable[[], bytes]:
        options = RenderOptions(fmt, DEFAULT_WIDTH, None, PAGE_PNG_SCALE if fmt == "png" else 1)

        def produce() -> bytes:  # runs on click, in a thread of its own
            described = json.dumps([title, filters.to_query_params(), lang, options.as_kaleido(), str(dataset.as_of)])
            key = hashlib.sha256((fig.to_json() + described).encode()).hexdigest()
            return _cached_export(key, lambda: export_figure(fig, title, filters, lang, dataset, options, tiles=True))

        return produce

    # The formats in one "Export" menu under the chart: three buttons drawn at load cost every chart
    # page about 2 % of a bare page's load (Streamlit's download button code comes with the first one);
    # the menu's content is drawn once opened.
    menu = st.popover(t("chart.export", lang), icon=":material/download:", help=t("chart.export_help", lang))
    for fmt in FORMATS:
        with menu:
            st.download_button(
                fmt.upper(),
                data=make(fmt),
                file_name=f"{stem}.{fmt}",
                mime=MIME_TYPES[fmt],
                key=f"export-{page}-{chart_id}-{fmt}",
                on_click="ignore",
                icon=":material/download:",
                help=unavailable or t("chart.download_help", lang, fmt=fmt.upper()),
                disabled=bool(unavailable),
                width="stretch",
            )


