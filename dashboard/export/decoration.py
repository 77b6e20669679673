"""Decoration of an exported chart: its title, the active filters in words as a subtitle and a
source line (publishers and dates of the sources behind the plotted data, and the data's as-of
date), in the chosen language; and maps put on MapLibre's offline "white-bg" style (outlines and
points, no tiles) unless tiles are asked for and their server answers.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable, Mapping

import pandas as pd
import plotly.graph_objects as go

from dashboard.data import basemap
from dashboard.domain.filters import Filters
from dashboard.domain.schema import DEPARTEMENTS
from dashboard.figures.palette import CAPTION, TRANSPARENT
from dashboard.figures.registry import open_data_of, source_ids_of
from dashboard.i18n.escape import escape_plotly
from dashboard.i18n import fmt_data_as_of, is_unknown, label_status, label_type, t

DEFAULT_WIDTH = 1200  # CSS pixels
DEFAULT_HEIGHT = 700
OFFLINE_MAP_STYLE = "white-bg"
# Tile hosts of plotly.js's built-in map styles, to tell whether tiles can be reached.




def filters_in_words(filters: Filters, lang: str, site_names: Mapping[str, str] | None = None) -> str:
    """The active filters, in words: 'Type : Centre de données · Département : 62 Pas-de-Calais'."""
    if not filters.active:
        return t("export.all_sites", lang)
    names = site_names or {}
    colon = t("export.colon", lang)
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
    """'Sources : Horizon Actu (16/09/2025), INSEE (01/01/2024, 2023) — données arrêtées le 2 juin 2026'.

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
    colon = t("export.colon", lang)
    key = "source_many" if len(cited) > 1 else "source_one"
    if cited:
        listed = ", ".join(cited[:max_publishers])
        if len(cited) > max_publishers:
            listed += " " + t("export.more_sources", lang, n=len(cited) - max_publishers)
    else:
        listed = t("export.no_source", lang)
    line = f"{t('export.' + key, lang)}{colon} {listed}"
    if as_of is not None:  # given: the data's date at its precision, or said unknown ('' from a dataset without one)
        line += f" — {fmt_data_as_of(as_of, lang)}"
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
# The plotly template an exported chart is drawn with, the same in every process. A figure carries
# plotly's default template of the process that built it: in the app, Streamlit's (placeholder
# colours its page swaps for the theme's; no automargin, which its page adds: the images had their
# tick labels cut), elsewhere plotly's own (a grey plot area whose white grid lines vanish on the
# base layout's white plot). Axes fit their labels as on the page; everything else is plotly.js's.
EXPORT_TEMPLATE = {"layout": {"xaxis": {"automargin": True}, "yaxis": {"automargin": True}}}
TITLE_TRACE_NAME = "export-title-block"
SOURCE_TRACE_NAME = "export-source-line"


