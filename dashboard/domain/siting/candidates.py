"""Rows the open datasets add to the siting: Cartofriches brownfields as candidates, and the
distance of every row to the nearest 400 kV line (OSM)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.domain import geo, grid_lines
from dashboard.domain.brownfields import large_enough
from dashboard.domain.siting.criteria import BROWNFIELD_TYPE, Preset


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
    dense = grid_lines.densify(lines_400kv["path_lat"], lines_400kv["path_lon"])
    lat = pd.to_numeric(frame["lat"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(frame["lon"], errors="coerce").to_numpy(dtype=float)
    idx, km, _, _ = grid_lines.nearest_line(lat, lon, dense)
    names = lines_400kv["name"].fillna("").astype(str).to_numpy(dtype=object)
    out["nearest_400kv_line_km"] = km
    out["nearest_400kv_line_name"] = np.where(idx >= 0, names[np.maximum(idx, 0)], "")
    return out
