"""The open data shipped in data/reference/: read when nothing newer is downloaded, named with its
edition; a download or an override file replaces it."""

from __future__ import annotations

import json

import pytest

from dashboard.data import opendata
from tests.fixtures import commune, outlines_geojson


@pytest.fixture
def fresh_clone(embedded_open_data, monkeypatch, tmp_path):
    """No download cached, no override: what a fresh clone has."""
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    for name in opendata.DATASETS:
        monkeypatch.delenv(f"HDF_OPENDATA_{name.upper()}", raising=False)
    for name in ("outlines", "substations", "communes"):  # the real minimums apply to the real files
        monkeypatch.delenv(f"HDF_OPENDATA_{name.upper()}_MIN_ROWS", raising=False)
    return embedded_open_data


def test_a_fresh_clone_reads_the_embedded_outlines_substations_and_communes(fresh_clone):
    outlines = opendata.load("outlines")
    assert sorted(f["properties"]["code"] for f in outlines["features"]) == ["02", "59", "60", "62", "80"]
    substations = opendata.load("substations")
    assert len(substations) == 641 and (substations["voltage_kv"] == 400).sum() == 29
    communes = opendata.load("communes")
    # 3,806 communes; Hauts-Talican (60694) has no centre in the copy, so it cannot be placed
    assert len(communes) == 3805 and "60694" not in set(communes["insee"])
    assert list(communes.columns) == ["insee", "name", "departement", "lat", "lon"]
    lille = communes[communes["insee"] == "59350"].iloc[0]
    assert (lille["name"], lille["departement"]) == ("Lille", "59")
    assert lille["lat"] == pytest.approx(50.63, abs=0.02) and lille["lon"] == pytest.approx(3.05, abs=0.02)
    assert set(communes["departement"]) == {"02", "59", "60", "62", "80"}


def test_the_origin_names_the_embedded_file_and_its_edition(fresh_clone):
    origin = opendata.origin("substations")
    assert (origin.kind, origin.path, origin.as_of) == (
        "embedded", fresh_clone / "postes-electriques-rte-hauts-de-france.csv", "2024")
    assert opendata.origin("outlines").as_of == "2018" and opendata.origin("communes").as_of == "2024"
    assert opendata.origin("cartofriches").kind == "missing"  # nothing shipped: still downloaded on demand


def test_a_download_replaces_the_embedded_copy(fresh_clone, local_http, monkeypatch, tmp_path):
    local_http.routes["/communes.json"] = (200, json.dumps([commune("Béthune", "62119", "62", 2.64, 50.53)]).encode())
    monkeypatch.setenv("HDF_OPENDATA_COMMUNES_URL", local_http.base + "/communes.json")
    monkeypatch.setenv("HDF_OPENDATA_COMMUNES_MIN_ROWS", "1")
    opendata.fetch("communes")
    assert opendata.load("communes")["name"].tolist() == ["Béthune"]
    origin = opendata.origin("communes")
    assert origin.kind == "download" and origin.path == tmp_path / "cache" / "communes-hdf.json"
    assert len(origin.as_of) == 10  # the download's date, from its record


def test_an_override_file_replaces_the_embedded_copy(fresh_clone, monkeypatch, tmp_path):
    path = tmp_path / "nord.geojson"
    path.write_text(json.dumps(outlines_geojson(("59",))), encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(path))
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES_MIN_ROWS", "1")
    assert [f["properties"]["code"] for f in opendata.load("outlines")["features"]] == ["59"]
    assert opendata.origin("outlines").kind == "override"


def test_without_the_reference_folder_nothing_is_there(monkeypatch, tmp_path):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("HDF_OPENDATA_SUBSTATIONS", raising=False)
    assert opendata.load("substations") is None and opendata.origin("substations").kind == "missing"


def test_the_embedded_communes_csv_is_checked_like_a_download(monkeypatch, tmp_path):
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "communes-hauts-de-france.csv").write_text("insee_com,commune\n59350,Lille\n", encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_REFERENCE_DIR", str(folder))
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("HDF_OPENDATA_COMMUNES", raising=False)
    with pytest.raises(opendata.OpenDataError, match="insee_dep, lat, lng missing"):
        opendata.load("communes")


def test_a_real_layout_cartofriches_file_is_placed_with_the_embedded_outlines(fresh_clone, monkeypatch, tmp_path):
    from tests.fixtures import cartofriches_csv

    path = tmp_path / "friches-standard-2026-04-15.csv"
    path.write_bytes(cartofriches_csv())
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES", str(path))
    frame = opendata.load("cartofriches").set_index("site_id")
    assert frame.attrs["rows"] == {"read": 9, "region": 6, "placed": 5, "refused": 1}
    assert frame.loc["00000_41", "departement"] == "80"  # no commune code: the Somme, from its point
    assert "00000_42" not in frame.index  # Charleville-Mézières: outside the region's real outlines
