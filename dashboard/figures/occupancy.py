"""Reoccupation of industrial host sites: occupancy rate per site, one site's history, its tenants.

Pure builders. An unknown rate is listed with the label "inconnu" (a text mark at the axis
origin), never drawn as a 0 bar. Every point of the history carries its source and date.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.registry import ChartSpec
from dashboard.figures.map import (
    SourceIndex,
    colon,
    date_ticks,
    esc,
    fmt_period,
    to_timestamp,
    wrap_label,
)
from dashboard.domain.filters import Filters, apply_filters
from dashboard.i18n import fmt_date, fmt_eur, fmt_m2, fmt_mw, fmt_number, fmt_ratio, is_unknown, label_column
from dashboard.i18n import label_status, label_type, t, translations
from dashboard.domain.tables import Dataset


HOST_TYPE = "industrial_site"
BAR_COLOUR = "#CC79A7"
LINE_COLOUR = "#7A3E65"
PERCENT_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


def host_sites(sites: pd.DataFrame) -> pd.DataFrame:
    """Industrial host sites, and any other site with an occupancy rate (never the region row)."""
    keep = (sites["project_type"] == HOST_TYPE) | sites["occupancy_rate"].notna()
    return sites[keep & (sites["project_type"] != "region")]


def select_hosts(sites: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Host sites that pass the filters, and the hosts of the filtered projects (their tenants' sites)."""
    shown = apply_filters(sites, filters)
    hosted_by = set(shown["host_site_id"].dropna().astype(str)) - {""}
    hosts = host_sites(sites)
    return hosts[hosts["site_id"].isin(set(shown["site_id"]) | hosted_by)]


