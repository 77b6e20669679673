"""Streamlit pieces every page shares: the sidebar filters (kept in the URL), notices, the
data-quality notice, the empty state, a chart with its downloads, and the sources footer.

Pages stay thin: `dataset, filters, lang = page_setup("map")`, one service call, the charts,
`footer(...)`.
"""

from __future__ import annotations

import datetime as dt
import html

import pandas as pd
import streamlit as st

from dashboard.data import repository as data
from dashboard.domain.filters import Choices, Filters, Notice, parse_query_params
from dashboard.i18n import fmt_date, label_status, label_type, t, tr
from dashboard.domain.schema import DEPARTEMENTS, LANGUAGES
from dashboard.domain.tables import Dataset

# Filters survive page changes through the session (navigation drops the query string).
_SESSION_KEY = "hdf_filters"


_FILTER_KEYS = {"type", "site", "dep", "status", "lang"}
_TEXT = {"fr": {"all": "Tous"}, "en": {"all": "All"}}  # an empty filter keeps everything


def _notice_text(notice: Notice, lang: str) -> str:
    key = "notice_too_long" if notice.reason == "too_long" else "notice_unknown"
    # The value comes from the URL: escaped so Markdown shows it as typed, never as a link or markup.
    value = "".join(c if c.isprintable() else f"U+{ord(c):04X}" for c in notice.value)  # e.g. %00
    return t(key, lang, param=_md_escape(notice.param), value=_md_escape(value))


def _url_params() -> dict[str, str]:
    return {key: st.query_params.get(key) for key in st.query_params.keys()}


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
    current = _url_params()
    target = {k: v for k, v in current.items() if k not in _FILTER_KEYS} | wanted
    if current != target:
        st.query_params.from_dict(target)


def sidebar_filters(sites: pd.DataFrame) -> tuple[Filters, list[Notice]]:
    """Read the filters from the URL, draw them in the sidebar, write the user's changes back."""
    choices = Choices.from_sites(sites)
    filters, notices = parse_query_params(_current_params(), choices)
    lang = filters.lang
    names = dict(zip(sites["site_id"], sites["name"]))
    with st.sidebar:
        lang = st.radio(
            t("language", lang), ["fr", "en"], index=["fr", "en"].index(lang), horizontal=True,
            format_func=lambda code: {"fr": "Français", "en": "English"}[code],
        )
        st.header(t("filters", lang))
        every = tr(_TEXT, "all", lang)
        types = st.multiselect(t("filter_type", lang), choices.types, default=filters.types,
                               format_func=lambda v: label_type(v, lang), placeholder=every)
        deps = st.multiselect(t("filter_dep", lang), choices.deps, default=filters.deps,
                              format_func=lambda v: f"{v} {DEPARTEMENTS.get(v, '')}", placeholder=every)
        statuses = st.multiselect(t("filter_status", lang), choices.statuses, default=filters.statuses,
                                  format_func=lambda v: label_status(v, lang), placeholder=every)
        site_ids = st.multiselect(t("filter_site", lang), choices.sites, default=filters.sites,
                                  format_func=lambda v: names.get(v, v), placeholder=every)
        reset = st.button(t("reset", lang), width="stretch")
        st.caption(t("share_hint", lang))
    filters_before = filters
    filters = Filters(tuple(types), tuple(site_ids), tuple(deps), tuple(statuses), lang)
    if reset:
        filters = Filters(lang=lang)
    if reset or lang != filters_before.lang:  # rerun so the menu and every label follow
        _write_params(filters)
        st.rerun()
    _write_params(filters)
    return filters, notices


def data_quality_notice(dataset: Dataset, lang: str) -> None:
    problems = dataset.problems
    if problems.empty:
        return
    with st.expander(t("data_quality", lang, n=len(problems)), icon=":material/warning:"):
        st.dataframe(problems, hide_index=True, width="stretch")


def page_setup(page_key: str) -> tuple[Dataset, Filters, str]:
    """Load the cached tables, draw the shared sidebar, show notices; returns (dataset, filters, lang)."""
    dataset, warnings = data.load_dataset()
    filters, notices = sidebar_filters(dataset.sites)
    lang = filters.lang
    for notice in notices:
        st.warning(_notice_text(notice, lang), icon=":material/warning:")
    for warning in warnings:
        st.info(warning)
    data_quality_notice(dataset, lang)
    return dataset, filters, lang


def empty_state(lang: str) -> None:
    st.info(t("empty_state", lang), icon=":material/search_off:")


def chart_file_stem(page: str, chart_id: str, filters: Filters, day: dt.date | None = None) -> str:
    """A meaningful, file-system-safe name: page, chart, filters, date."""
    parts = [page, chart_id]
    for value in (*filters.types, *filters.deps, *filters.statuses, *filters.sites):
        parts.append(value)
    parts.append((day or dt.date.today()).isoformat())
    stem = "_".join(parts)
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)
    return safe[:150]


def chart(fig, chart_id: str, page: str, filters: Filters, lang: str) -> None:
    """A plotly chart whose modebar downloads a 2× PNG with a meaningful name, and PNG / SVG / PDF
    downloads beside it rendered on the server on click (dashboard.export)."""
    stem = chart_file_stem(page, chart_id, filters)
    config = {"toImageButtonOptions": {"format": "png", "filename": stem, "scale": 2}, "displaylogo": False}
    st.plotly_chart(fig, config=config, key=f"chart-{chart_id}", width="stretch")
    from dashboard.export import download_buttons  # imported on first chart: kaleido only on click

    download_buttons(fig, chart_id, page, filters, lang)


def source_links(sources: pd.DataFrame, lang: str) -> str:
    """Markdown list of sources; only http(s) links, every text escaped."""
    lines = []
    for row in sources.itertuples(index=False):
        title = _md_escape(row.title)
        publisher = _md_escape(row.publisher)
        date = fmt_date(row.published, lang) if row.published else t("unknown", lang)
        url = str(row.url)
        link = f"[{title}]({url})" if url.startswith(("http://", "https://")) and ")" not in url else title
        lines.append(f"- {publisher}, {link}, {date}")
    return "\n".join(lines)


def _md_escape(text: object) -> str:
    """Escape what Markdown or HTML would interpret in a data value."""
    escaped = html.escape(str(text), quote=False)
    for char in "\\`*_{}[]()#+-.!|<>~$":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


md_escape = _md_escape  # public name for pages that write data values into Markdown


def footer(dataset: Dataset, lang: str, source_ids: set[str] | None = None) -> None:
    """Sources (those behind what the page shows, or all) and the data's date."""
    sources = dataset.sources
    if source_ids is not None:
        sources = sources[sources["source_id"].isin(source_ids)]
    st.divider()
    publishers = ", ".join(sorted(set(sources["publisher"])))
    st.caption(_md_escape(t("footer", lang, sources=publishers or "—", as_of=fmt_date(dataset.as_of, lang))))
    with st.expander(t("sources", lang) + f" ({len(sources)})"):
        st.markdown(source_links(sources, lang))


def sources_of(sites: pd.DataFrame) -> set[str]:
    """Source ids cited by a set of site rows."""
    return {sid for ids in sites["source_ids"].dropna() for sid in str(ids).split(";") if sid}
