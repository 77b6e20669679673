"""Words of dashboard/ui/components/chart.py (namespace "chart": t("chart.<key>", lang))."""

TEXT = {
    "fr": {
        "download_help": "Image {fmt} du graphique avec son titre, les filtres actifs et ses sources.",
        "no_browser_help": "Export indisponible : {error}",
    },
    "en": {
        "download_help": "{fmt} image of the chart with its title, the active filters and its sources.",
        "no_browser_help": "Export unavailable: {error}",
    },
}
