"""Words of dashboard/ui/pages/occupancy.py (namespace "occupancy_page": t("occupancy_page.<key>", lang))."""

TEXT = {
    "fr": {
        "title": "Réoccupation des sites industriels",
        "intro": "Taux d'occupation publié pour chaque site industriel d'accueil (dernier chiffre connu), "
                 "son évolution et les entreprises installées. Un taux non publié reste « inconnu ».",
        "scope_note": "Sites affichés : les sites d'accueil retenus par les filtres et ceux qui hébergent les "
                      "projets retenus.",
        "site": "Site d'accueil",
        "tab_rates": "Taux par site",
        "tab_site": "Un site : évolution et occupants",
        "history": "Évolution du taux d'occupation",
        "no_history": "Aucun taux d'occupation publié pour ce site.",
        "tenants": "Occupants du site",
        "page": "Fiche",
        "open_page": "ouvrir la fiche",
        "no_tenants": "Aucun occupant connu pour ce site.",
        "marks": "« ≈ » : valeur approximative ; « ⚠ » : les sources donnent des chiffres différents (la plus "
                 "récente est affichée) ; « inconnu » : aucune source ne donne la valeur.",
        "no_host": "La sélection ne contient aucun site industriel d'accueil ni aucun projet hébergé par un site.",
    },
    "en": {
        "title": "Reoccupation of industrial sites",
        "intro": "Published occupancy rate of each industrial host site (latest known figure), how it changed, and "
                 "the companies that moved in. A rate nobody published stays \"unknown\".",
        "scope_note": "Sites shown: the host sites the filters keep and those hosting the projects they keep.",
        "site": "Host site",
        "tab_rates": "Rate by site",
        "tab_site": "One site: history and tenants",
        "history": "Occupancy rate over time",
        "no_history": "No occupancy rate published for this site.",
        "tenants": "Tenants of the site",
        "page": "Page",
        "open_page": "open its page",
        "no_tenants": "No known tenant for this site.",
        "marks": "\"≈\": approximate value; \"⚠\": the sources give different figures (the latest is shown); "
                 "\"unknown\": no source gives the value.",
        "no_host": "The selection holds no industrial host site and no project hosted on a site.",
    },
}
