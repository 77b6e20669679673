"""Charts as images (PNG, SVG, PDF), rendered on the server by kaleido in the system's Chromium.

In the app, `download_buttons` (called by `components.chart`) puts PNG / SVG / PDF downloads
beside each chart; the image is rendered only when the button is clicked. In batch:

    python -m dashboard.export --out DIR [--format png|svg|pdf] [--lang fr|en]
        [--type T[,T…]] [--dep D[,D…]] [--status S[,S…]] [--site ID[,ID…]]
        [--width W] [--height H] [--scale S] [--timeout SECONDS] [--tiles]

writes every chart of every page (maps included) for the given filters and prints one line per
file written. File names are predictable:

    <page>__<chart_id>[__<filters>].<ext>

where `<filters>` is absent when no filter is active and the language is French, else the
query parameters of the view joined as `type-data_center+battery_dep-59_lang-en` (parameters in
the order type, site, dep, status, lang; values joined by `+`; any other character than
letters, digits, `-`, `_`, `+`, `.` replaced by `-`). A `<filters>` part longer than 100
characters is replaced by `filters-<10 hex digits of its SHA-1>`.

Exit codes: 0 all written; 1 an export failed (Chromium missing, a chart timed out or failed:
the others are still written); 2 bad arguments (unknown format, language or filter value, a
folder that cannot be written, a non-positive size).

Every exported image carries the chart's title, the active filters in words as a subtitle and a
source line (publishers and dates of the sources behind the plotted data, and the data's as-of
date), in the chosen language. Maps are exported on MapLibre's offline "white-bg" style (outlines
and points, no tiles) unless tiles are asked for (`--tiles`; the in-page buttons always ask) and
their server answers.

One Chromium serves every export of the process (a lazily started, thread-safe singleton:
`get_exporter()`), so only the first export pays for the browser start. Each chart has a time
limit (`--timeout`, default 30 s) after which its export fails with a clear error; a browser
that stopped answering or died is replaced on the next export. Chromium is `BROWSER_PATH` when
set, else `chromium` (or `chromium-browser`, `google-chrome`) found on PATH; without it the
message says how to install it (apt-get install chromium). In the app, the PNG (2×), SVG and PDF
buttons render on click (Streamlit's deferred download data) and keep the last images in memory.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.filters import FILTER_PARAMS, Choices, Filters
from dashboard.i18n import fmt_date, is_unknown, label_status, label_type, t, tr
from dashboard.domain.schema import DEPARTEMENTS, LANGUAGES

FORMATS = ("png", "svg", "pdf")
MIME_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
DEFAULT_WIDTH = 1200  # CSS pixels
DEFAULT_HEIGHT = 700
DEFAULT_SCALE = 1.0
PAGE_PNG_SCALE = 2  # in-page PNG downloads, like the modebar's
DEFAULT_TIMEOUT = 30.0  # seconds per chart
STARTUP_TIMEOUT = 60.0  # seconds for Chromium to start
RELOAD_MARGIN = 15.0  # beyond a render's limit, the browser is deemed stuck (and replaced)
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
OFFLINE_MAP_STYLE = "white-bg"
# Tile hosts of plotly.js's built-in map styles, to tell whether tiles can be reached.
TILE_HOSTS = {"carto": "basemaps.cartocdn.com", "open-street-map": "tile.openstreetmap.org"}
MAX_FILTER_PART = 100

TEXT = {
    "fr": {
        "all_sites": "Tous les sites",
        "source_one": "Source",
        "source_many": "Sources",
        "no_source": "non renseignée",
        "more_sources": "et {n} autre(s)",
        "colon": "\u00a0:",
        "download_help": "Image {fmt} du graphique avec son titre, les filtres actifs et ses sources.",
        "no_browser_help": "Export indisponible : {error}",
    },
    "en": {
        "all_sites": "All sites",
        "source_one": "Source",
        "source_many": "Sources",
        "no_source": "not given",
        "more_sources": "and {n} more",
        "colon": ":",
        "download_help": "{fmt} image of the chart with its title, the active filters and its sources.",
        "no_browser_help": "Export unavailable: {error}",
    },
}


class ExportError(Exception):
    """An export that could not be done; the message says what and what to do."""


class BrowserNotFoundError(ExportError):
    """No Chromium to render with."""


# --------------------------------------------------------------------------------------------
# Decoration: title, filters as a subtitle, source line


def _esc(text: object) -> str:
    """Plotly renders a little HTML in text: escape data values (entities are decoded)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def filters_in_words(filters: Filters, lang: str, site_names: Mapping[str, str] | None = None) -> str:
    """The active filters, in words: 'Type : Centre de données · Département : 62 Pas-de-Calais'."""
    if not filters.active:
        return tr(TEXT, "all_sites", lang)
    names = site_names or {}
    colon = tr(TEXT, "colon", lang)
    parts = []
    if filters.types:
        parts.append(t("filter_type", lang) + colon + " " + ", ".join(label_type(v, lang) for v in filters.types))
    if filters.deps:
        deps = ", ".join(f"{v} {DEPARTEMENTS[v]}" if v in DEPARTEMENTS else v for v in filters.deps)
        parts.append(t("filter_dep", lang) + colon + " " + deps)
    if filters.statuses:
        statuses = ", ".join(label_status(v, lang) for v in filters.statuses)
        parts.append(t("filter_status", lang) + colon + " " + statuses)
    if filters.sites:
        parts.append(t("filter_site", lang) + colon + " " + ", ".join(str(names.get(v, v)) for v in filters.sites))
    return " · ".join(parts)


