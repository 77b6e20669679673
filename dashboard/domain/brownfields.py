"""Brownfields of the region (Cerema's Cartofriches): the table's shape and its aggregations.

Cartofriches sorts every site into one status (`site_statut`):
- "friche potentielle": suspected, not yet qualified by a local body;
- "friche sans projet" / "friche avec projet": qualified, with or without a reuse project
  (older files say "site avec projet"; Cerema maps it to "friche avec projet");
- "friche reconvertie": reused.
"Qualified" sites are the last three; the share "with a project or reconverted" is taken among
them (a potential brownfield is not yet known to be one).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.domain.schema import DEPARTEMENTS

BROWNFIELD_COLUMNS = (
    "site_id",
    "name",
    "site_type",
    "status",  # STATUSES key
    "status_raw",  # the file's own words, lower-cased
    "commune",
    "insee",
    "departement",
    "surface_m2",  # unite_fonciere_surface, else site_surface; NaN = unknown
    "lat",
    "lon",
    "zoning",  # urba_zone_type (U, AU, A, N…); '' = unknown
    "reconv_year",
    "url",  # the site's record on cartofriches.cerema.fr
)

# Status keys in Cerema's order (from suspected to reused).
STATUSES = ("potential", "without_project", "with_project", "reconverted", "unknown")
STATUS_OF = {
    "friche potentielle": "potential",
    "friche sans projet": "without_project",
    "friche avec projet": "with_project",
    "site avec projet": "with_project",
    "friche reconvertie": "reconverted",
}
QUALIFIED = ("without_project", "with_project", "reconverted")
PROJECT_OR_REUSED = ("with_project", "reconverted")

def empty() -> pd.DataFrame:
    return pd.DataFrame(columns=list(BROWNFIELD_COLUMNS))


def by_area(brownfields: pd.DataFrame, level: str = "departement") -> pd.DataFrame:
    """Counts and hectares per area and status, long format.

    level: "departement" or "commune". Columns: area (code), area_name, status, sites, hectares
    (hectares sum the known surfaces only; `sites_without_surface` says how many were unknown).
    """
    columns = ["area", "area_name", "status", "sites", "hectares", "sites_without_surface"]
    if brownfields.empty:
        return pd.DataFrame(columns=columns)
    if level == "departement":
        area = brownfields["departement"].astype(str)
        name = area.map(DEPARTEMENTS).fillna(area)
    elif level == "commune":
        area = brownfields["insee"].astype(str)
        name = brownfields["commune"].astype(str)
    else:
        raise ValueError(f"level must be 'departement' or 'commune', not {level!r}")
    frame = pd.DataFrame(
        {
            "area": area.to_numpy(),
            "area_name": name.to_numpy(),
            "status": brownfields["status"].to_numpy(),
            "ha": pd.to_numeric(brownfields["surface_m2"], errors="coerce").to_numpy() / 10_000,
        }
    )
    grouped = frame.groupby(["area", "status"], sort=True)
    out = grouped.agg(
        area_name=("area_name", "first"),
        sites=("status", "size"),
        hectares=("ha", lambda s: s.sum(min_count=1)),
        sites_without_surface=("ha", lambda s: int(s.isna().sum())),
    ).reset_index()
    out["status"] = pd.Categorical(out["status"], categories=STATUSES, ordered=True)
    out = out.sort_values(["area", "status"]).reset_index(drop=True)
    out["status"] = out["status"].astype(str)
    return out[columns]


def top_areas(summary: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The `n` areas with the most sites (the commune view keeps the chart readable)."""
    if summary.empty:
        return summary
    totals = summary.groupby("area")["sites"].sum().sort_values(ascending=False, kind="stable")
    return summary[summary["area"].isin(totals.index[:n])].reset_index(drop=True)


