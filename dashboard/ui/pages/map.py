"""/map: every site on a map, coloured by type, sized by power or investment, layers to switch."""

import streamlit as st

from dashboard.data import repository as data
from dashboard.domain.filters import apply_filters
from dashboard.domain.map import DEFAULT_LAYERS, LAYERS, OPEN_LAYERS, ign_in_region, mappable, select_map_sites
from dashboard.domain.tables import source_ids_in
from dashboard.figures.map import CHARTS, SIZE_BY
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.basemap import basemap_control
from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.opendata import fetch_button, open_datasets, origin_text
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.site_links import clicked_site, open_site

dataset, filters, lang = page_setup("map")
st.title(t("map_page.title", lang))
st.caption(t("map_page.intro", lang))
# The answer first: the map at the main column's full width, drawn here once its controls (under
# it: layers, point size, basemap, open-data notices) have been read.
map_slot = st.container()

layers = st.pills(t("map_page.layers", lang), list(LAYERS), selection_mode="multi",
                  default=list(DEFAULT_LAYERS), format_func=lambda key: t(f"map.layer_{key}", lang),
                  key="map_layers")
# Segmented controls, like the layers' pills: one widget family for the page's choices (a radio or
# a select box would each load a component of their own, a few % of the page's load).
size_by = st.segmented_control(t("map_page.size_by", lang), SIZE_BY, default=SIZE_BY[0], required=True,
                               key="map_size_by", format_func=lambda key: t(f"map.size_{key}", lang).capitalize())
style = basemap_control(t("map_page.style", lang), "map_style", lang)  # white when the online one cannot load
layers = tuple(layers or ())

outlines = None
if "outlines" in layers:
    outlines = data.drawn_outlines()  # the borders, prepared once per file
    if outlines is None:
        _, error = data.load_open_dataset("outlines")  # why not
        reason = error or t("map_page.outlines_not_cached", lang)
        st.info(escape_markdown(t("map_page.outlines_missing", lang, reason=reason)), icon=":material/info:")
        fetch_button("outlines", t("map_page.outlines_download", lang), "map_fetch_outlines", lang)

# Open-data layers: each says its file's date; the missing ones, how to get them (once asked), the
# layers switched off included (their files are not read).
layer_data = {layer: name for layer, name in OPEN_LAYERS.items() if layer in layers}
offered = [name for layer, name in OPEN_LAYERS.items() if layer not in layers]
found = open_datasets(layer_data.values(), lang, "map", offered=offered)
open_layers = {layer: found[name] for layer, name in layer_data.items()}
ign_left_out = ign_by_box = 0
if open_layers.get("ign_datacenters") is not None:  # rows without a département code: in the region?
    polygons, _ = data.load_open_dataset("outlines")
    open_layers["ign_datacenters"], ign_left_out, ign_by_box = ign_in_region(open_layers["ign_datacenters"], polygons)

selected = apply_filters(dataset.sites, filters)
selected = selected[selected["project_type"] != "region"]
shown = select_map_sites(dataset.sites, filters, layers)
with map_slot:
    if selected.empty:
        empty_state(lang)
    else:
        spec = CHARTS[0]
        options = {"size_by": size_by, "layers": layers, "style": style, "outlines": outlines, **open_layers}
        # One figure per (filters, language, options, open-data files), shared by every reader.
        version = data.open_data_version(["outlines", *layer_data.values()])
        fig = data.per_state(dataset, (spec.chart_id, filters, lang, size_by, layers, style, version),
                             lambda: spec.build(dataset, filters, lang, options))
        event = chart(fig, spec.chart_id, "map", filters, lang, select_points=True)
        clicked = clicked_site(event)
        if clicked:  # a click on a point opens that site's page
            open_site(clicked, lang)
        notes = [t("map_page.shown", lang, n=len(mappable(shown)))]
        unplaced = shown[shown["lat"].isna() | shown["lon"].isna()]
        if not unplaced.empty:
            notes.append(t("map_page.no_position", lang, names=", ".join(unplaced["name"].astype(str))))
        if "power" in layers and filters.active:
            notes.append(t("map_page.context_note", lang))
        if ign_left_out:
            notes.append(t("map_page.ign_left_out", lang, n=ign_left_out))
        if ign_by_box:
            notes.append(t("map_page.ign_by_box", lang, n=ign_by_box))
        st.caption(" ".join(escape_markdown(note) for note in notes))
if outlines is not None and not selected.empty:  # which outlines file: a download or the embedded copy
    st.caption(origin_text("outlines", None, lang))

footer(dataset, lang, source_ids_in(shown))
