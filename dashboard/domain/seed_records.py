"""The rules of one seed record (a source, an entity, a fact): each validated into a plain row, or
rejected with the field, value and reason (`Rejected`) that dashboard.data.seeds turns into a
`Problem`. Pure: no file is read here (the files and the problem bookkeeping: dashboard.data.seeds)."""

from __future__ import annotations

import datetime as dt
import re

from dashboard.domain import normalize
from dashboard.domain.records import Problem
from dashboard.domain.schema import (
    ATTRIBUTES,
    DEPARTEMENTS,
    DESIGNATIONS,
    LANGUAGES,
    LOCATION_PRECISIONS,
    MEASURES,
    PROJECT_TYPES,
    REGION_BBOX,
    STATUSES,
    UNDATED,
)
from dashboard.domain.seed_fields import Rejected, line_of, show  # noqa: F401  (re-exported: dashboard.data.seeds)
from dashboard.domain.seed_fields import text_field as _text
from dashboard.domain.seed_wordings import name_en, publisher_note, title_or_description

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
RELIABILITIES = ("primary", "secondary", "aggregator")


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


def _identifier(record: dict, name: str) -> str:
    value = _text(record, name)
    if not ID_PATTERN.match(value):
        raise Rejected(name, value, "ids use lower-case letters, digits and '-'")
    return value


def _choice(record: dict, name: str, allowed: tuple[str, ...], required: bool = True) -> str | None:
    value = _text(record, name, required)
    if value is not None and value not in allowed:
        raise Rejected(name, value, f"expected one of {', '.join(allowed)}")
    return value


