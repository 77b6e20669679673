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
from tests.fixtures import IGN_POINTS, ign_datacenters_7z, ign_datacenters_gpkg, lambert93, seven_zip

# The real file's path on data.geopf.fr, served locally: the cache's date is read from it.
ARCHIVE = "/ENR/ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01.7z"
PARIS_ONLY = ((*IGN_POINTS[2][:4], None, None),)  # one feature, outside the five départements


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
    frame = opendata.load("ign_datacenters").set_index("name")
    # Lille, Béthune, the Amiens polygon (placed at its centre) and the unnamed point near Lens;
    # Paris lies inside the region's bounding box but its commune code is 75056: left out.
    assert sorted(frame.index) == ["Amiens", "Béthune DC", "Centre <b>Lille</b>", "fid 5"]
    expected = {"Centre <b>Lille</b>": (50.6292, 3.0573), "Béthune DC": (50.5303, 2.6333), "Amiens": (49.8941, 2.2957),
                "fid 5": (50.43, 2.83)}
    for name, (lat, lon) in expected.items():
        assert abs(frame.loc[name, "lat"] - lat) < 1e-5 and abs(frame.loc[name, "lon"] - lon) < 1e-5, name
    assert list(frame.loc[["Centre <b>Lille</b>", "Béthune DC", "Amiens"], "departement"]) == ["59", "62", "80"]
    assert pd.isna(frame.loc["fid 5", "departement"])  # no code: unknown, kept by the bounding box
    # Every attribute as written, as text; a missing value stays missing (never 0, never "").
    lille = frame.loc["Centre <b>Lille</b>"]
    assert (lille["nom"], lille["code_insee"], lille["operateur"], lille["puissance_mw"]) == (
        "Centre <b>Lille</b>", "59350", "Opérateur A", "12.5")
    assert pd.isna(frame.loc["Béthune DC", "operateur"]) and pd.isna(frame.loc["Béthune DC", "puissance_mw"])
    cached = opendata.load("ign_datacenters")
    assert list(cached.columns[:6]) == list(ign_datacenters.OWN_COLUMNS)
    assert cached.attrs["as_of"] == "2024-04-01" and cached.attrs["url"].endswith(ARCHIVE)
    assert cached.attrs["sha256"] == hashlib.sha256(server.routes[ARCHIVE][1]).hexdigest()
    assert any("bounding box" in problem for problem in cached.attrs["problems"])


def test_a_polygon_is_placed_inside_it_and_points_are_exact():
    frame = ign_datacenters.parse(ign_datacenters_7z(unnamed=False)).set_index("name")
    from pyproj import Transformer

    back = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    x, y = lambert93(2.2957, 49.8941)
    for dx, dy in ((-200, -200), (200, 200)):  # the square's corners bound the placed point
        lon, lat = back.transform(x + dx, y + dy)
        assert (lat - frame.loc["Amiens", "lat"]) * dy > 0 and (lon - frame.loc["Amiens", "lon"]) * dx > 0
    assert frame.loc["Centre <b>Lille</b>", "layer"] == "datacenters"


def test_names_and_codes_are_found_whatever_their_case_and_the_bounding_box_is_the_fallback():
    # Upper-case guesses of the unconfirmed names: found all the same.
    frame = ign_datacenters.parse(ign_datacenters_gpkg(fields=("RAISON_SOCIALE", "INSEE_COM", "operateur", "mw")))
    assert set(frame["name"]) == {"Centre <b>Lille</b>", "Béthune DC", "Amiens", "fid 5"}
    assert "RAISON_SOCIALE" in frame.columns and "INSEE_COM" in frame.columns
    # No name nor code field at all: the feature id names each row; the bounding box decides, which
    # keeps Paris (inside the box) and drops Lyon, and says so.
    lyon = ("Lyon DC", 4.8357, 45.7640, "69123", None, None)
    frame = ign_datacenters.parse(ign_datacenters_gpkg(points=(*IGN_POINTS, lyon), fields=("a", "b", "c", "d")))
    assert sorted(frame["name"]) == ["fid 1", "fid 2", "fid 3", "fid 5", "fid 6"]
    assert frame["departement"].isna().all()
    assert "no département or commune code field" in " ".join(frame.attrs["problems"])


