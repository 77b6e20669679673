"""Distances to 0.1 km in every export (export.rounding): the site table's CSV (French and
English), XLSX and GeoJSON, and the data package's sites.csv. The surface's best zones (CSV and
GeoJSON) are read back in tests/export/test_surface_zones.py."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile

import numpy as np
import pandas as pd
from openpyxl import load_workbook

from dashboard.export import tables as ce
from dashboard.export.datapackage import dataset_zip_bytes
from dashboard.export.formats import to_geojson_bytes, to_xlsx_bytes
from dashboard.export.rounding import distances_rounded, round_km
from tests.fixtures import sample_dataset

RAW = {"gravelines_km": 64.7499850038984, "nearest_400kv_km": 21.9754874303324, "nearest_225kv_km": 3.79076960370416}
ROUNDED = {"gravelines_km": 64.7, "nearest_400kv_km": 22.0, "nearest_225kv_km": 3.8}


def test_round_km_keeps_unknown_unknown_and_the_index():
    rounded = round_km(pd.Series([12.345678901234567, None, "3.96"], index=[5, 6, 7]))
    assert list(rounded.index) == [5, 6, 7]
    assert rounded[5] == 12.3 and np.isnan(rounded[6]) and rounded[7] == 4.0


def test_distances_rounded_touches_the_km_columns_only():
    frame = pd.DataFrame({"lat": [50.123456789], "gravelines_km": [64.7499850038984], "name": ["x"]})
    out = distances_rounded(frame)
    assert out.loc[0, "gravelines_km"] == 64.7 and out.loc[0, "lat"] == 50.123456789
    assert frame.loc[0, "gravelines_km"] == 64.7499850038984  # the input left as it was


def _raw_dataset():
    dataset = sample_dataset()
    sites = dataset.sites.copy()
    for column, value in RAW.items():
        sites[column] = value
    return dataclasses.replace(dataset, sites=sites), sites


def _table(lang: str):
    dataset, sites = _raw_dataset()
    return dataset, sites, ce.site_table(dataset, sites, lang)


def test_site_csv_gives_distances_to_a_tenth_of_a_kilometre():
    for lang, sep, decimal in (("fr", ";", ","), ("en", ",", ".")):
        _, _, table = _table(lang)
        text = ce.to_csv_bytes(table.frame, lang).decode("utf-8-sig")
        read = pd.read_csv(io.StringIO(text), sep=sep, decimal=decimal)
        for column, value in ROUNDED.items():
            values = read[ce.column_label(column, lang)].dropna()
            assert len(values) and (values == value).all(), (lang, column, values.tolist())
        assert "64.7499" not in text and "64,7499" not in text


def test_site_xlsx_gives_distances_to_a_tenth_of_a_kilometre():
    _, _, table = _table("fr")
    workbook = load_workbook(io.BytesIO(to_xlsx_bytes(table, pd.DataFrame({"Source": []}), "fr")))
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    for column, value in ROUNDED.items():
        index = header.index(ce.column_label(column, "fr"))
        cells = [row[index] for row in sheet.iter_rows(min_row=2, values_only=True) if row[index] is not None]
        assert cells and all(cell == value for cell in cells), (column, cells)


def test_site_geojson_gives_distances_to_a_tenth_of_a_kilometre():
    dataset, sites, table = _table("en")
    collection = json.loads(to_geojson_bytes(table, sites, dataset.sources))
    for column, value in ROUNDED.items():
        values = [f["properties"][ce.column_label(column, "en")] for f in collection["features"]]
        assert [v for v in values if v is not None] and all(v in (None, value) for v in values), (column, values)


def test_data_package_gives_distances_to_a_tenth_of_a_kilometre():
    dataset, _ = _raw_dataset()
    archive = zipfile.ZipFile(io.BytesIO(dataset_zip_bytes(dataset)))
    read = pd.read_csv(io.BytesIO(archive.read("sites.csv")))
    for column, value in ROUNDED.items():
        assert (read[column].dropna() == value).all() and read[column].notna().any(), column
