"""dashboard.figures.map: which sites are drawn, their colours and sizes (unknown never sized as 0),
the hover cards (figures, sources, location precision, in fr and en), layers, outlines, export spec."""

from __future__ import annotations

import datetime as dt
import json
import math

import pandas as pd
import pytest

from dashboard.figures.registry import source_ids_of
from dashboard.figures import map as fm
from dashboard.domain import geo
from dashboard.domain import map as dm
from dashboard.figures import base
from dashboard.i18n import periods
from dashboard.domain.filters import Filters
from dashboard.domain.schema import REGION_BBOX
from tests.fixtures import layer_geojson, make_dataset, outlines_geojson, sample_dataset, site

OUTLINES = outlines_geojson(("59",))


@pytest.fixture(scope="module")
def dataset():
    return sample_dataset()


def traces_by_type(fig) -> dict:
    return {trace.meta["project_type"]: trace for trace in fig.data}


def point(fig, site_id: str) -> tuple:
    """(trace, index) of a site's marker."""
    for trace in fig.data:
        if site_id in trace.customdata:
            return trace, list(trace.customdata).index(site_id)
    raise AssertionError(f"{site_id} not on the map")


def hover_of(fig, site_id: str) -> str:
    trace, i = point(fig, site_id)
    return trace.hovertext[i]


def size_of(fig, site_id: str) -> float:
    trace, i = point(fig, site_id)
    return trace.marker.size[i]


def test_every_site_with_a_position_is_drawn_once_and_the_region_never(dataset):
    fig = fm.build_site_map(dataset.sites, {"lang": "fr"}, dataset.sources)
    drawn = [sid for trace in fig.data for sid in trace.customdata]
    expected = set(dataset.sites["site_id"]) - {"hdf"}
    assert sorted(drawn) == sorted(expected)
    assert all(trace.type == "scattermap" for trace in fig.data)


def test_points_are_coloured_by_type_with_translated_legend(dataset):
    fr = fm.build_site_map(dataset.sites, {"lang": "fr"}, dataset.sources)
    en = fm.build_site_map(dataset.sites, {"lang": "en"}, dataset.sources)
    assert traces_by_type(fr)["data_center"].marker.color == base.TYPE_COLOURS["data_center"]
    assert traces_by_type(fr)["battery"].marker.color != traces_by_type(fr)["data_center"].marker.color
    assert [t.name for t in fr.data][:2] == ["Centre de données", "Batterie"]
    assert [t.name for t in en.data][:2] == ["Data centre", "Battery"]
    assert fr.layout.title.text == "Sites et projets en Hauts-de-France"
    assert en.layout.title.text == "Sites and projects in Hauts-de-France"
    assert en.layout.legend.title.text == "Size: power; small dot = unknown"


def test_size_by_power_scales_known_values_and_gives_unknown_a_small_fixed_marker(dataset):
    fig = fm.build_site_map(dataset.sites, {"lang": "fr", "size_by": "power_mw"}, dataset.sources)
    # The largest project power (DC Dunkerque, 1000 MW) gets the largest marker; 200 MW the square-root share.
    assert size_of(fig, "dc-dunkerque") == pytest.approx(fm.SIZE_MAX)
    expected = fm.SIZE_MIN + (fm.SIZE_MAX - fm.SIZE_MIN) * math.sqrt(200 / 1000)
    assert size_of(fig, "dc-bethune") == pytest.approx(expected)
    # Power unknown: a fixed small marker, smaller than any known value's, never 0.
    assert size_of(fig, "bat-douai") == fm.SIZE_UNKNOWN
    assert 0 < fm.SIZE_UNKNOWN < fm.SIZE_MIN
    assert "Puissance\u00a0: inconnu" in hover_of(fig, "bat-douai")


def test_size_by_investment_and_no_size(dataset):
    fig = fm.build_site_map(dataset.sites, {"lang": "en", "size_by": "investment_eur"}, dataset.sources)
    assert size_of(fig, "bat-douai") == pytest.approx(fm.SIZE_MAX)  # €2bn, the largest
    assert size_of(fig, "dc-dunkerque") == fm.SIZE_UNKNOWN
    assert "Investment: unknown" in hover_of(fig, "dc-dunkerque")
    assert fig.layout.legend.title.text == "Size: investment; small dot = unknown"
    fixed = fm.build_site_map(dataset.sites, {"size_by": "none"}, dataset.sources)
    assert {size_of(fixed, s) for s in ("dc-bethune", "dc-dunkerque", "bat-douai")} == {fm.SIZE_FIXED}
    assert not fixed.layout.legend.title.text  # no "small dot = unknown" when nothing is sized