def test_attributes_named_like_the_product_s_columns_are_kept_beside_them():
    frame = ign_datacenters.parse(ign_datacenters_gpkg(fields=("name", "code_insee", "layer", "lat")))
    lille = frame.set_index("name (IGN)").loc["Centre <b>Lille</b>"]
    assert lille["name"] == "Centre <b>Lille</b>"  # the file's "name", found under its new name
    assert lille["layer (IGN)"] == "Opérateur A" and lille["lat (IGN)"] == "12.5" and lille["layer"] == "datacenters"
    assert abs(lille["lat"] - 50.6292) < 1e-5 and lille["departement"] == "59"


def test_a_bare_geopackage_is_read_too_for_a_local_copy():
    assert len(ign_datacenters.parse(ign_datacenters_gpkg())) == 4


def empty_gpkg(tmp_path) -> bytes:
    """A GeoPackage whose only layer was removed."""
    path = tmp_path / "empty.gpkg"
    path.write_bytes(ign_datacenters_gpkg())
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM gpkg_geometry_columns")
        db.execute("DELETE FROM gpkg_contents")
        db.execute("DROP TABLE datacenters")
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
        (lambda tmp: seven_zip({"a.gpkg": ign_datacenters_gpkg(), "b.gpkg": ign_datacenters_gpkg()}),
         r"2 \.gpkg files in the 7z archive"),
        (lambda tmp: seven_zip({"DTCNTR/vide.gpkg": empty_gpkg(tmp)}), r"no layer could be read from DTCNTR/vide\.gpkg"),
        (lambda tmp: seven_zip({"lignes.gpkg": line_gpkg()}),
         r"no point or polygon geometry in the GeoPackage \(geometry types found: LineString\)"),
        (lambda tmp: seven_zip({"paris.gpkg": ign_datacenters_gpkg(points=PARIS_ONLY, polygon=None, unnamed=False)}),
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


# --- EnRezo's field names (nom, categorie, com_nom, qualite_xy, source) ----------------------------

def _communes():
    import json

    from dashboard.data.administrative import parse_communes
    from tests.fixtures import COMMUNES_JSON

    return parse_communes(json.dumps(COMMUNES_JSON).encode())


def test_enrezo_commune_names_give_the_departement_without_outlines():
    from tests.fixtures import enrezo_gpkg

    frame = ign_datacenters.parse(enrezo_gpkg(), communes=_communes()).set_index("id")
    assert frame.loc["DC-1", "departement"] == "59"  # Lille, by its name, no outlines loaded
    assert frame.loc["DC-2", "departement"] == "62"  # "BETHUNE": case and accents folded
    assert frame.loc["DC-3", "departement"] == "62"  # Beaumont (62 and 02): the nearest to the point
    assert frame.loc["DC-1", "name"] == "Centre Lille"
    # EnRezo's attributes kept as written
    assert (frame.loc["DC-1", "categorie"], frame.loc["DC-1", "qualite_xy"], frame.loc["DC-1", "source"]) == (
        "Datacenter", "1", "Source A")
    assert "DC-5" not in frame.index  # a Beaumont 700 km from both: its name is not used, its point is far
    assert {"kind": "by_name_ambiguous", "n": 1, "ids": ["3"]} in frame.attrs["issues"]
    assert frame.attrs["rows"] == {"read": 5, "region": 4, "placed": 4, "refused": 0}


def test_enrezo_without_a_commune_name_takes_the_departement_from_the_point():
    from tests.fixtures import enrezo_gpkg, outlines_geojson

    frame = ign_datacenters.parse(enrezo_gpkg(), communes=_communes(), outlines=outlines_geojson(("62",)))
    frame = frame.set_index("id")
    assert frame.loc["DC-4", "departement"] == "62" and {"kind": "by_point", "n": 1, "ids": ["4"]} in frame.attrs["issues"]
    assert frame.loc["DC-1", "departement"] == "59"  # the name still wins over the (Pas-de-Calais only) outlines


def test_the_download_uses_the_communes_in_use_for_enrezo_names(monkeypatch, tmp_path):
    import json

    from tests.fixtures import COMMUNES_JSON, enrezo_gpkg, seven_zip

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
