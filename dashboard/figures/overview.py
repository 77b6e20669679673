"""Overview: headline figures for the current filter, the region's data-centre target against what
the data holds, the latest facts, and their two charts (projects by status; target vs data).

Pure functions (no Streamlit): `summarize(dataset, filters)` is the page's one service call; the
figure builders take what it returns. Sums run over known values only and say how many are
unknown; a sum with an approximate term is approximate (≈); a term with disagreeing sources is
counted and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import ChartSpec
from dashboard.filters import Filters, apply_filters
from dashboard.i18n import fmt_date, fmt_number, label_status, label_type, tr
from dashboard.schema import STATUSES
from dashboard.tables import Dataset

# Rows that are context, not projects: the region itself and the grid's substations.
NOT_PROJECTS = ("region", "substation")
# Power plants produce power, the other projects consume it: their MW are not added up together.
POWER_EXCLUDED = ("power_plant",)
TOTAL_COLUMNS = ("investment_eur", "power_mw", "jobs")
LATEST_FACTS = 10

# One colour per status, ordered from idea to reality; abandoned and unknown in greys.
STATUS_COLOURS = {
    "announced": "#9ecae1",
    "planned": "#6baed6",
    "permitted": "#4292c6",
    "under_construction": "#2171b5",
    "operational": "#08306b",
    "abandoned": "#969696",
    "unknown": "#d9d9d9",
}
TARGET_COLOUR = "#e6550d"

TEXT = {
    "fr": {
        "by_status_title": "Projets par statut",
        "by_status_x": "Nombre de projets",
        "by_status_y": "Statut",
        "target_title": "Objectif régional de centres de données et projets recensés",
        "target_bar": "Objectif régional",
        "target_active": "Projets recensés (hors abandonnés)",
        "target_abandoned": "Projets abandonnés",
        "target_x": "Nombre de centres de données",
        "target_unknown": "Objectif : inconnu",
        "target_conflict": "sources en désaccord : {values}",
        "projects": "projet(s)",
        "hover_count": "{n} projet(s)",
        "attr_investment": "Investissement",
        "attr_power": "Puissance",
        "attr_floor_area": "Surface bâtie",
        "attr_land_area": "Surface du terrain",
        "attr_jobs": "Emplois",
        "attr_occupancy": "Taux d'occupation",
        "attr_commissioning": "Mise en service",
        "attr_announced": "Annonce",
        "attr_status": "Statut",
        "attr_data_center_target": "Objectif de centres de données",
    },
    "en": {
        "by_status_title": "Projects by status",
        "by_status_x": "Number of projects",
        "by_status_y": "Status",
        "target_title": "The region's data-centre target and the projects on record",
        "target_bar": "Regional target",
        "target_active": "Projects on record (not abandoned)",
        "target_abandoned": "Abandoned projects",
        "target_x": "Number of data centres",
        "target_unknown": "Target: unknown",
        "target_conflict": "sources disagree: {values}",
        "projects": "project(s)",
        "hover_count": "{n} project(s)",
        "attr_investment": "Investment",
        "attr_power": "Power",
        "attr_floor_area": "Floor area",
        "attr_land_area": "Land area",
        "attr_jobs": "Jobs",
        "attr_occupancy": "Occupancy rate",
        "attr_commissioning": "Commissioning",
        "attr_announced": "Announcement",
        "attr_status": "Status",
        "attr_data_center_target": "Data-centre target",
    },
}


@dataclass(frozen=True)
class Total:
    """A sum over the known values of a column; `known + unknown` rows were considered."""

    value: float | None  # None when no value is known
    known: int
    unknown: int
    approximate: bool  # at least one term is approximate
    conflicts: int  # terms whose sources disagree


@dataclass(frozen=True)
class Target:
    """The region's plan (a count of data centres) and the data centres the data holds."""

    value: float | None
    approximate: bool
    as_of: str
    raw_value: str
    sources: pd.DataFrame  # rows of dataset.sources behind the target
    by_status: dict[str, int]  # data centres on record, abandoned ones included, region-wide
    active: int  # not abandoned
    abandoned: int
    source_ids: tuple[str, ...] = ()  # sources of the target
    centre_source_ids: tuple[str, ...] = ()  # sources of the data centres counted
    conflict: bool = False  # sources give different targets
    # Every target figure found in the sources, newest first: value, raw_value, as_of, source, url,
    # is_current, source_id (the same columns as latest_facts, for the page's table).
    facts: pd.DataFrame = field(default_factory=pd.DataFrame)
    values: tuple[float, ...] = ()  # the distinct targets the sources give


