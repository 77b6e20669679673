"""The maps' views in the page: each map fitted to the area its figure declares, at its real size,
and a kept map's view carried across the reruns that redraw it.

A figure's centre and zoom are fixed when it is built, but a map's size is the browser's (the page's
width, the legend's rows, a column: /siting's map is 418 px wide at 1400 px, 161 px at 800), so a
fixed zoom cut the region's north (Dunkerque, Gravelines) off the maps. A figure declares its area
(layout.meta["fit_bounds"], figures.base.map_view); a script in the page (st.html, one loop per page
load, polled every 100 ms) fits each map to it with MapLibre's cameraForBounds, unless the reader
has moved the map.

Streamlit gives a plotly chart an element id that hashes its figure: a figure that changes (a
candidate added by a click on /siting's map) is a new element, drawn at the figure's own view. A
kept map (a chart whose click reruns the page: chart(on_click=)) remembers the reader's view in the
tab's sessionStorage and puts it back on each new drawing.
"""

from __future__ import annotations

import json

import streamlit as st

FIT_PADDING = 24  # px around the area: room for a marker's radius at the edge

# Only the reader's moves count: plotly says them (drag, wheel, double-click, its mode bar's
# buttons) as a `plotly_relayout` of the map, and says neither its own redraws nor ours. The
# frontend may draw a figure again at its own view at any moment after it mounts (its width
# settling, late on a loaded machine), so the wanted view is put back whenever the map rests
# elsewhere, in plotly's layout too (the frontend redraws from that object); a view the map cannot
# take (a constraint) is tried once per map. `data-hdf-view` says "settled" once the map shows it
# (tests wait for it).
_SCRIPT = """<script>
(() => {
  const keep = %(keep)s, padding = %(padding)d, w = window;
  w.__hdfKeptMaps = w.__hdfKeptMaps || {};
  if (keep) w.__hdfKeptMaps[keep] = true;
  if (w.__hdfMapViews) return;  // one loop per page load, whatever the reruns
  w.__hdfMapViews = true;
  const mapOf = plot => {
    const sub = plot && plot._fullLayout && plot._fullLayout.map && plot._fullLayout.map._subplot;
    return sub && sub.map;
  };
  const storageKeyOf = plot => {
    const holder = plot.closest('[class*="st-key-"]');
    const name = holder && Array.from(holder.classList).find(c => c.startsWith("st-key-"));
    return name && w.__hdfKeptMaps[name.slice(7)] ? "hdf-map-view:" + name.slice(7) : null;
  };
  const at = (map, view) => Math.abs(map.getZoom() - view.zoom) < 1e-3
    && Math.abs(map.getCenter().lng - view.center[0]) < 1e-5 && Math.abs(map.getCenter().lat - view.center[1]) < 1e-5;
  const fitted = (plot, map) => {
    const b = plot.layout && plot.layout.meta && plot.layout.meta.fit_bounds, box = map.getContainer();
    if (!b || box.clientWidth <= 2 * padding || box.clientHeight <= 2 * padding) return null;  // hidden (a tab)
    const camera = map.cameraForBounds([[b[0], b[1]], [b[2], b[3]]], {padding});
    return camera ? {center: [camera.center.lng, camera.center.lat], zoom: camera.zoom} : null;
  };
  const listen = plot => plot.on("plotly_relayout", edits => {
    const map = mapOf(plot);
    if (!map || !Object.keys(edits || {}).some(key => key.startsWith("map."))) return;
    const centre = map.getCenter(), storageKey = storageKeyOf(plot);
    plot.__hdfReaderView = {center: [centre.lng, centre.lat], zoom: map.getZoom()};
    if (storageKey) sessionStorage.setItem(storageKey, JSON.stringify(plot.__hdfReaderView));
  });
  const settle = plot => {
    const map = mapOf(plot);
    if (!map) return;
    if (!plot.__hdfListening) { plot.__hdfListening = true; listen(plot); }
    const storageKey = storageKeyOf(plot);
    const kept = storageKey ? JSON.parse(sessionStorage.getItem(storageKey) || "null") : plot.__hdfReaderView;
    const view = kept || fitted(plot, map);
    if (map.isMoving()) { plot.dataset.hdfView = "moving"; return; }
    const wanted = view && JSON.stringify(view);
    if (!view || at(map, view) || (plot.__hdfUnreachable === wanted && plot.__hdfTriedOn === map)) {
      plot.dataset.hdfView = "settled";
      return;
    }
    plot.layout.map = Object.assign(plot.layout.map || {}, {center: {lon: view.center[0], lat: view.center[1]},
                                                            zoom: view.zoom});
    map.jumpTo({center: view.center, zoom: view.zoom});
    if (!at(map, view)) { plot.__hdfUnreachable = wanted; plot.__hdfTriedOn = map; }
    plot.dataset.hdfView = "put";
  };
  setInterval(() => document.querySelectorAll(".js-plotly-plot").forEach(settle), 100);
})();
</script>"""


def map_views(keep: str | None = None) -> None:
    """Fits the page's maps to the areas their figures declare (one loop per page load); `keep`, a
    chart's key (chart.chart_key), also keeps the reader's view of that map across the reruns that
    redraw it."""
    words = {"keep": json.dumps(keep), "padding": FIT_PADDING}
    st.html(_SCRIPT % words, unsafe_allow_javascript=True)
