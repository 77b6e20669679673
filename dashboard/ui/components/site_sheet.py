"""A site's sheet (dashboard.export.site_sheet) drawn with Streamlit: identity, links to its host
and tenants, figures with their history, grid and score, sources. Every data value is escaped
for Markdown; the tables are Markdown tables (markdown_table), which cost the page's load nothing
where two st.table cost it 14 %."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.export.site_sheet import SiteSheet
from dashboard.i18n import colon, t
from dashboard.i18n.escape import escape_markdown, markdown_table
from dashboard.ui.components.site_links import site_link
from dashboard.ui.components.tabs import expander_on_demand

# The session key of a figure's history expander (open = drawn): "site_history_<attribute>".
HISTORY_KEY = "site_history_{attribute}"


def table(frame: pd.DataFrame, links: dict[str, str] | None = None) -> None:
    if not frame.empty:
        st.markdown(markdown_table(frame, links))


def pairs(rows: list[tuple[str, str]], lang: str) -> None:
    """Label: value lines."""
    st.markdown("\n".join(f"- **{escape_markdown(k)}**{colon(lang)}{escape_markdown(v)}" for k, v in rows))


def identity(sheet: SiteSheet) -> None:
    words = sheet.labels
    st.subheader(words["identity"])
    pairs(sheet.identity, sheet.lang)
    if sheet.host is not None or sheet.tenants:
        st.markdown(f"**{words['host_and_tenants']}**")
        if sheet.host is not None:
            site_link(sheet.host.site_id, f"{words['host']} — {sheet.host.name}", sheet.lang, same_page=True,
                      icon=":material/factory:")
        for tenant in sheet.tenants:
            site_link(tenant.site_id, f"{tenant.name} ({tenant.detail})", sheet.lang, same_page=True,
                      icon=":material/subdirectory_arrow_right:")


def grid(sheet: SiteSheet) -> None:
    st.subheader(sheet.labels["grid"])
    pairs(sheet.grid, sheet.lang)
    st.caption(sheet.labels["distance_note"])


def key_figures(sheet: SiteSheet) -> None:
    """Investment, power, jobs, commissioning: each retained value with its date and source."""
    st.subheader(sheet.labels["key_figures"])
    if sheet.key_figures.empty:
        st.markdown(escape_markdown(sheet.labels["no_key_figures"]))
        return
    # One line each (a table's four columns wrap in this half-width column): value — date, source.
    lines = []
    for key, value, as_of, source in sheet.key_figures.itertuples(index=False):
        known = ", ".join(escape_markdown(part) for part in (as_of, source) if part != "—")
        lines.append(f"- **{escape_markdown(key)}**{colon(sheet.lang)}{escape_markdown(value)}"
                     + (f" — {known}" if known else ""))
    st.markdown("\n".join(lines))


def score(sheet: SiteSheet) -> None:
    """The score in one line (the first screen); `score_detail` shows how it is made."""
    st.subheader(sheet.labels["score"])
    st.markdown(f"**{escape_markdown(sheet.score_summary)}**")


def score_detail(sheet: SiteSheet) -> None:
    """The preset, the weights and each criterion's points (checkable by hand)."""
    if sheet.score_detail:
        st.caption(escape_markdown(sheet.score_detail))
    table(sheet.criteria)


def history(frame: pd.DataFrame, key: str, lang: str, after: str = "") -> None:
    """A figure's history table, drawn once its expander is opened (the current value and any
    disagreement are shown above it at load), and `after` it a caption (where our notes are)."""
    def draw() -> None:
        table(frame)
        if after:
            st.caption(escape_markdown(after))

    if not frame.empty:
        expander_on_demand(t("site_page.history", lang, n=len(frame)), key, draw)


def figures(sheet: SiteSheet) -> None:
    words = sheet.labels
    st.subheader(words["status_history"])
    if sheet.status_history.empty:
        st.caption(t("site_page.no_status_history", sheet.lang))
    # Our notes are in English (schema.NOTES_LANGUAGE): a French table says where they are.
    elsewhere = words["notes_elsewhere"]
    history(sheet.status_history, HISTORY_KEY.format(attribute="status"), sheet.lang, elsewhere)
    st.subheader(words["figures"])
    if not sheet.figures:
        st.info(words["no_figures"], icon=":material/info:")
    for block in sheet.figures:
        st.markdown(f"#### {escape_markdown(block.heading)}{colon(sheet.lang)}{escape_markdown(block.current)}")
        if block.disagreement:
            st.warning(escape_markdown(block.disagreement), icon=":material/warning:")
        history(block.table, HISTORY_KEY.format(attribute=block.attribute), sheet.lang, elsewhere)


def brownfield(sheet: SiteSheet) -> None:
    if sheet.brownfield:
        st.subheader(sheet.labels["brownfield"])
        pairs(sheet.brownfield, sheet.lang)


def sources(sheet: SiteSheet) -> None:
    """The sources, each title a link when it has an http(s) address."""
    words = sheet.labels
    st.subheader(words["sources"])
    table(sheet.sources, {words["col_title"]: words["col_link"]})
