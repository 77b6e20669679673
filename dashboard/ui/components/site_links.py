"""Links to a site's page (/site?id=…): from a table cell, a Markdown line, a button, or a click on
a map point; and the siting request the site page scores with (the one /siting last used)."""

from __future__ import annotations

import dataclasses
import urllib.parse
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitAPIException

from dashboard.domain import siting
from dashboard.domain.filters import Filters
from dashboard.i18n.escape import markdown_link

SITE_PAGE = Path(__file__).resolve().parent.parent / "pages" / "site.py"
SITING_REQUEST_KEY = "siting_request"  # the /siting page keeps its last Request here (a plain session value)


PRESET_PARAM = "preset"  # /siting's campus size in the URL (/siting?preset=1gw, /site?id=…&preset=1gw)


def site_url(site_id: str, lang: str = "fr", preset: str | None = None) -> str:
    """The site page's address relative to the app's root page ("site?id=…&lang=en"): a link from
    any page of the app, whatever path the app is served under. With `preset` (not the default
    one), the page scores the site for that campus size, in a new tab too."""
    params = {"id": site_id} | ({"lang": lang} if lang != "fr" else {}) | preset_params(preset)
    return "site?" + urllib.parse.urlencode(params)


def preset_params(preset: str | None) -> dict[str, str]:
    """The campus size as a URL's query parameters: none for the default one."""
    return {PRESET_PARAM: preset} if preset and preset != siting.DEFAULT_PRESET else {}


def preset_in_url() -> tuple[str | None, str]:
    """(the campus size the URL names, or None; the unknown value the URL gave, or '')."""
    value = st.query_params.get(PRESET_PARAM)
    if value is None:
        return None, ""
    return (value, "") if value in siting.PRESETS else (None, value)


def _show_site(site_id: str) -> None:
    st.query_params["id"] = site_id  # the site page reads its id from the URL on the rerun


def site_link(site_id: str, label: str, lang: str, *, same_page: bool = False, **kwargs) -> None:
    """An in-app link to a site's page (no reload: the session and its filters stay); a plain
    Markdown link when the page is run on its own, outside the app's navigation. From the site page
    itself (`same_page`), a link-styled button that changes the URL's id: Streamlit ignores a
    page link to the page already shown, whatever its query parameters."""
    if same_page:
        st.button(label, key=f"site-link-{site_id}", type="tertiary", on_click=_show_site, args=(site_id,), **kwargs)
        return
    params = {"id": site_id} | ({"lang": lang} if lang != "fr" else {})
    try:
        st.page_link(SITE_PAGE, label=label, query_params=params, **kwargs)
    except StreamlitAPIException:
        st.markdown(markdown_link(label, site_url(site_id, lang), relative=True))


def page_link(page: str, label: str, **kwargs) -> None:
    """A link to another page of the app (`page` = its file stem); nothing when the page is run on
    its own, outside the app's navigation."""
    try:
        st.page_link(SITE_PAGE.parent / f"{page}.py", label=label, **kwargs)
    except StreamlitAPIException:
        pass


def open_site(site_id: str, lang: str) -> None:
    """Go to a site's page now (e.g. after a click on a map point)."""
    params = {"id": site_id} | ({"lang": lang} if lang != "fr" else {})
    st.switch_page(SITE_PAGE, query_params=params)


def clicked_site(event) -> str | None:
    """The site id of the point clicked in a plotly chart's selection event (its customdata)."""
    points = getattr(getattr(event, "selection", None), "points", None) or []
    for point in points:
        custom = point.get("customdata")
        value = custom[0] if isinstance(custom, list) and custom else custom
        if isinstance(value, str) and value:
            return value
    return None


def remember_siting_request(request: siting.Request) -> None:
    st.session_state[SITING_REQUEST_KEY] = request


def site_siting_request() -> siting.Request:
    """The preset, weights and exclusions /siting last used in this session (else the defaults),
    over every site: a site's rank does not depend on the sidebar filters or on candidates. A
    campus size in the URL (a link from the ranking, opened in a new tab) wins over the session's
    when they differ, with that preset's own weights and rules."""
    request = st.session_state.get(SITING_REQUEST_KEY)
    wanted, _ = preset_in_url()
    if not isinstance(request, siting.Request) or (wanted and request.preset != wanted):
        request = siting.Request.of(None, None, wanted or siting.DEFAULT_PRESET)
    return dataclasses.replace(request, filters=Filters(), candidates=())
