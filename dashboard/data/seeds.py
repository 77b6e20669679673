"""Read and validate the seed files (one YAML file per source document).

`load_seeds(dir)` never raises: every problem becomes a `Problem` naming the file, the record (and
its line), the field, the value and why, and every valid record is kept. A file that cannot be read
at all (dashboard.data.seedfiles says why), whose source block is invalid, or that shares its source
id with another file is left out whole (its facts could not be traced); it is reported ONCE, with
the records of other files that refer to it listed under it. Entities it only locates are kept.

The files and the problem bookkeeping (each root cause reported once, with its dependents) are
here; the rules of one record in dashboard.domain.seed_records.
"""

from __future__ import annotations

from pathlib import Path

from dashboard.domain.records import Problem, SeedBundle  # noqa: F401  (re-exported)
from dashboard.domain.seed_records import line_of, Rejected, show, validate_entity, validate_fact, validate_source
from dashboard.domain.seed_records import value_problem  # noqa: F401  (the intake checks its rows with it)

from dashboard.config import DEFAULT_SEEDS_DIR  # noqa: E402  (re-exported)
from dashboard.data.seedfiles import read_seed_file, seed_paths


def _records(document: dict, key: str, file_name: str, bundle: SeedBundle) -> list:
    records = document.get(key) or []
    if not isinstance(records, list):
        bundle.problems.append(Problem(file_name, key, key, str(type(records).__name__), "expected a list"))
        return []
    return records


def _where(kind: str, index: int, raw: object) -> str:
    """'entities[3] (bethune-dc)': which record."""
    label = f"{kind}[{index}]"
    if kind == "entities" and isinstance(raw, dict) and raw.get("id"):
        label += f" ({show(raw.get('id'))})"
    return label


class _Roots:
    """Problems other records depend on (a file not read or set aside, a rejected entity): each is
    reported once, with the records elsewhere that refer to it listed under it."""

    def __init__(self) -> None:
        self._problems: list[tuple[Problem, str]] = []
        self._dependents: list[dict[str, list[str]]] = []
        self.sources: dict[str, int] = {}  # source id -> root
        self.entities: dict[str, int] = {}  # entity id -> root

    def add(self, problem: Problem, source_ids=(), entity_ids=(), subject: str = "its entities") -> None:
        key = len(self._problems)
        self._problems.append((problem, subject))
        self._dependents.append({"facts": [], "located": [], "hosted": []})
        self.sources.update((sid, key) for sid in source_ids if sid)
        self.entities.update((eid, key) for eid in entity_ids if isinstance(eid, str) and eid)

    def depend(self, key: int, kind: str, file_name: str, where: str, raw: object, detail: str) -> None:
        at = f":{line_of(raw)}" if line_of(raw) else ""
        self._dependents[key][kind].append(f"{file_name}{at}: {where}: {detail}")

    def problems(self) -> list[Problem]:
        out = []
        for (problem, it), dependents in zip(self._problems, self._dependents):
            notes = []
            for kind, words in (("facts", "facts in {f} file(s) refer to {it} (left out)"),
                                ("located", "entities in {f} file(s) are located by its source (kept)"),
                                ("hosted", "entities in {f} file(s) name {it} as host site (link dropped)")):
                lines = dependents[kind]
                if lines:
                    files = len({line.split(":", 1)[0] for line in lines})  # "file.yaml:12: ..."
                    notes.append(f"{len(lines)} " + words.format(f=files, it=it))
            reason = problem.reason + ("; " + "; ".join(notes) if notes else "")
            listed = tuple(line for kind in ("facts", "located", "hosted") for line in dependents[kind])
            out.append(Problem(problem.file, problem.record, problem.field, problem.value, reason,
                               problem.severity, listed, problem.line))
        return out


def _readable_files(paths: list[Path], bundle: SeedBundle, roots: _Roots) -> list[tuple[str, dict, dict]]:
    """(file name, document, validated source) of every file that can be used; the others become
    roots. Two files with one source id are both set aside: neither silently wins."""
    candidates = []
    for path in paths:
        seed = read_seed_file(path)
        warnings = [p for p in seed.problems if p.severity == "warning"]
        bundle.problems.extend(warnings)
        if seed.document is None:
            refusal = next(p for p in seed.problems if p.severity != "warning")
            roots.add(refusal, [seed.declared.source_id], seed.declared.entity_ids)
            continue
        document = seed.document
        declared_entities = [e.get("id") for e in document.get("entities") or [] if isinstance(e, dict)]
        raw_source = document.get("source")
        try:
            source = validate_source(raw_source, seed.name, bundle.problems)
        except Rejected as exc:
            raw_id = raw_source.get("id") if isinstance(raw_source, dict) else None
            problem = Problem(seed.name, "source", exc.field, show(exc.value), exc.reason + "; file skipped",
                              line=line_of(raw_source))
            roots.add(problem, [raw_id] if isinstance(raw_id, str) else [], declared_entities)
            continue
        source["file"] = seed.name
        candidates.append((seed.name, document, source, declared_entities))
    files_of: dict[str, list[str]] = {}
    for name, _, source, _ in candidates:
        files_of.setdefault(source["source_id"], []).append(name)
    readable = []
    for name, document, source, declared_entities in candidates:
        names = files_of[source["source_id"]]
        if len(names) == 1:
            readable.append((name, document, source))
        elif name == names[0]:  # one problem for the whole group, naming every file
            entity_ids = [e for n, _, s, es in candidates if n in names for e in es]
            roots.add(Problem(", ".join(names), "source", "id", source["source_id"], (
                f"the same source id is declared by {len(names)} files ({', '.join(names)}); "
                "all of them set aside until each has its own id")), [source["source_id"]], entity_ids)
    return readable


