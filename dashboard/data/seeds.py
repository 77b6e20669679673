"""Read and validate the seed files (one YAML file per source document).

`load_seeds(dir)` never raises: every problem becomes a `Problem` naming the file, the record (and
its line), the field, the value and why, and every valid record is kept. A file that cannot be read
at all (dashboard.data.seedfiles says why), whose source block is invalid, or that shares its source
id with another file is left out whole (its facts could not be traced); it is reported ONCE, with
the records of other files that refer to it listed under it. Entities it only locates are kept.

One cohesive reader (~420 lines), kept whole: the file, source, entity and fact checks share
the problem bookkeeping that reports each root cause once with its dependents.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from dashboard.domain import normalize
from dashboard.domain.records import Problem, SeedBundle  # noqa: F401  (re-exported)
from dashboard.domain.schema import (
    ATTRIBUTES,
    DEPARTEMENTS,
    FAST_TRACK_VALUES,
    LANGUAGES,
    LOCATION_PRECISIONS,
    MEASURES,
    PROJECT_TYPES,
    REGION_BBOX,
    STATUSES,
    UNDATED,
)

from dashboard.config import DEFAULT_SEEDS_DIR  # noqa: E402  (re-exported)
from dashboard.data.seedfiles import read_seed_file, seed_paths

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
RELIABILITIES = ("primary", "secondary", "aggregator")


class _Rejected(Exception):
    """One field of one record is invalid; carries the problem."""

    def __init__(self, field_name: str, value: object, reason: str):
        super().__init__(reason)
        self.field = field_name
        self.value = value
        self.reason = reason


def parse_partial_date(value: object) -> tuple[str, dt.date]:
    """'2025', '2025-09' or '2025-09-16' (or a YAML date) -> (text as given, first day)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat(), value
    text = str(value).strip()
    match = PARTIAL_DATE.match(text)
    if not match:
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(match[1]), int(match[2] or 1), int(match[3] or 1)
    try:
        return text, dt.date(year, month, day)
    except ValueError as exc:  # 2026-13-45, 2025-02-30
        raise ValueError(f"not a real date ({exc})") from None


def _text(record: dict, name: str, required: bool = True) -> str | None:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _Rejected(name, "", "missing")
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise _Rejected(name, value, "expected text")
    return str(value).strip()


def _identifier(record: dict, name: str) -> str:
    value = _text(record, name)
    if not ID_PATTERN.match(value):
        raise _Rejected(name, value, "ids use lower-case letters, digits and '-'")
    return value


def _choice(record: dict, name: str, allowed: tuple[str, ...], required: bool = True) -> str | None:
    value = _text(record, name, required)
    if value is not None and value not in allowed:
        raise _Rejected(name, value, f"expected one of {', '.join(allowed)}")
    return value


def _validate_source(raw: object, file_name: str, problems: list[Problem]) -> dict:
    if not isinstance(raw, dict):
        raise _Rejected("source", raw, "a 'source:' block is required")
    url = _text(raw, "url")
    if not re.match(r"^https?://\S+$", url):
        raise _Rejected("url", url, "expected an http(s) URL")
    published = _source_date(raw, "published", True, file_name, problems)
    # `retrieved`: the day a page was read, kept apart from the date it was published.
    retrieved = _source_date(raw, "retrieved", False, file_name, problems)
    return {
        "source_id": _identifier(raw, "id"),
        "publisher": _text(raw, "publisher"),
        "title": _text(raw, "title"),
        "url": url,
        "published": published,
        "retrieved": retrieved,
        "language": _choice(raw, "language", LANGUAGES),
        "licence": _text(raw, "licence", required=False) or "",
        "reliability": _choice(raw, "reliability", RELIABILITIES, required=False) or "",
    }


def _source_date(raw: dict, name: str, required: bool, file_name: str, problems: list[Problem]) -> str:
    """A source's partial date, '' for 'unknown' (or absent when not required). A bad one is a
    warning: the document and its facts stay, only the date is read as unknown."""
    text = _text(raw, name, required)
    if text is None or text == "unknown":
        return ""
    try:
        return parse_partial_date(raw[name])[0]
    except ValueError as exc:
        problems.append(Problem(file_name, "source", name, _show(text),
                                f"{exc} or 'unknown'; read as unknown", severity="warning", line=_line(raw)))
        return ""


def _coordinate(record: dict, name: str, low: float, high: float) -> float:
    value = record.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Rejected(name, value, "expected a number (decimal degrees)")
    if not low <= float(value) <= high:
        raise _Rejected(name, value, f"outside Hauts-de-France ({low}–{high})")
    return float(value)


