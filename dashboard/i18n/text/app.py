"""Words of dashboard/app.py (namespace "app": t("app.<key>", lang))."""

TEXT = {
    "fr": {"error": "Cette page a rencontré une erreur inattendue. Réinitialisez les filtres ou rechargez la page ; "
                    "l'erreur a été consignée."},
    "en": {"error": "This page hit an unexpected error. Reset the filters or reload the page; the error was logged."},
}
