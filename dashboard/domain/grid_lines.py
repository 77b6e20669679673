"""Distance from points to the nearest high-voltage line (a polyline), geodesic and vectorized.

A large campus is often connected by cutting a new substation into an existing 400 kV line, so
the distance to the line matters as well as the distance to a substation.

Method: the lines and the points are projected to Lambert-93 (EPSG:2154, the French official
conformal projection, pyproj); the lines are cut into pieces of about `PIECE_M` and indexed in a
shapely `STRtree`. Each point's nearest vertex (a scipy k-d tree) bounds its distance to the lines
from above, so one vectorized `STRtree.query(points, predicate="dwithin")` returns every piece that
can hold the nearest point, and shapely's `shortest_line` to each gives its distance and its foot;
the nearest foot is projected back to WGS-84 and the distance reported is the exact
ellipsoidal distance (`geo.geodesic_km`) from the point to it.

Accuracy: a line is straight in longitude/latitude between its vertices, as OSM draws it; its
segments are cut to at most `SEGMENT_DEG` before projecting, so the projected line stays within
centimetres of it. The foot lies on that line, so the result is never below the true distance by
more than that;
Lambert-93's scale differs from 1 by at most ~0.3 % over the region, which can only pick a foot a
few metres off the true nearest. The test compares it with a brute force over 10 m pieces (within
3 m in practice, the documented bound being 100 m).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer
from scipy.spatial import cKDTree

from dashboard.domain import geo

# WGS-84 longitude/latitude <-> Lambert-93 metres (always_xy: longitude first).
_TO_L93 = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
_FROM_L93 = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
# Longest piece of a line before projecting (degrees, ~1 km): over it the straight segment in
# longitude/latitude and in Lambert-93 differ by centimetres.
SEGMENT_DEG = 0.01
# The tree holds pieces of the lines of about PIECE_M metres, cut at vertices: fewer, compact tree
# entries than one per ~1 km segment, and far fewer candidates than whole lines, whose boxes
# cover half the region (CPU time, 63,000 points x 350 lines: 0.5 km 387 ms, 2 km 323, 5 km 294,
# 10 km 304).
PIECE_M = 5_000.0
# Small tree nodes: with these pieces, 4 runs faster than shapely's default of 10.
_NODE_CAPACITY = 4
# The bound the tests hold the result to (km above the true distance).
ACCURACY_KM = 0.1


@dataclass(frozen=True)
class LineIndex:
    """The lines cut into pieces, projected to Lambert-93, and their STRtree; `line[i]` is the input
    row of piece i."""

    geometries: np.ndarray
    line: np.ndarray
    tree: shapely.STRtree | None
    vertices: cKDTree | None  # the pieces' vertices (Lambert-93 metres)

    @property
    def empty(self) -> bool:
        return self.geometries.size == 0


def index_lines(path_lats, path_lons) -> LineIndex:
    """Index every line (lists of lat / lon; NaN vertices dropped, lines of fewer than 2 left out)."""
    lonlat, owners = [], []
    for i, (plat, plon) in enumerate(zip(path_lats, path_lons)):
        plat, plon = np.asarray(plat, dtype=float), np.asarray(plon, dtype=float)
        ok = ~(np.isnan(plat) | np.isnan(plon))
        if ok.sum() < 2:
            continue
        lonlat.append(shapely.linestrings(np.column_stack((plon[ok], plat[ok]))))
        owners.append(i)
    if not lonlat:
        return LineIndex(np.empty(0, dtype=object), np.empty(0, dtype=np.int64), None, None)
    # A segment is straight between its vertices in longitude/latitude (as OSM draws it); cut long
    # ones first so that they stay so once projected.
    dense = shapely.segmentize(np.array(lonlat, dtype=object), max_segment_length=SEGMENT_DEG)
    coords, part = shapely.get_coordinates(dense, return_index=True)
    x, y = _TO_L93.transform(coords[:, 0], coords[:, 1])
    # Segment s joins vertex start[s] to start[s] + 1 of the same line.
    start = np.flatnonzero(part[1:] == part[:-1])
    length = np.hypot(x[start + 1] - x[start], y[start + 1] - y[start])
    first = np.r_[True, part[start[1:]] != part[start[:-1]]]
    run = np.cumsum(length) - length  # length before each segment, over all lines
    along = run - np.maximum.accumulate(np.where(first, run, 0.0))  # ... from its own line's start
    slot = np.floor(along / PIECE_M)
    opens = first | np.r_[True, slot[1:] != slot[:-1]]
    piece = np.cumsum(opens) - 1
    closes = np.r_[opens[1:], True]
    # A piece's vertices: its segments' starts, then its last segment's end (shared with the next).
    vertex = np.concatenate((start, start[closes] + 1))
    owner_piece = np.concatenate((piece, piece[closes]))
    order = np.lexsort((vertex, owner_piece))
    pieces = shapely.linestrings(x[vertex[order]], y[vertex[order]], indices=owner_piece[order])
    owner = np.array(owners, dtype=np.int64)[part[start[opens]]]
    return LineIndex(pieces, owner, shapely.STRtree(pieces, node_capacity=_NODE_CAPACITY),
                     cKDTree(np.column_stack((x, y)), **geo.KD_TREE_OPTIONS))


def nearest_line(lat, lon, lines: LineIndex) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(line index, km, lat, lon of the nearest point on a line) per point; -1 / NaN without lines."""
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    n = lat.size
    out_line, out_km = np.full(n, -1, dtype=np.int64), np.full(n, np.nan)
    out_lat, out_lon = np.full(n, np.nan), np.full(n, np.nan)
    ok = np.flatnonzero(~(np.isnan(lat) | np.isnan(lon)))
    if lines.empty or ok.size == 0:
        return out_line, out_km, out_lat, out_lon
    x, y = _TO_L93.transform(lon[ok], lat[ok])
    # Points taken by 20 km cells: neighbours query the same branches of the trees, which then stay
    # in the processor's cache (the k-d query runs about a third faster).
    by_cell = np.lexsort((np.floor(y / 20_000.0), np.floor(x / 20_000.0)))
    ok, x, y = ok[by_cell], x[by_cell], y[by_cell]
    # Each point's nearest vertex bounds its distance to the lines from above (a k-d tree of the
    # vertices: far cheaper per point than GEOS's nearest search); the nearest piece is among the
    # pieces within that bound (one STRtree query, `dwithin`), measured by shapely.
    bound, _ = lines.vertices.query(np.column_stack((x, y)))
    points = shapely.points(x, y)
    point_pos, geom_pos = lines.tree.query(points, predicate="dwithin", distance=bound * (1 + 1e-9) + 1e-6)
    # The shortest line from each point to each of its candidate pieces: its length is the distance
    # and its end the foot (one GEOS pass; measuring with `distance` first, then the nearest piece's
    # `shortest_line`, walked the nearest pieces twice: ~10 % of the whole on 300-vertex lines).
    joins = shapely.get_coordinates(shapely.shortest_line(points[point_pos], lines.geometries[geom_pos]))
    metres = np.hypot(joins[1::2, 0] - joins[0::2, 0], joins[1::2, 1] - joins[0::2, 1])
    # Per point (the pairs come grouped by point), its nearest piece; a tie to the first listed.
    starts = np.flatnonzero(np.r_[True, point_pos[1:] != point_pos[:-1]])
    nearest = np.repeat(np.minimum.reduceat(metres, starts), np.diff(np.r_[starts, point_pos.size]))
    hit = np.flatnonzero(metres <= nearest)
    hit = hit[np.r_[True, point_pos[hit][1:] != point_pos[hit][:-1]]]
    point_pos, geom_pos, feet = point_pos[hit], geom_pos[hit], joins[1::2][hit]
    f_lon, f_lat = _FROM_L93.transform(feet[:, 0], feet[:, 1])
    rows = ok[point_pos]
    out_line[rows] = lines.line[geom_pos]
    out_lat[rows], out_lon[rows] = f_lat, f_lon
    out_km[rows] = geo.geodesic_km(lat[rows], lon[rows], f_lat, f_lon)
    return out_line, out_km, out_lat, out_lon