def source_ids_of(fig: go.Figure) -> list[str]:
    """The source ids a builder put in `fig.layout.meta["source_ids"]`, in order, once each."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    ids = meta.get("source_ids", [])
    if isinstance(ids, str):
        ids = [part for part in ids.split(";") if part]
    return list(dict.fromkeys(str(i) for i in ids))


def open_data_of(fig: go.Figure) -> list[str]:
    """Open datasets drawn in the figure (`fig.layout.meta["open_data"]`), e.g. ["outlines"]."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return [str(name) for name in meta.get("open_data", [])]


def _short_date(value: object, lang: str) -> str:
    """16/09/2025, 09/2025 or 2025: a source's date at its own precision, compactly."""
    text = str(value)
    parts = text[:10].split("-")
    if len(parts) == 3:
        return f"{parts[2]}/{parts[1]}/{parts[0]}"
    if len(parts) == 2:
        return f"{parts[1]}/{parts[0]}"
    return text


def source_line(source_ids: Iterable[str], sources: pd.DataFrame, lang: str, as_of: object = None,
                open_data: Iterable[str] = (), max_publishers: int = 60) -> str:
    """'Sources : Horizon Actu (16/09/2025), INSEE (01/01/2024, 2023) — données au 2 juin 2026'.

    Each cited source is written as its publisher with its publication date (one entry per
    publisher, its dates in order); an id missing from `sources` is written as is; open datasets
    as their publisher and title.
    """
    by_id = sources.drop_duplicates("source_id").set_index("source_id") if not sources.empty else pd.DataFrame()
    dates: dict[str, list[str]] = {}
    for sid in source_ids:
        if sid in by_id.index:
            row = by_id.loc[sid]
            publisher = "" if is_unknown(row.get("publisher")) else str(row["publisher"])
            published = row.get("published")
            entry = dates.setdefault(publisher or sid, [])
            if not is_unknown(published) and str(published) not in entry:
                entry.append(str(published))
        else:
            dates.setdefault(sid, [])
    cited = [f"{name} ({', '.join(_short_date(d, lang) for d in sorted(days))})" if days else name
             for name, days in sorted(dates.items(), key=lambda item: item[0].casefold())]
    if open_data:
        from dashboard.data.opendata import DATASETS

        for name in open_data:
            dataset = DATASETS.get(name)
            text = f"{dataset.publisher} ({dataset.title})" if dataset else name
            if text not in cited:
                cited.append(text)
    colon = tr(TEXT, "colon", lang)
    key = "source_many" if len(cited) > 1 else "source_one"
    if cited:
        listed = ", ".join(cited[:max_publishers])
        if len(cited) > max_publishers:
            listed += " " + tr(TEXT, "more_sources", lang, n=len(cited) - max_publishers)
    else:
        listed = tr(TEXT, "no_source", lang)
    line = f"{tr(TEXT, key, lang)}{colon} {listed}"
    if not is_unknown(as_of) and str(as_of):
        line += f" — {t('as_of', lang)} {fmt_date(str(as_of), lang)}"
    return line


def _wrap(text: str, width_chars: int, separators: tuple[str, ...] = (", ", " · ", " — ", " ")) -> list[str]:
    """Split a line into lines of at most `width_chars`, preferably after a separator."""
    lines: list[str] = []
    rest = text
    while len(rest) > width_chars:
        cut = -1
        for sep in separators:
            found = rest.rfind(sep, 0, width_chars)
            if found > width_chars // 3:
                cut = found + len(sep.rstrip())
                break
        if cut <= 0:
            cut = width_chars
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    lines.append(rest)
    return lines


TITLE_SIZE = 20
SUBTITLE_SIZE = 13
SOURCE_SIZE = 11
LINE_HEIGHT = 1.4
CHAR_WIDTH = 0.56  # average glyph width / font size (Open Sans / Arial), to wrap long lines
EDGE = 16  # px between the image's left edge and the title block / source line
MAP_TRACE_TYPES = ("scattermap", "choroplethmap", "densitymap")
TITLE_TRACE_NAME = "export-title-block"
SOURCE_TRACE_NAME = "export-source-line"


def _has_map(fig: go.Figure) -> bool:
    return any(trace.type in MAP_TRACE_TYPES for trace in fig.data)


def _has_cartesian(fig: go.Figure) -> bool:
    return any(hasattr(trace, "xaxis") and hasattr(trace, "yaxis") for trace in fig.data)


def _legend_ids(fig: go.Figure) -> list[str]:
    return [key for key in fig.layout if key == "legend" or re.fullmatch(r"legend\d+", key)]


def _shows_legend_by_default(fig: go.Figure) -> bool:
    """What plotly does with `showlegend` unset: a legend when two traces or more have an entry."""
    entries = [tr for tr in fig.data if tr.showlegend is not False and tr.visible is not False]
    return len(entries) >= 2 or any(tr.type in ("pie", "funnelarea", "sunburst") for tr in fig.data)


