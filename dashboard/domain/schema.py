"""Vocabularies shared by the seeds, the tables and the pages.

Kept in one place so that validation, the tables' columns and the filters agree.
"""

from __future__ import annotations

from dataclasses import dataclass

PROJECT_TYPES = (
    "data_center",
    "battery",
    "recycling",
    "industrial_site",  # an industrial host site (brownfield being reoccupied)
    "power_plant",
    "substation",
    "region",  # the region itself, for region-wide facts (no coordinates)
)

STATUSES = (
    "announced",
    "planned",
    "permitted",
    "under_construction",
    "operational",
    "abandoned",
    "unknown",
)

LOCATION_PRECISIONS = ("exact", "commune_centroid")

DEPARTEMENTS = {"02": "Aisne", "59": "Nord", "60": "Oise", "62": "Pas-de-Calais", "80": "Somme"}

LANGUAGES = ("fr", "en")

# Bounding box of the five départements' outlines (IGN Admin Express), rounded outwards.
REGION_BBOX = {"lat_min": 48.83, "lat_max": 51.09, "lon_min": 1.37, "lon_max": 4.26}


@dataclass(frozen=True)
class Attribute:
    """How a seed attribute is read and which `sites` column it feeds."""

    name: str
    kind: str  # "quantity" | "period" | "status" | "count"
    unit: str | None  # expected unit for quantities
    column: str  # column in the sites table (periods feed <column>_start/_end)
    history: bool = False  # a time series (kept whole, never a conflict)


ATTRIBUTES: dict[str, Attribute] = {
    a.name: a
    for a in (
        Attribute("investment", "quantity", "EUR", "investment_eur"),
        Attribute("power", "quantity", "MW", "power_mw"),
        Attribute("floor_area", "quantity", "m2", "floor_area_m2"),
        Attribute("land_area", "quantity", "m2", "land_area_m2"),
        Attribute("jobs", "quantity", "jobs", "jobs"),
        Attribute("occupancy", "quantity", "ratio", "occupancy_rate", history=True),
        Attribute("commissioning", "period", None, "commissioning"),
        Attribute("announced", "period", None, "announced"),
        Attribute("status", "status", None, "status", history=True),
        Attribute("data_center_target", "count", None, "data_center_target"),
    )
}

# Numeric value columns of `sites` that carry _approx / _conflict flags.
VALUE_COLUMNS = ("investment_eur", "power_mw", "floor_area_m2", "land_area_m2", "jobs", "occupancy_rate")

GRID_COLUMNS = (
    "gravelines_km",
    "nearest_400kv_name",
    "nearest_400kv_km",
    "nearest_225kv_name",
    "nearest_225kv_km",
)

ENTITY_COLUMNS = (
    "site_id",
    "name",
    "project_type",
    "operator",
    "commune",
    "departement",
    "lat",
    "lon",
    "location_precision",
    "location_source",
    "host_site_id",
    "voltage_kv",
)

SITES_COLUMNS = (
    *ENTITY_COLUMNS,
    "status",
    *VALUE_COLUMNS,
    "commissioning_start",
    "commissioning_end",
    "announced_start",
    "data_center_target",
    *(f"{c}_approx" for c in VALUE_COLUMNS),
    *(f"{c}_conflict" for c in VALUE_COLUMNS),
    "source_ids",
    "as_of",
    *GRID_COLUMNS,
)

FACTS_COLUMNS = (
    "fact_id",
    "site_id",
    "attribute",
    "column",
    "raw_value",
    "value",
    "unit",
    "approximate",
    "period_start",
    "period_end",
    "as_of",
    "source_id",
    "note",
    "is_current",
    "conflict",
)

OCCUPANCY_COLUMNS = ("site_id", "as_of", "occupancy_rate", "source_id", "approximate")

SOURCES_COLUMNS = ("source_id", "publisher", "title", "url", "published", "language", "licence", "reliability")

PROBLEMS_COLUMNS = ("file", "line", "record", "field", "value", "reason", "severity", "dependents")
