"""The suitability surface's best zones (domain.surface.best_zones) as downloads: a CSV for a
spreadsheet and a GeoJSON of the cells' hexagons (cut to the region's outline, as on the map) for
a GIS. One table, labelled in the reader's language, for both: the H3 cell, its rank and score,
each criterion's measure at the cell's centre, the nearest commune. Numbers are rounded to what
they mean: distances to 0.1 km, scores to 0.1, land to 0.1 ha, positions to 5 decimals (≈ 1 m).
Unknown stays empty (null in the GeoJSON), never 0."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from dashboard.domain import siting, surface
from dashboard.export.formats import json_value
from dashboard.export.rounding import round_km
from dashboard.export.tables import to_csv_bytes
from dashboard.i18n import t

SCORE_DIGITS, HA_DIGITS, POSITION_DIGITS = 1, 1, 5
# criterion -> (the surface's column measured at the cell's centre, the column naming what it was measured to)
MEASURED = {
    "dist_400kv": ("nearest_400kv_km", "nearest_400kv_name"),
    "dist_400kv_line": ("nearest_400kv_line_km", "nearest_400kv_line_name"),
    "dist_225kv": ("nearest_225kv_km", "nearest_225kv_name"),
    "dist_gravelines": ("gravelines_km", None),
    "dist_lille": ("lille_km", None),
}


def _rounded(values, digits: int) -> list[float | None]:
    numbers = pd.to_numeric(pd.Series(values), errors="coerce").round(digits)
    return [None if np.isnan(v) else float(v) for v in numbers]


def _kilometres(values) -> list[float | None]:
    """Distances to 0.1 km, as every export gives them (export.rounding)."""
    return [None if np.isnan(v) else float(v) for v in round_km(values)]


def _texts(values) -> list[str | None]:
    return [None if not isinstance(v, str) or not v else v for v in values]


def zones_frame(zones: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per zone, best first, columns in the reader's language."""
    word = {key: t(f"surface.{key}", lang) for key in
            ("cell", "rank", "score", "confidence", "commune", "departement", "lat", "lon", "name_of",
             "brownfield", "brownfield_km", "yes")}
    columns: dict[str, list] = {
        word["cell"]: zones["cell"].astype(str).tolist(),
        word["rank"]: list(range(1, len(zones) + 1)),
        word["score"]: _rounded(zones["score"], SCORE_DIGITS),
        word["confidence"]: _rounded(zones["confidence"] * 100, 0),
        word["commune"]: _texts(zones.get("commune", [None] * len(zones))),
        word["departement"]: _texts(zones.get("departement", [None] * len(zones))),
        word["lat"]: _rounded(zones["lat"], POSITION_DIGITS),
        word["lon"]: _rounded(zones["lon"], POSITION_DIGITS),
    }
    in_cell = zones["brownfield_cell"].to_numpy(dtype=bool)
    for key, criterion in siting.CRITERIA.items():
        label = criterion.label.get(lang, criterion.label["fr"])
        if key in MEASURED:
            km, name = MEASURED[key]
            columns[f"{label} (km)"] = _kilometres(zones[km])
            if name:
                columns[word["name_of"].format(label=label)] = _texts(zones[name])
        elif key == "brownfield":  # a cell reuses a brownfield only when it holds one large enough
            columns[label] = [word["yes"] if held else None for held in in_cell]
        elif key == "land_area":
            columns[f"{label} (ha)"] = _rounded(np.where(in_cell, zones["max_brownfield_m2"] / 10_000, np.nan), HA_DIGITS)
        else:  # not known for a cell (the State's fast-track list names sites, not places)
            columns[label] = [None] * len(zones)
    columns[word["brownfield"]] = _texts(zones["nearest_brownfield_name"])
    columns[word["brownfield_km"]] = _kilometres(zones["nearest_brownfield_km"])
    return pd.DataFrame(columns)


def zones_csv_bytes(zones: pd.DataFrame, lang: str) -> bytes:
    """The zones as CSV (tables.to_csv_bytes: `;` and decimal commas in French, formula-safe)."""
    return to_csv_bytes(zones_frame(zones, lang), lang)


def zones_geojson(zones: pd.DataFrame, lang: str) -> dict:
    """The zones as a FeatureCollection: each cell's hexagon (cut to the outline) with the table's row."""
    frame = zones_frame(zones, lang)
    geometries = (zones["geometry"].tolist() if "geometry" in zones
                  else surface.cell_geometries(zones["cell"].astype(str).tolist()))
    features = [{"type": "Feature", "id": cell, "geometry": geometry,
                 "properties": {str(column): json_value(value) for column, value in row.items()}}
                for cell, geometry, (_, row) in zip(zones["cell"].astype(str), geometries, frame.iterrows())]
    return {"type": "FeatureCollection", "name": "best-zones", "features": features}


def zones_geojson_bytes(zones: pd.DataFrame, lang: str) -> bytes:
    return json.dumps(zones_geojson(zones, lang), ensure_ascii=False, allow_nan=False, indent=1).encode("utf-8")
