"""Words of dashboard/export/decoration.py (namespace "export": t("export.<key>", lang))."""

TEXT = {
    "fr": {
        "all_sites": "Tous les sites",
        "source_one": "Source",
        "source_many": "Sources",
        "no_source": "non renseignée",
        "more_sources": "et {n} autre(s)",
        "colon": "\u00a0:",
    },
    "en": {
        "all_sites": "All sites",
        "source_one": "Source",
        "source_many": "Sources",
        "no_source": "not given",
        "more_sources": "and {n} more",
        "colon": ":",
    },
}
