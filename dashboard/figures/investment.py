"""Investment: by project, by project type and by département, cumulative by commissioning year.

Pure builders. Unknown investment is never counted as 0: a project without a figure is listed
as "inconnu" and left out of sums, and every chart that sums says how many were left out.
Approximate values carry "≈"; conflicting values carry "⚠" and each source's figure is drawn
(diamond markers) and listed in a note under the chart.

The page's four charts share their hover cards, notes and axes; the aggregations they draw are in
dashboard.domain.investment (/investment's schedule chart: dashboard.figures.schedule).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.filters import Filters
from dashboard.domain.investment import (
    PROJECT_TYPES,
    conflicting_figures,
    cumulative_by_year,
    investment_sums,
    projects,
    select_projects,
)
from dashboard.domain.schema import DEPARTEMENTS
from dashboard.domain.tables import Dataset, source_ids_in
from dashboard.domain.retained import retained_text, site_qualifiers
from dashboard.figures.base import TYPE_COLOURS, SourceIndex, base_layout, left_out_notes, round_ticks, wrap_label
from dashboard.figures.registry import ChartSpec
from dashboard.figures.palette import BLUE, DEFAULT_TYPE_COLOUR, NOTE, TEXT, TEXT_SOFT, VERMILLION
from dashboard.i18n import (
    colon,
    fmt_data_as_of,
    fmt_eur,
    fmt_on_date,
    first_upper,
    list_separator,
    fmt_mw,
    fmt_number,
    is_unknown,
    label_status,
    label_type,
    t,
    translations,
)
from dashboard.i18n.escape import escape_plotly
from dashboard.i18n.periods import to_timestamp

APPROX_PATTERN = "/"
ROW_PX = 46  # height of one project's row in the horizontal charts (labels wrap on two lines)
CONFLICT_MARK = " ⚠"
LABEL_CHAR_PX = 6.5  # a character of the 12 px chart font, generously (Source Sans ≈ 5.5, the export's ≈ 5.8)


def eur_text(value: float, approximate: bool, conflict: bool, lang: str) -> str:
    return fmt_eur(value, lang, approximate=approximate) + (CONFLICT_MARK if conflict else "")


def eur_axis(max_value: float, lang: str) -> dict:
    """Ticks at a round step, labelled in the reader's format (1,5 Md € / €1.5bn)."""
    return round_ticks(max_value, lambda v: fmt_eur(v, lang))


def _figure(traces: list[dict], layout: dict, notes: list[str], lang: str) -> go.Figure:
    """A figure built in one go from dicts (much faster than add_trace / update_layout calls) on the
    shared base layout, its notes in `layout.meta["notes"]`."""
    meta = layout.get("meta") or {}
    return go.Figure(data=traces, layout=base_layout(lang, **{**layout, "meta": {**meta, "notes": list(notes)}}))


def notes_of(fig: go.Figure) -> list[str]:
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return list(meta.get("notes", []))


def _cited(source_id: str, as_of: str, sources: SourceIndex | pd.DataFrame | None, lang: str) -> str:
    """'Publisher, publication date', or 'Publisher, as of <date>' when the publication date is unknown."""
    index = sources if isinstance(sources, SourceIndex) else SourceIndex(sources)
    published = index.published(source_id)
    if published is not None and not is_unknown(published):
        return index.label(source_id, lang, parenthesised=False)
    return f"{index.publisher(source_id)}, {fmt_on_date(as_of, lang)}"


def conflict_notes(sites: pd.DataFrame, facts: pd.DataFrame, sources: pd.DataFrame | None, lang: str) -> list[str]:
    """One line per project whose sources disagree on the investment, listing each source's figure."""
    names = dict(zip(sites["site_id"], sites["name"]))
    return _conflict_notes(conflicting_figures(sites, facts), names, SourceIndex(sources), lang)


