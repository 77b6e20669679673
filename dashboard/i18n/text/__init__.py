"""One table of words per namespace, read by dashboard.i18n.t("namespace.key", lang).

Every namespace is listed here: dashboard.i18n imports them all when it is imported, so a table
that is missing, broken or without both languages stops the app at start-up, by name (and
tests/i18n/test_i18n.py checks that this list is the folder's modules).
"""

NAMESPACES = (
    "common",
    "project_types",
    "statuses",
    "columns",
    "labels",
    "ajouter_page",
    "seed_problems",
    "app",
    "brownfields",
    "chart",
    "data_page",
    "downloads",
    "export",
    "formats",
    "geocode",
    "investment",
    "investment_page",
    "map",
    "map_page",
    "measures",
    "occupancy",
    "occupancy_page",
    "opendata",
    "overview",
    "overview_page",
    "power",
    "power_page",
    "schedule",
    "sidebar",
    "site_map",
    "site_page",
    "site_sheet",
    "siting",
    "siting_method",
    "siting_page",
    "surface",
    "tables",
    "watch",
)
