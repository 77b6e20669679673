"""Project statuses as the reader reads them (namespace "statuses"; i18n.label_status)."""

TEXT = {
    "fr": {
        "announced": "Annoncé",
        "planned": "Prévu",
        "permitted": "Autorisé",
        "under_construction": "En construction",
        "operational": "En service",
        "abandoned": "Abandonné",
        "unknown": "Inconnu",
    },
    "en": {
        "announced": "Announced",
        "planned": "Planned",
        "permitted": "Permitted",
        "under_construction": "Under construction",
        "operational": "Operational",
        "abandoned": "Abandoned",
        "unknown": "Unknown",
    },
}