def _conflict_notes(figures: pd.DataFrame, names: dict, index: SourceIndex, lang: str) -> list[str]:
    by_site: dict[str, list[dict]] = {}
    for record in figures.to_dict("records"):
        by_site.setdefault(record["site_id"], []).append(record)
    notes = []
    for site_id in sorted(by_site):
        # Latest first; a stable sort keeps the facts' order among equal (or unknown: last) dates.
        rows = by_site[site_id]
        dated = sorted((r for r in rows if not pd.isna(to_timestamp(r["as_of"]))),
                       key=lambda r: to_timestamp(r["as_of"]), reverse=True)
        rows = dated + [r for r in rows if pd.isna(to_timestamp(r["as_of"]))]
        values = list_separator(lang).join(
            f"{fmt_eur(r['value'], lang, approximate=bool(r['approximate']))} "
            f"({_cited(r['source_id'], r['as_of'], index, lang)})"
            for r in rows
        )
        notes.append(t("investment.conflict_note", lang, name=names.get(site_id, site_id), values=values))
    return notes


# --------------------------------------------------------------------------------------------
# By project
# --------------------------------------------------------------------------------------------


def value_lines(label: str) -> list[str]:
    """A bar's value label, what it measures on a line of its own: "30–35 Md €", "(programme d'un territoire)"."""
    amount, paren, kind = label.partition(" (")
    return [amount, f"({kind}"] if paren else [label]


def build_investment_by_project(sites: pd.DataFrame, facts: pd.DataFrame, sources: pd.DataFrame | None = None,
                                options: dict | None = None) -> go.Figure:
    """Horizontal bars, largest on top, coloured by type; unknown investments listed as 'inconnu'."""
    lang = (options or {}).get("lang", "fr")
    sep = colon(lang)
    index = SourceIndex(sources)
    rows = projects(sites)
    columns = ["site_id", "name", "project_type", "status", "as_of", "investment_eur", "investment_eur_approx",
               "investment_eur_conflict", "investment_eur_high", "investment_eur_measure"]
    records = rows.reindex(columns=columns).assign(
        investment_eur_qualifier=site_qualifiers(rows, "investment_eur")).to_dict("records")
    # Largest first, then by name; the projects without a figure by name.
    known_rows = sorted((r for r in records if not pd.isna(r["investment_eur"])),
                        key=lambda r: (-r["investment_eur"], r["name"]))
    unknown_rows = sorted((r for r in records if pd.isna(r["investment_eur"])), key=lambda r: r["name"])
    for r in known_rows:  # each figure formatted once, for the bar, its label and its hover card
        r["amount"] = retained_text(r, "investment_eur", lang)
        r["label"] = r["amount"] + (CONFLICT_MARK if r["investment_eur_conflict"] else "")
    traces: list[dict] = []
    for ptype in [p for p in PROJECT_TYPES if any(r["project_type"] == p for r in known_rows)]:
        part = [r for r in known_rows if r["project_type"] == ptype]
        traces.append({
            "type": "bar",
            "x": [r["investment_eur"] for r in part],
            "y": [escape_plotly(r["name"]) for r in part],  # category values are drawn (ticks, %{y})
            "orientation": "h",
            "name": label_type(ptype, lang),
            "marker": {"color": TYPE_COLOURS[ptype],
                       "pattern": {"shape": [APPROX_PATTERN if r["investment_eur_approx"] else "" for r in part],
                                   "fgcolor": "white", "solidity": 0.3, "fillmode": "overlay"}},
            "text": [r["label"] for r in part],
            "textposition": "none",  # written by the label trace, after the sources' markers
            "hovertext": [_project_hover(r, sources, lang) for r in part],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "customdata": [r["site_id"] for r in part],
        })
    figures = conflicting_figures(pd.DataFrame({"site_id": [r["site_id"] for r in known_rows]}), facts)
    names = {r["site_id"]: r["name"] for r in known_rows}
    if not figures.empty:
        traces.append({
            "type": "scatter",
            "x": figures["value"].tolist(),
            "y": [escape_plotly(names[s]) for s in figures["site_id"]],
            "mode": "markers",
            "name": t("investment.source_value", lang),
            "marker": {"symbol": "diamond", "size": 12, "color": TEXT,
                       "line": {"color": "white", "width": 1.5}},
            "hovertext": [f"<b>{escape_plotly(names[r.site_id])}</b>"
                          f"<br>{escape_plotly(fmt_eur(r.value, lang, approximate=bool(r.approximate)))}"
                          f"<br>{escape_plotly(index.label(r.source_id, lang))}, "
                          f"{escape_plotly(fmt_on_date(r.as_of, lang))}" for r in figures.itertuples()],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "customdata": figures["source_id"].tolist(),
        })
    # Value labels right of the bar and of every source's marker, so that none hides another.
    reach: dict[str, float] = {}
    for site_id, value in zip(figures["site_id"], figures["value"]):
        reach[site_id] = max(reach.get(site_id, value), value)
    traces.append({
        "type": "scatter",
        "x": [max(r["investment_eur"], reach.get(r["site_id"], r["investment_eur"])) for r in known_rows],
        "y": [escape_plotly(r["name"]) for r in known_rows], "mode": "text", "name": "labels", "showlegend": False,
        "hoverinfo": "skip",
        "text": ["\u2002" + "<br>\u2002".join(value_lines(r["label"])) for r in known_rows],
        "textposition": "middle right", "cliponaxis": False, "textfont": {"color": TEXT_SOFT},
    })
    unknown_names = [r["name"] for r in unknown_rows]
    if unknown_names:
        traces.append({
            "type": "scatter",
            "x": [0.0] * len(unknown_names), "y": [escape_plotly(n) for n in unknown_names], "mode": "text", "name": t("unknown", lang),
            "text": [t("unknown", lang)] * len(unknown_names), "textposition": "middle right",
            "textfont": {"color": NOTE, "style": "italic"}, "showlegend": False, "cliponaxis": False,
            "hovertext": [f"<b>{escape_plotly(n)}</b><br>{t('investment.investment', lang)}{sep}{t('unknown', lang)}"
                          for n in unknown_names],
            "hovertemplate": "%{hovertext}<extra></extra>",
            "customdata": [r["site_id"] for r in unknown_rows],
        })
    order = [*(r["name"] for r in known_rows), *unknown_names]
    vmax = float(max([max(r["investment_eur"] for r in known_rows) if known_rows else 0, figures["value"].max()
                      if not figures.empty else 0]))
    layout = {
        "title": {"text": t("investment.by_project_title", lang), "x": 0.01, "xanchor": "left"},
        "xaxis": {"title": {"text": t("investment.investment", lang)}, "range": [0, vmax * 1.05 if vmax else 1],
                  **eur_axis(vmax, lang)},
        "yaxis": {"categoryorder": "array", "categoryarray": [escape_plotly(n) for n in order], "autorange": "reversed",
                  "automargin": True, "tickvals": [escape_plotly(n) for n in order], "ticktext": [wrap_label(name) for name in order],
                  "ticklabelstandoff": 6},  # the names clear of the axis line
        "height": max(300, 150 + ROW_PX * len(order)),
        # The right margin holds the longest value line at any width (a label starts at most at the axis' end)
        "margin": {"r": int(20 + LABEL_CHAR_PX * (1 + max((len(line) for r in known_rows
                                                          for line in value_lines(r["label"])), default=0))), "t": 80},
        "barmode": "overlay",
        "legend": {"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"},
        "meta": {"source_ids": sorted(source_ids_in(rows))},
    }
    notes = _conflict_notes(figures, names, index, lang)
    if any(r["investment_eur_approx"] for r in known_rows):
        notes.append(t("investment.approx_legend", lang))
    if unknown_names:
        notes.append(t("investment.unknown_note", lang, n=len(unknown_names), names=", ".join(unknown_names)))
    return _figure(traces, layout, notes, lang)