# A voltage (kV) as written -> its class: Belgium's 380 / 220 kV (OSM, by the border) are the same
# extra-high-voltage classes as France's 400 / 225 kV, drawn and measured with them.
VOLTAGE_CLASS = {380.0: 400.0, 220.0: 225.0}


def voltage_class(kv: float) -> float:
    return VOLTAGE_CLASS.get(kv, kv)


def lines_of(grid: pd.DataFrame | None, kv: float = 400) -> pd.DataFrame:
    """The OSM grid's lines carrying `kv`'s class (among their voltages: 380 kV counts as 400), with their paths."""
    if grid is None or grid.empty:
        return pd.DataFrame(columns=["name", "voltages", "path_lat", "path_lon"])
    lines = grid[grid["kind"] == "line"]

    def carries_class(voltages: str) -> bool:
        for part in voltages.split(";"):
            try:
                if voltage_class(float(part)) == kv:
                    return True
            except ValueError:  # an unreadable part: not this class
                continue
        return False

    carries = lines["voltages"].fillna("").astype(str).map(carries_class)
    return lines[carries.astype(bool)].reset_index(drop=True)


def substations_of(grid: pd.DataFrame | None, kv: float) -> pd.DataFrame:
    """The OSM grid's substations whose highest voltage is `kv` (as ODRÉ classed its posts)."""
    if grid is None or grid.empty:
        return pd.DataFrame(columns=["name", "lat", "lon", "voltage_kv"])
    subs = grid[(grid["kind"] == "substation") & (pd.to_numeric(grid["voltage_kv"], errors="coerce") == kv)]
    return subs.reset_index(drop=True)
