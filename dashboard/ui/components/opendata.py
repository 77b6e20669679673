"""One open dataset's state on a page: its date and licence when cached, else what is missing,
the command that downloads it and a button; a broken file is named with its error. The page
keeps working without it."""

from __future__ import annotations

import streamlit as st

from dashboard.data import repository as data
from dashboard.data.opendata import DATASETS
from dashboard.i18n import tr
from dashboard.i18n.escape import escape_markdown

TEXT = {
    "fr": {
        "loaded": "{title} ({publisher}, {licence}) : fichier du {date}.",
        "missing": "{title} ({publisher}) n'est pas encore téléchargé : sans lui, pas de {purpose}. "
                   "Commande : `python -m dashboard.data.opendata fetch {name}`, ou le bouton ci-dessous.",
        "broken": "{title} : le fichier local ne peut pas être lu ({error}). Le reste de la page fonctionne.",
        "download": "Télécharger : {title}",
        "downloading": "Téléchargement…",
        "failed": "Téléchargement impossible : {error}",
    },
    "en": {
        "loaded": "{title} ({publisher}, {licence}): file of {date}.",
        "missing": "{title} ({publisher}) is not downloaded yet: without it, no {purpose}. "
                   "Command: `python -m dashboard.data.opendata fetch {name}`, or the button below.",
        "broken": "{title}: the local file cannot be read ({error}). The rest of the page works.",
        "download": "Download: {title}",
        "downloading": "Downloading…",
        "failed": "Download failed: {error}",
    },
}


def open_dataset(name: str, lang: str, key: str):
    """The parsed dataset (or None), with its state written on the page."""
    entry = DATASETS[name]
    dataset, error = data.load_open_dataset(name)
    words = {"title": escape_markdown(entry.title), "publisher": escape_markdown(entry.publisher),
             "licence": escape_markdown(entry.licence), "purpose": escape_markdown(entry.purpose), "name": name}
    if dataset is not None:
        st.caption(tr(TEXT, "loaded", lang, date=escape_markdown(data.open_dataset_date(name, dataset)), **words))
        return dataset
    if error:
        st.warning(tr(TEXT, "broken", lang, error=escape_markdown(error), **words), icon=":material/warning:")
    else:
        st.info(tr(TEXT, "missing", lang, **words), icon=":material/cloud_download:")
    if st.button(tr(TEXT, "download", lang, title=entry.title), key=f"{key}_fetch_{name}"):
        with st.spinner(tr(TEXT, "downloading", lang)):
            failure = data.fetch_open_dataset(name)
        if failure:
            st.warning(tr(TEXT, "failed", lang, error=escape_markdown(failure)), icon=":material/warning:")
        else:
            st.rerun()
    return None
