"""The small map of one site (/site and its PDF): the site, its nearest 400 kV substation and the
straight line to it (the distance the siting score uses).

`build_site_grid_map(profile, options)` is pure: a `site_profile.SiteProfile` in, a plotly
Scattermap figure out. options: lang, style (a dashboard.figures.map STYLES name), outlines
(département GeoJSON or None), lines (GeoJSON of 400 kV lines or None: drawn when given),
height and width (CSS pixels: the view is fitted to them; the width is the page column's, roughly).
"""

from __future__ import annotations

import math

import plotly.graph_objects as go

from dashboard.domain.site_profile import SiteProfile
from dashboard.figures.base import OFFLINE_STYLE, TYPE_COLOURS, base_layout, line_layer, map_frame, map_style, outline_layer
from dashboard.figures.palette import DEFAULT_TYPE_COLOUR, PANEL, VOLTAGE_COLOURS
from dashboard.i18n import fmt_km, label_type, t
from dashboard.i18n.escape import escape_plotly as esc

SUBSTATION_COLOUR = TYPE_COLOURS["substation"]
DEFAULT_OPTIONS = {"lang": "fr", "style": "carto-positron", "outlines": None, "lines": None, "height": 380, "width": 600}
MAX_ZOOM = 12.0
OFFLINE_MIN_SPAN = 0.9  # degrees: a département's width, about 65 km


def _view(lats: list[float], lons: list[float], width: int, height: int, min_span: float = 0.02) -> tuple[dict, float]:
    """Centre and zoom that keep every point in view with a margin (MapLibre: 512 px per
    tile; the span is fitted to the smaller of the map's two sides), at least `min_span` degrees."""
    centre = {"lat": (max(lats) + min(lats)) / 2, "lon": (max(lons) + min(lons)) / 2}
    lat_span = (max(lats) - min(lats)) / max(math.cos(math.radians(centre["lat"])), 0.1)
    span = max(max(lons) - min(lons), lat_span, min_span) * 1.6
    pixels = min(height, width)
    return centre, min(MAX_ZOOM, math.log2(360.0 * pixels / (512.0 * span)))


def outlines_box(profile: SiteProfile) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) holding what the white-background view shows around the site and
    its substation (its span fitted to the map's shorter side: a map up to 1.4 times as wide as
    high, and about 0.65 × cos(50°) as many degrees of latitude), on a 0.25° grid so that nearby
    sites share it: the borders to send, not the whole region's. None without a position."""
    if not profile.has_position:
        return None
    lats = [float(profile.site["lat"])] + ([profile.substation.lat] if profile.substation else [])
    lons = [float(profile.site["lon"])] + ([profile.substation.lon] if profile.substation else [])
    lat_span = (max(lats) - min(lats)) / math.cos(math.radians(sum(lats) / len(lats)))
    span = max(max(lons) - min(lons), lat_span, OFFLINE_MIN_SPAN) * 1.6
    lon, lat = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
    return (math.floor((lon - 0.7 * span) * 4) / 4, math.floor((lat - 0.35 * span) * 4) / 4,
            math.ceil((lon + 0.7 * span) * 4) / 4, math.ceil((lat + 0.35 * span) * 4) / 4)


def _point(name: str, lat: float, lon: float, colour: str, size: float, hover: str, role: str, **extra) -> dict:
    return {
        "type": "scattermap",
        "lat": [lat],
        "lon": [lon],
        "mode": "markers",  # no text labels: the offline styles have no glyphs to draw them with
        "name": name,
        "marker": {"size": size, "color": colour},
        "hovertext": [hover],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "meta": {"role": role},
        **extra,
    }


def build_site_grid_map(profile: SiteProfile, options: dict | None = None) -> go.Figure:
    """The site, its nearest 400 kV substation and the line to it (nothing to draw without a position)."""
    opts = {**DEFAULT_OPTIONS, **(options or {})}
    lang = opts["lang"]
    site = profile.site
    traces: list[dict] = []
    lats: list[float] = []
    lons: list[float] = []
    sub = profile.substation
    if profile.has_position:
        lat, lon = float(site["lat"]), float(site["lon"])
        lats.append(lat)
        lons.append(lon)
        if sub is not None:
            distance = t("site_map.distance", lang, km=fmt_km(sub.km, lang))
            traces.append(
                {
                    "type": "scattermap",
                    "lat": [lat, sub.lat],
                    "lon": [lon, sub.lon],
                    "mode": "lines",
                    "name": distance,
                    "line": {"width": 3, "color": SUBSTATION_COLOUR},
                    "hoverinfo": "skip",
                    "meta": {"role": "distance"},
                }
            )
            traces.append(
                _point(
                    esc(sub.name),
                    sub.lat,
                    sub.lon,
                    SUBSTATION_COLOUR,
                    13,
                    f"<b>{esc(sub.name)}</b><br>{t('site_map.substation', lang)}<br>{distance}",
                    "substation",
                    customdata=[sub.site_id],
                )
            )
            lats.append(sub.lat)
            lons.append(sub.lon)
        colour = TYPE_COLOURS.get(str(site["project_type"]), DEFAULT_TYPE_COLOUR)
        hover = f"<b>{esc(site['name'])}</b><br>{esc(label_type(site['project_type'], lang))}"
        traces.append(_point(esc(t("site_map.site", lang)), lat, lon, colour, 18, hover, "site",
                             customdata=[profile.site_id]))
    layers = [outline_layer(opts["outlines"])] if opts.get("outlines") else []
    if opts.get("lines"):
        layers.append(line_layer(opts["lines"], VOLTAGE_COLOURS[400], 2.0, "lines"))
    height = int(opts["height"])
    # On the white background the département outlines are the only landmarks: a view wide enough
    # to show their shapes around the site (else a line on a blank square).
    min_span = OFFLINE_MIN_SPAN if opts["style"] == OFFLINE_STYLE and opts.get("outlines") else 0.02
    centre, zoom = _view(lats, lons, int(opts["width"]), height, min_span) if lats else ({"lat": 50.0, "lon": 2.8}, 6.5)
    open_data = [key for key in ("outlines", "lines") if opts.get(key)]
    layout = base_layout(
        lang,
        **map_frame(t("site_map.title", lang), wrap=22, legend={"bgcolor": PANEL, "font": {"size": 11}}),
        map={"style": map_style(opts["style"]), "center": centre, "zoom": zoom},
        height=height,
        showlegend=True,
        meta={"source_ids": sorted(set(profile.sources["source_id"])), "open_data": open_data},
    )
    fig = go.Figure(data=traces, layout=layout)
    fig.layout.map.layers = layers
    return fig
