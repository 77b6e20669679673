"""Distance from points to the nearest high-voltage line (a polyline), geodesic and vectorized.

A large campus is often connected by cutting a new substation into an existing 400 kV line, so
the distance to the line matters as well as the distance to a substation.

Method (distance to a polyline = the minimum over its segments):
1. every segment is cut into pieces of at most `STEP_KM` (linear interpolation in degrees: over
   200 m the geodesic and the straight lon/lat segment differ by millimetres);
2. the `K_VERTICES` (4) nearest vertices of the densified lines are found by chord in a k-d tree
   of unit vectors (the sphere's order, not yet the ellipsoid's);
3. the point is projected onto the pieces that meet at those vertices, in a local tangent plane
   centred on the point (x = Δlon·cos φ, y = Δlat), each foot clamped to its piece; the nearest
   foot in that plane is kept and the distance reported is the exact ellipsoidal distance
   (Vincenty) from the point to it (one Vincenty per point).

Accuracy: every foot lies on a line, so the result is never below the true distance d. It is
never above the ellipsoidal distance to the sphere-nearest vertex, which is at most STEP_KM / 2
(100 m) plus the sphere/ellipsoid disagreement (≤ 1.2 % of d) over d, a bound reached only if
none of the 8 pieces examined is the nearest one. In practice the nearest piece is among them
and the result is the exact distance to within the tangent-plane projection (centimetres at
these scales); the test compares it with a brute force over 10 m pieces.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from dashboard.domain import geo

STEP_KM = 0.2
K_VERTICES = 4
_KM_PER_DEG_LAT = 111.2  # only to choose how many pieces a segment is cut into


@dataclass(frozen=True)
class DenseLines:
    """Densified vertices of a set of lines; piece i joins vertex i and i + 1 when same_line[i]."""

    lat: np.ndarray
    lon: np.ndarray
    line: np.ndarray  # index (row position) of the line each vertex belongs to
    same_line: np.ndarray  # vertex i and i + 1 are on the same line (a piece joins them)

    @property
    def empty(self) -> bool:
        return self.lat.size == 0


def densify(path_lats, path_lons, step_km: float = STEP_KM) -> DenseLines:
    """Vertices of every line (lists of lat / lon), each segment cut into pieces ≤ step_km."""
    lats, lons, owners = [], [], []
    for i, (plat, plon) in enumerate(zip(path_lats, path_lons)):
        plat, plon = np.asarray(plat, dtype=float), np.asarray(plon, dtype=float)
        ok = ~(np.isnan(plat) | np.isnan(plon))
        plat, plon = plat[ok], plon[ok]
        if plat.size < 2:
            continue
        dy = np.diff(plat) * _KM_PER_DEG_LAT
        dx = np.diff(plon) * _KM_PER_DEG_LAT * np.cos(np.radians((plat[1:] + plat[:-1]) / 2))
        pieces = np.maximum(1, np.ceil(np.hypot(dx, dy) / step_km).astype(int))
        # Fractions 0, 1/n, …, (n-1)/n along each segment, then the last vertex.
        seg = np.repeat(np.arange(pieces.size), pieces)
        frac = (np.arange(seg.size) - np.repeat(np.cumsum(pieces) - pieces, pieces)) / np.repeat(pieces, pieces)
        lats.append(np.append(plat[seg] + frac * (plat[seg + 1] - plat[seg]), plat[-1]))
        lons.append(np.append(plon[seg] + frac * (plon[seg + 1] - plon[seg]), plon[-1]))
        owners.append(np.full(seg.size + 1, i))
    if not lats:
        empty = np.empty(0)
        return DenseLines(empty, empty, np.empty(0, dtype=np.int64), np.empty(0, dtype=bool))
    line = np.concatenate(owners)
    return DenseLines(np.concatenate(lats), np.concatenate(lons), line, np.append(line[1:] == line[:-1], False))


def _foot(p_lat, p_lon, a_lat, a_lon, b_lat, b_lon):
    """Foot of the perpendicular from P onto piece AB (clamped), in P's tangent plane."""
    cos_phi = np.cos(np.radians(p_lat))
    ax, ay = (a_lon - p_lon) * cos_phi, a_lat - p_lat
    bx, by = (b_lon - p_lon) * cos_phi, b_lat - p_lat
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 > 0, -(ax * dx + ay * dy) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    return a_lat + t * (b_lat - a_lat), a_lon + t * (b_lon - a_lon)


