"""What every figure builder shares: the base layout every figure starts from (`base_layout`), the
colours of the project types, the basemaps, axis ticks in the reader's format, source labels,
plotly-safe text, and the map line layers (the département borders).

Builders import from here, never from one another.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable

import pandas as pd
from babel.dates import format_date

from dashboard.domain import geo
from dashboard.domain.schema import REGION_BBOX
from dashboard.i18n import LOCALES, fmt_date, is_unknown, t
from dashboard.i18n.escape import escape_plotly
from dashboard.i18n.periods import to_timestamp
from dashboard.figures.palette import OUTLINE, TEXT, TYPE_COLOURS, WHITE

# Streamlit's chart font (theme font "sans-serif": Source Sans at 12 px), then plotly's own stack:
# the page has Source Sans loaded; kaleido's Chromium has not and keeps drawing what it drew before.
FONT = {"family": '"Source Sans", "Open Sans", verdana, arial, sans-serif', "size": 12}
# plotly's decimal and thousands separators, for every number plotly formats itself (axis and
# colour-bar ticks, %{x}, %{z:.0f} …): 1 234,5 in French (a narrow no-break space), 1,234.5 in English.
SEPARATORS = {"fr": ",\u202f", "en": ".,"}  # the narrow no-break space, as i18n.fmt_number writes


def base_layout(lang: str, **overrides) -> dict:
    """The layout every figure starts from, in the reader's language, with the builder's own
    values merged in: a dict merges into the shared dict of the same name key by key (margin={"t": 90}
    keeps the other margins), anything else replaces the shared value.

    Shared: the font, white backgrounds (Streamlit's theme draws the page's charts on white; an
    exported image must not fall back on plotly's grey plot area), the hover card, the
    separators, and margins that fit a chart with a one-line title and an axis title below."""
    shared = {
        "font": dict(FONT),
        "paper_bgcolor": WHITE,
        "plot_bgcolor": WHITE,
        "hoverlabel": {"bgcolor": WHITE, "font": {"size": 13, "color": TEXT}, "align": "left"},
        "separators": SEPARATORS.get(lang, SEPARATORS["fr"]),
        "margin": {"l": 10, "r": 10, "t": 60, "b": 50},
    }
    return _merged(shared, overrides)


def _merged(base: dict, overrides: dict) -> dict:
    """`base` updated by `overrides`, nested dicts merged; neither is modified (a builder's values,
    e.g. a map's GeoJSON, are placed as they are, never copied)."""
    merged = dict(base)
    for key, value in overrides.items():
        both_dicts = isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = _merged(merged[key], value) if both_dicts else value
    return merged


STYLES = ("carto-positron", "open-street-map", "white-bg")  # basemaps that need no token
OFFLINE_STYLE = "white-bg"
# plotly's own "carto-positron" is a remote style document: offline, MapLibre never finishes loading
# it and draws nothing, not even the points. The same CARTO tiles as an inline raster style keep
# the points and outlines on screen when the tiles cannot load ("open-street-map" and "white-bg"
# are inline in plotly already).
_CARTO_POSITRON = {
    "version": 8,
    "sources": {
        "carto-positron": {
            "type": "raster",
            "tiles": [f"https://{s}.basemaps.cartocdn.com/light_all/{{z}}/{{x}}/{{y}}.png" for s in "abcd"],
            "tileSize": 256,
            "attribution": '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
                           '© <a href="https://carto.com/attributions">CARTO</a>',
        }
    },
    "layers": [{"id": "carto-positron", "type": "raster", "source": "carto-positron"}],
}


def map_style(name: str) -> str | dict:
    """The MapLibre style for a basemap name (STYLES): a plotly style name or an inline style."""
    if name not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, got {name!r}")
    return _CARTO_POSITRON if name == "carto-positron" else name
# Where a map looks. Its centre and zoom are the figure's (its exports, the page's first drawing);
# its size is the browser's (the page's width, the legend's rows, a column), so the figure also
# declares the area to show (layout.meta["fit_bounds"]) and the page fits each map to it at its real
# size (ui.components.map_view).
REGION_BOUNDS = [REGION_BBOX["lon_min"], REGION_BBOX["lat_min"], REGION_BBOX["lon_max"], REGION_BBOX["lat_max"]]
_MIN_SPAN = {"lon": 0.05, "lat": 0.03}  # degrees: a single point's area, a few km around it


def region_view(zoom: float) -> dict:
    """The view of the whole region: {"center", "zoom"} for the figure's map and "fit_bounds"
    ([west, south, east, north]) for its layout.meta."""
    return {"center": {"lat": (REGION_BBOX["lat_min"] + REGION_BBOX["lat_max"]) / 2,
                       "lon": (REGION_BBOX["lon_min"] + REGION_BBOX["lon_max"]) / 2},
            "zoom": zoom, "fit_bounds": list(REGION_BOUNDS)}


def map_view(points: pd.DataFrame, region_zoom: float) -> dict:
    """The view of a map of `points` (lat, lon), as region_view's: the region, or closer when the
    points cover a small area."""
    region = region_view(region_zoom)
    if points.empty:
        return region
    lat_span = float(points["lat"].max() - points["lat"].min()) * 1.5
    lon_span = float(points["lon"].max() - points["lon"].min())
    span = max(lat_span, lon_span, 0.05)
    if span >= 1.5:
        return region
    bounds = []
    for axis in ("lon", "lat"):
        low, high = float(points[axis].min()), float(points[axis].max())
        grow = max(_MIN_SPAN[axis] - (high - low), 0.0) / 2
        bounds.append((low - grow, high + grow))
    (west, east), (south, north) = bounds
    return {"center": {"lat": float(points["lat"].mean()), "lon": float(points["lon"].mean())},
            "zoom": max(region_zoom, min(11.0, math.log2(360.0 / span) - 1.2)),
            "fit_bounds": [west, south, east, north]}


# A map's frame. The modebar (plotly draws it at the chart's top right, on hover) gets a row of its
# own above the title, the title wraps to a narrow column (a map beside a table at 800 px is ~260 px
# wide), and the legend lies under the map, horizontal: nothing over the end of the title or over
# the region's north at any width.
MODEBAR_ROOM = 34  # px: the modebar's 26 px and a gap
MAP_TITLE_LINE = 22  # px, a 16 px bold title line
MAP_TITLE_CHARS = 28  # a line of a map's title that fits ~260 px


def map_frame(title: str, wrap: int = MAP_TITLE_CHARS, legend: dict | None = None) -> dict:
    """The layout keys a map's builder passes to base_layout: title, margin and legend."""
    lines = textwrap.wrap(title, wrap, break_on_hyphens=False) or [""]
    return {
        "title": {"text": "<br>".join(escape_plotly(line) for line in lines), "x": 0.01, "xanchor": "left",
                  "yref": "container", "y": 1, "yanchor": "top",
                  # plotly raises a title of n lines by half a line per extra line, 'top' anchored or not
                  "pad": {"t": MODEBAR_ROOM + MAP_TITLE_LINE * (len(lines) - 1) // 2}},
        "margin": {"l": 0, "r": 0, "t": MODEBAR_ROOM + MAP_TITLE_LINE * len(lines) + 8, "b": 0},
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 0, "yanchor": "top", **(legend or {})},
    }


# The project types' colours (figures.palette), re-exported for the builders that import them from here.
TYPE_ORDER = tuple(TYPE_COLOURS)


def wrap_label(text: object, width: int = 44) -> str:
    """A long category label on several lines (escaped), for the axis' tick text."""
    lines = textwrap.wrap(str(text), width, break_on_hyphens=False)
    return "<br>".join(escape_plotly(line) for line in lines) or escape_plotly(text)


def date_ticks(start: pd.Timestamp, end: pd.Timestamp, lang: str) -> dict:
    """Date-axis ticks in the reader's language: every 6 months ('janv. 2024') over up to 3 years,
    else every year ('2024'). Empty when a bound is unknown."""
    if pd.isna(start) or pd.isna(end) or end <= start:
        return {}
    half_years = (end - start).days <= 3 * 366
    every = pd.date_range(pd.Timestamp(year=start.year, month=1, day=1), end, freq="6MS" if half_years else "YS")
    ticks = [d for d in every if d >= start]
    if half_years:
        text = [format_date(d.date(), format="MMM y", locale=LOCALES.get(lang, "fr_FR")) for d in ticks]
    else:
        text = [str(d.year) for d in ticks]
    return {"tickvals": [d.isoformat() for d in ticks], "ticktext": text}


class SourceIndex:
    """The sources table as look-ups by source id (publisher, label, publication date), built once
    per figure instead of filtering the table for every point, bar or note."""

    def __init__(self, sources: pd.DataFrame | None):
        self._rows: dict[str, tuple[object, object]] = {}  # id -> (publisher, published); the first row wins
        self._published: dict[str, pd.Timestamp] = {}  # the last row wins, as a dict built from the table
        if sources is not None and not sources.empty:
            for sid, publisher, published in zip(sources["source_id"], sources["publisher"], sources["published"]):
                self._rows.setdefault(sid, (publisher, published))
                self._published[sid] = published
        self._labels: dict[tuple, str] = {}

    def publisher(self, source_id: str) -> str:
        row = self._rows.get(source_id)
        return str(row[0]) if row is not None else str(source_id)

    def published(self, source_id: str) -> object:
        """The publication date as the table gives it; None when the source is not in the table."""
        row = self._rows.get(source_id)
        return row[1] if row is not None else None

    def label(self, source_id: str, lang: str, parenthesised: bool = True) -> str:
        key = (source_id, lang, parenthesised)
        if key not in self._labels:
            row = self._rows.get(source_id)
            if row is None:
                self._labels[key] = str(source_id)
            else:
                publisher, published = row
                date = fmt_date(published, lang) if not is_unknown(published) else t("map.no_date", lang)
                self._labels[key] = f"{publisher} ({date})" if parenthesised else f"{publisher}, {date}"
        return self._labels[key]

    def sort(self, ids: list[str], last: object = "") -> list[str]:
        """Source ids, latest publication first; `last` (e.g. the coordinates' source) at the end."""
        stamp = lambda sid: to_timestamp(self._published[sid]) if sid in self._published else pd.NaT
        dated = sorted((sid for sid in ids if sid != last and not pd.isna(stamp(sid))), key=stamp, reverse=True)
        undated = sorted(sid for sid in ids if sid != last and pd.isna(stamp(sid)))
        return dated + undated + [sid for sid in ids if sid == last]


def publisher_of(source_id: str, sources: pd.DataFrame | None) -> str:
    """The source's publisher; the id when the sources table does not know it."""
    return SourceIndex(sources).publisher(source_id)


def source_label(source_id: str, sources: pd.DataFrame | None, lang: str, parenthesised: bool = True) -> str:
    """'Publisher (date)' (or 'Publisher, date') for a source id; the id when the sources table does not know it."""
    return SourceIndex(sources).label(source_id, lang, parenthesised)


def sort_sources(ids: list[str], sources: pd.DataFrame | None, last: object = "") -> list[str]:
    """Source ids, latest publication first; `last` (e.g. the coordinates' source) at the end."""
    return SourceIndex(sources).sort(ids, last)


def conflict_mark(conflict: bool, lang: str) -> str:
    """' ⚠ sources en désaccord' for a conflicting value, else ''; the ≈ is in the number itself."""
    return f" ⚠ {t('conflict', lang)}" if conflict else ""


OUTLINE_COLOUR = OUTLINE


def line_layer(geojson: dict | str, colour: str, width: float, name: str) -> dict:
    """A MapLibre line layer under the points. `geojson` is a FeatureCollection, or one already
    encoded as a `data:` URL. Sent as a `data:` URL (domain.geo.geojson_data_url): one string for
    plotly and Streamlit to copy and serialize, not thousands of coordinate lists."""
    source = geojson if isinstance(geojson, str) else geo.geojson_data_url(geojson)
    return {"sourcetype": "geojson", "source": source, "type": "line", "color": colour,
            "line": {"width": width}, "below": "traces", "name": name}


def outline_layer(outlines: dict | str) -> dict:
    """The département outlines as every map draws them: each border once (domain.geo.border_lines;
    the pages pass them prepared, repository.drawn_outlines; the batch export, the polygons)."""
    return line_layer(outlines if isinstance(outlines, str) else geo.border_lines(outlines), OUTLINE_COLOUR, 1.2,
                      "outlines")


def round_ticks(max_value: float, label: Callable[[float], str]) -> dict:
    """Ticks at a round step (1, 2, 2.5 or 5 × 10ⁿ, about four of them) up to `max_value`, each
    labelled by `label` (0 as "0"); empty when there is nothing to scale."""
    if not max_value or max_value <= 0 or math.isnan(max_value):
        return {}
    raw = max_value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [i * step for i in range(int(max_value // step) + 2)]
    return {"tickvals": ticks, "ticktext": [label(v) if v else "0" for v in ticks]}


def _yes(value: object) -> bool:
    return not is_unknown(value) and bool(value)


def left_out_notes(left_out, attribute: str, lang: str) -> list[str]:
    """One sentence per group a total left out (domain.totals.LeftOut), in the reader's language."""
    notes = []
    for left in left_out:
        reason, _, kind = left.reason.partition(":")
        what = t(f"measures.{attribute}.{kind}", lang) if kind else ""
        notes.append(t(f"measures.left_out_{reason}", lang, n=len(left.names), names=", ".join(left.names), what=what))
    return notes
