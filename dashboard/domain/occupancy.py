"""/occupancy's selections: the host sites (industrial sites and any site with an occupancy rate),
one site's published history, the default site to show, and a host's tenants as text."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.retained import retained_text
from dashboard.i18n import (
    fmt_date,
    fmt_eur,
    fmt_m2,
    fmt_mw,
    fmt_number,
    is_unknown,
    label_column,
    label_status,
    label_type,
    t,
)
from dashboard.i18n.periods import fmt_period, to_timestamp

HOST_TYPE = "industrial_site"


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


def tenants_table(sites: pd.DataFrame, host_site_id: str, lang: str) -> pd.DataFrame:
    """The entities hosted by a site, with their key figures as text (unknown written as such);
    the index is their site ids (for links to their pages)."""
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
        t("data_date", lang): [fmt_date(v, lang) for v in rows["as_of"]],
    }, index=pd.Index(rows["site_id"].astype(str).tolist(), name="site_id"))


def _fmt_count(value: object, lang: str, approximate: bool = False) -> str:
    return fmt_number(value, lang, approximate=approximate)


def _formatted(rows: pd.DataFrame, column: str, fmt, lang: str) -> list[str]:
    """Each row's retained value (domain.retained.retained_text: bound, range, kind), ⚠ when disputed."""
    out = []
    for row, conflict in zip(rows.to_dict("records"), rows[f"{column}_conflict"]):
        text = retained_text(row, column, lang)
        out.append(f"{text} ⚠" if conflict else text)
    return out
