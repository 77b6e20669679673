"""Brownfield and OSM-grid map layers, brownfields-by-status charts, the surface's choropleth."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.data import cartofriches, osm_grid
from dashboard.domain import brownfields as bf
from dashboard.domain import geo, surface
from dashboard.figures.palette import BROWNFIELD_COLOURS
from dashboard.figures import brownfields as fb
from dashboard.figures import surface as fsurf
from tests.fixtures import cartofriches_csv, make_dataset, overpass_json, site

BROWNFIELDS = cartofriches.parse_csv(cartofriches_csv())


def test_brownfield_layer_colours_by_status_sizes_by_area_and_escapes_hover():
    traces = fb.brownfield_traces(BROWNFIELDS, "fr")
    names = [tr["name"] for tr in traces]
    assert names == ["Friche sans projet", "Friche avec projet", "Friche reconvertie"]  # Beauvais has no position
    without = traces[0]
    assert without["marker"]["color"] == BROWNFIELD_COLOURS["without_project"]
    hover = without["hovertext"][0]
    assert "Ancienne filature \"La Lys\"" in hover and "25 ha" in hover and "Zonage\u00a0: U" in hover
    assert "https://cartofriches.cerema.fr/cartofriches/?site=59350_1" in hover
    assert fb.marker_size(pd.Series([250000.0, 12000.0, float("nan")])).tolist()[0] > fb.marker_size(
        pd.Series([12000.0])).tolist()[0] > 6 - 1e-9


def test_hostile_names_are_escaped():
    hostile = BROWNFIELDS.assign(name="<img src=x onerror=alert(1)>", status="potential", lat=50.0, lon=3.0)
    hover = fb.brownfield_traces(hostile, "en")[0]["hovertext"][0]
    assert "<img" not in hover and "&lt;img" in hover


def test_grid_layer_draws_lines_in_one_trace_per_voltage_and_the_substations():
    traces = fb.grid_traces(osm_grid.parse(overpass_json()), "en")
    lines = [tr for tr in traces if tr["mode"] == "lines"]
    assert [tr["name"] for tr in lines] == ["400 kV line (OSM)"]
    assert lines[0]["lat"].count(None) == 2  # two lines, each path closed by None
    subs = {tr["name"]: tr for tr in traces if tr["mode"] == "markers"}
    assert len(subs["400 kV substation (OSM)"]["lat"]) == 2 and len(subs["225 kV substation (OSM)"]["lat"]) == 1
    assert fb.grid_traces(None, "en") == [] and fb.brownfield_traces(None, "en") == []


def test_status_chart_stacks_statuses_per_departement():
    summary = bf.by_area(BROWNFIELDS, "departement")
    fig = fb.build_status_chart(summary, "fr")
    assert isinstance(fig, go.Figure) and fig.layout.barmode == "stack"
    assert {tr.name for tr in fig.data} == {"Friche sans projet", "Friche avec projet", "Friche reconvertie",
                                            "Friche potentielle"}
    hectares = fb.build_status_chart(summary, "en", "hectares")
    assert hectares.layout.xaxis.title.text == "Hectares (known areas)"


def test_share_history_chart_one_line_per_departement():
    sites = [site("departement-59-nord", "region", departement="59"), site("departement-80-somme", "region",
                                                                          departement="80")]
    facts = [
        {"site_id": f"departement-{d}", "attribute": f"brownfield_sites_{status}", "value": v, "as_of": a}
        for d, a, counts in (("59-nord", "2024-08-19", (175, 55, 0)), ("59-nord", "2025-02", (170, 63, 1)),
                             ("80-somme", "2025-02", (35, 602, 1)))
        for status, v in zip(("with_project", "without_project", "reconverted"), counts)
    ]
    ds = make_dataset(sites=sites)
    history = bf.share_history(pd.DataFrame(facts), ds.sites)
    nord = history[history["area"] == "59"]
    assert list(nord["as_of"]) == ["2024-08-19", "2025-02"]
    assert nord["share"].iloc[0] == 175 / 230 and nord["share"].iloc[1] == 171 / 234
    fig = fb.build_share_history_chart(history, "en")
    assert [tr.name for tr in fig.data] == ["Nord", "Somme"]
    # The reader's percents on the axis, up to the highest share (0.76): 25 % in French.
    assert list(fig.layout.yaxis.ticktext) == ["0", "20%", "40%", "60%", "80%"]
    assert fb.build_share_history_chart(history, "fr").layout.yaxis.ticktext[1] == "20\u00a0%"


def test_surface_choropleth_and_best_zones_table():
    kv400 = pd.DataFrame({"name": ["AVELIN"], "lat": [50.54], "lon": [3.08], "origin": ["seeds"]})
    nord = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {
        "type": "Polygon", "coordinates": [[[2.9, 50.4], [3.3, 50.4], [3.3, 50.7], [2.9, 50.7], [2.9, 50.4]]]}}]}
    data = surface.GridData(targets=geo.GridTargets(None, kv400, None), brownfields=BROWNFIELDS)
    scored = surface.score_surface(surface.surface_inputs(nord, data, 6), preset="1gw")
    fig = fsurf.build_surface_map(scored, "en")
    choropleths = [tr for tr in fig.data if tr.type == "choroplethmap"]
    assert choropleths and choropleths[-1].zmax == 100 and choropleths[-1].colorbar.title.text == "Score"
    zones = fsurf.zones_table(surface.best_zones(scored, n=3), "en")
    assert list(zones.columns)[:3] == ["Rank", "Score", "Nearest commune"]
    assert zones["Nearest 400 kV point"].str.startswith("substation AVELIN").all()


def test_belgian_380_and_220_kv_are_drawn_with_the_400_and_225_kv_and_the_legend_says_so():
    grid = osm_grid.parse(overpass_json(border=True))
    names = {trace["name"]: trace for trace in fb.grid_traces(grid, "fr")}
    assert "Ligne 400 kV (OSM, lignes à 380 kV comprises)" in names
    assert "Poste 225 kV (OSM, postes à 220 kV compris)" in names
    assert "Ligne 400 kV (OSM)" in {t["name"] for t in fb.grid_traces(osm_grid.parse(overpass_json()), "fr")}
    # The Belgian line is in the 400 kV trace (its three vertices among the trace's points).
    line = names["Ligne 400 kV (OSM, lignes à 380 kV comprises)"]
    assert {(50.78, 3.44), (50.66, 3.25)} <= set(zip(line["lat"], line["lon"]))


def test_brownfield_statuses_share_no_colour_with_the_project_types():
    from dashboard.figures.base import TYPE_COLOURS

    told_apart = [c.lower() for k, c in BROWNFIELD_COLOURS.items() if k not in ("potential", "unknown")]
    assert len(set(told_apart)) == len(told_apart)
    assert not set(told_apart) & {c.lower() for c in TYPE_COLOURS.values()}
