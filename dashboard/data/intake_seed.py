"""A seed file from reviewed intake candidates: YAML in the documented format, validated by the
build's own reader (`seeds.load_seeds`) together with the shipped seeds, saved only on request.

    rows = [SeedRow(entity="bethune-azur-dc", attribute="power", value="240 MW", as_of="2026-02-12")]
    draft = make_seed(SourceInfo(...), rows, seeds_dir)   # -> SeedDraft(file_name, text, problems)
    save_seed(draft, seeds_dir)                          # never overwrites; needs HDF_INTAKE_WRITABLE_SEEDS=1

Safe by construction: the file is written by the YAML library (every field a scalar; the comment
header carries no user text), read back with the build's loader and compared field by field with
the reviewed rows before it is offered; a field holding a line break or a control character is
refused by name. So a publisher, title or value can never add a record the review did not show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from dashboard import config
from dashboard.data.intake_checks import field_problems, read_back_problem, validate
from dashboard.data.seeds import load_seeds
from dashboard.domain.seed_records import RELIABILITIES  # noqa: F401  (re-exported)
from dashboard.domain.intake import Candidate, status_keyword
from dashboard.domain.records import Problem
from dashboard.domain.tables import Dataset, build_tables
from dashboard.i18n import fold

COMMUNES_SOURCE = "insee-cog-2024-communes"  # the seed source of the commune centres (seeds/002_*.yaml)
FIRST_NUMBER = 90  # the README reserves the numbers below 090 for the founding seeds
NEW = "new"
UNDATED = "undated"  # the seed format's word for a fact no source dates


@dataclass(frozen=True)
class SourceInfo:
    url: str
    publisher: str
    published: str  # YYYY-MM-DD, YYYY-MM, YYYY or "unknown"
    language: str
    title: str = ""
    reliability: str = "primary"
    retrieved: str = ""  # the day the article was read (default: today)


@dataclass
class SeedRow:
    """One reviewed fact. `entity` is an existing site id or NEW (then `new_name` names the site)."""

    entity: str
    attribute: str
    value: str
    as_of: str | None
    new_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class NewSite:
    """What a new site is and where, as the reviewer says: a commune of the region, whose centre
    places it (`location_precision: commune_centroid`, located by the communes list's source)."""

    project_type: str = "data_center"
    commune: str = ""
    departement: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass
class SeedDraft:
    file_name: str
    text: str
    problems: list[tuple[int | None, Problem]] = field(default_factory=list)  # (row index or None, problem)

    @property
    def valid(self) -> bool:
        return not self.problems


def rows_from_candidates(candidates: list[Candidate], published: str = "") -> list[SeedRow]:
    """The seed rows of candidates as extracted: a status as its keyword with the article's words in
    the note; a new site under its proposed name; the publication's date at its own precision."""
    first_day = published_date(published)
    rows = []
    for candidate in candidates:
        value, note = candidate.value, ""
        if candidate.attribute == "status":
            value = status_keyword(candidate) or "unknown"
            note = f"« {candidate.value} »"
        rows.append(
            SeedRow(
                entity=candidate.entity_id or NEW,
                attribute=candidate.attribute,
                value=value,
                as_of=published if first_day and candidate.as_of == first_day.isoformat() else candidate.as_of,
                new_name=candidate.proposed_name or "" if candidate.entity_id is None else "",
                note=note,
            )
        )
    return rows


def rows_from_review(table) -> list[tuple[int, SeedRow]]:
    """(row number in the review table, seed row) of the rows the reviewer keeps. A status row's
    value is the status keyword the reviewer sees; its words go in the note."""
    kept = []
    for number, row in enumerate(table.to_dict("records")):
        if not row.get("keep"):
            continue
        value, note = str(row.get("value") or "").strip(), ""
        if row.get("attribute") == "status" and row.get("status"):
            value, note = str(row["status"]), f"« {value} »"
        kept.append((number, SeedRow(
            entity=str(row.get("entity") or NEW),
            attribute=str(row.get("attribute") or ""),
            value=value,
            as_of=str(row.get("as_of") or "").strip() or None,
            new_name=str(row.get("new_name") or ""),
            note=note,
        )))
    return kept


def slugify(text: str, limit: int = 40) -> str:
    return fold.slug(text, limit) or "article"


def next_file_name(seeds_dir: Path, slug: str) -> str:
    numbers = [int(m.group(1)) for p in Path(seeds_dir).glob("*.y*ml") if (m := re.match(r"(\d{3})_", p.name))]
    return f"{max([FIRST_NUMBER - 1, *numbers]) + 1:03d}_{slug}.yaml"


def _source_block(source: SourceInfo) -> dict:
    url_key = hashlib.sha1(source.url.strip().encode()).hexdigest()[:6]  # two articles of a day differ
    return {
        "id": f"{slugify(source.publisher, limit=30)}-{slugify(source.published, limit=10)}-{url_key}",
        "publisher": source.publisher.strip(),
        # the article's own title; unknown, our description in both languages (seeds/README.md)
        **({"title": source.title.strip()} if source.title.strip() else
           {"description": {"fr": f"Article publié par {source.publisher.strip()}",
                            "en": f"Article published by {source.publisher.strip()}"}}),
        "url": source.url.strip(),
        "published": source.published,
        "retrieved": source.retrieved or dt.date.today().isoformat(),
        "language": source.language,
        "reliability": source.reliability,
    }


def new_site_names(rows: list[SeedRow]) -> list[str]:
    """The distinct names of the new sites the rows refer to, in order (one entity each)."""
    return list(dict.fromkeys(row.new_name.strip() or "Nouveau projet" for row in rows if row.entity == NEW))


def _new_entities(rows: list[SeedRow], new_sites: dict[str, NewSite]) -> tuple[list[dict], dict[str, str]]:
    """Entity blocks for the new sites, one per distinct name, with the type and commune the
    reviewer gave (`new_sites`, by name); a site without a commune has no position (refused)."""
    blocks, ids = [], {}
    for name in new_site_names(rows):
        ids[name] = slugify(name, limit=50)
        site = new_sites.get(name) or NewSite()
        block = {"id": ids[name], "name": name, "project_type": site.project_type}
        if site.commune and site.lat is not None and site.lon is not None:
            block.update(commune=site.commune, departement=site.departement, lat=round(float(site.lat), 5),
                         lon=round(float(site.lon), 5), location_precision="commune_centroid",
                         location_source=COMMUNES_SOURCE)
        blocks.append(block)
    return blocks, ids


def _unplaced(document: dict, file_name: str) -> list[Problem]:
    """A new site the reviewer has not placed yet: said once, by name, before the build's reader."""
    return [Problem(file_name, f"entities[{number}] ({block['id']})", "commune", block["name"],
                    "a new site needs its commune (its centre places it)")
            for number, block in enumerate(document.get("entities") or []) if "commune" not in block]


def seed_document(source: SourceInfo, rows: list[SeedRow], new_sites: dict[str, NewSite] | None = None) -> dict:
    entities, new_ids = _new_entities(rows, new_sites or {})
    facts = []
    for row in rows:
        fact = {
            "entity": new_ids[row.new_name.strip() or "Nouveau projet"] if row.entity == NEW else row.entity,
            "attribute": row.attribute,
            "value": row.value,
            "as_of": row.as_of or UNDATED,  # neither the article nor the sentence dates it
        }
        if row.note:
            fact["note"] = row.note
        facts.append(fact)
    document = {"source": _source_block(source)}
    if entities:
        document["entities"] = entities
    document["facts"] = facts
    return document


# No user text in the comment: a line break in it (\n, U+2028...) would end the comment.
HEADER = (
    "# Facts of one article (see source:), proposed by `python -m dashboard.intake` or /ajouter\n"
    "# and reviewed by hand. Values are the article's own words.\n"
)


def render(document: dict) -> str:
    """The seed file's text: the fixed header, then the document dumped by the YAML library."""
    return HEADER + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=110)


