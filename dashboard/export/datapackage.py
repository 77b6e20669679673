"""The whole dataset as a Frictionless Data Package: a zip of sites.csv, facts.csv, occupancy.csv,
schedule.csv and sources.csv (the tables the build writes and the pages read) with a `datapackage.json` that
describes every column (type, meaning, unit), the keys between the tables, and the licences.

    dataset_zip_bytes(dataset) -> bytes   # the zip the data page offers
    descriptor(dataset) -> dict           # its datapackage.json

The CSVs are for programs (column ids, comma, decimal point, UTF-8 without BOM, unknown = empty),
yet they may be opened in a spreadsheet too: text cells that would run as a formula are neutralised
by `tables.safe_frame`, as in every other download. Every column of the schema must have an entry
in COLUMN_DOCS (a test checks it), so a new column cannot ship undocumented.
"""

from __future__ import annotations

import io
import json
import zipfile

import pandas as pd

from dashboard.domain.schema import (
    ATTRIBUTES,
    FACTS_COLUMNS,
    MEASURES,
    OCCUPANCY_COLUMNS,
    PROJECT_TYPES,
    PUBLISHER_NOTES,
    SCHEDULE_COLUMNS,
    SITES_COLUMNS,
    SOURCES_COLUMNS,
    STATUSES,
)
from dashboard.domain.tables import Dataset
from dashboard.export.rounding import distances_rounded
from dashboard.export.tables import safe_frame

TABLES = ("sites", "facts", "occupancy", "schedule", "sources")
PACKAGE_NAME = "hauts-de-france-data-centres"
# Columns holding ISO dates (YYYY-MM-DD); as-of dates keep the precision the source gave (YYYY, YYYY-MM).
DATE_COLUMNS = {"commissioning_start", "commissioning_end", "announced_start", "period_start", "period_end"}
PARTIAL_DATE = "a date at the precision the source gave: YYYY, YYYY-MM or YYYY-MM-DD"

# column -> (description, unit or None). Shared names mean the same thing in every table.
_VALUE_UNITS = {"investment_eur": ("investment", "EUR"), "power_mw": ("electrical power", "MW"),
                "floor_area_m2": ("built floor area", "m2"), "land_area_m2": ("land area", "m2"),
                "jobs": ("jobs", "jobs (count)"), "occupancy_rate": ("occupancy rate", "ratio (0 to 1)")}
