"""A map's view (centre and zoom) kept across the reruns that redraw it.

Streamlit gives a plotly chart an element id that hashes its figure: a figure that changes (a
candidate added by a click on /siting's map) is a new element, mounted anew and drawn at the
figure's default view; plotly's `uirevision` cannot carry the reader's zoom and pan to it. A
script in the page (st.html, run once per page load) keeps the view of the keyed chart's MapLibre
map in the tab's sessionStorage at each move's end and puts it back on each new drawing (polled
every 100 ms).
"""

from __future__ import annotations

import json

import streamlit as st

# The chart's first moments (SETTLE_MS) are the frontend's: it may draw the figure again at its
# default view (its width settling), so the saved view is put back, in plotly's layout too (the
# frontend draws from that object), until then; the moves saved are the ones after.
_SCRIPT = """<script>
(() => {
  const selector = %(selector)s, storageKey = %(storage)s, settleMs = %(settle)d;
  window.__hdfKeptViews = window.__hdfKeptViews || {};
  if (window.__hdfKeptViews[storageKey]) return;  // once per page load, whatever the reruns
  window.__hdfKeptViews[storageKey] = true;
  const read = () => JSON.parse(sessionStorage.getItem(storageKey) || "null");
  const at = (map, view) => Math.abs(map.getZoom() - view.zoom) < 1e-3
    && Math.abs(map.getCenter().lng - view.center[0]) < 1e-5 && Math.abs(map.getCenter().lat - view.center[1]) < 1e-5;
  const keep = () => {
    const plot = document.querySelector(selector);
    const sub = plot && plot._fullLayout && plot._fullLayout.map && plot._fullLayout.map._subplot;
    if (!sub || !sub.map) return;
    const map = sub.map, now = performance.now();
    if (!plot.__hdfDrawnAt) {  // a new chart element: a new plot
      plot.__hdfDrawnAt = now;
      plot.__hdfSaved = read();
      map.on("moveend", () => {
        if (performance.now() - plot.__hdfDrawnAt < settleMs && plot.__hdfSaved) return;
        const centre = map.getCenter();
        sessionStorage.setItem(storageKey, JSON.stringify({center: [centre.lng, centre.lat], zoom: map.getZoom()}));
      });
    }
    const saved = plot.__hdfSaved;
    if (saved && now - plot.__hdfDrawnAt < settleMs && !at(map, saved)) {
      plot.layout.map = Object.assign(plot.layout.map || {}, {center: {lon: saved.center[0], lat: saved.center[1]},
                                                              zoom: saved.zoom});
      map.jumpTo({center: saved.center, zoom: saved.zoom});
    }
  };
  setInterval(keep, 100);
})();
</script>"""
SETTLE_MS = 1500


def keep_map_view(chart_key: str) -> None:
    """Keeps the reader's view of the map drawn under `chart_key` (chart.chart_key) on this page."""
    selector = f".st-key-{chart_key} .js-plotly-plot"
    words = {"selector": json.dumps(selector), "storage": json.dumps(f"hdf-map-view:{chart_key}"), "settle": SETTLE_MS}
    st.html(_SCRIPT % words, unsafe_allow_javascript=True)
