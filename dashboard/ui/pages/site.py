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

from dashboard.data import basemap
from dashboard.data import repository as data
from dashboard.domain.site_profile import find_site, site_choices, site_profile
from dashboard.export.renderer import BrowserNotFoundError, ExportError, find_browser
from dashboard.export.site_pdf import site_pdf
from dashboard.export.site_sheet import site_sheet
from dashboard.figures.base import OFFLINE_STYLE, STYLES
from dashboard.figures.site import build_site_grid_map, outlines_box
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components import site_sheet as draw
from dashboard.ui.components.chart import CHART_CONFIG, title_bold_once
from dashboard.ui.components.footer import footer
from dashboard.ui.components.site_links import page_link, preset_params, site_siting_request
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.siting_controls import warn_unknown_preset


ONLINE_STYLE = STYLES[0]  # the basemap /map and /siting open on when it can load
OUTLINE_TOLERANCE = 0.001  # degrees, about 100 m


def search_box(dataset, lang: str) -> None:
    """A selectbox of every site; choosing one opens its page."""
    choices = dict(site_choices(dataset))
    chosen = st.selectbox(t("site_page.search", lang), list(choices), index=None, format_func=choices.get,
                          placeholder=t("site_page.search_placeholder", lang), key="site_search")
    if chosen:
        st.query_params["id"] = chosen
        st.rerun()


def pdf_button(sheet, profile, lang: str) -> None:
    """The sheet as PDF, made when clicked (Streamlit's deferred download data)."""
    try:
        find_browser()
        unavailable = ""
    except BrowserNotFoundError as exc:
        unavailable = t("site_page.pdf_unavailable", lang, error=str(exc))
    outlines, _ = data.load_open_dataset("outlines")

    def make() -> bytes:
        try:
            return site_pdf(sheet, profile, outlines=outlines)
        except ExportError as exc:  # the download then holds the message, never a traceback
            return t("site_page.pdf_failed", lang, error=str(exc)).encode("utf-8")

    st.download_button(t("site_page.pdf", lang), data=make, file_name=f"fiche_{profile.site_id}_{lang}.pdf",
                       mime="application/pdf", on_click="ignore", icon=":material/picture_as_pdf:",
                       help=unavailable or t("site_page.pdf_help", lang), disabled=bool(unavailable), key="site_pdf")


def small_map(profile, lang: str) -> None:
    """The site, its nearest 400 kV substation and the line to it; on the online basemap when its
    tiles can load, else on the white background with the département outlines (the embedded copy
    when none was downloaded), as /map does offline."""
    if not profile.has_position:
        st.info(t("site_page.no_map", lang), icon=":material/location_off:")
        return
    style = ONLINE_STYLE if basemap.reachable(ONLINE_STYLE) else OFFLINE_STYLE
    # Only the borders around the site, to 100 m (a pixel of this map is ~400 m).
    outlines = data.drawn_outlines(outlines_box(profile), OUTLINE_TOLERANCE) if style == OFFLINE_STYLE else None
    options = {"lang": lang, "width": 380, "height": 440, "style": style, "outlines": outlines}
    fig = title_bold_once(build_site_grid_map(profile, options))
    # Its modebar in one row over a narrow column: the wheel zooms, so no zoom buttons.
    config = {**CHART_CONFIG, "modeBarButtonsToRemove": [*CHART_CONFIG["modeBarButtonsToRemove"], "zoomInMap", "zoomOutMap"]}
    st.plotly_chart(fig, key="site-map", width="stretch", config=config)
    offline = " " + t("map.basemap_offline", lang) if style == OFFLINE_STYLE else ""
    st.caption(t("site_page.map_caption", lang) + offline)


def site_in_url(dataset, lang: str) -> str | None:
    """The id the URL names; of several (`id=a&id=b`), the first one the data knows, said with
    the others (a sheet shows one site)."""
    ids = list(dict.fromkeys(st.query_params.get_all("id")))
    site_id = next((i for i in ids if find_site(dataset, i) is not None), ids[0] if ids else None)
    if len(ids) > 1 and find_site(dataset, site_id) is not None:  # none known: the unknown id is said
        listed = ", ".join(f"« {escape_markdown(i[:80])} »" if lang == "fr" else f"“{escape_markdown(i[:80])}”"
                           for i in ids[:10])
        st.warning(t("site_page.several_ids", lang, n=len(ids), ids=listed, shown=escape_markdown(site_id[:80])),
                   icon=":material/warning:")
    return site_id


def render() -> None:
    dataset, _, lang = page_setup("site")
    site_id = site_in_url(dataset, lang)
    if find_site(dataset, site_id) is None:
        st.title(t("site_page.title", lang))
        if site_id:
            st.warning(t("site_page.unknown", lang, site_id=escape_markdown(site_id[:200])), icon=":material/search_off:")
        else:
            st.info(t("site_page.missing", lang), icon=":material/search:")
        search_box(dataset, lang)
        footer(dataset, lang, set())
        return
    request = site_siting_request()
    warn_unknown_preset(request.preset, lang)
    today = dt.date.today().isoformat()

    def profile_and_sheet():
        evaluation, _ = data.siting_evaluation(dataset.sites, request)
        profile = site_profile(dataset, site_id, evaluation)
        return profile, site_sheet(profile, lang, request, today=today)

    # Once per (site, language, campus size and weights, the scores' open data, day), shared by
    # every reader: the sheet's retained values and the evaluation cost most of a run.
    profile, sheet = data.per_state(dataset, ("site-sheet", site_id, lang, request, data.siting_data_version(), today),
                                    profile_and_sheet)

    st.title(escape_markdown(sheet.title))
    st.caption(escape_markdown(sheet.subtitle))
    # The answer first: the key figures and the score beside the small map; how the score is made,
    # the identity, the grid, the history and the sources follow.
    left, right = st.columns([5, 4], gap="medium")  # the map ≥ ~200 px wide in an 800 px window
    with left:
        draw.key_figures(sheet)
        draw.score(sheet)
    with right:
        small_map(profile, lang)
    pdf_button(sheet, profile, lang)
    draw.score_detail(sheet)
    page_link("siting", t("site_page.siting_link", lang), icon=":material/tune:", query_params=preset_params(request.preset))
    draw.identity(sheet)
    draw.grid(sheet)
    draw.figures(sheet)
    draw.brownfield(sheet)
    draw.sources(sheet)
    footer(dataset, lang, set(profile.sources["source_id"]))


render()
