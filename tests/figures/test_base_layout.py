"""dashboard.figures.base.base_layout: the layout every figure starts from (font, white backgrounds,
hover card, the reader's separators, margins), a builder's overrides merged key by key, and every
chart, registered or not, built on it in French and in English."""

from __future__ import annotations

import os

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.data import cartofriches
from dashboard.domain import brownfields as bf
from dashboard.domain import geo, site_profile, surface
from dashboard.domain.filters import Filters
from dashboard.figures import brownfields as fb
from dashboard.figures import occupancy as focc
from dashboard.figures import site as fsite
from dashboard.figures import surface as fsurf
from dashboard.figures.base import FONT, SEPARATORS, base_layout
from dashboard.figures.registry import all_charts
from tests.fixtures import cartofriches_csv, outlines_geojson, sample_dataset

FRENCH, ENGLISH = ",\u202f", ".,"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def dataset():
    return sample_dataset()


def _unregistered_figures(dataset, lang: str) -> dict[str, go.Figure]:
    """The builders the registry does not list (page sections and the site sheet), on small data."""
    brownfields = cartofriches.parse_csv(cartofriches_csv())
    nord = outlines_geojson(("59",))
    kv400 = pd.DataFrame({"name": ["AVELIN"], "lat": [50.54], "lon": [3.08], "origin": ["seeds"]})
    grid = surface.GridData(targets=geo.GridTargets(None, kv400, None), brownfields=brownfields)
    scored = surface.score_surface(surface.surface_inputs(nord, grid, 6), preset="1gw")
    history = pd.DataFrame({"area": ["59", "59"], "area_name": ["Nord", "Nord"], "as_of": ["2024-08-19", "2025-02"],
                            "with_project_or_reused": [175, 171], "qualified": [230, 234],
                            "share": [175 / 230, 171 / 234], "origin": ["facts", "facts"]})
    profile = site_profile.site_profile(dataset, "dc-bethune")
    return {
        "brownfields-status": fb.build_status_chart(bf.by_area(brownfields, "departement"), lang, "hectares"),
        "brownfields-status-empty": fb.build_status_chart(bf.by_area(brownfields, "departement").iloc[0:0], lang),
        "brownfields-share-history": fb.build_share_history_chart(history, lang),
        "surface": fsurf.build_surface_map(scored, lang, outlines=nord),
        "surface-empty": fsurf.build_surface_map(scored.iloc[0:0], lang),
        "site-map": fsite.build_site_grid_map(profile, {"lang": lang}),
    }


# --------------------------------------------------------------------------------------------
# The shared layout and its merge


def test_the_separators_are_the_readers():
    assert base_layout("fr")["separators"] == FRENCH  # 1 234,5
    assert base_layout("en")["separators"] == ENGLISH  # 1,234.5
    assert base_layout("de")["separators"] == SEPARATORS["fr"]  # an unknown language reads as French, like t()


def test_the_shared_values():
    layout = base_layout("fr")
    assert layout["font"] == FONT and layout["font"]["family"].startswith('"Source Sans"')
    assert layout["paper_bgcolor"] == layout["plot_bgcolor"] == "white"
    assert layout["hoverlabel"] == {"bgcolor": "white", "font": {"size": 13, "color": "#1a1a1a"}, "align": "left"}
    assert layout["margin"] == {"l": 10, "r": 10, "t": 60, "b": 50}


def test_one_margin_key_overridden_keeps_the_others():
    assert base_layout("fr", margin={"t": 90})["margin"] == {"l": 10, "r": 10, "t": 90, "b": 50}


def test_nested_dicts_merge_at_every_depth_and_other_values_replace():
    layout = base_layout("en", hoverlabel={"font": {"size": 11}}, separators=", ", height=300,
                         legend={"x": 0.01})
    assert layout["hoverlabel"] == {"bgcolor": "white", "font": {"size": 11, "color": "#1a1a1a"}, "align": "left"}
    assert layout["separators"] == ", " and layout["height"] == 300 and layout["legend"] == {"x": 0.01}
    # A dict over a value that is not one (and the reverse) replaces it.
    assert base_layout("fr", separators={"odd": 1})["separators"] == {"odd": 1}
    assert base_layout("fr", margin=None)["margin"] is None


def test_the_merge_modifies_neither_the_overrides_nor_the_next_layout():
    margin = {"t": 90}
    meta = {"source_ids": ["a"]}
    first = base_layout("fr", margin=margin, meta=meta)
    assert margin == {"t": 90}
    assert first["meta"] is meta  # placed as it is: a builder's data is never copied here
    first["margin"]["l"] = 99
    first["hoverlabel"]["font"]["size"] = 99
    first["font"]["size"] = 99
    again = base_layout("fr")
    assert again["margin"]["l"] == 10 and again["hoverlabel"]["font"]["size"] == 13 and again["font"]["size"] == 12


# --------------------------------------------------------------------------------------------
# Every figure on it


