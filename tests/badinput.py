"""The bad-input corpus: seed folders and open-data caches broken the way a careless or hostile user
would break them, each written by a factory from a copy of the project's own seeds.

A case knows how many VALID records (sources, entities, facts) a correct reader must still load
from it, computed from the pristine seeds (read with PyYAML's BaseLoader, which never fails on a
date), so "records lost" = expected - loaded, whatever the seeds hold today.

Used by tests/test_badinput.py (the build and every page in AppTest), by
tests/browser/test_badinput_browser.py and by scripts/badinput_report.py (the counts).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PRISTINE_SEEDS = ROOT / "seeds"
HOSTILE_NAMES = (
    '<a href="https://example.org/x">lnk</a> DC',
    "<b>bold</b>",
    "**B**;[l](http://127.0.0.1:9/p);![i](http://127.0.0.1:9/t.png)",
)
SUBSTATIONS_HEADER = "Code poste;Nom poste;FONCTION;Etat;Tension (kV);Longitude poste (DD);Latitude poste (DD)"


@dataclass(frozen=True)
class Counts:
    sources: int = 0
    entities: int = 0
    facts: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.sources + other.sources, self.entities + other.entities, self.facts + other.facts)

    def lost(self, loaded: "Counts") -> int:
        """Valid records expected but not loaded (records loaded beyond the expected don't offset)."""
        return sum(max(0, getattr(self, k) - getattr(loaded, k)) for k in ("sources", "entities", "facts"))


@dataclass
class SeedIndex:
    """Who declares what in the pristine seeds (file -> source id, entity ids, facts' entities)."""

    source_of: dict[str, str] = field(default_factory=dict)
    entities_of: dict[str, list[str]] = field(default_factory=dict)
    fact_entities_of: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path) -> "SeedIndex":
        index = cls()
        for path in sorted(folder.glob("*.yaml")):
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
            index.source_of[path.name] = document["source"]["id"]
            index.entities_of[path.name] = [e["id"] for e in document.get("entities") or []]
            index.fact_entities_of[path.name] = [f["entity"] for f in document.get("facts") or []]
        return index

    def counts(self) -> Counts:
        return Counts(
            len(self.source_of),
            sum(map(len, self.entities_of.values())),
            sum(map(len, self.fact_entities_of.values())),
        )

    def without(self, broken: set[str]) -> Counts:
        """What stays valid when the files in `broken` are unreadable: their own records go, and the
        facts (anywhere) about entities they declare; entities located by their source stay."""
        gone = {e for name in broken for e in self.entities_of[name]}
        return Counts(
            len(self.source_of) - len(broken),
            sum(len(v) for k, v in self.entities_of.items() if k not in broken),
            sum(1 for k, v in self.fact_entities_of.items() if k not in broken for e in v if e not in gone),
        )

    def file_declaring(self, entity_id: str) -> str:
        return next(name for name, ids in self.entities_of.items() if entity_id in ids)


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    write: Callable[[Path, SeedIndex], Counts]  # writes into <case>/seeds (and <case>/opendata); expected
    pages: tuple[str, ...] = ()  # extra query strings to open, e.g. "?type=data_center&type=battery"


def _source(source_id: str, **extra) -> dict:
    return {
        "id": source_id, "publisher": "Corpus", "title": "Test document", "url": "https://www.example.org/" + source_id,
        "published": "2025-01", "language": "fr", **extra,
    }


def _dump(document: object) -> str:
    # libyaml's emitter when PyYAML has it: the same bytes as safe_dump, the 10 MB seed 10x faster
    return yaml.dump(document, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                     sort_keys=False)


def _first_entity(index: SeedIndex) -> str:
    return next(e for ids in index.entities_of.values() for e in ids if e != "hauts-de-france")


def _copy(case_dir: Path) -> Path:
    seeds = case_dir / "seeds"
    shutil.copytree(PRISTINE_SEEDS, seeds, ignore=shutil.ignore_patterns("README*", "_*"))
    return seeds


def _file_with(index: SeedIndex, prefix: str) -> str:
    return next(name for name in index.source_of if name.startswith(prefix))


# --- the cases ------------------------------------------------------------------------------------


def unquoted_bad_as_of(case: Path, index: SeedIndex) -> Counts:
    entity = _first_entity(index)
    text = _dump({"source": _source("corpus-bad-as-of"), "facts": [
        {"entity": entity, "attribute": "jobs", "value": "120 emplois", "as_of": "2025-01"},
    ]}) + f"- entity: {entity}\n  attribute: power\n  value: 30 MW\n  as_of: 2026-13-45\n"
    (_copy(case) / "900_bad-as-of.yaml").write_text(text, encoding="utf-8")
    return index.counts() + Counts(1, 0, 1)


def unquoted_bad_published(case: Path, index: SeedIndex) -> Counts:
    entity = _first_entity(index)
    text = _dump({"facts": [{"entity": entity, "attribute": "jobs", "value": "80 emplois", "as_of": "2025-02"}]})
    text = ("source:\n  id: corpus-bad-published\n  publisher: Corpus\n  title: Test\n"
            "  url: https://www.example.org/p\n  published: 2025-02-30\n  language: fr\n" + text)
    (_copy(case) / "901_bad-published.yaml").write_text(text, encoding="utf-8")
    # The source and its fact are valid records; the date is reported and read as unknown.
    return index.counts() + Counts(1, 0, 1)


