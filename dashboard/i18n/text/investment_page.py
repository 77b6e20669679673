"""Words of dashboard/ui/pages/investment.py (namespace "investment_page": t("investment_page.<key>", lang))."""

TEXT = {
    "fr": {
        "title": "Investissements",
        "intro": "Montants annoncés par projet (centres de données, batteries, recyclage). « ≈ » : valeur "
                 "approximative ; « ⚠ » : les sources ne donnent pas le même chiffre (chaque chiffre est montré). "
                 "Un montant inconnu n'est jamais compté comme 0.",
        "tab_project": "Par projet",
        "tab_type": "Par type",
        "tab_departement": "Par département",
        "tab_cumulative": "Cumul par année",
        "when": "Calendrier",
        "no_project": "La sélection ne contient aucun projet chiffrable ici (centre de données, batterie, "
                      "recyclage) : les sites d'accueil, centrales et postes électriques n'ont pas d'investissement "
                      "de projet.",
    },
    "en": {
        "title": "Investment",
        "intro": "Announced amounts by project (data centres, batteries, recycling). \"≈\": approximate value; "
                 "\"⚠\": the sources give different figures (each one is shown). An unknown amount is never "
                 "counted as 0.",
        "tab_project": "By project",
        "tab_type": "By type",
        "tab_departement": "By département",
        "tab_cumulative": "Cumulative by year",
        "when": "Schedule",
        "no_project": "The selection holds no project this page can chart (data centre, battery, recycling): "
                      "host sites, power plants and substations carry no project investment.",
    },
}
