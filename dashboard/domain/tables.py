"""From validated seeds to the normalized tables: sites, facts, occupancy, sources, problems.

Pure pandas: the build command and the app (through dashboard.data) both call `build_tables`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.domain.geo import add_grid_distances
from dashboard.domain.schema import (
    ATTRIBUTES,
    ENTITY_COLUMNS,
    FACTS_COLUMNS,
    OCCUPANCY_COLUMNS,
    PROBLEMS_COLUMNS,
    SITES_COLUMNS,
    SOURCES_COLUMNS,
    VALUE_COLUMNS,
)
from dashboard.domain.records import SeedBundle

# Values closer than this (relative) count as the same figure, not a conflict.
SAME_VALUE_TOLERANCE = 1e-9


@dataclass
class Dataset:
    sites: pd.DataFrame
    facts: pd.DataFrame
    occupancy: pd.DataFrame
    sources: pd.DataFrame
    problems: pd.DataFrame

    @property
    def as_of(self) -> str:
        """The data's date: the latest as-of of any fact ('' when there is none)."""
        return str(self.facts["as_of"].max()) if not self.facts.empty else ""


def _facts_frame(bundle: SeedBundle, published: dict[str, str]) -> pd.DataFrame:
    if not bundle.facts:
        return pd.DataFrame(columns=[*FACTS_COLUMNS, "as_of_date"])
    facts = pd.DataFrame(bundle.facts)
    facts["published"] = facts["source_id"].map(published).fillna("")
    # Current value: latest as-of; ties go to the later publication, then the source id.
    facts = facts.sort_values(["site_id", "attribute", "as_of_date", "published", "source_id", "fact_id"])
    facts["is_current"] = ~facts.duplicated(["site_id", "attribute"], keep="last")
    facts["conflict"] = _conflicts(facts)
    facts = facts.drop(columns=["published"]).reset_index(drop=True)
    return facts[[*FACTS_COLUMNS, "as_of_date"]]


def _conflicts(facts: pd.DataFrame) -> pd.Series:
    """True for the facts of an (entity, attribute) whose sources give different numbers.

    Histories (occupancy, status) change on purpose, so they are never a conflict.
    """
    history = facts["attribute"].map(lambda a: ATTRIBUTES[a].history)
    numeric = facts["value"].notna() & ~history
    conflict = pd.Series(False, index=facts.index)
    for _, group in facts[numeric].groupby(["site_id", "attribute"]):
        if group["source_id"].nunique() < 2:
            continue
        values = group["value"].to_numpy(dtype=float)
        spread = values.max() - values.min()
        if spread > SAME_VALUE_TOLERANCE * max(abs(values).max(), 1.0):
            conflict.loc[group.index] = True
    return conflict


def _sites_frame(bundle: SeedBundle, facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    sites = pd.DataFrame(bundle.entities, columns=list(ENTITY_COLUMNS))
    sites = sites.set_index("site_id", drop=False)
    current = facts[facts["is_current"].astype(bool)].set_index(["site_id", "attribute"])  # bool even when empty

    def current_of(attribute: str, field: str) -> pd.Series:
        if attribute not in current.index.get_level_values("attribute"):
            return pd.Series(index=sites.index, dtype=object)
        return current.xs(attribute, level="attribute")[field].reindex(sites.index)

    sites["status"] = current_of("status", "raw_value").fillna("unknown")
    for attribute, spec in ATTRIBUTES.items():
        if spec.column in VALUE_COLUMNS:
            sites[spec.column] = pd.to_numeric(current_of(attribute, "value"), errors="coerce")
            sites[f"{spec.column}_approx"] = current_of(attribute, "approximate").fillna(False).astype(bool)
            conflicted = facts.loc[facts["attribute"] == attribute].groupby("site_id")["conflict"].any()
            sites[f"{spec.column}_conflict"] = conflicted.reindex(sites.index).fillna(False).astype(bool)
    for attribute in ("commissioning", "announced"):
        sites[f"{attribute}_start"] = current_of(attribute, "period_start")
    sites["commissioning_end"] = current_of("commissioning", "period_end")
    sites["data_center_target"] = pd.to_numeric(current_of("data_center_target", "value"), errors="coerce")

    # Every row traces to its sources: the facts' sources and where its coordinates come from.
    cited = facts.groupby("site_id")["source_id"].agg(lambda s: sorted(set(s)))

    def source_ids(row: pd.Series) -> str:
        ids = set(cited.get(row["site_id"], []))
        if row["location_source"]:
            ids.add(row["location_source"])
        return ";".join(sorted(ids))

    sites["source_ids"] = sites.apply(source_ids, axis=1) if not sites.empty else pd.Series(dtype=str)

    # The row's as-of: its latest fact, else the date of the source of its coordinates.
    latest = facts.sort_values("as_of_date").groupby("site_id").tail(1).set_index("site_id")["as_of"]
    published = sources.set_index("source_id")["published"]
    sites["as_of"] = latest.reindex(sites.index)
    sites["as_of"] = sites["as_of"].fillna(sites["location_source"].map(published)).fillna("")
    return sites.reset_index(drop=True)


def build_tables(bundle: SeedBundle, substations: pd.DataFrame | None = None) -> Dataset:
    """Normalize a validated seed bundle into the dashboard's tables.

    `substations` is RTE's ODRÉ dataset when it is cached (225 kV distances need it).
    """
    sources = pd.DataFrame(bundle.sources, columns=[*SOURCES_COLUMNS, "file"])[list(SOURCES_COLUMNS)]
    published = dict(zip(sources["source_id"], sources["published"]))
    facts = _facts_frame(bundle, published)
    sites = _sites_frame(bundle, facts, sources)
    sites = add_grid_distances(sites, substations)
    sites = sites[list(SITES_COLUMNS)]

    occupancy = facts[facts["attribute"] == "occupancy"].sort_values(["site_id", "as_of_date"])
    occupancy = occupancy.rename(columns={"value": "occupancy_rate"})[list(OCCUPANCY_COLUMNS)]
    problems = pd.DataFrame(
        [{**p.__dict__, "dependents": "\n".join(p.dependents)} for p in bundle.problems], columns=list(PROBLEMS_COLUMNS)
    )
    return Dataset(
        sites=sites,
        facts=facts.drop(columns=["as_of_date"]),
        occupancy=occupancy.reset_index(drop=True),
        sources=sources,
        problems=problems,
    )