def latin1_communes_source(case: Path, index: SeedIndex) -> Counts:
    seeds = _copy(case)
    path = seeds / _file_with(index, "002_")
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    return index.counts()


def windows_1252_article(case: Path, index: SeedIndex) -> Counts:
    seeds = _copy(case)
    path = seeds / _file_with(index, "010_")
    text = path.read_text(encoding="utf-8").replace("\nsource:\n", "\n# l’article — 5 €\nsource:\n", 1)
    path.write_bytes(text.encode("cp1252"))
    return index.counts()


def not_utf8_nor_1252(case: Path, index: SeedIndex) -> Counts:
    (_copy(case) / "902_binary.yaml").write_bytes(b"source:\n  id: x\x81\x8d\x8f\x90\x9d\xff\xfe\n")
    return index.counts()


def broken_yaml(prefix: str) -> Callable[[Path, SeedIndex], Counts]:
    def write(case: Path, index: SeedIndex) -> Counts:
        seeds = _copy(case)
        path = seeds / _file_with(index, prefix)
        path.write_text(path.read_text(encoding="utf-8") + "\nfacts: [unclosed\n", encoding="utf-8")
        return index.without({path.name})

    write.__name__ = f"broken_yaml_{prefix}"
    return write


def duplicate_source_id(case: Path, index: SeedIndex) -> Counts:
    seeds = _copy(case)
    original = _file_with(index, "001_")
    document = yaml.safe_load((seeds / original).read_text(encoding="utf-8"))
    copy = {"source": {**document["source"], "title": "Copie"},
            "facts": [{"entity": _first_entity(index), "attribute": "jobs", "value": "12 emplois", "as_of": "2025-03"}]}
    (seeds / "000_x.yaml").write_text(_dump(copy), encoding="utf-8")
    # Neither wins: both files are set aside (named together); everything else loads.
    return index.without({original})


def empty_file(case: Path, index: SeedIndex) -> Counts:
    (_copy(case) / "903_empty.yaml").write_bytes(b"")
    return index.counts()


def bom_file(case: Path, index: SeedIndex) -> Counts:
    text = _dump({"source": _source("corpus-bom"), "facts": [
        {"entity": _first_entity(index), "attribute": "jobs", "value": "15 emplois", "as_of": "2025-04"}]})
    (_copy(case) / "904_bom.yaml").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return index.counts() + Counts(1, 0, 1)


def top_level_list(case: Path, index: SeedIndex) -> Counts:
    (_copy(case) / "905_list.yaml").write_text("- source: x\n- facts: []\n", encoding="utf-8")
    return index.counts()