def _row_of(problem: Problem, document: dict) -> int | None:
    """The review row a problem is about (a fact, or the first fact of a new entity), else None."""
    facts = document.get("facts") or []
    match = re.match(r"facts\[(\d+)\]", problem.record)
    if match:
        return int(match.group(1)) if int(match.group(1)) < len(facts) else None
    match = re.match(r"entities\[(\d+)\]", problem.record)
    entities = document.get("entities") or []
    if match and int(match.group(1)) < len(entities):
        entity_id = entities[int(match.group(1))].get("id")
        return next((i for i, f in enumerate(facts) if f.get("entity") == entity_id), None)
    return None


def make_seed(source: SourceInfo, rows: list[SeedRow], seeds_dir: Path | None = None, file_name: str = "",
              new_sites: dict[str, NewSite] | None = None) -> SeedDraft:
    """THE way intake writes a seed (the /ajouter page, `python -m dashboard.intake`, an accepted
    watched article): the reviewed `rows` of one `source` as a seed file's text, with every problem
    that would keep it out of the build, each tied to its row (None: the source or the file).

    The YAML library writes every field; the text is read back and compared field by field with the
    rows before it is offered; a field with a line break or control character, a problem the build
    would report with this file, or the same article already in `seeds_dir` makes it invalid
    (`draft.valid` False). A new site is placed by the type and commune given in `new_sites` (by
    name); one without a commune is refused by name. Never raises on any text; nothing is written
    (see `save_seed`)."""
    seeds_dir = Path(seeds_dir or config.seeds_dir())
    document = seed_document(source, rows, new_sites)
    text = render(document)
    file_name = file_name or next_file_name(seeds_dir, slugify(f"{source.publisher}-{source.published}"))
    problems = field_problems(source, rows, file_name)
    if not problems and (mismatch := read_back_problem(text, document, file_name)):
        problems.append((None, mismatch))
    if not problems:
        problems = [(_row_of(p, document), p) for p in _unplaced(document, file_name)]
    if not problems:
        problems = [(_row_of(p, document), p) for p in validate(text, file_name, seeds_dir)]
    if not rows:
        problems.append((None, Problem(file_name, "facts", "facts", "", "no fact kept")))
    return SeedDraft(file_name, text, problems)


