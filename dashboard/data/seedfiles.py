"""Reading one seed file from disk into a YAML document, whatever state the file is in.

`read_seed_file(path)` never raises: a file too large, not text, not YAML or not a mapping comes
back with `document=None` and the problem naming the file (and the line when YAML knows it). A
file that is not UTF-8 is read as Windows-1252 (what a Windows editor saves) with a warning.

Dates stay text (the seed reader checks them itself), so `as_of: 2026-13-45` written without
quotes is one invalid field of one record, not a file YAML cannot load. Every mapping remembers
the line it starts on (`Record.line`) so problems can say where a record is.

When a file cannot be read, `declared_ids(text)` still finds the ids it declares (a line scan),
so that records in other files referring to them are reported under this one file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from dashboard import config
from dashboard.domain.records import Problem

TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class Record(dict):
    """A YAML mapping that knows the line it starts on (1-based; 0 when unknown)."""

    line = 0


class _SeedLoader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps (dates are checked by the reader) and with lines."""


_SeedLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_record(loader: _SeedLoader, node: yaml.MappingNode):
    record = Record()
    record.line = node.start_mark.line + 1
    yield record
    record.update(loader.construct_mapping(node))


_SeedLoader.add_constructor("tag:yaml.org,2002:map", _construct_record)

_FastSeedLoader = None
if getattr(yaml, "__with_libyaml__", False):

    class _FastSeedLoader(yaml.CSafeLoader):
        """The same loader on libyaml's parser (about 15x faster on the seeds)."""

    _FastSeedLoader.yaml_implicit_resolvers = _SeedLoader.yaml_implicit_resolvers
    _FastSeedLoader.add_constructor("tag:yaml.org,2002:map", _construct_record)


def parse_seed_text(text: str):
    """A seed file's text as the build reads it (dates kept as text); raises what YAML raises.

    libyaml parses when PyYAML has it; a text it refuses, or holding a character PyYAML's reader
    refuses, goes through PyYAML's own parser, so problems quote its messages and limits."""
    if _FastSeedLoader is not None and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        try:
            return yaml.load(text, Loader=_FastSeedLoader)  # noqa: S506 - a CSafeLoader subclass
        except Exception:  # noqa: BLE001 - read again below, where the error is PyYAML's own
            pass
    return yaml.load(text, Loader=_SeedLoader)  # noqa: S506 - a SafeLoader subclass


@dataclass(frozen=True)
class Declared:
    """Ids a file declares, found by scanning its lines (used only when it cannot be parsed)."""

    source_id: str = ""
    entity_ids: tuple[str, ...] = ()


@dataclass
class SeedFile:
    name: str
    document: dict | None  # None: not read (the reason is in `problems`)
    problems: list[Problem] = field(default_factory=list)  # the refusal, or warnings
    declared: Declared = Declared()


def _size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _decode(raw: bytes, name: str, problems: list[Problem]) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = f"byte 0x{raw[exc.start]:02X} at position {exc.start}"
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        problems.append(Problem(name, "file", "encoding", "", (
            f"not UTF-8 ({utf8_error}) nor Windows-1252 (byte 0x{raw[exc.start]:02X} at position {exc.start}); "
            "not read. Save the file as UTF-8."), severity="error"))
        return None
    problems.append(Problem(name, "file", "encoding", "", (
        f"not UTF-8 ({utf8_error}); read as Windows-1252 (check accented letters, then save the file as UTF-8)"),
        severity="warning"))
    return text


_SECTION = re.compile(r"^([a-z_]+):")
_ID_LINE = re.compile(r"^(?:\s*-)?\s+id:\s*[\"']?([a-z0-9][a-z0-9-]*)")


def declared_ids(text: str) -> Declared:
    """The source id and entity ids a seed file declares, read line by line (no YAML parser)."""
    section, source_id, entity_ids = "", "", []
    for line in text.splitlines():
        if top := _SECTION.match(line):
            section = top[1]
        elif found := _ID_LINE.match(line):
            if section == "source" and not source_id:
                source_id = found[1]
            elif section == "entities":
                entity_ids.append(found[1])
    return Declared(source_id, tuple(entity_ids))


def _yaml_problem(name: str, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return Problem(name, "file", "", "", f"not valid YAML ({what}); not read", line=mark.line + 1 if mark else 0)


def read_seed_file(path: Path) -> SeedFile:
    """The file's YAML document, or None with the problem; never raises."""
    name = path.name
    problems: list[Problem] = []
    limit = config.seed_max_bytes()
    try:
        size = path.stat().st_size
        if size > limit:
            problems.append(Problem(name, "file", "size", _size_text(size), (
                f"larger than the {_size_text(limit)} a seed file may hold (HDF_SEED_MAX_BYTES); not read. "
                "One file is one source document: split it, or leave bulk data to an open dataset")))
            return SeedFile(name, None, problems)
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(name, "file", "", "", f"cannot be read ({exc.strerror or type(exc).__name__})"))
        return SeedFile(name, None, problems)
    text = _decode(raw, name, problems)
    if text is None:
        return SeedFile(name, None, problems)
    if not text.strip():
        problems.append(Problem(name, "file", "", "", "empty file; a seed needs a source: block"))
        return SeedFile(name, None, problems)
    try:
        document = parse_seed_text(text)
    except yaml.YAMLError as exc:
        problems.append(_yaml_problem(name, exc))
        return SeedFile(name, None, problems, declared_ids(text))
    except Exception as exc:  # a constructor error on odd content (e.g. an int too large to read)
        problems.append(Problem(name, "file", "", "", f"cannot be read as YAML ({type(exc).__name__}: {exc}); not read"))
        return SeedFile(name, None, problems, declared_ids(text))
    if not isinstance(document, dict):
        kind = "a list" if isinstance(document, list) else type(document).__name__
        problems.append(Problem(name, "file", "", "", f"expected a mapping with source, entities, facts; found {kind}"))
        return SeedFile(name, None, problems, declared_ids(text))
    return SeedFile(name, document, problems)


def seed_paths(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The seed files of a folder (`*.yaml`, `*.yml`, sorted), at most HDF_SEED_MAX_FILES of them."""
    problems: list[Problem] = []
    if not folder.is_dir():
        return [], [Problem(str(folder), "folder", "", "", "no such seeds folder")]
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    if not paths:
        problems.append(Problem(str(folder), "folder", "", "", "no seed file (*.yaml)"))
    limit = config.seed_max_files()
    if len(paths) > limit:
        problems.append(Problem(str(folder), "folder", "files", str(len(paths)), (
            f"more seed files than the limit of {limit} (HDF_SEED_MAX_FILES); files after "
            f"{paths[limit - 1].name} not read")))
        paths = paths[:limit]
    return paths, problems
