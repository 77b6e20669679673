"""The suitability surface as a choropleth of H3 hexagons, and the best zones as a table.

Pure builders: the scored cells (domain.surface.rescore) in, a figure / DataFrame out.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain import surface
from dashboard.figures.base import base_layout, map_style, outline_layer, region_view
from dashboard.figures.palette import NO_DATA_COLOUR, PANEL_LIGHT, SCORE_COLORSCALE
from dashboard.i18n import t
from dashboard.i18n.escape import escape_plotly



def _hovertemplate(lang: str) -> str:
    """One template for every cell: numbers are formatted by plotly (d3, the layout's separators),
    not by Python per cell; names arrive escaped in customdata."""
    return t("surface.hover", lang, score="%{z:.0f}", commune="%{customdata[0]}", kv400="%{customdata[1]:.1f} km",
             line="%{customdata[2]}", brownfield="%{customdata[3]}") + "<extra></extra>"


def _customdata(shown: pd.DataFrame, lang: str) -> list[list]:
    unknown = t("surface.unknown", lang)
    line = [unknown if pd.isna(v) else f"{v:.1f} km".replace(".", "," if lang == "fr" else ".")
            for v in shown["nearest_400kv_line_km"]]
    brownfield = [unknown if pd.isna(km) else f"{escape_plotly(name)} ({km:.1f} km)".replace(".", "," if lang == "fr" else ".")
                  for name, km in zip(shown["nearest_brownfield_name"], shown["nearest_brownfield_km"])]
    commune = [escape_plotly(c) if c else unknown for c in shown["commune"]]
    return [list(row) for row in zip(commune, shown["nearest_400kv_km"].round(1), line, brownfield)]


def build_surface_map(scored: pd.DataFrame, lang: str, style: str = "carto-positron", outlines: dict | str | None = None) -> go.Figure:
    """Choropleth of the cells' scores (0–100, one colour scale), excluded cells in grey; `style`
    is a basemap name (figures.base.STYLES; an inline style that still draws offline), `outlines`
    the départements drawn over the cells."""
    if scored.empty:
        return go.Figure(layout=base_layout(lang))
    shown = scored[~scored["excluded"] & scored["score"].notna()]
    excluded = scored[scored["excluded"]]
    traces = []
    if not excluded.empty:
        traces.append({
            "type": "choroplethmap", "geojson": surface.cells_geojson(excluded["cell"], excluded.get("geometry")),
            "locations": excluded["cell"].tolist(), "z": [0] * len(excluded),
            "colorscale": [[0, NO_DATA_COLOUR], [1, NO_DATA_COLOUR]], "showscale": False,
            "marker": {"opacity": 0.35, "line": {"width": 0}}, "name": t("surface.excluded", lang),
            "hovertemplate": f"{t('surface.excluded', lang)}<extra></extra>", "showlegend": True,
        })
    if not shown.empty:
        traces.append({
            "type": "choroplethmap", "geojson": surface.cells_geojson(shown["cell"], shown.get("geometry")),
            "locations": shown["cell"].tolist(), "z": shown["score"].tolist(),
            "zmin": 0, "zmax": 100, "colorscale": SCORE_COLORSCALE, "marker": {"opacity": 0.7, "line": {"width": 0}},
            "colorbar": {"title": {"text": t("surface.score", lang)}, "thickness": 14},
            "customdata": _customdata(shown, lang), "hovertemplate": _hovertemplate(lang),
            "name": t("surface.score", lang),
        })
    res, view = scored.attrs.get("resolution", ""), region_view(6.6)
    # Built from dicts: much faster than add_trace / update_layout calls.
    return go.Figure(data=traces, layout=base_layout(
        lang,
        # The cells cover the region: its view (the page fits its bounds to the map's real size).
        map={"style": map_style(style), "center": view["center"], "zoom": view["zoom"],
             "layers": [outline_layer(outlines)] if outlines else []},
        height=560, meta={"fit_bounds": view["fit_bounds"]},
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 0, "yanchor": "top", "bgcolor": PANEL_LIGHT},
        annotations=[{"text": t("surface.credit", lang, res=res), "x": 0, "y": 0, "xref": "paper", "yref": "paper",
                      "showarrow": False, "font": {"size": 10}, "xanchor": "left", "yanchor": "bottom",
                      "bgcolor": PANEL_LIGHT}],
    ))


def zones_table(zones: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The best zones (domain.surface.best_zones) as a display table (plain text, no markup)."""
    rows = []
    for i, row in enumerate(zones.to_dict("records"), start=1):
        line_km, sub_km = row.get("nearest_400kv_line_km"), row.get("nearest_400kv_km")
        if pd.notna(line_km) and (pd.isna(sub_km) or line_km < sub_km):
            point = t("surface.line_point", lang, name=row.get("nearest_400kv_line_name") or "OSM",
                       lat=row["line_point_lat"], lon=row["line_point_lon"])
            km = line_km
        else:
            point = t("surface.substation_point", lang, name=row.get("nearest_400kv_name") or t("surface.unknown", lang))
            km = sub_km
        brownfield = row.get("nearest_brownfield_name") or t("surface.unknown", lang)
        if row.get("brownfield_cell"):
            brownfield += f" ({t('surface.in_cell', lang)})"
        rows.append({
            t("surface.rank", lang): i,
            t("surface.score", lang): round(float(row["score"]), 1),
            t("surface.commune", lang): row.get("commune") or t("surface.unknown", lang),
            t("surface.brownfield", lang): brownfield,
            t("surface.brownfield_km", lang): None if pd.isna(row.get("nearest_brownfield_km")) else round(float(row["nearest_brownfield_km"]), 1),
            t("surface.kv400", lang): point,
            t("surface.kv400_km", lang): None if pd.isna(km) else round(float(km), 1),
        })
    return pd.DataFrame(rows)