COLUMN_DOCS: dict[str, tuple[str, str | None]] = {
    "site_id": ("identifier of the site (stable across versions)", None),
    "name": ("name of the site or project, in the export's language (a substation's: our prefix on RTE's name)", None),
    "project_type": ("kind of site: " + ", ".join(PROJECT_TYPES), None),
    "operator": ("operator or developer, as the sources name it", None),
    "commune": ("commune (municipality) of the site", None),
    "departement": ("INSEE code of the département (02, 59, 60, 62, 80)", None),
    "lat": ("latitude, WGS 84", "degree"),
    "lon": ("longitude, WGS 84", "degree"),
    "location_precision": ("precision of lat/lon: exact, commune_centroid (the commune's centre), or area (known "
                           "only to a wider area; placed at the centre of the commune the sources name)", None),
    "location_source": ("source_id of the document the coordinates come from", None),
    "host_site_id": ("site_id of the host site (e.g. the brownfield a project occupies)", None),
    "voltage_kv": ("voltage of a substation", "kV"),
    "status": ("current status (latest as-of): " + ", ".join(STATUSES), None),
    **{column: (f"current {what} (latest as-of; empty = unknown, never 0)", unit)
       for column, (what, unit) in _VALUE_UNITS.items()},
    **{f"{column}_low": (f"low end of the current {what} (a range, or sources tied on the latest as-of)", unit)
       for column, (what, unit) in _VALUE_UNITS.items()},
    **{f"{column}_high": (f"high end of the current {what} (equal to the low end for a single figure)", unit)
       for column, (what, unit) in _VALUE_UNITS.items()},
    **{f"{column}_approx": (f"the current {what} is approximate (the source says about, over...)", None)
       for column, (what, _) in _VALUE_UNITS.items()},
    **{f"{column}_conflict": (f"sources give different {what} figures (see facts.csv)", None)
       for column, (what, _) in _VALUE_UNITS.items()},
    **{f"{column}_qualifier": (f"how the source bounds the retained {what}: exact, approx, at_most, at_least, range",
                               None) for column, (what, _) in _VALUE_UNITS.items()},
    **{f"{column}_measure": (f"what the retained {what} measures (see facts.csv's measure)", None)
       for column, (what, _) in _VALUE_UNITS.items()},
    **{f"{column}_projection": (f"the retained {what} is a target or forecast", None)
       for column, (what, _) in _VALUE_UNITS.items()},
    **{f"{column}_as_of": (f"as-of of the retained {what} ('' = undated)", None)
       for column, (what, _) in _VALUE_UNITS.items()},
    **{f"{column}_source_ids": (f"`;`-joined source_ids of the retained {what}", None)
       for column, (what, _) in _VALUE_UNITS.items()},
    "commissioning_start": ("first day of the current commissioning period", None),
    "commissioning_end": ("last day of the current commissioning period", None),
    "announced_start": ("first day of the period the project was announced in", None),
    "data_center_target": ("number of data centres the region's own target counts", "data centres (count)"),
    "state_identified_sites": ("number of sites the State identified for data centres in the region (latest)",
                               "sites (count)"),
    "fast_track": ("true when a source names the site among the State's fast-track connection sites", None),
    "brownfield_reuse": ("true when a source says the site reuses an industrial brownfield", None),
    "latest_fact_as_of": ("as-of of the site's latest dated fact (empty when every fact is undated)", None),
    "source_ids": ("source_id of every source behind the row, separated by ';'", None),
    "as_of": ("as-of: the date the value holds for, " + PARTIAL_DATE, None),
    "gravelines_km": ("great-circle distance to the Gravelines nuclear power plant", "km"),
    "nearest_400kv_name": ("nearest 400 kV substation", None),
    "nearest_400kv_km": ("great-circle distance to the nearest 400 kV substation", "km"),
    "nearest_225kv_name": ("nearest 225 kV substation (RTE open data; empty when not loaded)", None),
    "nearest_225kv_km": ("great-circle distance to the nearest 225 kV substation", "km"),
    "fact_id": ("identifier of the fact", None),
    "attribute": ("what the fact is about: " + ", ".join(ATTRIBUTES), None),
    "column": ("the sites.csv column the fact feeds", None),
    "raw_value": ("the value as the source wrote it, in its language, unless quoted is false", None),
    "quoted": ("raw_value is the source's own words; false: a paraphrase (or a status keyword)", None),
    "value_low": ("low end of value (a range's low end; equal to value)", "see the unit column"),
    "value_high": ("high end of value (equal to value for a single figure)", "see the unit column"),
    "value": ("the value normalized to the unit in the unit column (empty for text and periods)",
              "see the unit column"),
    "unit": ("unit of value: EUR, MW, m2, jobs, ratio, count (empty for text and periods)", None),
    "approximate": ("the source gives the value as approximate", None),
    "qualifier": ("how the source bounds the value: exact, approx, at_most (≤), at_least (≥) or range", None),
    "measure": ("what a jobs, power or investment figure measures (its attribute's default when the seed "
                "names none): " + "; ".join(f"{m.attribute}: {', '.join(m.kinds)}" for m in MEASURES.values()),
                None),
    "projection": ("the source states the value as a target or forecast, not an observation", None),
    "also_source_ids": ("`;`-joined source_ids of other documents that state the same figure", None),
    "period_start": ("first day of the period the fact gives (commissioning, announcement)", None),
    "period_end": ("last day of that period", None),
    "source_id": ("identifier of the source document (see sources.csv)", None),
    "note": ("our remark on the fact, in English in every language's export; a paraphrase says so", None),
    "is_current": ("the fact is the current value of its site and attribute (latest dated as-of; undated "
                   "facts only when none is dated)", None),
    "tie": ("several facts share the latest as-of with different values: all are current, a conflict", None),
    "conflict": ("another source gives a different figure for the same site and attribute", None),
    "publisher": ("publisher of the source, with our note on where its text was read in the export's language", None),
    "publisher_as_written": ("the publisher's name as the source writes it", None),
    "publisher_note": ("kind of our note after the publisher's name (empty: none): " + ", ".join(PUBLISHER_NOTES), None),
    "publisher_note_name": ("the name our note gives (a host, the original outlet), as written", None),
    "name_as_written": ("the site's name as its source writes it (a substation's: RTE's), else ours in French", None),
    "name_en": ("our English name of the site (empty: the name reads the same in English)", None),
    "title": ("title of the source document, in its language; when it is unknown, our description of it in "
              "brackets, in the export's language", None),
    "title_as_written": ("the source's own title as written (empty: unknown, see the descriptions)", None),
    "description_fr": ("our description of a source whose title is unknown, in French", None),
    "description_en": ("our description of a source whose title is unknown, in English", None),
    "url": ("link to the source document", None),
    "published": ("publication date, " + PARTIAL_DATE, None),
    "retrieved": ("date the source was read, " + PARTIAL_DATE + " (not an as-of)", None),
    "language": ("language of the source: fr or en", None),
    "licence": ("terms the source's content is under; only facts are taken from it, never its text", None),
    "reliability": ("primary, secondary or aggregator", None),
}
TABLE_DOCS = {
    "sites": ("One row per site with its current values (the latest as-of of each attribute), its "
              "position and grid distances. What the dashboard's pages show."),
    "facts": ("Every figure of every source, one row per (source, site, attribute, as-of): the history "
              "and the disagreements between sources are kept."),
    "occupancy": "Occupancy rate of host sites over time, one row per (site, as-of, source).",
    "schedule": ("Every commissioning period any source gave, over time, one row per (site, as-of, source): "
                 "the history from which schedule slips are computed."),
    "sources": "Every source document with its publisher, date, link and licence.",
}
PRIMARY_KEYS = {"sites": ["site_id"], "facts": ["fact_id"], "sources": ["source_id"]}
FOREIGN_KEYS = {
    "facts": [("site_id", "sites", "site_id"), ("source_id", "sources", "source_id")],
    "occupancy": [("site_id", "sites", "site_id"), ("source_id", "sources", "source_id")],
    "schedule": [("site_id", "sites", "site_id"), ("source_id", "sources", "source_id")],
}
LICENSES = [{
    "name": "MIT",
    "path": "https://opensource.org/license/mit",
    "title": "The compilation (this project's licence). Each fact stays under the terms of its source: "
             "see the licence column of sources.csv.",
}]


