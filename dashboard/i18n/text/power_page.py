"""Words of /puissance (dashboard/ui/pages/puissance.py, its verdict and its tables): t("power_page.<key>", lang).
Sentences with {placeholders} receive numbers already escaped or linked (Markdown)."""

TEXT = {
    "fr": {
        "title": "Y a-t-il assez de puissance ?",
        "intro": "La puissance annoncée des projets, année par année, face à la production et au réseau de la région, "
                 "et la charge que porterait chaque poste 400 kV. Chaque chiffre renvoie à sa source.",
        "verdict_title": "En bref",
        "verdict_none": "Aucun projet retenu par les filtres ne donne de puissance ({measure}) avec une année : "
                        "rien à comparer.",
        "verdict_demand": "La demande annoncée des projets ({measure}) atteint **{mw}** en {year} ({n} projet(s)).",
        "verdict_maxima": "Certains chiffres sont des maximums (« jusqu'à ») comptés à leur maximum : {names}.",
        "verdict_gravelines": "C'est {share} de la puissance nette de la centrale de Gravelines ({capacity}).",
        "verdict_scenario": "Si le scénario de 2020 de fermeture de deux réacteurs d'ici {year} s'appliquait (non "
                            "confirmé), il resterait {left} : la demande en serait {share}.",
        "verdict_energy": "À un facteur de charge de {factor}, ces projets consommeraient {twh} par an, soit {share} "
                          "de la consommation régionale ({consumption} selon les années {years}).",
        "verdict_output": "Gravelines a produit {output} en {year} ; les projets en demanderaient au plus {twh} par an.",
        "verdict_extra": "RTE attend en plus {mw} de demande industrielle autour de Dunkerque à l'horizon {year}, "
                         "qui peut recouper ces projets.",
        "cannot_title": "Ce que ces chiffres ne disent pas",
        "cannot_peak": "La pointe de consommation régionale récente (2022-2025) n'est pas publiée : aucune "
                       "comparaison de MW à MW avec la demande de la région n'est possible.",
        "cannot_capacity": "La capacité d'accueil des postes 400 kV n'est pas publiée : la charge par poste n'est "
                           "comparée à aucune capacité.",
        "cannot_overlap": "On ne sait pas si la demande attendue par RTE à Dunkerque comprend les projets de data "
                          "centers : elles ne sont pas additionnées.",
        "cannot_built": "Une annonce n'est pas une mise en service : les dates ont déjà glissé pour plusieurs projets.",
        "cannot_undated": "{n} projet(s) sans année connue ne sont pas comptés : {names}.",
        "cannot_kinds": "D'autres projets ne donnent qu'une autre mesure ({kinds}) : elle n'est jamais additionnée "
                        "à celle-ci.",
        "measure": "Mesure de la puissance",
        "measure_help": "Les sources ne mesurent pas toutes la même chose (puissance informatique, raccordement, "
                        "site entier…) : une seule mesure à la fois, jamais additionnées.",
        "measure_option": "{label} ({n} projet(s))",
        "url_measure": "Paramètre « {param} » de l'adresse : « {value} » n'est la mesure d'aucun "
                       "projet affiché. Affichée à la place : {shown}.",
        "url_factor": "Paramètre « {param} » de l'adresse : « {value} » n'est pas un facteur de charge "
                      "de {low} à {high} % par pas de {step}. Affiché à la place : {shown}.",
        "load_factor": "Facteur de charge (%)",
        "load_factor_default": "Par défaut {factor} : la trajectoire de RTE pour 2030 donne {mw} et {twh} pour les "
                               "data centers en France, soit {exact} en moyenne sur l'année.",
        "load_factor_unsourced": "Par défaut {factor} : hypothèse non sourcée (aucune source ne donne à la fois "
                                 "puissance et énergie).",
        "tab_power": "Puissance par année",
        "tab_energy": "Énergie par année",
        "tab_grid": "Charge sur le réseau",
        "share": "Part des projets dans la consommation régionale en {year}",
        "share_value": "{share} (entre {low} et {high} selon la consommation retenue)",
        "no_share": "Part dans la consommation régionale : inconnue (pas de demande datée ou pas de consommation).",
        "grid_intro": "Chaque projet est rattaché au poste 400 kV que ses sources nomment, sinon au plus proche. "
                      "★ = site fast-track de l'État (raccordement 400 kV planifié).",
        "grid_unpublished": "La capacité d'accueil des postes n'est pas publiée par RTE. À la place, les chiffres du "
                            "réseau que RTE et la presse publient :",
        "projects_table_n": "Projets et puissance annoncée ({n} projet(s))",
        "downloads": "Télécharger les tableaux",
        "csv": "Projets (CSV)",
        "xlsx": "Projets, réseau et chiffres publiés (XLSX)",
        "filters_apply": "Les filtres de la barre latérale s'appliquent aux projets ; la production et le réseau "
                         "sont ceux de la région entière.",
        "load_factor_where": "Le facteur de charge se règle dans l'onglet «\u00a0{tab}\u00a0».",
        # Tables
        "col_project": "Projet",
        "col_status": "Statut",
        "col_measure": "Mesure",
        "col_power": "Puissance",
        "col_as_written": "Telle qu'écrite",
        "col_year": "Compté à partir de",
        "col_year_from": "Origine de l'année",
        "year_horizon": "horizon du chiffre",
        "year_commissioning": "début de la mise en service annoncée",
        "year_none": "aucune année connue",
        "col_substation": "Poste 400 kV",
        "col_attachment": "Rattachement",
        "attachment_named": "nommé par une source",
        "attachment_nearest": "le plus proche",
        "col_fast_track": "Fast-track",
        "col_projects": "Projets",
        "col_n": "Nombre",
        "col_sources": "Sources",
        "col_what": "Ouvrage ou zone",
        "col_figure": "Chiffre",
        "col_horizon": "Horizon",
        "col_as_of": "Au",
        "col_link": "Lien",
        "figure_transmission_capacity": "capacité de transport",
        "figure_extra_demand": "demande supplémentaire attendue",
        "yes": "oui",
        "no": "non",
        "sheet_projects": "Projets",
        "sheet_grid": "Postes",
        "sheet_published": "Chiffres publiés",
    },
    "en": {
        "title": "Is there power for all this?",
        "intro": "The projects' announced power year by year, against the region's generation and grid, and the "
                 "load each 400 kV substation would carry. Every figure links to its source.",
        "verdict_title": "In short",
        "verdict_none": "No project the filters keep gives a power ({measure}) with a year: nothing to compare.",
        "verdict_demand": "The projects' announced demand ({measure}) reaches **{mw}** by {year} ({n} project(s)).",
        "verdict_maxima": "Some figures are maximums (« up to ») counted at their maximum: {names}.",
        "verdict_gravelines": "That is {share} of the Gravelines nuclear plant's net capacity ({capacity}).",
        "verdict_scenario": "Under the 2020 scenario closing two reactors by {year} (not confirmed), {left} would "
                            "remain: the demand would be {share} of it.",
        "verdict_energy": "At a load factor of {factor}, these projects would use {twh} a year, {share} of the "
                          "region's consumption ({consumption} over {years}).",
        "verdict_output": "Gravelines produced {output} in {year}; the projects would need at most {twh} a year.",
        "verdict_extra": "RTE also expects {mw} of extra industrial demand around Dunkirk by {year}, which may "
                         "overlap these projects.",
        "cannot_title": "What these figures cannot say",
        "cannot_peak": "The region's recent peak demand (2022-2025) is not published: no MW-to-MW comparison with "
                       "the region's demand is possible.",
        "cannot_capacity": "400 kV substations' hosting capacity is not published: the load per substation is "
                           "compared with no capacity.",
        "cannot_overlap": "Whether RTE's expected Dunkirk demand includes the data-centre projects is unknown: they "
                          "are not added together.",
        "cannot_built": "An announcement is not a commissioning: several projects' dates have already slipped.",
        "cannot_undated": "{n} project(s) without a known year are not counted: {names}.",
        "cannot_kinds": "Other projects give only another measure ({kinds}): it is never added to this one.",
        "measure": "Measure of power",
        "measure_help": "Sources do not all measure the same thing (IT load, grid connection, whole site…): one "
                        "measure at a time, never added together.",
        "measure_option": "{label} ({n} project(s))",
        "url_measure": "Address parameter “{param}”: “{value}” is not the measure of any project shown. "
                       "Shown instead: {shown}.",
        "url_factor": "Address parameter “{param}”: “{value}” is not a load factor from {low} to {high}% in steps "
                      "of {step}. Shown instead: {shown}.",
        "load_factor": "Load factor (%)",
        "load_factor_default": "Default {factor}: RTE's 2030 trajectory gives {mw} and {twh} for data centres in "
                               "France, i.e. {exact} on average over the year.",
        "load_factor_unsourced": "Default {factor}: an unsourced assumption (no source gives both power and energy).",
        "tab_power": "Power by year",
        "tab_energy": "Energy by year",
        "tab_grid": "Load on the grid",
        "share": "The projects' share of regional consumption in {year}",
        "share_value": "{share} (between {low} and {high} depending on the consumption used)",
        "no_share": "Share of regional consumption: unknown (no dated demand or no consumption).",
        "grid_intro": "Each project is attached to the 400 kV substation its sources name, else to the nearest. "
                      "★ = a State fast-track site (400 kV connection planned).",
        "grid_unpublished": "RTE does not publish substations' hosting capacity. Instead, the grid figures RTE and "
                            "the press publish:",
        "projects_table_n": "Projects and announced power ({n} project(s))",
        "downloads": "Download the tables",
        "csv": "Projects (CSV)",
        "xlsx": "Projects, grid and published figures (XLSX)",
        "filters_apply": "The sidebar filters apply to the projects; generation and grid are the whole region's.",
        "load_factor_where": "The load factor is set on the “{tab}” tab.",
        "col_project": "Project",
        "col_status": "Status",
        "col_measure": "Measure",
        "col_power": "Power",
        "col_as_written": "As written",
        "col_year": "Counted from",
        "col_year_from": "Year from",
        "year_horizon": "the figure's horizon",
        "year_commissioning": "start of the announced commissioning",
        "year_none": "no known year",
        "col_substation": "400 kV substation",
        "col_attachment": "Attached as",
        "attachment_named": "named by a source",
        "attachment_nearest": "nearest",
        "col_fast_track": "Fast-track",
        "col_projects": "Projects",
        "col_n": "Count",
        "col_sources": "Sources",
        "col_what": "Line or zone",
        "col_figure": "Figure",
        "col_horizon": "Horizon",
        "col_as_of": "As of",
        "col_link": "Link",
        "figure_transmission_capacity": "transmission capacity",
        "figure_extra_demand": "expected extra demand",
        "yes": "yes",
        "no": "no",
        "sheet_projects": "Projects",
        "sheet_grid": "Substations",
        "sheet_published": "Published figures",
    },
}
