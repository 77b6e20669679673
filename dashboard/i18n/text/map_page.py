"""Words of dashboard/ui/pages/map.py (namespace "map_page": t("map_page.<key>", lang))."""

TEXT = {
    "fr": {
        "title": "Carte des sites",
        "intro": "Chaque site connu, coloré par type de projet. Survolez un point pour ses chiffres, ses sources et "
                 "la précision de sa position ; cliquez dessus pour ouvrir sa fiche.",
        "layers": "Couches",
        "size_by": "Taille des points",
        "style": "Fond de carte",
        "outlines_missing": "Contours des départements absents : {reason}",
        "outlines_not_cached": "ils n'ont pas encore été téléchargés (aucune copie locale)",
        "outlines_download": "Télécharger les contours (Etalab, Licence Ouverte)",
        "shown": "{n} site(s) sur la carte.",
        "no_position": "Sans position, donc absents de la carte : {names}.",
        "context_note": "Gravelines et les postes électriques restent affichés comme contexte quand la couche "
                        "« Gravelines et postes 400 kV » est active, quels que soient les filtres.",
        "ign_left_out": "Centres de données IGN sans code de département et hors des contours de la région, non affichés : {n}.",
        "ign_by_box": "Centres de données IGN sans code de département, placés dans la région par son seul cadre (qui déborde sur l'Île-de-France et la Belgique) : {n} ; téléchargez les contours des départements pour les vérifier.",
    },
    "en": {
        "title": "Map of sites",
        "intro": "Every known site, coloured by project type. Hover over a point for its figures, its sources and "
                 "how precise its location is; click it to open its page.",
        "layers": "Layers",
        "size_by": "Marker size",
        "style": "Basemap",
        "outlines_missing": "Département outlines missing: {reason}",
        "outlines_not_cached": "they have not been downloaded yet (no local copy)",
        "outlines_download": "Download the outlines (Etalab, Licence Ouverte)",
        "shown": "{n} site(s) on the map.",
        "no_position": "No location, so not on the map: {names}.",
        "context_note": "Gravelines and the substations stay on the map as context while the \"Gravelines and "
                        "400 kV substations\" layer is on, whatever the filters.",
        "ign_left_out": "IGN data centres without a département code and outside the region's outlines, not shown: {n}.",
        "ign_by_box": "IGN data centres without a département code, placed in the region by its bounding box only (which spills into Île-de-France and Belgium): {n}; download the département outlines to check them.",
    },
}
