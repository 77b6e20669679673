"""Brownfields (Cartofriches) and the OSM grid as map layers, and brownfields by status as charts.

Pure builders: DataFrames in, trace dicts or figures out (no I/O). Every data value that reaches
hover text goes through `escape_plotly`: names and communes come from a national file anyone
can contribute to.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.domain import brownfields as bf
from dashboard.figures.base import base_layout, round_ticks
from dashboard.figures.palette import BROWNFIELD_COLOURS, PANEL_LIGHT, VOLTAGE_COLOURS
from dashboard.i18n import colon, fmt_number, fmt_ratio, t
from dashboard.i18n.escape import escape_plotly

# The statuses' colours (figures.palette.BROWNFIELD_COLOURS) are drawn over the project types' on
# /map: hues none of them uses, told apart with colour-vision deficiencies.


def _ha(m2: float, lang: str) -> str:
    return t("brownfields.unknown", lang) if pd.isna(m2) else f"{fmt_number(m2 / 10_000, lang, 1)} ha"


def brownfield_hover(row: dict, lang: str) -> str:
    """Name, commune, area, status, zoning and the Cartofriches record, every value escaped."""
    sep = colon(lang)
    status = t(f"brownfields.status_{row.get('status', 'unknown')}", lang)
    lines = [
        f"<b>{escape_plotly(row.get('name') or t('brownfields.unnamed', lang))}</b>",
        escape_plotly(f"{row.get('commune', '')} ({row.get('insee', '')})"),
        f"{t('brownfields.surface', lang)}{sep}{_ha(row.get('surface_m2'), lang)}",
        f"{t('brownfields.status', lang)}{sep}{escape_plotly(status)}",
        f"{t('brownfields.zoning', lang)}{sep}{escape_plotly(row.get('zoning') or t('brownfields.unknown', lang))}",
    ]
    if row.get("url"):
        lines.append(f"{t('brownfields.record', lang)}{sep}{escape_plotly(row['url'])}")
    return "<br>".join(lines)


def marker_size(surface_m2: pd.Series) -> np.ndarray:
    """6 px for an unknown or small site, up to 30 px (by the square root of the area: area ∝ size²)."""
    ha = pd.to_numeric(surface_m2, errors="coerce").to_numpy(dtype=float) / 10_000
    return np.where(np.isnan(ha), 6.0, np.clip(6 + 3 * np.sqrt(np.nan_to_num(ha)), 6, 30))


def brownfield_traces(brownfields: pd.DataFrame | None, lang: str) -> list[dict]:
    """One Scattermap trace per status (colour = status, size = surface), placed sites only."""
    if brownfields is None or brownfields.empty:
        return []
    placed = brownfields.dropna(subset=["lat", "lon"])
    traces = []
    for status in bf.STATUSES:
        rows = placed[placed["status"] == status]
        if rows.empty:
            continue
        traces.append(
            {
                "type": "scattermap",
                "mode": "markers",
                "lat": rows["lat"].tolist(),
                "lon": rows["lon"].tolist(),
                "name": t(f"brownfields.status_{status}", lang),
                "legendgroup": "brownfields",
                "marker": {"size": marker_size(rows["surface_m2"]).tolist(), "color": BROWNFIELD_COLOURS[status],
                           "opacity": 0.75},
                "hovertext": [brownfield_hover(r, lang) for r in rows.to_dict("records")],
                "hoverinfo": "text",
            }
        )
    return traces


def _line_coordinates(lines: pd.DataFrame) -> tuple[list, list]:
    """All lines in one trace: paths separated by None (one trace draws thousands of lines fast)."""
    lat, lon = [], []
    for plat, plon in zip(lines["path_lat"], lines["path_lon"]):
        lat.extend([*map(float, plat), None])
        lon.extend([*map(float, plon), None])
    return lat, lon


def _class_name(key: str, kv: float, rows: pd.DataFrame, lang: str) -> str:
    """'Ligne 400 kV (OSM)', or '… (OSM, 380 kV compris)' when Belgian 380 kV objects are counted in
    the class (osm_grid.VOLTAGE_CLASS): the highest voltage as written differs from the class."""
    written = pd.to_numeric(rows["voltages"].astype(str).str.split(";").str[0], errors="coerce")
    others = sorted({float(v) for v in written.dropna() if float(v) != kv})
    if not others:
        return t(f"brownfields.{key}", lang, kv=f"{kv:g}")
    return t(f"brownfields.{key}_with", lang, kv=f"{kv:g}", other=", ".join(f"{v:g}" for v in others))


def grid_traces(grid: pd.DataFrame | None, lang: str) -> list[dict]:
    """OSM 400 / 225 kV lines (one trace per voltage class) and substations (markers)."""
    if grid is None or grid.empty:
        return []
    traces = []
    lines = grid[grid["kind"] == "line"]
    for kv, colour in VOLTAGE_COLOURS.items():
        rows = lines[pd.to_numeric(lines["voltage_kv"], errors="coerce") == kv]
        if rows.empty:
            continue
        lat, lon = _line_coordinates(rows)
        traces.append({"type": "scattermap", "mode": "lines", "lat": lat, "lon": lon, "hoverinfo": "skip",
                       "name": _class_name("line", kv, rows, lang), "line": {"color": colour, "width": 2 if kv == 400 else 1.2},
                       "legendgroup": "grid"})
    subs = grid[(grid["kind"] == "substation") & grid["voltage_kv"].isin(list(VOLTAGE_COLOURS))]
    for kv, colour in VOLTAGE_COLOURS.items():
        rows = subs[subs["voltage_kv"] == kv]
        if rows.empty:
            continue
        sep = colon(lang)
        hover = [
            f"<b>{escape_plotly(r['name'] or t('brownfields.unnamed', lang))}</b><br>"
            f"{t('brownfields.voltages', lang)}{sep}{escape_plotly(r['voltages'])} kV<br>"
            f"OSM {escape_plotly(r['osm_type'])} {int(r['osm_id'])}"
            for r in rows.to_dict("records")
        ]
        traces.append({"type": "scattermap", "mode": "markers", "lat": rows["lat"].tolist(), "lon": rows["lon"].tolist(),
                       "name": _class_name("substation", kv, rows, lang), "legendgroup": "grid", "hovertext": hover,
                       "hoverinfo": "text", "marker": {"size": 8, "color": colour, "symbol": "circle"}})
    return traces


def build_status_chart(summary: pd.DataFrame, lang: str, measure: str = "sites") -> go.Figure:
    """Stacked horizontal bars: brownfields per area (bf.by_area), one colour per status."""
    if summary.empty:
        return go.Figure(layout=base_layout(lang))
    areas = summary.groupby("area", sort=False)["area_name"].first()
    order = summary.groupby("area")[measure].sum().sort_values().index.tolist()
    traces = []
    for status in bf.STATUSES:
        rows = summary[summary["status"] == status].set_index("area").reindex(order)
        if rows[measure].notna().sum() == 0:
            continue
        traces.append({
            "type": "bar", "y": [escape_plotly(areas[a]) for a in order], "x": rows[measure].fillna(0).tolist(),
            "orientation": "h", "name": t(f"brownfields.status_{status}", lang),
            "marker": {"color": BROWNFIELD_COLOURS[status]}, "hovertemplate": "%{y}: %{x}<extra>%{fullData.name}</extra>",
        })
    # Built from dicts: much faster than add_trace / update_layout calls.
    return go.Figure(data=traces, layout=base_layout(
        lang,
        barmode="stack",
        height=max(300, 28 * len(order) + 170),
        xaxis={"title": {"text": t(f"brownfields.{measure}", lang)}},
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "xanchor": "left", "traceorder": "normal"},
        annotations=[{"text": t("brownfields.carto_credit", lang), "x": 1, "y": 0, "xref": "paper", "yref": "paper",
                      "showarrow": False, "font": {"size": 10}, "xanchor": "right", "yanchor": "bottom",
                      "bgcolor": PANEL_LIGHT}],
    ))


def build_share_history_chart(history: pd.DataFrame, lang: str) -> go.Figure:
    """Lines: per département, the share "with a project or reused" among qualified sites, by
    snapshot (domain.brownfields.share_history); hover gives the counts behind each share."""
    if history.empty:
        return go.Figure(layout=base_layout(lang))
    traces = []
    for area, rows in history.groupby("area_name", sort=True):
        rows = rows.sort_values("as_of")
        hover = [f"{escape_plotly(area)} — {escape_plotly(a)}<br>{int(d)} / {int(q)}"
                 for a, d, q in zip(rows["as_of"], rows["with_project_or_reused"], rows["qualified"])]
        # Cerema's published counts: filled dots; the cached file's own counts: open diamonds.
        symbols = ["diamond-open" if o == "file" else "circle" for o in rows["origin"]]
        traces.append({"type": "scatter", "x": rows["as_of"].tolist(), "y": rows["share"].tolist(),
                       "mode": "lines+markers", "name": escape_plotly(area), "hovertext": hover, "hoverinfo": "text",
                       "marker": {"symbol": symbols, "size": 9}})
    return go.Figure(data=traces, layout=base_layout(
        lang,
        height=360,
        margin={"t": 40, "b": 40},
        title={"text": t("brownfields.share_title", lang)},
        # The reader's percent ("25 %" in French), which plotly's own ".0%" cannot write.
        yaxis={**round_ticks(float(history["share"].max()), lambda v: fmt_ratio(v, lang)),
               "title": {"text": t("brownfields.share_axis", lang)}, "rangemode": "tozero"},
        xaxis={"title": {"text": t("brownfields.snapshot", lang)}, "type": "category"},
    ))
