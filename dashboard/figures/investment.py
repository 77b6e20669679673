"""Investment: by project, by project type and by département, cumulative by commissioning year,
and a timeline from announcement to commissioning.

Pure builders. Unknown investment is never counted as 0: a project without a figure is listed
as "inconnu" and left out of sums, and every chart that sums says how many were left out.
Approximate values carry "≈"; conflicting values carry "⚠" and each source's figure is drawn
(diamond markers) and listed in a note under the chart.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.charts import ChartSpec
from dashboard.figures.map import (
    TYPE_COLOURS,
    colon,
    date_ticks,
    esc,
    fmt_period,
    publisher_of,
    source_label,
    split_ids,
    to_timestamp,
    wrap_label,
)
from dashboard.filters import Filters, apply_filters
from dashboard.i18n import fmt_date, fmt_eur, fmt_mw, fmt_number, is_unknown, label_status, label_type, t, tr
from dashboard.schema import DEPARTEMENTS
from dashboard.tables import Dataset

TEXT = {
    "fr": {
        "by_project_title": "Investissement par projet",
        "by_type_title": "Investissement par type de projet",
        "by_dep_title": "Investissement par département",
        "cumulative_title": "Investissement et puissance cumulés par année de mise en service",
        "timeline_title": "Des annonces aux mises en service",
        "investment": "Investissement",
        "power": "Puissance",
        "cum_investment": "Investissement cumulé",
        "cum_power": "Puissance cumulée",
        "year": "Année de mise en service",
        "source_value": "Valeur d'une source (désaccord)",
        "current_value": "Valeur retenue (la plus récente)",
        "approx_legend": "hachuré = valeur approximative (≈)",
        "conflict_note": "⚠ {name} : {values}. Retenue : la plus récente.",
        "unknown_note": "Investissement inconnu pour {n} projet(s), non compté(s) : {names}.",
        "unknown_sum_note": "{n} projet(s) à investissement inconnu, exclu(s) des sommes (jamais compté(s) comme 0).",
        "conflict_sum_note": "⚠ : la somme comprend une valeur sur laquelle les sources ne s'accordent pas "
                             "(chaque chiffre est détaillé dans « Investissement par projet »).",
        "projects": "projets",
        "projects_known": "{k} projet(s) chiffré(s) sur {n}",
        "excluded_year": "Exclus : {n} projet(s) sans date de mise en service connue.",
        "unknown_in_year": "Parmi les projets datés, investissement inconnu pour {i}, puissance inconnue pour {p} "
                           "(non comptés).",
        "announced": "Annonce",
        "first_source": "Première source (date d'annonce inconnue)",
        "commissioning": "Mise en service",
        "until_commissioning": "De l'annonce à la mise en service",
        "commissioning_window": "Période de mise en service",
        "no_commissioning": "mise en service inconnue",
        "today": "aujourd'hui",
        "timeline_marks": "● date d'annonce ; ○ date de la première source (annonce non datée) ; "
                          "« mise en service inconnue » : aucune source ne la date.",
        "timeline_undated": "Absents : {n} projet(s) sans aucune date.",
        "status": "Statut",
        "date": "Date",
        "as_of": "au",
    },
    "en": {
        "by_project_title": "Investment by project",
        "by_type_title": "Investment by project type",
        "by_dep_title": "Investment by département",
        "cumulative_title": "Cumulative investment and power by commissioning year",
        "timeline_title": "From announcement to commissioning",
        "investment": "Investment",
        "power": "Power",
        "cum_investment": "Cumulative investment",
        "cum_power": "Cumulative power",
        "year": "Commissioning year",
        "source_value": "One source's figure (conflict)",
        "current_value": "Figure shown (the latest)",
        "approx_legend": "hatched = approximate value (≈)",
        "conflict_note": "⚠ {name}: {values}. Shown: the latest.",
        "unknown_note": "Investment unknown for {n} project(s), not counted: {names}.",
        "unknown_sum_note": "{n} project(s) with unknown investment, left out of the sums (never counted as 0).",
        "conflict_sum_note": "⚠: the sum includes a value the sources disagree on (each figure is listed under "
                             "\"Investment by project\").",
        "projects": "projects",
        "projects_known": "{k} of {n} project(s) with a figure",
        "excluded_year": "Left out: {n} project(s) with no known commissioning date.",
        "unknown_in_year": "Among dated projects, investment unknown for {i}, power unknown for {p} (not counted).",
        "announced": "Announced",
        "first_source": "First source (announcement date unknown)",
        "commissioning": "Commissioning",
        "until_commissioning": "From announcement to commissioning",
        "commissioning_window": "Commissioning period",
        "no_commissioning": "commissioning unknown",
        "today": "today",
        "timeline_marks": "● announcement date; ○ date of the first source (announcement undated); "
                          "\"commissioning unknown\": no source dates it.",
        "timeline_undated": "Not shown: {n} project(s) without any date.",
        "status": "Status",
        "date": "Date",
        "as_of": "as of",
    },
}

# Project types this page counts; host sites, the region row, power plants and substations are context.
PROJECT_TYPES = ("data_center", "battery", "recycling")
GROUPS = ("project_type", "departement")
APPROX_PATTERN = "/"
ROW_PX = 46  # height of one project's row in the horizontal charts (labels wrap on two lines)
CONFLICT_MARK = " ⚠"


def projects(sites: pd.DataFrame) -> pd.DataFrame:
    return sites[sites["project_type"].isin(PROJECT_TYPES)]


def select_projects(sites: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    return projects(apply_filters(sites, filters))


def eur_text(value: float, approximate: bool, conflict: bool, lang: str) -> str:
    return fmt_eur(value, lang, approximate=approximate) + (CONFLICT_MARK if conflict else "")


def eur_axis(max_value: float, lang: str) -> dict:
    """Ticks at a round step, labelled in the reader's format (1,5 Md € / €1.5bn)."""
    if not max_value or max_value <= 0 or math.isnan(max_value):
        return {}
    raw = max_value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [i * step for i in range(int(max_value // step) + 2)]
    return {"tickvals": ticks, "ticktext": [fmt_eur(v, lang) if v else "0" for v in ticks]}


def _set_notes(fig: go.Figure, lines: list[str]) -> None:
    """The chart's notes (what was left out, what the marks mean) in `layout.meta["notes"]`, plain
    text: the page prints them under the chart, an export can print them under the image."""
    meta = dict(fig.layout.meta) if isinstance(fig.layout.meta, dict) else {}
    fig.update_layout(meta={**meta, "notes": list(lines)})


def notes_of(fig: go.Figure) -> list[str]:
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return list(meta.get("notes", []))


def conflicting_figures(sites: pd.DataFrame, facts: pd.DataFrame, column: str = "investment_eur") -> pd.DataFrame:
    """Every source's figure for the sites' conflicting values: site_id, value, as_of, source_id."""
    attribute = column.removesuffix("_eur").removesuffix("_mw")
    rows = facts[(facts["attribute"] == attribute) & facts["conflict"].astype(bool)
                 & facts["site_id"].isin(set(sites["site_id"])) & facts["value"].notna()]
    return rows[["site_id", "value", "approximate", "as_of", "source_id"]].reset_index(drop=True)


def _cited(source_id: str, as_of: str, sources: pd.DataFrame | None, lang: str) -> str:
    """'Publisher, publication date', or 'Publisher, as of <date>' when the publication date is unknown."""
    published = None
    if sources is not None and not sources.empty:
        match = sources[sources["source_id"] == source_id]
        if not match.empty and not is_unknown(match.iloc[0]["published"]):
            published = match.iloc[0]["published"]
    if published is not None:
        return source_label(source_id, sources, lang, parenthesised=False)
    return f"{publisher_of(source_id, sources)}, {tr(TEXT, 'as_of', lang)} {fmt_date(as_of, lang)}"


def conflict_notes(sites: pd.DataFrame, facts: pd.DataFrame, sources: pd.DataFrame | None, lang: str) -> list[str]:
    """One line per project whose sources disagree on the investment, listing each source's figure."""
    figures = conflicting_figures(sites, facts)
    names = dict(zip(sites["site_id"], sites["name"]))
    notes = []
    for site_id, rows in figures.groupby("site_id", sort=True):
        rows = rows.assign(date=[to_timestamp(v) for v in rows["as_of"]]).sort_values("date", ascending=False)
        values = "; ".join(
            f"{fmt_eur(r.value, lang, approximate=bool(r.approximate))} ({_cited(r.source_id, r.as_of, sources, lang)})"
            for r in rows.itertuples()
        )
        notes.append(tr(TEXT, "conflict_note", lang, name=names.get(site_id, site_id), values=values))
    return notes


# --------------------------------------------------------------------------------------------
# By project
# --------------------------------------------------------------------------------------------


def build_investment_by_project(sites: pd.DataFrame, facts: pd.DataFrame, sources: pd.DataFrame | None = None,
                                options: dict | None = None) -> go.Figure:
    """Horizontal bars, largest on top, coloured by type; unknown investments listed as 'inconnu'."""
    lang = (options or {}).get("lang", "fr")
    sep = colon(lang)
    rows = projects(sites)
    known = rows[rows["investment_eur"].notna()].sort_values(["investment_eur", "name"], ascending=[False, True])
    unknown = rows[rows["investment_eur"].isna()].sort_values("name")
    fig = go.Figure()
    for ptype in [p for p in PROJECT_TYPES if p in set(known["project_type"])]:
        part = known[known["project_type"] == ptype]
        fig.add_trace(go.Bar(
            x=part["investment_eur"].tolist(),
            y=part["name"].tolist(),
            orientation="h",
            name=label_type(ptype, lang),
            marker={"color": TYPE_COLOURS[ptype],
                    "pattern": {"shape": [APPROX_PATTERN if a else "" for a in part["investment_eur_approx"]],
                                "fgcolor": "white", "solidity": 0.3, "fillmode": "overlay"}},
            text=[eur_text(v, a, c, lang) for v, a, c in
                  zip(part["investment_eur"], part["investment_eur_approx"], part["investment_eur_conflict"])],
            textposition="none",  # written by the label trace, after the sources' markers
            hovertext=[_project_hover(r, sources, lang) for _, r in part.iterrows()],
            hovertemplate="%{hovertext}<extra></extra>",
            customdata=part["site_id"].tolist(),
        ))
    figures = conflicting_figures(known, facts)
    if not figures.empty:
        names = dict(zip(known["site_id"], known["name"]))
        fig.add_trace(go.Scatter(
            x=figures["value"].tolist(),
            y=[names[s] for s in figures["site_id"]],
            mode="markers",
            name=tr(TEXT, "source_value", lang),
            marker={"symbol": "diamond", "size": 12, "color": "#1a1a1a", "line": {"color": "white", "width": 1.5}},
            hovertext=[f"<b>{esc(names[r.site_id])}</b>"
                       f"<br>{esc(fmt_eur(r.value, lang, approximate=bool(r.approximate)))}"
                       f"<br>{esc(source_label(r.source_id, sources, lang))}, {tr(TEXT, 'as_of', lang)} "
                       f"{esc(fmt_date(r.as_of, lang))}" for r in figures.itertuples()],
            hovertemplate="%{hovertext}<extra></extra>",
            customdata=figures["source_id"].tolist(),
        ))
    # Value labels right of the bar and of every source's marker, so that none hides another.
    reach = figures.groupby("site_id")["value"].max() if not figures.empty else pd.Series(dtype=float)
    fig.add_trace(go.Scatter(
        x=[max(v, reach.get(sid, v)) for sid, v in zip(known["site_id"], known["investment_eur"])],
        y=known["name"].tolist(), mode="text", name="labels", showlegend=False, hoverinfo="skip",
        text=["\u2002" + eur_text(v, a, c, lang) for v, a, c in
              zip(known["investment_eur"], known["investment_eur_approx"], known["investment_eur_conflict"])],
        textposition="middle right", cliponaxis=False, textfont={"color": "#333333"},
    ))
    if not unknown.empty:
        fig.add_trace(go.Scatter(
            x=[0.0] * len(unknown), y=unknown["name"].tolist(), mode="text", name=t("unknown", lang),
            text=[t("unknown", lang)] * len(unknown), textposition="middle right",
            textfont={"color": "#555555", "style": "italic"}, showlegend=False, cliponaxis=False,
            hovertext=[f"<b>{esc(n)}</b><br>{tr(TEXT, 'investment', lang)}{sep}{t('unknown', lang)}"
                       for n in unknown["name"]],
            hovertemplate="%{hovertext}<extra></extra>",
            customdata=unknown["site_id"].tolist(),
        ))
    order = [*known["name"], *unknown["name"]]
    vmax = float(max([known["investment_eur"].max() if not known.empty else 0, figures["value"].max()
                      if not figures.empty else 0]))
    fig.update_layout(
        title={"text": tr(TEXT, "by_project_title", lang), "x": 0.01, "xanchor": "left"},
        xaxis={"title": {"text": tr(TEXT, "investment", lang)}, "range": [0, vmax * 1.25 if vmax else 1],
               **eur_axis(vmax * 1.2, lang)},
        yaxis={"categoryorder": "array", "categoryarray": order, "autorange": "reversed", "automargin": True,
               "tickvals": order, "ticktext": [wrap_label(name) for name in order]},
        height=max(300, 150 + ROW_PX * len(order)),
        margin={"l": 10, "r": 30, "t": 80, "b": 50},
        barmode="overlay",
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"},
        meta={"source_ids": sorted({s for ids in rows["source_ids"] for s in split_ids(ids)})},
    )
    notes = conflict_notes(known, facts, sources, lang)
    if known["investment_eur_approx"].any():
        notes.append(tr(TEXT, "approx_legend", lang))
    if not unknown.empty:
        notes.append(tr(TEXT, "unknown_note", lang, n=len(unknown), names=", ".join(unknown["name"])))
    _set_notes(fig, notes)
    return fig


def _project_hover(row: pd.Series, sources: pd.DataFrame | None, lang: str) -> str:
    sep = colon(lang)
    value = eur_text(row["investment_eur"], bool(row["investment_eur_approx"]), False, lang)
    lines = [f"<b>{esc(row['name'])}</b>", esc(label_type(row["project_type"], lang)),
             f"{tr(TEXT, 'investment', lang)}{sep}{esc(value)}"]
    if row["investment_eur_conflict"]:
        lines.append(f"⚠ {t('conflict', lang)}")
    lines.append(f"{tr(TEXT, 'status', lang)}{sep}{esc(label_status(row['status'], lang))}")
    lines.append(f"{t('as_of', lang).capitalize()} {esc(fmt_date(row['as_of'], lang))}")
    return "<br>".join(lines)


# --------------------------------------------------------------------------------------------
# By type / by département
# --------------------------------------------------------------------------------------------


def investment_sums(sites: pd.DataFrame, group: str) -> pd.DataFrame:
    """Per group: sum of the known investments, how many projects, how many unknown, approx/conflict flags."""
    rows = projects(sites)
    if group not in GROUPS:
        raise ValueError(f"group must be one of {', '.join(GROUPS)}, got {group!r}")
    keys = rows[group].fillna("").astype(str)
    known = rows["investment_eur"].notna()
    frame = pd.DataFrame({
        "group": keys,
        "value": rows["investment_eur"],
        "known": known,
        "approx": rows["investment_eur_approx"].astype(bool) & known,
        "conflict": rows["investment_eur_conflict"].astype(bool) & known,
    })
    out = frame.groupby("group", sort=True).agg(
        total=("value", lambda s: s.sum(min_count=1)),  # NaN when no project of the group has a figure
        projects=("known", "size"),
        known=("known", "sum"),
        approx=("approx", "any"),
        conflict=("conflict", "any"),
    ).reset_index()
    out["unknown"] = out["projects"] - out["known"]
    return out.sort_values(["total", "group"], ascending=[False, True], na_position="last").reset_index(drop=True)


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
    colours = [TYPE_COLOURS.get(k, "#0072B2") if group == "project_type" else "#0072B2" for k in bars["group"]]
    hover = [
        f"<b>{esc(label(r.group))}</b><br>{tr(TEXT, 'investment', lang)}{sep}"
        f"{esc(eur_text(r.total, r.approx, r.conflict, lang))}<br>"
        f"{esc(tr(TEXT, 'projects_known', lang, k=int(r.known), n=int(r.projects)))}"
        for r in sums.itertuples()
    ]
    fig = go.Figure(go.Bar(
        x=[label(k) for k in bars["group"]],
        y=bars["total"].tolist(),
        marker={"color": colours, "pattern": {"shape": [APPROX_PATTERN if a else "" for a in bars["approx"]],
                                              "fgcolor": "white", "solidity": 0.3, "fillmode": "overlay"}},
        text=[eur_text(v, a, c, lang) for v, a, c in zip(bars["total"], bars["approx"], bars["conflict"])],
        textposition="outside",
        cliponaxis=False,
        hovertext=[h for h, keep in zip(hover, has_total) if keep],
        hovertemplate="%{hovertext}<extra></extra>",
        customdata=bars["group"].tolist(),
        name=tr(TEXT, "investment", lang),
    ))
    missing = sums[~has_total]
    if not missing.empty:
        fig.add_trace(go.Scatter(
            x=[label(k) for k in missing["group"]], y=[0.0] * len(missing), mode="text",
            text=[t("unknown", lang)] * len(missing), textposition="top center",
            textfont={"color": "#555555", "style": "italic"}, showlegend=False, name=t("unknown", lang),
            cliponaxis=False,
            hovertext=[h for h, keep in zip(hover, has_total) if not keep],
            hovertemplate="%{hovertext}<extra></extra>", customdata=missing["group"].tolist(),
        ))
    vmax = float(bars["total"].max()) if not bars.empty else 0.0
    title = "by_type_title" if group == "project_type" else "by_dep_title"
    fig.update_layout(
        title={"text": tr(TEXT, title, lang), "x": 0.01, "xanchor": "left"},
        xaxis={"categoryorder": "array", "categoryarray": labels, "automargin": True},
        yaxis={"title": {"text": tr(TEXT, "investment", lang)}, "range": [0, vmax * 1.2 if vmax else 1],
               **eur_axis(vmax * 1.15, lang)},
        height=340,
        margin={"l": 10, "r": 10, "t": 60, "b": 50},
        showlegend=False,
        meta={"source_ids": sorted({s for ids in projects(sites)["source_ids"] for s in split_ids(ids)})},
    )
    notes = []
    n_unknown = int(sums["unknown"].sum())
    if n_unknown:
        notes.append(tr(TEXT, "unknown_sum_note", lang, n=n_unknown))
    if bars["approx"].any():
        notes.append(tr(TEXT, "approx_legend", lang))
    if bars["conflict"].any():
        notes.append(tr(TEXT, "conflict_sum_note", lang))
    _set_notes(fig, notes)
    return fig


# --------------------------------------------------------------------------------------------
# Cumulative by commissioning year
# --------------------------------------------------------------------------------------------


def cumulative_by_year(sites: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """Per commissioning year: sums and running totals of known investment and power; counts left out."""
    rows = projects(sites).copy()
    rows["year"] = [ts.year if not pd.isna(ts) else None for ts in map(to_timestamp, rows["commissioning_start"])]
    dated = rows[rows["year"].notna()]
    counts = {
        "undated": int(rows["year"].isna().sum()),
        "investment_unknown": int(dated["investment_eur"].isna().sum()),
        "power_unknown": int(dated["power_mw"].isna().sum()),
    }
    if dated.empty:
        empty = pd.DataFrame(columns=["year", "investment", "power", "cum_investment", "cum_power",
                                      "investment_approx", "power_approx", "investment_conflict", "power_conflict"])
        return empty, counts
    by_year = dated.assign(year=dated["year"].astype(int)).groupby("year").agg(
        investment=("investment_eur", lambda s: s.sum(min_count=1)),  # NaN: no known figure that year
        power=("power_mw", lambda s: s.sum(min_count=1)),
        investment_approx=("investment_eur_approx", "any"),
        power_approx=("power_mw_approx", "any"),
        investment_conflict=("investment_eur_conflict", "any"),
        power_conflict=("power_mw_conflict", "any"),
    ).reset_index()
    # Running totals of the known figures: unknown until the first known one, never started at 0.
    by_year["cum_investment"] = by_year["investment"].cumsum().ffill()
    by_year["cum_power"] = by_year["power"].cumsum().ffill()
    for kind in ("investment", "power"):  # a running total is approximate from the first approximate year on
        by_year[f"cum_{kind}_approx"] = by_year[f"{kind}_approx"].astype(bool).cummax()
        by_year[f"cum_{kind}_conflict"] = by_year[f"{kind}_conflict"].astype(bool).cummax()
    return by_year, counts


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
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.12,
                        subplot_titles=(tr(TEXT, "cum_investment", lang), tr(TEXT, "cum_power", lang)))
    fig.add_trace(go.Bar(
        x=years, y=by_year["cum_investment"].tolist(), name=tr(TEXT, "cum_investment", lang),
        marker={"color": "#0072B2"}, text=inv_text, textposition="outside", cliponaxis=False,
        hovertemplate="%{x}<br>" + esc(tr(TEXT, "cum_investment", lang)) + sep + "%{text}<extra></extra>",
    ), row=1, col=1)
    fig.add_trace(go.Scatter(
        x=years, y=by_year["cum_power"].tolist(), name=tr(TEXT, "cum_power", lang),
        mode="lines+markers+text", line={"color": "#D55E00", "width": 2, "shape": "hv"}, marker={"size": 9},
        text=pow_text, textposition="top center", cliponaxis=False,
        hovertemplate="%{x}<br>" + esc(tr(TEXT, "cum_power", lang)) + sep + "%{text}<extra></extra>",
    ), row=2, col=1)
    inv_max = float(by_year["cum_investment"].max()) if years and by_year["cum_investment"].notna().any() else 0.0
    pow_max = float(by_year["cum_power"].max()) if years and by_year["cum_power"].notna().any() else 0.0
    fig.update_xaxes(tickmode="array", tickvals=years, ticktext=[str(y) for y in years])
    fig.update_xaxes(title={"text": tr(TEXT, "year", lang)}, row=2, col=1)
    fig.update_yaxes(range=[0, inv_max * 1.25 if inv_max else 1], **eur_axis(inv_max * 1.2, lang), row=1, col=1)
    fig.update_yaxes(range=[0, pow_max * 1.3 if pow_max else 1], **_number_axis(pow_max * 1.25, "\u00a0MW", lang),
                     row=2, col=1)
    fig.update_layout(
        title={"text": tr(TEXT, "cumulative_title", lang), "x": 0.01, "xanchor": "left"},
        height=560,
        margin={"l": 10, "r": 10, "t": 80, "b": 50},
        showlegend=False,
        meta={"source_ids": sorted({s for ids in projects(sites)["source_ids"] for s in split_ids(ids)})},
    )
    notes = []
    if counts["undated"]:
        notes.append(tr(TEXT, "excluded_year", lang, n=counts["undated"]))
    if counts["investment_unknown"] or counts["power_unknown"]:
        notes.append(tr(TEXT, "unknown_in_year", lang, i=counts["investment_unknown"], p=counts["power_unknown"]))
    _set_notes(fig, notes)
    return fig


def _number_axis(max_value: float, unit: str, lang: str) -> dict:
    """Round ticks labelled in the reader's format ('1 500 MW')."""
    if not max_value or max_value <= 0 or math.isnan(max_value):
        return {}
    raw = max_value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks = [i * step for i in range(int(max_value // step) + 2)]
    return {"tickvals": ticks, "ticktext": [fmt_number(v, lang) + unit if v else "0" for v in ticks]}


# --------------------------------------------------------------------------------------------
# Timeline
# --------------------------------------------------------------------------------------------


def timeline_rows(sites: pd.DataFrame, facts: pd.DataFrame, lang: str = "fr") -> pd.DataFrame:
    """Per project: start (announcement, else its earliest fact's as-of), commissioning start and end,
    and both as text at the precision the sources gave."""
    rows = projects(sites)
    first_fact: dict[str, tuple[pd.Timestamp, str]] = {}  # site -> (date, the as-of as written)
    for site_id, as_of in zip(facts["site_id"], facts["as_of"]):
        stamp = to_timestamp(as_of)
        if not pd.isna(stamp) and (site_id not in first_fact or stamp < first_fact[site_id][0]):
            first_fact[site_id] = (stamp, str(as_of))
    announced = facts[(facts["attribute"] == "announced") & facts["is_current"].astype(bool)]
    announced_end = dict(zip(announced["site_id"], announced["period_end"]))
    out = []
    for row in rows.itertuples():
        start = to_timestamp(row.announced_start)
        is_announcement = not pd.isna(start)
        if is_announcement:
            start_text = fmt_period(row.announced_start, announced_end.get(row.site_id), lang)
        else:
            start, as_of = first_fact.get(row.site_id, (pd.NaT, ""))
            start_text = fmt_date(as_of, lang) if as_of else t("unknown", lang)
        out.append({
            "site_id": row.site_id, "name": row.name, "project_type": row.project_type, "status": row.status,
            "start": start, "start_is_announcement": is_announcement, "start_text": start_text,
            "commissioning_start": to_timestamp(row.commissioning_start),
            "commissioning_end": to_timestamp(row.commissioning_end),
            "commissioning_text": fmt_period(row.commissioning_start, row.commissioning_end, lang),
        })
    frame = pd.DataFrame(out, columns=["site_id", "name", "project_type", "status", "start", "start_is_announcement",
                                       "start_text", "commissioning_start", "commissioning_end", "commissioning_text"])
    for column in ("start", "commissioning_start", "commissioning_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.sort_values(["start", "name"], na_position="last").reset_index(drop=True)


def _ms(delta: pd.Timedelta) -> float:
    return delta.total_seconds() * 1000.0


def build_timeline(sites: pd.DataFrame, facts: pd.DataFrame, options: dict | None = None) -> go.Figure:
    """Bars from announcement to commissioning, then the commissioning period; a dot when only the start is known."""
    options = options or {}
    lang = options.get("lang", "fr")
    today = pd.Timestamp(options.get("today") or dt.date.today())
    sep = colon(lang)
    every = timeline_rows(sites, facts, lang)
    frame = every[every["start"].notna() | every["commissioning_start"].notna()]
    order = frame["name"].tolist()

    def hover(r) -> str:
        start_label = tr(TEXT, "announced" if r.start_is_announcement else "first_source", lang)
        lines = [f"<b>{esc(r.name)}</b>", esc(label_type(r.project_type, lang)) + " · " +
                 esc(label_status(r.status, lang)), f"{start_label}{sep}{esc(r.start_text)}",
                 f"{tr(TEXT, 'commissioning', lang)}{sep}{esc(r.commissioning_text)}"]
        return "<br>".join(lines)

    fig = go.Figure()
    lead = frame[frame["start"].notna() & frame["commissioning_start"].notna()
                 & (frame["commissioning_start"] > frame["start"])]
    fig.add_trace(go.Bar(
        y=lead["name"].tolist(), base=[ts.isoformat() for ts in lead["start"]],
        x=[_ms(e - s) for s, e in zip(lead["start"], lead["commissioning_start"])],
        orientation="h", name=tr(TEXT, "until_commissioning", lang), marker={"color": "#9ecae1"},
        hovertext=[hover(r) for r in lead.itertuples()], hovertemplate="%{hovertext}<extra></extra>",
        customdata=lead["site_id"].tolist(),
    ))
    window = frame[frame["commissioning_start"].notna()].copy()
    window["until"] = window["commissioning_end"].where(window["commissioning_end"].notna(),
                                                        window["commissioning_start"])
    # A period shorter than a month still shows as a visible sliver.
    fig.add_trace(go.Bar(
        y=window["name"].tolist(), base=[ts.isoformat() for ts in window["commissioning_start"]],
        x=[max(_ms(e - s), _ms(pd.Timedelta(days=30))) for s, e in zip(window["commissioning_start"], window["until"])],
        orientation="h", name=tr(TEXT, "commissioning_window", lang), marker={"color": "#08519c"},
        hovertext=[hover(r) for r in window.itertuples()], hovertemplate="%{hovertext}<extra></extra>",
        customdata=window["site_id"].tolist(),
    ))
    for is_announcement, symbol, key in ((True, "circle", "announced"), (False, "circle-open", "first_source")):
        starts = frame[frame["start"].notna() & (frame["start_is_announcement"] == is_announcement)]
        if starts.empty:
            continue
        fig.add_trace(go.Scatter(
            y=starts["name"].tolist(), x=starts["start"].tolist(), mode="markers", name=tr(TEXT, key, lang),
            showlegend=False,  # explained in the chart's notes: a short legend fits narrow screens
            marker={"symbol": symbol, "size": 10, "color": "#08306b", "line": {"width": 2, "color": "#08306b"}},
            hovertext=[hover(r) for r in starts.itertuples()], hovertemplate="%{hovertext}<extra></extra>",
            customdata=starts["site_id"].tolist(),
        ))
    open_ended = frame[frame["commissioning_start"].isna() & frame["start"].notna()]
    if not open_ended.empty:
        fig.add_trace(go.Scatter(
            y=open_ended["name"].tolist(), x=open_ended["start"].tolist(), mode="text",
            text=["\u2003" + tr(TEXT, "no_commissioning", lang)] * len(open_ended), textposition="middle right",
            textfont={"color": "#555555", "style": "italic"}, showlegend=False, hoverinfo="skip", cliponaxis=False,
            name=tr(TEXT, "no_commissioning", lang),
        ))
    dates = pd.concat([frame["start"], frame["commissioning_start"], frame["commissioning_end"]]).dropna()
    xaxis: dict = {"type": "date", "title": {"text": tr(TEXT, "date", lang)}}
    if not dates.empty:
        lo = min(dates.min(), today) - pd.Timedelta(days=180)
        hi = max(dates.max(), today) + pd.Timedelta(days=540)  # room for "mise en service inconnue"
        xaxis.update(range=[lo.isoformat(), hi.isoformat()], **date_ticks(lo, hi, lang))
    fig.add_shape(type="line", x0=today.isoformat(), x1=today.isoformat(), y0=0, y1=1, yref="paper",
                  line={"color": "#888888", "dash": "dot", "width": 1})
    fig.add_annotation(x=today.isoformat(), y=1, yref="paper", text=tr(TEXT, "today", lang), showarrow=False,
                       yanchor="top", xanchor="left", xshift=3, font={"size": 11, "color": "#555"})
    fig.update_layout(
        title={"text": tr(TEXT, "timeline_title", lang), "x": 0.01, "xanchor": "left"},
        xaxis=xaxis,
        yaxis={"categoryorder": "array", "categoryarray": order, "autorange": "reversed", "automargin": True,
               "tickvals": order, "ticktext": [wrap_label(name) for name in order]},
        barmode="overlay",
        height=max(300, 160 + ROW_PX * len(order)),
        margin={"l": 10, "r": 20, "t": 90, "b": 50},
        # Above the plot (plotly widens the top margin when the legend wraps on a narrow screen).
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left"},
        meta={"source_ids": sorted({s for ids in projects(sites)["source_ids"] for s in split_ids(ids)})},
    )
    notes = [tr(TEXT, "timeline_marks", lang)]
    undated = len(every) - len(frame)
    if undated:
        notes.append(tr(TEXT, "timeline_undated", lang, n=undated))
    _set_notes(fig, notes)
    return fig


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


def _timeline(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return build_timeline(select_projects(dataset.sites, filters), dataset.facts, {**options, "lang": lang})


def _title(key: str) -> dict[str, str]:
    return {lang: TEXT[lang][key] for lang in TEXT}


CHARTS = [
    ChartSpec("investment", "investment-by-project", _title("by_project_title"), _by_project),
    ChartSpec("investment", "investment-by-type", _title("by_type_title"), _by_group, {"group": "project_type"}),
    ChartSpec("investment", "investment-by-departement", _title("by_dep_title"), _by_group, {"group": "departement"}),
    ChartSpec("investment", "investment-cumulative", _title("cumulative_title"), _cumulative),
    ChartSpec("investment", "investment-timeline", _title("timeline_title"), _timeline),
]