def selectable_hosts(sites: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Sites whose history and tenants the page can show: the charted hosts, and any site that hosts
    a filtered project or that is filtered and hosts something (e.g. a power plant with a tenant)."""
    shown = apply_filters(sites, filters)
    hosting = set(sites["host_site_id"].dropna().astype(str)) - {""}
    wanted = set(select_hosts(sites, filters)["site_id"])
    wanted |= set(shown["host_site_id"].dropna().astype(str)) - {""}
    wanted |= set(shown["site_id"]) & hosting
    return sites[sites["site_id"].isin(wanted) & (sites["project_type"] != "region")]


def history_of(occupancy: pd.DataFrame, site_id: str) -> pd.DataFrame:
    """One site's occupancy points in time order, with a parsed `date` column."""
    rows = occupancy[occupancy["site_id"] == site_id].copy()
    rows["date"] = [to_timestamp(v) for v in rows["as_of"]]
    return rows.sort_values("date", kind="stable").reset_index(drop=True)


def default_history_site(hosts: pd.DataFrame, occupancy: pd.DataFrame) -> str | None:
    """The host with the longest published history (ties: first by name); None without hosts."""
    if hosts.empty:
        return None
    counts = occupancy["site_id"].value_counts()
    ranked = hosts.assign(n=hosts["site_id"].map(counts).fillna(0)).sort_values(["n", "name"], ascending=[False, True])
    return str(ranked["site_id"].iloc[0])


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
        rate = fmt_ratio(row.occupancy_rate, lang, bool(row.occupancy_rate_approx))
        lines = [f"<b>{esc(row.name)}</b>", f"{t('occupancy.rate', lang)}{sep}{rate}"]
        if latest is not None:
            lines.append(f"{t('occupancy.as_of', lang)}{sep}{esc(fmt_date(latest['as_of'], lang))}")
            lines.append(f"{t('occupancy.source', lang)}{sep}{esc(index.label(latest['source_id'], lang))}")
        return "<br>".join(lines)

    known_rows = list(known[["site_id", "name", "occupancy_rate", "occupancy_rate_approx"]].itertuples(index=False))
    traces = [{
        "type": "bar",
        "x": [r.occupancy_rate for r in known_rows],
        "y": [r.name for r in known_rows],
        "orientation": "h",
        "name": t("occupancy.known", lang),
        "marker": {"color": BAR_COLOUR},
        "text": [fmt_ratio(r.occupancy_rate, lang, bool(r.occupancy_rate_approx)) for r in known_rows],
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
            "y": unknown["name"].tolist(),
            "mode": "text",
            "name": t("occupancy.unknown_legend", lang),
            "text": [t("unknown", lang)] * len(unknown),
            "textposition": "middle right",
            "textfont": {"color": "#555555", "style": "italic"},
            "cliponaxis": False,
            "hovertext": [f"<b>{esc(n)}</b><br>{t('occupancy.unknown_rate', lang)}" for n in unknown["name"]],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "customdata": unknown["site_id"].tolist(),
            "showlegend": False,
        })
    order = [*known["name"], *unknown["name"]]
    # Built from dicts: much faster than add_trace / update_layout calls.
    return go.Figure(data=traces, layout={
        "title": {"text": t("occupancy.by_site_title", lang), "x": 0.01, "xanchor": "left"},
        "xaxis": {"title": {"text": t("occupancy.rate", lang)}, "range": [0, 1.12], **_percent_axis(lang)},
        "yaxis": {"categoryorder": "array", "categoryarray": order, "autorange": "reversed", "automargin": True,
                  "tickvals": order, "ticktext": [wrap_label(name) for name in order]},
        "height": max(260, 120 + 50 * len(order)),
        "margin": {"l": 10, "r": 30, "t": 60, "b": 50},
        "showlegend": False,
        "meta": {"source_ids": _history_sources(occupancy, hosts["site_id"])},
    })


def _history_sources(occupancy: pd.DataFrame, site_ids) -> list[str]:
    rows = occupancy[occupancy["site_id"].isin(set(site_ids))]
    return sorted(set(rows["source_id"].dropna().astype(str)))


def build_occupancy_history(occupancy: pd.DataFrame, site_id: str, site_name: str,
                            sources: pd.DataFrame | None = None, options: dict | None = None) -> go.Figure:
    """The published occupancy rates of one site over time; each point labelled with its source and date."""
    lang = (options or {}).get("lang", "fr")
    sep = colon(lang)
    points = history_of(occupancy, site_id)
    points = points[points["date"].notna()]
    index = SourceIndex(sources)
    rates = [fmt_ratio(v, lang, bool(a)) for v, a in zip(points["occupancy_rate"], points["approximate"])]
    labels = [index.label(sid, lang) for sid in points["source_id"]]
    publishers = [index.publisher(sid) for sid in points["source_id"]]
    dates = [fmt_date(v, lang) for v in points["as_of"]]
    text = [f"<b>{esc(r)}</b><br>{esc(p)}<br>{esc(d)}" for r, p, d in zip(rates, publishers, dates)]
    hover = [f"<b>{esc(site_name)}</b><br>{t('occupancy.rate', lang)}{sep}{esc(r)}<br>{t('occupancy.as_of', lang)}{sep}"
             f"{esc(d)}<br>{t('occupancy.source', lang)}{sep}{esc(s)}" for r, d, s in zip(rates, dates, labels)]
    trace = {
        "type": "scatter",
        "x": points["date"].tolist(),
        "y": points["occupancy_rate"].tolist(),
        "mode": "lines+markers+text",
        "name": t("occupancy.rate", lang),
        "line": {"color": LINE_COLOUR, "width": 2},
        "marker": {"size": 10, "color": LINE_COLOUR},
        "text": text,
        "textposition": "top center",
        "cliponaxis": False,
        "hovertext": hover,
        "hovertemplate": "%{hovertext}<extra></extra>",
        "customdata": points["source_id"].tolist(),
    }
    xaxis: dict = {"title": {"text": t("occupancy.date", lang)}, "type": "date"}
    if not points.empty:
        pad = pd.Timedelta(days=120)
        low, high = points["date"].min() - pad, points["date"].max() + pad
        xaxis.update(range=[low, high], **date_ticks(low, high, lang))
    # Built from dicts: much faster than add_trace / update_layout calls.
    return go.Figure(data=[trace], layout={
        "title": {"text": t("occupancy.history_title", lang), "subtitle": {"text": wrap_label(site_name, 60)},
                  "x": 0.01, "xanchor": "left"},
        "xaxis": xaxis,
        "yaxis": {"title": {"text": t("occupancy.rate", lang)}, "range": [0, 1.22], **_percent_axis(lang)},
        "height": 420,
        "margin": {"l": 10, "r": 30, "t": 90, "b": 50},
        "showlegend": False,
        "meta": {"source_ids": sorted(set(points["source_id"].dropna().astype(str)))},
    })


def tenants_table(sites: pd.DataFrame, host_site_id: str, lang: str) -> pd.DataFrame:
    """The entities hosted by a site, with their key figures as text (unknown written as such)."""
    rows = sites[sites["host_site_id"].astype(str) == str(host_site_id)].sort_values("name")
    commissioning = t("occupancy.commissioning", lang)
    return pd.DataFrame({
        label_column("name", lang): rows["name"].tolist(),
        label_column("project_type", lang): [label_type(v, lang) for v in rows["project_type"]],
        label_column("operator", lang): [v if not is_unknown(v) else t("unknown", lang) for v in rows["operator"]],
        label_column("status", lang): [label_status(v, lang) for v in rows["status"]],
        label_column("investment_eur", lang).replace(" (€)", ""): _formatted(rows, "investment_eur", fmt_eur, lang),
        label_column("power_mw", lang).replace(" (MW)", ""): _formatted(rows, "power_mw", fmt_mw, lang),
        label_column("floor_area_m2", lang).replace(" (m²)", ""): _formatted(rows, "floor_area_m2", fmt_m2, lang),
        label_column("jobs", lang): _formatted(rows, "jobs", _fmt_count, lang),
        commissioning: [fmt_period(a, b, lang) for a, b in zip(rows["commissioning_start"], rows["commissioning_end"])],
        t("as_of", lang).capitalize(): [fmt_date(v, lang) for v in rows["as_of"]],
    })


def _fmt_count(value: object, lang: str, approximate: bool = False) -> str:
    return fmt_number(value, lang, approximate=approximate)


def _formatted(rows: pd.DataFrame, column: str, fmt, lang: str) -> list[str]:
    out = []
    for value, approx, conflict in zip(rows[column], rows[f"{column}_approx"], rows[f"{column}_conflict"]):
        text = fmt(value, lang, approximate=bool(approx))
        out.append(f"{text} ⚠" if conflict else text)
    return out


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
