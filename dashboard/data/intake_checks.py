"""The checks a seed proposed by intake passes before it is offered (see `intake_seed.make_seed`):
every field one line of text, the written file read back equal to the review, and the seeds folder
read by the build's own reader with the file added, as the build will see it.

    field_problems(source, rows, file_name)     # [(row or None, Problem)]: line breaks, control characters
    read_back_problem(text, document, file_name)  # Problem or None: a field added, lost or changed
    validate(text, file_name, seeds_dir)          # [Problem]: what the build says that involves the file
"""

from __future__ import annotations

import shutil
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path

from dashboard.data.seedfiles import parse_seed_text
from dashboard.data.seeds import load_seeds
from dashboard.domain.records import Problem

# Every character str.splitlines() breaks at, and YAML's own (NEL, LS, PS among them).
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def _character_name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'control character')}"


def _one_line_problem(file_name: str, record: str, name: str, value: str) -> Problem | None:
    """A field that must be one line of text holding a line break or a control character."""
    bad = next((c for c in value if c in LINE_BREAKS or unicodedata.category(c) == "Cc"), None)
    if bad is None:
        return None
    return Problem(file_name, record, name, value[:80], (
        f"holds a line break or control character ({_character_name(bad)}); "
        "a seed field is one line of text: remove it"))


def field_problems(source: SourceInfo, rows: list[SeedRow], file_name: str) -> list[tuple[int | None, Problem]]:
    """(row or None, problem) for every field with a line break or a control character."""
    found = []
    for name in ("url", "publisher", "title", "published", "language", "reliability", "retrieved"):
        if problem := _one_line_problem(file_name, "source", name, str(getattr(source, name) or "")):
            found.append((None, problem))
    for number, row in enumerate(rows):
        for name in ("entity", "attribute", "value", "as_of", "new_name", "note"):
            if problem := _one_line_problem(file_name, f"facts[{number}]", name, str(getattr(row, name) or "")):
                found.append((number, problem))
    return found


def _difference(path: str, written, read) -> str | None:
    """The first field where the file read back differs from what was reviewed, else None."""
    if isinstance(written, dict) and isinstance(read, dict):
        for key in list(written) + [k for k in read if k not in written]:
            if key not in read or key not in written:
                return f"{path}.{key}".lstrip(".")
            if (where := _difference(f"{path}.{key}", written[key], read[key])) is not None:
                return where
        return None
    if isinstance(written, list) and isinstance(read, list):
        if len(written) != len(read):
            return f"{path} ({len(read)} records read back, {len(written)} reviewed)"
        return next((w for i, (a, b) in enumerate(zip(written, read)) if (w := _difference(f"{path}[{i}]", a, b))), None)
    return None if (type(written) is type(read) and written == read) else path.lstrip(".")


def read_back_problem(text: str, document: dict, file_name: str) -> Problem | None:
    """The seed's text read back with the build's own YAML loader, compared field by field with the
    reviewed document: any field added, lost or changed refuses the file."""
    try:
        read = parse_seed_text(text)
    except Exception as exc:  # noqa: BLE001 - any failure to read back refuses the file
        return Problem(file_name, "file", "", "", f"the written file does not read back ({type(exc).__name__}); refused")
    where = _difference("", document, read)
    if where is None:
        return None
    return Problem(file_name, "file", where.split(" ")[0], "", (
        f"the written file differs from the review at {where}; refused (nothing outside the review table is written)"))


def _copy_seeds(seeds_dir: Path, folder: str, without: str) -> None:
    for path in Path(seeds_dir).glob("*.y*ml"):
        if path.name != without:
            shutil.copyfile(path, Path(folder) / path.name)


def _problem_key(problem: Problem) -> tuple:
    return (problem.file, problem.record, problem.field, problem.value, problem.reason)