def test_grid_context_is_not_sized_by_its_power(dataset):
    # Gravelines' 5,460 MW would dwarf every project: power plants and substations keep fixed markers.
    fig = fm.build_site_map(dataset.sites, {"size_by": "power_mw"}, dataset.sources)
    assert size_of(fig, "gravelines") == fm.CONTEXT_SIZES["power_plant"]
    assert size_of(fig, "ss-warande") == fm.CONTEXT_SIZES["substation"]
    assert size_of(fig, "dc-dunkerque") == pytest.approx(fm.SIZE_MAX)
    assert "5\u202f460\u00a0MW" in hover_of(fig, "gravelines")  # Babel's fr grouping: a narrow no-break space
    assert "Tension\u00a0: 400 kV" in hover_of(fig, "ss-warande")


def test_hover_card_has_figures_marks_sources_and_location_precision(dataset):
    fr = fm.build_site_map(dataset.sites, {"lang": "fr"}, dataset.sources)
    card = hover_of(fr, "dc-bethune")
    assert "<b>DC Béthune</b>" in card
    assert "Investissement\u00a0: 1,5\u00a0Md\u00a0€ ⚠ sources en désaccord" in card
    assert "Puissance\u00a0: ≈\u202f200\u00a0MW" in card
    assert "Position\u00a0: centroïde de la commune" in card
    # Sources by publisher and date, latest first; the coordinates' source last.
    assert card.index("Horizon Actu (16 septembre 2025)") < card.index("La Voix du Nord (10 juin 2025)")
    assert card.index("La Voix du Nord") < card.index("INSEE (2024)")
    assert "Date des données\u00a0: septembre 2025" in card
    assert "Position\u00a0: exacte" in hover_of(fr, "dc-dunkerque")
    en = fm.build_site_map(dataset.sites, {"lang": "en"}, dataset.sources)
    card = hover_of(en, "dc-bethune")
    assert "Investment: €1.5bn ⚠ sources disagree" in card
    assert "Location: commune centroid (approximate)" in card
    assert "Horizon Actu (16 September 2025)" in card
    host = hover_of(en, "host-bethune")
    assert "Occupancy rate: 80%" in host and "Floor area: 26,000\u00a0m²" in host


def test_hover_escapes_data_values():
    data = make_dataset([site("x", "data_center", name="<img src=x onerror=alert(1)>", lat=50.0, lon=3.0,
                              operator="A & B")])
    card = hover_of(fm.build_site_map(data.sites, {}), "x")
    assert "<img" not in card and "&lt;img src=x onerror=alert(1)&gt;" in card
    assert "A &amp; B" in card


def test_layers_switch_types_on_and_off(dataset):
    fig = fm.build_site_map(dataset.sites, {"layers": ("projects", "hosts")}, dataset.sources)
    assert set(traces_by_type(fig)) == {"data_center", "industrial_site"}
    fig = fm.build_site_map(dataset.sites, {"layers": ("plants", "power")}, dataset.sources)
    assert set(traces_by_type(fig)) == {"battery", "recycling", "power_plant", "substation"}
    assert fm.build_site_map(dataset.sites, {"layers": ()}).data == ()


def test_outlines_are_a_line_layer_only_when_given_and_switched_on(dataset):
    fig = fm.build_site_map(dataset.sites, {"outlines": OUTLINES, "style": "white-bg"}, dataset.sources)
    (layer,) = fig.layout.map.layers
    assert layer.type == "line" and layer.sourcetype == "geojson"
    assert layer_geojson(layer.source) == json.loads(json.dumps(geo.border_lines(OUTLINES)))  # each border once, as a data: URL
    assert fig.layout.map.style == "white-bg"
    assert any("IGN, Admin Express" in a.text for a in fig.layout.annotations)
    assert fig.layout.meta["open_data"] == ["outlines"]
    off = fm.build_site_map(dataset.sites, {"outlines": OUTLINES, "layers": ("projects",)}, dataset.sources)
    assert off.layout.map.layers == () and not off.layout.annotations
    missing = fm.build_site_map(dataset.sites, {"outlines": None}, dataset.sources)
    assert missing.layout.map.layers == ()
    # Online tiles by default on the page, as an inline raster style: offline, the points still show.
    style = missing.layout.map.style
    assert style["layers"][0]["type"] == "raster"
    assert "basemaps.cartocdn.com" in style["sources"]["carto-positron"]["tiles"][0]
    assert fm.build_site_map(dataset.sites, {"style": "open-street-map"}).layout.map.style == "open-street-map"


def test_unknown_style_is_a_clear_error(dataset):
    with pytest.raises(ValueError, match="style must be one of"):
        fm.build_site_map(dataset.sites, {"style": "mapbox://streets"})


def test_unknown_size_option_is_a_clear_error(dataset):
    with pytest.raises(ValueError, match="size_by must be one of"):
        fm.build_site_map(dataset.sites, {"size_by": "jobs"})


def test_type_filter_narrows_projects_but_keeps_grid_context_with_its_layer(dataset):
    filters = Filters(types=("data_center",))
    with_power = dm.select_map_sites(dataset.sites, filters, dm.DEFAULT_LAYERS)
    assert set(with_power["project_type"]) == {"data_center", "power_plant", "substation"}
    without_power = dm.select_map_sites(dataset.sites, filters, ("projects", "plants", "hosts"))
    assert set(without_power["site_id"]) == {"dc-bethune", "dc-dunkerque"}


