"""A suitability surface over the whole region: H3 hexagons scored with the siting registry.

Two steps, so that a weight change feels instant:
1. `surface_inputs` (once per data version: cached by dashboard.data.repository) covers the
   region with H3 cells (`h3` 4.x; resolution 7 ≈ 5.2 km² per cell, about 6,200 cells; 8 ≈
   0.74 km², about 43,000) and measures, at each cell's centre, every distance the criteria use:
   400 / 225 kV substations and Gravelines (geo.grid_distances), the nearest 400 kV line
   (grid_lines), Lille, and the nearest brownfield; it also notes the largest brownfield inside
   the cell and the nearest commune centroid;
2. `score_surface` (each rerun) applies the user's preset, weights and exclusions to those
   columns with `siting.score`: no distance is computed again. A cell counts as a brownfield
   reuse, with that brownfield's land, only when it holds one of at least the preset's land need;
   any other cell's land and brownfield criteria are unknown (no credit, as for a site).

Why H3: equal-area-ish hexagons with stable ids (a cell id is its cache key), neighbours at one
distance, and a choropleth needs only each cell's boundary. Cells are listed from the
départements' outlines (a cell whose centre is inside), else from the region's bounding box (the
page says so); a cell across the region's edge is drawn cut to the outline (`cell_geometries`).
"""

from __future__ import annotations

from dataclasses import dataclass

import h3
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

from dashboard.domain import geo, grid_lines, siting
from dashboard.domain.schema import REGION_BBOX

RESOLUTIONS = (6, 7, 8)
DEFAULT_RESOLUTION = 7
ZONE_SPACING_KM = 8.0  # best zones listed at least this far apart (one zone, not six neighbours)
SURFACE_TYPE = "h3_cell"


def _bbox_geometry(bbox: dict = REGION_BBOX) -> dict:
    ring = [
        [bbox["lon_min"], bbox["lat_min"]],
        [bbox["lon_max"], bbox["lat_min"]],
        [bbox["lon_max"], bbox["lat_max"]],
        [bbox["lon_min"], bbox["lat_max"]],
        [bbox["lon_min"], bbox["lat_min"]],
    ]
    return {"type": "Polygon", "coordinates": [ring]}


def region_cells(outlines: dict | None, resolution: int = DEFAULT_RESOLUTION) -> list[str]:
    """H3 cells whose centre lies in the départements' outlines (or the bounding box), sorted."""
    geometries = [f["geometry"] for f in (outlines or {}).get("features", []) if f.get("geometry")]
    cells: set[str] = set()
    for geometry in geometries or [_bbox_geometry()]:
        if geometry.get("type") in ("Polygon", "MultiPolygon"):
            cells.update(h3.geo_to_cells(geometry, resolution))
    return sorted(cells)


def cell_centres(cells) -> tuple[np.ndarray, np.ndarray]:
    centres = np.array([h3.cell_to_latlng(c) for c in cells], dtype=float).reshape(-1, 2)
    return centres[:, 0], centres[:, 1]


COORDINATE_GRID = 1e-5  # degrees (about 1 m): the outlines' own precision, all a map can show


def _polygonal(geometry):
    """The polygons of a shape (an intersection along an edge also gives lines and points)."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [part for part in shapely.get_parts(geometry) if part.geom_type == "Polygon" and not part.is_empty]
    return shapely.MultiPolygon(parts) if parts else shapely.Polygon()


def cell_geometries(cells, region=None) -> list[dict]:
    """Each cell's hexagon as a GeoJSON geometry, cut to `region` (geo.region_geometry) where it
    crosses the region's edge, so the surface stops at the border and the coast; a cell wholly
    inside is its hexagon (issue 20). Coordinates on a 1e-5° grid."""
    # Closed (lng, lat) rings: six vertices, or a few more for a cell across an icosahedron's edge.
    rings = []
    for cell in cells:
        ring = [[round(lng, 5), round(lat, 5)] for lat, lng in h3.cell_to_boundary(cell)]
        rings.append([*ring, ring[0]])
    geometries: list[dict] = [{"type": "Polygon", "coordinates": [ring]} for ring in rings]
    if region is not None and rings:
        hexagons = np.empty(len(rings), dtype=object)
        for size in {len(ring) for ring in rings}:  # built by vertex count, vectorized
            same = [i for i, ring in enumerate(rings) if len(ring) == size]
            hexagons[same] = shapely.polygons(np.array([rings[i] for i in same], dtype=float))
        crossing = np.flatnonzero(~shapely.contains_properly(region, hexagons))
        cut = shapely.set_precision(shapely.intersection(hexagons[crossing], region), COORDINATE_GRID)
        for i, geometry in zip(crossing, cut):
            geometries[i] = mapping(_polygonal(geometry))
    return geometries


def cells_geojson(cells, geometries=None) -> dict:
    """GeoJSON FeatureCollection of the cells' hexagons, feature id = cell id (for a choropleth);
    `geometries` (cell_geometries, e.g. the inputs' `geometry` column) instead of whole hexagons."""
    cells = list(cells)
    geometries = cell_geometries(cells) if geometries is None else list(geometries)
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "id": cell, "properties": {}, "geometry": geometry}
                         for cell, geometry in zip(cells, geometries)]}


