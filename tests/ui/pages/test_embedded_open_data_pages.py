"""A fresh clone, nothing downloaded: /siting and /map use the open data shipped in
data/reference/ and say which file (and its edition) they read."""

from __future__ import annotations

import pytest

from dashboard.data import opendata, repository as data
from tests.fixtures import plotly_figures


@pytest.fixture
def fresh_clone(embedded_open_data, monkeypatch, tmp_path):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    for name in opendata.DATASETS:
        monkeypatch.delenv(f"HDF_OPENDATA_{name.upper()}", raising=False)
    data._cached_open_dataset.clear()
    yield
    data._cached_open_dataset.clear()


def captions(at) -> str:
    return " ".join(c.value for c in at.caption).replace("\\", "")


def test_siting_scores_225kv_from_the_embedded_rte_edition_and_says_so(fresh_clone, run_page):
    at = run_page("siting")
    assert not any("225 kV inconnues" in i.value for i in at.info)
    text = captions(at)
    assert "data/reference/postes-electriques-rte-hauts-de-france.csv" in text and "édition 2024" in text
    assert "data/reference/departements-hauts-de-france.geojson" in text  # the outlines drawn on its map


def test_map_draws_the_embedded_outlines_and_names_them(fresh_clone, run_page):
    at = run_page("map", lang="en")
    assert "copy shipped with the app, data/reference/departements-hauts-de-france.geojson" in captions(at)
    (figure,) = [f for f in plotly_figures(at) if f["layout"].get("map")]
    assert any(layer.get("source") for layer in figure["layout"]["map"].get("layers", []))
