"""Open datasets' state on a page: the date and licence of each one cached, else what is missing,
the command that downloads it and a button; a broken file is named with its error. The page
keeps working without them.

`open_datasets` (a page's map layers) names the missing ones in one line at load and draws their
notices and buttons once the reader opens it: two notices with their buttons pushed /map's map
below the fold and cost the page about 3 % of its load."""

from __future__ import annotations

import streamlit as st

from dashboard.data import repository as data
from dashboard.data.opendata import DATASETS
from dashboard.i18n import fmt_date, fmt_number, list_separator, t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.tabs import expander_on_demand

OPEN_DATA_PANEL_KEY = "{key}_open_data"  # a page's panel of missing datasets (open: drawn)


def _words(name: str, lang: str) -> dict[str, str]:
    entry = DATASETS[name]
    licence = t("opendata.licence_unconfirmed", lang) if entry.licence == "unconfirmed" else entry.licence
    return {"title": escape_markdown(entry.title), "publisher": escape_markdown(entry.publisher),
            "licence": escape_markdown(licence), "purpose": t(f"opendata.purpose_{name}", lang), "name": name}


def origin_text(name: str, dataset, lang: str) -> str:
    """Which file the dataset is read from, and its date: the copy shipped in data/reference/
    (its edition) or the downloaded / local file (its own date)."""
    origin = data.open_dataset_origin(name)
    if origin.kind == "embedded":
        where = f"data/reference/{origin.path.name}"
        return t("opendata.embedded", lang, file=escape_markdown(where), date=fmt_date(origin.as_of, lang),
                 source=escape_markdown(DATASETS[name].embedded_source), **_words(name, lang))
    date = fmt_date(data.open_dataset_date(name, dataset), lang)
    return t("opendata.loaded", lang, file=escape_markdown(origin.path.name), date=escape_markdown(date),
             **_words(name, lang))


def rows_text(dataset, lang: str) -> str:
    """What the reader did with the file's rows (dashboard.data.rowcounts): rows read, in the
    region, placed, refused, and each kind of problem with its first row ids; '' when not counted."""
    attrs = getattr(dataset, "attrs", None) or {}
    rows = attrs.get("rows")
    if not rows:
        return ""
    parts = [t("opendata.rows", lang, **{k: fmt_number(v, lang) for k, v in rows.items()})]
    for found in attrs.get("issues") or []:
        ids = ", ".join(found["ids"]) + ("…" if found["n"] > len(found["ids"]) else "")
        parts.append(t(f"opendata.issue_{found['kind']}", lang, n=fmt_number(found["n"], lang), ids=ids) + ".")
    return escape_markdown(" ".join(parts))


def _loaded(name: str, dataset, lang: str) -> None:
    counted = rows_text(dataset, lang)
    st.caption(origin_text(name, dataset, lang) + (" " + counted if counted else ""))


def _not_loaded(name: str, error: str, lang: str, key: str) -> None:
    """What is wrong (unreadable file) or missing, and the button that downloads it."""
    if error:
        st.warning(t("opendata.broken", lang, error=escape_markdown(error), **_words(name, lang)), icon=":material/warning:")
    else:
        st.info(t("opendata.missing", lang, **_words(name, lang)), icon=":material/cloud_download:")
    fetch_button(name, t("opendata.download", lang, title=DATASETS[name].title), f"{key}_fetch_{name}", lang)


def open_dataset(name: str, lang: str, key: str):
    """The parsed dataset (or None), with its state written on the page."""
    dataset, error = data.load_open_dataset(name)
    if dataset is not None:
        _loaded(name, dataset, lang)
    else:
        _not_loaded(name, error, lang, key)
    return dataset


def open_datasets(names, lang: str, key: str, offered=()) -> dict:
    """name -> parsed dataset (or None) of several datasets: the date of each one cached; an
    unreadable file's warning; the missing ones named in one panel, their notices and download
    buttons drawn once the reader opens it. `offered`: datasets the page can show but does not now
    (a map layer switched off): named in the panel when not downloaded, never read."""
    found, missing = {}, []
    for name in names:
        dataset, error = data.load_open_dataset(name)
        found[name] = dataset
        if dataset is not None:
            _loaded(name, dataset, lang)
        elif error:
            _not_loaded(name, error, lang, key)
        else:
            missing.append(name)
    missing += [name for name in offered if name not in found and not data.open_dataset_present(name)]
    if missing:
        def notices() -> None:
            for name in missing:
                _not_loaded(name, "", lang, key)

        titles = list_separator(lang).join(escape_markdown(DATASETS[name].title) for name in missing)
        expander_on_demand(t("opendata.missing_panel", lang, n=len(missing), titles=titles),
                           OPEN_DATA_PANEL_KEY.format(key=key), notices, icon=":material/cloud_download:")
    return found


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
