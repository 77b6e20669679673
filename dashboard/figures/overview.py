"""Overview: headline figures for the current filter, the region's data-centre target against what
the data holds, the latest facts, and their two charts (projects by status; target vs data).

Pure functions (no Streamlit): `summarize(dataset, filters)` is the page's one service call; the
figure builders take what it returns. Sums run over known values only and say how many are
unknown; a sum with an approximate term is approximate (≈); a term with disagreeing sources is
counted and reported.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.overview import Target, count_by_status, project_rows, region_target, state_history
from dashboard.domain.tables import Dataset, source_ids_in
from dashboard.figures.base import TYPE_COLOURS, TYPE_ORDER, base_layout, date_ticks
from dashboard.figures.palette import GREY, GRID, NOTE_SOFT, STATE_COLOUR, STATUS_COLOURS, TARGET_COLOUR
from dashboard.figures.registry import ChartSpec
from dashboard.i18n import fmt_date, fmt_on_date, fmt_number, label_status, label_type, label_wording, t, translations
from dashboard.i18n.escape import escape_plotly as esc



# --------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------


def _figure(traces: list[dict], title: str, source_ids, height: int, xaxis: dict, yaxis: dict, lang: str,
            annotations: list[dict] | None = None) -> go.Figure:
    """One validated construction from plain dicts (several times faster than add_trace/update_*)."""
    layout = base_layout(
        lang,
        title={"text": title, "x": 0, "xanchor": "left"},
        height=height,
        margin={"r": 20, "b": 40},
        barmode="stack",
        legend={"orientation": "h", "yanchor": "top", "y": -0.25, "x": 0, "traceorder": "normal"},
        meta={"source_ids": sorted(source_ids)},
        xaxis={"gridcolor": GRID, "rangemode": "tozero", "tickformat": "d", **xaxis},
        yaxis=yaxis,
        annotations=annotations or [],
    )
    return go.Figure(data=traces, layout=layout)


def _bar(x: list, y: list, name: str, colour: str, text: list[str], hover: str, **extra) -> dict:
    return {"type": "bar", "x": x, "y": y, "orientation": "h", "name": name, "marker": {"color": colour},
            "text": text, "textposition": "inside", "hovertemplate": hover + "<extra></extra>", **extra}


def projects_by_status_figure(projects: pd.DataFrame, lang: str) -> go.Figure:
    """Horizontal bars: the number of projects per status, stacked by project type."""
    title = t("overview.by_status_title", lang)
    axis_x = {"title": {"text": t("overview.by_status_x", lang)}}
    if projects.empty:
        return _figure([], title, set(), 320, axis_x, {"autorange": "reversed"}, lang)
    statuses_of = projects["status"].fillna("unknown").replace("", "unknown")
    counts = pd.crosstab(projects["project_type"], statuses_of)  # type × status
    statuses = list(count_by_status(pd.DataFrame({"status": statuses_of})))
    labels = [label_status(s, lang) for s in statuses]
    present = set(counts.index)
    order = [p for p in TYPE_ORDER if p in present] + sorted(present - set(TYPE_ORDER))
    hover = "%{y} · %{fullData.name}: %{x} " + t("overview.projects", lang)
    traces = []
    for project_type in order:
        row = counts.loc[project_type]
        values = [int(row.get(s, 0)) for s in statuses]
        traces.append(_bar(values, labels, label_type(project_type, lang), TYPE_COLOURS.get(project_type, GREY),
                           [str(v) if v else "" for v in values], hover))
    source_ids = source_ids_in(projects)
    return _figure(traces, title, source_ids, 120 + 45 * len(statuses), axis_x,
                   {"title": {"text": None}, "autorange": "reversed"}, lang)


def target_figure(target: Target, lang: str) -> go.Figure:
    """Three bars: the regional target, the data centres on record by status, the abandoned ones."""
    target_label = t("overview.target_bar", lang)
    active_label = t("overview.target_active", lang)
    abandoned_label = t("overview.target_abandoned", lang)
    traces = []
    if target.value is not None:
        text = fmt_number(target.value, lang, approximate=target.approximate)
        hover = f"{target_label}: {text}"
        if target.conflict:
            values = ", ".join(fmt_number(v, lang) for v in target.values)
            hover += "<br>⚠ " + t("overview.target_conflict", lang, values=values)
            text += " ⚠"
        traces.append(_bar([target.value], [target_label], target_label, TARGET_COLOUR, [text], hover,
                           showlegend=False))
    for status, n in target.by_status.items():
        if status == "abandoned":
            continue
        name = label_status(status, lang)
        traces.append(_bar([n], [active_label], name, STATUS_COLOURS.get(status, STATUS_COLOURS["unknown"]), [str(n)],
                           f"{name}: {t('overview.hover_count', lang, n=n)}"))
    if target.abandoned:
        name = label_status("abandoned", lang)
        traces.append(_bar([target.abandoned], [abandoned_label], name, STATUS_COLOURS["abandoned"],
                           [str(target.abandoned)], f"{name}: {t('overview.hover_count', lang, n=target.abandoned)}"))
    annotations = []
    if target.value is None:
        annotations.append({"text": t("overview.target_unknown", lang), "xref": "paper", "yref": "paper", "x": 0.5,
                            "y": 1.0, "showarrow": False, "font": {"color": NOTE_SOFT}})
    xaxis = {"title": {"text": t("overview.target_x", lang)}}
    if (target.value or 0) <= 20:
        xaxis["dtick"] = 1
    yaxis = {"categoryorder": "array", "categoryarray": [target_label, active_label, abandoned_label],
             "autorange": "reversed", "title": {"text": None}}
    return _figure(traces, t("overview.target_title", lang), {*target.source_ids, *target.centre_source_ids}, 300,
                   xaxis, yaxis, lang, annotations)




def _month_ticks(lo: pd.Timestamp, hi: pd.Timestamp, lang: str) -> dict:
    """Month names in the reader's language: every month over a year or less, else date_ticks'."""
    if (hi - lo).days > 370:
        return date_ticks(lo, hi, lang)
    months = pd.date_range(lo.to_period("M").to_timestamp(), hi, freq="MS")
    months = [m for m in months if m >= lo]
    return {"tickvals": [m.isoformat() for m in months], "ticktext": [fmt_date(f"{m:%Y-%m}", lang) for m in months]}


def state_identified_figure(history: pd.DataFrame, lang: str) -> go.Figure:
    """The number of sites the State identified in the region over time (7 → 8 → 16 …), a step per
    source, each point with its words (or "paraphrase") and publisher. `history`:
    domain.overview.state_history rows; undated rows are left out (no place on a time axis)."""
    title = t("overview.state_title", lang)
    as_of = history["as_of"].fillna("").astype(str) if not history.empty else pd.Series(dtype=str)
    dated = history[as_of != ""]
    axis_y = {"title": {"text": t("overview.state_axis", lang)}, "rangemode": "tozero", "tickformat": "d"}
    if dated.empty:
        return _figure([], title, set(), 300, {"type": "date", "tickformat": None}, axis_y, lang)
    dates = pd.to_datetime(dated["as_of"].astype(str), format="mixed")
    hover = [
        t("overview.state_hover", lang, value=fmt_number(v, lang), as_of=fmt_on_date(a, lang), raw=esc(r),
          wording=label_wording(bool(q), "state_identified_sites", lang), source=esc(p))
        for v, a, r, q, p in zip(dated["value"], dated["as_of"], dated["raw_value"], dated["quoted"], dated["source"])
    ]
    trace = {"type": "scatter", "x": [d.isoformat() for d in dates], "y": dated["value"].tolist(),
             "mode": "lines+markers+text", "line": {"shape": "hv", "color": STATE_COLOUR},
             "marker": {"size": 10, "color": STATE_COLOUR}, "text": [fmt_number(v, lang) for v in dated["value"]],
             "textposition": "top center", "hovertext": hover, "hovertemplate": "%{hovertext}<extra></extra>",
             "showlegend": False, "cliponaxis": False}
    lo, hi = dates.min() - pd.Timedelta(days=45), dates.max() + pd.Timedelta(days=45)
    axis_x = {"type": "date", "tickformat": None, "rangemode": "normal", "range": [lo.isoformat(), hi.isoformat()],
              **_month_ticks(lo, hi, lang)}
    axis_y = {**axis_y, "range": [0, float(dated["value"].max()) * 1.25]}  # room for the labels above the points
    return _figure([trace], title, set(dated["source_id"]), 320, axis_x, axis_y, lang)


def _build_by_status(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return projects_by_status_figure(project_rows(apply_filters(dataset.sites, filters)), lang)


def _build_target(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return target_figure(region_target(dataset, lang), lang)


def _build_state(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return state_identified_figure(state_history(dataset), lang)


CHARTS = [
    ChartSpec("overview", "projects-by-status", translations("overview.by_status_title"),
              _build_by_status),
    ChartSpec("overview", "data-center-target", translations("overview.target_title"), _build_target),
    ChartSpec("overview", "state-identified-sites", translations("overview.state_title"), _build_state),
]