def _project_hover(row: dict | pd.Series, sources: pd.DataFrame | None, lang: str) -> str:
    sep = colon(lang)
    value = row.get("amount") or eur_text(row["investment_eur"], bool(row["investment_eur_approx"]), False, lang)
    lines = [f"<b>{escape_plotly(row['name'])}</b>", escape_plotly(label_type(row["project_type"], lang)),
             f"{t('investment.investment', lang)}{sep}{escape_plotly(value)}"]
    lines += [f"⚠ {t('conflict', lang)}"] if row["investment_eur_conflict"] else []
    lines.append(f"{t('investment.status', lang)}{sep}{escape_plotly(label_status(row['status'], lang))}")
    lines.append(escape_plotly(first_upper(fmt_data_as_of(row['as_of'], lang))))
    return "<br>".join(lines)


# --------------------------------------------------------------------------------------------
# By type / by département
# --------------------------------------------------------------------------------------------


def build_investment_by_group(sites: pd.DataFrame, options: dict | None = None) -> go.Figure:
    """Sum of known investments per project type or per département; unknowns counted in a note."""
    options = options or {}
    lang, group = options.get("lang", "fr"), options.get("group", "project_type")
    sep = colon(lang)
    sums = investment_sums(sites, group)

    def label(key: str) -> str:
        if group == "project_type":
            return label_type(key, lang)
        return f"{key} {DEPARTEMENTS.get(key, '')}".strip() if key else t("unknown", lang)

    labels = [label(k) for k in sums["group"]]
    has_total = sums["total"].notna()
    bars = sums[has_total]
    colours = [TYPE_COLOURS.get(k, DEFAULT_TYPE_COLOUR) if group == "project_type" else BLUE for k in bars["group"]]
    hover = [
        f"<b>{escape_plotly(label(r.group))}</b><br>{t('investment.investment', lang)}{sep}"
        f"{escape_plotly(eur_text(r.total, r.approx, r.conflict, lang))}<br>"
        f"{escape_plotly(t('investment.projects_known', lang, k=int(r.known), n=int(r.projects)))}"
        for r in sums.itertuples()
    ]
    traces = [{
        "type": "bar",
        "x": [label(k) for k in bars["group"]],
        "y": bars["total"].tolist(),
        "marker": {"color": colours, "pattern": {"shape": [APPROX_PATTERN if a else "" for a in bars["approx"]],
                                                 "fgcolor": "white", "solidity": 0.3, "fillmode": "overlay"}},
        "text": [eur_text(v, a, c, lang) for v, a, c in zip(bars["total"], bars["approx"], bars["conflict"])],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertext": [h for h, keep in zip(hover, has_total) if keep],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "customdata": bars["group"].tolist(),
        "name": t("investment.investment", lang),
    }]
    missing = sums[~has_total]
    if not missing.empty:
        traces.append({
            "type": "scatter",
            "x": [label(k) for k in missing["group"]], "y": [0.0] * len(missing), "mode": "text",
            "text": [t("unknown", lang)] * len(missing), "textposition": "top center",
            "textfont": {"color": NOTE, "style": "italic"}, "showlegend": False, "name": t("unknown", lang),
            "cliponaxis": False,
            "hovertext": [h for h, keep in zip(hover, has_total) if not keep],
            "hovertemplate": "%{hovertext}<extra></extra>", "customdata": missing["group"].tolist(),
        })
    vmax = float(bars["total"].max()) if not bars.empty else 0.0
    title = "by_type_title" if group == "project_type" else "by_dep_title"
    layout = {
        "title": {"text": t("investment." + title, lang), "x": 0.01, "xanchor": "left"},
        "xaxis": {"categoryorder": "array", "categoryarray": labels, "automargin": True},
        "yaxis": {"title": {"text": t("investment.investment", lang)}, "range": [0, vmax * 1.2 if vmax else 1],
                  **eur_axis(vmax * 1.15, lang)},
        "height": 340,
        "showlegend": False,
        "meta": {"source_ids": sorted(source_ids_in(projects(sites)))},
    }
    notes = []
    n_unknown = int(sums["unknown"].sum())
    if n_unknown:
        notes.append(t("investment.unknown_sum_note", lang, n=n_unknown))
    if bars["approx"].any():
        notes.append(t("investment.approx_legend", lang))
    if bars["conflict"].any():
        notes.append(t("investment.conflict_sum_note", lang))
    notes.extend(left_out_notes(sums.attrs.get("left_out", ()), "investment", lang))
    return _figure(traces, layout, notes, lang)


