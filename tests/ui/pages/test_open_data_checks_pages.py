"""A broken open-data cache or override on the pages that read it (issue 25): /map, /siting and
/occupancy show the rest, name the file and what is wrong, never an unexpected error."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import opendata
from tests.fixtures import assert_clean

PAGES = ("map", "siting", "occupancy")
OCCUPANCY_REGION_TAB = "Les friches de la région (Cartofriches)"  # /occupancy's on-demand tab reading it


def open_page(run_page, page: str):
    at = run_page(page)
    if page == "occupancy":
        at.session_state["occupancy_tabs"] = OCCUPANCY_REGION_TAB
        at.run()
        assert_clean(at)
    return at


@pytest.fixture
def wrong_columns(tmp_path, monkeypatch):
    """Parquet caches of Cartofriches and the OSM grid that are readable but lack lat / lon."""
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    for name in ("cartofriches", "osm_grid", "ign_datacenters"):
        pd.DataFrame({"site_id": ["1"], "name": ["x"]}).to_parquet(tmp_path / opendata.DATASETS[name].filename)
    return tmp_path


def _texts(at) -> str:
    return " ".join(e.value for e in (*at.warning, *at.info, *at.caption, *at.error)).replace("\\", "")


@pytest.mark.parametrize("page", PAGES)
def test_a_cache_with_the_wrong_columns_is_named_not_a_crash(run_page, wrong_columns, page):
    at = open_page(run_page, page)  # no exception, no error box
    texts = _texts(at)
    assert "inattendue" not in texts
    assert "cartofriches-hdf.parquet: cartofriches: not a usable file, column(s) missing: " in texts, texts
    if page != "occupancy":  # /occupancy reads Cartofriches only
        assert "osm-grid-hdf.parquet: osm_grid: not a usable file" in texts, texts


@pytest.mark.parametrize("page", PAGES)
def test_an_override_naming_a_missing_file_is_said_missing(run_page, tmp_path, monkeypatch, page):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES", str(tmp_path / "friches-perdues.csv"))
    texts = _texts(open_page(run_page, page))
    assert "friches-perdues.csv: this file, named by HDF_OPENDATA_CARTOFRICHES, does not exist" in texts, texts


def test_a_zero_row_file_is_never_dated(run_page, tmp_path, monkeypatch):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    columns = list(opendata.DATASETS["cartofriches"].columns)
    pd.DataFrame(columns=columns).to_parquet(tmp_path / "cartofriches-hdf.parquet")
    texts = _texts(open_page(run_page, "occupancy"))
    assert "cartofriches: empty file (0 rows)" in texts and "fichier du" not in texts, texts
