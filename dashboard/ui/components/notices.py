"""Notices: a dropped URL value, the seeds' data-quality problems, the empty state."""

from __future__ import annotations

import streamlit as st

from dashboard.domain.filters import Notice
from dashboard.domain.tables import Dataset
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown


def notice_text(notice: Notice, lang: str) -> str:
    key = "notice_too_long" if notice.reason == "too_long" else "notice_unknown"
    # The value comes from the URL: escaped so Markdown shows it as typed, never as a link or markup.
    value = "".join(c if c.isprintable() else f"U+{ord(c):04X}" for c in notice.value)  # e.g. %00
    return t(key, lang, param=escape_markdown(notice.param), value=escape_markdown(value))



def data_quality_notice(dataset: Dataset, lang: str) -> None:
    problems = dataset.problems
    if problems.empty:
        return
    with st.expander(t("data_quality", lang, n=len(problems)), icon=":material/warning:"):
        st.dataframe(problems, hide_index=True, width="stretch")



def empty_state(lang: str) -> None:
    st.info(t("empty_state", lang), icon=":material/search_off:")



