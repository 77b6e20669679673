"""Figures of the /siting page: score map, ranking (score split by criterion), sensitivity.

The scores come from dashboard.domain.siting.evaluate; the score map is in siting_map.py, what
the charts share (colours, numbers, the sources' metadata) in siting_format.py.

The builders are pure: they draw the scored rows they are given (`siting.evaluate(...).scored`, i.e.
the sites' own columns plus `siting.score` columns) and put the ids of the sources behind the
plotted data in `fig.layout.meta["source_ids"]`, the open datasets in `meta["open_data"]`.
`CHARTS` lets the batch export draw the same figures from a Dataset (without candidates, which
live in a browser session only).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.domain import siting
from dashboard.domain.filters import Filters
from dashboard.domain.tables import Dataset
from dashboard.figures.base import OFFLINE_STYLE, base_layout
from dashboard.figures.palette import CRITERION_COLOURS, SENSITIVITY_COLORSCALE
from dashboard.figures.registry import ChartSpec
from dashboard.figures.siting_format import (
    chart_meta,
    DEFAULT_OPTIONS,
    DEFAULT_TOP_N,
    num,
    preset_label,
)
from dashboard.figures.siting_map import build_score_map, STYLES  # noqa: F401 - STYLES: the page's basemap choice
from dashboard.i18n import is_unknown, label_type, t
from dashboard.i18n.escape import escape_plotly


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
    # A rule that could not be checked for lack of data: the site is marked wherever it is ranked.
    unchecked = shown.get("rule_unchecked", pd.Series(False, index=shown.index)).fillna(False)
    marks = [m + (f" {t('siting_page.unchecked_mark', lang)}" if u else "") for m, u in zip(marks, unchecked)]
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
                f"{t('siting.value', lang)} {num(v, lang, digits=2)} → {num(c, lang, digits=1)} {t('siting.points', lang)}"
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
            "text": [num(s, lang) for s in totals],
            "textposition": "middle right",
            "showlegend": False,
            "hoverinfo": "skip",
            "meta": {"role": "total"},
        }
    )
    title = t("siting.ranking_title", lang, preset=preset_label(opts["preset"], lang))
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
        meta=chart_meta(shown, opts),
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
            [("+" if v > 0 else "") + num(v, lang) if v else "0" for v in line] for line in np.nan_to_num(z).tolist()
        ]
        traces.append(
            {
                "type": "heatmap",
                "z": z.tolist(),
                "x": columns,
                "y": rows,
                "text": text,
                "texttemplate": "%{text}",
                "colorscale": SENSITIVITY_COLORSCALE,
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
        meta=chart_meta(opts.get("rows") if opts.get("rows") is not None else pd.DataFrame(), opts),
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
