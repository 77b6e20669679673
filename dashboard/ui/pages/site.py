"""/site?id=<site_id>: one site's page: identity, figures with their history, host and tenants, a
small map with its nearest 400 kV substation, its suitability score, its sources, and the same
sheet as a PDF.

Thin page: dashboard.domain.site_profile gathers, dashboard.export.site_sheet words (the PDF
prints the same sheet), dashboard.ui.components.site_sheet draws. The score is /siting's own
evaluation (its last preset and weights in this session, over every site).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard.data import repository as data
from dashboard.domain.site_profile import find_site, site_choices, site_profile
from dashboard.export.renderer import BrowserNotFoundError, ExportError, find_browser
from dashboard.export.site_pdf import site_pdf
from dashboard.export.site_sheet import site_sheet
from dashboard.figures.site import build_site_grid_map
from dashboard.i18n import tr
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components import site_sheet as draw
from dashboard.ui.components.footer import footer
from dashboard.ui.components.site_links import page_link, site_siting_request
from dashboard.ui.components.sidebar import page_setup

TEXT = {
    "fr": {
        "title": "Fiche d'un site",
        "missing": "Aucun site demandé : choisissez-en un ci-dessous.",
        "unknown": "Aucun site n'a l'identifiant « {site_id} » dans les données. Choisissez un site ci-dessous.",
        "search": "Rechercher un site",
        "search_placeholder": "Nom du site…",
        "pdf": "Télécharger la fiche (PDF)",
        "pdf_help": "La même fiche sur une ou deux pages A4, avec ses sources et la date des données.",
        "pdf_unavailable": "PDF indisponible : {error}",
        "pdf_failed": "La fiche PDF n'a pas pu être produite : {error}",
        "siting_link": "Changer la taille de campus et les poids (page Implantation)",
        "map_caption": "Trait : distance à vol d'oiseau jusqu'au poste 400 kV le plus proche, celle que le score utilise.",
        "no_map": "Ce site n'a pas de position : pas de carte ni de distances.",
    },
    "en": {
        "title": "Site profile",
        "missing": "No site asked for: pick one below.",
        "unknown": "No site has the id “{site_id}” in the data. Pick a site below.",
        "search": "Find a site",
        "search_placeholder": "Site name…",
        "pdf": "Download the sheet (PDF)",
        "pdf_help": "The same sheet on one or two A4 pages, with its sources and the data's date.",
        "pdf_unavailable": "PDF unavailable: {error}",
        "pdf_failed": "The PDF sheet could not be made: {error}",
        "siting_link": "Change the campus size and the weights (Siting page)",
        "map_caption": "Line: distance as the crow flies to the nearest 400 kV substation, the one the score uses.",
        "no_map": "This site has no location: no map and no distances.",
    },
}


def search_box(dataset, lang: str) -> None:
    """A selectbox of every site; choosing one opens its page."""
    choices = dict(site_choices(dataset))
    chosen = st.selectbox(tr(TEXT, "search", lang), list(choices), index=None, format_func=choices.get,
                          placeholder=tr(TEXT, "search_placeholder", lang), key="site_search")
    if chosen:
        st.query_params["id"] = chosen
        st.rerun()


def pdf_button(sheet, profile, lang: str) -> None:
    """The sheet as PDF, made when clicked (Streamlit's deferred download data)."""
    try:
        find_browser()
        unavailable = ""
    except BrowserNotFoundError as exc:
        unavailable = tr(TEXT, "pdf_unavailable", lang, error=str(exc))
    outlines, _ = data.load_open_dataset("outlines")

    def make() -> bytes:
        try:
            return site_pdf(sheet, profile, outlines=outlines)
        except ExportError as exc:  # the download then holds the message, never a traceback
            return tr(TEXT, "pdf_failed", lang, error=str(exc)).encode("utf-8")

    st.download_button(tr(TEXT, "pdf", lang), data=make, file_name=f"fiche_{profile.site_id}_{lang}.pdf",
                       mime="application/pdf", on_click="ignore", icon=":material/picture_as_pdf:",
                       help=unavailable or tr(TEXT, "pdf_help", lang), disabled=bool(unavailable), key="site_pdf")


def render() -> None:
    dataset, _, lang = page_setup("site")
    site_id = st.query_params.get("id")
    if find_site(dataset, site_id) is None:
        st.title(tr(TEXT, "title", lang))
        if site_id:
            st.warning(tr(TEXT, "unknown", lang, site_id=escape_markdown(site_id[:200])), icon=":material/search_off:")
        else:
            st.info(tr(TEXT, "missing", lang), icon=":material/search:")
        search_box(dataset, lang)
        footer(dataset, lang, set())
        return
    request = site_siting_request()
    evaluation, _ = data.siting_evaluation(dataset.sites, request)
    profile = site_profile(dataset, site_id, evaluation)
    sheet = site_sheet(profile, lang, request, today=dt.date.today().isoformat())

    st.title(escape_markdown(sheet.title))
    st.caption(escape_markdown(sheet.subtitle))
    pdf_button(sheet, profile, lang)
    left, right = st.columns([3, 2], gap="large")
    with left:
        draw.identity(sheet)
        draw.grid(sheet)
    with right:
        if profile.has_position:
            fig = build_site_grid_map(profile, {"lang": lang, "width": 480})
            st.plotly_chart(fig, key="site-map", width="stretch", config={"displaylogo": False})
            st.caption(tr(TEXT, "map_caption", lang))
        else:
            st.info(tr(TEXT, "no_map", lang), icon=":material/location_off:")
    draw.score(sheet)
    page_link("siting", tr(TEXT, "siting_link", lang), icon=":material/tune:")
    draw.figures(sheet)
    draw.brownfield(sheet)
    draw.sources(sheet)
    footer(dataset, lang, set(profile.sources["source_id"]))


render()