def nearest_line(lat, lon, lines: DenseLines) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(line index, km, lat, lon of the nearest point on a line) per point; -1 / NaN without lines."""
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    n = lat.size
    out_line, out_km = np.full(n, -1, dtype=np.int64), np.full(n, np.nan)
    out_lat, out_lon = np.full(n, np.nan), np.full(n, np.nan)
    if lines.empty or n == 0:
        return out_line, out_km, out_lat, out_lon
    ok = np.flatnonzero(~(np.isnan(lat) | np.isnan(lon)))
    if ok.size == 0:
        return out_line, out_km, out_lat, out_lon
    # The K_VERTICES nearest vertices by chord (a k-d tree of unit vectors), then the pieces that
    # meet at each: exact distances are computed for those 2·K feet only.
    tree = cKDTree(geo.unit_vectors(lines.lat, lines.lon), **geo.KD_TREE_OPTIONS)
    k = min(K_VERTICES, lines.lat.size)
    _, vertices = tree.query(geo.unit_vectors(lat[ok], lon[ok]), k=k)
    vertices = vertices.reshape(ok.size, k)
    last = lines.lat.size - 1
    p_lat, p_lon = lat[ok], lon[ok]
    cos_phi = np.cos(np.radians(p_lat))
    best_d2 = np.full(ok.size, np.inf)  # squared tangent-plane distance, in degrees², to choose
    best_lat, best_lon = np.full(ok.size, np.nan), np.full(ok.size, np.nan)
    best_v = vertices[:, 0].copy()
    for j in range(k):
        v = vertices[:, j]
        before = np.maximum(v - 1, 0)
        # The piece after the vertex and the piece before it, when they exist.
        for start, has_piece in ((v, lines.same_line[v]), (before, (v > 0) & lines.same_line[before])):
            end = np.minimum(start + 1, last)
            f_lat, f_lon = _foot(p_lat, p_lon, lines.lat[start], lines.lon[start], lines.lat[end], lines.lon[end])
            f_lat, f_lon = np.where(has_piece, f_lat, lines.lat[v]), np.where(has_piece, f_lon, lines.lon[v])
            d2 = (f_lat - p_lat) ** 2 + ((f_lon - p_lon) * cos_phi) ** 2
            better = d2 < best_d2
            best_d2 = np.where(better, d2, best_d2)
            best_lat, best_lon = np.where(better, f_lat, best_lat), np.where(better, f_lon, best_lon)
            best_v = np.where(better, v, best_v)
    # One exact (ellipsoidal) distance per point, to the foot chosen in the tangent plane.
    best_km = geo.geodesic_km(p_lat, p_lon, best_lat, best_lon)
    out_line[ok], out_km[ok], out_lat[ok], out_lon[ok] = lines.line[best_v], best_km, best_lat, best_lon
    return out_line, out_km, out_lat, out_lon


def lines_of(grid: pd.DataFrame | None, kv: float = 400) -> pd.DataFrame:
    """The OSM grid's lines carrying `kv` (among their voltages), with their paths."""
    if grid is None or grid.empty:
        return pd.DataFrame(columns=["name", "voltages", "path_lat", "path_lon"])
    lines = grid[grid["kind"] == "line"]
    carries = lines["voltages"].fillna("").astype(str).str.split(";").map(lambda vs: f"{kv:g}" in vs)
    return lines[carries.astype(bool)].reset_index(drop=True)


def substations_of(grid: pd.DataFrame | None, kv: float) -> pd.DataFrame:
    """The OSM grid's substations whose highest voltage is `kv` (as ODRÉ classed its posts)."""
    if grid is None or grid.empty:
        return pd.DataFrame(columns=["name", "lat", "lon", "voltage_kv"])
    subs = grid[(grid["kind"] == "substation") & (pd.to_numeric(grid["voltage_kv"], errors="coerce") == kv)]
    return subs.reset_index(drop=True)