def test_view_zooms_on_a_narrow_selection(dataset):
    region = fm.build_site_map(dataset.sites, {})
    assert region.layout.map.zoom == pytest.approx(fm.REGION_ZOOM)
    one = dataset.sites[dataset.sites["site_id"] == "dc-bethune"]
    close = fm.build_site_map(one, {})
    assert close.layout.map.zoom > 9
    assert close.layout.map.center.lat == pytest.approx(50.53)


def test_a_map_declares_the_area_the_page_fits_it_to(dataset):
    """The page fits a map to layout.meta["fit_bounds"] at its real size (ui.components.map_view):
    the region's box for the whole region, the points' box (a few km at least) for a narrow one."""
    region = fm.build_site_map(dataset.sites, {})
    assert region.layout.meta["fit_bounds"] == pytest.approx([REGION_BBOX["lon_min"], REGION_BBOX["lat_min"],
                                                              REGION_BBOX["lon_max"], REGION_BBOX["lat_max"]])
    one = dataset.sites[dataset.sites["site_id"] == "dc-bethune"]
    west, south, east, north = fm.build_site_map(one, {}).layout.meta["fit_bounds"]
    lat, lon = float(one["lat"].iloc[0]), float(one["lon"].iloc[0])
    assert west < lon < east and south < lat < north
    assert east - west == pytest.approx(0.05) and north - south == pytest.approx(0.03)
    two = dataset.sites[dataset.sites["site_id"].isin(["dc-bethune", "dc-dunkerque"])]
    west, south, east, north = fm.build_site_map(two, {}).layout.meta["fit_bounds"]
    assert (west, south, east, north) == pytest.approx((two["lon"].min(), two["lat"].min(),
                                                        two["lon"].max(), two["lat"].max()))


def test_export_spec_draws_offline_with_the_cached_outlines(dataset, monkeypatch, tmp_path):
    from dashboard.export.batch import chart_inputs  # the batch reads what the spec asks for

    path = tmp_path / "outlines.geojson"
    path.write_text(json.dumps(OUTLINES), encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(path))
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))  # no brownfields, no OSM grid cached
    (spec,) = fm.CHARTS
    assert (spec.page, spec.chart_id, spec.inputs) == (
        "map", "site-map", {"outlines": "outlines", "brownfields": "cartofriches", "osm_grid": "osm_grid"})
    fig = spec.build(dataset, Filters(types=("battery",)), "en", {**spec.default_options, **chart_inputs(spec)})
    assert fig.layout.map.style == "white-bg"
    assert len(fig.layout.map.layers) == 1
    assert {t.meta["project_type"] for t in fig.data} == {"battery", "power_plant", "substation"}
    assert source_ids_of(fig) == ["insee", "rte", "src-d"]  # the facts' and the coordinates' sources
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(tmp_path / "missing.geojson"))
    assert chart_inputs(spec) == {"outlines": None, "brownfields": None, "osm_grid": None}
    assert spec.build(dataset, Filters(), "fr", {**spec.default_options, **chart_inputs(spec)}).layout.map.layers == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025", "2025-01-01"), ("2025-09", "2025-09-01"), ("2025-09-16", "2025-09-16"),
     (dt.date(2026, 6, 1), "2026-06-01"), (pd.Timestamp("2024-02-29"), "2024-02-29")],
)
def test_to_timestamp_reads_seed_dates_at_any_precision(value, expected):
    assert periods.to_timestamp(value) == pd.Timestamp(expected)


@pytest.mark.parametrize("value", [None, float("nan"), "", "soon"])
def test_to_timestamp_unknown_is_nat(value):
    assert pd.isna(periods.to_timestamp(value))


def test_source_label_names_publisher_and_date():
    from tests.fixtures import source as make_source

    sources = make_dataset(sources=[make_source("a", "L4M", ""), make_source("b", "Orano", "2024-01")]).sources
    assert base.source_label("a", sources, "fr") == "L4M (date inconnue)"
    assert base.source_label("a", sources, "en") == "L4M (date unknown)"
    assert base.source_label("b", sources, "en", parenthesised=False) == "Orano, January 2024"
    assert base.source_label("zz", sources, "fr") == "zz"
    assert base.publisher_of("b", sources) == "Orano"


def test_commissioning_period_in_the_hover(dataset):
    fig = fm.build_site_map(dataset.sites, {"lang": "fr"}, dataset.sources)
    assert "Mise en service\u00a0: 2027–2028" in hover_of(fig, "dc-bethune")
    assert "Mise en service\u00a0: juin 2025" in hover_of(fig, "bat-douai")
    assert "Mise en service" not in hover_of(fig, "gravelines")


def test_wrap_label_wraps_at_spaces_and_escapes():
    wrapped = base.wrap_label("Pôle Industriel Multi-Technologies <b>", 20)
    assert wrapped == "Pôle Industriel<br>Multi-Technologies<br>&lt;b&gt;"
    assert base.wrap_label("Court") == "Court"
