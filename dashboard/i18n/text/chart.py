"""Words of dashboard/ui/components/chart.py (namespace "chart": t("chart.<key>", lang))."""

TEXT = {
    "fr": {
        "export": "Exporter",
        "export_help": "Le graphique en image (PNG, SVG ou PDF) avec son titre, les filtres actifs et ses sources.",
        "download_help": "Image {fmt} du graphique avec son titre, les filtres actifs et ses sources.",
        "no_browser_help": "Export indisponible : {error}",
    },
    "en": {
        "export": "Export",
        "export_help": "The chart as an image (PNG, SVG or PDF) with its title, the active filters and its sources.",
        "download_help": "{fmt} image of the chart with its title, the active filters and its sources.",
        "no_browser_help": "Export unavailable: {error}",
    },
}
