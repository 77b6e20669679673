"""Everything known about one site, in one call: what the /site page and its PDF both show.

`site_profile(dataset, site_id, evaluation)` gathers, for one `site_id`, its identity and status
history, every figure with its history over time (each fact as written, with its source and
as-of date; disagreeing sources kept side by side; ranges and paraphrases as the tables carry
them), its host site and tenants, its nearest 400 kV substation, its distances, its suitability
score, rank and the points of each criterion, and every source behind it with its link.

Pure and language-independent: the page and the PDF word it. The score is read from the same
`siting.Evaluation` the /siting page computes (one scoring path), never recomputed here. Columns
other helpers add to the tables (ranges `value_low`/`value_high`, `wording`, brownfield records)
are used when present and ignored when absent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.domain import geo, siting
from dashboard.domain.retained import retained_values
from dashboard.i18n import is_unknown
from dashboard.domain.tables import Dataset

# The figures a site page lists, in this order (status has its own history).
FIGURE_ATTRIBUTES = (
    "investment",
    "power",
    "floor_area",
    "land_area",
    "jobs",
    "occupancy",
    "commissioning",
    "announced",
    "data_center_target",
)
# Optional fact columns some tables carry: a range, whether the value is the source's own words
# (quoted = False: a paraphrase), a tie (two sources, same date, different values).
OPTIONAL_FACT_COLUMNS = ("value_low", "value_high", "wording", "quoted", "tie", "qualifier", "measure", "projection",
                         "also_source_ids")
HISTORY_COLUMNS = (
    "fact_id",
    "as_of",
    "raw_value",
    "value",
    "unit",
    "approximate",
    "period_start",
    "period_end",
    "source_id",
    "note",
    "is_current",
    "conflict",
    *OPTIONAL_FACT_COLUMNS,
)
RELATED_COLUMNS = ("site_id", "name", "project_type", "status", "commune")


@dataclass(frozen=True)
class FigureHistory:
    """One attribute of the site: every fact about it, oldest first (undated ones first)."""

    attribute: str
    facts: pd.DataFrame  # HISTORY_COLUMNS

    @property
    def current(self) -> pd.Series | None:
        """The retained value (domain.retained: the one rule every output reads), as a fact row:
        value_low/value_high/qualifier span a tie between sources; source_id lists its sources."""
        if self.facts.empty:
            return None
        facts = self.facts.assign(site_id="", attribute=self.attribute, is_current=self.facts["is_current"].astype(bool))
        rows = retained_values(facts)
        if rows.empty:
            return self.facts.iloc[-1]
        row = rows.iloc[0]
        units = self.facts["unit"].dropna()
        return pd.Series({
            "value": row["low"], "value_low": row["low"], "value_high": row["high"], "qualifier": row["qualifier"],
            "approximate": row["approximate"], "raw_value": row["raw_value"], "period_start": row["period_start"],
            "period_end": row["period_end"], "as_of": row["as_of"], "source_id": row["source_ids"],
            "measure": row["measure"], "projection": row["projection"], "is_current": True, "tie": row["tie"],
            "unit": units.iloc[0] if not units.empty else "", "quoted": row["quoted"],
        })

    @property
    def conflict(self) -> bool:
        flags = self.facts["conflict"].fillna(False).astype(bool) | self.facts["tie"].fillna(False).astype(bool)
        return bool(flags.any())

    @property
    def side_by_side(self) -> pd.DataFrame:
        """When sources disagree: each source's latest fact, next to each other (else empty)."""
        if not self.conflict:
            return self.facts.iloc[0:0]
        latest = self.facts.drop_duplicates("source_id", keep="last")
        return latest.sort_values(["value", "source_id"], kind="stable", na_position="last")


@dataclass(frozen=True)
class Substation:
    name: str
    lat: float
    lon: float
    km: float
    origin: str  # "seeds" | "odre"
    site_id: str = ""  # the seeds' entity, when the substation is one


@dataclass(frozen=True)
class SiteScore:
    """The site's row of the /siting evaluation."""

    score: float
    rank: float  # NaN when excluded or unscored
    ranked: int  # how many sites have a rank
    scored: int  # how many sites were scored
    excluded: bool
    exclusion_reasons: tuple[str, ...]
    unchecked: tuple[str, ...]
    n_with_data: int
    n_criteria: int
    set_aside: tuple[str, ...]
    role: str  # siting.ROLES: a candidate place, or an operating / abandoned one scored for reference
    weights_used: dict  # criterion -> share (0–1) its points are computed with (scoring.weights_used)
    # One row per criterion: key, input (raw, in the criterion's unit), value (0–1, NaN = no
    # data), points (its part of the score; the points add up to the score).
    criteria: pd.DataFrame


