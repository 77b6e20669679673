"""Overview (`/`): headline figures for the current filter, the region's target of data centres
against the data, the latest facts, and links to the other pages."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitAPIException

from dashboard.data import repository as data
from dashboard.domain import overview as ov
from dashboard.figures import overview as overview_figures
from dashboard.i18n import fmt_date, fmt_number, fmt_on_date, label_status, t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.chart import chart
from dashboard.ui.components.facts import LATEST_FACTS_KEY, facts_table, freshness_block, state_block
from dashboard.ui.components.footer import footer, source_links
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.tabs import expander_on_demand
from dashboard.ui.components.totals import abandoned_toggle, total_caption, total_text
from dashboard.ui.components.watch_queue import currency_caption

PAGES_DIR = Path(__file__).resolve().parent
# Other pages, in menu order: (page file stem, Material icon).
LINKS = (("map", ":material/map:"), ("occupancy", ":material/factory:"), ("investment", ":material/euro:"),
         ("data", ":material/table:"), ("siting", ":material/place:"))



def headline(summary: ov.Overview, lang: str, filters) -> None:
    st.subheader(t("overview_page.headline", lang))
    st.caption(t("overview_page.headline_scope", lang, n=len(summary.projects)))
    totals = summary.totals
    units = {"investment_eur": "EUR", "power_mw": "MW", "jobs": "jobs"}
    labels = {"investment_eur": "investment", "power_mw": "power", "jobs": "jobs"}
    columns = st.columns([0.6, 1.5, 1.5, 1.5])  # ranges and bounds ("jusqu'à 2 952 MW", "≈ 14 180–14 980"): never cut
    columns[0].metric(t("overview_page.projects", lang), fmt_number(len(summary.projects), lang))
    items = ", ".join(f"{label_status(s, lang)} {n}" for s, n in summary.by_status.items())
    columns[0].caption(t("overview_page.status_line", lang, items=items))
    for column, key in zip(columns[1:], ("investment_eur", "power_mw", "jobs")):
        total = totals[key]
        column.metric(t("overview_page." + labels[key], lang), total_text(total, units[key], lang))
        column.caption(total_caption(total, key, lang))
    if summary.power_excluded:
        columns[2].caption(t("overview_page.power_excluded", lang, n=summary.power_excluded))
    abandoned_toggle(filters, lang)


def target_block(summary: ov.Overview, lang: str, filters) -> None:
    target = summary.target
    value = fmt_number(target.value, lang, approximate=target.approximate)
    st.subheader(t("overview_page.target", lang))
    if target.value is None:
        st.write(t("overview_page.target_none", lang))
    else:
        raw = escape_markdown(target.raw_value or value)
        st.markdown(t("overview_page.target_value", lang, target=value, raw=raw, as_of=fmt_on_date(target.as_of, lang)))
    active = {s: n for s, n in target.by_status.items() if s != "abandoned"}
    detail = " (" + ", ".join(f"{label_status(s, lang).lower()} {n}" for s, n in active.items()) + ")" if active else ""
    st.markdown(t("overview_page.target_data", lang, active=target.active, abandoned=target.abandoned, detail=detail))
    if not target.sources.empty:
        st.caption(t("overview_page.target_source", lang))
        st.markdown(source_links(target.sources, lang))
    expander_on_demand(t("overview_page.target_chart", lang), "overview_target_chart",  # drawn once opened
                       lambda: chart(overview_figures.target_figure(target, lang), "data-center-target", "overview",
                                     filters, lang))
    if target.conflict:
        values = ", ".join(fmt_number(v, lang) for v in target.values)
        st.warning(t("overview_page.target_conflict", lang, values=values))
        facts_table(target.facts, lang, ["is_current", "value", "wording", "as_of", "url", "source", "title"])


def latest_block(summary: ov.Overview, lang: str) -> None:
    latest = summary.latest
    st.subheader(t("overview_page.latest", lang))
    st.caption(t("overview_page.latest_caption", lang, n=len(latest)))
    columns = ["site", "page", "attribute", "value", "wording", "flags", "as_of", "url", "source", "title"]
    expander_on_demand(t("overview_page.latest_open", lang, n=len(latest)), LATEST_FACTS_KEY,
                       lambda: facts_table(latest, lang, columns))


def page_links(lang: str, filters) -> None:
    st.subheader(t("overview_page.pages", lang))
    present = [(key, icon) for key, icon in LINKS if (PAGES_DIR / f"{key}.py").is_file()]
    columns = st.columns(max(len(present), 1))
    for column, (key, icon) in zip(columns, present):
        try:
            column.page_link(f"ui/pages/{key}.py", label=t(f"page_{key}", lang), icon=icon,
                             query_params=filters.to_query_params() or None)
        except StreamlitAPIException:  # a page not registered in this run
            continue


header = st.container()
dataset, filters, lang = page_setup("overview")
header.title(t("app_title", lang))
header.caption(t("overview_page.intro", lang))
header.caption(currency_caption(dataset, lang))
summary = data.per_state(dataset, ("overview-summary", filters), lambda: ov.summarize(dataset, filters))

if summary.projects.empty:
    empty_state(lang)
else:
    headline(summary, lang, filters)
    status_figure = data.per_state(dataset, ("projects-by-status", filters, lang),
                                   lambda: overview_figures.projects_by_status_figure(summary.projects, lang))
    chart(status_figure, "projects-by-status", "overview", filters, lang)
st.divider()
target_block(summary, lang, filters)
st.divider()
state_sources = state_block(dataset, lang, filters)
st.divider()
freshness_block(dataset, lang)
if not summary.latest.empty:
    st.divider()
    latest_block(summary, lang)
st.divider()
page_links(lang, filters)
footer(dataset, lang, summary.source_ids | set(summary.target.source_ids) | set(summary.target.centre_source_ids)
       | state_sources)
