"""The suitability surface: cells of the region, inputs computed once, rescoring, best zones."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.domain import geo, siting, surface

NORD = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "59"}, "geometry": {
    "type": "Polygon", "coordinates": [[[2.9, 50.4], [3.3, 50.4], [3.3, 50.7], [2.9, 50.7], [2.9, 50.4]]]}}]}
KV400 = pd.DataFrame({"name": ["AVELIN"], "lat": [50.54], "lon": [3.08], "origin": ["seeds"]})
LINES = pd.DataFrame({"name": ["Avelin - Warande"], "path_lat": [[50.54, 50.75]], "path_lon": [[3.08, 2.65]]})
BROWNFIELDS = pd.DataFrame({
    "site_id": ["59350_1", "59009_2"], "name": ["Filature", ""], "commune": ["Lille", "Villeneuve-d'Ascq"],
    "lat": [50.45, 50.62], "lon": [3.0, 3.15], "surface_m2": [300_000.0, 10_000.0],
})


def data(**overrides) -> surface.GridData:
    values = {"targets": geo.GridTargets(gravelines=("Gravelines", 51.0144, 2.135), kv400=KV400, kv225=None),
              "lines_400kv": LINES, "brownfields": BROWNFIELDS}
    values.update(overrides)
    return surface.GridData(**values)


def test_cells_cover_the_outline_and_fall_back_to_the_bounding_box():
    cells = surface.region_cells(NORD, 7)
    lat, lon = surface.cell_centres(cells)
    assert 200 < len(cells) < 400  # ~28 km x 33 km / 5.2 km2
    assert lat.min() >= 50.4 and lat.max() <= 50.7 and lon.min() >= 2.9 and lon.max() <= 3.3
    assert len(surface.region_cells(None, 5)) > len(surface.region_cells(NORD, 5))


def test_inputs_hold_every_distance_once():
    inputs = surface.surface_inputs(NORD, data(), 7)
    lat, lon = inputs["lat"].to_numpy(), inputs["lon"].to_numpy()
    np.testing.assert_allclose(inputs["nearest_400kv_km"], geo.geodesic_km(lat, lon, 50.54, 3.08))
    np.testing.assert_allclose(inputs["lille_km"], geo.geodesic_km(lat, lon, siting.LILLE_LAT, siting.LILLE_LON))
    assert (inputs["nearest_400kv_line_km"] <= inputs["nearest_400kv_km"] + 1e-9).all()  # the substation ends the line
    assert inputs["nearest_225kv_km"].isna().all()  # no 225 kV data: unknown, not 0
    assert inputs["max_brownfield_m2"].notna().sum() == 2 and inputs.attrs["from_outlines"]


def test_only_cells_holding_a_large_enough_brownfield_count_as_brownfield():
    inputs = surface.surface_inputs(NORD, data(), 7)
    scored_300mw = surface.score_surface(inputs, preset="300mw")  # needs 20 ha
    scored_30mw = surface.score_surface(inputs, preset="30mw")  # needs 3 ha
    assert scored_300mw["brownfield_cell"].sum() == 1  # the 30 ha one only
    assert scored_30mw["brownfield_cell"].sum() == 1  # the 1 ha one is under 3 ha
    big = scored_300mw[scored_300mw["brownfield_cell"]].iloc[0]
    others = scored_300mw[~scored_300mw["brownfield_cell"]]
    assert big["confidence"] > others["confidence"].max()


def test_a_weight_change_moves_the_scores_without_recomputing_distances(monkeypatch):
    inputs = surface.surface_inputs(NORD, data(), 7)
    monkeypatch.setattr(geo, "nearest", lambda *a, **k: pytest.fail("distances computed again"))
    grid_only = surface.score_surface(inputs, {"dist_400kv": 100})
    lille_only = surface.score_surface(inputs, {"dist_lille": 100})
    # The closest cell to the substation (or to Lille) scores the most under that weighting only.
    assert grid_only.loc[inputs["nearest_400kv_km"].idxmin(), "score"] == grid_only["score"].max()
    assert lille_only.loc[inputs["lille_km"].idxmin(), "score"] == lille_only["score"].max()
    assert lille_only.loc[inputs["nearest_400kv_km"].idxmin(), "score"] < lille_only["score"].max()


def test_exclusions_apply_to_cells():
    inputs = surface.surface_inputs(NORD, data(), 7)
    preset = siting.get_preset("1gw").with_exclusions(far_from_400kv=10)
    scored = surface.score_surface(inputs, preset=preset)
    assert scored["excluded"].to_numpy().tolist() == (inputs["nearest_400kv_km"] > 10).to_numpy().tolist()
    assert scored.loc[scored["excluded"], "rank"].isna().all()


def test_best_zones_are_spread_out_and_say_where_they_are():
    inputs = surface.surface_inputs(NORD, data(), 7)
    zones = surface.best_zones(surface.score_surface(inputs), n=5, spacing_km=8)
    assert len(zones) == 5 and zones["score"].is_monotonic_decreasing
    lat, lon = zones["lat"].to_numpy(), zones["lon"].to_numpy()
    pairwise = geo.geodesic_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    assert pairwise[~np.eye(5, dtype=bool)].min() >= 8
    assert set(zones["nearest_brownfield_name"]) <= {"Filature (Lille)", "59009_2 (Villeneuve-d'Ascq)"}
    assert zones["line_point_lat"].notna().all()


def test_cells_geojson_has_one_closed_hexagon_per_cell():
    cells = surface.region_cells(NORD, 6)
    geojson = surface.cells_geojson(cells)
    assert [f["id"] for f in geojson["features"]] == cells
    ring = geojson["features"][0]["geometry"]["coordinates"][0]
    assert len(ring) == 7 and ring[0] == ring[-1]


def test_a_hexagon_across_the_border_is_cut_to_the_outline_and_one_inside_is_whole():
    """Issue 20: the surface stops at the region's edge. NORD's west edge (lon 2.9) crosses cells
    whose centre is inside: each is cut to the outline; a cell far from the edges keeps its hexagon."""
    import shapely
    from shapely.geometry import shape

    cells = surface.region_cells(NORD, 6)
    region = geo.region_geometry(NORD)
    geometries = surface.cell_geometries(cells, region)
    hexagons = {c: shape(g) for c, g in zip(cells, surface.cell_geometries(cells))}
    crossing = [c for c in cells if not region.contains(hexagons[c])]
    assert crossing, "some cell of NORD crosses its edge"
    for cell, geometry in zip(cells, geometries):
        cut = shape(geometry)
        assert cut.is_valid and not cut.is_empty
        # Inside the outline (up to the 1e-5° coordinate grid), never beyond the west edge.
        assert region.buffer(2e-5).contains(cut), cell
        assert min(x for x, _ in shapely.get_coordinates(cut)) >= 2.9 - 1e-5
        if cell in crossing:
            assert cut.area < hexagons[cell].area * 0.999
        else:
            assert cut.equals_exact(hexagons[cell], 1e-5)  # the whole hexagon
    # Inputs carry the cut geometry, and the choropleth draws it.
    inputs = surface.surface_inputs(NORD, data(), 6)
    by_cell = dict(zip(inputs["cell"], inputs["geometry"]))
    edge = crossing[0]
    assert shape(by_cell[edge]).area < hexagons[edge].area
    drawn = surface.cells_geojson(inputs["cell"], inputs["geometry"])
    assert {f["id"]: f["geometry"] for f in drawn["features"]}[edge] == by_cell[edge]
