"""Checked caches for every open dataset (issue 25, points 5-7): a download with fewer records than
the floor or than the cached file never replaces it, `HDF_OPENDATA_<NAME>_MIN_ROWS` is honoured,
a table without the columns the pages read (or with text where numbers are read) is refused by name,
an empty file is refused, and an override naming a missing file says so. Files in the publishers'
real formats, served by a local HTTP server."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import opendata
from tests.fixtures import cartofriches_real_csv, datagouv_listing, ign_datacenters_7z_of, overpass_lines_json

CSV_PATH = "/static/friches-standard-2026-04-15.csv"
GRID_PATH = "/api/interpreter"
IGN_PATH = "/ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01.7z"
DOWNLOADS = {  # dataset -> (path served, body of n records)
    "cartofriches": (CSV_PATH, cartofriches_real_csv),
    "osm_grid": (GRID_PATH, overpass_lines_json),
    "ign_datacenters": (IGN_PATH, ign_datacenters_7z_of),
}


@pytest.fixture
def serve(local_http, monkeypatch, tmp_path):
    """serve(name, body): the dataset's download answers `body`; the real floors (MIN_ROWS unset)."""
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES_URL", local_http.base + "/api/1/datasets/cartofriches/")
    local_http.routes["/api/1/datasets/cartofriches/"] = (200, datagouv_listing(local_http.base, CSV_PATH))
    monkeypatch.setenv("HDF_OPENDATA_OSM_GRID_URL", local_http.base + GRID_PATH)
    monkeypatch.setenv("HDF_OPENDATA_IGN_DATACENTERS_URL", local_http.base + IGN_PATH)
    for name in DOWNLOADS:
        monkeypatch.delenv(f"HDF_OPENDATA_{name.upper()}_MIN_ROWS")

    def answer(name: str, body: bytes) -> None:
        local_http.routes[DOWNLOADS[name][0]] = (200, body)

    return answer


@pytest.mark.parametrize("name, good, shrunk", [("cartofriches", 400, 201), ("osm_grid", 40, 20),
                                                ("ign_datacenters", 10, 5)])
def test_a_download_with_far_fewer_records_never_replaces_the_cache(serve, name, good, shrunk):
    build = DOWNLOADS[name][1]
    serve(name, build(good))
    opendata.fetch(name)
    serve(name, build(shrunk))
    with pytest.raises(opendata.CorruptDataError,
                       match=rf"{name}: corrupt or incomplete, {shrunk} rows of the region read, expected ≥ "
                             rf"{-(-good * 4 // 5)} \(80% of the {good} records of the cached file, which is kept; "
                             rf"set HDF_OPENDATA_{name.upper()}_MIN_ROWS to accept a smaller file\)"):
        opendata.fetch(name)
    serve(name, build(1))
    with pytest.raises(opendata.CorruptDataError, match="1 rows of the region read"):
        opendata.fetch(name)
    assert len(opendata.load(name)) == good  # the good cache is still the one read