def _text_legend(fig: go.Figure, uid: str, name: str, legend: dict) -> None:
    """A block of text held by a legend of its own: an invisible anchor trace whose legend entry
    is `name`, in a legend laid out by `legend` (container coordinates)."""
    existing = _legend_ids(fig)
    legend_id = f"legend{max([1, *(int(key[6:] or 1) for key in existing)]) + 1}"
    cartesian = next((tr for tr in fig.data if hasattr(tr, "xaxis") and tr.uid not in
                      (TITLE_TRACE_NAME, SOURCE_TRACE_NAME)), None)
    if cartesian is not None:
        xaxis, yaxis = cartesian.xaxis or "x", cartesian.yaxis or "y"
    else:  # maps, pies: plotly's first axes, hidden (nothing drawn)
        xaxis, yaxis = "x", "y"
        fig.update_layout(xaxis={"visible": False}, yaxis={"visible": False})
    fig.add_trace(go.Scatter(x=[None], y=[None], xaxis=xaxis, yaxis=yaxis, mode="lines",
                             line={"width": 0, "color": "rgba(0,0,0,0)"}, name=name, legend=legend_id,
                             showlegend=True, hoverinfo="skip", uid=uid))
    fig.layout[legend_id] = {
        "yref": "container", "xanchor": "left", "orientation": "h",
        "itemwidth": 30, "indentation": -15, "bgcolor": "rgba(0,0,0,0)", "borderwidth": 0,
        "itemclick": False, "itemdoubleclick": False, "visible": True, **legend,
    }


def _legends_to_keep_visible(fig: go.Figure) -> None:
    """Adding legends must not show the builder's own legend when plotly would have hidden it."""
    main_visible = _shows_legend_by_default(fig) if fig.layout.showlegend is None else bool(fig.layout.showlegend)
    if not main_visible:
        for key in _legend_ids(fig):
            fig.layout[key].visible = False
    fig.layout.showlegend = True


def _move_bottom_legends(fig: go.Figure, height: int, above_px: int) -> None:
    """The builder's legends under the plot (paper y < 0) move to just above the source line, in
    image coordinates: plotly then stacks plot, axis, legend and source line without overlap."""
    for key in _legend_ids(fig):
        legend = fig.layout[key]
        if legend.visible is False or legend.yref == "container" or legend.y is None or legend.y >= 0:
            continue
        legend.update(yref="container", y=above_px / height, yanchor="bottom")


