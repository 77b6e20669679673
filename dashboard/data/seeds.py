"""Read and validate the seed files (one YAML file per source document).

`load_seeds(dir)` never raises on bad content: every problem becomes a `Problem` naming the file,
the record, the field, the value and why, and every valid record is kept. A file that cannot be
read at all, or whose source block is invalid, is rejected whole (its facts could not be traced).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from dashboard.domain import normalize
from dashboard.domain.records import Problem, SeedBundle  # noqa: F401  (re-exported)
from dashboard.domain.schema import (
    ATTRIBUTES,
    DEPARTEMENTS,
    LANGUAGES,
    LOCATION_PRECISIONS,
    PROJECT_TYPES,
    REGION_BBOX,
    STATUSES,
)

from dashboard.config import DEFAULT_SEEDS_DIR  # noqa: E402  (re-exported)

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
    return text, dt.date(year, month, day)


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


def _validate_source(raw: object) -> dict:
    if not isinstance(raw, dict):
        raise _Rejected("source", raw, "a 'source:' block is required")
    url = _text(raw, "url")
    if not re.match(r"^https?://\S+$", url):
        raise _Rejected("url", url, "expected an http(s) URL")
    published_raw = _text(raw, "published")
    if published_raw == "unknown":
        published = ""
    else:
        try:
            published, _ = parse_partial_date(raw["published"])
        except ValueError as exc:
            raise _Rejected("published", published_raw, f"{exc} or 'unknown'") from None
    return {
        "source_id": _identifier(raw, "id"),
        "publisher": _text(raw, "publisher"),
        "title": _text(raw, "title"),
        "url": url,
        "published": published,
        "language": _choice(raw, "language", LANGUAGES),
        "licence": _text(raw, "licence", required=False) or "",
        "reliability": _choice(raw, "reliability", RELIABILITIES, required=False) or "",
    }


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
        return entity  # the region itself has no single position
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
    out = {"value": float("nan"), "unit": "", "approximate": False, "period_start": None, "period_end": None}
    try:
        if spec.kind == "quantity":
            quantity = normalize.parse_quantity(text, lang=lang)
            if quantity.unit != spec.unit:
                raise _Rejected("value", text, f"{attribute} needs a value in {spec.unit}, got {quantity.unit}")
            out.update(value=quantity.value, unit=quantity.unit, approximate=quantity.approximate)
        elif spec.kind == "period":
            period = normalize.parse_period(text, lang=lang)
            out.update(period_start=period.start, period_end=period.end)
        elif spec.kind == "count":
            count = normalize.parse_count(text, lang=lang)
            out.update(value=float(count.value), unit="count", approximate=count.approximate)
        elif spec.kind == "status":
            if text not in STATUSES:
                raise _Rejected("value", text, f"a status is one of {', '.join(STATUSES)}")
    except ValueError as exc:  # NormalizeError is a ValueError and quotes the text
        raise _Rejected("value", text, str(exc)) from None
    return out


def _read_file(path: Path, bundle: SeedBundle) -> dict | None:
    name = path.name
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        bundle.problems.append(Problem(name, "file", "", "", f"cannot be read ({exc})"))
        return None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f"line {where.line + 1}" if where else "file"
        bundle.problems.append(Problem(name, line, "", "", f"not valid YAML ({getattr(exc, 'problem', exc)})"))
        return None
    if not isinstance(document, dict):
        bundle.problems.append(Problem(name, "file", "", "", "expected a mapping with source, entities, facts"))
        return None
    return document


def _records(document: dict, key: str, file_name: str, bundle: SeedBundle) -> list:
    records = document.get(key) or []
    if not isinstance(records, list):
        bundle.problems.append(Problem(file_name, key, key, str(type(records).__name__), "expected a list"))
        return []
    return records


def load_seeds(seeds_dir: Path | str = DEFAULT_SEEDS_DIR) -> SeedBundle:
    """Read every `*.yaml` in `seeds_dir`, validate it, and normalize its facts."""
    bundle = SeedBundle()
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        bundle.problems.append(Problem(str(seeds_dir), "folder", "", "", "no such seeds folder"))
        return bundle
    paths = sorted(p for p in seeds_dir.iterdir() if p.suffix in (".yaml", ".yml"))
    if not paths:
        bundle.problems.append(Problem(str(seeds_dir), "folder", "", "", "no seed file (*.yaml)"))

    # Pass 1: sources and entities, so that facts may refer to ones declared in other files.
    documents: list[tuple[str, dict, str]] = []
    source_ids: set[str] = set()
    entity_files: list[tuple[str, int, dict]] = []
    for path in paths:
        document = _read_file(path, bundle)
        if document is None:
            continue
        try:
            source = _validate_source(document.get("source"))
        except _Rejected as exc:
            bundle.problems.append(Problem(path.name, "source", exc.field, _show(exc.value), exc.reason + "; file skipped"))
            continue
        if source["source_id"] in source_ids:
            bundle.problems.append(
                Problem(path.name, "source", "id", source["source_id"], "duplicate source id; file skipped")
            )
            continue
        source_ids.add(source["source_id"])
        source["file"] = path.name
        bundle.sources.append(source)
        documents.append((path.name, document, source["source_id"]))
        for index, raw in enumerate(_records(document, "entities", path.name, bundle)):
            entity_files.append((path.name, index, raw))

    entity_ids: set[str] = set()
    candidates = []
    for file_name, index, raw in entity_files:
        record = f"entities[{index}]" + (f" ({raw.get('id')})" if isinstance(raw, dict) and raw.get("id") else "")
        try:
            entity = _validate_entity(raw)
            if entity["site_id"] in entity_ids:
                raise _Rejected("id", entity["site_id"], "duplicate entity id")
            if entity["location_source"] and entity["location_source"] not in source_ids:
                raise _Rejected("location_source", entity["location_source"], "unknown source id")
        except _Rejected as exc:
            bundle.problems.append(Problem(file_name, record, exc.field, _show(exc.value), exc.reason))
            continue
        entity_ids.add(entity["site_id"])
        candidates.append((file_name, record, entity))
    for file_name, record, entity in candidates:
        if entity["host_site_id"] and entity["host_site_id"] not in entity_ids:
            bundle.problems.append(
                Problem(file_name, record, "host_site", entity["host_site_id"], "unknown entity id; host link dropped")
            )
            entity["host_site_id"] = ""
        bundle.entities.append(entity)

    # Pass 2: facts, each read in its source's language ("20,000" is 20 000 in English).
    languages = {source["source_id"]: source["language"] for source in bundle.sources}
    for file_name, document, source_id in documents:
        for index, raw in enumerate(_records(document, "facts", file_name, bundle)):
            record = f"facts[{index}]"
            try:
                bundle.facts.append(_validate_fact(raw, source_id, entity_ids, f"{source_id}#{index}", languages[source_id]))
            except _Rejected as exc:
                bundle.problems.append(Problem(file_name, record, exc.field, _show(exc.value), exc.reason))
    return bundle


def _validate_fact(raw: object, source_id: str, entity_ids: set[str], fact_id: str, lang: str) -> dict:
    if not isinstance(raw, dict):
        raise _Rejected("fact", raw, "expected a mapping with entity, attribute, value, as_of")
    entity = _text(raw, "entity")
    if entity not in entity_ids:
        raise _Rejected("entity", entity, "unknown (or rejected) entity id")
    attribute = _choice(raw, "attribute", tuple(ATTRIBUTES))
    value = _text(raw, "value")
    if raw.get("as_of") is None:
        raise _Rejected("as_of", "", "missing")
    try:
        as_of, as_of_date = parse_partial_date(raw["as_of"])
    except ValueError as exc:
        raise _Rejected("as_of", raw["as_of"], str(exc)) from None
    return {
        "fact_id": fact_id,
        "site_id": entity,
        "attribute": attribute,
        "column": ATTRIBUTES[attribute].column,
        "raw_value": value,
        **_normalize_value(attribute, value, lang),
        "as_of": as_of,
        "as_of_date": as_of_date,
        "source_id": source_id,
        "note": _text(raw, "note", required=False) or "",
    }


def _show(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:117] + "..."