# --------------------------------------------------------------------------------------------
# Cumulative by commissioning year
# --------------------------------------------------------------------------------------------


def build_cumulative_by_year(sites: pd.DataFrame, options: dict | None = None) -> go.Figure:
    """Two panels sharing the years: running total of known investment (bars), of known power (steps)."""
    lang = (options or {}).get("lang", "fr")
    sep = colon(lang)
    by_year, counts = cumulative_by_year(sites)
    years = by_year["year"].astype(int).tolist()
    inv_text = [eur_text(v, a, c, lang) for v, a, c in
                zip(by_year["cum_investment"], by_year.get("cum_investment_approx", []),
                    by_year.get("cum_investment_conflict", []))]
    pow_text = [fmt_mw(v, lang, approximate=bool(a)) + (CONFLICT_MARK if c else "") for v, a, c in
                zip(by_year["cum_power"], by_year.get("cum_power_approx", []), by_year.get("cum_power_conflict", []))]
    inv_max = float(by_year["cum_investment"].max()) if years and by_year["cum_investment"].notna().any() else 0.0
    pow_max = float(by_year["cum_power"].max()) if years and by_year["cum_power"].notna().any() else 0.0
    traces = [
        {"type": "bar", "x": years, "y": by_year["cum_investment"].tolist(), "name": t("investment.cum_investment", lang),
         "marker": {"color": BLUE}, "text": inv_text, "textposition": "outside", "cliponaxis": False,
         "hovertemplate": "%{x}<br>" + escape_plotly(t("investment.cum_investment", lang)) + sep + "%{text}<extra></extra>",
         "xaxis": "x", "yaxis": "y"},
        {"type": "scatter", "x": years, "y": by_year["cum_power"].tolist(), "name": t("investment.cum_power", lang),
         "mode": "lines+markers+text", "line": {"color": VERMILLION, "width": 2, "shape": "hv"}, "marker": {"size": 9},
         "text": pow_text, "textposition": "top center", "cliponaxis": False,
         "hovertemplate": "%{x}<br>" + escape_plotly(t("investment.cum_power", lang)) + sep + "%{text}<extra></extra>",
         "xaxis": "x2", "yaxis": "y2"},
    ]
    year_ticks = {"tickmode": "array", "tickvals": years, "ticktext": [str(y) for y in years]}
    # Two panels sharing the years (the grid plotly's make_subplots(rows=2, shared_xaxes=True,
    # vertical_spacing=0.12) lays out), each with its title above it.
    layout = {
        "xaxis": {"anchor": "y", "domain": [0.0, 1.0], "matches": "x2", "showticklabels": False, **year_ticks},
        "yaxis": {"anchor": "x", "domain": [0.56, 1.0], "range": [0, inv_max * 1.25 if inv_max else 1],
                  **eur_axis(inv_max * 1.2, lang)},
        "xaxis2": {"anchor": "y2", "domain": [0.0, 1.0], **year_ticks, "title": {"text": t("investment.year", lang)}},
        "yaxis2": {"anchor": "x2", "domain": [0.0, 0.44], "range": [0, pow_max * 1.3 if pow_max else 1],
                   **round_ticks(pow_max * 1.25, lambda v: fmt_number(v, lang) + "\u00a0MW")},
        "annotations": [
            {"font": {"size": 16}, "showarrow": False, "text": t("investment." + key, lang), "x": 0.5, "xanchor": "center",
             "xref": "paper", "y": y, "yanchor": "bottom", "yref": "paper"}
            for key, y in (("cum_investment", 1.0), ("cum_power", 0.44))
        ],
        "title": {"text": t("investment.cumulative_title", lang), "x": 0.01, "xanchor": "left"},
        "height": 560,
        "margin": {"t": 80},
        "showlegend": False,
        "meta": {"source_ids": sorted(source_ids_in(projects(sites)))},
    }
    notes = []
    if counts["undated"]:
        notes.append(t("investment.excluded_year", lang, n=counts["undated"]))
    if counts["investment_unknown"] or counts["power_unknown"]:
        notes.append(t("investment.unknown_in_year", lang, i=counts["investment_unknown"], p=counts["power_unknown"]))
    for attribute, left in by_year.attrs.get("left_out", {}).items():
        notes.extend(left_out_notes(left, attribute, lang))
    return _figure(traces, layout, notes, lang)


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------


def _by_project(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    sites = select_projects(dataset.sites, filters)
    return build_investment_by_project(sites, dataset.facts, dataset.sources, {**options, "lang": lang})


def _by_group(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return build_investment_by_group(select_projects(dataset.sites, filters), {**options, "lang": lang})


def _cumulative(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return build_cumulative_by_year(select_projects(dataset.sites, filters), {**options, "lang": lang})


def _title(key: str) -> dict[str, str]:
    return translations(f"investment.{key}")


CHARTS = [
    ChartSpec("investment", "investment-by-project", _title("by_project_title"), _by_project),
    ChartSpec("investment", "investment-by-type", _title("by_type_title"), _by_group, {"group": "project_type"}),
    ChartSpec("investment", "investment-by-departement", _title("by_dep_title"), _by_group, {"group": "departement"}),
    ChartSpec("investment", "investment-cumulative", _title("cumulative_title"), _cumulative),
]
