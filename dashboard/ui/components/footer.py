"""The sources footer: the sources behind what the page shows, with links, and the data's date."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.data import repository as data
from dashboard.domain.tables import Dataset
from dashboard.i18n import fmt_date, t
from dashboard.i18n.escape import escape_markdown, markdown_link
from dashboard.ui.components.tabs import expander_on_demand

SOURCES_KEY = "footer_sources"  # the footer's source list (open: drawn)


def source_links(sources: pd.DataFrame, lang: str) -> str:
    """Markdown list of sources; only http(s) links, every text escaped."""
    lines = []
    for row in sources.itertuples(index=False):
        publisher = escape_markdown(row.publisher)
        date = fmt_date(row.published, lang) if row.published else t("unknown", lang)
        lines.append(f"- {publisher}, {markdown_link(row.title, row.url)}, {date}")
    return "\n".join(lines)


def footer(dataset: Dataset, lang: str, source_ids: set[str] | None = None) -> None:
    """Sources (those behind what the page shows, or all) and the data's date."""
    def cited() -> tuple[pd.DataFrame, str]:
        sources = dataset.sources
        if source_ids is not None:
            sources = sources[sources["source_id"].isin(source_ids)]
        return sources, ", ".join(sorted(set(sources["publisher"])))

    # Once per (data version, sources cited), shared read-only.
    sources, publishers = data.per_state(dataset, ("footer", None if source_ids is None else frozenset(source_ids)), cited)
    st.divider()
    # Only the data is escaped: the sentence around it is the project's own Markdown-safe text.
    st.caption(t("footer", lang, sources=escape_markdown(publishers or "—"),
                 as_of=escape_markdown(fmt_date(dataset.as_of, lang))))
    # The list with its links is drawn once opened: up to 70 linked lines cost a page's load otherwise.
    expander_on_demand(t("sources", lang) + f" ({len(sources)})", SOURCES_KEY,
                       lambda: st.markdown(source_links(sources, lang)))


