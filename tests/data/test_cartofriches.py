"""Cartofriches: the CSV's quirks, the region filter, the data.gouv.fr discovery, the Parquet cache."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import cartofriches, opendata
from tests.fixtures import (
    CARTOFRICHES_COLUMNS,
    CARTOFRICHES_HEADER,
    CARTOFRICHES_ROWS,
    cartofriches_csv,
    cartofriches_row,
    datagouv_listing,
    outlines_geojson,
)


def test_the_real_layout_counts_rows_read_placed_and_refused():
    assert len(CARTOFRICHES_COLUMNS) == 50 and CARTOFRICHES_COLUMNS[-2:] == ("geompoint", "geomsurf")
    frame = cartofriches.parse_csv(cartofriches_csv(), outlines_geojson())
    assert frame.attrs["rows"] == {"read": 9, "region": 6, "placed": 5, "refused": 1}
    # Every row of the region, the one without a commune code included; Paris and Charleville left out.
    assert list(frame["site_id"]) == ["59350_1", "62119_7", "80021_3", "02691_2", "60057_9", "00000_41"]
    no_code = frame.set_index("site_id").loc["00000_41"]
    assert (no_code["departement"], no_code["insee"], no_code["surface_m2"]) == ("80", "", 37899.0)
    assert (no_code["lat"], no_code["lon"]) == (49.95, 2.0)  # WKT: longitude first
    assert no_code["name"] == "Ancienne centrale \ufffdnergie"  # as written
    problems = " | ".join(frame.attrs["problems"])
    assert "1 with neither a readable point nor a commune code, left out: 00000_43" in problems
    assert "1 of the region without a readable point, counted and not mapped: 60057_9" in problems


def test_without_outlines_a_row_without_commune_code_is_refused_and_named():
    frame = cartofriches.parse_csv(cartofriches_csv())
    assert frame.attrs["rows"] == {"read": 9, "region": 5, "placed": 4, "refused": 3}
    assert any("no département outlines), left out: 00000_41, 00000_42" in p for p in frame.attrs["problems"])


def test_an_edition_with_long_lat_columns_is_read_and_a_bad_point_counted():
    csv = ("site_id;site_statut;comm_insee;long;lat;geompoint\n"
           "A;friche sans projet;59350;3.05;50.63;\n"
           "B;friche sans projet;59350;;;POINT (nowhere)\n"
           "C;friche sans projet;2691;;;POINT (3.2876 49.8465)\n"  # a code that lost its leading zero
           "D;friche sans projet;59350;;;POINT (-3.5 40.4)\n")  # Madrid for a commune of the Nord
    frame = cartofriches.parse_csv(csv.encode()).set_index("site_id")
    assert (frame.loc["A", "lat"], frame.loc["A", "lon"]) == (50.63, 3.05)
    assert pd.isna(frame.loc["B", "lat"]) and frame.loc["C", "departement"] == "02"
    assert pd.isna(frame.loc["D", "lat"])  # kept, not drawn far from its région
    assert frame.attrs["rows"] == {"read": 4, "region": 4, "placed": 2, "refused": 0}
    assert any("with a point outside it, counted and not mapped: D" in p for p in frame.attrs["problems"])


def test_an_empty_reconversion_year_is_said_not_published():
    rows = [r for r in CARTOFRICHES_ROWS if "80021_3" not in r]
    frame = cartofriches.parse_csv(cartofriches_csv(rows))
    assert frame["reconv_year"].isna().all()
    assert {"kind": "not_published", "n": 1, "ids": ["site_reconv_annee"]} in frame.attrs["issues"]
    assert not any("site_reconv_annee" in p for p in cartofriches.parse_csv(cartofriches_csv()).attrs["problems"])
    assert {"kind": "no_point_no_code", "n": 1, "ids": ["00000_43"]} in frame.attrs["issues"]


def test_csv_quirks_bom_na_and_backslash_quotes():
    frame = cartofriches.parse_csv(cartofriches_csv())
    assert list(frame["site_id"]) == ["59350_1", "62119_7", "80021_3", "02691_2", "60057_9"]  # Paris left out
    lille = frame.iloc[0]
    assert lille["name"] == 'Ancienne filature "La Lys"'
    assert lille["status"] == "without_project" and lille["departement"] == "59"
    assert lille["surface_m2"] == 250000 and lille["lat"] == pytest.approx(50.6311) and lille["lon"] == 3.047
    assert lille["url"] == "https://cartofriches.cerema.fr/cartofriches/?site=59350_1"


def test_missing_values_stay_unknown_and_floats_are_read():
    frame = cartofriches.parse_csv(cartofriches_csv()).set_index("site_id")
    assert frame.loc["62119_7", "surface_m2"] == 300000  # written 300000.0
    assert frame.loc["62119_7", "name"] == "Ex-usine Béthune" and pd.isna(frame.loc["62119_7", "reconv_year"])
    assert frame.loc["80021_3", "name"] == "" and frame.loc["80021_3", "zoning"] == ""
    assert frame.loc["80021_3", "reconv_year"] == 2021
    assert pd.isna(frame.loc["60057_9", "lat"])  # NA position: kept (counted), not mapped
    assert frame.loc["02691_2", "status"] == "with_project"  # older "site avec projet"
    assert frame.loc["80021_3", "status"] == "reconverted"


def test_csv_without_bom_parses_the_same():
    assert cartofriches.parse_csv(cartofriches_csv(bom=False)).equals(cartofriches.parse_csv(cartofriches_csv()))


def test_a_broken_row_is_reported_and_the_others_kept():
    too_many_fields = cartofriches_row(site_id="59350_9", site_statut="friche sans projet") + ";1;2;3"
    frame = cartofriches.parse_csv(cartofriches_csv((CARTOFRICHES_ROWS[0], too_many_fields, CARTOFRICHES_ROWS[1])))
    assert list(frame["site_id"]) == ["59350_1", "62119_7"]
    assert any("59350_9" in problem for problem in frame.attrs["problems"])


def test_a_file_without_the_columns_says_which_are_missing():
    with pytest.raises(cartofriches.CartofrichesError, match="site_statut"):
        cartofriches.parse_csv("site_id;nom\n1;x\n".encode())


def test_resolve_takes_the_newest_standard_csv():
    url, date = cartofriches.resolve(datagouv_listing("http://h"))
    assert url == "http://h/static/friches-standard-2026-04-15.csv" and date == "2026-04-15"
    with pytest.raises(cartofriches.CartofrichesError, match="friches-standard"):
        cartofriches.resolve(b'{"resources": [{"title": "x.gpkg", "url": "http://h/x.gpkg"}]}')


def test_date_in_name_prefers_the_file_name_over_the_upload_folder():
    assert cartofriches.date_in_name("/20260429-124852/friches-standard-2026-04-15.csv") == "2026-04-15"
    assert cartofriches.date_in_name("/20250422-125540/friches-standard.csv") == "2025-04-22"
    assert cartofriches.date_in_name("friches.csv") == ""


@pytest.fixture
def carto_server(local_http, monkeypatch, tmp_path):
    local_http.routes["/api/1/datasets/sites-references-dans-cartofriches/"] = (200, datagouv_listing(local_http.base))
    local_http.routes["/static/friches-standard-2026-04-15.csv"] = (200, cartofriches_csv())
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("HDF_OPENDATA_CARTOFRICHES", raising=False)
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES_URL", local_http.base + "/api/1/datasets/sites-references-dans-cartofriches/")
    return local_http


def test_fetch_resolves_downloads_and_caches_parquet_with_the_file_date(carto_server, tmp_path):
    assert opendata.load("cartofriches") is None  # nothing cached: a state, not an error
    path = opendata.fetch("cartofriches")
    assert path == tmp_path / "cache" / "cartofriches-hdf.parquet"
    assert carto_server.requests == ["/api/1/datasets/sites-references-dans-cartofriches/",
                                     "/static/friches-standard-2026-04-15.csv"]
    frame = opendata.load("cartofriches")
    assert len(frame) == 5 and frame.attrs["as_of"] == "2026-04-15"
    assert frame.attrs["url"].endswith("friches-standard-2026-04-15.csv") and len(frame.attrs["sha256"]) == 64


def test_a_failed_download_keeps_the_previous_cache(carto_server):
    opendata.fetch("cartofriches")
    carto_server.routes["/static/friches-standard-2026-04-15.csv"] = (200, b"<html>maintenance</html>")
    with pytest.raises(opendata.OpenDataError, match="cannot be read"):
        opendata.fetch("cartofriches")
    assert len(opendata.load("cartofriches")) == 5


def test_the_override_file_is_read_in_the_publisher_format(monkeypatch, tmp_path):
    override = tmp_path / "friches-standard-2026-04-15.csv"
    override.write_bytes(cartofriches_csv())
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES", str(override))
    frame = opendata.load("cartofriches")
    assert len(frame) == 5 and frame.attrs["as_of"] == "2026-04-15"


def test_an_unreadable_override_names_the_file(monkeypatch, tmp_path):
    override = tmp_path / "friches.csv"
    override.write_text(CARTOFRICHES_HEADER.replace("site_statut", "x"))
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES", str(override))
    with pytest.raises(opendata.OpenDataError, match="friches.csv"):
        opendata.load("cartofriches")