@dataclass(frozen=True)
class SiteProfile:
    site: pd.Series  # the `sites` row
    status_history: pd.DataFrame  # HISTORY_COLUMNS of the status facts, oldest first
    figures: tuple[FigureHistory, ...]  # FIGURE_ATTRIBUTES order, only those with facts
    host: pd.Series | None  # RELATED_COLUMNS
    tenants: pd.DataFrame  # RELATED_COLUMNS
    substation: Substation | None
    distances: dict[str, float]  # gravelines_km, nearest_400kv_km, nearest_225kv_km, lille_km (NaN = unknown)
    score: SiteScore | None  # None: not a scored type, or no position
    sources: pd.DataFrame  # the dataset's source columns + "cited_for" (attributes, "location", "grid")
    brownfield: dict | None  # the site's brownfield record (Cartofriches), when the data has one
    as_of: str  # the site's latest as-of
    data_as_of: str  # the dataset's
    nearest_225kv_name: str = ""

    @property
    def site_id(self) -> str:
        return str(self.site["site_id"])

    @property
    def name(self) -> str:
        return str(self.site["name"])

    @property
    def has_notes(self) -> bool:
        """Whether any fact of its histories carries our note (written in English: seeds/README.md)."""
        frames = [self.status_history, *(f.facts for f in self.figures)]
        return any("note" in frame and any(isinstance(v, str) and v for v in frame["note"]) for frame in frames)

    @property
    def has_position(self) -> bool:
        return bool(pd.notna(self.site.get("lat")) and pd.notna(self.site.get("lon")))


def _history(records: list[dict]) -> pd.DataFrame:
    """Facts as a history table, oldest first; an undated fact (empty as-of) first, as it cannot
    be placed in time. Plain Python on the site's few facts: pandas' per-call cost dominates."""
    ordered = sorted(records, key=lambda r: (str(r.get("as_of") or ""), str(r["source_id"]), str(r["fact_id"])))
    return pd.DataFrame([[r.get(c, pd.NA) for c in HISTORY_COLUMNS] for r in ordered], columns=list(HISTORY_COLUMNS))


