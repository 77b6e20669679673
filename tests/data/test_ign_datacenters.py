"""IGN's "Localisation et caractérisation des datacenters en France": a 7z holding a GeoPackage in
Lambert-93, written here in that real format (GDAL through pyogrio, py7zr), served by a local server,
fetched, cached as Parquet and read back in WGS 84 for the five départements; each bad download is a
clear error that keeps the file cached before it."""

from __future__ import annotations

import hashlib
import io
import sqlite3

import numpy as np
import pandas as pd
import pytest

from dashboard.data import ign_datacenters, opendata
from tests.fixtures import (
    COMMUNES_JSON,
    ENREZO_FIELDS,
    ENREZO_ROWS,
    enrezo_gpkg,
    ign_datacenters_7z,
    lambert93,
    outlines_geojson,
    seven_zip,
)

# The real file's path on data.geopf.fr, served locally: the cache's date is read from it.
ARCHIVE = "/ENR/ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01.7z"
TOULOUSE_ONLY = ENREZO_ROWS[4:]  # one feature, outside the five départements and their bounding box


def _communes():
    import json

    from dashboard.data.administrative import parse_communes

    return parse_communes(json.dumps(COMMUNES_JSON).encode())


@pytest.fixture
def server(local_http, monkeypatch, tmp_path):
    """The archive at its path, the cache in the test's folder; returns the local server."""
    local_http.routes[ARCHIVE] = (200, ign_datacenters_7z())
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("HDF_OPENDATA_IGN_DATACENTERS", raising=False)
    monkeypatch.setenv("HDF_OPENDATA_IGN_DATACENTERS_URL", local_http.base + ARCHIVE)
    return local_http


def test_fetch_caches_the_region_in_wgs84_with_the_attributes_as_written(server):
    assert opendata.load("ign_datacenters") is None
    path = opendata.fetch("ign_datacenters")
    assert path.name == "ign-datacenters-hdf.parquet"
    frame = opendata.load("ign_datacenters").set_index("id")
    # No communes list nor outlines in use: the four features inside the region's bounding box are
    # kept, their département unknown; the one by Toulouse is left out.
    assert sorted(frame.index) == ["DC-1", "DC-2", "DC-3", "DC-4"]
    for _id, _name, *_, lon, lat in ENREZO_ROWS[:4]:
        assert abs(frame.loc[_id, "lat"] - lat) < 1e-5 and abs(frame.loc[_id, "lon"] - lon) < 1e-5, _id
    assert frame["departement"].isna().all()
    assert list(frame["name"]) == ["Centre <b>Lille</b>", "Béthune DC", "Beaumont DC", "fid 4"]  # no nom: the fid
    # Every attribute as written, as text; a missing value stays missing (never 0, never "").
    lille = frame.loc["DC-1"]
    assert (lille["nom"], lille["categorie"], lille["com_nom"], lille["qualite_xy"], lille["source"]) == (
        "Centre <b>Lille</b>", "Datacenter", "Lille", "1", "Source A")
    assert pd.isna(frame.loc["DC-2", "source"]) and pd.isna(frame.loc["DC-4", "com_nom"])
    cached = opendata.load("ign_datacenters")
    assert list(cached.columns[:6]) == list(ign_datacenters.OWN_COLUMNS)
    assert cached.attrs["as_of"] == "2024-04-01" and cached.attrs["url"].endswith(ARCHIVE)
    assert cached.attrs["sha256"] == hashlib.sha256(server.routes[ARCHIVE][1]).hexdigest()
    assert any("4 feature(s) kept because they lie in the region's bounding box (com_nom empty or not matched"
               in problem for problem in cached.attrs["problems"])


def test_a_polygon_is_placed_inside_it_and_points_are_exact():
    frame = ign_datacenters.parse(enrezo_gpkg(squares=("DC-3",))).set_index("id")
    from pyproj import Transformer

    back = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    x, y = lambert93(2.96, 50.46)
    for dx, dy in ((-200, -200), (200, 200)):  # the square's corners bound the placed point
        lon, lat = back.transform(x + dx, y + dy)
        assert (lat - frame.loc["DC-3", "lat"]) * dy > 0 and (lon - frame.loc["DC-3", "lon"]) * dx > 0
    assert abs(frame.loc["DC-1", "lat"] - 50.6292) < 1e-5 and frame.loc["DC-1", "layer"] == "datacenter"