@dataclass(frozen=True)
class Overview:
    projects: pd.DataFrame  # the filtered project rows
    by_status: dict[str, int]  # filtered projects per status (STATUSES order, zeros left out)
    totals: dict[str, Total]  # investment_eur, power_mw, jobs
    power_excluded: int  # power plants left out of the power total
    target: Target
    latest: pd.DataFrame  # latest facts about the filtered sites
    source_ids: set[str] = field(default_factory=set)


def project_rows(sites: pd.DataFrame) -> pd.DataFrame:
    return sites[~sites["project_type"].isin(NOT_PROJECTS)]


def total(rows: pd.DataFrame, column: str) -> Total:
    values = pd.to_numeric(rows[column], errors="coerce")
    known = values.notna()
    approx = rows.get(f"{column}_approx", pd.Series(False, index=rows.index)).fillna(False).astype(bool)
    conflict = rows.get(f"{column}_conflict", pd.Series(False, index=rows.index)).fillna(False).astype(bool)
    return Total(
        value=float(values[known].sum()) if known.any() else None,
        known=int(known.sum()),
        unknown=int((~known).sum()),
        approximate=bool((approx & known).any()),
        conflicts=int((conflict & known).sum()),
    )


def count_by_status(rows: pd.DataFrame) -> dict[str, int]:
    counts = rows["status"].fillna("unknown").replace("", "unknown").value_counts()
    order = [s for s in STATUSES if counts.get(s, 0)] + sorted(set(counts.index) - set(STATUSES))
    return {status: int(counts[status]) for status in order}


def _split_ids(ids: object) -> set[str]:
    return {sid for sid in str(ids or "").split(";") if sid} if not pd.isna(ids) else set()


FACT_COLUMNS = ["site", "attribute", "value", "as_of", "source", "title", "url", "approximate", "conflict",
                "is_current", "source_id"]


def _newest_first(facts: pd.DataFrame, dataset: Dataset) -> pd.DataFrame:
    """Facts by as-of, newest first (ties: the later publication, then the fact id)."""
    published = facts["source_id"].map(dataset.sources.set_index("source_id")["published"]).fillna("").astype(str)
    facts = facts.assign(_published=published, _as_of=facts["as_of"].fillna("").astype(str))
    return facts.sort_values(["_as_of", "_published", "fact_id"], ascending=False)


def facts_with_sources(facts: pd.DataFrame, dataset: Dataset, lang: str) -> pd.DataFrame:
    """Facts as the page lists them, in the given order, with their site and source.

    Columns: site, attribute (translated), value (as the source writes it), as_of (formatted),
    source (publisher), title (the source's), url (http(s) only, else None), approximate, conflict,
    is_current, source_id.
    """
    if facts.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    sources = dataset.sources.set_index("source_id")
    names = dict(zip(dataset.sites["site_id"], dataset.sites["name"]))

    def field_of(source_id: str, column: str, default: str = "") -> str:
        return str(sources.loc[source_id, column]) if source_id in sources.index else default

    def url_of(source_id: str) -> str | None:
        url = str(sources.loc[source_id, "url"]).strip() if source_id in sources.index else ""
        return url if url.lower().startswith(("http://", "https://")) else None

    return pd.DataFrame(
        {
            "site": [names.get(s, s) for s in facts["site_id"]],
            "attribute": [tr(TEXT, f"attr_{a}", lang) for a in facts["attribute"]],
            "value": facts["raw_value"].astype(str).tolist(),
            "as_of": [fmt_date(a, lang) for a in facts["as_of"]],
            "source": [field_of(s, "publisher", s) for s in facts["source_id"]],
            "title": [field_of(s, "title") for s in facts["source_id"]],
            "url": [url_of(s) for s in facts["source_id"]],
            "approximate": facts["approximate"].fillna(False).astype(bool).tolist(),
            "conflict": facts["conflict"].fillna(False).astype(bool).tolist(),
            "is_current": facts["is_current"].fillna(False).astype(bool).tolist(),
            "source_id": facts["source_id"].tolist(),
        },
        columns=FACT_COLUMNS,
    )


