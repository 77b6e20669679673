"""Words of dashboard/figures/schedule.py and the delay table (namespace "schedule")."""

TEXT = {
    "fr": {
        "title": "Mises en service promises : la première et la dernière",
        "announced": "Annonce",
        "first": "Première promesse",
        "latest": "Dernière promesse",
        "latest_or_only": "Dernière promesse (ou seule)",
        "latest_undated": "Promesse d'une source non datée",
        "slip": "Glissement",
        "promise": "« {value} » ({wording}, {source})",
        "conflict": "des sources datées du même jour ne donnent pas la même période : toutes sont montrées",
        "undated": "Non daté(s), non comparé(s) : {values}",
        "date": "Date",
        "today": "aujourd'hui",
        "none": "Aucune mise en service datée par une source pour cette sélection.",
        "note": "Barre claire : la première période de mise en service promise ; barre foncée : la dernière "
                "(ou la seule) ; ◆ annonce. Glissement : de la fin de la première période à la fin de la "
                "dernière, en mois. Une promesse non datée ne peut pas être comparée.",
        "table": "Retards : glissement des mises en service promises",
        "table_caption": "Projets dont au moins deux sources datées promettent une mise en service, du plus grand "
                         "glissement au plus petit ; chaque promesse avec ses mots (ou « paraphrase ») et sa source.",
        "table_none": "Aucun projet n'a deux promesses de mise en service datées : aucun glissement mesurable.",
        "single": "{n} autre(s) projet(s) n'ont qu'une date de promesse (voir le graphique).",
        "col_project": "Projet",
        "col_announced": "Annonce",
        "col_first": "Première promesse",
        "col_latest": "Dernière promesse",
        "col_change": "Période",
        "col_slip": "Glissement",
    },
    "en": {
        "title": "Promised commissioning: the first and the latest",
        "announced": "Announced",
        "first": "First promise",
        "latest": "Latest promise",
        "latest_or_only": "Latest (or only) promise",
        "latest_undated": "Promise from an undated source",
        "slip": "Slip",
        "promise": "“{value}” ({wording}, {source})",
        "conflict": "sources dated the same day give different periods: all are shown",
        "undated": "Undated, not compared: {values}",
        "date": "Date",
        "today": "today",
        "none": "No source dates a commissioning for this selection.",
        "note": "Light bar: the first promised commissioning period; dark bar: the latest (or only) one; "
                "◆ announcement. Slip: from the end of the first period to the end of the latest, in months. "
                "An undated promise cannot be compared.",
        "table": "Delays: how promised commissioning slipped",
        "table_caption": "Projects with at least two dated promises of commissioning, largest slip first; each "
                         "promise with its words (or \"paraphrase\") and its source.",
        "table_none": "No project has two dated commissioning promises: no slip can be measured.",
        "single": "{n} other project(s) have a single promise date (see the chart).",
        "col_project": "Project",
        "col_announced": "Announced",
        "col_first": "First promise",
        "col_latest": "Latest promise",
        "col_change": "Period",
        "col_slip": "Slip",
    },
}