def test_field_names_are_read_whatever_their_case_and_the_bounding_box_is_the_fallback():
    # Upper-case field names: the name and the commune found all the same.
    upper = tuple(field.upper() for field in ENREZO_FIELDS)
    frame = ign_datacenters.parse(enrezo_gpkg(fields=upper), communes=_communes()).set_index("ID")
    assert frame.loc["DC-1", "name"] == "Centre <b>Lille</b>" and frame.loc["DC-1", "departement"] == "59"
    assert "COM_NOM" in frame.columns and "QUALITE_XY" in frame.columns
    # Neither EnRezo's name nor its commune field: the feature id names each row; the bounding box
    # decides, which keeps the four in it and drops Toulouse, and says why.
    frame = ign_datacenters.parse(enrezo_gpkg(fields=("a", "b", "c", "d", "e", "f")), communes=_communes())
    assert sorted(frame["name"]) == ["fid 1", "fid 2", "fid 3", "fid 4"]
    assert frame["departement"].isna().all()
    assert "(no com_nom field)" in " ".join(frame.attrs["problems"])


def test_attributes_named_like_the_product_s_columns_are_kept_beside_them():
    frame = ign_datacenters.parse(enrezo_gpkg(extra={"name": "nom du fichier", "layer": "couche", "lat": "12.5"}),
                                  communes=_communes())
    lille = frame.set_index("id").loc["DC-1"]
    assert lille["name"] == "Centre <b>Lille</b>" and lille["name (IGN)"] == "nom du fichier"  # `nom` names it
    assert lille["layer (IGN)"] == "couche" and lille["lat (IGN)"] == "12.5" and lille["layer"] == "datacenter"
    assert abs(lille["lat"] - 50.6292) < 1e-5 and lille["departement"] == "59"


def test_a_bare_geopackage_is_read_too_for_a_local_copy():
    assert len(ign_datacenters.parse(enrezo_gpkg())) == 4


def empty_gpkg(tmp_path) -> bytes:
    """A GeoPackage whose only layer was removed."""
    path = tmp_path / "empty.gpkg"
    path.write_bytes(enrezo_gpkg())
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM gpkg_geometry_columns")
        db.execute("DELETE FROM gpkg_contents")
        db.execute("DROP TABLE datacenter")
    return path.read_bytes()


def line_gpkg() -> bytes:
    import pyogrio.raw
    import shapely

    line = shapely.LineString([lambert93(3.0, 50.6), lambert93(3.1, 50.7)])
    buffer = io.BytesIO()
    pyogrio.raw.write(buffer, np.array([shapely.to_wkb(line)], dtype=object), [np.array(["ligne"], dtype=object)],
                      ["nom"], driver="GPKG", layer="lignes", crs="EPSG:2154", geometry_type="LineString")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (lambda tmp: b"<!DOCTYPE html><html><body>Service en maintenance</body></html>",
         r"the download is not a 7z archive \(nor a GeoPackage\): it starts with '<!DOCTYPE html>"),
        (lambda tmp: seven_zip({"DTCNTR/LISEZ-MOI.txt": b"readme", "DTCNTR/data.csv": b"a;b"}),
         r"no \.gpkg file in the 7z archive \(it holds DTCNTR/LISEZ-MOI\.txt, DTCNTR/data\.csv\)"),
        (lambda tmp: seven_zip({"a.gpkg": enrezo_gpkg(), "b.gpkg": enrezo_gpkg()}),
         r"2 \.gpkg files in the 7z archive"),
        (lambda tmp: seven_zip({"DTCNTR/vide.gpkg": empty_gpkg(tmp)}), r"no layer could be read from DTCNTR/vide\.gpkg"),
        (lambda tmp: seven_zip({"lignes.gpkg": line_gpkg()}),
         r"no point or polygon geometry in the GeoPackage \(geometry types found: LineString\)"),
        (lambda tmp: seven_zip({"toulouse.gpkg": enrezo_gpkg(rows=TOULOUSE_ONLY)}),
         r"no feature in the region \(départements 02, 59, 60, 62, 80\): 1 feature\(s\) read"),
        (lambda tmp: ign_datacenters_7z()[:400], r"the 7z archive cannot be unpacked \(Bad7zFile"),
    ],
    ids=["html-page", "no-gpkg", "two-gpkg", "no-layer", "lines-only", "none-in-region", "truncated"],
)
def test_a_bad_download_is_a_clear_error_and_keeps_the_cached_file(server, tmp_path, body, message):
    opendata.fetch("ign_datacenters")
    before = opendata.load("ign_datacenters")
    server.routes[ARCHIVE] = (200, body(tmp_path))
    with pytest.raises(opendata.OpenDataError, match=r"^ign_datacenters: " + message):
        opendata.fetch("ign_datacenters")
    after = opendata.load("ign_datacenters")
    assert after.attrs["sha256"] == before.attrs["sha256"] and len(after) == len(before) == 4