def region_target(dataset: Dataset, lang: str = "fr") -> Target:
    """The target of the region row, with its sources (all of them when they disagree), and the
    data centres the data hold region-wide."""
    sites = dataset.sites
    regions = sites[(sites["project_type"] == "region") & sites["data_center_target"].notna()]
    facts = dataset.facts
    all_target_facts = facts[(facts["attribute"] == "data_center_target") & facts["site_id"].isin(regions["site_id"])]
    history = facts_with_sources(_newest_first(all_target_facts, dataset), dataset, lang)
    centres = sites[sites["project_type"] == "data_center"]
    by_status = count_by_status(centres) if not centres.empty else {}
    abandoned = by_status.get("abandoned", 0)
    source_ids = tuple(sorted(set(all_target_facts["source_id"])))
    centre_ids = tuple(sorted({sid for ids in centres["source_ids"] for sid in _split_ids(ids)}))
    if regions.empty:
        return Target(None, False, "", "", dataset.sources.iloc[0:0], by_status, len(centres) - abandoned,
                      abandoned, source_ids, centre_ids, False, history, _distinct(all_target_facts))
    row = regions.iloc[0]
    current = all_target_facts[(all_target_facts["site_id"] == row["site_id"])
                               & all_target_facts["is_current"].fillna(False).astype(bool)]
    as_of = str(current["as_of"].iloc[0]) if not current.empty else str(row.get("as_of") or "")
    raw = str(current["raw_value"].iloc[0]) if not current.empty else ""
    approximate = bool(current["approximate"].fillna(False).astype(bool).any())
    conflict = bool(all_target_facts["conflict"].fillna(False).astype(bool).any())
    sources = dataset.sources[dataset.sources["source_id"].isin(set(current["source_id"]))]
    return Target(float(row["data_center_target"]), approximate, as_of, raw, sources, by_status,
                  len(centres) - abandoned, abandoned, source_ids, centre_ids, conflict, history,
                  _distinct(all_target_facts))


def _distinct(facts: pd.DataFrame) -> tuple[float, ...]:
    return tuple(sorted(set(pd.to_numeric(facts["value"], errors="coerce").dropna().astype(float))))


def latest_facts(dataset: Dataset, site_ids: set[str], lang: str, n: int = LATEST_FACTS) -> pd.DataFrame:
    """The `n` facts with the latest as-of about the given sites (see facts_with_sources)."""
    facts = dataset.facts[dataset.facts["site_id"].isin(site_ids)]
    return facts_with_sources(_newest_first(facts, dataset).head(n), dataset, lang)


def summarize(dataset: Dataset, filters: Filters) -> Overview:
    """Everything the overview page shows, for the current filters (the target is region-wide)."""
    sites = apply_filters(dataset.sites, filters)
    projects = project_rows(sites)
    powered = projects[~projects["project_type"].isin(POWER_EXCLUDED)]
    totals = {
        "investment_eur": total(projects, "investment_eur"),
        "power_mw": total(powered, "power_mw"),
        "jobs": total(projects, "jobs"),
    }
    excluded = projects[projects["project_type"].isin(POWER_EXCLUDED)]
    latest = latest_facts(dataset, set(sites["site_id"]), filters.lang)
    source_ids = {sid for ids in projects["source_ids"] for sid in _split_ids(ids)}
    return Overview(
        projects=projects,
        by_status=count_by_status(projects) if not projects.empty else {},
        totals=totals,
        power_excluded=int(excluded["power_mw"].notna().sum()),
        target=region_target(dataset, filters.lang),
        latest=latest,
        source_ids=source_ids | set(latest["source_id"]),
    )


# --------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------


def _layout(fig: go.Figure, title: str, source_ids: set[str] | tuple[str, ...], height: int) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        height=height,
        margin={"l": 10, "r": 20, "t": 60, "b": 40},
        barmode="stack",
        legend={"orientation": "h", "yanchor": "top", "y": -0.25, "x": 0, "traceorder": "normal"},
        plot_bgcolor="white",
        meta={"source_ids": sorted(source_ids)},
    )
    fig.update_xaxes(gridcolor="#e5e5e5", rangemode="tozero", tickformat="d")
    return fig


