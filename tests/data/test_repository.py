"""dashboard.data.repository: what the pages get from the open-data cache, computed once per file."""

from __future__ import annotations

import json

import shapely
from shapely.geometry import shape

from dashboard.data import repository as data
from dashboard.domain import geo
from tests.fixtures import layer_geojson as decoded, outlines_geojson


def test_drawn_outlines_are_the_borders_once_computed_once_per_file(monkeypatch, tmp_path):
    path = tmp_path / "outlines.geojson"
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(path))
    data._cached_drawn_outlines.clear()
    assert data.drawn_outlines() is None  # not cached: nothing to draw

    outlines = outlines_geojson(("59", "62"))
    path.write_text(json.dumps(outlines), encoding="utf-8")
    calls = []
    real = geo.border_lines
    monkeypatch.setattr(geo, "border_lines", lambda fc, *args: calls.append(1) or real(fc, *args))
    drawn = decoded(data.drawn_outlines())
    (feature,) = drawn["features"]
    polygons = shapely.union_all([shape(f["geometry"]) for f in outlines["features"]])
    assert shape(feature["geometry"]).covers(polygons.boundary)  # every outer edge drawn
    assert data.drawn_outlines() == data.drawn_outlines() and len(calls) == 1

    path.write_text(json.dumps(outlines_geojson(("59",))), encoding="utf-8")  # a new file
    assert shape(decoded(data.drawn_outlines())["features"][0]["geometry"]).length < shape(feature["geometry"]).length
    assert len(calls) == 2
    data._cached_drawn_outlines.clear()


def test_per_state_computes_once_per_tables_and_key_and_shares_the_result():
    from tests.fixtures import sample_dataset

    dataset, other = sample_dataset(), sample_dataset()
    calls = []

    def compute(tag):
        return lambda: calls.append(tag) or {"tag": tag}

    first = data.per_state(dataset, ("overview-summary", "fr"), compute("a"))
    assert data.per_state(dataset, ("overview-summary", "fr"), compute("b")) is first  # shared, not recomputed
    assert data.per_state(dataset, ("overview-summary", "en"), compute("c")) == {"tag": "c"}  # another key
    assert data.per_state(other, ("overview-summary", "fr"), compute("d")) == {"tag": "d"}  # other tables
    dataset.sites = dataset.sites.iloc[:1]  # tables replaced on the same object: computed again
    assert data.per_state(dataset, ("overview-summary", "fr"), compute("e")) == {"tag": "e"}
    assert calls == ["a", "c", "d", "e"]


def test_open_data_version_changes_with_the_file(monkeypatch, tmp_path):
    path = tmp_path / "outlines.geojson"
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(path))
    missing = data.open_data_version(["outlines"])
    path.write_text(json.dumps(outlines_geojson(("59",))), encoding="utf-8")
    assert data.open_data_version(["outlines"]) != missing


def test_the_surface_is_computed_once_for_both_languages(monkeypatch):
    """The surface reads the substations' names as written: the English tables (labelled names)
    share the French tables' computation."""
    from dashboard.config import DEFAULT_SEEDS_DIR
    from dashboard.data.build import build_dataset
    from dashboard.domain import siting, surface

    dataset = build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)
    english = dataset.in_language("en")
    assert english.sites["name"].tolist() != dataset.sites["name"].tolist()
    calls = []
    monkeypatch.setattr(surface, "surface_inputs", lambda *args: calls.append(args) or "inputs")
    monkeypatch.setattr(surface, "prepare_surface", lambda inputs, preset: inputs)
    monkeypatch.setattr(surface, "rescore", lambda prepared, weights: prepared)
    data._cached_surface_inputs.clear()
    data._cached_surface_prepared.clear()
    preset = next(iter(siting.PRESETS.values()))
    try:
        assert data.surface_scores(dataset.sites, 6, preset, {}) == "inputs"
        assert data.surface_scores(english.sites, 6, preset, {}) == "inputs"
        assert len(calls) == 1
    finally:
        data._cached_surface_inputs.clear()
        data._cached_surface_prepared.clear()