def decorate_for_export(
    fig: go.Figure,
    title: str | None,
    filters: Filters,
    lang: str,
    sources: pd.DataFrame,
    *,
    as_of: object = None,
    site_names: Mapping[str, str] | None = None,
    width: int | None = None,
    height: int | None = None,
) -> go.Figure:
    """A copy of `fig` with the title, the active filters as a subtitle and the source line.

    `title` None keeps the figure's own title (as plotly text: its markup stays), else `title` is
    plain text (escaped, wrapped). The figure's own subtitle, if any, stays above the filters.
    The source line names the sources of
    `fig.layout.meta["source_ids"]` (publisher and date from `sources`), the open data of
    `meta["open_data"]`, and the data's `as_of`. The copy has an explicit width (default
    DEFAULT_WIDTH) and height (default: the figure's own height plus room for the title block and
    the source line, so the plot keeps its size).

    Layout: plotly's own title cannot hold several lines reliably (its multi-line titles and
    subtitles are misplaced), and annotations can only be placed relative to the plot, which
    plotly moves when it fits margins. Legends can be anchored to the image itself: the title
    block (title, then the filters) is the title and the one entry of a legend at the top of the
    image, the source line the one entry of a legend at its bottom, and plotly reserves their
    height, so nothing overlaps or is clipped whatever the builder put around its plot.
    """
    out = go.Figure(fig)  # a deep copy: the page's figure is left as it is
    width = int(width or DEFAULT_WIDTH)
    title_chars = max(20, int((width - 2 * EDGE) / (TITLE_SIZE * CHAR_WIDTH)))
    if title is None:
        # The builder's title is plotly text already (its values escaped, maybe <br>, <sup>).
        own = str(out.layout.title.text or "")
        title_lines = own.split("<br>") if "<" in own else [_esc(line) for line in _wrap(own, title_chars)]
    else:
        title_lines = [_esc(line) for line in _wrap(str(title), title_chars)]
    subtitle_chars = max(30, int((width - 3 * EDGE) / (SUBTITLE_SIZE * CHAR_WIDTH)))
    # The builder's own subtitle (e.g. the site a history is about) comes first, as plotly text.
    own_sub = str(out.layout.title.subtitle.text or "")
    subtitle_lines = own_sub.split("<br>") if "<" in own_sub else [_esc(x) for x in _wrap(own_sub, subtitle_chars)]
    subtitle_lines = [line for line in subtitle_lines if line]
    subtitle_lines += [_esc(line) for line in _wrap(filters_in_words(filters, lang, site_names), subtitle_chars)]
    source_lines = [_esc(line) for line in _wrap(source_line(source_ids_of(fig), sources, lang, as_of,
                                                             open_data_of(fig)),
                                                 max(40, int((width - 4 * EDGE) / (SOURCE_SIZE * 0.53))))]
    title_block = int(len(title_lines) * TITLE_SIZE * LINE_HEIGHT + len(subtitle_lines) * SUBTITLE_SIZE * LINE_HEIGHT
                      + 30)
    is_map = _has_map(out)
    source_block = int(len(source_lines) * SOURCE_SIZE * LINE_HEIGHT + (20 if is_map else 12))

    margin = out.layout.margin
    old_top = margin.t if margin.t is not None else 100
    old_bottom = margin.b if margin.b is not None else 80
    # The builder's top margin held its one-line title (~50 px) and, beyond that, e.g. a legend;
    # its bottom margin may hold notes (annotations, which plotly does not count when fitting).
    top = title_block + max(0, old_top - 50 - 20 * len(own_sub.split("<br>") if own_sub else ()))
    bottom = old_bottom + source_block
    final_height = int(height or (fig.layout.height or DEFAULT_HEIGHT) + (top - old_top) + source_block)
    title_text, subtitle_text, source_text = ("<br>".join(lines) for lines in (title_lines, subtitle_lines,
                                                                                source_lines))
    out.update_layout(title={"text": "", "subtitle": {"text": ""}}, margin={"t": top, "b": bottom, "autoexpand": True},
                      width=width, height=final_height)
    if is_map and not _has_cartesian(out):
        # A map is drawn once, at the size of the first layout pass: anything that makes plotly
        # fit margins again afterwards (legends anchored to the image do) leaves it cropped.
        # Nothing around a map moves, so fixed margins and annotations are exact here.
        out.update_layout(margin={"l": max(margin.l or 0, EDGE), "r": max(margin.r or 0, EDGE)})
        note = {"xref": "paper", "yref": "paper", "x": 0, "y": 1, "xanchor": "left", "yanchor": "top",
                "showarrow": False, "align": "left"}
        title_h = len(title_lines) * TITLE_SIZE * LINE_HEIGHT
        out.add_annotation(text=title_text, yshift=top - 12, font={"size": TITLE_SIZE}, name=TITLE_TRACE_NAME,
                           **note)
        out.add_annotation(text=subtitle_text, yshift=top - 12 - title_h, name=TITLE_TRACE_NAME + "-filters",
                           font={"size": SUBTITLE_SIZE, "color": "#444444"}, **note)
        out.add_annotation(text=source_text, name=SOURCE_TRACE_NAME, font={"size": SOURCE_SIZE, "color": "#444444"},
                           **{**note, "y": 0}, yshift=-old_bottom - 8)
        return out
    _legends_to_keep_visible(out)
    _move_bottom_legends(out, final_height, source_block + 4)
    x = {"xref": "container", "x": EDGE / width}
    _text_legend(out, TITLE_TRACE_NAME, subtitle_text, {
        **x, "y": 1, "yanchor": "top",
        "title": {"text": title_text, "side": "top", "font": {"size": TITLE_SIZE}},
        "font": {"size": SUBTITLE_SIZE, "color": "#444444"},
    })
    _text_legend(out, SOURCE_TRACE_NAME, source_text, {
        **x, "y": 0, "yanchor": "bottom", "font": {"size": SOURCE_SIZE, "color": "#444444"},
    })
    return out


# --------------------------------------------------------------------------------------------
# Maps: offline by default


def tiles_reachable(style: object, timeout: float = 2.0) -> bool:
    """Whether the tile server of a map style answers (a TCP connection, `timeout` seconds)."""
    if not style or style == OFFLINE_MAP_STYLE:
        return False
    if isinstance(style, str) and style.startswith(("http://", "https://")):
        parsed = urllib.parse.urlparse(style)
        host, port = parsed.hostname, parsed.port or (443 if parsed.scheme == "https" else 80)
    elif isinstance(style, str):
        host, port = TILE_HOSTS.get(style, TILE_HOSTS["carto"]), 443
    else:
        return False  # an inline style object: nothing to check
    if not host:
        return False
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def prepare_maps(fig: go.Figure, tiles: bool = False) -> bool:
    """Put the maps of `fig` (in place) on the offline white-bg style: outlines (GeoJSON layers)
    and points stay, remote raster/vector layers go. With `tiles`, a map whose tile host is
    reachable keeps its style. Returns True when some map kept its tiles."""
    kept = False
    if not _has_map(fig):
        return kept
    keys = [key for key in fig.layout if key == "map" or re.fullmatch(r"map\d+", key)] or ["map"]
    for key in keys:
        subplot = fig.layout[key]
        if subplot.style == OFFLINE_MAP_STYLE and not any(
            layer.sourcetype in ("raster", "vector") for layer in subplot.layers or ()
        ):
            continue
        if tiles and tiles_reachable(subplot.style):
            kept = True
            continue
        layers = [layer for layer in (subplot.layers or ()) if layer.sourcetype not in ("raster", "vector")]
        fig.layout[key].style = OFFLINE_MAP_STYLE
        fig.layout[key].layers = layers
    return kept


# --------------------------------------------------------------------------------------------
# The exporter: one Chromium, reused


