"""Figures of the /siting page: score map, ranking (score split by criterion), sensitivity.

About 500 lines, kept whole: the three charts share the hover card, the criterion colours and the
sources' metadata; the scores come from dashboard.domain.siting.evaluate.

The builders are pure: they draw the scored rows they are given (`siting.evaluate(...).scored`, i.e.
the sites' own columns plus `siting.score` columns) and put the ids of the sources behind the
plotted data in `fig.layout.meta["source_ids"]`, the open datasets in `meta["open_data"]`.
`CHARTS` lets the batch export draw the same figures from a Dataset (without candidates, which
live in a browser session only).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.domain import siting
from dashboard.domain.filters import Filters
from dashboard.domain.schema import REGION_BBOX
from dashboard.domain.tables import Dataset, split_ids
from dashboard.figures.base import OFFLINE_STYLE, base_layout, map_style, outline_layer
from dashboard.figures.registry import ChartSpec
from dashboard.i18n import colon, fmt_km, fmt_number, is_unknown, label_type, t
from dashboard.i18n.escape import escape_plotly

# Okabe-Ito colours, one per criterion (readable with colour-vision deficiencies).
CRITERION_COLOURS = {
    "dist_400kv": "#0072B2",
    "dist_225kv": "#56B4E9",
    "dist_gravelines": "#D55E00",
    "brownfield": "#CC79A7",
    "land_area": "#009E73",
    "dist_lille": "#E69F00",
    "dist_400kv_line": "#332288",
}
SCORE_COLORSCALE = "Viridis"  # perceptually uniform, colour-blind safe
EXCLUDED_COLOUR = "#9E9E9E"
STYLES = ("carto-positron", OFFLINE_STYLE)  # the score map's basemaps: online, or offline (the default)
DEFAULT_TOP_N = 25
DEFAULT_OPTIONS = {"preset": siting.DEFAULT_PRESET, "weights": None, "style": OFFLINE_STYLE, "outlines": None}



@lru_cache(maxsize=8192)
def _number(value: float, lang: str, digits: int) -> str:
    return fmt_number(value, lang, digits=digits)


def _num(value: object, lang: str, digits: int = 0) -> str:
    """i18n.fmt_number, remembered per value (Babel's formatting dominates the builders' time)."""
    return fmt_number(value, lang, digits=digits) if is_unknown(value) else _number(float(value), lang, digits)


def _km(value: object, lang: str) -> str:
    """i18n.fmt_km, remembered per value."""
    return fmt_km(value, lang) if is_unknown(value) else _number(float(value), lang, 1) + "\u00a0km"


def _preset_label(preset, lang: str) -> str:
    preset = siting.get_preset(preset)
    return preset.label.get(lang, preset.label["fr"])


# --------------------------------------------------------------------------------------------
# Data for the figures
# --------------------------------------------------------------------------------------------


def _meta(rows: pd.DataFrame, options: dict) -> dict:
    ids = {sid for value in rows.get("source_ids", pd.Series(dtype=object)) for sid in split_ids(value)}
    ids |= set(options.get("grid_source_ids") or ())
    open_data = list(options.get("open_data") or [])
    if "nearest_225kv_km" in rows and rows["nearest_225kv_km"].notna().any() and "substations" not in open_data:
        open_data.append("substations")
    if options.get("outlines") and "outlines" not in open_data:
        open_data.append("outlines")
    return {"source_ids": sorted(ids), "open_data": open_data}


# --------------------------------------------------------------------------------------------
# Map
# --------------------------------------------------------------------------------------------


def _hover(row: dict, lang: str) -> str:
    """The hover card of a scored row (a record: column -> value)."""
    sep = colon(lang)
    lines = [f"<b>{escape_plotly(row['name'])}</b>", escape_plotly(label_type(row["project_type"], lang))]
    score = row["score"]
    if is_unknown(score):
        lines.append(f"{t('siting.score', lang)}{sep}{t('siting.unknown', lang)}")
    else:
        rank = "" if is_unknown(row["rank"]) else f" · {t('siting.rank', lang)} {int(row['rank'])}"
        lines.append(f"<b>{t('siting.score', lang)}{sep}{_num(score, lang)}/100</b>{rank}")
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
        lines.append(f"{t('siting.' + label_key, lang)}{sep}{_km(row.get(km_col), lang)}{where}")
    lines.append(f"{t('siting.gravelines_km', lang)}{sep}{_km(row.get('gravelines_km'), lang)}")
    lines.append(f"{t('siting.lille_km', lang)}{sep}{_km(row.get('input_dist_lille'), lang)}")
    land = row.get("input_land_area")
    lines.append(
        f"{t('siting.land', lang)}{sep}"
        + (t("siting.unknown", lang) if is_unknown(land) else f"{_num(land, lang, digits=1)}\u00a0ha")
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


def _view(points: pd.DataFrame) -> tuple[dict, float]:
    region = {
        "lat": (REGION_BBOX["lat_min"] + REGION_BBOX["lat_max"]) / 2,
        "lon": (REGION_BBOX["lon_min"] + REGION_BBOX["lon_max"]) / 2,
    }
    if points.empty:
        return region, 6.6
    span = max(
        float(points["lat"].max() - points["lat"].min()) * 1.5, float(points["lon"].max() - points["lon"].min()), 0.05
    )
    if span >= 1.5:
        return region, 6.6
    centre = {"lat": float(points["lat"].mean()), "lon": float(points["lon"].mean())}
    return centre, max(6.6, min(11.0, math.log2(360.0 / span) - 1.2))


def _points_trace(lat, lon, name: str, marker: dict, hovertext: list[str], role: str, **extra) -> dict:
    """A scattermap trace of markers with an escaped hover text per point and its role in `meta`."""
    return {"type": "scattermap", "lat": list(lat), "lon": list(lon), "mode": "markers", "name": name,
            "marker": marker, "hovertext": hovertext, "hovertemplate": "%{hovertext}<extra></extra>",
            "meta": {"role": role}, **extra}


def build_score_map(scored: pd.DataFrame, options: dict | None = None) -> go.Figure:
    """Scored sites coloured by score (0–100, one colour scale), excluded ones in grey,
    candidates outlined, the 400 kV substations and Gravelines as context.

    options: lang, preset, style ("carto-positron" | "white-bg", the offline one; drawn with
    dashboard.figures.map.map_style, as on /map: the points and outlines show even when the
    online tiles cannot load), outlines (GeoJSON, its prepared borders or None), substations (DataFrame name, lat, lon:
    400 kV context, optional), gravelines ((name, lat, lon) or None), grid_source_ids, open_data.
    """
    opts = {**DEFAULT_OPTIONS, "lang": "fr", **(options or {})}
    lang = opts["lang"]
    points = scored.dropna(subset=["lat", "lon"])
    traces: list[dict] = []

    substations = opts.get("substations")
    if substations is not None and not substations.empty:
        traces.append(_points_trace(substations["lat"], substations["lon"], t("siting.substations", lang),
                                    {"size": 7, "color": "#333333", "opacity": 0.7},
                                    [escape_plotly(n) for n in substations["name"]], "substations"))
    gravelines = opts.get("gravelines")
    if gravelines:
        traces.append(_points_trace([gravelines[1]], [gravelines[2]], t("siting.gravelines", lang),
                                    {"size": 14, "color": "#D55E00"}, [escape_plotly(gravelines[0])], "gravelines"))

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
                    "marker": {"size": size + 6, "color": "#000000"},
                    "hoverinfo": "skip",
                    "meta": {"role": "candidate-ring"},
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
            }
        )

    layers = [outline_layer(opts["outlines"])] if opts.get("outlines") else []
    centre, zoom = _view(points)
    layout = base_layout(
        lang,
        title={
            "text": t("siting.map_title", lang, preset=_preset_label(opts["preset"], lang)),
            "x": 0.01,
            "xanchor": "left",
        },
        map={"style": map_style(opts["style"]), "center": centre, "zoom": zoom},
        coloraxis={
            "colorscale": SCORE_COLORSCALE,
            "cmin": 0,
            "cmax": 100,
            "colorbar": {"title": {"text": t("siting.score", lang)}, "thickness": 14, "len": 0.6},
        },
        height=600,
        margin={"l": 0, "r": 0, "t": 48, "b": 0},
        legend={"x": 0.01, "y": 0.98, "xanchor": "left", "yanchor": "top", "bgcolor": "rgba(255,255,255,0.85)"},
        meta=_meta(points, opts),
    )
    fig = go.Figure(data=traces, layout=layout)
    # Set apart: plotly deep-copies a layer's GeoJSON once here, three times inside a layout dict.
    fig.layout.map.layers = layers
    return fig


# --------------------------------------------------------------------------------------------
# Ranking
# --------------------------------------------------------------------------------------------


def build_ranking_chart(scored: pd.DataFrame, options: dict | None = None) -> go.Figure:
    """Horizontal bars, best site on top: each bar is the score split into the criteria's points.

    Only ranked sites (not excluded, with a score); options: lang, preset, top_n (25).
    """
    opts = {**DEFAULT_OPTIONS, "lang": "fr", "top_n": DEFAULT_TOP_N, **(options or {})}
    lang = opts["lang"]
    ranked = scored[scored["rank"].notna()].sort_values(["rank", "name"])
    shown = ranked.head(int(opts["top_n"]))
    names = shown["name"].tolist()
    # Cartofriches brownfields scored as candidates say so in their label.
    marks = [f" · {label_type(p, lang)}" if p == siting.BROWNFIELD_TYPE else "" for p in shown["project_type"]]
    labels = [f"{int(r)}. {escape_plotly(n)}{escape_plotly(m)}" for r, n, m in zip(shown["rank"], names, marks)]
    escaped = [escape_plotly(name) for name in names]
    traces: list[dict] = []
    for key, criterion in siting.CRITERIA.items():
        contrib = shown[f"contrib_{key}"].fillna(0.0)
        if not (contrib > 0).any():
            continue
        values = shown[f"value_{key}"].tolist()
        contrib = contrib.tolist()
        label = criterion.label.get(lang, criterion.label["fr"])
        head = f"<br>{escape_plotly(label)}<br>"
        hover = [
            f"<b>{name}</b>{head}"
            + (
                f"{t('siting.value', lang)} {_num(v, lang, digits=2)} → {_num(c, lang, digits=1)} {t('siting.points', lang)}"
                if not is_unknown(v)
                else t("siting.no_data", lang)
            )
            for name, v, c in zip(escaped, values, contrib)
        ]
        traces.append(
            {
                "type": "bar",
                "y": labels,
                "x": contrib,
                "orientation": "h",
                "name": label,
                "marker": {"color": CRITERION_COLOURS.get(key)},
                "hovertext": hover,
                "hovertemplate": "%{hovertext}<extra></extra>",
                "meta": {"criterion": key},
            }
        )
    notes = []
    if len(ranked) > len(shown):
        notes.append(t("siting.top_n", lang, n=len(shown), total=len(ranked)))
    n_excluded = int(scored["excluded"].sum())
    if n_excluded:
        notes.append(t("siting.not_shown", lang, n=n_excluded))
    totals = shown["score"].tolist()
    traces.append(
        {  # the total at the end of each bar
            "type": "scatter",
            "y": labels,
            "x": totals,
            "mode": "text",
            "text": [_num(s, lang) for s in totals],
            "textposition": "middle right",
            "showlegend": False,
            "hoverinfo": "skip",
            "meta": {"role": "total"},
        }
    )
    title = t("siting.ranking_title", lang, preset=_preset_label(opts["preset"], lang))
    if notes:
        title += f"<br><sup>{escape_plotly(' '.join(notes))}</sup>"
    layout = base_layout(
        lang,
        barmode="stack",
        title={"text": title, "x": 0.01, "xanchor": "left"},
        xaxis={"title": {"text": t("siting.rank_axis", lang)}, "range": [0, 108]},
        yaxis={"autorange": "reversed", "automargin": True},
        height=max(320, 90 + 28 * len(shown)),
        margin={"t": 70, "b": 40},
        legend={"orientation": "h", "y": -0.12 if len(shown) > 6 else -0.25, "x": 0},
        meta=_meta(shown, opts),
    )
    return go.Figure(data=traces, layout=layout)


# --------------------------------------------------------------------------------------------
# Sensitivity
# --------------------------------------------------------------------------------------------


def build_sensitivity_chart(sens: pd.DataFrame, options: dict | None = None) -> go.Figure:
    """Heat map: one row per site (best first), one column per weight change (−δ, +δ per
    criterion), the cell = places gained (> 0) or lost (< 0). options: lang, delta, top_n, rows
    (the scored rows, for the sources)."""
    opts = {**DEFAULT_OPTIONS, "lang": "fr", "delta": 0.2, "top_n": DEFAULT_TOP_N, **(options or {})}
    lang, pct = opts["lang"], round(float(opts["delta"]) * 100)
    traces: list[dict] = []
    if not sens.empty:
        sites = sens.drop_duplicates("site_id").sort_values(["base_rank", "name"]).head(int(opts["top_n"]))
        columns, cells = [], {}
        for key, criterion in siting.CRITERIA.items():
            for direction in (-1, 1):
                label = criterion.short.get(lang, criterion.label.get(lang, criterion.label["fr"]))
                columns.append(t("siting.weight_change", lang, label=label, sign="−" if direction < 0 else "+", pct=pct))
                cells[(key, direction)] = len(cells)
        row_of = {sid: i for i, sid in enumerate(sites["site_id"])}
        z = np.full((len(sites), len(cells)), np.nan)  # rows: sites, columns: changes
        entries = zip(sens["criterion"], sens["direction"], sens["site_id"], sens["places_gained"])
        for key, direction, sid, gained in entries:
            i, j = row_of.get(sid), cells.get((key, direction))
            if i is not None and j is not None:
                z[i, j] = gained
        bound = max(1.0, float(np.nanmax(np.abs(z))) if np.isfinite(z).any() else 1.0)
        rows = [f"{int(r)}. {escape_plotly(n)}" for r, n in zip(sites["base_rank"], sites["name"])]
        text = [
            [("+" if v > 0 else "") + _num(v, lang) if v else "0" for v in line] for line in np.nan_to_num(z).tolist()
        ]
        traces.append(
            {
                "type": "heatmap",
                "z": z.tolist(),
                "x": columns,
                "y": rows,
                "text": text,
                "texttemplate": "%{text}",
                "colorscale": "RdBu",
                "zmid": 0,
                "zmin": -bound,
                "zmax": bound,
                "colorbar": {"title": {"text": t("siting.places", lang)}, "thickness": 12},
                "hovertemplate": "%{y}<br>%{x}<br>%{text} " + t("siting.places", lang) + "<extra></extra>",
                "xgap": 2,
                "ygap": 2,
            }
        )
        height = max(300, 160 + 26 * len(sites))
    else:
        height = 300
    layout = base_layout(
        lang,
        title={"text": t("siting.sensitivity_title", lang, pct=pct), "x": 0.01, "xanchor": "left"},
        xaxis={"tickangle": -35, "automargin": True, "side": "bottom"},
        yaxis={"autorange": "reversed", "automargin": True},
        height=height,
        margin={"b": 10},
        meta=_meta(opts.get("rows") if opts.get("rows") is not None else pd.DataFrame(), opts),
    )
    return go.Figure(data=traces, layout=layout)


# --------------------------------------------------------------------------------------------
# Registry (the page and the batch export draw the same figures)
# --------------------------------------------------------------------------------------------


def evaluation_for(dataset: Dataset, filters: Filters, options: dict) -> siting.Evaluation:
    """The page's scoring path: the options' `evaluation` (the page's, from the repository), else
    the same single domain call, siting.evaluate, for the options' weights and preset."""
    if options.get("evaluation") is not None:
        return options["evaluation"]
    request = siting.Request.of(filters, options.get("weights"), options.get("preset", siting.DEFAULT_PRESET),
                                delta=options.get("delta", 0.2))
    return siting.evaluate(dataset.sites, options.get("odre"), request)


def _options(evaluation: siting.Evaluation, options: dict, lang: str) -> dict:
    context = {"substations": evaluation.kv400, "gravelines": evaluation.gravelines,
               "grid_source_ids": evaluation.grid_source_ids}
    return {**DEFAULT_OPTIONS, **context, **options, "lang": lang}


def _build_map(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    evaluation = evaluation_for(dataset, filters, options)
    return build_score_map(evaluation.scored, _options(evaluation, options, lang))


def _build_ranking(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    evaluation = evaluation_for(dataset, filters, options)
    return build_ranking_chart(evaluation.scored, _options(evaluation, options, lang))


def _build_sensitivity(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    evaluation = evaluation_for(dataset, filters, options)
    # The scored rows are the sensitivity's rows (the same sources).
    return build_sensitivity_chart(evaluation.sensitivity, {**_options(evaluation, options, lang), "rows": evaluation.scored})


CHARTS = [
    ChartSpec(
        page="siting",
        chart_id="siting-score-map",
        title={"fr": "Carte du score d'aptitude", "en": "Suitability score map"},
        build=_build_map,
        default_options={"preset": siting.DEFAULT_PRESET, "style": OFFLINE_STYLE},
        inputs={"outlines": "outlines", "odre": "substations"},
    ),
    ChartSpec(
        page="siting",
        chart_id="siting-ranking",
        title={"fr": "Classement des sites", "en": "Site ranking"},
        build=_build_ranking,
        default_options={"preset": siting.DEFAULT_PRESET},
        inputs={"odre": "substations"},
    ),
    ChartSpec(
        page="siting",
        chart_id="siting-sensitivity",
        title={"fr": "Sensibilité du classement aux poids", "en": "Ranking sensitivity to the weights"},
        build=_build_sensitivity,
        default_options={"preset": siting.DEFAULT_PRESET, "delta": 0.2},
        inputs={"odre": "substations"},
    ),
]