def _field_type(series: pd.Series, column: str) -> str:
    if column in DATE_COLUMNS:
        return "date"
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_float_dtype(series):
        return "number"
    return "string"


def _field(frame: pd.DataFrame, column: str) -> dict:
    if column not in COLUMN_DOCS:
        raise KeyError(f"column {column!r} has no description in dashboard.export.datapackage.COLUMN_DOCS")
    description, unit = COLUMN_DOCS[column]
    field = {"name": column, "type": _field_type(frame[column], column), "description": description}
    if unit:
        field["unit"] = unit  # not in Table Schema v1's vocabulary; custom properties are allowed
        field["description"] += f" (unit: {unit})"
    return field


def _frames(dataset: Dataset) -> dict[str, pd.DataFrame]:
    columns = {"sites": SITES_COLUMNS, "facts": FACTS_COLUMNS, "occupancy": OCCUPANCY_COLUMNS,
               "schedule": SCHEDULE_COLUMNS, "sources": SOURCES_COLUMNS}
    # Distances to 0.1 km, as every export gives them (export.rounding).
    return {name: distances_rounded(getattr(dataset, name)[[c for c in columns[name] if c in getattr(dataset, name).columns]])
            for name in TABLES}


def descriptor(dataset: Dataset) -> dict:
    """The datapackage.json of `dataset_zip_bytes(dataset)`."""
    resources = []
    for name, frame in _frames(dataset).items():
        schema: dict = {"fields": [_field(frame, column) for column in frame.columns],
                        "missingValues": [""]}
        if name in PRIMARY_KEYS:
            schema["primaryKey"] = PRIMARY_KEYS[name]
        if name in FOREIGN_KEYS:
            schema["foreignKeys"] = [{"fields": column, "reference": {"resource": target, "fields": key}}
                                     for column, target, key in FOREIGN_KEYS[name]]
        resources.append({
            "name": name,
            "path": f"{name}.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": TABLE_DOCS[name],
            "schema": schema,
        })
    return {
        "name": PACKAGE_NAME,
        "title": "Data centres and related sites in Hauts-de-France: sourced facts",
        "description": ("Sites (data centres, battery plants, recycling plants, host brownfields, power "
                        "plants, substations) with every figure traced to a source and its as-of date. "
                        "Unknown values are empty, never 0. Text cells that a spreadsheet would run as a "
                        "formula (starting with = + - @, a tab or a carriage return) start with an apostrophe."),
        "version": dataset.as_of or "unknown",
        "licenses": LICENSES,
        "sources": [{"title": "Source documents: see sources.csv", "path": "sources.csv"}],
        "resources": resources,
    }


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    return safe_frame(frame).to_csv(index=False, float_format="%.15g", lineterminator="\n").encode("utf-8")


def dataset_zip_bytes(dataset: Dataset) -> bytes:
    """The zip: datapackage.json and one CSV per table."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(descriptor(dataset), ensure_ascii=False, indent=2))
        for name, frame in _frames(dataset).items():
            archive.writestr(f"{name}.csv", _csv_bytes(frame))
    return buffer.getvalue()