def find_browser() -> str:
    """Chromium's path: BROWSER_PATH when set, else found on PATH (and then put in BROWSER_PATH)."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        if os.path.isfile(configured) and os.access(configured, os.X_OK):
            return configured
        raise BrowserNotFoundError(
            f"BROWSER_PATH={configured!r} is not an executable file. Point it to Chromium, or install "
            "Chromium (Debian/Ubuntu: sudo apt-get install chromium) and unset BROWSER_PATH."
        )
    for name in BROWSER_NAMES:
        path = shutil.which(name)
        if path:
            os.environ["BROWSER_PATH"] = path
            return path
    raise BrowserNotFoundError(
        "Chromium is needed to export charts and was not found. Install it "
        "(Debian/Ubuntu: sudo apt-get install chromium) or set BROWSER_PATH to a Chrome/Chromium executable."
    )


@dataclass(frozen=True)
class RenderOptions:
    """Format and size. Width and height in CSS pixels (None: the figure's own, see
    decorate_for_export); a PNG has width × scale by height × scale pixels, SVG and PDF keep
    the CSS size (they scale without loss)."""

    fmt: str = "png"
    width: int | None = None
    height: int | None = None
    scale: float = DEFAULT_SCALE

    def as_kaleido(self) -> dict:
        # Vector formats keep CSS-pixel sizes: the scale is for PNG only.
        opts = {"format": self.fmt, "scale": self.scale if self.fmt == "png" else 1}
        if self.width:
            opts["width"] = self.width
        if self.height:
            opts["height"] = self.height
        return opts


class Exporter:
    """One kaleido/Chromium process on its own event-loop thread, shared by every caller.

    Thread-safe: Streamlit reruns and deferred downloads call `render` from several threads.
    Started on first use (never at import time). Each render has a time limit; after a time-out
    or a browser failure the browser is closed and started again on the next render.
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, tabs: int = 1, startup_timeout: float = STARTUP_TIMEOUT):
        self.timeout = timeout
        self.tabs = tabs
        self.startup_timeout = startup_timeout
        self._lock = threading.RLock()
        self._slots = threading.BoundedSemaphore(tabs)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido = None
        self._broken = False
        self._starting = None  # the browser being started (to kill it if its start times out)
        self.starts = 0  # how many times a browser was started (for tests and benchmarks)
        atexit.register(self.close)

    @property
    def running(self) -> bool:
        return self._kaleido is not None and not self._broken

    def start(self) -> None:
        with self._lock:
            if self._kaleido is not None and (self._broken or self._browser_gone()):
                self._shutdown()
            if self._kaleido is not None:
                return
            path = find_browser()
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="kaleido-exporter", daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
            future = asyncio.run_coroutine_threadsafe(self._open(path), loop)
            try:
                self._kaleido = future.result(self.startup_timeout)
            except TimeoutError:
                future.cancel()
                self._kill_starting()
                self._stop_loop()
                raise ExportError(
                    f"Chromium ({path}) did not start within {self.startup_timeout:g} s."
                ) from None
            except Exception as exc:  # noqa: BLE001 - any start failure becomes one clear error
                self._kill_starting()
                self._stop_loop()
                raise ExportError(f"Chromium ({path}) could not be started: {exc}") from exc
            self._starting = None
            self.starts += 1

    def _browser_gone(self) -> bool:
        """The browser process exited (crashed, killed) or a tab failed to reload."""
        process = getattr(self._kaleido, "subprocess", None)
        return getattr(self._kaleido, "failed", False) or (process is not None and process.poll() is not None)

    def _kill_starting(self) -> None:
        process = getattr(self._starting, "subprocess", None)
        if process is not None and process.poll() is None:
            process.kill()
        self._starting = None

    async def _open(self, path: str):
        # The time limit is ours (render); MathJax is off (it would come from a CDN).
        browser = _kaleido_class()(n=self.tabs, timeout=None, mathjax=False, path=path)
        self._starting = browser
        await browser.open()
        return browser

    async def _calc(self, fig_dict: dict, opts: dict, limit: float) -> bytes:
        return await asyncio.wait_for(self._kaleido.calc_fig(fig_dict, opts=opts), limit)

    def render(self, fig: go.Figure | dict, options: RenderOptions = RenderOptions(),
               timeout: float | None = None) -> bytes:
        """The image's bytes. Raises ExportError (clear message) on any failure or time-out."""
        if options.fmt not in FORMATS:
            raise ExportError(f"unknown format {options.fmt!r}; use one of {', '.join(FORMATS)}")
        limit = self.timeout if timeout is None else timeout
        fig_dict = fig.to_dict() if hasattr(fig, "to_dict") else fig
        if not self._slots.acquire(timeout=limit * 4 + RELOAD_MARGIN):
            raise ExportError(f"the exporter is busy; try again in a moment (waited {limit * 4:.0f} s).")
        try:
            self.start()
            future = asyncio.run_coroutine_threadsafe(self._calc(fig_dict, options.as_kaleido(), limit), self._loop)
            try:
                return future.result(limit + RELOAD_MARGIN)
            except TimeoutError:  # the render's limit (the tab is then reloaded) or ours (the browser hangs)
                if not future.done() or self._browser_gone():
                    future.cancel()
                    self._broken = True  # a fresh browser for the next render
                raise ExportError(f"the export did not finish within the time limit ({limit:g} s).") from None
            except ExportError:
                raise
            except Exception as exc:  # noqa: BLE001 - kaleido, choreographer and JS errors
                name = type(exc).__name__
                if name in ("BrowserClosedError", "BrowserFailedError", "ChannelClosedError"):
                    self._broken = True
                raise ExportError(f"the chart could not be rendered ({name}: {exc})") from exc
        finally:
            self._slots.release()

    def close(self) -> None:
        with self._lock:
            self._shutdown()

    def _shutdown(self) -> None:
        browser, loop = self._kaleido, self._loop
        self._kaleido = None
        self._broken = False
        if browser is not None and loop is not None and loop.is_running():
            future = asyncio.run_coroutine_threadsafe(browser.close(), loop)
            try:
                future.result(10)
            except Exception:  # noqa: BLE001 - a stuck browser is killed below
                future.cancel()
            process = getattr(browser, "subprocess", None)
            if process is not None and process.poll() is None:
                process.kill()
        self._stop_loop()

    def _stop_loop(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
            if thread is not None:
                thread.join(5)
            if not loop.is_running():
                loop.close()


def _kaleido_class():
    """kaleido.Kaleido, reloading a tab after a render in the background.

    kaleido reloads its page after every render before handing back the image; the reload takes
    longer than rendering a simple chart. Here the image is handed back at once and the tab goes
    back to the pool when its reload is done, so the reload overlaps with preparing the next
    figure. A failed reload marks the browser as failed (the exporter then starts a new one).
    """
    import kaleido  # imported on first use: the app and the CLI start fast

    base = kaleido.Kaleido
    if not hasattr(base, "_return_kaleido_tab"):  # another kaleido: its own behaviour
        return base

    class BackgroundReloadKaleido(base):
        failed = False

        async def _return_kaleido_tab(self, tab) -> None:
            task = asyncio.create_task(base._return_kaleido_tab(self, tab))
            reloads = self.__dict__.setdefault("_background_reloads", set())
            reloads.add(task)

            def done(finished: asyncio.Task) -> None:
                reloads.discard(finished)
                if not finished.cancelled() and finished.exception() is not None:
                    self.failed = True

            task.add_done_callback(done)

    return BackgroundReloadKaleido


_EXPORTER: Exporter | None = None
_EXPORTER_LOCK = threading.Lock()


def get_exporter(timeout: float | None = None) -> Exporter:
    """The process's exporter (created on first call, Chromium started on first render)."""
    global _EXPORTER
    with _EXPORTER_LOCK:
        if _EXPORTER is None:
            _EXPORTER = Exporter(timeout=DEFAULT_TIMEOUT if timeout is None else timeout)
        elif timeout is not None:
            _EXPORTER.timeout = timeout
        return _EXPORTER


def render(fig: go.Figure, fmt: str = "png", *, width: int | None = None, height: int | None = None,
           scale: float = DEFAULT_SCALE, timeout: float | None = None) -> bytes:
    return get_exporter().render(fig, RenderOptions(fmt, width, height, scale), timeout=timeout)


# --------------------------------------------------------------------------------------------
# A chart of the registry, decorated and rendered


def chart_title(spec, lang: str) -> str:
    title = spec.title
    if isinstance(title, Mapping):
        return str(title.get(lang) or title.get("fr") or next(iter(title.values()), ""))
    return str(title)


def export_title(fig: go.Figure, spec, lang: str) -> str | None:
    """None (keep the figure's own title: it may say more, e.g. the siting preset) when the figure
    has one, else the registry's title of the chart."""
    if fig.layout.title.text:
        return None
    return chart_title(spec, lang) if spec is not None else None


def export_figure(fig: go.Figure, title: str | None, filters: Filters, lang: str, dataset, options: RenderOptions,
                  *, tiles: bool = False, timeout: float | None = None, exporter: Exporter | None = None) -> bytes:
    """Decorate a page's figure for export and render it."""
    names = dict(zip(dataset.sites["site_id"], dataset.sites["name"])) if not dataset.sites.empty else {}
    decorated = decorate_for_export(fig, title, filters, lang, dataset.sources, as_of=dataset.as_of,
                                    site_names=names, width=options.width, height=options.height)
    exporter = exporter or get_exporter()
    if tiles and _has_map(decorated):
        tiled = go.Figure(decorated)
        if prepare_maps(tiled, tiles=True):
            try:
                return exporter.render(tiled, options, timeout=timeout)
            except ExportError:
                pass  # the tiles failed after all: the offline map below
    prepare_maps(decorated)
    return exporter.render(decorated, options, timeout=timeout)


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_+.-]", "-", text)