def project_share(brownfields: pd.DataFrame) -> dict[str, float]:
    """Share of qualified sites "with a project or reconverted" (count and hectares).

    {"qualified": n, "with_project_or_reused": m, "share": m / n (NaN when n = 0),
     "share_hectares": by known surfaces (NaN when none is known)}.
    """
    status = brownfields["status"] if not brownfields.empty else pd.Series(dtype=object)
    qualified = status.isin(QUALIFIED)
    done = status.isin(PROJECT_OR_REUSED)
    ha = pd.to_numeric(brownfields.get("surface_m2", pd.Series(dtype=float)), errors="coerce") / 10_000
    ha_qualified = ha[qualified].sum(min_count=1)
    return {
        "qualified": int(qualified.sum()),
        "with_project_or_reused": int(done.sum()),
        "share": float(done.sum() / qualified.sum()) if qualified.any() else np.nan,
        "share_hectares": float(ha[done].sum() / ha_qualified) if ha_qualified and ha_qualified > 0 else np.nan,
    }


def large_enough(brownfields: pd.DataFrame, need_ha: float) -> pd.DataFrame:
    """Brownfields with a known position and a known surface of at least `need_ha` hectares."""
    if brownfields.empty:
        return brownfields
    surface = pd.to_numeric(brownfields["surface_m2"], errors="coerce")
    keep = (surface >= need_ha * 10_000) & brownfields["lat"].notna() & brownfields["lon"].notna()
    return brownfields[keep].reset_index(drop=True)


# Seed attributes of Cerema's published département counts (one fact per snapshot).
COUNT_ATTRIBUTES = {f"brownfield_sites_{status}": status for status in ("with_project", "without_project",
                                                                         "potential", "reconverted")}
SHARE_HISTORY_COLUMNS = ["area", "area_name", "as_of", "qualified", "with_project_or_reused", "share", "origin"]


def _share_rows(counts: pd.DataFrame, origin: str) -> pd.DataFrame:
    """counts: area, as_of and one column per status -> the share columns."""
    for status in ("with_project", "without_project", "reconverted"):
        if status not in counts.columns:
            counts[status] = np.nan
    qualified = counts[["with_project", "without_project", "reconverted"]].sum(axis=1, min_count=3)
    done = counts[["with_project", "reconverted"]].sum(axis=1, min_count=2)
    out = counts.assign(qualified=qualified, with_project_or_reused=done, origin=origin)
    out["share"] = (done / qualified).where(qualified > 0)
    out["area_name"] = out["area"].map(DEPARTEMENTS).fillna(out["area"])
    return out.dropna(subset=["qualified"])[SHARE_HISTORY_COLUMNS]


def share_history(facts: pd.DataFrame, sites: pd.DataFrame, current: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per département and snapshot: qualified sites, those with a project or reused, the share.

    From the seeds' facts `brownfield_sites_<status>` on département entities (Cerema's
    published counts, origin "cerema"), plus, when given, the counts of the cached Cartofriches
    file at its date (origin "file": counted here from the file). A snapshot missing one of the
    three qualified counts gives no share (unknown, not 0).
    """
    rows = facts[facts["attribute"].isin(COUNT_ATTRIBUTES)] if not facts.empty else facts
    parts = []
    if not rows.empty:
        dep_of = sites.set_index("site_id")["departement"].astype(str).str.zfill(2)
        counts = pd.DataFrame({
            "area": rows["site_id"].map(dep_of).to_numpy(),
            "as_of": rows["as_of"].astype(str).to_numpy(),
            "status": rows["attribute"].map(COUNT_ATTRIBUTES).to_numpy(),
            "n": pd.to_numeric(rows["value"], errors="coerce").to_numpy(),
        }).dropna(subset=["area"])
        counts = counts[counts["area"].isin(DEPARTEMENTS)]
        wide = counts.pivot_table(index=["area", "as_of"], columns="status", values="n", aggfunc="last").reset_index()
        wide.columns.name = None
        parts.append(_share_rows(wide, "cerema"))
    if current is not None and not current.empty:
        as_of = str(current.attrs.get("as_of", ""))
        wide = (current.groupby(["departement", "status"]).size().unstack(fill_value=0).reset_index()
                .rename(columns={"departement": "area"}))
        wide.columns.name = None
        wide["as_of"] = as_of
        parts.append(_share_rows(wide, "file"))
    if not parts:
        return pd.DataFrame(columns=SHARE_HISTORY_COLUMNS)
    return pd.concat(parts, ignore_index=True).sort_values(["area", "as_of"]).reset_index(drop=True)