class SeedExists(Exception):
    """The seed file is already there: intake never changes an existing seed."""


class SeedsNotWritable(Exception):
    """Saving into seeds/ is off (HDF_INTAKE_WRITABLE_SEEDS is not set)."""


def save_seed(draft: SeedDraft, seeds_dir: Path | None = None) -> Path:
    """Write a valid draft into the seeds folder; never overwrites, only when the setting allows, and
    only if it still passes with the folder as it is now (another save may have come in between)."""
    if not config.intake_writable_seeds():
        raise SeedsNotWritable("saving into seeds/ is off (set HDF_INTAKE_WRITABLE_SEEDS=1)")
    if not draft.valid:
        raise ValueError(f"{draft.file_name} does not pass validation; nothing written")
    seeds_dir = Path(seeds_dir or config.seeds_dir())
    if (seeds_dir / draft.file_name).exists():
        raise SeedExists(f"{seeds_dir / draft.file_name} already exists; nothing written")
    if problems := validate(draft.text, draft.file_name, seeds_dir):
        raise ValueError(f"{draft.file_name} no longer passes validation ({problems[0].reason}); nothing written")
    path = seeds_dir / draft.file_name
    try:
        with path.open("x", encoding="utf-8") as handle:  # "x": fails if the file exists
            handle.write(draft.text)
    except FileExistsError:
        raise SeedExists(f"{path} already exists; nothing written") from None
    return path


def parse_published(text: str) -> str:
    """A publication date typed by a user: YYYY-MM-DD, YYYY-MM or YYYY (a real date), else ValueError."""
    text = (text or "").strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        raise ValueError(f"« {text} » is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)")
    try:
        dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError as exc:
        raise ValueError(f"« {text} » is not a real date ({exc})") from None
    return text


def published_date(text: str) -> dt.date | None:
    """The first day a partial date stands for, for the extractor (None for 'unknown')."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text or "")
    return dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1)) if match else None


@lru_cache(maxsize=2)
def _shipped(folder: str, stamp: tuple) -> Dataset:
    return build_tables(load_seeds(folder), None)


def shipped_dataset(seeds_dir: Path | None = None) -> Dataset:
    """The seeds' tables for entity matching (no open data needed), rebuilt when a seed changes."""
    folder = Path(seeds_dir or config.seeds_dir())
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.y*ml"))) if folder.is_dir() else ()
    return _shipped(str(folder), stamp)
