"""Words of dashboard/ui/components/sidebar.py (namespace "sidebar": t("sidebar.<key>", lang))."""

TEXT = {
    "fr": {"all": "Tous", "edit": "Modifier les filtres", "none_active": "Aucun filtre : tous les sites.",
           "too_many_params": "L'adresse contient {n} paramètres, plus que les {limit} que le serveur lit : seuls "
                              "ceux des pages ({kept}) ont été gardés, les autres sont ignorés.",
           "none_kept": "aucun"},
    "en": {"all": "All", "edit": "Change the filters", "none_active": "No filter: every site.",
           "too_many_params": "The address holds {n} parameters, more than the {limit} the server reads: only the "
                              "pages' own ({kept}) were kept, the others are ignored.",
           "none_kept": "none"},
}