def load_seeds(seeds_dir: Path | str = DEFAULT_SEEDS_DIR) -> SeedBundle:
    """Read every `*.yaml` in `seeds_dir`, validate it, and normalize its facts. Never raises."""
    bundle = SeedBundle()
    paths, folder_problems = seed_paths(Path(seeds_dir))
    bundle.problems.extend(folder_problems)
    roots = _Roots()

    # Pass 1: sources and entities, so that facts may refer to ones declared in other files.
    documents = _readable_files(paths, bundle, roots)
    source_ids = {source["source_id"] for _, _, source in documents}
    entity_files: list[tuple[str, int, object]] = []
    for file_name, document, source in documents:
        bundle.sources.append(source)
        for index, raw in enumerate(_records(document, "entities", file_name, bundle)):
            entity_files.append((file_name, index, raw))

    entity_ids: set[str] = set()
    candidates = []
    for file_name, index, raw in entity_files:
        where = _where("entities", index, raw)
        try:
            entity = validate_entity(raw, file_name, where, bundle.problems)
            if entity["site_id"] in entity_ids:
                raise Rejected("id", entity["site_id"], "duplicate entity id")
            located_by = entity["location_source"]
            if located_by and located_by not in source_ids:
                if located_by not in roots.sources:
                    raise Rejected("location_source", located_by, "unknown source id")
                roots.depend(roots.sources[located_by], "located", file_name, where, raw, f"location_source {located_by}")
        except (Rejected, Exception) as exc:
            problem = _problem(file_name, where, raw, exc)
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(raw_id, str) and raw_id not in entity_ids and getattr(exc, "field", "") != "id":
                roots.add(problem, entity_ids=[raw_id], subject="it")  # facts about it are listed under it
            else:
                bundle.problems.append(problem)
            continue
        entity_ids.add(entity["site_id"])
        candidates.append((file_name, where, entity, raw))
    for file_name, where, entity, raw in candidates:
        host = entity["host_site_id"]
        if host and host not in entity_ids:
            if host in roots.entities:
                roots.depend(roots.entities[host], "hosted", file_name, where, raw, f"host_site {host}")
            else:
                bundle.problems.append(Problem(file_name, where, "host_site", host, "unknown entity id; host link dropped",
                                               line=line_of(raw)))
            entity["host_site_id"] = ""
        bundle.entities.append(entity)

    # Pass 2: facts, each read in its source's language ("20,000" is 20 000 in English).
    languages = {source["source_id"]: source["language"] for source in bundle.sources}
    for file_name, document, source in documents:
        source_id = source["source_id"]
        for index, raw in enumerate(_records(document, "facts", file_name, bundle)):
            where = _where("facts", index, raw)
            entity = raw.get("entity") if isinstance(raw, dict) else None
            if isinstance(entity, str) and entity not in entity_ids and entity in roots.entities:
                roots.depend(roots.entities[entity], "facts", file_name, where, raw, f"entity {entity}")
                continue
            try:
                fact_id, lang = f"{source_id}#{index}", languages[source_id]
                bundle.facts.append(validate_fact(raw, source_id, entity_ids, fact_id, lang, source_ids))
            except (Rejected, Exception) as exc:
                bundle.problems.append(_problem(file_name, where, raw, exc))
    bundle.problems[:0] = roots.problems()  # root causes first: fix them and the rest may go
    return bundle


def _problem(file_name: str, where: str, raw: object, exc: Exception) -> Problem:
    if isinstance(exc, Rejected):
        return Problem(file_name, where, exc.field, show(exc.value), exc.reason, line=line_of(raw))
    # Not a rule the record breaks but an error reading it: still this record's problem, never a crash.
    return Problem(file_name, where, "", "", f"cannot be read ({type(exc).__name__}: {show(exc)})", line=line_of(raw))
