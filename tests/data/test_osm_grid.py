"""OSM grid (Overpass): real tags' variety, duplicates, the cache and its date, the ODbL credit."""

from __future__ import annotations

import math
import urllib.parse

import pytest

from dashboard.data import opendata, osm_grid
from tests.fixtures import (
    OVERPASS_MEMORY_REMARK,
    OVERPASS_TIMEOUT_REMARK,
    overpass_json,
    overpass_partial_json,
    overpass_timeout_json,
)


@pytest.mark.parametrize(
    ("tag", "kv", "voltages"),
    [("400000", 400, "400"), ("400000;225000", 400, "400;225"), ("225000; 90000", 225, "225;90"),
     ("400 kV", 400, "400"), ("", math.nan, ""), (None, math.nan, ""), ("unknown", math.nan, ""),
     # Belgian tags by the border: the 400 / 225 kV classes, the voltage kept as written
     ("380000", 400, "380"), ("220000;70000", 225, "220;70"), ("380000;220000", 400, "380;220")],
)
def test_voltage_tags(tag, kv, voltages):
    got_kv, got_voltages = osm_grid.parse_voltages(tag)
    assert (math.isnan(got_kv) if math.isnan(kv) else got_kv == kv) and got_voltages == voltages


def test_parse_places_ways_and_relations_at_their_centre_and_drops_duplicates():
    frame = osm_grid.parse(overpass_json())
    substations = frame[frame["kind"] == "substation"].set_index("osm_id")
    # Node 1 (Warande, 400 kV) lies inside way 2 (same highest voltage): one substation, the area.
    assert sorted(substations.index) == [2, 3, 4, 5]
    assert substations.loc[2, "voltages"] == "400;225;90" and substations.loc[2, "lat"] == pytest.approx(50.9501)
    assert substations.loc[3, "osm_type"] == "relation" and substations.loc[3, "voltage_kv"] == 400
    assert math.isnan(substations.loc[4, "voltage_kv"])  # no voltage tag: kept, never a 400 kV target
    lines = frame[frame["kind"] == "line"].set_index("osm_id")
    assert sorted(lines.index) == [101, 102]  # 101 returned twice, 103 has a single vertex
    assert list(lines.loc[101, "path_lat"]) == [50.54, 50.75, 50.95]
    assert frame.attrs["as_of"] == "2026-11-20"


def test_an_overloaded_overpass_answer_is_a_clear_error():
    with pytest.raises(osm_grid.OsmGridError, match="not JSON"):
        osm_grid.parse(b"<html><body>504 Gateway Timeout</body></html>")
    with pytest.raises(osm_grid.OsmGridError, match="elements"):
        osm_grid.parse(b'{"version": 0.6}')


@pytest.mark.parametrize(("answer", "remark", "count"), [(overpass_timeout_json, OVERPASS_TIMEOUT_REMARK, 0),
                                                         (overpass_partial_json, OVERPASS_MEMORY_REMARK, 3)])
def test_an_answer_with_a_remark_is_incomplete_and_quoted(answer, remark, count):
    with pytest.raises(opendata.OpenDataError) as error:
        osm_grid.parse(answer())
    assert f"the server's remark: “{remark}” (after {count} element(s))" in str(error.value)
    assert str(error.value).startswith("osm_grid: the Overpass answer is incomplete")


@pytest.mark.parametrize("answer", [overpass_timeout_json, overpass_partial_json])
def test_an_incomplete_answer_is_never_cached_and_the_previous_file_kept(answer, local_http, monkeypatch, tmp_path):
    local_http.routes["/api/interpreter"] = (200, overpass_json())
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    monkeypatch.delenv("HDF_OPENDATA_OSM_GRID", raising=False)
    monkeypatch.setenv("HDF_OPENDATA_OSM_GRID_URL", osm_grid.query_url(local_http.base + "/api/interpreter"))
    local_http.routes["/api/interpreter"] = (200, answer())
    with pytest.raises(opendata.OpenDataError, match="remark"):
        opendata.fetch("osm_grid")
    assert not any(tmp_path.iterdir())  # nothing cached from an incomplete answer
    local_http.routes["/api/interpreter"] = (200, overpass_json())
    opendata.fetch("osm_grid")
    cached = tmp_path / "osm-grid-hdf.parquet"
    stamp = cached.stat().st_mtime_ns
    local_http.routes["/api/interpreter"] = (200, answer())
    with pytest.raises(opendata.OpenDataError, match="previous file, if any, is kept"):
        opendata.fetch("osm_grid")
    assert cached.stat().st_mtime_ns == stamp and len(opendata.load("osm_grid")) == 6


def test_belgian_380_and_220_kv_are_the_400_and_225_kv_classes_and_rows_are_counted():
    frame = osm_grid.parse(overpass_json(border=True)).set_index("osm_id")
    assert (frame.loc[201, "voltage_kv"], frame.loc[201, "voltages"]) == (400, "380")
    assert (frame.loc[202, "voltage_kv"], frame.loc[202, "voltages"]) == (225, "220;70")
    # 12 elements: 8 objects kept (2 returned twice, 1 mapped twice), 7 of them 400 / 225 kV, 1 line
    # with a single vertex refused.
    assert frame.attrs["rows"] == {"read": 12, "region": 8, "placed": 7, "refused": 1}


def test_the_query_asks_the_region_bbox_lines_with_geometry_and_centres():
    query = urllib.parse.parse_qs(urllib.parse.urlparse(osm_grid.query_url()).query)["data"][0]
    assert "(48.83,1.37,51.09,4.26)" in query and "out center tags;" in query and "out geom tags;" in query
    assert 'way["power"="line"]' in query and '"substation"="transmission"' in query


def test_fetch_caches_parquet_and_reloads_lines_with_their_paths(local_http, monkeypatch, tmp_path):
    local_http.routes["/api/interpreter"] = (200, overpass_json())
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    monkeypatch.delenv("HDF_OPENDATA_OSM_GRID", raising=False)
    monkeypatch.setenv("HDF_OPENDATA_OSM_GRID_URL", osm_grid.query_url(local_http.base + "/api/interpreter"))
    assert opendata.load("osm_grid") is None
    opendata.fetch("osm_grid")
    assert local_http.requests[0].startswith("/api/interpreter?data=")
    frame = opendata.load("osm_grid")
    assert frame.attrs["as_of"] == "2026-11-20" and len(frame) == 6
    line = frame[frame["osm_id"] == 101].iloc[0]
    assert list(line["path_lon"]) == [3.08, 2.65, 2.21]


def test_the_registry_names_licence_and_use():
    entry = opendata.DATASETS["osm_grid"]
    assert "ODbL" in entry.licence and entry.tabular and "400 kV" in entry.purpose
    assert opendata.DATASETS["cartofriches"].licence == "Licence Ouverte 2.0"