def filters_file_part(filters: Filters) -> str:
    """'' or 'type-data_center+battery_dep-59_lang-en' (see the module docstring)."""
    params = filters.to_query_params()
    order = [*FILTER_PARAMS, "lang"]
    part = "_".join(
        f"{param}-{_safe('+'.join(params[param].split(',')))}" for param in order if param in params
    )
    if len(part) > MAX_FILTER_PART:
        part = "filters-" + hashlib.sha1(part.encode()).hexdigest()[:10]
    return part


def export_file_name(page: str, chart_id: str, filters: Filters, fmt: str) -> str:
    part = filters_file_part(filters)
    stem = f"{_safe(page)}__{_safe(chart_id)}" + (f"__{part}" if part else "")
    return f"{stem}.{fmt}"


@dataclass
class ExportResult:
    written: list[Path]
    failures: list[tuple[str, str]]  # (page/chart_id, message)
    seconds: float


def export_all(dataset, filters: Filters, out_dir: Path, options: RenderOptions, *, charts=None,
               tiles: bool = False, timeout: float | None = None, exporter: Exporter | None = None,
               on_written: Callable[[Path], None] | None = None,
               on_failure: Callable[[str, str], None] | None = None) -> ExportResult:
    """Export every chart (of `charts`, default the registry) for `filters` into `out_dir`.

    A chart that fails (its builder raises, it times out) is reported through `on_failure` and
    in the result; the others are still written. Missing Chromium stops the batch
    (BrowserNotFoundError). Two charts are prepared at a time so that building and decorating
    the next figure overlaps with Chromium rendering the current one; files are written and
    reported in the registry's order.
    """
    from dashboard.figures.registry import all_charts

    specs = list(all_charts() if charts is None else charts)
    exporter = exporter or get_exporter()
    lang = filters.lang
    started = time.perf_counter()
    exporter.start()  # a missing Chromium stops here, before any chart is built

    def one(spec) -> tuple[str, bytes | None, str]:
        label = f"{spec.page}/{spec.chart_id}"
        try:
            fig = spec.build(dataset, filters, lang, dict(spec.default_options))
        except Exception as exc:  # noqa: BLE001 - one chart's bug must not stop the batch
            return label, None, f"could not build the chart ({type(exc).__name__}: {exc})"
        try:
            data = export_figure(fig, export_title(fig, spec, lang), filters, lang, dataset, options, tiles=tiles,
                                 timeout=timeout, exporter=exporter)
        except BrowserNotFoundError:
            raise
        except ExportError as exc:
            return label, None, str(exc)
        return label, data, ""

    written: list[Path] = []
    failures: list[tuple[str, str]] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=exporter.tabs + 1,
                                               thread_name_prefix="export-chart") as pool:
        futures = [pool.submit(one, spec) for spec in specs]
        try:
            for spec, future in zip(specs, futures):
                label, data, error = future.result()
                if data is None:
                    failures.append((label, error))
                    if on_failure:
                        on_failure(label, error)
                    continue
                path = out_dir / export_file_name(spec.page, spec.chart_id, filters, options.fmt)
                path.write_bytes(data)
                written.append(path)
                if on_written:
                    on_written(path)
        finally:
            for future in futures:
                future.cancel()
    return ExportResult(written, failures, time.perf_counter() - started)


