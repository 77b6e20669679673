"""Words of dashboard/ui/components/opendata.py (namespace "opendata": t("opendata.<key>", lang))."""

TEXT = {
    "fr": {
        "loaded": "{title} ({publisher}, {licence}) : fichier {file} du {date}.",
        "embedded": "{title} : copie fournie avec l'application, {file} ({source}, édition {date}) ; un "
                    "téléchargement plus récent la remplacera.",
        "missing": "{title} ({publisher}) n'est pas encore téléchargé : sans lui, pas de {purpose}. "
                   "Commande : `python -m dashboard.data.opendata fetch {name}`, ou le bouton ci-dessous.",
        "broken": "{title} : le fichier local ne peut pas être lu ({error}). Le reste de la page fonctionne.",
        "download": "Télécharger : {title}",
        "missing_panel": "Données ouvertes pas encore téléchargées ({n}) : {titles}",
        "downloading": "Téléchargement…",
        "failed": "Téléchargement impossible : {error}",
        # What each dataset brings (the registry's `purpose`, worded for the reader).
        "purpose_outlines": "contours des départements sur la carte",
        "purpose_substations": "distances aux postes 225 kV",
        "purpose_communes": "recherche hors ligne des lieux candidats",
        "purpose_cartofriches": "couche des friches sur la carte, friches candidates à l'implantation, friches par "
                                "statut sur /occupancy",
        "purpose_osm_grid": "lignes et postes 400 kV sur la carte, distance à la ligne 400 kV la plus proche",
        "purpose_ign_datacenters": "couche des centres de données sur la carte (« Centres de données (IGN, 2024) »)",
        "licence_unconfirmed": "licence non confirmée",
        # What the reader did with the file's rows (dashboard.data.rowcounts).
        "rows": "{read} ligne(s) lue(s), {region} dans la région, {placed} placée(s), {refused} écartée(s).",
        "issue_unreadable": "{n} ligne(s) illisible(s), ignorée(s) : {ids}",
        "issue_no_point_no_code": "{n} ligne(s) sans point lisible ni code commune, écartée(s) : {ids}",
        "issue_no_outlines": "{n} ligne(s) sans code commune dont le point ne peut être situé (contours des "
                             "départements absents), écartée(s) : {ids}",
        "issue_astray": "{n} ligne(s) de la région dont le point tombe hors de la région, comptée(s) mais pas "
                        "placée(s) : {ids}",
        "issue_no_id": "{n} ligne(s) de la région sans identifiant, écartée(s) : {ids}",
        "issue_unplaced": "{n} ligne(s) de la région sans point lisible, comptée(s) mais pas placée(s) : {ids}",
        "issue_not_published": "colonne(s) vide(s) dans toutes les lignes, donc non publiée(s) dans ce fichier : {ids}",
        "issue_by_name_ambiguous": "{n} ligne(s) dont le nom de commune est ambigu, département tiré du point : {ids}",
        "issue_by_point": "{n} ligne(s) dont la commune n'est pas trouvée, département tiré du point : {ids}",
    },
    "en": {
        "loaded": "{title} ({publisher}, {licence}): file {file} of {date}.",
        "embedded": "{title}: copy shipped with the app, {file} ({source}, edition of {date}); a newer "
                    "download replaces it.",
        "missing": "{title} ({publisher}) is not downloaded yet: without it, no {purpose}. "
                   "Command: `python -m dashboard.data.opendata fetch {name}`, or the button below.",
        "broken": "{title}: the local file cannot be read ({error}). The rest of the page works.",
        "download": "Download: {title}",
        "missing_panel": "Open data not downloaded yet ({n}): {titles}",
        "downloading": "Downloading…",
        "failed": "Download failed: {error}",
        "purpose_outlines": "département outlines on the map",
        "purpose_substations": "distances to 225 kV substations",
        "purpose_communes": "offline place search for candidate sites",
        "purpose_cartofriches": "brownfield map layer, brownfield siting candidates, brownfields by status on "
                                "/occupancy",
        "purpose_osm_grid": "400 kV lines and substations on the map, distance to the nearest 400 kV line",
        "purpose_ign_datacenters": 'data-centre layer on the map ("Data centres (IGN, 2024)")',
        "licence_unconfirmed": "licence unconfirmed",
        "rows": "{read} row(s) read, {region} in the region, {placed} placed, {refused} refused.",
        "issue_unreadable": "{n} unreadable row(s), skipped: {ids}",
        "issue_no_point_no_code": "{n} row(s) with neither a readable point nor a commune code, left out: {ids}",
        "issue_no_outlines": "{n} row(s) without a commune code whose point cannot be placed (no département "
                             "outlines), left out: {ids}",
        "issue_astray": "{n} row(s) of the region whose point lies outside it, counted, not placed: {ids}",
        "issue_no_id": "{n} row(s) of the region without an id, left out: {ids}",
        "issue_unplaced": "{n} row(s) of the region without a readable point, counted, not placed: {ids}",
        "issue_not_published": "column(s) empty in every row, so not published in this file: {ids}",
        "issue_by_name_ambiguous": "{n} row(s) whose commune name is ambiguous, département from the point: {ids}",
        "issue_by_point": "{n} row(s) whose commune is not found, département from the point: {ids}",
    },
}
