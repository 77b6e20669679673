"""Words of dashboard/ui/components/downloads.py (namespace "downloads": t("downloads.<key>", lang))."""

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
