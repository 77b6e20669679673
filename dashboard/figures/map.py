"""The map of every site: points coloured by project type, sized by power or investment.

`build_site_map(sites, options, sources)` is pure: it draws the rows it is given (plotly
Scattermap on MapLibre, one trace per project type) and the département outlines when the
options carry them. Sizes: the square root of the chosen value scaled between SIZE_MIN and
SIZE_MAX; a site whose value is unknown gets a smaller fixed marker (SIZE_UNKNOWN) and its hover
says "inconnu" — never sized as 0. Gravelines and the substations are context: fixed markers.

Also here, shared by the page figures: `source_label` (publisher + date of a source id) and
`to_timestamp` (seed dates at any precision -> Timestamp).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import math
import textwrap

import pandas as pd
import plotly.graph_objects as go
from babel.dates import format_date

from dashboard.data import opendata
from dashboard.figures.registry import ChartSpec
from dashboard.domain.filters import Filters, apply_filters
from dashboard.i18n import fmt_date, fmt_eur, fmt_m2, fmt_mw, fmt_number, fmt_ratio, is_unknown, label_status
from dashboard.i18n import LOCALES, label_type, t, translations
from dashboard.domain.schema import DEPARTEMENTS, REGION_BBOX
from dashboard.domain.tables import Dataset


# Layers the user switches on and off, and the project types each one shows.
LAYERS: dict[str, tuple[str, ...]] = {
    "projects": ("data_center",),
    "plants": ("battery", "recycling"),
    "hosts": ("industrial_site",),
    "power": ("power_plant", "substation"),
    "outlines": (),
}
DEFAULT_LAYERS = tuple(LAYERS)
CONTEXT_TYPES = LAYERS["power"]  # grid context: kept on the map whatever the project filters

SIZE_BY = ("power_mw", "investment_eur", "none")
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
DEFAULT_OPTIONS = {"size_by": "power_mw", "layers": DEFAULT_LAYERS, "style": "carto-positron", "outlines": None}

# Okabe-Ito colours (readable with colour-vision deficiencies), one per type.
TYPE_COLOURS = {
    "data_center": "#0072B2",
    "battery": "#009E73",
    "recycling": "#E69F00",
    "industrial_site": "#CC79A7",
    "power_plant": "#D55E00",
    "substation": "#4D4D4D",
}
TYPE_ORDER = tuple(TYPE_COLOURS)

SIZE_MIN, SIZE_MAX = 11.0, 40.0
SIZE_UNKNOWN = 7.0  # smaller than any known value's marker
SIZE_FIXED = 12.0
CONTEXT_SIZES = {"power_plant": 18.0, "substation": 10.0}
MAX_SOURCES_IN_HOVER = 3
REGION_ZOOM = 6.8  # the five départements (2.3° of latitude) fill ~560 px of the 650 px high map


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def to_timestamp(value: object) -> pd.Timestamp:
    """'2025', '2025-09', '2025-09-16', a date or a Timestamp -> Timestamp; NaT when unknown."""
    if is_unknown(value):
        return pd.NaT
    if isinstance(value, (str, dt.date)):  # the seeds' dates: few distinct values, read once each
        return _timestamp(value)
    return pd.to_datetime(value, errors="coerce")


@functools.lru_cache(maxsize=8192, typed=True)
def _timestamp(value: str | dt.date) -> pd.Timestamp:
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 4 and text.isdigit():
            text += "-01-01"
        elif len(text) == 7:
            text += "-01"
        return pd.to_datetime(text[:10], errors="coerce", format="%Y-%m-%d")
    return pd.to_datetime(value, errors="coerce")


def fmt_period(start: object, end: object, lang: str) -> str:
    """A period at the precision it was given: '2027', '2027–2028', 'juin 2025', '30 mai 2023', else 'from → to'."""
    s, e = to_timestamp(start), to_timestamp(end)
    if pd.isna(s):
        return t("unknown", lang)
    if pd.isna(e) or e <= s:
        return fmt_date(s.date(), lang)

    def month(ts: pd.Timestamp) -> str:
        return fmt_date(f"{ts.year}-{ts.month:02d}", lang)

    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    if s.day == 1 and e.is_month_end:
        return month(s) if (s.year, s.month) == (e.year, e.month) else f"{month(s)} – {month(e)}"
    return f"{fmt_date(s.date(), lang)} → {fmt_date(e.date(), lang)}"


def wrap_label(text: object, width: int = 44) -> str:
    """A long category label on several lines (escaped), for the axis' tick text."""
    lines = textwrap.wrap(str(text), width, break_on_hyphens=False)
    return "<br>".join(esc(line) for line in lines) or esc(text)


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


