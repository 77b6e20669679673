"""From validated seeds to the normalized tables: sites, facts, occupancy, sources, problems.

Pure pandas: the build command and the app (through dashboard.data) both call `build_tables`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from dashboard.domain.geo import add_grid_distances
from dashboard.i18n import is_unknown
from dashboard.i18n.names import publisher_label, site_label, title_label
from dashboard.domain.records import SeedBundle
from dashboard.domain.retained import SAME_VALUE_TOLERANCE, is_tie, retained_fact_ids, retained_values
from dashboard.domain.schema import (
    ATTRIBUTES,
    ENTITY_COLUMNS,
    FACTS_COLUMNS,
    LANGUAGES,
    OCCUPANCY_COLUMNS,
    PROBLEMS_COLUMNS,
    SCHEDULE_COLUMNS,
    SITES_COLUMNS,
    SOURCES_COLUMNS,
    VALUE_COLUMNS,
)



@dataclass
class Dataset:
    sites: pd.DataFrame
    facts: pd.DataFrame
    occupancy: pd.DataFrame
    sources: pd.DataFrame
    problems: pd.DataFrame
    schedule: pd.DataFrame | None = None
    # Its copies in other languages (in_language), made once per dataset.
    _languages: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.schedule is None:  # datasets written before the schedule table existed
            self.schedule = pd.DataFrame(columns=list(SCHEDULE_COLUMNS))

    def in_language(self, lang: str) -> Dataset:
        """The tables as a reader of `lang` reads them: sites' names and sources' publishers
        labelled by i18n.names (site_label, publisher_label) from their words as written. Built
        tables are labelled in French (the same object back); another language's copy is made
        once and kept. Every page (ui.components.sidebar.page_setup), chart export and the export
        command read their tables through it."""
        if lang != "en":
            return self
        if lang not in self._languages:
            self._languages[lang] = replace(self, sites=labelled_sites(self.sites, lang),
                                            sources=labelled_sources(self.sources, lang), _languages={})
        return self._languages[lang]

    @property
    def as_of(self) -> str:
        """The data's date: the latest as-of of any dated fact ('' when there is none)."""
        dated = self.facts["as_of"].fillna("").astype(str)
        dated = dated[dated != ""]
        return str(dated.max()) if not dated.empty else ""


def _facts_frame(bundle: SeedBundle, published: dict[str, str]) -> pd.DataFrame:
    if not bundle.facts:
        return pd.DataFrame(columns=[*FACTS_COLUMNS, "as_of_date"])
    facts = pd.DataFrame(bundle.facts)
    for column, default in (("measure", ""), ("qualifier", ""), ("projection", False), ("also_source_ids", "")):
        if column not in facts:  # bundles built by hand (tests, intake) before these columns
            facts[column] = default
    facts["as_of_date"] = pd.to_datetime(facts["as_of_date"])
    facts = facts.sort_values(["site_id", "attribute", "as_of_date", "source_id", "fact_id"], na_position="first")
    # The current value: retained.retained_fact_ids, the one rule every output reads.
    facts["is_current"] = retained_fact_ids(facts)
    facts["tie"] = False
    for _, group in facts[facts["is_current"]].groupby(["site_id", "attribute"]):
        if is_tie(group):
            facts.loc[group.index, "tie"] = True
    facts["conflict"] = _conflicts(facts)
    facts = facts.reset_index(drop=True)
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


