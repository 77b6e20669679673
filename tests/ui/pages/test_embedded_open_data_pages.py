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


@pytest.fixture
def real_cartofriches(fresh_clone, monkeypatch, tmp_path):
    """A Cartofriches file in the real layout (50 columns, geompoint, empty cells, a row without
    commune code), read with the embedded outlines."""
    from tests.fixtures import cartofriches_csv

    path = tmp_path / "friches-standard-2026-04-15.csv"
    path.write_bytes(cartofriches_csv())
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES", str(path))


def brownfield_points(figure) -> set[tuple[float, float]]:
    return {(round(lat, 4), round(lon, 4)) for trace in figure["data"] if str(trace.get("name", "")).startswith("Friche")
            for lat, lon in zip(trace.get("lat") or [], trace.get("lon") or [])}


def test_map_places_every_brownfield_of_the_region_and_counts_the_rows(real_cartofriches, run_page):
    at = run_page("map")
    (figure,) = [f for f in plotly_figures(at) if f["layout"].get("map")]
    # The five rows of the region with a point, the one without commune code included (Somme);
    # Paris and Charleville-Mézières are not drawn, nor the row without a point.
    assert brownfield_points(figure) == {(50.6311, 3.047), (50.5303, 2.6333), (49.8942, 2.2957), (49.8465, 3.2876),
                                         (49.95, 2.0)}
    text = captions(at)
    assert "9 lignes lues, 6 dans la région, 5 placées, 1 écartée." in text
    assert "1 ligne sans point lisible ni code commune, écartée\u00a0: 00000_43" in text
    assert "comptée mais pas placée\u00a0: 60057_9" in text


def test_siting_counts_the_brownfield_without_commune_code_among_its_candidates(real_cartofriches, run_page):
    at = run_page("siting", preset="30mw")  # needs 3 ha: Lille, Béthune, Saint-Quentin and the row without code
    text = captions(at)
    assert "9 lignes lues, 6 dans la région, 5 placées, 1 écartée." in text
    assert "4 friches Cartofriches d'au moins 3 ha" in text


@pytest.mark.parametrize("page", ["map", "siting"])
def test_without_the_online_basemap_maps_fall_back_to_white_and_say_so(page, fresh_clone, run_page, monkeypatch):
    monkeypatch.setenv("HDF_BASEMAP", "offline")  # the tile server does not answer
    at = run_page(page)
    (figure, *_) = [f for f in plotly_figures(at) if f["layout"].get("map")]
    assert figure["layout"]["map"]["style"] == "white-bg"
    assert "Le fond de carte en ligne ne peut pas être chargé d'ici\u00a0: la carte est dessinée sur le fond blanc." in captions(at)
    options = at.segmented_control(key=f"{page}_style").options
    assert "Fond blanc (hors ligne)" in options and not any("style_" in o for o in options)  # every name worded
    monkeypatch.setenv("HDF_BASEMAP", "online")
    at = run_page(page)
    (figure, *_) = [f for f in plotly_figures(at) if f["layout"].get("map")]
    assert figure["layout"]["map"]["style"] != "white-bg" and "ne peut pas être chargé" not in captions(at)


def test_an_online_basemap_chosen_while_it_cannot_load_is_drawn_white(fresh_clone, run_page, monkeypatch):
    monkeypatch.setenv("HDF_BASEMAP", "offline")
    at = run_page("map")
    at.segmented_control(key="map_style").set_value("open-street-map").run()
    (figure,) = [f for f in plotly_figures(at) if f["layout"].get("map")]
    assert figure["layout"]["map"]["style"] == "white-bg" and "ne peut pas être chargé" in captions(at)
