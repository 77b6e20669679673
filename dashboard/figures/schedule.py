"""Schedule slips on /investment: per project its announcement, the first commissioning it was
promised and the latest one, with the slip between them ("début 2026 → fin 2026, +8 mois").

Pure builder `build_schedule_slips(slips, options)`: `slips` is domain.schedule.schedule_slips'
table (the aggregation lives there); options: lang, sources (for the publishers), today.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.filters import Filters
from dashboard.domain.schedule import project_slips
from dashboard.domain.tables import Dataset, split_ids
from dashboard.figures.base import SourceIndex, base_layout, date_ticks, wrap_label
from dashboard.figures.registry import ChartSpec
from dashboard.figures.palette import MID_GREY, NOTE, NOTE_SOFT, SCHEDULE_ANNOUNCED_COLOUR, SCHEDULE_FIRST_COLOUR, SCHEDULE_LATEST_COLOUR
from dashboard.i18n import colon, fmt_as_of, fmt_slip, is_unknown, label_wording, t, translations
from dashboard.i18n.escape import escape_plotly as esc
from dashboard.i18n.periods import fmt_period

ROW_PX = 56
MIN_BAR = pd.Timedelta(days=30)  # a one-day period (an inauguration) still shows


def _ts(value) -> pd.Timestamp:
    return pd.NaT if is_unknown(value) else pd.Timestamp(value)


def promise_text(row: pd.Series, end: str, sources: SourceIndex, lang: str) -> str:
    """One promise for a hover or a table cell: « words » (wording, publisher) for each value given
    on that date, then the date: "« fin 2026 » (telle qu'écrite, DCmag) — 12 février 2026"."""
    items = [t("schedule.promise", lang, value=value, wording=label_wording(quoted, "commissioning", lang),
               source=sources.publisher(source_id))
             for value, quoted, source_id in row[f"{end}_items"]]
    return " / ".join(items) + " — " + fmt_as_of(row[f"{end}_as_of"], lang)


def build_schedule_slips(slips: pd.DataFrame, options: dict | None = None) -> go.Figure:
    """Horizontal bars per project: the first promised commissioning period (light), the latest
    (dark), the announcement (diamond) and the slip in months at the end of the latest promise.
    A project with a single promise date shows one bar and no slip."""
    options = options or {}
    lang = options.get("lang", "fr")
    sources = SourceIndex(options.get("sources"))
    today = pd.Timestamp(options.get("today") or dt.date.today())
    sep = colon(lang)
    rows = slips.reset_index(drop=True)
    names = rows["name"].tolist()

    def hover(row: pd.Series) -> str:
        lines = [f"<b>{esc(row['name'])}</b>"]
        if not is_unknown(row["announced_start"]):
            lines.append(f"{t('schedule.announced', lang)}{sep}{esc(fmt_as_of(str(row['announced_start']), lang))}")
        if row["promises"] > 1:
            lines.append(f"{t('schedule.first', lang)}{sep}{esc(promise_text(row, 'first', sources, lang))}")
        lines.append(f"{t('schedule.latest', lang)}{sep}{esc(promise_text(row, 'latest', sources, lang))}")
        lines.append(f"{t('schedule.slip', lang)}{sep}{esc(fmt_slip(row['slip_months'], lang))}")
        if row["conflict"]:
            lines.append("⚠ " + esc(t("schedule.conflict", lang)))
        if row["undated_values"]:
            lines.append(esc(t("schedule.undated", lang, values=row["undated_values"])))
        return "<br>".join(lines)

    hovers = [hover(row) for _, row in rows.iterrows()]

    def bars(mask: pd.Series, end: str, key: str, colour: str, offset: float) -> dict:
        picked = rows[mask]
        starts = [_ts(v) for v in picked[f"{end}_start"]]
        stops = [_ts(v) + pd.Timedelta(days=1) for v in picked[f"{end}_end"]]
        return {
            "type": "bar", "orientation": "h", "y": picked["name"].tolist(),
            "base": [s.isoformat() for s in starts],
            "x": [max(e - s, MIN_BAR).total_seconds() * 1000.0 for s, e in zip(starts, stops)],
            "offset": offset, "width": 0.38, "name": t(f"schedule.{key}", lang), "marker": {"color": colour},
            "hovertext": [hovers[i] for i in picked.index], "hovertemplate": "%{hovertext}<extra></extra>",
            "customdata": picked["site_id"].tolist(),
        }

    several = rows["promises"] > 1
    undated = rows["undated"].astype(object).where(rows["undated"].notna(), False).astype(bool) \
        if "undated" in rows else pd.Series(False, index=rows.index)
    traces = []  # only what is drawn: the legend lists exactly these
    if several.any():
        traces.append(bars(several, "first", "first", SCHEDULE_FIRST_COLOUR, -0.42))
    if (~undated).any():
        traces.append(bars(~undated, "latest", "latest_or_only", SCHEDULE_LATEST_COLOUR, 0.04))
    if undated.any():  # a date from undated sources: hatched, "non daté" in the legend and the hover
        undated_bars = bars(undated, "latest", "latest_undated", SCHEDULE_LATEST_COLOUR, 0.04)
        undated_bars["marker"] = {"color": "white", "line": {"color": SCHEDULE_LATEST_COLOUR, "width": 1.5},
                                  "pattern": {"shape": "/", "fgcolor": SCHEDULE_LATEST_COLOUR, "solidity": 0.35}}
        traces.append(undated_bars)
    announced = rows[rows["announced_start"].map(lambda v: not is_unknown(v))]
    if not announced.empty:
        traces.append({
            "type": "scatter", "mode": "markers", "y": announced["name"].tolist(),
            "x": [_ts(v).isoformat() for v in announced["announced_start"]], "name": t("schedule.announced", lang),
            "marker": {"symbol": "diamond", "size": 11, "color": SCHEDULE_ANNOUNCED_COLOUR},
            "hovertext": [hovers[i] for i in announced.index], "hovertemplate": "%{hovertext}<extra></extra>",
        })
    slipped = rows[rows["slip_months"].map(lambda v: not is_unknown(v))]
    if not slipped.empty:
        traces.append({
            "type": "scatter", "mode": "text", "y": slipped["name"].tolist(),
            "x": [(_ts(v) + pd.Timedelta(days=1)).isoformat() for v in slipped["latest_end"]],
            "text": ["\u2002" + fmt_slip(v, lang) for v in slipped["slip_months"]], "textposition": "middle right",
            "textfont": {"color": SCHEDULE_LATEST_COLOUR, "size": 13}, "showlegend": False, "hoverinfo": "skip",
            "cliponaxis": False, "name": t("schedule.slip", lang),
        })
    dates = [_ts(v) for c in ("announced_start", "first_start", "latest_end") for v in rows[c] if not is_unknown(v)]
    xaxis: dict = {"type": "date", "title": {"text": t("schedule.date", lang)}}
    if dates:
        lo = min(min(dates), today) - pd.Timedelta(days=120)
        hi = max(max(dates), today) + pd.Timedelta(days=300)  # room for the slip's label
        xaxis.update(range=[lo.isoformat(), hi.isoformat()], **date_ticks(lo, hi, lang))
    source_ids = sorted({s for c in ("first_source_ids", "latest_source_ids") for ids in rows[c] for s in split_ids(ids)}
                        | {s for s in rows["announced_source_id"] if s})
    layout = base_layout(
        lang,
        title={"text": t("schedule.title", lang), "x": 0.01, "xanchor": "left"},
        barmode="overlay",
        xaxis=xaxis,
        yaxis={"categoryorder": "array", "categoryarray": names, "autorange": "reversed", "automargin": True,
               "tickvals": names, "ticktext": [wrap_label(n) for n in names]},
        height=max(300, 170 + ROW_PX * len(names)),
        margin={"r": 30, "t": 90},
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"},
        shapes=[{"type": "line", "x0": today.isoformat(), "x1": today.isoformat(), "y0": 0, "y1": 1,
                 "yref": "paper", "line": {"color": MID_GREY, "dash": "dot", "width": 1}}],
        annotations=[{"x": today.isoformat(), "y": 1, "yref": "paper", "text": t("schedule.today", lang),
                      "showarrow": False, "yanchor": "top", "xanchor": "left", "xshift": 3,
                      "font": {"size": 11, "color": NOTE}}],
        meta={"source_ids": source_ids, "notes": [t("schedule.note", lang)]},
    )
    if rows.empty:
        layout["annotations"].append({"text": t("schedule.none", lang), "xref": "paper", "yref": "paper",
                                      "x": 0.5, "y": 0.5, "showarrow": False, "font": {"color": NOTE_SOFT}})
    return go.Figure(data=traces, layout=layout)


def period_text(row: pd.Series, end: str, lang: str) -> str:
    """A promised period at the precision it was given ('2026', 'septembre 2026 – décembre 2026')."""
    return fmt_period(row[f"{end}_start"], row[f"{end}_end"], lang)


def _build(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return build_schedule_slips(project_slips(dataset, filters), {**options, "lang": lang,
                                                                  "sources": dataset.sources})


CHARTS = [ChartSpec("investment", "investment-schedule-slips", translations("schedule.title"), _build)]