def split_ids(value: object) -> list[str]:
    return [part for part in str(value).split(";") if part] if not is_unknown(value) else []


def esc(value: object) -> str:
    """A data value made safe for plotly's HTML-like hover and text labels."""
    return html.escape(str(value), quote=False)


def conflict_mark(conflict: bool, lang: str) -> str:
    """' ⚠ sources en désaccord' for a conflicting value, else ''; the ≈ is in the number itself."""
    return f" ⚠ {t('conflict', lang)}" if conflict else ""


def colon(lang: str) -> str:
    return "\u00a0: " if lang == "fr" else ": "


# --------------------------------------------------------------------------------------------
# Selection (shared by the page and the export)
# --------------------------------------------------------------------------------------------


def mappable(sites: pd.DataFrame) -> pd.DataFrame:
    """Rows with a position (the region row and entities without coordinates are not drawn)."""
    return sites[(sites["project_type"] != "region") & sites["lat"].notna() & sites["lon"].notna()]


def select_map_sites(sites: pd.DataFrame, filters: Filters, layers) -> pd.DataFrame:
    """The sites on the map: those passing the filters, plus the grid context when its layer is on."""
    keep = CONTEXT_TYPES if "power" in layers else ()
    shown = apply_filters(sites, filters, keep_types=keep)
    types = {ptype for layer in layers for ptype in LAYERS.get(layer, ())}
    return shown[(shown["project_type"] != "region") & shown["project_type"].isin(types)]


# --------------------------------------------------------------------------------------------
# Figure
# --------------------------------------------------------------------------------------------


def marker_sizes(values: pd.Series, size_by: str, vmax: float) -> list[float]:
    """Square-root sizes between SIZE_MIN and SIZE_MAX; SIZE_UNKNOWN where the value is unknown."""
    if size_by == "none":
        return [SIZE_FIXED] * len(values)
    sizes = []
    for value in values:
        if is_unknown(value) or vmax <= 0:
            sizes.append(SIZE_UNKNOWN)
        else:
            sizes.append(SIZE_MIN + (SIZE_MAX - SIZE_MIN) * math.sqrt(max(float(value), 0.0) / vmax))
    return sizes


# The columns a hover card reads (the others are left out before the rows become dicts).
HOVER_COLUMNS = (
    "site_id", "name", "project_type", "status", "operator", "commune", "departement", "voltage_kv",
    "investment_eur", "power_mw", "occupancy_rate", "floor_area_m2", "jobs", "commissioning_start",
    "commissioning_end", "location_precision", "location_source", "source_ids", "as_of",
    *(f"{column}_{flag}" for column in ("investment_eur", "power_mw", "occupancy_rate", "floor_area_m2", "jobs")
      for flag in ("approx", "conflict")),
)