def projects_by_status_figure(projects: pd.DataFrame, lang: str) -> go.Figure:
    """Horizontal bars: the number of projects per status, stacked by project type."""
    fig = go.Figure()
    if projects.empty:
        return _layout(fig, tr(TEXT, "by_status_title", lang), set(), 320)
    rows = projects.assign(status=projects["status"].fillna("unknown").replace("", "unknown"))
    statuses = list(count_by_status(rows))
    labels = [label_status(s, lang) for s in statuses]
    for project_type in sorted(rows["project_type"].unique(), key=lambda v: label_type(v, lang)):
        counts = rows[rows["project_type"] == project_type]["status"].value_counts()
        values = [int(counts.get(s, 0)) for s in statuses]
        fig.add_trace(
            go.Bar(
                x=values,
                y=labels,
                orientation="h",
                name=label_type(project_type, lang),
                text=[str(v) if v else "" for v in values],
                textposition="inside",
                hovertemplate="%{y} · %{fullData.name}: %{x} " + tr(TEXT, "projects", lang) + "<extra></extra>",
            )
        )
    fig = _layout(fig, tr(TEXT, "by_status_title", lang),
                  {sid for ids in rows["source_ids"] for sid in _split_ids(ids)}, 120 + 45 * len(statuses))
    fig.update_layout(colorway=["#08306b", "#e6550d", "#31a354", "#756bb1", "#636363", "#3182bd"])
    fig.update_xaxes(title_text=tr(TEXT, "by_status_x", lang))
    fig.update_yaxes(title_text=None, autorange="reversed")
    return fig


def target_figure(target: Target, lang: str) -> go.Figure:
    """Three bars: the regional target, the data centres on record by status, the abandoned ones."""
    target_label = tr(TEXT, "target_bar", lang)
    active_label = tr(TEXT, "target_active", lang)
    abandoned_label = tr(TEXT, "target_abandoned", lang)
    categories = [target_label, active_label, abandoned_label]
    fig = go.Figure()
    if target.value is not None:
        text = fmt_number(target.value, lang, approximate=target.approximate)
        hover = f"{target_label}: {text}"
        if target.conflict:
            values = ", ".join(fmt_number(v, lang) for v in target.values)
            hover += "<br>⚠ " + tr(TEXT, "target_conflict", lang, values=values)
            text += " ⚠"
        fig.add_trace(
            go.Bar(x=[target.value], y=[target_label], orientation="h", name=target_label,
                   marker={"color": TARGET_COLOUR}, text=[text], textposition="inside",
                   hovertemplate=hover + "<extra></extra>", showlegend=False)
        )
    for status, n in target.by_status.items():
        if status == "abandoned":
            continue
        name = label_status(status, lang)
        fig.add_trace(
            go.Bar(x=[n], y=[active_label], orientation="h", name=name,
                   marker={"color": STATUS_COLOURS.get(status, "#bdbdbd")}, text=[str(n)], textposition="inside",
                   hovertemplate=f"{name}: {tr(TEXT, 'hover_count', lang, n=n)}<extra></extra>")
        )
    if target.abandoned:
        name = label_status("abandoned", lang)
        fig.add_trace(
            go.Bar(x=[target.abandoned], y=[abandoned_label], orientation="h", name=name,
                   marker={"color": STATUS_COLOURS["abandoned"]}, text=[str(target.abandoned)],
                   textposition="inside",
                   hovertemplate=f"{name}: {tr(TEXT, 'hover_count', lang, n=target.abandoned)}<extra></extra>")
        )
    fig = _layout(fig, tr(TEXT, "target_title", lang), {*target.source_ids, *target.centre_source_ids}, 300)
    fig.update_xaxes(title_text=tr(TEXT, "target_x", lang), dtick=1 if (target.value or 0) <= 20 else None)
    fig.update_yaxes(categoryorder="array", categoryarray=categories, autorange="reversed", title_text=None)
    if target.value is None:
        fig.add_annotation(text=tr(TEXT, "target_unknown", lang), xref="paper", yref="paper", x=0.5, y=1.0,
                           showarrow=False, font={"color": "#636363"})
    return fig


def _build_by_status(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return projects_by_status_figure(project_rows(apply_filters(dataset.sites, filters)), lang)


def _build_target(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return target_figure(region_target(dataset, lang), lang)


CHARTS = [
    ChartSpec("overview", "projects-by-status", {"fr": TEXT["fr"]["by_status_title"], "en": TEXT["en"]["by_status_title"]},
              _build_by_status),
    ChartSpec("overview", "data-center-target", {"fr": TEXT["fr"]["target_title"], "en": TEXT["en"]["target_title"]},
              _build_target),
]