@dataclass(frozen=True)
class GridData:
    """What the surface is measured against (all optional but the seeds' targets)."""

    targets: geo.GridTargets
    lines_400kv: pd.DataFrame | None = None  # grid_lines.lines_of(osm grid)
    brownfields: pd.DataFrame | None = None  # brownfields.BROWNFIELD_COLUMNS
    communes: pd.DataFrame | None = None  # insee, name, departement, lat, lon


def point_inputs(lat, lon, data: GridData) -> pd.DataFrame:
    """Site-like columns for points: the grid columns, the 400 kV line, Lille, brownfield, commune."""
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    out = geo.grid_distances(lat, lon, data.targets)
    out["lat"], out["lon"] = lat, lon
    out["lille_km"] = geo.geodesic_km(lat, lon, siting.LILLE_LAT, siting.LILLE_LON)

    lines = data.lines_400kv
    out["nearest_400kv_line_km"] = np.nan
    out["nearest_400kv_line_name"] = ""
    out["line_point_lat"], out["line_point_lon"] = np.nan, np.nan
    if lines is not None and not lines.empty:
        indexed = grid_lines.index_lines(lines["path_lat"], lines["path_lon"])
        idx, km, f_lat, f_lon = grid_lines.nearest_line(lat, lon, indexed)
        names = lines["name"].fillna("").astype(str).to_numpy(dtype=object)
        out["nearest_400kv_line_km"] = km
        out["nearest_400kv_line_name"] = np.where(idx >= 0, names[np.maximum(idx, 0)], "")
        out["line_point_lat"], out["line_point_lon"] = f_lat, f_lon

    out["nearest_brownfield_name"], out["nearest_brownfield_km"] = "", np.nan
    out["nearest_brownfield_id"] = ""
    bf = data.brownfields
    if bf is not None and not bf.empty:
        placed = bf.dropna(subset=["lat", "lon"]).reset_index(drop=True)
        idx, km = geo.nearest(lat, lon, placed["lat"].to_numpy(), placed["lon"].to_numpy())
        label = (placed["name"].where(placed["name"] != "", placed["site_id"]) + " (" + placed["commune"] + ")").to_numpy(dtype=object)
        out["nearest_brownfield_name"] = np.where(idx >= 0, label[np.maximum(idx, 0)], "")
        out["nearest_brownfield_id"] = np.where(idx >= 0, placed["site_id"].to_numpy(dtype=object)[np.maximum(idx, 0)], "")
        out["nearest_brownfield_km"] = km

    out["commune"], out["departement"] = "", ""
    communes = data.communes
    if communes is not None and not communes.empty:
        idx, _ = geo.nearest(lat, lon, communes["lat"].to_numpy(), communes["lon"].to_numpy())
        for column, source in (("commune", "name"), ("departement", "departement")):
            values = communes[source].astype(str).to_numpy(dtype=object)
            out[column] = np.where(idx >= 0, values[np.maximum(idx, 0)], "")
    return out


