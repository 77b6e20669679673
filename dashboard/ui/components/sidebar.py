"""The sidebar filters, kept in the URL (and in the session across page changes), and the setup
every page starts with: `dataset, filters, lang = page_setup("map")`.

The filters in force are said in words at load; their widgets are drawn once the reader opens
"Modifier les filtres" (four multiselects cost about 9 % of a page's load). The URL, not the
widgets, holds the filters, so nothing is lost while the panel is closed."""

from __future__ import annotations

import streamlit as st

from dashboard.data import repository as data
from dashboard.domain.filters import ABANDONED_PARAM, Choices, Filters, Notice, parse_query_params
from dashboard.domain.schema import DEPARTEMENTS, LANGUAGES
from dashboard.domain.tables import Dataset
from dashboard.i18n import colon, label_status, label_type, t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.notices import data_quality_notice, notice_text
from dashboard.ui.components.tabs import expander_on_demand

# Filters survive page changes through the session (navigation drops the query string).
_SESSION_KEY = "hdf_filters"


_FILTER_KEYS = {"type", "site", "dep", "status", "lang", ABANDONED_PARAM}
FILTERS_PANEL_KEY = "sidebar_filters"  # the filter widgets' expander (open: drawn)
LANGUAGE_BUTTON_KEY = "switch_language"
RESET_BUTTON_KEY = "reset_filters"
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language


def _url_params() -> dict[str, str]:
    """The query string, a repeated key merged (`type=data_center&type=battery` keeps both; a repeated
    `lang` becomes an unknown value, dropped with a notice): never silently the last one only."""
    return {key: ",".join(st.query_params.get_all(key)) for key in st.query_params.keys()}


def _current_params() -> dict[str, str]:
    params = _url_params()
    if not (_FILTER_KEYS & set(params)) and _SESSION_KEY in st.session_state:
        params = dict(st.session_state[_SESSION_KEY])
    return params


def current_lang() -> str:
    """The reader's language before the sidebar is drawn (e.g. for the navigation menu's titles)."""
    lang = str(_current_params().get("lang") or "fr").strip().lower()
    return lang if lang in LANGUAGES else "fr"


def _write_params(filters: Filters) -> None:
    """Put the filters in the URL (other pages' own parameters are kept) and in the session."""
    wanted = filters.to_query_params()
    st.session_state[_SESSION_KEY] = wanted
    current = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    # Other parameters kept with every value (/site?id=a&id=b stays so: the page says which it shows).
    target = {k: v for k, v in current.items() if k not in _FILTER_KEYS} | {k: [v] for k, v in wanted.items()}
    if current != target:
        st.query_params.from_dict(target)


def filters_in_words(filters: Filters, names: dict[str, str], lang: str) -> str:
    """The filters in force, one line per kind (site names are data: escaped)."""
    kinds = (
        ("filter_type", [label_type(v, lang) for v in filters.types]),
        ("filter_dep", [f"{v} {DEPARTEMENTS.get(v, '')}".strip() for v in filters.deps]),
        ("filter_status", [label_status(v, lang) for v in filters.statuses]),
        ("filter_site", [escape_markdown(str(names.get(v, v))) for v in filters.sites]),
    )
    lines = [f"**{t(key, lang)}**{colon(lang)}{', '.join(values)}" for key, values in kinds if values]
    return "  \n".join(lines) if lines else t("sidebar.none_active", lang)


def sidebar_filters(dataset: Dataset) -> tuple[Filters, list[Notice]]:
    """Read the filters from the URL, say them in the sidebar (their widgets once the reader opens
    the panel), write the user's changes back."""
    sites = dataset.sites
    # Once per data version (read-only): the values each filter accepts and the sites' names.
    choices, names = data.per_state(dataset, ("filter-choices",),
                                    lambda: (Choices.from_sites(sites), dict(zip(sites["site_id"], sites["name"]))))
    filters, notices = parse_query_params(_current_params(), choices)
    lang = filters.lang
    chosen: dict = {}

    def widgets() -> None:
        every = t("sidebar.all", lang)
        chosen["types"] = st.multiselect(t("filter_type", lang), choices.types, default=filters.types,
                                         format_func=lambda v: label_type(v, lang), placeholder=every)
        chosen["deps"] = st.multiselect(t("filter_dep", lang), choices.deps, default=filters.deps,
                                        format_func=lambda v: f"{v} {DEPARTEMENTS.get(v, '')}", placeholder=every)
        chosen["statuses"] = st.multiselect(t("filter_status", lang), choices.statuses, default=filters.statuses,
                                            format_func=lambda v: label_status(v, lang), placeholder=every)
        chosen["sites"] = st.multiselect(t("filter_site", lang), choices.sites, default=filters.sites,
                                         format_func=lambda v: names.get(v, v), placeholder=every)

    with st.sidebar:
        # One button to the other language, named in that language: a radio would load a widget of
        # its own on every page (about 2 % of a page's load) to show the language already read.
        other = next(code for code in LANGUAGES if code != lang)
        if st.button(LANGUAGE_NAMES[other], key=LANGUAGE_BUTTON_KEY, icon=":material/translate:"):
            lang = other
        st.header(t("filters", lang))
        in_words = st.empty()  # filled once the panel's widgets (if drawn) have said their choice
        expander_on_demand(t("sidebar.edit", lang), FILTERS_PANEL_KEY, widgets)
        filters_before = filters
        if chosen:
            filters = Filters(tuple(chosen["types"]), tuple(chosen["sites"]), tuple(chosen["deps"]),
                              tuple(chosen["statuses"]), lang, filters.with_abandoned)
        else:
            filters = Filters(filters.types, filters.sites, filters.deps, filters.statuses, lang, filters.with_abandoned)
        # Drawn when there is something to reset (a disabled button said nothing, and cost each page's load).
        reset = filters.active and st.button(t("reset", lang), key=RESET_BUTTON_KEY, width="stretch")
    if reset:
        filters = Filters(lang=lang)
    if reset or lang != filters_before.lang:  # rerun so the menu and every label follow
        _write_params(filters)
        st.rerun()
    _write_params(filters)
    # The hint in the same element, in small grey (each element drawn adds to every page's load).
    in_words.markdown(filters_in_words(filters, names, lang) + f"\n\n:small[:gray[{t('share_hint', lang)}]]")
    return filters, notices



def page_setup(page_key: str) -> tuple[Dataset, Filters, str]:
    """Load the cached tables, draw the shared sidebar, show notices; returns (dataset, filters, lang)."""
    dataset, warnings = data.load_dataset()
    filters, notices = sidebar_filters(dataset)
    lang = filters.lang
    dataset = dataset.in_language(lang)  # names and publishers with our words in the reader's language
    for notice in notices:
        st.warning(notice_text(notice, lang), icon=":material/warning:")
    for warning in warnings:  # open-data errors quote the file: plain text, never Markdown
        st.info(escape_markdown(warning))
    data_quality_notice(dataset, lang)
    return dataset, filters, lang

