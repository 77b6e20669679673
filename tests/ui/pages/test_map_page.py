"""The map page (`/map`) in AppTest on the sample dataset: renders, filters through the URL,
layers / size / basemap controls, the empty state, and the département outlines present, missing,
downloaded on demand (from a file:// URL the test writes) or unreadable."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.domain import geo
from tests.fixtures import assert_clean, layer_geojson, outlines_geojson

@pytest.fixture
def app(run_page, monkeypatch, tmp_path, outlines_file):
    """Runs the page on the sample dataset with the outlines file in place; returns the AppTest."""
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    return lambda **params: run_page("map", **params)


def figure(at: AppTest) -> dict:
    (element,) = at.get("plotly_chart")
    return json.loads(element.proto.spec)


def drawn(at: AppTest) -> dict[str, set[str]]:
    """project type -> site ids on the map."""
    return {trace["meta"]["project_type"]: set(trace["customdata"]) for trace in figure(at)["data"]}


def unescape(text: str) -> str:
    """Markdown source as read: data values are backslash-escaped on the page."""
    return text.replace("\\", "")


def infos(at: AppTest) -> str:
    return unescape(" ".join(i.value for i in at.info))


def test_map_renders_every_site_with_outlines(app):
    at = app()
    assert at.title[0].value == "Carte des sites"
    points = drawn(at)
    assert points["data_center"] == {"dc-bethune", "dc-dunkerque"}
    assert points["substation"] == {"ss-warande", "ss-avelin"}
    assert "region" not in points
    layout = figure(at)["layout"]
    assert layout["map"]["layers"][0]["type"] == "line"
    assert layout["map"]["style"]["sources"]["carto-positron"]["type"] == "raster"
    assert "Contours des départements absents" not in infos(at)
    captions = unescape(" ".join(c.value for c in at.caption))
    assert "10 sites sur la carte" in captions
    assert "Etalab" in captions and "Date des données les plus récentes\u00a0: septembre 2025" in captions


def test_type_filter_in_the_url_narrows_the_project_points(app):
    at = app(type="data_center")
    points = drawn(at)
    assert set(points) == {"data_center", "power_plant", "substation"}  # grid kept as context
    assert points["data_center"] == {"dc-bethune", "dc-dunkerque"}
    assert any("contexte" in c.value for c in at.caption)


def test_filters_leaving_nothing_show_the_empty_state(app):
    at = app(type="battery", site="ss-warande")
    assert "Aucun site ne correspond aux filtres" in infos(at)
    assert not at.get("plotly_chart")


def test_english(app):
    at = app(lang="en", dep="62")
    assert at.title[0].value == "Map of sites"
    names = [trace["name"] for trace in figure(at)["data"]]
    assert "Data centre" in names and "Industrial host site" in names
    assert drawn(at)["data_center"] == {"dc-bethune"}


def test_layer_size_and_basemap_controls(app):
    at = app()
    at.pills(key="map_layers").set_value(["projects", "outlines"]).run()
    assert_clean(at)
    assert set(drawn(at)) == {"data_center"}
    at.segmented_control(key="map_size_by").set_value("investment_eur").run()
    at.segmented_control(key="map_style").set_value("white-bg").run()
    assert_clean(at)
    fig = figure(at)
    assert fig["layout"]["map"]["style"] == "white-bg"
    trace = fig["data"][0]
    sizes = dict(zip(trace["customdata"], trace["marker"]["size"]))
    assert sizes["dc-dunkerque"] < sizes["dc-bethune"]  # unknown investment: the small fixed marker


def test_without_outlines_the_map_still_works_and_says_why(app, monkeypatch, tmp_path):
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(tmp_path / "nowhere.geojson"))
    at = app()
    assert "Contours des départements absents" in infos(at)
    assert "nowhere.geojson: this file, named by HDF_OPENDATA_OUTLINES, does not exist" in infos(at)
    assert figure(at)["layout"]["map"].get("layers", []) == []
    assert drawn(at)["data_center"]
    assert at.button(key="map_fetch_outlines").label.startswith("Télécharger les contours")


def test_outlines_downloaded_on_demand(app, monkeypatch, outlines_file):
    monkeypatch.delenv("HDF_OPENDATA_OUTLINES")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES_URL", outlines_file.as_uri())
    at = app()
    assert "Contours des départements absents" in infos(at)
    at.button(key="map_fetch_outlines").click().run()
    assert_clean(at)
    assert "Contours des départements absents" not in infos(at)
    drawn_borders = layer_geojson(figure(at)["layout"]["map"]["layers"][0]["source"])
    assert drawn_borders == json.loads(json.dumps(geo.border_lines(outlines_geojson())))  # the downloaded file's borders, each once


def test_failed_download_is_explained(app, monkeypatch, tmp_path):
    monkeypatch.delenv("HDF_OPENDATA_OUTLINES")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES_URL", (tmp_path / "absent.geojson").as_uri())
    at = app()
    at.button(key="map_fetch_outlines").click().run()
    assert_clean(at)
    warnings = unescape(" ".join(w.value for w in at.warning))
    assert "Téléchargement impossible" in warnings and "download from" in warnings
    assert drawn(at)["data_center"]


def test_unreadable_outline_file_is_named(app, monkeypatch, tmp_path):
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "Feature"}', encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(broken))
    at = app(lang="en")
    assert "Département outlines missing" in infos(at)
    assert "broken.geojson" in infos(at) and "FeatureCollection" in infos(at)
    assert drawn(at)["data_center"]