def python_tag_and_nul(case: Path, index: SeedIndex) -> Counts:
    seeds = _copy(case)
    (seeds / "906_tag.yaml").write_text("source: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    (seeds / "907_nul.yaml").write_bytes(b"source:\n  id: a\x00b\n")
    (seeds / "908_dir.yaml").mkdir()
    return index.counts()


def huge_seed(case: Path, index: SeedIndex) -> Counts:
    seeds = _copy(case)
    entity = _first_entity(index)
    filler = "x" * 1000
    facts = [{"entity": entity, "attribute": "jobs", "value": "10 emplois", "as_of": "2025-05", "note": f"{i} {filler}"}
             for i in range(10_000)]  # distinct records (one repeated dict would be dumped as YAML aliases)
    (seeds / "909_huge.yaml").write_text(_dump({"source": _source("corpus-huge"), "facts": facts}), encoding="utf-8")
    return index.counts()  # over the size limit: refused whole, with a message


def huge_numbers(case: Path, index: SeedIndex) -> Counts:
    entity = _first_entity(index)
    document = {"source": _source("corpus-huge-numbers"), "entities": [
        {"id": "corpus-inf", "name": "Inf", "project_type": "data_center", "departement": "59",
         "lat": 1e309, "lon": 3.0, "location_precision": "exact", "location_source": "corpus-huge-numbers"},
    ], "facts": [
        {"entity": entity, "attribute": "investment", "value": "1e309 €", "as_of": "2025-06"},
        {"entity": entity, "attribute": "power", "value": "9" * 400 + " MW", "as_of": "2025-06"},
        {"entity": entity, "attribute": "jobs", "value": "40 emplois", "as_of": "2025-06"},
    ]}
    text = _dump(document).replace("lat: .inf", "lat: 1e309")
    (_copy(case) / "910_huge-numbers.yaml").write_text(text, encoding="utf-8")
    return index.counts() + Counts(1, 0, 1)


def hostile_names(case: Path, index: SeedIndex) -> Counts:
    source = _source("corpus-hostile", publisher=HOSTILE_NAMES[2], title=HOSTILE_NAMES[1])
    entities, facts = [], []
    for number, name in enumerate(HOSTILE_NAMES):
        site = f"corpus-hostile-{number}"
        entities.append({"id": site, "name": name, "project_type": "data_center", "operator": name, "commune": name,
                         "departement": "59", "lat": 50.6 + number / 100, "lon": 3.0, "location_precision": "exact",
                         "location_source": "corpus-hostile"})
        facts += [{"entity": site, "attribute": "investment", "value": f"{number + 1} milliard d'euros",
                   "as_of": "2025-07", "note": name},
                  {"entity": site, "attribute": "power", "value": f"{(number + 1) * 50} MW", "as_of": "2025-07"},
                  {"entity": site, "attribute": "status", "value": "planned", "as_of": "2025-07"}]
    document = {"source": source, "entities": entities, "facts": facts}
    (_copy(case) / "911_hostile.yaml").write_text(_dump(document), encoding="utf-8")
    return index.counts() + Counts(1, len(entities), len(facts))


def _opendata(case: Path) -> Path:
    folder = case / "opendata"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def truncated_substations_cache(case: Path, index: SeedIndex) -> Counts:
    _copy(case)
    rows = [f"P{i:04d};POSTE {i};Poste de transformation;EN EXPLOITATION;225kV;{2 + i / 1000};{50 + i / 1000}"
            for i in range(800)]
    text = SUBSTATIONS_HEADER + "\n" + "\n".join(rows) + "\n"
    (_opendata(case) / "postes-electriques-rte.csv").write_text(text[: len(text) // 2 + 7], encoding="utf-8")
    return index.counts()


def markdown_in_substations_cache(case: Path, index: SeedIndex) -> Counts:
    _copy(case)
    (_opendata(case) / "postes-electriques-rte.csv").write_text(HOSTILE_NAMES[2] + "\n", encoding="utf-8")
    return index.counts()


def corrupt_communes_cache(case: Path, index: SeedIndex) -> Counts:
    _copy(case)
    communes = [{"nom": f"Commune {i}", "code": f"59{i:03d}", "codeDepartement": "59",
                 "centre": {"type": "Point", "coordinates": [3.0, 50.5]}} for i in range(500)]
    text = json.dumps(communes)
    (_opendata(case) / "communes-hdf.json").write_text(text[: len(text) // 2], encoding="utf-8")
    return index.counts()


def repeated_url_keys(case: Path, index: SeedIndex) -> Counts:
    _copy(case)
    return index.counts()


CASES: tuple[Case, ...] = (
    Case("unquoted-bad-as-of", "as_of: 2026-13-45 written without quotes", unquoted_bad_as_of),
    Case("unquoted-bad-published", "published: 2025-02-30 written without quotes", unquoted_bad_published),
    Case("latin1-002", "002 (the communes source) saved as Latin-1", latin1_communes_source),
    Case("cp1252-010", "010 saved by a Windows editor (’ and € in Windows-1252)", windows_1252_article),
    Case("not-utf8-nor-1252", "a file of bytes neither UTF-8 nor Windows-1252 can read", not_utf8_nor_1252),
    Case("broken-001", "001 (declares 6 entities others refer to) is not valid YAML", broken_yaml("001_")),
    Case("broken-002", "002 (the source of every commune centroid) is not valid YAML", broken_yaml("002_")),
    Case("duplicate-source-id", "000_x.yaml reuses 001's source id", duplicate_source_id),
    Case("empty-file", "an empty .yaml file", empty_file),
    Case("bom", "a valid file starting with a UTF-8 byte-order mark", bom_file),
    Case("top-level-list", "a YAML list at the top level", top_level_list),
    Case("tag-nul-dir", "a !!python tag, a NUL byte, a folder named x.yaml", python_tag_and_nul),
    Case("huge-seed", "a 10 MB seed file", huge_seed),
    Case("huge-numbers", "1e309 €, a 400-digit power, lat: 1e309", huge_numbers),
    Case("hostile-names", "names, operators, communes, notes, publisher with HTML and Markdown", hostile_names),
    Case("truncated-substations", "substations cache cut off in the middle of a row", truncated_substations_cache),
    Case("markdown-substations", "substations cache whose first line is Markdown with an image",
         markdown_in_substations_cache),
    Case("corrupt-communes", "communes cache cut off in the middle (invalid JSON)", corrupt_communes_cache),
    Case("repeated-url-keys", "?type=data_center&type=battery and a 2 000-character place", repeated_url_keys,
         pages=("?type=data_center&type=battery", "?dep=59&dep=62&status=operational&status=planned")),
)


def write_case(case: Case, folder: Path, index: SeedIndex | None = None) -> Counts:
    """Write the case under `folder` (seeds/ and opendata/); returns the valid records expected."""
    (folder / "opendata").mkdir(parents=True, exist_ok=True)
    return case.write(folder, index or SeedIndex.read(PRISTINE_SEEDS))


def case_env(folder: Path) -> dict[str, str]:
    """The settings that point the build and the app at a written case (nothing downloaded)."""
    return {"HDF_SEEDS_DIR": str(folder / "seeds"), "HDF_OPENDATA_DIR": str(folder / "opendata"),
            "HDF_GEOCODE_OFFLINE": "1", "HDF_GEOCODE_CACHE_DIR": str(folder / "geocode")}