# --------------------------------------------------------------------------------------------
# Command line


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors: usage + message, exit 2, no traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _positive(kind: type) -> Callable[[str], float]:
    def parse(raw: str):
        try:
            value = kind(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {raw!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be positive: {raw!r}")
        return value

    parse.__name__ = kind.__name__
    return parse


def _values(raw: list[str] | None) -> tuple[str, ...]:
    values: list[str] = []
    for item in raw or []:
        for value in item.split(","):
            value = value.strip()
            if value and value not in values:
                values.append(value)
    return tuple(values)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m dashboard.export",
                     description="Export every chart of every page as images, for the given filters.")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created if needed)")
    parser.add_argument("--format", default="png", choices=FORMATS, help="image format (default: png)")
    parser.add_argument("--lang", default="fr", choices=LANGUAGES, help="language of titles and labels (default: fr)")
    for param, (name, _) in FILTER_PARAMS.items():
        parser.add_argument(f"--{param}", action="append", metavar="VALUE[,VALUE…]",
                            help=f"filter on {param} (repeatable, comma-separated)")
    parser.add_argument("--width", type=_positive(int), default=DEFAULT_WIDTH,
                        help=f"width in CSS px (default {DEFAULT_WIDTH})")
    parser.add_argument("--height", type=_positive(int), default=None,
                        help="height in CSS px (default: the chart's height on the page plus its title and sources)")
    parser.add_argument("--scale", type=_positive(float), default=DEFAULT_SCALE,
                        help="pixel ratio of PNG images (default 1)")
    parser.add_argument("--timeout", type=_positive(float), default=DEFAULT_TIMEOUT,
                        help=f"time limit per chart in seconds (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--tiles", action="store_true",
                        help="map tiles when their server is reachable (default: offline white background)")
    return parser