def _validate_entity(raw: object) -> dict:
    if not isinstance(raw, dict):
        raise _Rejected("entity", raw, "expected a mapping")
    project_type = _choice(raw, "project_type", PROJECT_TYPES)
    entity = {
        "site_id": _identifier(raw, "id"),
        "name": _text(raw, "name"),
        "project_type": project_type,
        "operator": _text(raw, "operator", required=False) or "",
        "commune": _text(raw, "commune", required=False) or "",
        "departement": "",
        "lat": float("nan"),
        "lon": float("nan"),
        "location_precision": "",
        "location_source": "",
        "host_site_id": _text(raw, "host_site", required=False) or "",
        "voltage_kv": float("nan"),
    }
    if project_type == "region":
        # The region, or one département for département-wide statistics: no single position.
        entity["departement"] = _choice(raw, "departement", tuple(DEPARTEMENTS), required=False) or ""
        return entity
    entity["departement"] = _choice(raw, "departement", tuple(DEPARTEMENTS))
    entity["lat"] = _coordinate(raw, "lat", REGION_BBOX["lat_min"], REGION_BBOX["lat_max"])
    entity["lon"] = _coordinate(raw, "lon", REGION_BBOX["lon_min"], REGION_BBOX["lon_max"])
    entity["location_precision"] = _choice(raw, "location_precision", LOCATION_PRECISIONS)
    entity["location_source"] = _identifier(raw, "location_source")
    if raw.get("voltage_kv") is not None:
        voltage = raw["voltage_kv"]
        if isinstance(voltage, bool) or not isinstance(voltage, (int, float)) or voltage <= 0:
            raise _Rejected("voltage_kv", voltage, "expected a positive number of kV")
        entity["voltage_kv"] = float(voltage)
    return entity


def _normalize_value(attribute: str, text: str, lang: str) -> dict:
    """The fact's value read by the normalizer (in its source's language) into value/unit/approximate/period columns."""
    spec = ATTRIBUTES[attribute]
    out = {
        "value": float("nan"), "value_low": float("nan"), "value_high": float("nan"),
        "unit": "", "approximate": False, "qualifier": "", "projection": False,
        "period_start": None, "period_end": None,
    }
    try:
        if spec.kind == "quantity":
            # Energy (TWh) is read only where an attribute asks for it; elsewhere it is refused as not power.
            quantity = normalize.parse_quantity(text, "TWh" if spec.unit == "TWh" else None, lang=lang)
            if quantity.unit != spec.unit:
                raise _Rejected("value", text, f"{attribute} needs a value in {spec.unit}, got {quantity.unit}")
            # A range keeps both ends; its value is the low end.
            out.update(value=quantity.value, value_low=quantity.low, value_high=quantity.high, unit=quantity.unit,
                       approximate=quantity.approximate, qualifier=quantity.qualifier,
                       projection=quantity.projection)
        elif spec.kind == "period":
            period = normalize.parse_period(text, lang=lang)
            out.update(period_start=period.start, period_end=period.end)
        elif spec.kind == "count":
            count = normalize.parse_count(text, lang=lang)
            out.update(value=float(count.value), value_low=float(count.low), value_high=float(count.high),
                       unit="count", approximate=count.approximate, qualifier=count.qualifier,
                       projection=count.projection)
        elif spec.kind == "status":
            if text not in STATUSES:
                raise _Rejected("value", text, f"a status is one of {', '.join(STATUSES)}")
        elif spec.kind == "designation":
            if text not in FAST_TRACK_VALUES:
                raise _Rejected("value", text, f"a designation is one of {', '.join(FAST_TRACK_VALUES)}")
    except ValueError as exc:  # NormalizeError is a ValueError and quotes the text
        raise _Rejected("value", text, str(exc)) from None
    return out


def value_problem(attribute: str, text: str, lang: str) -> str | None:
    """Why the build's reader would refuse `text` as `attribute`'s value (its own words), or None:
    the intake checks each proposed row with it before ticking the row."""
    if attribute not in ATTRIBUTES or attribute == "status":
        return None
    try:
        _normalize_value(attribute, text, lang)
    except _Rejected as exc:
        return str(exc)
    return None


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
        label += f" ({_show(raw.get('id'))})"
    return label


def _line(raw: object) -> int:
    return getattr(raw, "line", 0)


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
        at = f":{_line(raw)}" if _line(raw) else ""
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
            source = _validate_source(raw_source, seed.name, bundle.problems)
        except _Rejected as exc:
            raw_id = raw_source.get("id") if isinstance(raw_source, dict) else None
            problem = Problem(seed.name, "source", exc.field, _show(exc.value), exc.reason + "; file skipped",
                              line=_line(raw_source))
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
            entity = _validate_entity(raw)
            if entity["site_id"] in entity_ids:
                raise _Rejected("id", entity["site_id"], "duplicate entity id")
            located_by = entity["location_source"]
            if located_by and located_by not in source_ids:
                if located_by not in roots.sources:
                    raise _Rejected("location_source", located_by, "unknown source id")
                roots.depend(roots.sources[located_by], "located", file_name, where, raw, f"location_source {located_by}")
        except (_Rejected, Exception) as exc:
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
                                               line=_line(raw)))
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
                bundle.facts.append(_validate_fact(raw, source_id, entity_ids, fact_id, lang, source_ids))
            except (_Rejected, Exception) as exc:
                bundle.problems.append(_problem(file_name, where, raw, exc))
    bundle.problems[:0] = roots.problems()  # root causes first: fix them and the rest may go
    return bundle