def validate_source(raw: object, file_name: str, problems: list[Problem]) -> dict:
    if not isinstance(raw, dict):
        raise Rejected("source", raw, "a 'source:' block is required")
    url = _text(raw, "url")
    if not re.match(r"^https?://\S+$", url):
        raise Rejected("url", url, "expected an http(s) URL")
    published = _source_date(raw, "published", True, file_name, problems)
    # `retrieved`: the day a page was read, kept apart from the date it was published.
    retrieved = _source_date(raw, "retrieved", False, file_name, problems)
    note, note_name = publisher_note(raw, file_name, problems)
    title, description = title_or_description(raw, file_name, problems)
    return {
        "source_id": _identifier(raw, "id"),
        "publisher": _text(raw, "publisher"),
        "title": title,
        "url": url,
        "published": published,
        "retrieved": retrieved,
        "language": _choice(raw, "language", LANGUAGES),
        "licence": _text(raw, "licence", required=False) or "",
        "reliability": _choice(raw, "reliability", RELIABILITIES, required=False) or "",
        "publisher_note": note,
        "publisher_note_name": note_name,
        **{f"description_{lang}": description.get(lang, "") for lang in LANGUAGES},
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
        problems.append(Problem(file_name, "source", name, show(text),
                                f"{exc} or 'unknown'; read as unknown", severity="warning", line=line_of(raw)))
        return ""


def _coordinate(record: dict, name: str, low: float, high: float) -> float:
    value = record.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Rejected(name, value, "expected a number (decimal degrees)")
    if not low <= float(value) <= high:
        raise Rejected(name, value, f"outside Hauts-de-France ({low}–{high})")
    return float(value)


def validate_entity(raw: object, file_name: str = "", record: str = "entity",
                    problems: list[Problem] | None = None) -> dict:
    if not isinstance(raw, dict):
        raise Rejected("entity", raw, "expected a mapping")
    project_type = _choice(raw, "project_type", PROJECT_TYPES)
    entity = {
        "site_id": _identifier(raw, "id"),
        "name": _text(raw, "name"),
        "name_en": name_en(raw, file_name, record, problems),
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
            raise Rejected("voltage_kv", voltage, "expected a positive number of kV")
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
                raise Rejected("value", text, f"{attribute} needs a value in {spec.unit}, got {quantity.unit}")
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
                raise Rejected("value", text, f"a status is one of {', '.join(STATUSES)}")
        elif spec.kind == "designation":
            allowed = DESIGNATIONS[spec.name]
            if text not in allowed:
                raise Rejected("value", text, f"a {spec.name} designation is one of {', '.join(allowed)}")
    except ValueError as exc:  # NormalizeError is a ValueError and quotes the text
        raise Rejected("value", text, str(exc)) from None
    return out


def validate_fact(raw: object, source_id: str, entity_ids: set[str], fact_id: str, lang: str,
                   source_ids: set[str] = frozenset()) -> dict:
    if not isinstance(raw, dict):
        raise Rejected("fact", raw, "expected a mapping with entity, attribute, value, as_of")
    entity = _text(raw, "entity")
    if entity not in entity_ids:
        raise Rejected("entity", entity, "unknown (or rejected) entity id")
    attribute = _choice(raw, "attribute", tuple(ATTRIBUTES))
    value = _text(raw, "value")
    as_of, as_of_date = _fact_date(raw)
    quoted = raw.get("quoted", True)
    if not isinstance(quoted, bool):
        raise Rejected("quoted", quoted, "expected true or false (false: the value is a paraphrase)")
    kind = ATTRIBUTES[attribute].kind
    if kind in ("status", "designation", "reference"):
        quoted = False  # a keyword or an id of ours; the source's words go in the note
    if kind == "reference" and value not in entity_ids:
        raise Rejected("value", value, "unknown (or rejected) entity id")
    measure = _measure(raw, attribute)
    projection = raw.get("projection", False)
    if not isinstance(projection, bool):
        raise Rejected("projection", projection, "expected true or false (true: a target or forecast)")
    also = _also_sources(raw, source_id, source_ids)
    normalized = _normalize_value(attribute, value, lang)
    normalized["projection"] = normalized["projection"] or projection
    if raw.get("by") is not None:  # the year a figure is for, when it is not its as-of (a horizon)
        if kind == "period":
            raise Rejected("by", raw["by"], "a period attribute gives its period in `value`")
        try:
            horizon = normalize.parse_period(str(raw["by"]), lang=lang)
        except ValueError as exc:
            raise Rejected("by", raw["by"], str(exc)) from None
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
        raise Rejected("measure", value, f"{attribute} has no measure kinds (only {', '.join(MEASURES)} do)")
    if value not in measures.kinds:
        owner = next((m.attribute for m in MEASURES.values() if value in m.kinds), None)
        why = f"a kind of {owner}, not of {attribute}" if owner else "unknown measure kind"
        raise Rejected("measure", value, f"{why}; {attribute} is one of {', '.join(measures.kinds)}")
    return value


def _also_sources(raw: dict, source_id: str, source_ids: set[str]) -> list[str]:
    """`also_sources:` the ids of other sources that state the same figure (a list of known source ids)."""
    value = raw.get("also_sources")
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Rejected("also_sources", value, "expected a list of source ids")
    for other in value:
        if other == source_id:
            raise Rejected("also_sources", other, "is this file's own source")
        if other not in source_ids:
            raise Rejected("also_sources", other, "unknown source id")
    return sorted(set(value))


def _fact_date(raw: dict) -> tuple[str, dt.date | None]:
    """The fact's as-of: the date it holds for, or ('', None) when the source gives none."""
    if "as_of" not in raw or raw["as_of"] == UNDATED:
        return "", None
    value = raw["as_of"]
    if value is None or (isinstance(value, str) and not value.strip()):
        raise Rejected("as_of", "", f"empty: give a date, or '{UNDATED}' when the source gives none")
    try:
        return parse_partial_date(value)
    except ValueError as exc:
        raise Rejected("as_of", value, f"{exc}, or '{UNDATED}' when the source gives no date") from None


def value_problem(attribute: str, text: str, lang: str) -> str | None:
    """Why the build's reader would refuse `text` as `attribute`'s value (its own words), or None:
    the intake checks each proposed row with it before ticking the row."""
    if attribute not in ATTRIBUTES or attribute == "status":
        return None
    try:
        _normalize_value(attribute, text, lang)
    except Rejected as exc:
        return str(exc)
    return None
