"""The /siting score map: every scored row at its place, coloured by its score (excluded rows
grey), with the 400 kV substations, Gravelines and the départements' outlines as context."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain import siting
from dashboard.domain.tables import split_ids
from dashboard.figures.base import OFFLINE_STYLE, base_layout, map_frame, map_style, map_view, outline_layer
from dashboard.figures.siting_format import chart_meta, DEFAULT_OPTIONS, km, num, preset_label
from dashboard.figures.palette import CANDIDATE_MARK_COLOUR, EXCLUDED_COLOUR, PANEL, SCORE_COLORSCALE, TEXT_SOFT, TYPE_COLOURS
from dashboard.i18n import colon, is_unknown, label_type, t
from dashboard.i18n.escape import escape_plotly

STYLES = ("carto-positron", OFFLINE_STYLE)  # the score map's basemaps: online, or offline (the default)


def _hover(row: dict, lang: str) -> str:
    """The hover card of a scored row (a record: column -> value)."""
    sep = colon(lang)
    lines = [f"<b>{escape_plotly(row['name'])}</b>", escape_plotly(label_type(row["project_type"], lang))]
    score = row["score"]
    if is_unknown(score):
        lines.append(f"{t('siting.score', lang)}{sep}{t('siting.unknown', lang)}")
    else:
        rank = "" if is_unknown(row["rank"]) else f" · {t('siting.rank', lang)} {int(row['rank'])}"
        lines.append(f"<b>{t('siting.score', lang)}{sep}{num(score, lang)}/100</b>{rank}")
    lines.append(f"{t('siting.confidence', lang)}{sep}{int(row['n_with_data'])}/{int(row['n_criteria'])}")
    if row["excluded"]:
        reasons = ", ".join(
            siting.EXCLUSIONS[k].label.get(lang, siting.EXCLUSIONS[k].label["fr"])
            for k in split_ids(row["exclusion_reasons"])
        )
        lines.append(f"<i>{escape_plotly(t('siting.excluded_because', lang, reasons=reasons))}</i>")
    for label_key, name_col, km_col in (
        ("nearest_400kv", "nearest_400kv_name", "nearest_400kv_km"),
        ("nearest_225kv", "nearest_225kv_name", "nearest_225kv_km"),
    ):
        name = row.get(name_col)
        where = f" ({escape_plotly(name)})" if not is_unknown(name) else ""
        lines.append(f"{t('siting.' + label_key, lang)}{sep}{km(row.get(km_col), lang)}{where}")
    lines.append(f"{t('siting.gravelines_km', lang)}{sep}{km(row.get('gravelines_km'), lang)}")
    lines.append(f"{t('siting.lille_km', lang)}{sep}{km(row.get('input_dist_lille'), lang)}")
    land = row.get("input_land_area")
    lines.append(
        f"{t('siting.land', lang)}{sep}"
        + (t("siting.unknown", lang) if is_unknown(land) else f"{num(land, lang, digits=1)}\u00a0ha")
    )
    brown = row.get("input_brownfield")
    lines.append(
        f"{t('siting.brownfield', lang)}{sep}"
        + (t("siting.unknown", lang) if is_unknown(brown) else t("siting.yes" if brown else "siting.no", lang))
    )
    return "<br>".join(lines)


_HOVER_COLUMNS = (
    "name", "project_type", "score", "rank", "n_with_data", "n_criteria", "excluded", "exclusion_reasons",
    "nearest_400kv_name", "nearest_400kv_km", "nearest_225kv_name", "nearest_225kv_km", "gravelines_km",
    "input_dist_lille", "input_land_area", "input_brownfield",
)  # fmt: skip


def _hovers(rows: pd.DataFrame, lang: str) -> list[str]:
    records = rows[[c for c in _HOVER_COLUMNS if c in rows.columns]].to_dict("records")
    return [_hover(record, lang) for record in records]


def _kept_when_clicked(marker: dict) -> dict:
    """A click on the map selects a point (Streamlit's selection event): the other points keep their look."""
    return {"unselected": {"marker": {"opacity": marker.get("opacity", 1)}}}


def _points_trace(lat, lon, name: str, marker: dict, hovertext: list[str], role: str, **extra) -> dict:
    """A scattermap trace of markers with an escaped hover text per point and its role in `meta`."""
    return {"type": "scattermap", "lat": list(lat), "lon": list(lon), "mode": "markers", "name": name,
            "marker": marker, "hovertext": hovertext, "hovertemplate": "%{hovertext}<extra></extra>",
            "meta": {"role": role}, **_kept_when_clicked(marker), **extra}


def build_score_map(scored: pd.DataFrame, options: dict | None = None) -> go.Figure:
    """Scored sites coloured by score (0–100, one colour scale), excluded ones in grey,
    candidates outlined, the 400 kV substations and Gravelines as context.

    options: lang, preset, click_grid ((lats, lons): points a click picks, first, unseen; the page's
    map only), style ("carto-positron" | "white-bg", the offline one; drawn with
    dashboard.figures.map.map_style, as on /map: the points and outlines show even when the
    online tiles cannot load), outlines (GeoJSON, its prepared borders or None), substations (DataFrame name, lat, lon:
    400 kV context, optional), gravelines ((name, lat, lon) or None), grid_source_ids, open_data.
    """
    opts = {**DEFAULT_OPTIONS, "lang": "fr", **(options or {})}
    lang = opts["lang"]
    points = scored.dropna(subset=["lat", "lon"])
    traces: list[dict] = []

    grid = opts.get("click_grid")
    if grid:  # first (curve 0): a point per H3 cell, unseen, that a click picks (the page adds a candidate there)
        traces.append({
            "type": "scattermap", "lat": list(grid[0]), "lon": list(grid[1]), "mode": "markers",
            "marker": {"size": 8, "opacity": 0}, "selected": {"marker": {"opacity": 0}},
            "unselected": {"marker": {"opacity": 0}}, "showlegend": False, "name": t("siting_page.click_hover", lang),
            "hovertemplate": f"{t('siting_page.click_hover', lang)}<br>%{{lat:.3f}}° N, %{{lon:.3f}}° E<extra></extra>",
            "meta": {"role": "click-grid"},
        })

    substations = opts.get("substations")
    if substations is not None and not substations.empty:
        traces.append(_points_trace(substations["lat"], substations["lon"], t("siting.substations", lang),
                                    {"size": 7, "color": TEXT_SOFT, "opacity": 0.7},
                                    [escape_plotly(n) for n in substations["name"]], "substations"))
    gravelines = opts.get("gravelines")
    if gravelines:
        traces.append(_points_trace([gravelines[1]], [gravelines[2]], t("siting.gravelines", lang),
                                    {"size": 14, "color": TYPE_COLOURS["power_plant"]}, [escape_plotly(gravelines[0])], "gravelines"))

    out = (points["excluded"] | points["score"].isna()).to_numpy(dtype=bool)
    excluded = points[out]
    if not excluded.empty:
        traces.append(_points_trace(excluded["lat"], excluded["lon"], t("siting.excluded", lang),
                                    {"size": 11, "color": EXCLUDED_COLOUR, "opacity": 0.9},
                                    _hovers(excluded, lang), "excluded", customdata=excluded["site_id"].tolist()))
    ranked = points[~out]
    is_candidate = (ranked["project_type"] == siting.CANDIDATE_TYPE).to_numpy(dtype=bool)
    for role, rows, size in (("scored", ranked[~is_candidate], 14), ("candidates", ranked[is_candidate], 18)):
        if rows.empty:
            continue
        if role == "candidates":  # a dark ring under the candidates sets them apart (and stands for them in the legend)
            traces.append(
                {
                    "type": "scattermap",
                    "lat": rows["lat"].tolist(),
                    "lon": rows["lon"].tolist(),
                    "mode": "markers",
                    "name": t("siting." + role, lang),
                    "marker": {"size": size + 6, "color": CANDIDATE_MARK_COLOUR},
                    "hoverinfo": "skip",
                    "meta": {"role": "candidate-ring"},
                    **_kept_when_clicked({}),
                }
            )
        # Colour-scaled markers: the colour bar is their legend (a legend entry would show no colour).
        traces.append(
            {
                "type": "scattermap",
                "lat": rows["lat"].tolist(),
                "lon": rows["lon"].tolist(),
                "mode": "markers",
                "name": t("siting." + role, lang),
                "showlegend": False,
                "marker": {"size": size, "color": rows["score"].tolist(), "coloraxis": "coloraxis", "opacity": 0.95},
                "hovertext": _hovers(rows, lang),
                "hovertemplate": "%{hovertext}<extra></extra>",
                "customdata": rows["site_id"].tolist(),
                "meta": {"role": role},
                **_kept_when_clicked({"opacity": 0.95}),
            }
        )

    layers = [outline_layer(opts["outlines"])] if opts.get("outlines") else []
    view = map_view(points, 6.6)
    layout = base_layout(
        lang,
        **map_frame(t("siting.map_title", lang, preset=preset_label(opts["preset"], lang)), legend={"bgcolor": PANEL}),
        map={"style": map_style(opts["style"]), "center": view["center"], "zoom": view["zoom"]},
        coloraxis={
            "colorscale": SCORE_COLORSCALE,
            "cmin": 0,
            "cmax": 100,
            "colorbar": {"title": {"text": t("siting.score", lang)}, "thickness": 14, "len": 0.6},
        },
        height=int(opts.get("height") or 600),  # the page's first screen asks for less (options["height"])
        meta={**chart_meta(points, opts), "fit_bounds": view["fit_bounds"]},
    )
    fig = go.Figure(data=traces, layout=layout)
    # Set apart: plotly deep-copies a layer's GeoJSON once here, three times inside a layout dict.
    fig.layout.map.layers = layers
    return fig
