"""The map of every site: points coloured by project type, sized by power or investment.

`build_site_map(sites, options, sources)` is pure: it draws the rows it is given (plotly
Scattermap on MapLibre, one trace per project type) and the département outlines when the
options carry them. Sizes: the square root of the chosen value scaled between SIZE_MIN and
SIZE_MAX; a site whose value is unknown gets a smaller fixed marker (SIZE_UNKNOWN) and its hover
says "inconnu" — never sized as 0. Gravelines and the substations are context: fixed markers.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.filters import Filters
from dashboard.domain.map import CONTEXT_TYPES, DEFAULT_LAYERS, LAYERS, mappable, select_map_sites
from dashboard.domain.schema import DEPARTEMENTS
from dashboard.domain.tables import Dataset, source_ids_in, split_ids
from dashboard.figures.brownfields import brownfield_traces, grid_traces
from dashboard.figures.ign_datacenters import datacenter_traces
from dashboard.figures.base import (
    OFFLINE_STYLE,
    TYPE_COLOURS,
    TYPE_ORDER,
    SourceIndex,
    base_layout,
    conflict_mark,
    map_frame,
    map_style,
    map_view,
    outline_layer,
)
from dashboard.figures.registry import ChartSpec
from dashboard.figures.palette import LEGEND_BORDER, PANEL, PANEL_LIGHT, TEXT_SOFT
from dashboard.domain.retained import retained_text
from dashboard.i18n import (
    colon,
    fmt_date,
    fmt_eur,
    fmt_m2,
    fmt_mw,
    fmt_number,
    fmt_ratio,
    is_unknown,
    label_status,
    label_type,
    t,
    translations,
)
from dashboard.i18n.escape import escape_plotly
from dashboard.i18n.periods import fmt_period

SIZE_BY = ("power_mw", "investment_eur", "none")


DEFAULT_OPTIONS = {"size_by": "power_mw", "layers": DEFAULT_LAYERS, "style": "carto-positron", "outlines": None}


SIZE_MIN, SIZE_MAX = 11.0, 40.0
SIZE_UNKNOWN = 7.0  # smaller than any known value's marker
SIZE_FIXED = 12.0
CONTEXT_SIZES = {"power_plant": 18.0, "substation": 10.0}
MAX_SOURCES_IN_HOVER = 3
REGION_ZOOM = 6.6  # the figure's (its exports'): the page fits the region to the map's real size


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
      for flag in ("approx", "conflict", "high", "qualifier", "measure", "projection")),
)


def _hover(row: dict | pd.Series, sources: SourceIndex | pd.DataFrame | None, lang: str) -> str:
    """A point's hover card (every data value escaped). `row` is one site (a dict or a Series)."""
    index = sources if isinstance(sources, SourceIndex) else SourceIndex(sources)
    words = lambda key: t("map." + key, lang)  # noqa: E731
    ptype = row["project_type"]
    lines = [f"<b>{escape_plotly(row['name'])}</b>", f"{escape_plotly(label_type(ptype, lang))} · {escape_plotly(label_status(row['status'], lang))}"]
    sep = colon(lang)
    if not is_unknown(row["operator"]):
        lines.append(f"{words('operator')}{sep}{escape_plotly(row['operator'])}")
    place = escape_plotly(row["commune"]) if not is_unknown(row["commune"]) else t("unknown", lang)
    dep = str(row["departement"]) if not is_unknown(row["departement"]) else ""
    if dep:
        place += f" ({escape_plotly(dep)} {escape_plotly(DEPARTEMENTS.get(dep, ''))})".replace(" )", ")")
    lines.append(place)

    def value_line(key: str, column: str, fmt) -> str:
        value = retained_text(row, column, lang)  # the one retained value: bound, range, kind
        return f"{words(key)}{sep}{escape_plotly(value)}{conflict_mark(bool(row.get(f'{column}_conflict', False)), lang)}"

    if ptype == "substation":
        lines.append(f"{words('voltage')}{sep}{escape_plotly(fmt_number(row['voltage_kv'], lang))} kV"
                     if not is_unknown(row["voltage_kv"]) else f"{words('voltage')}{sep}{t('unknown', lang)}")
    else:
        lines.append(value_line("investment", "investment_eur", fmt_eur))
        lines.append(value_line("power", "power_mw", fmt_mw))
    if ptype in ("data_center", "battery", "recycling"):
        commissioning = fmt_period(row["commissioning_start"], row["commissioning_end"], lang)
        lines.append(f"{words('commissioning')}{sep}{escape_plotly(commissioning)}")
    if ptype == "industrial_site":
        lines.append(value_line("occupancy", "occupancy_rate", fmt_ratio))
        lines.append(value_line("floor_area", "floor_area_m2", fmt_m2))
    if not is_unknown(row["jobs"]):
        lines.append(value_line("jobs", "jobs", lambda v, lg, approximate: fmt_number(v, lg, approximate=approximate)))
    precision = row["location_precision"]
    known_precision = precision in ("exact", "commune_centroid", "area")
    lines.append(f"{words('position')}{sep}{escape_plotly(words(precision)) if known_precision else t('unknown', lang)}")
    ids = index.sort(split_ids(row["source_ids"]), last=row["location_source"])
    labels = [escape_plotly(index.label(sid, lang)) for sid in ids[:MAX_SOURCES_IN_HOVER]]
    if len(ids) > MAX_SOURCES_IN_HOVER:
        labels.append(words("more").format(n=len(ids) - MAX_SOURCES_IN_HOVER))
    lines.append(f"{words('sources')}{sep}" + ("<br>  " + "<br>  ".join(labels) if labels else t("unknown", lang)))
    lines.append(f"{words('as_of')}{sep}{escape_plotly(fmt_date(row['as_of'], lang))}")
    return "<br>".join(lines)


