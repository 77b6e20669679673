"""Words of dashboard/figures/occupancy.py (namespace "occupancy": t("occupancy.<key>", lang))."""

TEXT = {
    "fr": {
        "by_site_title": "Taux d'occupation des sites industriels d'accueil",
        "history_title": "Taux d'occupation dans le temps",
        "rate": "Taux d'occupation",
        "date": "Date",
        "as_of": "Au",
        "undated": "Non daté (la source ne date pas le chiffre)\u00a0: {values}",
        "source": "Source",
        "unknown_rate": "taux inconnu",
        "known": "Taux publié",
        "unknown_legend": "Taux inconnu",
        "tenant": "Occupant",
        "commissioning": "Mise en service",
    },
    "en": {
        "by_site_title": "Occupancy rate of industrial host sites",
        "history_title": "Occupancy rate over time",
        "rate": "Occupancy rate",
        "date": "Date",
        "as_of": "As of",
        "undated": "Undated (the source gives no date for it): {values}",
        "source": "Source",
        "unknown_rate": "rate unknown",
        "known": "Published rate",
        "unknown_legend": "Rate unknown",
        "tenant": "Tenant",
        "commissioning": "Commissioning",
    },
}