def labelled_sites(sites: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`sites` with `name` in `lang` (i18n.names.site_label of `name_as_written` and `name_en`)."""
    if "name_as_written" not in sites:  # a frame made without it (tests, older tables): names as they are
        return sites
    voltage = sites["voltage_kv"] if "voltage_kv" in sites else pd.Series(float("nan"), index=sites.index)
    english = sites["name_en"] if "name_en" in sites else pd.Series("", index=sites.index)
    names = [name if is_unknown(written) else site_label(written, kind, kv, lang, name_en)
             for name, written, kind, kv, name_en in zip(sites["name"], sites["name_as_written"], sites["project_type"],
                                                         voltage, english)]
    return sites.assign(name=pd.Series(names, index=sites.index, dtype=object))


def labelled_sources(sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`sources` with `publisher` and `title` in `lang`: i18n.names.publisher_label of
    `publisher_as_written` and its note, i18n.names.title_label of `title_as_written` or our
    description in `lang`."""
    labelled = {}
    if "publisher_as_written" in sources:  # a frame made without it: publishers as they are
        labelled["publisher"] = [
            shown if is_unknown(written) else publisher_label(written, note, note_name, lang)
            for shown, written, note, note_name in zip(sources["publisher"], sources["publisher_as_written"],
                                                       sources["publisher_note"], sources["publisher_note_name"])]
    if "title_as_written" in sources and f"description_{lang}" in sources:  # else titles as they are
        labelled["title"] = [title_label(written, description, lang)
                             for written, description in zip(sources["title_as_written"], sources[f"description_{lang}"])]
    return sources.assign(**{name: pd.Series(values, index=sources.index, dtype=object)
                             for name, values in labelled.items()})


def _sites_frame(bundle: SeedBundle, facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    sites = pd.DataFrame(bundle.entities, columns=list(ENTITY_COLUMNS))
    sites = labelled_sites(sites.assign(name_as_written=sites["name"]), "fr")
    sites = sites.set_index("site_id", drop=False)
    retained = retained_values(facts).set_index(["site_id", "attribute"])

    def retained_of(attribute: str, field: str) -> pd.Series:
        if attribute not in retained.index.get_level_values("attribute"):
            return pd.Series(index=sites.index, dtype=object)
        return retained.xs(attribute, level="attribute")[field].reindex(sites.index)

    sites["status"] = retained_of("status", "raw_value").fillna("unknown")
    for attribute, spec in ATTRIBUTES.items():
        if spec.column in VALUE_COLUMNS:
            column = spec.column
            low = pd.to_numeric(retained_of(attribute, "low"), errors="coerce")
            sites[column] = low  # a range's value is its low end; X_high and X_qualifier say the rest
            sites[f"{column}_low"] = low
            sites[f"{column}_high"] = pd.to_numeric(retained_of(attribute, "high"), errors="coerce")
            sites[f"{column}_approx"] = retained_of(attribute, "qualifier").isin(["approx", "at_most", "at_least"])
            for field in ("qualifier", "measure", "as_of", "source_ids"):
                sites[f"{column}_{field}"] = retained_of(attribute, field).fillna("").astype(str)
            sites[f"{column}_projection"] = retained_of(attribute, "projection").fillna(False).astype(bool)
            of_attribute = facts.loc[facts["attribute"] == attribute]
            conflicted = (of_attribute["conflict"] | of_attribute["tie"]).groupby(of_attribute["site_id"]).any()
            sites[f"{column}_conflict"] = conflicted.reindex(sites.index).fillna(False).astype(bool)
    for attribute in ("commissioning", "announced"):
        sites[f"{attribute}_start"] = retained_of(attribute, "period_start")
    sites["commissioning_end"] = retained_of("commissioning", "period_end")
    for attribute in ("data_center_target", "state_identified_sites"):
        sites[attribute] = pd.to_numeric(retained_of(attribute, "value"), errors="coerce")
    # Named among the State's fast-track sites (the siting score's exclusion override and criterion).
    sites["fast_track"] = retained_of("fast_track", "raw_value").eq("designated").astype(bool)
    sites["brownfield_reuse"] = retained_of("brownfield_reuse", "raw_value").eq("former_industrial_site").astype(bool)

    # Every row traces to its sources: the facts' sources and where its coordinates come from.
    cited = facts.groupby("site_id")["source_id"].agg(lambda s: sorted(set(s)))

    def source_ids(row: pd.Series) -> str:
        ids = set(cited.get(row["site_id"], []))
        if row["location_source"]:
            ids.add(row["location_source"])
        return ";".join(sorted(ids))

    sites["source_ids"] = sites.apply(source_ids, axis=1) if not sites.empty else pd.Series(dtype=str)

    # Freshness: the date of the row's latest dated fact ('' when every fact is undated).
    dated = facts[facts["as_of_date"].notna()].sort_values("as_of_date")
    latest = dated.groupby("site_id").tail(1).set_index("site_id")["as_of"]
    sites["latest_fact_as_of"] = latest.reindex(sites.index).fillna("")
    # The row's as-of: its latest dated fact, else the date of the source of its coordinates.
    published = sources.set_index("source_id")["published"]
    sites["as_of"] = latest.reindex(sites.index)
    sites["as_of"] = sites["as_of"].fillna(sites["location_source"].map(published)).fillna("")
    return sites.reset_index(drop=True)


def build_tables(bundle: SeedBundle, substations: pd.DataFrame | None = None) -> Dataset:
    """Normalize a validated seed bundle into the dashboard's tables.

    `substations` is RTE's ODRÉ dataset when it is cached (225 kV distances need it).
    """
    sources = pd.DataFrame(bundle.sources, columns=[*SOURCES_COLUMNS, "file"])[list(SOURCES_COLUMNS)]
    sources = labelled_sources(sources.assign(publisher_as_written=sources["publisher"],
                                              publisher_note=sources["publisher_note"].fillna(""),
                                              publisher_note_name=sources["publisher_note_name"].fillna(""),
                                              title_as_written=sources["title"].fillna(""),
                                              **{f"description_{lang}": sources[f"description_{lang}"].fillna("")
                                                 for lang in LANGUAGES}), "fr")
    published = dict(zip(sources["source_id"], sources["published"]))
    facts = _facts_frame(bundle, published)
    sites = _sites_frame(bundle, facts, sources)
    sites = add_grid_distances(sites, substations)
    sites = sites[list(SITES_COLUMNS)]

    occupancy = facts[facts["attribute"] == "occupancy"].sort_values(["site_id", "as_of_date"])
    occupancy = occupancy.rename(columns={"value": "occupancy_rate"})[list(OCCUPANCY_COLUMNS)]
    schedule = facts[facts["attribute"] == "commissioning"].sort_values(["site_id", "as_of_date", "source_id"])
    schedule = schedule[list(SCHEDULE_COLUMNS)].reset_index(drop=True)
    problems = pd.DataFrame(
        [{**p.__dict__, "dependents": "\n".join(p.dependents)} for p in bundle.problems], columns=list(PROBLEMS_COLUMNS)
    )
    return Dataset(
        sites=sites,
        facts=facts.drop(columns=["as_of_date"]),
        occupancy=occupancy.reset_index(drop=True),
        sources=sources,
        problems=problems,
        schedule=schedule,
    )



def split_ids(value: object) -> list[str]:
    """The ids of a `;`-joined cell ('src-a;src-b'), in order; [] when unknown."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return []
    return [part for part in str(value).split(";") if part]


def source_ids_in(rows: pd.DataFrame, column: str = "source_ids") -> set[str]:
    """Every source id cited by a set of rows."""
    return {sid for value in rows[column] for sid in split_ids(value)} if column in rows else set()
