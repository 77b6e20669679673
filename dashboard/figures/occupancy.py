"""Reoccupation of industrial host sites: occupancy rate per site, one site's history, its tenants.

Pure builders. An unknown rate is listed with the label "inconnu" (a text mark at the axis
origin), never drawn as a 0 bar. Every point of the history carries its source and date.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.filters import Filters
from dashboard.domain.occupancy import default_history_site, history_of, host_sites, select_hosts
from dashboard.domain.retained import retained_text, site_flags, site_qualifiers, site_texts
from dashboard.domain.schema import default_measure
from dashboard.domain.tables import Dataset
from dashboard.figures.base import SourceIndex, base_layout, date_ticks, wrap_label
from dashboard.figures.registry import ChartSpec
from dashboard.figures.palette import NOTE, OCCUPANCY_BAR_COLOUR, OCCUPANCY_SERIES_COLOURS
from dashboard.i18n import colon, fmt_date, fmt_ratio, t, translations
from dashboard.i18n.escape import escape_plotly

PERCENT_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


def _percent_axis(lang: str) -> dict:
    return {"tickvals": list(PERCENT_TICKS), "ticktext": [fmt_ratio(v, lang) for v in PERCENT_TICKS]}


def build_occupancy_by_site(sites: pd.DataFrame, occupancy: pd.DataFrame, sources: pd.DataFrame | None = None,
                            options: dict | None = None) -> go.Figure:
    """Horizontal bars of the current rate per host site, highest on top; unknown rates listed below."""
    lang = (options or {}).get("lang", "fr")
    sep = colon(lang)
    hosts = host_sites(sites)
    known = hosts[hosts["occupancy_rate"].notna()].sort_values(["occupancy_rate", "name"], ascending=[False, True])
    unknown = hosts[hosts["occupancy_rate"].isna()].sort_values("name")

    index = SourceIndex(sources)

    def hover(row) -> str:
        history = history_of(occupancy, row.site_id)
        latest = history.iloc[-1] if not history.empty else None
        rate = escape_plotly(retained_text(row._asdict(), "occupancy_rate", lang))
        lines = [f"<b>{escape_plotly(row.name)}</b>", f"{t('occupancy.rate', lang)}{sep}{rate}"]
        if latest is not None:
            lines.append(f"{t('occupancy.as_of', lang)}{sep}{escape_plotly(fmt_date(latest['as_of'], lang))}")
            lines.append(f"{t('occupancy.source', lang)}{sep}{escape_plotly(index.label(latest['source_id'], lang))}")
        return "<br>".join(lines)

    columns = ["site_id", "name", "occupancy_rate", *(f"occupancy_rate_{f}" for f in
                                                      ("approx", "high", "qualifier", "measure", "projection"))]
    known_rows = list(known.reindex(columns=columns).itertuples(index=False))
    traces = [{
        "type": "bar",
        "x": [r.occupancy_rate for r in known_rows],
        "y": [escape_plotly(r.name) for r in known_rows],  # category values are drawn (ticks, %{y})
        "orientation": "h",
        "name": t("occupancy.known", lang),
        "marker": {"color": OCCUPANCY_BAR_COLOUR},
        "text": [retained_text(r._asdict(), "occupancy_rate", lang) for r in known_rows],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertext": [hover(r) for r in known_rows],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "customdata": [r.site_id for r in known_rows],
    }]
    if not unknown.empty:
        traces.append({
            "type": "scatter",
            "x": [0.0] * len(unknown),
            "y": [escape_plotly(n) for n in unknown["name"]],
            "mode": "text",
            "name": t("occupancy.unknown_legend", lang),
            "text": [t("unknown", lang)] * len(unknown),
            "textposition": "middle right",
            "textfont": {"color": NOTE, "style": "italic"},
            "cliponaxis": False,
            "hovertext": [f"<b>{escape_plotly(n)}</b><br>{t('occupancy.unknown_rate', lang)}" for n in unknown["name"]],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "customdata": unknown["site_id"].tolist(),
            "showlegend": False,
        })
    order = [*known["name"], *unknown["name"]]
    # Built from dicts: much faster than add_trace / update_layout calls.
    return go.Figure(data=traces, layout=base_layout(
        lang,
        title={"text": t("occupancy.by_site_title", lang), "x": 0.01, "xanchor": "left"},
        xaxis={"title": {"text": t("occupancy.rate", lang)}, "range": [0, 1.12], **_percent_axis(lang)},
        yaxis={"categoryorder": "array", "categoryarray": [escape_plotly(n) for n in order], "autorange": "reversed",
               "automargin": True, "tickvals": [escape_plotly(n) for n in order], "ticktext": [wrap_label(name) for name in order]},
        height=max(260, 120 + 50 * len(order)),
        margin={"r": 30},
        showlegend=False,
        meta={"source_ids": _history_sources(occupancy, hosts["site_id"])},
    ))


def _history_sources(occupancy: pd.DataFrame, site_ids) -> list[str]:
    rows = occupancy[occupancy["site_id"].isin(set(site_ids))]
    return sorted(set(rows["source_id"].dropna().astype(str)))




def _history_trace(points: pd.DataFrame, site_name: str, index: SourceIndex, lang: str, colour: str, name: str,
                   projection: bool, skip_first: bool) -> dict:
    """One series of the history: its points labelled with rate, publisher and date; a projection
    dashed with hollow markers, said in its legend entry and hover (`skip_first`: the observation
    the dashed line starts from, drawn and labelled by its own series)."""
    sep = colon(lang)
    rates = [fmt_ratio(v, lang, q) for v, q in zip(points["occupancy_rate"], points["qualifier"])]
    labels = [index.label(sid, lang) for sid in points["source_id"]]
    publishers = [index.publisher(sid) for sid in points["source_id"]]
    dates = [fmt_date(v, lang) for v in points["as_of"]]
    said = f" ({t('measures.projection', lang)})" if projection else ""
    text = [f"<b>{escape_plotly(r)}</b>{said}<br>{escape_plotly(p)}<br>{escape_plotly(d)}"
            for r, p, d in zip(rates, publishers, dates)]
    hover = [f"<b>{escape_plotly(site_name)}</b><br>{escape_plotly(name)}{sep}{escape_plotly(r)}{said}<br>"
             f"{t('occupancy.as_of', lang)}{sep}{escape_plotly(d)}<br>{t('occupancy.source', lang)}{sep}{escape_plotly(s)}"
             for r, d, s in zip(rates, dates, labels)]
    if skip_first:
        text[0], hover[0] = "", ""
    return {
        "type": "scatter",
        "x": points["date"].tolist(),
        "y": points["occupancy_rate"].tolist(),
        "mode": "lines+markers+text",
        "name": name + said,
        "line": {"color": colour, "width": 2, "dash": "dash" if projection else "solid"},
        # an open symbol is drawn in marker.color: hollow for a projection, filled for an observation
        "marker": {"size": 12 if projection else 10, "color": colour,
                   "symbol": "circle-open" if projection else "circle", "line": {"color": colour, "width": 2}},
        "text": text,
        "textposition": "top center",
        "cliponaxis": False,
        "hovertext": hover,
        "hovertemplate": "%{hovertext}<extra></extra>",
        "customdata": points["source_id"].tolist(),
    }


def build_occupancy_history(occupancy: pd.DataFrame, site_id: str, site_name: str,
                            sources: pd.DataFrame | None = None, options: dict | None = None) -> go.Figure:
    """The published occupancy rates of one site over time; each point labelled with its source and date."""
    lang = (options or {}).get("lang", "fr")
    sep = colon(lang)
    points = history_of(occupancy, site_id)
    index = SourceIndex(sources)
    points = points.assign(
        measure=site_texts(points, "measure").replace("", default_measure("occupancy")),
        projection=site_flags(points, "projection"),
        qualifier=site_qualifiers(points.assign(occupancy_rate_approx=points["approximate"],
                                                occupancy_rate_qualifier=site_texts(points, "qualifier")),
                                  "occupancy_rate"),
    )
    # Undated figures cannot be placed in time: kept, and named under the chart as undated.
    undated = [f"{fmt_ratio(r.occupancy_rate, lang, r.qualifier)} ({index.publisher(r.source_id)})"
               for r in points[points["date"].isna()].itertuples()]
    cited = sorted(set(points["source_id"].dropna().astype(str)))
    points = points[points["date"].notna()]
    kinds = list(dict.fromkeys(points["measure"]))
    traces = []
    # One series per measure (a share of the surface is not a share of the capacity): observations
    # joined by a solid line; projections ("once Azur moves in") hollow, dashed from the last observation.
    for number, kind in enumerate(kinds):
        colour = OCCUPANCY_SERIES_COLOURS[number % len(OCCUPANCY_SERIES_COLOURS)]
        series = points[points["measure"] == kind]
        observed, projected = series[~series["projection"]], series[series["projection"]]
        name = t(f"measures.occupancy.{kind}", lang)
        for part, is_projection in ((observed, False), (projected, True)):
            if part.empty:
                continue
            drawn = pd.concat([observed.tail(1), part]) if is_projection and not observed.empty else part
            traces.append(_history_trace(drawn, site_name, index, lang, colour, name, is_projection,
                                         skip_first=is_projection and not observed.empty))
    if not traces:  # no dated point: an empty series (the page says so), no legend
        traces.append({"type": "scatter", "x": [], "y": [], "mode": "markers", "name": t("occupancy.rate", lang)})
    xaxis: dict = {"title": {"text": t("occupancy.date", lang)}, "type": "date"}
    if not points.empty:
        pad = pd.Timedelta(days=120)
        low, high = points["date"].min() - pad, points["date"].max() + pad
        xaxis.update(range=[low, high], **date_ticks(low, high, lang))
    # Built from dicts: much faster than add_trace / update_layout calls.
    return go.Figure(data=traces, layout=base_layout(
        lang,
        title={"text": t("occupancy.history_title", lang), "subtitle": {"text": wrap_label(site_name, 60)},
               "x": 0.01, "xanchor": "left"},
        xaxis=xaxis,
        yaxis={"title": {"text": t("occupancy.rate", lang)}, "range": [0, 1.22], **_percent_axis(lang)},
        height=420,
        margin={"r": 30, "t": 90, "b": 120 if undated else 90},  # the subtitle (the site) above, the legend below
        showlegend=not points.empty,  # the legend names each series (and its projections): only what is drawn
        legend={"orientation": "h", "y": -0.22, "yanchor": "top", "x": 0, "xanchor": "left"},
        annotations=[{"text": escape_plotly(t("occupancy.undated", lang, values=", ".join(undated))), "xref": "paper",
                      "yref": "paper", "x": 0, "y": -0.34, "xanchor": "left", "yanchor": "top", "showarrow": False,
                      "font": {"size": 12, "color": NOTE}}] if undated else [],
        meta={"source_ids": cited},
    ))


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------


def _build_by_site(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    hosts = select_hosts(dataset.sites, filters)
    return build_occupancy_by_site(hosts, dataset.occupancy, dataset.sources, {**options, "lang": lang})


def _build_history(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    hosts = select_hosts(dataset.sites, filters)
    site_id = options.get("site_id") or default_history_site(hosts, dataset.occupancy) or ""
    names = dict(zip(dataset.sites["site_id"], dataset.sites["name"]))
    return build_occupancy_history(dataset.occupancy, site_id, names.get(site_id, site_id), dataset.sources,
                                   {**options, "lang": lang})


CHARTS = [
    ChartSpec(page="occupancy", chart_id="occupancy-by-site",
              title=translations("occupancy.by_site_title"), build=_build_by_site),
    ChartSpec(page="occupancy", chart_id="occupancy-history",
              title=translations("occupancy.history_title"),
              build=_build_history, default_options={"site_id": None}),
]