def test_an_unreadable_override_file_is_named_in_the_error(monkeypatch, tmp_path):
    path = tmp_path / "ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01.7z"
    path.write_bytes(b"<html>404</html>")
    monkeypatch.setenv("HDF_OPENDATA_IGN_DATACENTERS", str(path))
    with pytest.raises(opendata.OpenDataError, match=f"{path.name}: ign_datacenters: the download is not a 7z"):
        opendata.load("ign_datacenters")
    path.write_bytes(ign_datacenters_7z())
    frame = opendata.load("ign_datacenters")
    assert frame.attrs["as_of"] == "2024-04-01" and len(frame) == 4  # the date from the file's name


def test_command_line_fetch_and_the_registry(server, capsys):
    assert opendata.main(["fetch", "ign_datacenters"]) == 0
    assert "ign_datacenters: saved" in capsys.readouterr().out
    entry = opendata.DATASETS["ign_datacenters"]
    assert entry.tabular and entry.publisher.startswith("IGN") and "Cerema" in entry.publisher
    assert entry.licence == "unconfirmed"  # the portal names none: never invented
    assert entry.download_url.startswith("https://data.geopf.fr/telechargement/download/ENR/")
    assert entry.download_url.endswith("ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01.7z")
    server.routes[ARCHIVE] = (404, b"not found")
    assert opendata.main(["fetch", "ign_datacenters"]) == 1
    assert "HTTP 404" in capsys.readouterr().err


# --- The département from com_nom, else from the point -------------------------------------------

def test_enrezo_commune_names_give_the_departement_without_outlines():
    frame = ign_datacenters.parse(enrezo_gpkg(), communes=_communes()).set_index("id")
    assert frame.loc["DC-1", "departement"] == "59"  # Lille, by its name, no outlines loaded
    assert frame.loc["DC-2", "departement"] == "62"  # "BETHUNE": case and accents folded
    assert frame.loc["DC-3", "departement"] == "62"  # Beaumont (62 and 02): the nearest to the point
    assert frame.loc["DC-1", "name"] == "Centre <b>Lille</b>"
    # EnRezo's attributes kept as written
    assert (frame.loc["DC-1", "categorie"], frame.loc["DC-1", "qualite_xy"], frame.loc["DC-1", "source"]) == (
        "Datacenter", "1", "Source A")
    assert "DC-5" not in frame.index  # a Beaumont 700 km from both: its name is not used, its point is far
    assert {"kind": "by_name_ambiguous", "n": 1, "ids": ["3"]} in frame.attrs["issues"]
    assert frame.attrs["rows"] == {"read": 5, "region": 4, "placed": 4, "refused": 0}


def test_enrezo_without_a_commune_name_takes_the_departement_from_the_point():
    frame = ign_datacenters.parse(enrezo_gpkg(), communes=_communes(), outlines=outlines_geojson(("62",)))
    frame = frame.set_index("id")
    assert frame.loc["DC-4", "departement"] == "62" and {"kind": "by_point", "n": 1, "ids": ["4"]} in frame.attrs["issues"]
    assert frame.loc["DC-1", "departement"] == "59"  # the name still wins over the (Pas-de-Calais only) outlines


def test_the_download_uses_the_communes_in_use_for_enrezo_names(monkeypatch, tmp_path):
    import json

    communes = tmp_path / "communes.json"
    communes.write_text(json.dumps(COMMUNES_JSON), encoding="utf-8")
    archive = tmp_path / "ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01.7z"
    archive.write_bytes(seven_zip({"ENR/datacenter.gpkg": enrezo_gpkg()}))
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HDF_OPENDATA_COMMUNES", str(communes))
    monkeypatch.setenv("HDF_OPENDATA_IGN_DATACENTERS", str(archive))
    monkeypatch.delenv("HDF_OPENDATA_OUTLINES", raising=False)
    frame = opendata.load("ign_datacenters").set_index("id")
    assert opendata.load("outlines") is None
    assert frame.loc["DC-1", "departement"] == "59" and frame.attrs["as_of"] == "2024-04-01"
