"""Words of dashboard/ui/components/opendata.py (namespace "opendata": t("opendata.<key>", lang))."""

TEXT = {
    "fr": {
        "loaded": "{title} ({publisher}, {licence}) : fichier du {date}.",
        "missing": "{title} ({publisher}) n'est pas encore téléchargé : sans lui, pas de {purpose}. "
                   "Commande : `python -m dashboard.data.opendata fetch {name}`, ou le bouton ci-dessous.",
        "broken": "{title} : le fichier local ne peut pas être lu ({error}). Le reste de la page fonctionne.",
        "download": "Télécharger : {title}",
        "downloading": "Téléchargement…",
        "failed": "Téléchargement impossible : {error}",
    },
    "en": {
        "loaded": "{title} ({publisher}, {licence}): file of {date}.",
        "missing": "{title} ({publisher}) is not downloaded yet: without it, no {purpose}. "
                   "Command: `python -m dashboard.data.opendata fetch {name}`, or the button below.",
        "broken": "{title}: the local file cannot be read ({error}). The rest of the page works.",
        "download": "Download: {title}",
        "downloading": "Downloading…",
        "failed": "Download failed: {error}",
    },
}