def _hover(row: dict | pd.Series, sources: SourceIndex | pd.DataFrame | None, lang: str) -> str:
    """A point's hover card (every data value escaped). `row` is one site (a dict or a Series)."""
    index = sources if isinstance(sources, SourceIndex) else SourceIndex(sources)
    words = lambda key: t("map." + key, lang)  # noqa: E731
    ptype = row["project_type"]
    lines = [f"<b>{esc(row['name'])}</b>", f"{esc(label_type(ptype, lang))} · {esc(label_status(row['status'], lang))}"]
    sep = colon(lang)
    if not is_unknown(row["operator"]):
        lines.append(f"{words('operator')}{sep}{esc(row['operator'])}")
    place = esc(row["commune"]) if not is_unknown(row["commune"]) else t("unknown", lang)
    dep = str(row["departement"]) if not is_unknown(row["departement"]) else ""
    if dep:
        place += f" ({esc(dep)} {esc(DEPARTEMENTS.get(dep, ''))})".replace(" )", ")")
    lines.append(place)

    def value_line(key: str, column: str, fmt) -> str:
        value = fmt(row[column], lang, approximate=bool(row.get(f"{column}_approx", False)))
        return f"{words(key)}{sep}{esc(value)}{conflict_mark(bool(row.get(f'{column}_conflict', False)), lang)}"

    if ptype == "substation":
        lines.append(f"{words('voltage')}{sep}{esc(fmt_number(row['voltage_kv'], lang))} kV"
                     if not is_unknown(row["voltage_kv"]) else f"{words('voltage')}{sep}{t('unknown', lang)}")
    else:
        lines.append(value_line("investment", "investment_eur", fmt_eur))
        lines.append(value_line("power", "power_mw", fmt_mw))
    if ptype in ("data_center", "battery", "recycling"):
        commissioning = fmt_period(row["commissioning_start"], row["commissioning_end"], lang)
        lines.append(f"{words('commissioning')}{sep}{esc(commissioning)}")
    if ptype == "industrial_site":
        lines.append(value_line("occupancy", "occupancy_rate", fmt_ratio))
        lines.append(value_line("floor_area", "floor_area_m2", fmt_m2))
    if not is_unknown(row["jobs"]):
        lines.append(value_line("jobs", "jobs", lambda v, lg, approximate: fmt_number(v, lg, approximate=approximate)))
    precision = row["location_precision"]
    known_precision = precision in ("exact", "commune_centroid")
    lines.append(f"{words('position')}{sep}{esc(words(precision)) if known_precision else t('unknown', lang)}")
    ids = index.sort(split_ids(row["source_ids"]), last=row["location_source"])
    labels = [esc(index.label(sid, lang)) for sid in ids[:MAX_SOURCES_IN_HOVER]]
    if len(ids) > MAX_SOURCES_IN_HOVER:
        labels.append(words("more").format(n=len(ids) - MAX_SOURCES_IN_HOVER))
    lines.append(f"{words('sources')}{sep}" + ("<br>  " + "<br>  ".join(labels) if labels else t("unknown", lang)))
    lines.append(f"{words('as_of')}{sep}{esc(fmt_date(row['as_of'], lang))}")
    return "<br>".join(lines)


def _view(points: pd.DataFrame) -> tuple[dict, float]:
    """Centre and zoom: the region, or closer when the points cover a small area."""
    region_centre = {"lat": (REGION_BBOX["lat_min"] + REGION_BBOX["lat_max"]) / 2,
                     "lon": (REGION_BBOX["lon_min"] + REGION_BBOX["lon_max"]) / 2}
    if points.empty:
        return region_centre, REGION_ZOOM
    lat_span = float(points["lat"].max() - points["lat"].min()) * 1.5
    lon_span = float(points["lon"].max() - points["lon"].min())
    span = max(lat_span, lon_span, 0.05)
    if span >= 1.5:
        return region_centre, REGION_ZOOM
    centre = {"lat": float(points["lat"].mean()), "lon": float(points["lon"].mean())}
    zoom = max(REGION_ZOOM, min(11.0, math.log2(360.0 / span) - 1.2))
    return centre, zoom