@lru_cache(maxsize=4)
def _baseline(folder: str, without: str, stamp: tuple) -> tuple[frozenset, tuple[dict, ...]]:
    """The problems and sources of the seeds folder as the build sees it without the new file."""
    with tempfile.TemporaryDirectory() as copy:
        _copy_seeds(Path(folder), copy, without)
        bundle = load_seeds(copy)
    return frozenset(map(_problem_key, bundle.problems)), tuple(bundle.sources)


def _stamp(folder: Path) -> tuple:
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.glob("*.y*ml"))) if folder.is_dir() else ()


def _involves(problem: Problem, file_name: str) -> bool:
    return file_name in problem.file.split(", ") or file_name in problem.reason or any(file_name in d for d in problem.dependents)


def already_there(source_block: dict, file_name: str, sources) -> list[Problem]:
    """The same article already in the seeds (same source id or same URL): where it is."""
    found = []
    for known in sources:
        if known.get("file") == file_name:
            continue
        same_id = known.get("source_id") == source_block["id"]
        if same_id or str(known.get("url") or "").strip() == source_block["url"]:
            what = f"source id {source_block['id']}" if same_id else f"URL {source_block['url']}"
            found.append(Problem(file_name, "source", "id" if same_id else "url", source_block["id" if same_id else "url"], (
                f"this article already exists in the seeds: {known.get('file')} has the same {what}; "
                "nothing new to save (edit that file to add facts)")))
    return found


def validate(text: str, file_name: str, seeds_dir: Path) -> list[Problem]:
    """What the build would say of the seeds folder with this file added: every problem that involves
    the new file (naming it alone or with others, or absent without it) and the same article already
    there. The folder's own older problems are not the new file's. Computed once per (file, folder
    state): the review page asks again on every rerun."""
    seeds_dir = Path(seeds_dir)
    return list(_validated(text, file_name, str(seeds_dir), _stamp(seeds_dir)))


@lru_cache(maxsize=8)
def _validated(text: str, file_name: str, folder: str, stamp: tuple) -> tuple[Problem, ...]:
    seeds_dir = Path(folder)
    known_problems, sources = _baseline(folder, file_name, stamp)
    with tempfile.TemporaryDirectory() as folder:
        _copy_seeds(seeds_dir, folder, file_name)
        (Path(folder) / file_name).write_text(text, encoding="utf-8")
        bundle = load_seeds(folder)
    problems = [p for p in bundle.problems if _involves(p, file_name) or _problem_key(p) not in known_problems]
    try:
        document = parse_seed_text(text)
        source_block = {"id": str(document["source"]["id"]), "url": str(document["source"]["url"]).strip()}
    except Exception:  # noqa: BLE001 - an unreadable file is already one of `problems`
        return tuple(problems)
    return tuple(already_there(source_block, file_name, sources) + problems)


# What a problem of a proposed seed is about, from the reason its checker gave (the build's reader
# and the checks above speak English, for the command line): the page says it in the reader's
# language (i18n "seed_problems"). The first reason that fits wins; "other" keeps the field and value.
_KINDS = (
    ("unplaced_site", lambda p: p.reason.startswith("a new site needs its commune")),
    ("line_break", lambda p: p.reason.startswith("holds a line break")),
    ("read_back", lambda p: p.reason.startswith("the written file")),
    ("already_there", lambda p: p.reason.startswith("this article already exists in the seeds")),
    ("no_fact", lambda p: p.reason == "no fact kept"),
    ("missing", lambda p: p.reason.startswith("missing")),
    ("unknown_site", lambda p: "unknown (or rejected) entity id" in p.reason),
    ("unknown_source", lambda p: "unknown source id" in p.reason),
    ("duplicate", lambda p: p.reason.startswith("duplicate")),
    ("bad_date", lambda p: p.field == "as_of"),
    ("bad_value", lambda p: p.field == "value"),
    ("not_allowed", lambda p: p.reason.startswith("expected one of")),
)


def problem_kind(problem: Problem) -> str:
    """The kind of a proposed seed's problem (`_KINDS`), "other" when none fits."""
    return next((kind for kind, fits in _KINDS if fits(problem)), "other")
