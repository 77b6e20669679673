"""The overview's numbers: projects by status, totals of the known figures (with how many are
unknown), the region's data-centre target with every source's figure, and the latest facts."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from dashboard.domain.fact_text import fact_words
from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.retained import fact_qualifiers, site_flags, site_qualifiers
from dashboard.domain.schema import ATTRIBUTE_OF_COLUMN, STATUSES, default_measure
from dashboard.domain.tables import Dataset, source_ids_in
from dashboard.domain.totals import LeftOut, summable_rows, total_qualifier
from dashboard.domain.history import attribute_history
from dashboard.i18n import fmt_as_of, label_wording, t

# Rows that are context, not projects: the region itself and the grid's substations.
NOT_PROJECTS = ("region", "substation")
# Power plants produce power, the other projects consume it: their MW are not added up together.
POWER_EXCLUDED = ("power_plant",)
TOTAL_COLUMNS = ("investment_eur", "power_mw", "jobs")
LATEST_FACTS = 10


@dataclass(frozen=True)
class Total:
    """A sum over the known values of ONE measure kind; `known + unknown` rows were considered.

    It adds one kind at a time (`measure`), never a host site with its tenants, and leaves
    abandoned projects out unless asked; `left_out` says what it leaves out and why. A term that is
    a bound makes the total a bound (`qualifier`: "at_most" for "jusqu'à …", "at_least" for
    "au moins …"; bounds both ways, or an approximate term, make it "approx").
    """

    value: float | None  # None when no value is known; a range counts with its low end
    known: int
    unknown: int
    approximate: bool  # at least one term is approximate (or a bound)
    conflicts: int  # terms whose sources disagree
    high: float | None = None  # the same sum with each range's high end (== value when no range)
    qualifier: str = "exact"  # exact | approx | at_most | at_least | range
    measure: str = ""  # the kind added (schema.MEASURES), '' for attributes without kinds
    left_out: tuple[LeftOut, ...] = ()


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


def measured_total(rows: pd.DataFrame, column: str, measure: str | None = None, with_abandoned: bool = False) -> Total:
    """The total of ONE measure kind of `column` over `rows` (projects), saying what it leaves out
    (domain.totals.summable_rows: abandoned projects, other kinds, projections, host sites)."""
    measure = default_measure(ATTRIBUTE_OF_COLUMN.get(column, column)) if measure is None else measure
    kept, left = summable_rows(rows, column, measure, with_abandoned)
    base = total(kept, column)
    qualifier = total_qualifier(site_qualifiers(kept, column)[kept[column].notna()]) if base.value is not None else ""
    if qualifier == "exact" and base.high is not None and base.value is not None and base.high != base.value:
        qualifier = "range"
    return Total(base.value, base.known, base.unknown, base.approximate or qualifier in ("approx", "at_most", "at_least"),
                 base.conflicts, base.high, qualifier, measure, left)


def total(rows: pd.DataFrame, column: str) -> Total:
    values = pd.to_numeric(rows[column], errors="coerce")
    known = values.notna()
    approx = rows.get(f"{column}_approx", pd.Series(False, index=rows.index)).fillna(False).astype(bool)
    conflict = rows.get(f"{column}_conflict", pd.Series(False, index=rows.index)).fillna(False).astype(bool)
    # A range stays a range in a total: the sum of the low ends and the sum of the high ends.
    highs = pd.to_numeric(rows[f"{column}_high"], errors="coerce") if f"{column}_high" in rows else values
    highs = highs.where(highs.notna(), values)
    return Total(
        value=float(values[known].sum()) if known.any() else None,
        known=int(known.sum()),
        unknown=int((~known).sum()),
        approximate=bool((approx & known).any()),
        conflicts=int((conflict & known).sum()),
        high=float(highs[known].sum()) if known.any() else None,
    )


def count_by_status(rows: pd.DataFrame) -> dict[str, int]:
    counts = rows["status"].fillna("unknown").replace("", "unknown").value_counts()
    order = [s for s in STATUSES if counts.get(s, 0)] + sorted(set(counts.index) - set(STATUSES))
    return {status: int(counts[status]) for status in order}


FACT_COLUMNS = ["site", "attribute", "value", "wording", "as_of", "source", "title", "url", "approximate",
                "qualifier", "projection", "conflict", "is_current", "source_id", "site_id"]


def _source_fields(dataset: Dataset, column: str) -> dict[str, str]:
    sources = dataset.sources
    return dict(zip(sources["source_id"], sources[column].fillna("").astype(str)))


def _newest_first(facts: pd.DataFrame, dataset: Dataset) -> pd.DataFrame:
    """Facts by as-of, newest first (ties: the later publication, then the fact id)."""
    published = _source_fields(dataset, "published")
    facts = facts.assign(_published=[published.get(s, "") for s in facts["source_id"]],
                         _as_of=facts["as_of"].fillna("").astype(str))
    return facts.sort_values(["_as_of", "_published", "fact_id"], ascending=False)


def facts_with_sources(facts: pd.DataFrame, dataset: Dataset, lang: str) -> pd.DataFrame:
    """Facts as the page lists them, in the given order, with their site and source.

    Columns: site, attribute (translated), value (the source's words when quoted, else the value in
    the reader's format), wording (as written / paraphrase / keyword), as_of (formatted; "non daté"),
    source (publisher), title (the source's), url (http(s) only, else None), approximate, qualifier,
    projection, conflict, is_current, source_id, site_id.
    """
    if facts.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    publishers, titles = _source_fields(dataset, "publisher"), _source_fields(dataset, "title")
    urls = {sid: url.strip() for sid, url in _source_fields(dataset, "url").items()}
    names = dict(zip(dataset.sites["site_id"], dataset.sites["name"]))

    def url_of(source_id: str) -> str | None:
        url = urls.get(source_id, "")
        return url if url.lower().startswith(("http://", "https://")) else None

    ids = facts["source_id"].tolist()
    # A fact without the flag (older tables) is not claimed as the source's words.
    quoted = facts["quoted"].fillna(False).astype(bool) if "quoted" in facts else [False] * len(facts)
    return pd.DataFrame(
        {
            "site": [names.get(s, s) for s in facts["site_id"]],
            "attribute": [t(f"overview.attr_{a}", lang) for a in facts["attribute"]],
            # the source's words, or our paraphrase's value in the reader's format (domain.fact_text)
            "value": [fact_words(a, fact, bool(q), lang) for a, fact, q in
                      zip(facts["attribute"], facts.to_dict("records"), quoted)],
            "wording": [label_wording(bool(q), a, lang) for q, a in zip(quoted, facts["attribute"])],
            "as_of": [fmt_as_of(a, lang) for a in facts["as_of"]],
            "source": [publishers.get(s, s) for s in ids],
            "title": [titles.get(s, "") for s in ids],
            "url": [url_of(s) for s in ids],
            "approximate": facts["approximate"].fillna(False).astype(bool).tolist(),
            # how the source bounds it (≈, ≤, ≥): a bound is never flagged as an approximation
            "qualifier": fact_qualifiers(facts).tolist(),
            "projection": site_flags(facts, "projection").tolist(),
            "conflict": facts["conflict"].fillna(False).astype(bool).tolist(),
            "is_current": facts["is_current"].fillna(False).astype(bool).tolist(),
            "source_id": ids,
            "site_id": facts["site_id"].tolist(),
        },
        columns=FACT_COLUMNS,
    )
# The columns the overview reads: narrowing first keeps every row selection cheap.
SITE_COLUMNS = ("site_id", "name", "project_type", "departement", "status", "source_ids", "as_of",
                "data_center_target", "host_site_id",
                *(f"{c}{suffix}" for c in TOTAL_COLUMNS
                  for suffix in ("", "_approx", "_conflict", "_high", "_qualifier", "_measure", "_projection")))
FACT_INPUT_COLUMNS = ("fact_id", "site_id", "attribute", "raw_value", "quoted", "value", "value_low", "value_high",
                      "approximate", "qualifier", "projection", "conflict", "is_current", "as_of", "source_id")


def _narrow(frame: pd.DataFrame, columns) -> pd.DataFrame:
    return frame[[c for c in columns if c in frame.columns]]


def region_target(dataset: Dataset, lang: str = "fr", sites: pd.DataFrame | None = None,
                  facts: pd.DataFrame | None = None) -> Target:
    """The target of the region row, with its sources (all of them when they disagree), and the
    data centres the data hold region-wide. (`sites` / `facts`: the dataset's, already narrowed.)"""
    sites = _narrow(dataset.sites, SITE_COLUMNS) if sites is None else sites
    facts = _narrow(dataset.facts, FACT_INPUT_COLUMNS) if facts is None else facts
    regions = sites[(sites["project_type"] == "region") & sites["data_center_target"].notna()]
    all_target_facts = facts[(facts["attribute"] == "data_center_target") & facts["site_id"].isin(regions["site_id"])]
    history = facts_with_sources(_newest_first(all_target_facts, dataset), dataset, lang)
    centres = sites[sites["project_type"] == "data_center"]
    by_status = count_by_status(centres) if not centres.empty else {}
    abandoned = by_status.get("abandoned", 0)
    source_ids = tuple(sorted(set(all_target_facts["source_id"])))
    centre_ids = tuple(sorted(source_ids_in(centres)))
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


def latest_facts(dataset: Dataset, site_ids: set[str], lang: str, n: int = LATEST_FACTS,
                 facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """The `n` dated facts with the latest as-of about the given sites (see facts_with_sources);
    an undated fact is never "latest"."""
    facts = _narrow(dataset.facts, FACT_INPUT_COLUMNS) if facts is None else facts
    facts = facts[facts["site_id"].isin(site_ids) & (facts["as_of"].fillna("").astype(str) != "")]
    return facts_with_sources(_newest_first(facts, dataset).head(n), dataset, lang)


def state_history(dataset: Dataset) -> pd.DataFrame:
    """The State-identified site counts of the region(s), oldest first, with each source's publisher
    (`source`): a history 7 → 8 → 16 …, apart from the Region's own target."""
    publishers = _source_fields(dataset, "publisher")
    history = attribute_history(dataset.facts, "state_identified_sites")
    return history.assign(source=[publishers.get(s, s) for s in history["source_id"]])


def summarize(dataset: Dataset, filters: Filters) -> Overview:
    """Everything the overview page shows, for the current filters (the target is region-wide).

    Totals add one measure kind each (the attribute's default), leave abandoned projects out
    unless `filters.with_abandoned`, and never add a host site to its tenants."""
    all_sites = _narrow(dataset.sites, SITE_COLUMNS)
    facts = _narrow(dataset.facts, FACT_INPUT_COLUMNS)
    sites = apply_filters(all_sites, filters)
    projects = project_rows(sites)
    powered = projects[~projects["project_type"].isin(POWER_EXCLUDED)]
    with_abandoned = getattr(filters, "with_abandoned", False)
    totals = {
        column: measured_total(rows, column, with_abandoned=with_abandoned)
        for column, rows in (("investment_eur", projects), ("power_mw", powered), ("jobs", projects))
    }
    excluded = projects[projects["project_type"].isin(POWER_EXCLUDED)]
    latest = latest_facts(dataset, set(sites["site_id"]), filters.lang, facts=facts)
    source_ids = source_ids_in(projects)
    return Overview(
        projects=projects,
        by_status=count_by_status(projects) if not projects.empty else {},
        totals=totals,
        power_excluded=int(excluded["power_mw"].notna().sum()),
        target=region_target(dataset, filters.lang, all_sites, facts),
        latest=latest,
        source_ids=source_ids | set(latest["source_id"]),
    )
