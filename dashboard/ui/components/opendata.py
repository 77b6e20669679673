"""One open dataset's state on a page: its date and licence when cached, else what is missing,
the command that downloads it and a button; a broken file is named with its error. The page
keeps working without it."""

from __future__ import annotations

import streamlit as st

from dashboard.data import repository as data
from dashboard.data.opendata import DATASETS
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown



def open_dataset(name: str, lang: str, key: str):
    """The parsed dataset (or None), with its state written on the page."""
    entry = DATASETS[name]
    dataset, error = data.load_open_dataset(name)
    words = {"title": escape_markdown(entry.title), "publisher": escape_markdown(entry.publisher),
             "licence": escape_markdown(entry.licence), "purpose": t(f"opendata.purpose_{name}", lang), "name": name}
    if dataset is not None:
        st.caption(t("opendata.loaded", lang, date=escape_markdown(data.open_dataset_date(name, dataset)), **words))
        return dataset
    if error:
        st.warning(t("opendata.broken", lang, error=escape_markdown(error), **words), icon=":material/warning:")
    else:
        st.info(t("opendata.missing", lang, **words), icon=":material/cloud_download:")
    fetch_button(name, t("opendata.download", lang, title=entry.title), f"{key}_fetch_{name}", lang)
    return None


def fetch_button(name: str, label: str, key: str, lang: str) -> None:
    """A button that downloads an open dataset now: the page reruns with it, or says why it failed
    (the error as plain text)."""
    if st.button(label, key=key):
        with st.spinner(t("opendata.downloading", lang)):
            failure = data.fetch_open_dataset(name)
        if failure:
            st.warning(t("opendata.failed", lang, error=escape_markdown(failure)), icon=":material/warning:")
        else:
            st.rerun()
