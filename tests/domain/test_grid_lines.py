"""Distance to the nearest line: against a brute force, known geometry, and the OSM grid's filters."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from dashboard.domain import geo, grid_lines

PATHS_LAT = [[50.54, 50.75, 50.95], [50.0, 50.0], [49.3, 49.5, 49.4, 49.9]]
PATHS_LON = [[3.08, 2.65, 2.21], [2.0, 3.0], [2.0, 2.4, 3.1, 3.5]]


def fine_vertices(step_deg=0.0001):
    """Every path cut into pieces of about 10 m (linear in degrees: at that length the straight
    lon/lat piece and the geodesic agree to well under a millimetre)."""
    lats, lons = [], []
    for plat, plon in zip(PATHS_LAT, PATHS_LON):
        for a_lat, a_lon, b_lat, b_lon in zip(plat[:-1], plon[:-1], plat[1:], plon[1:]):
            n = int(np.ceil(max(abs(b_lat - a_lat), abs(b_lon - a_lon)) / step_deg))
            t = np.linspace(0, 1, n + 1)
            lats.append(a_lat + t * (b_lat - a_lat))
            lons.append(a_lon + t * (b_lon - a_lon))
    return np.concatenate(lats), np.concatenate(lons)


def brute_force_km(lat, lon):
    fine_lat, fine_lon = fine_vertices()
    return np.array([np.min(geo.geodesic_km(a, b, fine_lat, fine_lon)) for a, b in zip(lat, lon)])


def test_matches_a_brute_force_over_10_m_pieces():
    rng = np.random.default_rng(7)
    lat, lon = rng.uniform(49.0, 51.1, 40), rng.uniform(1.5, 4.0, 40)
    line, km, foot_lat, foot_lon = grid_lines.nearest_line(lat, lon, grid_lines.index_lines(PATHS_LAT, PATHS_LON))
    expected = brute_force_km(lat, lon)
    # Never more than the documented bound; in practice within a few metres.
    assert np.all(km - expected <= grid_lines.ACCURACY_KM)
    assert np.all(km >= expected - 0.003)
    assert np.median(np.abs(km - expected)) < 0.003
    np.testing.assert_allclose(geo.geodesic_km(lat, lon, foot_lat, foot_lon), km)
    assert set(line) <= {0, 1, 2}


def test_a_point_on_the_line_is_at_zero_and_a_point_north_of_an_east_west_line_at_its_offset():
    lines = grid_lines.index_lines([[50.0, 50.0]], [[2.0, 3.0]])
    _, km, _, foot_lon = grid_lines.nearest_line([50.0, 50.1], [2.5, 2.43], lines)
    assert km[0] == pytest.approx(0, abs=1e-6)
    # Due north of the line (to within the parallel's curvature): the meridian arc from 50.0 to 50.1.
    assert km[1] == pytest.approx(geo.geodesic_km(50.0, 2.43, 50.1, 2.43), abs=0.01)
    assert foot_lon[1] == pytest.approx(2.43, abs=0.01)


def test_no_line_or_no_position_gives_unknown():
    empty = grid_lines.index_lines([], [])
    line, km, _, _ = grid_lines.nearest_line([50.0], [2.0], empty)
    assert line[0] == -1 and np.isnan(km[0])
    line, km, _, _ = grid_lines.nearest_line([np.nan, 50.0], [2.0, 2.0], grid_lines.index_lines(PATHS_LAT, PATHS_LON))
    assert line[0] == -1 and np.isnan(km[0]) and km[1] == pytest.approx(0, abs=1e-6)


def test_lines_and_substations_of_a_voltage():
    grid = pd.DataFrame({
        "kind": ["line", "line", "line", "substation", "substation"],
        "voltages": ["400", "400;225", "225", "400;225", "225;90"],
        "voltage_kv": [400, 400, 225, 400, 225],
        "name": ["a", "b", "c", "S1", "S2"], "lat": [50.0] * 5, "lon": [2.0] * 5,
        "path_lat": [[50, 51]] * 5, "path_lon": [[2, 3]] * 5,
    })
    assert list(grid_lines.lines_of(grid, 400)["name"]) == ["a", "b"]
    assert list(grid_lines.substations_of(grid, 225)["name"]) == ["S2"]
    assert grid_lines.lines_of(None).empty


def test_a_belgian_380_kv_line_is_a_400_kv_line_for_the_distance():
    from dashboard.data import osm_grid
    from tests.fixtures import overpass_json

    lines = grid_lines.lines_of(osm_grid.parse(overpass_json(border=True)), 400)
    assert "Avelgem - Avelin" in set(lines["name"])
    assert "Avelgem - Avelin" not in set(grid_lines.lines_of(osm_grid.parse(overpass_json(border=True)), 225)["name"])


def test_the_pieces_cover_every_line_once_and_stay_short():
    lines = grid_lines.index_lines(PATHS_LAT, PATHS_LON)
    x, y = grid_lines._TO_L93.transform(np.concatenate(PATHS_LON[:1]), np.concatenate(PATHS_LAT[:1]))
    first_line = lines.geometries[lines.line == 0]
    # The first line (≈ 77 km) is cut into pieces whose lengths add up to the projected line's (to
    # within the centimetres per km by which a lon/lat segment bows once projected).
    assert first_line.size > 5
    assert np.sum(shapely.length(first_line)) == pytest.approx(shapely.length(shapely.linestrings(np.column_stack((x, y)))), abs=1.0)
    # Each piece ends where the next begins, and none is much longer than PIECE_M (a cut falls at a vertex).
    ends = shapely.get_coordinates(shapely.get_point(first_line, -1))[:-1]
    starts = shapely.get_coordinates(shapely.get_point(first_line, 0))[1:]
    np.testing.assert_allclose(ends, starts)
    assert np.all(shapely.length(first_line) < grid_lines.PIECE_M + 2_000)
    assert set(lines.line) == {0, 1, 2}


def test_a_point_far_from_every_line_and_points_at_the_cuts_between_pieces():
    lines = grid_lines.index_lines(PATHS_LAT, PATHS_LON)
    cuts = shapely.get_coordinates(shapely.get_point(lines.geometries[lines.line == 0], 0))[1:]
    cut_lon, cut_lat = grid_lines._FROM_L93.transform(cuts[:, 0], cuts[:, 1])
    lat = np.r_[cut_lat + 0.01, 45.0]
    lon = np.r_[cut_lon, 0.0]
    line, km, _, _ = grid_lines.nearest_line(lat, lon, lines)
    expected = brute_force_km(lat, lon)
    assert np.all(np.abs(km - expected) < 0.003)
    assert km[-1] > 400 and line[-1] in {1, 2}