def _writable_folder(path: Path) -> str:
    """'' when `path` is (now) a writable folder, else why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return f"{path} exists and is not a folder"
    except OSError as exc:
        return f"cannot create the folder {path} ({exc.strerror or exc})"
    if not path.is_dir():
        return f"{path} is not a folder"
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        return f"cannot write in {path} ({exc.strerror or exc})"
    return ""


def load_dataset():
    """The same tables as the app: dashboard.data.build.build_dataset on HDF_SEEDS_DIR or seeds/."""
    from dashboard.data.build import build_dataset
    from dashboard.data.seeds import DEFAULT_SEEDS_DIR

    folder = Path(os.environ.get("HDF_SEEDS_DIR", DEFAULT_SEEDS_DIR))
    return build_dataset(folder, warn=lambda message: print(message, file=sys.stderr))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    problem = _writable_folder(args.out)
    if problem:
        parser.error(f"--out: {problem}")

    exporter = get_exporter(timeout=args.timeout)
    # Chromium starts while the tables are built; its errors are reported after the arguments'.
    starting = threading.Thread(target=_start_quietly, args=(exporter,), name="export-start", daemon=True)
    starting.start()
    try:
        return _run(parser, args, exporter, starting)
    finally:
        exporter.close()  # waits for a start under way


def _start_quietly(exporter: Exporter) -> None:
    try:
        exporter.start()
    except ExportError:
        pass  # raised again, with its message, when the batch starts the exporter


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace, exporter: Exporter,
         starting: threading.Thread) -> int:
    try:
        dataset = load_dataset()
    except Exception as exc:  # noqa: BLE001 - the seeds' loader reports its own problems
        print(f"error: could not load the data ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
    if not dataset.problems.empty:
        print(f"warning: {len(dataset.problems)} rejected record(s) in the seeds; "
              "run python -m dashboard.data.build for details", file=sys.stderr)

    choices = Choices.from_sites(dataset.sites)
    selected: dict[str, tuple[str, ...]] = {}
    for param, (name, _) in FILTER_PARAMS.items():
        values = _values(getattr(args, param))
        allowed = getattr(choices, name)
        unknown = [v for v in values if v not in allowed]
        if unknown:
            valid = ", ".join(allowed) or "(none in the data)"
            parser.error(f"--{param}: unknown value(s) {', '.join(map(repr, unknown))}; valid values: {valid}")
        selected[name] = values
    filters = Filters(lang=args.lang, **selected)
    options = RenderOptions(args.format, args.width, args.height, args.scale)

    def written(path: Path) -> None:
        try:
            print(path, flush=True)
        except BrokenPipeError:  # e.g. piped into `head`: the files are still written
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the rest of the run

    def failed(label: str, message: str) -> None:
        print(f"error: {label}: {message}", file=sys.stderr, flush=True)

    starting.join()
    try:
        result = export_all(dataset, filters, args.out, options, tiles=args.tiles, exporter=exporter,
                            on_written=written, on_failure=failed)
    except ExportError as exc:  # Chromium missing or not starting
        print(f"error: {exc}", file=sys.stderr)
        return 1
    total = len(result.written) + len(result.failures)
    print(f"{len(result.written)} of {total} chart(s) written to {args.out} in {result.seconds:.1f} s",
          file=sys.stderr)
    return 1 if result.failures else 0


# --------------------------------------------------------------------------------------------
# In the page: PNG / SVG / PDF downloads beside a chart, rendered on click


_CACHE: OrderedDict[str, bytes] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_CACHE_MAX_BYTES = 64 * 1024 * 1024


def _cached_export(key: str, make: Callable[[], bytes]) -> bytes:
    with _CACHE_LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    data = make()
    with _CACHE_LOCK:
        _CACHE[key] = data
        while sum(len(v) for v in _CACHE.values()) > _CACHE_MAX_BYTES and len(_CACHE) > 1:
            _CACHE.popitem(last=False)
    return data


def download_buttons(fig: go.Figure, chart_id: str, page: str, filters: Filters, lang: str) -> None:
    """PNG (2×), SVG and PDF downloads under a chart; the image is rendered when clicked."""
    import streamlit as st  # the CLI does not need Streamlit

    from dashboard.data import repository as data
    from dashboard.figures.registry import chart_by_id
    from dashboard.ui.components import chart_file_stem

    try:
        spec = chart_by_id(chart_id)
    except KeyError:
        spec = None  # not in the registry: the figure's own title
    title = export_title(fig, spec, lang)
    stem = chart_file_stem(page, chart_id, filters)
    dataset, _ = data.load_dataset()  # cached; read here, in the script's thread
    try:
        find_browser()
        unavailable = ""
    except BrowserNotFoundError as exc:
        unavailable = tr(TEXT, "no_browser_help", lang, error=str(exc))

    def make(fmt: str) -> Callable[[], bytes]:
        options = RenderOptions(fmt, DEFAULT_WIDTH, None, PAGE_PNG_SCALE if fmt == "png" else 1)

        def produce() -> bytes:  # runs on click, in a thread of its own
            described = json.dumps([title, filters.to_query_params(), lang, options.as_kaleido(), str(dataset.as_of)])
            key = hashlib.sha256((fig.to_json() + described).encode()).hexdigest()
            return _cached_export(key, lambda: export_figure(fig, title, filters, lang, dataset, options, tiles=True))

        return produce

    columns = st.columns(len(FORMATS) + 3, gap="small")
    for column, fmt in zip(columns, FORMATS):
        with column:
            st.download_button(
                fmt.upper(),
                data=make(fmt),
                file_name=f"{stem}.{fmt}",
                mime=MIME_TYPES[fmt],
                key=f"export-{page}-{chart_id}-{fmt}",
                on_click="ignore",
                icon=":material/download:",
                help=unavailable or tr(TEXT, "download_help", lang, fmt=fmt.upper()),
                disabled=bool(unavailable),
                width="stretch",
            )