def has_map(fig: go.Figure) -> bool:
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
                             line={"width": 0, "color": TRANSPARENT}, name=name, legend=legend_id,
                             showlegend=True, hoverinfo="skip", uid=uid, meta=uid))  # meta: kept where uid is not
    fig.layout[legend_id] = {
        "yref": "container", "xanchor": "left", "orientation": "h",
        "itemwidth": 30, "indentation": -15, "bgcolor": TRANSPARENT, "borderwidth": 0,
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


SOURCE_CHAR_WIDTH = 0.53  # of the font size: Source Sans' mean character width, for wrapping


def _source_lines(fig: go.Figure, sources: pd.DataFrame, lang: str, as_of: object, width: int) -> list[str]:
    """The source line of `fig` (plotly text, escaped), wrapped to an image `width` px wide."""
    return [escape_plotly(line) for line in _wrap(source_line(source_ids_of(fig), sources, lang, as_of, open_data_of(fig)),
                                                   max(40, int((width - 4 * EDGE) / (SOURCE_SIZE * SOURCE_CHAR_WIDTH))))]


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
    """A copy of `fig` with the title, the active filters as a subtitle and the source line, on
    EXPORT_TEMPLATE (the same image from the page's buttons and from the CLI).

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
    out.layout.template = EXPORT_TEMPLATE  # assigned, not updated: nothing of the process's template stays
    width = int(width or DEFAULT_WIDTH)
    title_chars = max(20, int((width - 2 * EDGE) / (TITLE_SIZE * CHAR_WIDTH)))
    if title is None:
        # The builder's title is plotly text already (its values escaped, maybe <br>, <sup>).
        own = str(out.layout.title.text or "")
        title_lines = own.split("<br>") if "<" in own else [escape_plotly(line) for line in _wrap(own, title_chars)]
    else:
        title_lines = [escape_plotly(line) for line in _wrap(str(title), title_chars)]
    subtitle_chars = max(30, int((width - 3 * EDGE) / (SUBTITLE_SIZE * CHAR_WIDTH)))
    # The builder's own subtitle (e.g. the site a history is about) comes first, as plotly text.
    own_sub = str(out.layout.title.subtitle.text or "")
    subtitle_lines = own_sub.split("<br>") if "<" in own_sub else [escape_plotly(x) for x in _wrap(own_sub, subtitle_chars)]
    subtitle_lines = [line for line in subtitle_lines if line]
    subtitle_lines += [escape_plotly(line) for line in _wrap(filters_in_words(filters, lang, site_names), subtitle_chars)]
    source_lines = _source_lines(fig, sources, lang, as_of, width)
    title_block = int(len(title_lines) * TITLE_SIZE * LINE_HEIGHT + len(subtitle_lines) * SUBTITLE_SIZE * LINE_HEIGHT
                      + 30)
    is_map = has_map(out)
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
        # The page's legend under the map (figures.base.map_frame) would take room plotly fits after
        # the map is drawn: in the image, whose map is wide, it sits in the map's top left corner.
        out.update_layout(legend={"orientation": "v", "x": 0.01, "xanchor": "left", "y": 0.99, "yanchor": "top"})
        note = {"xref": "paper", "yref": "paper", "x": 0, "y": 1, "xanchor": "left", "yanchor": "top",
                "showarrow": False, "align": "left"}
        title_h = len(title_lines) * TITLE_SIZE * LINE_HEIGHT
        out.add_annotation(text=title_text, yshift=top - 12, font={"size": TITLE_SIZE}, name=TITLE_TRACE_NAME,
                           **note)
        out.add_annotation(text=subtitle_text, yshift=top - 12 - title_h, name=TITLE_TRACE_NAME + "-filters",
                           font={"size": SUBTITLE_SIZE, "color": CAPTION}, **note)
        out.add_annotation(text=source_text, name=SOURCE_TRACE_NAME, font={"size": SOURCE_SIZE, "color": CAPTION},
                           **{**note, "y": 0}, yshift=-old_bottom - 8)
        return out
    _legends_to_keep_visible(out)
    _move_bottom_legends(out, final_height, source_block + 4)
    x = {"xref": "container", "x": EDGE / width}
    _text_legend(out, TITLE_TRACE_NAME, subtitle_text, {
        **x, "y": 1, "yanchor": "top",
        "title": {"text": title_text, "side": "top", "font": {"size": TITLE_SIZE}},
        "font": {"size": SUBTITLE_SIZE, "color": CAPTION},
    })
    _text_legend(out, SOURCE_TRACE_NAME, source_text, {
        **x, "y": 0, "yanchor": "bottom", "font": {"size": SOURCE_SIZE, "color": CAPTION},
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
        host, port = basemap.TILE_HOSTS.get(style, basemap.TILE_HOSTS["carto-positron"]), 443
    else:
        return False  # an inline style object: nothing to check
    return bool(host) and basemap.host_answers(host, port, timeout)


def prepare_maps(fig: go.Figure, tiles: bool = False) -> bool:
    """Put the maps of `fig` (in place) on the offline white-bg style: outlines (GeoJSON layers)
    and points stay, remote raster/vector layers go. With `tiles`, a map whose tile host is
    reachable keeps its style. Returns True when some map kept its tiles."""
    kept = False
    if not has_map(fig):
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

