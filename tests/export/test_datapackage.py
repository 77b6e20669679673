"""dashboard.export.datapackage: the whole dataset as a zip that the frictionless library validates
(types, primary and foreign keys), every column described with its unit, formula-like text
neutralised, on the sample dataset and on the project's own seeds."""

from __future__ import annotations

import io
import json
import zipfile

import pandas as pd
import pytest
from frictionless import validate

from dashboard.data.build import build_dataset
from dashboard.domain.schema import FACTS_COLUMNS, OCCUPANCY_COLUMNS, SITES_COLUMNS, SOURCES_COLUMNS
from dashboard.export import datapackage
from tests.fixtures import fact, make_dataset, sample_dataset, site, source


def _validate(raw: bytes, tmp_path):
    path = tmp_path / "dataset.zip"
    path.write_bytes(raw)
    return validate(str(path))


def _errors(report) -> list[str]:
    return [f"{task.name}: {error.type}: {error.message}" for task in report.tasks for error in task.errors] + [
        error.message for error in report.errors]


def test_the_sample_dataset_package_validates(tmp_path):
    report = _validate(datapackage.dataset_zip_bytes(sample_dataset()), tmp_path)
    assert report.valid, _errors(report)


def test_the_project_seeds_package_validates(tmp_path):
    dataset = build_dataset(warn=lambda message: None)
    raw = datapackage.dataset_zip_bytes(dataset)
    report = _validate(raw, tmp_path)
    assert report.valid, _errors(report)
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        sites = pd.read_csv(archive.open("sites.csv"), dtype=str, keep_default_na=False)
    assert len(sites) == len(dataset.sites)


def test_every_column_is_described_with_its_unit():
    raw = datapackage.dataset_zip_bytes(sample_dataset())
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        assert sorted(archive.namelist()) == ["datapackage.json", "facts.csv", "occupancy.csv", "schedule.csv",
                                              "sites.csv", "sources.csv"]
        package = json.loads(archive.read("datapackage.json"))
    resources = {r["name"]: r for r in package["resources"]}
    expected = {"sites": SITES_COLUMNS, "facts": FACTS_COLUMNS, "occupancy": OCCUPANCY_COLUMNS,
                "sources": SOURCES_COLUMNS}
    for name, columns in expected.items():
        fields = {f["name"]: f for f in resources[name]["schema"]["fields"]}
        assert list(fields) == list(columns)
        assert all(f["description"] for f in fields.values())
    sites = {f["name"]: f for f in resources["sites"]["schema"]["fields"]}
    assert sites["investment_eur"]["unit"] == "EUR" and sites["investment_eur"]["type"] == "number"
    assert sites["power_mw"]["unit"] == "MW"
    assert sites["lat"]["unit"] == "degree" and "WGS 84" in sites["lat"]["description"]
    assert sites["nearest_400kv_km"]["unit"] == "km"
    assert sites["power_mw_approx"]["type"] == "boolean"
    assert package["licenses"] and "sources.csv" in package["licenses"][0]["title"]
    sources = {f["name"] for f in resources["sources"]["schema"]["fields"]}
    assert "licence" in sources  # each source's own terms


def test_an_undocumented_column_is_refused_by_name():
    dataset = sample_dataset()
    with pytest.raises(KeyError, match="mystery"):
        datapackage._field(dataset.sites.assign(mystery=1), "mystery")


def test_a_dangling_source_is_caught_by_the_validator(tmp_path):
    """The foreign keys are real: a fact citing a source that is not in sources.csv fails validation."""
    dataset = make_dataset(sites=[site("a", "data_center", lat=50.0, lon=3.0)],
                           facts=[fact("a", "power", 10, "2025", "missing-source")],
                           sources=[source("s", "Pub", "2025")])
    report = _validate(datapackage.dataset_zip_bytes(dataset), tmp_path)
    assert not report.valid
    assert any("foreign-key" in error for error in _errors(report))


def test_formula_like_text_is_neutralised_in_the_package(tmp_path):
    dataset = make_dataset(
        sites=[site("a", "data_center", name="=HYPERLINK(\"http://evil.example\")", operator="@x", lat=50.0,
                    lon=3.0)],
        facts=[fact("a", "power", -10, "2025", "s", note="+cmd|' /C calc'!A0")],
        sources=[source("s", "Pub", "2025")],
    )
    raw = datapackage.dataset_zip_bytes(dataset)
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        sites = pd.read_csv(archive.open("sites.csv"), dtype=str, keep_default_na=False)
        facts = pd.read_csv(archive.open("facts.csv"), dtype=str, keep_default_na=False)
    assert sites.loc[0, "name"] == "'=HYPERLINK(\"http://evil.example\")"
    assert sites.loc[0, "operator"] == "'@x"
    assert facts.loc[0, "note"] == "'+cmd|' /C calc'!A0"
    assert facts.loc[0, "value"] == "-10"  # numbers stay numbers
    assert _validate(raw, tmp_path).valid