def _problem(file_name: str, where: str, raw: object, exc: Exception) -> Problem:
    if isinstance(exc, _Rejected):
        return Problem(file_name, where, exc.field, _show(exc.value), exc.reason, line=_line(raw))
    # Not a rule the record breaks but an error reading it: still this record's problem, never a crash.
    return Problem(file_name, where, "", "", f"cannot be read ({type(exc).__name__}: {_show(exc)})", line=_line(raw))


def _validate_fact(raw: object, source_id: str, entity_ids: set[str], fact_id: str, lang: str,
                   source_ids: set[str] = frozenset()) -> dict:
    if not isinstance(raw, dict):
        raise _Rejected("fact", raw, "expected a mapping with entity, attribute, value, as_of")
    entity = _text(raw, "entity")
    if entity not in entity_ids:
        raise _Rejected("entity", entity, "unknown (or rejected) entity id")
    attribute = _choice(raw, "attribute", tuple(ATTRIBUTES))
    value = _text(raw, "value")
    as_of, as_of_date = _fact_date(raw)
    quoted = raw.get("quoted", True)
    if not isinstance(quoted, bool):
        raise _Rejected("quoted", quoted, "expected true or false (false: the value is a paraphrase)")
    kind = ATTRIBUTES[attribute].kind
    if kind in ("status", "designation", "reference"):
        quoted = False  # a keyword or an id of ours; the source's words go in the note
    if kind == "reference" and value not in entity_ids:
        raise _Rejected("value", value, "unknown (or rejected) entity id")
    measure = _measure(raw, attribute)
    projection = raw.get("projection", False)
    if not isinstance(projection, bool):
        raise _Rejected("projection", projection, "expected true or false (true: a target or forecast)")
    also = _also_sources(raw, source_id, source_ids)
    normalized = _normalize_value(attribute, value, lang)
    normalized["projection"] = normalized["projection"] or projection
    if raw.get("by") is not None:  # the year a figure is for, when it is not its as-of (a horizon)
        if kind == "period":
            raise _Rejected("by", raw["by"], "a period attribute gives its period in `value`")
        try:
            horizon = normalize.parse_period(str(raw["by"]), lang=lang)
        except ValueError as exc:
            raise _Rejected("by", raw["by"], str(exc)) from None
        normalized.update(period_start=horizon.start, period_end=horizon.end)
    return {
        "fact_id": fact_id,
        "site_id": entity,
        "attribute": attribute,
        "column": ATTRIBUTES[attribute].column,
        "raw_value": value,
        "quoted": quoted,
        **normalized,
        "measure": measure,
        "as_of": as_of,
        "as_of_date": as_of_date,
        "source_id": source_id,
        "also_source_ids": ";".join(also),
        "note": _text(raw, "note", required=False) or "",
    }


def _measure(raw: dict, attribute: str) -> str:
    """The fact's `measure:` (schema.MEASURES), or its attribute's default; '' for attributes without kinds."""
    measures = MEASURES.get(attribute)
    if "measure" not in raw or raw["measure"] is None:
        return measures.default if measures else ""
    value = raw["measure"]
    if measures is None:
        raise _Rejected("measure", value, f"{attribute} has no measure kinds (only {', '.join(MEASURES)} do)")
    if value not in measures.kinds:
        owner = next((m.attribute for m in MEASURES.values() if value in m.kinds), None)
        why = f"a kind of {owner}, not of {attribute}" if owner else "unknown measure kind"
        raise _Rejected("measure", value, f"{why}; {attribute} is one of {', '.join(measures.kinds)}")
    return value


def _also_sources(raw: dict, source_id: str, source_ids: set[str]) -> list[str]:
    """`also_sources:` the ids of other sources that state the same figure (a list of known source ids)."""
    value = raw.get("also_sources")
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Rejected("also_sources", value, "expected a list of source ids")
    for other in value:
        if other == source_id:
            raise _Rejected("also_sources", other, "is this file's own source")
        if other not in source_ids:
            raise _Rejected("also_sources", other, "unknown source id")
    return sorted(set(value))


def _fact_date(raw: dict) -> tuple[str, dt.date | None]:
    """The fact's as-of: the date it holds for, or ('', None) when the source gives none."""
    if "as_of" not in raw or raw["as_of"] == UNDATED:
        return "", None
    value = raw["as_of"]
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _Rejected("as_of", "", f"empty: give a date, or '{UNDATED}' when the source gives none")
    try:
        return parse_partial_date(value)
    except ValueError as exc:
        raise _Rejected("as_of", value, f"{exc}, or '{UNDATED}' when the source gives no date") from None


def _show(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:117] + "..."
