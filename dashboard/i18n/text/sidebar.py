"""Words of dashboard/ui/components/sidebar.py (namespace "sidebar": t("sidebar.<key>", lang))."""

TEXT = {
    "fr": {"all": "Tous", "edit": "Modifier les filtres", "none_active": "Aucun filtre : tous les sites."},
    "en": {"all": "All", "edit": "Change the filters", "none_active": "No filter: every site."},
}
