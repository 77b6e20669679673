"""/map: every site on a map, coloured by type, sized by power or investment, layers to switch."""

import streamlit as st

from dashboard.data import repository as data
from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer, sources_of
from dashboard.ui.components.notices import empty_state, md_escape
from dashboard.ui.components.sidebar import page_setup
from dashboard.figures.map import (
    CHARTS,
    DEFAULT_LAYERS,
    LAYERS,
    SIZE_BY,
    STYLES,
    TEXT,
    mappable,
    select_map_sites,
)
from dashboard.domain.filters import apply_filters
from dashboard.i18n import tr
from dashboard.data.opendata import DATASETS

PAGE_TEXT = {
    "fr": {
        "title": "Carte des sites",
        "intro": "Chaque site connu, coloré par type de projet. Survolez un point pour ses chiffres, ses sources et "
                 "la précision de sa position.",
        "layers": "Couches",
        "size_by": "Taille des points",
        "style": "Fond de carte",
        "outlines_missing": "Contours des départements absents : {reason}",
        "outlines_not_cached": "ils n'ont pas encore été téléchargés (aucune copie locale)",
        "outlines_download": "Télécharger les contours (Etalab, Licence Ouverte)",
        "outlines_downloading": "Téléchargement des contours…",
        "outlines_failed": "Téléchargement impossible : {reason}",
        "shown": "{n} site(s) sur la carte.",
        "no_position": "Sans position, donc absents de la carte : {names}.",
        "context_note": "Gravelines et les postes électriques restent affichés comme contexte quand la couche "
                        "« Gravelines et postes 400 kV » est active, quels que soient les filtres.",
        "outlines_credit": "Contours des départements : [Etalab, contours administratifs]({url}), Licence Ouverte 2.0.",
        "tiles_note": "Le fond de carte en ligne demande une connexion ; hors ligne, choisissez « Fond blanc ».",
    },
    "en": {
        "title": "Map of sites",
        "intro": "Every known site, coloured by project type. Hover over a point for its figures, its sources and "
                 "how precise its location is.",
        "layers": "Layers",
        "size_by": "Marker size",
        "style": "Basemap",
        "outlines_missing": "Département outlines missing: {reason}",
        "outlines_not_cached": "they have not been downloaded yet (no local copy)",
        "outlines_download": "Download the outlines (Etalab, Licence Ouverte)",
        "outlines_downloading": "Downloading the outlines…",
        "outlines_failed": "Download failed: {reason}",
        "shown": "{n} site(s) on the map.",
        "no_position": "No location, so not on the map: {names}.",
        "context_note": "Gravelines and the substations stay on the map as context while the \"Gravelines and "
                        "400 kV substations\" layer is on, whatever the filters.",
        "outlines_credit": "Département outlines: [Etalab, contours administratifs]({url}), Licence Ouverte 2.0.",
        "tiles_note": "The online basemap needs a connection; offline, pick \"White background\".",
    },
}

dataset, filters, lang = page_setup("map")
st.title(tr(PAGE_TEXT, "title", lang))
st.caption(tr(PAGE_TEXT, "intro", lang))

layers = st.pills(tr(PAGE_TEXT, "layers", lang), list(LAYERS), selection_mode="multi",
                  default=list(DEFAULT_LAYERS), format_func=lambda key: tr(TEXT, f"layer_{key}", lang),
                  key="map_layers")
size_col, style_col = st.columns([3, 2])
with size_col:
    size_by = st.radio(tr(PAGE_TEXT, "size_by", lang), SIZE_BY, key="map_size_by", horizontal=True,
                       format_func=lambda key: tr(TEXT, f"size_{key}", lang).capitalize())
with style_col:
    style = st.selectbox(tr(PAGE_TEXT, "style", lang), STYLES, key="map_style",
                         format_func=lambda key: tr(TEXT, f"style_{key}", lang))
layers = tuple(layers or ())

outlines = None
if "outlines" in layers:
    outlines, error = data.load_open_dataset("outlines")
    if outlines is None:
        reason = error or tr(PAGE_TEXT, "outlines_not_cached", lang)
        st.info(md_escape(tr(PAGE_TEXT, "outlines_missing", lang, reason=reason)), icon=":material/info:")
        if st.button(tr(PAGE_TEXT, "outlines_download", lang), key="map_fetch_outlines"):
            with st.spinner(tr(PAGE_TEXT, "outlines_downloading", lang)):
                failure = data.fetch_open_dataset("outlines")
            if failure:
                st.warning(md_escape(tr(PAGE_TEXT, "outlines_failed", lang, reason=failure)), icon=":material/warning:")
            else:
                st.rerun()

selected = apply_filters(dataset.sites, filters)
selected = selected[selected["project_type"] != "region"]
shown = select_map_sites(dataset.sites, filters, layers)
if selected.empty:
    empty_state(lang)
else:
    spec = CHARTS[0]
    options = {"size_by": size_by, "layers": layers, "style": style, "outlines": outlines}
    chart(spec.build(dataset, filters, lang, options), spec.chart_id, "map", filters, lang)
    notes = [tr(PAGE_TEXT, "shown", lang, n=len(mappable(shown)))]
    unplaced = shown[shown["lat"].isna() | shown["lon"].isna()]
    if not unplaced.empty:
        notes.append(tr(PAGE_TEXT, "no_position", lang, names=", ".join(unplaced["name"].astype(str))))
    if "power" in layers and filters.active:
        notes.append(tr(PAGE_TEXT, "context_note", lang))
    if style != "white-bg":
        notes.append(tr(PAGE_TEXT, "tiles_note", lang))
    st.caption(" ".join(md_escape(note) for note in notes))
    if outlines is not None:
        st.caption(tr(PAGE_TEXT, "outlines_credit", lang, url=DATASETS["outlines"].page_url))

footer(dataset, lang, sources_of(shown))