@pytest.mark.parametrize("name, good", [("cartofriches", 400), ("osm_grid", 40), ("ign_datacenters", 10)])
def test_min_rows_setting_is_honoured(serve, monkeypatch, name, good):
    build = DOWNLOADS[name][1]
    serve(name, build(good))
    opendata.fetch(name)
    monkeypatch.setenv(f"HDF_OPENDATA_{name.upper()}_MIN_ROWS", str(good // 2))
    serve(name, build(good // 2 - 1))
    with pytest.raises(opendata.CorruptDataError,
                       match=rf"expected ≥ {good // 2} \(HDF_OPENDATA_{name.upper()}_MIN_ROWS\)"):
        opendata.fetch(name)
    serve(name, build(good // 2))  # the operator accepts a smaller edition
    opendata.fetch(name)
    assert len(opendata.load(name)) == good // 2


def test_the_floor_applies_without_a_cache(serve):
    serve("cartofriches", cartofriches_real_csv(99))
    with pytest.raises(opendata.CorruptDataError, match=r"99 rows of the region read, expected ≥ 100$"):
        opendata.fetch("cartofriches")
    serve("osm_grid", overpass_lines_json(9))
    with pytest.raises(opendata.CorruptDataError, match=r"9 rows of the region read, expected ≥ 10$"):
        opendata.fetch("osm_grid")
    assert not (opendata.cache_dir() / "cartofriches-hdf.parquet").exists()


def test_files_cut_in_half_never_replace_the_cache(serve):
    csv = cartofriches_real_csv(400)
    serve("cartofriches", csv)
    opendata.fetch("cartofriches")
    serve("cartofriches", csv[: len(csv) // 2])  # cut mid-row
    with pytest.raises(opendata.CorruptDataError, match=r"cartofriches: corrupt \(truncated: the last row has \d+ of 50"):
        opendata.fetch("cartofriches")
    grid = overpass_lines_json(40)
    serve("osm_grid", grid)
    opendata.fetch("osm_grid")
    serve("osm_grid", grid[: len(grid) // 2])
    with pytest.raises(opendata.OpenDataError, match="osm_grid: .*not JSON"):
        opendata.fetch("osm_grid")
    assert len(opendata.load("cartofriches")) == 400 and len(opendata.load("osm_grid")) == 40


def test_the_other_datasets_are_compared_with_their_cached_file_too(local_http, monkeypatch, tmp_path):
    from tests.data.test_opendata import substations_csv

    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    monkeypatch.setenv("HDF_OPENDATA_SUBSTATIONS_URL", local_http.base + "/postes.csv")
    monkeypatch.delenv("HDF_OPENDATA_SUBSTATIONS_MIN_ROWS")
    local_http.routes["/postes.csv"] = (200, substations_csv(400).encode())
    opendata.fetch("substations")
    local_http.routes["/postes.csv"] = (200, substations_csv(201).encode())
    with pytest.raises(opendata.CorruptDataError, match=r"201 rows read, expected ≥ 320 \(80% of the 400 records"):
        opendata.fetch("substations")
    assert len(opendata.load("substations")) == 400


# --- schema: the columns the pages read, numbers where numbers are read -----------------------------

def _cache(tmp_path, monkeypatch, name: str, frame: pd.DataFrame):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    path = tmp_path / opendata.DATASETS[name].filename
    frame.to_parquet(path, index=False)
    return path


@pytest.mark.parametrize("name", ["cartofriches", "osm_grid", "ign_datacenters"])
def test_a_cache_without_the_columns_is_refused_with_its_name_and_the_missing_columns(tmp_path, monkeypatch, name):
    path = _cache(tmp_path, monkeypatch, name, pd.DataFrame({"name": ["x"], "latitude": [50.0]}))
    with pytest.raises(opendata.OpenDataError) as error:
        opendata.load(name)
    message = str(error.value)
    assert message.startswith(f"{path}: {name}: not a usable file, column(s) missing: ")
    assert "lat, lon" in message and "name," not in message


def test_an_override_with_text_where_numbers_are_read_is_refused(tmp_path, monkeypatch):
    columns = opendata.DATASETS["ign_datacenters"].columns
    frame = pd.DataFrame([dict.fromkeys(columns, "1")]).assign(lat="cinquante", lon="3,05")
    path = tmp_path / "mine.parquet"
    frame.to_parquet(path, index=False)
    monkeypatch.setenv("HDF_OPENDATA_IGN_DATACENTERS", str(path))
    with pytest.raises(opendata.OpenDataError,
                       match=r"mine.parquet: ign_datacenters: not a usable file, column lat holds str \('cinquante'\), "
                             "expected numbers"):
        opendata.load("ign_datacenters")


def test_a_zero_row_file_is_refused_not_dated_today(tmp_path, monkeypatch):
    columns = opendata.DATASETS["cartofriches"].columns
    path = _cache(tmp_path, monkeypatch, "cartofriches", pd.DataFrame(columns=list(columns)))
    with pytest.raises(opendata.OpenDataError, match=rf"{path}: cartofriches: empty file \(0 rows\)"):
        opendata.load("cartofriches")
    header_only = tmp_path / "friches-standard-2026-04-15.csv"
    header_only.write_bytes(cartofriches_real_csv(0))
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES", str(header_only))
    with pytest.raises(opendata.OpenDataError, match="friches-standard-2026-04-15.csv: "):
        opendata.load("cartofriches")


def test_an_override_naming_a_missing_file_says_it_is_missing(tmp_path, monkeypatch):
    missing = tmp_path / "nowhere" / "postes.csv"
    monkeypatch.setenv("HDF_OPENDATA_SUBSTATIONS", str(missing))
    with pytest.raises(opendata.OpenDataError,
                       match=rf"{missing}: this file, named by HDF_OPENDATA_SUBSTATIONS, does not exist"):
        opendata.load("substations")
    monkeypatch.delenv("HDF_OPENDATA_SUBSTATIONS")
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    assert opendata.load("substations") is None  # no cache and no override: not downloaded, no error