@pytest.mark.parametrize("lang, separators", [("fr", FRENCH), ("en", ENGLISH)])
def test_every_registered_chart_has_the_readers_separators_and_the_shared_layout(dataset, lang, separators):
    charts = all_charts()
    assert len(charts) >= 14
    for spec in charts:
        fig = spec.build(dataset, Filters(lang=lang), lang, dict(spec.default_options))
        layout = fig.layout
        assert layout.separators == separators, spec.chart_id
        assert layout.font.family == FONT["family"] and layout.font.size == FONT["size"], spec.chart_id
        assert layout.paper_bgcolor == "white" and layout.hoverlabel.align == "left", spec.chart_id


@pytest.mark.parametrize("lang, separators", [("fr", FRENCH), ("en", ENGLISH)])
def test_every_chart_outside_the_registry_has_the_readers_separators(dataset, lang, separators):
    for name, fig in _unregistered_figures(dataset, lang).items():
        assert fig.layout.separators == separators, name
        assert fig.layout.font.family == FONT["family"], name


def test_a_builders_own_values_survive_the_merge(dataset):
    charts = {spec.chart_id: spec for spec in all_charts()}
    # The occupancy history: a taller top margin for its subtitle, more room right and below (its
    # legend of series); l shared.
    history = focc.build_occupancy_history(dataset.occupancy, "host-bethune", "Ex-Bridgestone Béthune",
                                           dataset.sources, {"lang": "fr"})
    assert history.layout.margin.to_plotly_json() == {"l": 10, "r": 30, "t": 90, "b": 90}
    # Maps run edge to edge under their title (figures.base.map_frame), and keep the shared hover card.
    site_map = charts["site-map"].build(dataset, Filters(), "fr", dict(charts["site-map"].default_options))
    assert site_map.layout.margin.to_plotly_json() == {"l": 0, "r": 0, "t": 64, "b": 0}
    assert site_map.layout.hoverlabel.font.size == 13 and site_map.layout.legend.bgcolor == "rgba(255,255,255,0.85)"
    # The site sheet's map: a smaller legend font, the shared font elsewhere.
    small = _unregistered_figures(dataset, "fr")["site-map"]
    assert small.layout.legend.font.size == 11 and small.layout.font.size == FONT["size"]
    # The overview's horizontal legend under the plot and its bottom margin.
    by_status = charts["projects-by-status"].build(dataset, Filters(), "fr", {})
    assert by_status.layout.legend.y == -0.25 and by_status.layout.margin.b == 40 and by_status.layout.margin.t == 60


# --------------------------------------------------------------------------------------------
# What a French reader sees (a real render)


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium not installed")
def test_plotly_writes_a_decimal_comma_for_a_french_reader():
    from dashboard.export import Exporter, RenderOptions

    summary = pd.DataFrame({"area": ["59", "62"], "area_name": ["Nord", "Pas-de-Calais"],
                            "status": ["potential", "potential"], "sites": [1, 1], "hectares": [1.5, 2.5]})
    if not os.environ.get("BROWSER_PATH"):
        os.environ["BROWSER_PATH"] = CHROMIUM
    exporter = Exporter(timeout=30)
    try:
        svgs = {lang: exporter.render(fb.build_status_chart(summary, lang, "hectares"), RenderOptions("svg", 600, 300))
                .decode() for lang in ("fr", "en")}
    finally:
        exporter.close()
    # The axis' ticks (0, 0.5 … 2.5 ha) are formatted by plotly, not by the builder.
    assert ">1,5<" in svgs["fr"] and ">1.5<" not in svgs["fr"]
    assert ">1.5<" in svgs["en"] and ">1,5<" not in svgs["en"]


def test_a_maps_frame_keeps_the_modebar_title_and_legend_apart():
    from dashboard.figures.base import MAP_TITLE_LINE, MODEBAR_ROOM, map_frame

    frame = map_frame("Score d'aptitude des sites (300 MW (grand campus))", legend={"bgcolor": "#fff"})
    assert frame["title"]["text"] == "Score d'aptitude des sites<br>(300 MW (grand campus))"  # ≤ 28 characters a line
    assert (frame["title"]["yref"], frame["title"]["yanchor"]) == ("container", "top")
    assert frame["title"]["pad"]["t"] >= MODEBAR_ROOM  # under the modebar's row
    assert frame["margin"]["t"] >= MODEBAR_ROOM + 2 * MAP_TITLE_LINE  # the map starts under both lines
    legend = frame["legend"]
    assert (legend["orientation"], legend["y"], legend["yanchor"], legend["bgcolor"]) == ("h", 0, "top", "#fff")
    assert map_frame("<Carte>")["title"]["text"] == "&lt;Carte&gt;"


def test_every_map_uses_the_frame(dataset):
    from dashboard.export.decoration import has_map
    maps = [spec.build(dataset, Filters(), "fr", dict(spec.default_options)) for spec in all_charts()]
    maps = [fig for fig in maps if has_map(fig)] + [_unregistered_figures(dataset, "fr")["site-map"]]
    assert len(maps) >= 3
    for fig in maps:
        assert (fig.layout.legend.orientation, fig.layout.legend.yanchor, fig.layout.legend.y) == ("h", "top", 0)
        if fig.layout.title.text:
            assert fig.layout.title.yref == "container" and fig.layout.margin.t > fig.layout.title.pad.t
