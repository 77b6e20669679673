"""A map's view (centre and zoom) kept across the reruns that redraw it.

Streamlit gives a plotly chart an element id that hashes its figure: a figure that changes (a
candidate added by a click on /siting's map) is a new element, mounted anew and drawn at the
figure's default view; plotly's `uirevision` cannot carry the reader's zoom and pan to it. A
script in the page (st.html, run once per page load) keeps the keyed chart's view in the tab's
sessionStorage and puts it back on the map whenever a drawing shows another one (polled every
100 ms).
"""

from __future__ import annotations

import json

import streamlit as st

# Only the reader's moves are kept: plotly says them (drag, wheel, double-click, its mode bar's
# buttons) as a `plotly_relayout` of the map, and says neither its own redraws nor ours. The
# frontend may draw a figure again at its default view at any moment after it mounts (its width
# settling, later on a loaded machine), so the kept view is put back whenever the map rests
# elsewhere, in plotly's layout too (the frontend redraws from that object), not only in a first
# window; a view the map cannot take (a constraint) is tried once per map.
_SCRIPT = """<script>
(() => {
  const selector = %(selector)s, storageKey = %(storage)s;
  window.__hdfKeptViews = window.__hdfKeptViews || {};
  if (window.__hdfKeptViews[storageKey]) return;  // once per page load, whatever the reruns
  window.__hdfKeptViews[storageKey] = true;
  const mapOf = plot => {
    const sub = plot && plot._fullLayout && plot._fullLayout.map && plot._fullLayout.map._subplot;
    return sub && sub.map;
  };
  const at = (map, view) => Math.abs(map.getZoom() - view.zoom) < 1e-3
    && Math.abs(map.getCenter().lng - view.center[0]) < 1e-5 && Math.abs(map.getCenter().lat - view.center[1]) < 1e-5;
  const keep = () => {
    const plot = document.querySelector(selector), map = mapOf(plot);
    if (!map) return;
    if (!plot.__hdfListening) {  // a new chart element
      plot.__hdfListening = true;
      plot.on("plotly_relayout", edits => {
        const moved = mapOf(plot);
        if (!moved || !Object.keys(edits || {}).some(key => key.startsWith("map."))) return;
        const centre = moved.getCenter();
        sessionStorage.setItem(storageKey, JSON.stringify({center: [centre.lng, centre.lat], zoom: moved.getZoom()}));
      });
    }
    const kept = sessionStorage.getItem(storageKey), view = JSON.parse(kept || "null");
    if (!view || map.isMoving() || at(map, view)) return;
    if (plot.__hdfUnreachable === kept && plot.__hdfTriedOn === map) return;
    plot.layout.map = Object.assign(plot.layout.map || {}, {center: {lon: view.center[0], lat: view.center[1]},
                                                            zoom: view.zoom});
    map.jumpTo({center: view.center, zoom: view.zoom});
    if (!at(map, view)) { plot.__hdfUnreachable = kept; plot.__hdfTriedOn = map; }
  };
  setInterval(keep, 100);
})();
</script>"""


def keep_map_view(chart_key: str) -> None:
    """Keeps the reader's view of the map drawn under `chart_key` (chart.chart_key) on this page."""
    selector = f".st-key-{chart_key} .js-plotly-plot"
    words = {"selector": json.dumps(selector), "storage": json.dumps(f"hdf-map-view:{chart_key}")}
    st.html(_SCRIPT % words, unsafe_allow_javascript=True)