def build_site_map(sites: pd.DataFrame, options: dict | None = None, sources: pd.DataFrame | None = None) -> go.Figure:
    """Every site with a position, one Scattermap trace per project type.

    options: lang ("fr"), size_by ("power_mw" | "investment_eur" | "none"), layers (subset of
    LAYERS), style (a MapLibre style name), outlines (GeoJSON FeatureCollection, its prepared
    borders (figures.base.outline_layer) or None), brownfields (Cartofriches table or None),
    osm_grid (the OSM grid table or None), ign_datacenters (IGN's data centres,
    dashboard.data.ign_datacenters, or None).
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
    view = map_view(points, REGION_ZOOM)
    size_what = t(f"map.size_{size_by}", lang)
    layout = base_layout(
        lang,
        **map_frame(t("map.title", lang), wrap=48, legend={
            "title": {"text": t("map.size_legend", lang, what=size_what) if size_by != "none" else ""},
            "bgcolor": PANEL, "bordercolor": LEGEND_BORDER, "borderwidth": 1}),
        map={"style": map_style(opts["style"]), "center": view["center"], "zoom": view["zoom"]},
        height=650,
        meta={"source_ids": sorted(source_ids_in(points)), "open_data": ["outlines"] if outlines else [],
              "fit_bounds": view["fit_bounds"]},
    )
    if outlines:
        # Bottom left: the basemap's attribution control sits bottom right.
        layout["annotations"] = [{"text": t("map.outlines_credit", lang), "x": 0, "y": 0, "xref": "paper",
                                  "yref": "paper", "xanchor": "left", "yanchor": "bottom", "showarrow": False,
                                  "font": {"size": 10, "color": TEXT_SOFT}, "bgcolor": PANEL_LIGHT}]
    # Open-data layers (drawn under the sites): Cartofriches brownfields, the OSM grid.
    extra = []
    if "osm_grid" in layers and opts.get("osm_grid") is not None:
        extra += grid_traces(opts["osm_grid"], lang)
        layout["meta"]["open_data"].append("osm_grid")
    if "brownfields" in layers and opts.get("brownfields") is not None:
        extra += brownfield_traces(opts["brownfields"], lang)
        layout["meta"]["open_data"].append("cartofriches")
    if "ign_datacenters" in layers and opts.get("ign_datacenters") is not None:
        extra += datacenter_traces(opts["ign_datacenters"], lang)
        layout["meta"]["open_data"].append("ign_datacenters")
    credits = [t(f"map.{name}_credit", lang) for name in ("osm_grid", "brownfields", "ign_datacenters")
               if name in layers and opts.get(name) is not None]
    if credits:
        layout.setdefault("annotations", []).append(
            {"text": " · ".join(credits), "x": 0, "y": 0.035 if outlines else 0, "xref": "paper", "yref": "paper",
             "xanchor": "left", "yanchor": "bottom", "showarrow": False, "font": {"size": 10, "color": TEXT_SOFT},
             "bgcolor": PANEL_LIGHT})
    traces = extra + traces
    # Built from dicts: much faster than add_trace / update_layout calls.
    fig = go.Figure(data=traces, layout=layout)
    fig.layout.map.layers = [outline_layer(outlines)] if outlines else []
    return fig


# --------------------------------------------------------------------------------------------
# Registry (page and batch export draw the same figure)
# --------------------------------------------------------------------------------------------


def _build_chart(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    opts = {**DEFAULT_OPTIONS, "style": OFFLINE_STYLE, **options, "lang": lang}
    sites = select_map_sites(dataset.sites, filters, opts["layers"])
    return build_site_map(sites, opts, dataset.sources)


CHARTS = [
    ChartSpec(
        page="map",
        chart_id="site-map",
        title=translations("map.title"),
        build=_build_chart,
        default_options={"size_by": "power_mw", "layers": DEFAULT_LAYERS, "style": OFFLINE_STYLE},
        inputs={"outlines": "outlines", "brownfields": "cartofriches", "osm_grid": "osm_grid"},
    )
]
