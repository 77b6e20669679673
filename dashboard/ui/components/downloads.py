"""The data page's downloads: the filtered sites as CSV, GeoJSON and XLSX, and the whole dataset as a
Frictionless data package (zip). The files are built on click (deferred `st.download_button` data,
no rerun), so the page pays nothing for them until a reader asks."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.domain.filters import Filters
from dashboard.domain.tables import Dataset
from dashboard.export.naming import chart_file_stem
from dashboard.export.datapackage import dataset_zip_bytes
from dashboard.export.formats import to_geojson_bytes, to_xlsx_bytes
from dashboard.export.tables import TEXT as TABLE_TEXT
from dashboard.export.tables import SiteTable, to_csv_bytes
from dashboard.i18n import tr

TEXT = {
    "fr": {
        "csv": "Sites (CSV)",
        "csv_help": "Les sites affichés, pour tableur : UTF-8, séparateur « ; », virgule décimale. Les cellules "
                    "qui ressembleraient à une formule commencent par une apostrophe.",
        "geojson": "Sites (GeoJSON)",
        "geojson_help": "Les sites affichés en points (WGS 84), pour QGIS ou un SIG : toutes les colonnes et les "
                        "sources de chaque site.",
        "xlsx": "Sites (Excel XLSX)",
        "xlsx_help": "Les sites affichés (1re feuille) et leurs sources (2e feuille).",
        "zip": "Jeu complet (zip)",
        "zip_help": "Toutes les tables (sites, faits, occupation, sources), non filtrées, avec un datapackage.json "
                    "(Frictionless Data) qui décrit chaque colonne, son unité et les licences.",
        "caption": "Télécharger les sites affichés, ou le jeu de données complet :",
    },
    "en": {
        "csv": "Sites (CSV)",
        "csv_help": "The sites shown, for spreadsheets: UTF-8, comma separator, decimal point. Cells that would "
                    "look like a formula start with an apostrophe.",
        "geojson": "Sites (GeoJSON)",
        "geojson_help": "The sites shown as points (WGS 84), for QGIS or any GIS: every column and each site's "
                        "sources.",
        "xlsx": "Sites (Excel XLSX)",
        "xlsx_help": "The sites shown (first sheet) and their sources (second sheet).",
        "zip": "Whole dataset (zip)",
        "zip_help": "Every table (sites, facts, occupancy, sources), unfiltered, with a datapackage.json "
                    "(Frictionless Data) describing each column, its unit and the licences.",
        "caption": "Download the sites shown, or the whole dataset:",
    },
}

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def data_downloads(dataset: Dataset, table: SiteTable, sites: pd.DataFrame, sources_shown: pd.DataFrame,
                   filters: Filters, lang: str) -> None:
    """Four download buttons in a row. `sources_shown` is the page's sources table (labelled)."""
    stem = chart_file_stem("data", "sites", filters)
    link = tr(TABLE_TEXT, "link", lang)
    files = [
        ("csv", lambda: to_csv_bytes(table.frame, lang), stem + ".csv", "text/csv"),
        ("geojson", lambda: to_geojson_bytes(table, sites, dataset.sources), stem + ".geojson",
         "application/geo+json"),
        ("xlsx", lambda: to_xlsx_bytes(table, sources_shown, lang, link), stem + ".xlsx", XLSX_MIME),
        ("zip", lambda: dataset_zip_bytes(dataset), chart_file_stem("data", "dataset", Filters(lang=lang)) + ".zip",
         "application/zip"),
    ]
    st.caption(tr(TEXT, "caption", lang))
    for column, (kind, build, file_name, mime) in zip(st.columns(len(files)), files):
        with column:
            st.download_button(tr(TEXT, kind, lang), data=build, file_name=file_name, mime=mime,
                               help=tr(TEXT, f"{kind}_help", lang), icon=":material/download:",
                               on_click="ignore", key=f"data-download-{kind}", width="stretch")
