"""Words of dashboard/ui/components/sidebar.py (namespace "sidebar": t("sidebar.<key>", lang))."""

TEXT = {"fr": {"all": "Tous"}, "en": {"all": "All"}}
