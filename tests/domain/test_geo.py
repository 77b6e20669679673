"""dashboard.domain.geo: exact ellipsoidal distances (checked against geopy), nearest substation with
spherical pruning, the grid columns of the sites, and the region test."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from geopy.distance import geodesic
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.domain import geo
from dashboard.domain.schema import GRID_COLUMNS

# Distances agree with GeographicLib (geopy) to well under a millimetre.
ATOL_KM = 1e-6

# A few real places (commune centroids / plant), for known pairs.
LILLE = (50.6292, 3.0573)
GRAVELINES = (51.0144, 2.1350)
BETHUNE = (50.5303, 2.6333)
AMIENS = (49.8942, 2.2957)
PARIS = (48.8566, 2.3522)

lat_st = st.floats(-89.9, 89.9)
lon_st = st.floats(-180, 180)


def geopy_km(a, b) -> float:
    return geodesic(a, b).km


@pytest.mark.parametrize(
    "a, b", [(LILLE, GRAVELINES), (BETHUNE, LILLE), (AMIENS, PARIS), (GRAVELINES, AMIENS), (LILLE, (-33.9, 151.2))]
)
def test_known_pairs_match_geopy(a, b):
    assert geo.geodesic_km(*a, *b) == pytest.approx(geopy_km(a, b), abs=ATOL_KM)


def test_lille_gravelines_is_about_78_km():
    # A plausibility anchor independent of geopy: Lille to Gravelines is ~78 km as the crow flies.
    assert 75 < geo.geodesic_km(*LILLE, *GRAVELINES) < 81


@settings(max_examples=300, deadline=None)
@given(lat_st, lon_st, lat_st, lon_st)
def test_random_pairs_match_geopy(lat1, lon1, lat2, lon2):
    expected = geopy_km((lat1, lon1), (lat2, lon2))
    assert geo.geodesic_km(lat1, lon1, lat2, lon2) == pytest.approx(expected, abs=ATOL_KM, rel=1e-9)


def test_vectorized_broadcasting_and_nan():
    lats = np.array([LILLE[0], np.nan, BETHUNE[0]])
    lons = np.array([LILLE[1], 2.0, BETHUNE[1]])
    out = geo.geodesic_km(lats, lons, GRAVELINES[0], GRAVELINES[1])
    assert out.shape == (3,)
    assert math.isnan(out[1])
    assert out[0] == pytest.approx(geopy_km(LILLE, GRAVELINES), abs=ATOL_KM)
    assert out[2] == pytest.approx(geopy_km(BETHUNE, GRAVELINES), abs=ATOL_KM)


def test_coincident_points_are_zero_km():
    assert geo.geodesic_km(*LILLE, *LILLE) == 0.0


@pytest.mark.parametrize("b", [(0.5, 179.7), (-0.2, 179.9), (0.0, 180.0)])
def test_nearly_antipodal_pairs_match_geopy(b):
    # Where Vincenty's iteration does not converge, Karney's algorithm (pyproj) still does.
    assert geo.geodesic_km(0.0, 0.0, *b) == pytest.approx(geopy_km((0.0, 0.0), b), abs=ATOL_KM)


def brute_force_nearest(points, targets):
    idx, km = [], []
    for p in points:
        d = [geopy_km(p, t) for t in targets]
        idx.append(int(np.argmin(d)))
        km.append(min(d))
    return np.array(idx), np.array(km)


def test_nearest_matches_geopy_brute_force_on_random_points():
    rng = np.random.default_rng(42)
    points = np.column_stack((rng.uniform(48.8, 51.1, 200), rng.uniform(1.3, 4.3, 200)))
    targets = np.column_stack((rng.uniform(48.5, 51.4, 40), rng.uniform(1.0, 4.6, 40)))
    idx, km = geo.nearest(points[:, 0], points[:, 1], targets[:, 0], targets[:, 1])
    expected_idx, expected_km = brute_force_nearest(points, targets)
    np.testing.assert_allclose(km, expected_km, rtol=0, atol=ATOL_KM)
    np.testing.assert_array_equal(idx, expected_idx)


def test_pruning_keeps_the_ellipsoidal_nearest_when_the_sphere_disagrees():
    # At 50°N a degree of longitude is relatively longer on the ellipsoid than on the sphere,
    # so a target due east can be nearer on the sphere yet farther on the ellipsoid than one due
    # north. The spherical pre-filter must not throw the true nearest away.
    origin = (50.0, 2.0)
    north = (50.0 + 0.1, 2.0)
    sphere_north = geo.MEAN_RADIUS_KM * math.radians(0.1)
    # Due east at a spherical distance 0.1 % below the northern one.
    dlon = math.degrees(
        2 * math.asin(math.sin(sphere_north * 0.999 / geo.MEAN_RADIUS_KM / 2) / math.cos(math.radians(50)))
    )
    east = (50.0, 2.0 + dlon)
    assert geopy_km(origin, east) > geopy_km(origin, north)  # the premise of the test
    idx, km = geo.nearest([origin[0]], [origin[1]], [east[0], north[0]], [east[1], north[1]])
    assert idx[0] == 1
    assert km[0] == pytest.approx(geopy_km(origin, north), abs=ATOL_KM)


def test_nearest_ignores_nan_and_reports_missing():
    idx, km = geo.nearest([50.0, np.nan], [2.0, 3.0], [np.nan, 50.1], [2.0, 2.0])
    assert idx[0] == 1 and km[0] == pytest.approx(geopy_km((50.0, 2.0), (50.1, 2.0)), abs=ATOL_KM)
    assert idx[1] == -1 and math.isnan(km[1])
    idx, km = geo.nearest([50.0], [2.0], [], [])
    assert idx[0] == -1 and math.isnan(km[0])


def test_nearest_tie_goes_to_first_target():
    idx, _ = geo.nearest([50.0], [2.0], [50.1, 50.1], [2.0, 2.0])
    assert idx[0] == 0


@pytest.mark.parametrize("neighbours", [1, 2])
def test_nearest_stays_exact_when_more_targets_are_within_reach_than_the_tree_asked(monkeypatch, neighbours):
    # Targets in tight clusters: several are within the pruning margin of the nearest, beyond
    # the k the tree was asked for, so the crowded rows' ball query must find them.
    monkeypatch.setattr(geo, "_KD_NEIGHBOURS", neighbours)
    rng = np.random.default_rng(3)
    points = np.column_stack((rng.uniform(49, 51, 30), rng.uniform(1.5, 4, 30)))
    centres = np.column_stack((rng.uniform(49, 51, 4), rng.uniform(1.5, 4, 4)))
    targets = np.repeat(centres, 5, axis=0) + rng.normal(0, 0.002, (20, 2))
    idx, km = geo.nearest(points[:, 0], points[:, 1], targets[:, 0], targets[:, 1])
    expected_idx, expected_km = brute_force_nearest(points, targets)
    np.testing.assert_array_equal(idx, expected_idx)
    np.testing.assert_allclose(km, expected_km, rtol=0, atol=ATOL_KM)


# --- grid columns -------------------------------------------------------------------------


def make_sites() -> pd.DataFrame:
    rows = [
        ("region-hdf", "Hauts-de-France", "region", np.nan, np.nan, np.nan),
        ("gravelines-plant", "Centrale nucléaire de Gravelines", "power_plant", *GRAVELINES, np.nan),
        ("poste-avelin", "Poste d'Avelin", "substation", 50.5400, 3.0800, 400),
        ("poste-mastaing", "Poste de Mastaing", "substation", 50.3000, 3.3000, 400),
        ("poste-x-225", "Poste 225 seed", "substation", 50.5300, 2.6400, 225),
        ("bethune-dc", "Data center Béthune", "data_center", *BETHUNE, np.nan),
    ]
    return pd.DataFrame(rows, columns=["site_id", "name", "project_type", "lat", "lon", "voltage_kv"])


def make_odre() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "code": ["A", "B", "C", "D"],
            "name": ["WARANDE", "BETHUNE 225", "FAR 225", "LOW 90"],
            "state": ["EN EXPLOITATION"] * 4,
            "voltage_kv": [400.0, 225.0, 225.0, 90.0],
            "lat": [51.0000, 50.5200, 49.5000, 50.5303],
            "lon": [2.3000, 2.6500, 3.0000, 2.6333],
        }
    )


def test_add_grid_distances_without_odre():
    sites = make_sites()
    out = geo.add_grid_distances(sites, None)
    assert list(out.columns[-5:]) == list(GRID_COLUMNS)
    assert len(out) == len(sites)
    dc = out.set_index("site_id").loc["bethune-dc"]
    assert dc["gravelines_km"] == pytest.approx(geopy_km(BETHUNE, GRAVELINES), abs=ATOL_KM)
    assert dc["nearest_400kv_name"] == "Poste d'Avelin"
    assert dc["nearest_400kv_km"] == pytest.approx(geopy_km(BETHUNE, (50.54, 3.08)), abs=ATOL_KM)
    # No ODRÉ: 225 kV unknown (the 225 kV seed is not used: seeds only carry the 400 kV posts).
    assert out["nearest_225kv_km"].isna().all()
    assert out["nearest_225kv_name"].isna().all()
    region = out.set_index("site_id").loc["region-hdf"]
    assert math.isnan(region["gravelines_km"]) and math.isnan(region["nearest_400kv_km"])
    assert pd.isna(region["nearest_400kv_name"])
    # The input is left alone.
    assert not set(GRID_COLUMNS) & set(sites.columns)


def test_add_grid_distances_with_odre_uses_its_400_and_225_kv():
    out = geo.add_grid_distances(make_sites(), make_odre()).set_index("site_id")
    dc = out.loc["bethune-dc"]
    assert dc["nearest_225kv_name"] == "BETHUNE 225"
    assert dc["nearest_225kv_km"] == pytest.approx(geopy_km(BETHUNE, (50.52, 2.65)), abs=ATOL_KM)
    # Gravelines is nearer to ODRÉ's WARANDE (400 kV) than to any seed substation.
    assert out.loc["gravelines-plant", "nearest_400kv_name"] == "WARANDE"
    # A substation is 0 km from itself.
    assert out.loc["poste-avelin", "nearest_400kv_km"] == 0.0


def test_an_odre_substation_at_a_seed_position_is_the_seed_one():
    # The seeds carry RTE's positions rounded to 5 decimals: ODRÉ's copy of the same substation,
    # a metre away, must not replace the seed's name.
    sites = make_sites()
    odre = make_odre()
    odre.loc[0, ["name", "lat", "lon"]] = ["AVELIN", 50.540004, 3.080004]
    targets = geo.grid_targets(sites, odre)
    assert "AVELIN" not in set(targets.kv400["name"])
    near_avelin = pd.DataFrame([("dc", "DC", "data_center", 50.5400041, 3.0800041, np.nan)], columns=sites.columns)
    out = geo.add_grid_distances(pd.concat([sites, near_avelin], ignore_index=True), odre).set_index("site_id")
    assert out.loc["dc", "nearest_400kv_name"] == "Poste d'Avelin"


def test_tap_points_are_not_substations():
    odre = make_odre()
    odre["function"] = [
        "Poste de transformation",
        "Point de piquage",
        "Poste de transformation",
        "Poste de transformation",
    ]
    targets = geo.grid_targets(make_sites(), odre)
    assert set(targets.kv225["name"]) == {"FAR 225"}
    out = geo.add_grid_distances(make_sites(), odre).set_index("site_id")
    assert out.loc["bethune-dc", "nearest_225kv_name"] == "FAR 225"


def test_gravelines_found_by_id_first_then_by_name(monkeypatch):
    sites = make_sites()
    sites.loc[len(sites)] = ["other-plant", "Gravelines bis (decoy)", "power_plant", 49.0, 2.0, np.nan]
    sites = sites.iloc[::-1].reset_index(drop=True)  # the decoy comes first by name
    assert geo.grid_targets(sites, None).gravelines[1:] == (49.0, 2.0)
    sites.loc[sites["site_id"] == "gravelines-plant", "site_id"] = geo.GRAVELINES_SITE_ID
    assert geo.grid_targets(sites, None).gravelines[1:] == GRAVELINES
    no_plant = make_sites()[lambda f: f["project_type"] != "power_plant"]
    out = geo.add_grid_distances(no_plant, None)
    assert out["gravelines_km"].isna().all()


def test_grid_targets_reports_225kv_availability():
    assert not geo.grid_targets(make_sites(), None).has_225kv
    targets = geo.grid_targets(make_sites(), make_odre())
    assert targets.has_225kv
    assert set(targets.kv225["name"]) == {"BETHUNE 225", "FAR 225"}
    assert list(targets.kv400["origin"]) == ["seeds", "seeds", "odre"]


def test_grid_distances_on_empty_sites():
    out = geo.add_grid_distances(make_sites().iloc[0:0], None)
    assert out.empty and set(GRID_COLUMNS) <= set(out.columns)


# --- inside the region --------------------------------------------------------------------

SQUARE_WITH_HOLE = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"code": "59"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [[2, 50], [3, 50], [3, 51], [2, 51], [2, 50]],
                    [[2.4, 50.4], [2.6, 50.4], [2.6, 50.6], [2.4, 50.6], [2.4, 50.4]],
                ],
            },
        },
        {
            "type": "Feature",
            "properties": {"code": "02"},
            "geometry": {
                "type": "MultiPolygon",
                "coordinates": [[[[4, 49], [4.2, 49], [4.2, 49.2], [4, 49.2], [4, 49]]]],
            },
        },
    ],
}


@pytest.mark.parametrize(
    "lat, lon, inside",
    [(50.2, 2.2, True), (50.5, 2.5, False), (51.5, 2.5, False), (49.1, 4.1, True), (49.1, 3.5, False)],
)
def test_in_outlines(lat, lon, inside):
    assert geo.in_outlines(lat, lon, SQUARE_WITH_HOLE) is inside


def test_in_region_uses_the_bbox_without_outlines():
    assert geo.in_region(*LILLE)
    assert not geo.in_region(43.6, 1.44)  # Toulouse
    assert not geo.in_region(*LILLE, outlines=SQUARE_WITH_HOLE)  # Lille is outside the test square


# --- borders drawn once ----------------------------------------------------------------------

def square(x0: float, y0: float, size: float = 1.0) -> dict:
    ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]
    return {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def test_border_lines_draw_a_shared_border_once_with_the_outlines_own_vertices():
    import shapely
    from shapely.geometry import shape

    outlines = {"type": "FeatureCollection", "features": [
        square(2.0, 50.0), square(3.0, 50.0),  # one shared edge, x = 3
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [2.5, 49.0]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": "broken"}},
    ]}
    (feature,) = geo.border_lines(outlines)["features"]
    lines = shape(feature["geometry"])
    assert lines.length == pytest.approx(7.0)  # 8 edges, the shared one once
    drawn = {tuple(c) for c in shapely.get_coordinates(lines).tolist()}
    given = {(x, y) for x in (2.0, 3.0, 4.0) for y in (50.0, 51.0)}
    assert drawn == given  # nothing moved, nothing added


def test_border_lines_within_a_box_and_a_tolerance_for_a_small_map():
    from shapely.geometry import shape

    wiggly = [[2.0 + i / 100, 50.0 + (0.0002 if i % 2 else 0.0)] for i in range(101)]  # ±20 m zigzag
    ring = [*wiggly, [3.0, 51.0], [2.0, 51.0], [2.0, 50.0]]
    outlines = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}
    whole = shape(geo.border_lines(outlines)["features"][0]["geometry"])
    boxed = shape(geo.border_lines(outlines, (1.9, 49.9, 2.5, 50.5))["features"][0]["geometry"])
    assert boxed.bounds[2] <= 2.5 and boxed.bounds[3] <= 50.5  # only what the box holds
    assert boxed.length == pytest.approx(0.5 + 0.5, rel=1e-3)  # half the south edge, half the west one
    simple = shape(geo.border_lines(outlines, tolerance=0.001)["features"][0]["geometry"])
    assert len(simple.coords) < 10 < len(whole.coords)  # the zigzag under 100 m dropped
    assert simple.hausdorff_distance(whole) <= 0.001


def test_border_lines_of_nothing_readable_is_an_empty_collection():
    assert geo.border_lines({"type": "FeatureCollection", "features": []}) == {"type": "FeatureCollection", "features": []}
    assert geo.border_lines({})["features"] == []


def test_departements_of_points_names_the_outline_each_point_lies_in():
    from tests.fixtures import outlines_geojson

    outlines = outlines_geojson(("80", "60"))  # the test Somme and Oise share no point below
    codes = geo.departements_of_points([49.95, 49.3, 48.0, float("nan")], [2.0, 2.0, 2.0, 2.0], outlines)
    assert list(codes) == ["80", "60", None, None]
    assert list(geo.departements_of_points([49.95], [2.0], None)) == [None]
