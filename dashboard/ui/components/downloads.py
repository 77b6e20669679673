"""The data page's downloads: the filtered sites as CSV, GeoJSON and XLSX, and the whole dataset as a
Frictionless data package (zip). The files are built on click (deferred `st.download_button` data,
no rerun), so the page pays nothing for them until a reader asks."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.domain.filters import Filters
from dashboard.domain.tables import Dataset
from dashboard.export.datapackage import dataset_zip_bytes
from dashboard.export.formats import to_geojson_bytes, to_xlsx_bytes
from dashboard.export.naming import chart_file_stem
from dashboard.export.tables import SiteTable, to_csv_bytes
from dashboard.i18n import t

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def data_downloads(dataset: Dataset, table: SiteTable, sites: pd.DataFrame, sources_shown: pd.DataFrame,
                   filters: Filters, lang: str) -> None:
    """Four download buttons in a row. `sources_shown` is the page's sources table (labelled)."""
    stem = chart_file_stem("data", "sites", filters)
    link = t("tables.link", lang)
    files = [
        ("csv", lambda: to_csv_bytes(table.frame, lang), stem + ".csv", "text/csv"),
        ("geojson", lambda: to_geojson_bytes(table, sites, dataset.sources), stem + ".geojson",
         "application/geo+json"),
        ("xlsx", lambda: to_xlsx_bytes(table, sources_shown, lang, link), stem + ".xlsx", XLSX_MIME),
        ("zip", lambda: dataset_zip_bytes(dataset), chart_file_stem("data", "dataset", Filters(lang=lang)) + ".zip",
         "application/zip"),
    ]
    st.caption(t("downloads.caption", lang))
    for column, (kind, build, file_name, mime) in zip(st.columns(len(files)), files):
        with column:
            st.download_button(t("downloads." + kind, lang), data=build, file_name=file_name, mime=mime,
                               help=t(f"downloads.{kind}_help", lang), icon=":material/download:",
                               on_click="ignore", key=f"data-download-{kind}", width="stretch")
