"""Facts as the pages list them (values with their wording: as written, paraphrase, keyword), the
State-identified site counts with their history, and the projects whose facts are stale."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import config
from dashboard.data import repository as data
from dashboard.domain.history import history_path
from dashboard.domain.schedule import stale_projects
from dashboard.domain.tables import Dataset
from dashboard.domain import overview as ov
from dashboard.figures import overview as overview_figures
from dashboard.figures.base import SourceIndex
from dashboard.figures.schedule import period_text, promise_text
from dashboard.i18n import fmt_as_of, fmt_date, fmt_number, fmt_slip, is_unknown, label_status, t
from dashboard.ui.components.chart import chart
from dashboard.ui.components.site_links import site_url
from dashboard.ui.components.tabs import expander_on_demand

# Session keys of the overview's expanders (open = drawn), for the tests to open them.
STATE_DETAILS_KEY = "overview_state_details"
FRESHNESS_LIST_KEY = "overview_stale_list"
LATEST_FACTS_KEY = "overview_latest_facts"


def text_columns(columns: dict[str, tuple[str, int]], lang: str) -> dict:
    """column -> (word key, width) as Streamlit text-column settings with translated headers."""
    return {column: st.column_config.TextColumn(t(key, lang), width=width) for column, (key, width) in columns.items()}


def facts_table(facts: pd.DataFrame, lang: str, columns: list[str]) -> None:
    """Facts (from ov.facts_with_sources) as a table; data values are shown as text, never as markup.
    A value always comes with its wording, so a paraphrase is never read as the source's words."""
    qualifiers = facts["qualifier"] if "qualifier" in facts else facts["approximate"].map({True: "approx"})
    projections = facts["projection"] if "projection" in facts else [False] * len(facts)
    flags = [
        " ".join(f for f in (t(f"overview_page.flag_{q}", lang) if q in ("approx", "at_most", "at_least") else "",
                             t("overview_page.flag_projection", lang) if p else "",
                             t("overview_page.flag_conflict", lang) if c else "") if f)
        for q, p, c in zip(qualifiers, projections, facts["conflict"])
    ]
    pages = [site_url(site_id, lang) for site_id in facts["site_id"]] if "page" in columns else None
    table = facts.assign(flags=flags, is_current=["✓" if c else "" for c in facts["is_current"]], page=pages)[columns]
    widths = {"site": 200, "attribute": 120, "value": 150, "wording": 110, "as_of": 110, "source": 180,
              "flags": 110, "title": 400, "is_current": 70}
    keys = {"is_current": "current"}
    config = text_columns({c: (f"overview_page.col_{keys.get(c, c)}", w) for c, w in widths.items()}, lang)
    config["url"] = st.column_config.LinkColumn(t("overview_page.col_link", lang),
                                                display_text=t("overview_page.open", lang), width=60)
    # Each fact's site has its own page.
    config["page"] = st.column_config.LinkColumn(t("overview_page.col_page", lang),
                                                 display_text=t("overview_page.open_page", lang), width=100)
    st.dataframe(table, hide_index=True, placeholder="", width="stretch", column_config=config)


def state_block(dataset: Dataset, lang: str, filters) -> set[str]:
    """The State-identified site counts over time (7 → 8 → 16 …), apart from the Region's target;
    the chart and the facts behind it are drawn once their expander is opened. Returns the source
    ids shown (the footer lists them either way: the path above the expander cites them)."""
    st.subheader(t("overview_page.state", lang))
    history = data.per_state(dataset, ("state-history",), lambda: ov.state_history(dataset))  # read-only
    if history.empty:
        st.write(t("overview_page.state_none", lang))
        return set()
    path = " → ".join(fmt_number(v, lang) for v in history_path(history))
    st.markdown(t("overview_page.state_path", lang, path=path))

    def details() -> None:
        chart(overview_figures.state_identified_figure(history, lang), "state-identified-sites", "overview",
              filters, lang)
        facts_table(ov.facts_with_sources(history, dataset, lang), lang,
                    ["value", "wording", "as_of", "url", "source", "title"])

    expander_on_demand(t("overview_page.state_details", lang, n=len(history)), STATE_DETAILS_KEY, details)
    return set(history["source_id"])


def freshness_block(dataset: Dataset, lang: str) -> None:
    """Projects whose latest dated fact is older than six months (today: config.today()): their
    number at load, the list once its expander is opened."""
    today = config.today()
    st.subheader(t("overview_page.fresh", lang))
    stale = data.per_state(dataset, ("stale-projects", today), lambda: stale_projects(dataset.sites, today))
    if stale.empty:
        st.write(t("overview_page.fresh_none", lang))
        return
    st.caption(t("overview_page.fresh_caption", lang, today=fmt_date(today, lang)))

    def stale_list() -> None:
        table = pd.DataFrame({
            "site": stale["name"],
            "status": [label_status(s, lang) for s in stale["status"]],
            "latest": [fmt_as_of(a, lang) for a in stale["latest_fact_as_of"]],
        })
        st.dataframe(table, hide_index=True, width="stretch", column_config=text_columns({
            "site": ("overview_page.col_site", 380), "status": ("overview_page.col_status", 140),
            "latest": ("overview_page.col_latest_fact", 160)}, lang))

    expander_on_demand(t("overview_page.fresh_list", lang, n=len(stale)), FRESHNESS_LIST_KEY, stale_list)


def slip_table(slips: pd.DataFrame, dataset: Dataset, lang: str) -> None:
    """The delay table: projects with two or more dated promises, largest slip first, each end with
    its words, wording, date and source (domain.schedule.schedule_slips' order)."""
    st.subheader(t("schedule.table", lang))
    compared = slips[slips["promises"] > 1]
    if compared.empty:
        st.write(t("schedule.table_none", lang))
    else:
        st.caption(t("schedule.table_caption", lang))
        sources = SourceIndex(dataset.sources)
        rows = list(compared.iterrows())
        table = pd.DataFrame({
            "project": compared["name"],
            "slip": [fmt_slip(v, lang) for v in compared["slip_months"]],
            "change": [f"{period_text(row, 'first', lang)} → {period_text(row, 'latest', lang)}" for _, row in rows],
            "first": [promise_text(row, "first", sources, lang) for _, row in rows],
            "latest": [promise_text(row, "latest", sources, lang) + (" ⚠" if row["conflict"] else "") for _, row in rows],
            "announced": [fmt_as_of(str(v), lang) if not is_unknown(v) else t("unknown", lang)
                          for v in compared["announced_start"]],
        })
        widths = {"project": 220, "slip": 80, "change": 250, "first": 300, "latest": 420, "announced": 110}
        st.dataframe(table, hide_index=True, width="stretch",
                     column_config=text_columns({c: (f"schedule.col_{c}", w) for c, w in widths.items()}, lang))
    single = int((slips["promises"] <= 1).sum())
    if single:
        st.caption(t("schedule.single", lang, n=single))