def build_site_map(sites: pd.DataFrame, options: dict | None = None, sources: pd.DataFrame | None = None) -> go.Figure:
    """Every site with a position, one Scattermap trace per project type.

    options: lang ("fr"), size_by ("power_mw" | "investment_eur" | "none"), layers (subset of
    LAYERS), style (a MapLibre style name), outlines (GeoJSON FeatureCollection or None).
    `sources` (the sources table) names each point's sources by publisher and date.
    """
    opts = {**DEFAULT_OPTIONS, "lang": "fr", **(options or {})}
    lang, size_by, layers = opts["lang"], opts["size_by"], tuple(opts["layers"])
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {', '.join(SIZE_BY)}, got {size_by!r}")
    types = [ptype for layer in layers for ptype in LAYERS.get(layer, ())]
    points = mappable(sites)
    points = points[points["project_type"].isin(types)]
    sized = points[~points["project_type"].isin(CONTEXT_TYPES)]
    vmax = float(sized[size_by].max()) if size_by != "none" and sized[size_by].notna().any() else 0.0

    index = SourceIndex(sources)
    by_type: dict[str, list[dict]] = {}
    for record in points[[c for c in ("lat", "lon", *HOVER_COLUMNS) if c in points.columns]].to_dict("records"):
        by_type.setdefault(record["project_type"], []).append(record)
    traces = []
    for ptype in [p for p in TYPE_ORDER if p in by_type]:
        rows = by_type[ptype]
        if ptype in CONTEXT_TYPES:
            sizes = [CONTEXT_SIZES[ptype]] * len(rows)
        elif size_by == "none":
            sizes = [SIZE_FIXED] * len(rows)
        else:
            sizes = marker_sizes([row[size_by] for row in rows], size_by, vmax)
        traces.append({
            "type": "scattermap",
            "lat": [row["lat"] for row in rows],
            "lon": [row["lon"] for row in rows],
            "mode": "markers",
            "name": label_type(ptype, lang),
            "marker": {"size": sizes, "color": TYPE_COLOURS[ptype], "opacity": 0.85},
            "hovertext": [_hover(row, index, lang) for row in rows],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "customdata": [row["site_id"] for row in rows],
            "meta": {"project_type": ptype},
        })

    outlines = opts.get("outlines") if "outlines" in layers else None
    centre, zoom = _view(points)
    size_what = t(f"map.size_{size_by}", lang)
    layout = {
        "title": {"text": t("map.title", lang), "x": 0.01, "xanchor": "left"},
        "map": {"style": map_style(opts["style"]), "center": centre, "zoom": zoom},
        "height": 650,
        "margin": {"l": 0, "r": 0, "t": 48, "b": 0},
        "legend": {"title": {"text": t("map.size_legend", lang, what=size_what) if size_by != "none" else ""},
                   "x": 0.01, "y": 0.98,
                   "xanchor": "left", "yanchor": "top", "bgcolor": "rgba(255,255,255,0.85)",
                   "bordercolor": "#bbbbbb", "borderwidth": 1},
        "hoverlabel": {"bgcolor": "white", "font": {"size": 13, "color": "#1a1a1a"}, "align": "left"},
        "meta": {"source_ids": sorted({sid for ids in points["source_ids"] for sid in split_ids(ids)}),
                 "open_data": ["outlines"] if outlines else []},
    }
    if outlines:
        # Bottom left: the basemap's attribution control sits bottom right.
        layout["annotations"] = [{"text": t("map.outlines_credit", lang), "x": 0, "y": 0, "xref": "paper",
                                  "yref": "paper", "xanchor": "left", "yanchor": "bottom", "showarrow": False,
                                  "font": {"size": 10, "color": "#333"}, "bgcolor": "rgba(255,255,255,0.8)"}]
    # Built from dicts: much faster than add_trace / update_layout calls.
    fig = go.Figure(data=traces, layout=layout)
    fig.layout.map.layers = (
        [{"sourcetype": "geojson", "source": SharedGeoJSON(outlines), "type": "line", "color": "#3b3b3b",
          "line": {"width": 1.3}, "below": "traces", "name": "outlines"}] if outlines else []
    )
    return fig


class SharedGeoJSON(dict):
    """A GeoJSON that plotly does not deep-copy: plotly copies a map layer's source on every
    assignment and again in `Figure.to_dict()` (st.plotly_chart calls it), i.e. ~11,500 coordinate
    pairs of département outlines copied two or three times per page run. The outlines are read,
    never modified, so the copies can share them. Serialized exactly as the plain dict."""

    def __deepcopy__(self, memo: dict) -> SharedGeoJSON:
        return self


# --------------------------------------------------------------------------------------------
# Registry (page and batch export draw the same figure)
# --------------------------------------------------------------------------------------------


def cached_outlines() -> dict | None:
    """The département outlines from the open-data cache, or None (never downloads)."""
    try:
        return opendata.load("outlines")
    except opendata.OpenDataError:
        return None


def _build_chart(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    opts = {**DEFAULT_OPTIONS, "style": OFFLINE_STYLE, **options, "lang": lang}
    if "outlines" not in options:
        opts["outlines"] = cached_outlines()
    sites = select_map_sites(dataset.sites, filters, opts["layers"])
    return build_site_map(sites, opts, dataset.sources)


CHARTS = [
    ChartSpec(
        page="map",
        chart_id="site-map",
        title=translations("map.title"),
        build=_build_chart,
        default_options={"size_by": "power_mw", "layers": DEFAULT_LAYERS, "style": OFFLINE_STYLE},
    )
]
