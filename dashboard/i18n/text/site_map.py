"""Words of dashboard/figures/site.py (namespace "site_map": t("site_map.<key>", lang))."""

TEXT = {
    "fr": {
        "title": "Situation du site et poste 400 kV le plus proche",
        "site": "Ce site",
        "substation": "Poste 400 kV le plus proche",
        "distance": "Distance à vol d'oiseau : {km}",
        "lines": "Lignes 400 kV",
    },
    "en": {
        "title": "Where the site is, and its nearest 400 kV substation",
        "site": "This site",
        "substation": "Nearest 400 kV substation",
        "distance": "Distance as the crow flies: {km}",
        "lines": "400 kV lines",
    },
}
