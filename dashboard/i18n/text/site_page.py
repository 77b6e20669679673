"""Words of dashboard/ui/pages/site.py (namespace "site_page": t("site_page.<key>", lang))."""

TEXT = {
    "fr": {
        "title": "Fiche d'un site",
        "missing": "Aucun site demandé : choisissez-en un ci-dessous.",
        "unknown": "Aucun site n'a l'identifiant « {site_id} » dans les données. Choisissez un site ci-dessous.",
        "several_ids": "L'adresse nomme {n} sites ({ids}) : une fiche en montre un seul, le premier que les "
                       "données connaissent, « {shown} ».",
        "search": "Rechercher un site",
        "search_placeholder": "Nom du site…",
        "pdf": "Télécharger la fiche (PDF)",
        "pdf_help": "La même fiche sur une ou deux pages A4, avec ses sources et la date des données.",
        "pdf_unavailable": "PDF indisponible : {error}",
        "pdf_failed": "La fiche PDF n'a pas pu être produite : {error}",
        "siting_link": "Changer la taille de campus et les poids (page Implantation)",
        "map_caption": "Trait : distance à vol d'oiseau jusqu'au poste 400 kV le plus proche, celle que le score utilise.",
        "no_map": "Ce site n'a pas de position : pas de carte ni de distances.",
        "history": "Historique : {n} fait(s) daté(s) ou non, avec leur source",
        "no_status_history": "Aucun fait sur le statut de ce site dans les données : son statut reste inconnu.",
    },
    "en": {
        "title": "Site profile",
        "missing": "No site asked for: pick one below.",
        "unknown": "No site has the id “{site_id}” in the data. Pick a site below.",
        "several_ids": "The address names {n} sites ({ids}): a sheet shows one, the first the data knows, "
                       "“{shown}”.",
        "search": "Find a site",
        "search_placeholder": "Site name…",
        "pdf": "Download the sheet (PDF)",
        "pdf_help": "The same sheet on one or two A4 pages, with its sources and the data's date.",
        "pdf_unavailable": "PDF unavailable: {error}",
        "pdf_failed": "The PDF sheet could not be made: {error}",
        "siting_link": "Change the campus size and the weights (Siting page)",
        "map_caption": "Line: distance as the crow flies to the nearest 400 kV substation, the one the score uses.",
        "no_map": "This site has no location: no map and no distances.",
        "history": "History: {n} fact(s), dated or not, with their source",
        "no_status_history": "No fact about this site's status in the data: its status stays unknown.",
    },
}
