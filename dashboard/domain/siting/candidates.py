"""What gets scored besides the seeds' sites: the places the user typed (`Candidate`,
`candidates_frame`), Cartofriches brownfields as candidates, the rows to score (`scoring_frame`),
and the distance of every row to the nearest 400 kV line (OSM)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.domain import geo, grid_lines
from dashboard.domain.brownfields import large_enough
from dashboard.domain.siting.criteria import BROWNFIELD_TYPE, CANDIDATE_TYPE, Preset, SCORED_TYPES
from dashboard.i18n.fold import slug


@dataclass(frozen=True)
class Candidate:
    """A place the user typed, geocoded; kept in the session only."""

    name: str
    lat: float
    lon: float
    origin: str = ""  # where the position comes from: geocode.Place.origin (nominatim, cache, communes)
    commune: str = ""
    departement: str = ""
    land_ha: float | None = None
    brownfield: bool | None = None

    @property
    def site_id(self) -> str:
        return f"candidate-{slug(self.name)}-{self.lat:.4f}-{self.lon:.4f}"


def candidates_frame(candidates: list[Candidate], targets: geo.GridTargets) -> pd.DataFrame:
    """Candidates as site-like rows, with their grid distances."""
    columns = [
        "site_id",
        "name",
        "project_type",
        "commune",
        "departement",
        "lat",
        "lon",
        "land_area_m2",
        "brownfield",
        "origin",
    ]
    if not candidates:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(
        {
            "site_id": [c.site_id for c in candidates],
            "name": [c.name for c in candidates],
            "project_type": CANDIDATE_TYPE,
            "commune": [c.commune for c in candidates],
            "departement": [c.departement for c in candidates],
            "lat": [float(c.lat) for c in candidates],
            "lon": [float(c.lon) for c in candidates],
            "land_area_m2": [np.nan if c.land_ha is None else float(c.land_ha) * 10_000 for c in candidates],
            "brownfield": pd.Series([c.brownfield for c in candidates], dtype=object),
            "origin": [c.origin for c in candidates],
        }
    )
    distances = geo.grid_distances(frame["lat"], frame["lon"], targets)
    for column in distances.columns:
        frame[column] = distances[column].to_numpy()
    return frame


def scoring_frame(sites: pd.DataFrame, candidates: pd.DataFrame | None = None, types=SCORED_TYPES) -> pd.DataFrame:
    """The rows to score: sites of the scored types with a position, then the candidates."""
    keep = sites[sites["project_type"].isin(types) & sites["lat"].notna() & sites["lon"].notna()]
    parts = [keep] + ([candidates] if candidates is not None and not candidates.empty else [])
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else keep.reset_index(drop=True)


def brownfield_candidates(brownfields: pd.DataFrame | None, preset: Preset, targets: geo.GridTargets,
                          deps: tuple[str, ...] = ()) -> pd.DataFrame:
    """Cartofriches brownfields of at least the preset's land need, as site-like rows to score.

    project_type BROWNFIELD_TYPE, brownfield = True, land = the site's surface, origin
    "cartofriches", `url` = its Cartofriches record; only the filtered départements when `deps`.
    """
    if brownfields is None or brownfields.empty:
        return pd.DataFrame()
    rows = large_enough(brownfields, preset.params.get("land_area", {}).get("need", 0))
    if deps:
        rows = rows[rows["departement"].isin(deps)]
    if rows.empty:
        return pd.DataFrame()
    named = rows["name"].where(rows["name"] != "", "Friche " + rows["site_id"])
    frame = pd.DataFrame(
        {
            "site_id": ("cartofriches-" + rows["site_id"]).to_numpy(),
            "name": named.to_numpy(),
            "project_type": BROWNFIELD_TYPE,
            "commune": rows["commune"].to_numpy(),
            "departement": rows["departement"].to_numpy(),
            "lat": rows["lat"].to_numpy(dtype=float),
            "lon": rows["lon"].to_numpy(dtype=float),
            "land_area_m2": rows["surface_m2"].to_numpy(dtype=float),
            "brownfield": pd.Series([True] * len(rows), dtype=object).to_numpy(),
            "origin": "cartofriches",
            "status": rows["status"].to_numpy(),
            "url": rows["url"].to_numpy(),
        }
    )
    distances = geo.grid_distances(frame["lat"], frame["lon"], targets)
    for column in distances.columns:
        frame[column] = distances[column].to_numpy()
    return frame


def add_line_distances(frame: pd.DataFrame, lines_400kv: pd.DataFrame | None) -> pd.DataFrame:
    """`frame` with nearest_400kv_line_km / _name; unchanged without OSM lines (the criterion then
    reads no data for any row and is set aside)."""
    if lines_400kv is None or lines_400kv.empty or frame.empty:
        return frame
    out = frame.copy()
    indexed = grid_lines.index_lines(lines_400kv["path_lat"], lines_400kv["path_lon"])
    lat = pd.to_numeric(frame["lat"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(frame["lon"], errors="coerce").to_numpy(dtype=float)
    idx, km, _, _ = grid_lines.nearest_line(lat, lon, indexed)
    names = lines_400kv["name"].fillna("").astype(str).to_numpy(dtype=object)
    out["nearest_400kv_line_km"] = km
    out["nearest_400kv_line_name"] = np.where(idx >= 0, names[np.maximum(idx, 0)], "")
    return out