def surface_inputs(outlines: dict | None, data: GridData, resolution: int = DEFAULT_RESOLUTION) -> pd.DataFrame:
    """Every cell of the region with its distances and its largest brownfield (computed once)."""
    cells = region_cells(outlines, resolution)
    lat, lon = cell_centres(cells)
    out = point_inputs(lat, lon, data)
    out.insert(0, "cell", np.array(cells, dtype=object))
    out["geometry"] = cell_geometries(cells, geo.region_geometry(outlines))  # cut at the region's edge
    out["max_brownfield_m2"] = np.nan
    out["max_brownfield_id"] = ""
    bf = data.brownfields
    if bf is not None and not bf.empty and cells:
        placed = bf.dropna(subset=["lat", "lon", "surface_m2"])
        if not placed.empty:
            in_cell = pd.DataFrame(
                {
                    "cell": [h3.latlng_to_cell(a, b, resolution) for a, b in zip(placed["lat"], placed["lon"])],
                    "m2": placed["surface_m2"].to_numpy(dtype=float),
                    "id": placed["site_id"].to_numpy(dtype=object),
                }
            )
            largest = in_cell.sort_values("m2", ascending=False).drop_duplicates("cell").set_index("cell")
            position = out["cell"].map(largest["m2"])
            out["max_brownfield_m2"] = position.to_numpy(dtype=float)
            out["max_brownfield_id"] = out["cell"].map(largest["id"]).fillna("").to_numpy(dtype=object)
    out["project_type"] = SURFACE_TYPE
    out["site_id"], out["name"] = out["cell"], out["cell"]
    out.attrs["resolution"] = resolution
    out.attrs["from_outlines"] = bool(outlines and outlines.get("features"))
    return out


@dataclass(frozen=True)
class PreparedSurface:
    """The cells' criteria values and exclusions for one preset (weights not applied yet)."""

    inputs: pd.DataFrame
    prepared: object  # siting.prepare(...)
    brownfield_cell: np.ndarray  # the cell holds a brownfield of at least the preset's land need


def prepare_surface(inputs: pd.DataFrame, preset: siting.Preset | str = siting.DEFAULT_PRESET) -> PreparedSurface:
    """Apply a preset (value functions, exclusions, land need) to the cells' inputs."""
    preset = siting.get_preset(preset)
    need_m2 = preset.params.get("land_area", {}).get("need", 0) * 10_000
    largest = inputs["max_brownfield_m2"].to_numpy(dtype=float)
    big_enough = largest >= need_m2
    frame = pd.DataFrame(
        {
            column: inputs[column].to_numpy()
            for column in ("lat", "lon", "nearest_400kv_km", "nearest_225kv_km", "gravelines_km",
                           "nearest_400kv_line_km", "lille_km")
        }
    )
    frame["brownfield"] = np.where(big_enough, 1.0, np.nan)
    frame["land_area_m2"] = np.where(big_enough, largest, np.nan)
    return PreparedSurface(inputs=inputs, prepared=siting.prepare(frame, preset), brownfield_cell=big_enough)


def rescore(prepared: PreparedSurface, weights=None) -> pd.DataFrame:
    """Score of every cell for a weighting: vector arithmetic only (the rerun after a slider moves).

    Columns: the inputs' (cell, geometry, lat, lon, distances, commune, nearest brownfield, nearest 400 kV
    line point) plus score, rank, excluded, exclusion_reasons, confidence, brownfield_cell.
    """
    scores = siting.weighted_scores(prepared.prepared, weights)
    out = prepared.inputs.drop(columns=["site_id", "name", "project_type"]).assign(
        score=scores["score"],
        rank=scores["rank"],
        excluded=prepared.prepared.excluded,
        exclusion_reasons=prepared.prepared.reasons,
        confidence=scores["confidence"],
        brownfield_cell=prepared.brownfield_cell,
    )
    out.attrs = dict(prepared.inputs.attrs)
    return out


def score_surface(inputs: pd.DataFrame, weights=None, preset: siting.Preset | str = siting.DEFAULT_PRESET) -> pd.DataFrame:
    """prepare_surface then rescore (see both)."""
    return rescore(prepare_surface(inputs, preset), weights)


def best_zones(scored: pd.DataFrame, n: int = 10, spacing_km: float = ZONE_SPACING_KM) -> pd.DataFrame:
    """The `n` best cells not excluded, each at least `spacing_km` from a better one listed."""
    ranked = scored[~scored["excluded"] & scored["score"].notna()].sort_values("score", ascending=False, kind="stable")
    chosen: list[int] = []
    lat, lon = ranked["lat"].to_numpy(), ranked["lon"].to_numpy()
    for i in range(len(ranked)):
        if chosen and np.min(geo.geodesic_km(lat[i], lon[i], lat[chosen], lon[chosen])) < spacing_km:
            continue
        chosen.append(i)
        if len(chosen) == n:
            break
    return ranked.iloc[chosen].reset_index(drop=True)