def _related(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.reindex(columns=list(RELATED_COLUMNS)).sort_values("name", kind="stable").reset_index(drop=True)


def nearest_substation(site: pd.Series, kv400: pd.DataFrame, sites: pd.DataFrame) -> Substation | None:
    """The nearest of the 400 kV substations the distances are measured to (siting's `kv400`)."""
    lat, lon = site.get("lat"), site.get("lon")
    if kv400 is None or kv400.empty or pd.isna(lat) or pd.isna(lon):
        return None
    index, km = geo.nearest([float(lat)], [float(lon)], kv400["lat"].to_numpy(), kv400["lon"].to_numpy())
    if index[0] < 0:
        return None
    row = kv400.iloc[int(index[0])]
    same = sites[(sites["project_type"] == "substation") & (sites["name"] == row["name"])]
    return Substation(
        name=str(row["name"]),
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        km=float(km[0]),
        origin=str(row.get("origin", "")),
        site_id=str(same["site_id"].iloc[0]) if not same.empty else "",
    )


def _score(site_id: str, evaluation: siting.Evaluation | None) -> SiteScore | None:
    if evaluation is None:
        return None
    scored = evaluation.scored
    rows = scored[scored["site_id"] == site_id]
    if rows.empty:
        return None
    row = rows.iloc[0]
    criteria = pd.DataFrame(
        {
            "key": list(siting.CRITERIA),
            "input": [row.get(f"input_{k}", np.nan) for k in siting.CRITERIA],
            "value": [row.get(f"value_{k}", np.nan) for k in siting.CRITERIA],
            "points": [row.get(f"contrib_{k}", np.nan) for k in siting.CRITERIA],
        }
    )

    def keys(text: object) -> tuple[str, ...]:  # ";"-joined keys
        return tuple(k for k in text.split(";") if k) if isinstance(text, str) else ()

    return SiteScore(
        score=float(row["score"]),
        rank=float(row["rank"]),
        ranked=int(scored["rank"].notna().sum()),
        scored=len(scored),
        excluded=bool(row["excluded"]),
        exclusion_reasons=keys(row["exclusion_reasons"]),
        unchecked=keys(row["unchecked"]),
        n_with_data=int(row["n_with_data"]),
        n_criteria=int(row["n_criteria"]),
        set_aside=tuple(scored.attrs.get("set_aside", ())),
        role=str(row.get("role", siting.ROLE_CANDIDATE)),
        weights_used=dict(scored.attrs.get("weights_used", {})),
        criteria=criteria,
    )


def _sources(dataset: Dataset, site: pd.Series, facts: dict[str, list[dict]], substation: Substation | None) -> pd.DataFrame:
    """Every source behind the profile, with what it is cited for, in order of first use."""
    cited: dict[str, list[str]] = {}

    def cite(source_id: object, what: str) -> None:
        if isinstance(source_id, str) and source_id:
            uses = cited.setdefault(source_id, [])
            if what not in uses:
                uses.append(what)

    listed = ("status", *FIGURE_ATTRIBUTES)
    for attribute in [*listed, *(a for a in facts if a not in listed)]:
        for record in facts.get(attribute, []):
            cite(record["source_id"], attribute if attribute in listed else "other")
    cite(site.get("location_source"), "location")
    if substation is not None and substation.site_id:
        grid = dataset.sites[dataset.sites["site_id"] == substation.site_id]
        for ids in grid["source_ids"].dropna():
            for source_id in str(ids).split(";"):
                cite(source_id, "grid")
    known = dataset.sources[dataset.sources["source_id"].isin(list(cited))]
    records = {r["source_id"]: r for r in known.to_dict("records")}
    rows = [{**records.get(sid, {"source_id": sid}), "cited_for": ";".join(uses)} for sid, uses in cited.items()]
    return pd.DataFrame(rows, columns=[*dataset.sources.columns, "cited_for"])


def _brownfield(dataset: Dataset, site: pd.Series) -> dict | None:
    """The site's brownfield (Cartofriches) record, when the dataset carries one."""
    frame = getattr(dataset, "brownfields", None)
    if isinstance(frame, pd.DataFrame) and "site_id" in frame.columns:
        rows = frame[frame["site_id"] == site["site_id"]]
        if not rows.empty:
            return {k: v for k, v in rows.iloc[0].to_dict().items() if not is_unknown(v)}
    record = {k: v for k, v in site.items() if str(k).startswith("cartofriches_") and not is_unknown(v)}
    return record or None


def find_site(dataset: Dataset, site_id: object) -> pd.Series | None:
    """The `sites` row of an id (surrounding spaces ignored), None when unknown."""
    if not isinstance(site_id, str) or not site_id.strip():
        return None
    rows = dataset.sites[dataset.sites["site_id"] == site_id.strip()]
    return rows.iloc[0] if not rows.empty else None


def site_profile(dataset: Dataset, site_id: str, evaluation: siting.Evaluation | None = None) -> SiteProfile | None:
    """The profile of `site_id`, None when the dataset has no such site.

    `evaluation` is the /siting page's (dashboard.data.siting_evaluation): the score, rank and
    criteria points come from it, and its `kv400` is what the nearest substation is chosen from.
    Without it the profile has no score and the substations are the seeds' own.
    """
    site = find_site(dataset, site_id)
    if site is None:
        return None
    site_id = str(site["site_id"])
    sites = dataset.sites
    facts = dataset.facts[dataset.facts["site_id"] == site_id]
    by_attribute: dict[str, list[dict]] = {}
    for record in facts.to_dict("records"):
        by_attribute.setdefault(record["attribute"], []).append(record)
    figures = tuple(FigureHistory(a, _history(by_attribute[a])) for a in FIGURE_ATTRIBUTES if a in by_attribute)
    host_id = site.get("host_site_id")
    host_rows = sites[sites["site_id"] == host_id] if isinstance(host_id, str) and host_id else sites.iloc[0:0]
    kv400 = evaluation.kv400 if evaluation is not None else geo.grid_targets(sites, None).kv400
    substation = nearest_substation(site, kv400, sites)
    lat, lon = site.get("lat"), site.get("lon")
    lille = float(geo.geodesic_km(lat, lon, siting.LILLE_LAT, siting.LILLE_LON)) if pd.notna(lat) else np.nan
    distances = {
        "gravelines_km": float(site.get("gravelines_km", np.nan)),
        "nearest_400kv_km": substation.km if substation is not None else float(site.get("nearest_400kv_km", np.nan)),
        "nearest_225kv_km": float(site.get("nearest_225kv_km", np.nan)),
        "lille_km": lille,
    }
    return SiteProfile(
        site=site,
        status_history=_history(by_attribute.get("status", [])),
        figures=figures,
        host=_related(host_rows).iloc[0] if not host_rows.empty else None,
        tenants=_related(sites[sites["host_site_id"] == site_id]),
        substation=substation,
        distances=distances,
        score=_score(site_id, evaluation),
        sources=_sources(dataset, site, by_attribute, substation),
        brownfield=_brownfield(dataset, site),
        as_of=str(site.get("as_of") or ""),
        data_as_of=dataset.as_of,
        nearest_225kv_name=str(site.get("nearest_225kv_name") or ""),
    )


def site_choices(dataset: Dataset) -> list[tuple[str, str]]:
    """(site_id, name) of every site, by name: the search box of the page."""
    sites = dataset.sites.sort_values("name", key=lambda s: s.astype(str).str.casefold(), kind="stable")
    return list(zip(sites["site_id"].astype(str), sites["name"].astype(str)))
