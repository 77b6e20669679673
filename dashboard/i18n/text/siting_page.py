"""Words of dashboard/ui/pages/siting.py (namespace "siting_page": t("siting_page.<key>", lang))."""

TEXT = {
    "fr": {
        "col_line": "Ligne 400 kV (OSM)",
        "brownfields_scored": (
            "{n} friches Cartofriches d'au moins {need} ha (le besoin du gabarit) sont notées avec les sites ; le"
            " classement les marque « Friche (Cartofriches) »."
        ),
        "title": "Implantation\u00a0: où installer un centre de données\u00a0?",
        "intro": "Un score d'aptitude de 0 à 100, calculé à partir de critères dont vous réglez les poids. "
        "Chaque critère est ramené entre 0 et 1 par une fonction de valeur écrite ci-dessous ; des règles "
        "d'exclusion, à part, écartent les sites hors limites. La confiance (part des critères renseignés) "
        "est montrée à côté du score, jamais mélangée avec lui.",
        "preset": "Taille du campus (fixe les seuils)",
        "unknown_preset": "Taille de campus inconnue dans l'adresse : « {value} ». Affiché : {default}.",
        "weights": "Poids des critères",
        "settings": "Réglages : poids des critères, règles d'exclusion, sites candidats",
        "rules_in_force": "Règles d'exclusion en vigueur : {rules}.",
        "no_rule_in_force": "Aucune règle d'exclusion en vigueur.",
        "weights_help": "Réglez l'importance de chaque critère ; les poids sont ramenés à un total de 100 %.",
        "weights_total": "Poids normalisés (total 100 %) : {parts}",
        "weights_all_zero": "Tous les poids sont à 0 : les critères comptent à parts égales.",
        "reset_weights": "Poids par défaut",
        "value_function": "Fonction de valeur",
        "exclusions": "Règles d'exclusion (à part du score)",
        "exclusions_help": "Un site hors limite est exclu du classement, quel que soit son score. Sans donnée, la "
        "règle n'est pas vérifiée (signalé dans le tableau).",
        "rule_on": "Appliquer",
        "limit": "Limite ({unit})",
        "candidates": "Sites candidats",
        "candidates_help": (
            "Saisissez une commune, une adresse ou des coordonnées (latitude d'abord\xa0: "
            "«\xa050,29\xa0; 2,78\xa0»), ou cliquez sur la carte\xa0: le lieu s'ajoute à la carte, au "
            "classement et à l'adresse de la page (copiez-la pour partager ces candidats\xa0; rien n'est "
            "écrit dans les données)."
        ),
        "place": "Commune, adresse ou coordonnées",
        "place_placeholder": "ex. Béthune, 12 rue de la Gare, 59000 Lille, ou 50,29\xa0; 2,78",
        "place_cut": "Texte du lieu trop long : seuls ses {n} premiers caractères sont cherchés (« {kept} »).",
        "land_ha": "Surface disponible (ha, facultatif)",
        "brownfield": "Friche ou site industriel ?",
        "bf_unknown": "Je ne sais pas",
        "bf_yes": "Oui",
        "bf_no": "Non",
        "online": "Recherche en ligne (Nominatim / OpenStreetMap)",
        "online_help": "Le texte saisi est envoyé au service Nominatim d'OpenStreetMap (une demande par seconde au "
        "plus, résultats gardés en cache). Sans cela, seule la liste officielle des communes est utilisée.",
        "add": "Localiser et ajouter",
        "added": "Ajouté : {name} ({lat}, {lon}) — {origin}.",
        "added_place": "Ajouté\xa0: {name} — {origin}.",
        "already": "{name} est déjà dans la liste.",
        "unexpected": "La recherche a échoué de façon inattendue ; la page continue de fonctionner. ({detail})",
        "origin_nominatim": "Nominatim / OpenStreetMap",
        "origin_cache": "Nominatim / OpenStreetMap (cache local)",
        "origin_communes": "centre de la commune, liste officielle des communes",
        "origin_coordinates": "coordonnées saisies",
        "origin_click": "clic sur la carte, au centre de la maille H3 cliquée",
        "click_hint": (
            "Cliquez sur la carte pour y ajouter un site candidat\xa0: il est noté et classé aussitôt, placé au "
            "centre de la maille cliquée (environ 7\xa0km de large)\xa0; pour un lieu précis, saisissez ses coordonnées"
            " dans «\xa0Réglages\xa0»."
        ),
        "click_hover": "Cliquer pour ajouter un site candidat ici",
        "candidate_ranked": "Candidat ajouté\xa0: {name}, rang {rank} sur {n}.",
        "candidate_unranked": "Candidat ajouté\xa0: {name}, {status}.",
        "place_unreadable": (
            "«\xa0{value}\xa0» n'est pas une position «\xa0latitude, longitude\xa0» (ex. «\xa050,29\xa0; 2,78\xa0»)."
        ),
        "place_range": (
            "«\xa0{value}\xa0» n'est pas une position\xa0: la latitude va de −90 à 90 et la longitude de −180 à 180 "
            "(latitude d'abord, ex. «\xa050,29\xa0; 2,78\xa0»)."
        ),
        "place_outside": (
            "«\xa0{value}\xa0» est hors des Hauts-de-France\xa0: seuls les lieux de la région peuvent être évalués "
            "(latitude d'abord, ex. «\xa050,29\xa0; 2,78\xa0»)."
        ),
        "place_option": "«\xa0{value}\xa0»\xa0: la surface (ha=) ou la friche (bf=1 ou bf=0) est illisible.",
        "url_refused": "Candidat de l'adresse de la page ignoré\xa0: {problem} Les autres candidats sont gardés.",
        "url_too_many": "{n} candidats de l'adresse de la page au-delà des {max} premiers ne sont pas évalués.",
        "remove": "Retirer",
        "clear": "Retirer tous les candidats",
        "communes_missing": "La liste des communes (recherche hors ligne) n'est pas téléchargée.",
        "communes_unreadable": "La liste des communes en cache est inutilisable, elle est ignorée : {reason}",
        "communes_download": "Télécharger la liste des communes (Etalab, Licence Ouverte)",
        "no_225": "Distances aux postes 225 kV inconnues : le jeu « postes-electriques-rte » de RTE (ODRÉ) n'est pas "
        "téléchargé ({reason}). Le critère 225 kV est mis de côté et son poids réparti sur les autres ; les "
        "distances 400 kV viennent des postes des données du projet.",
        "no_225_reason": "aucune copie locale",
        "substations_download": "Télécharger les postes RTE (ODRÉ)",
        "set_aside": "Sans aucune donnée, mis de côté (poids réparti sur les autres) : {names}.",
        "map": "Carte du score",
        "style": "Fond de carte",
        "style_carto-positron": "Carte en ligne (CARTO Positron)",
        "style_white-bg": "Fond blanc (hors ligne)",
        "ranking": "Classement",
        "ranking_chart": "Classement (graphique)",
        "ranking_top": "Les {shown} premiers sur {n} ; chaque nom ouvre la fiche du site.",
        "ranking_full": "Tableau complet : {n} lignes, toutes les colonnes, triable",
        "ranking_candidates": "Vos sites candidats suivent, à leur rang.",
        "col_rank": "Rang",
        "col_name": "Site",
        "col_type": "Type",
        "col_commune": "Commune",
        "col_score": "Score",
        "col_confidence": "Confiance",
        "col_status": "Exclusion",
        "col_400": "Poste 400 kV",
        "col_225": "Poste 225 kV",
        "col_grav": "Gravelines",
        "col_lille": "Lille",
        "col_land": "Terrain",
        "col_brown": "Friche",
        "col_page": "Fiche",
        "open_page": "ouvrir la fiche",
        "eligible": "—",
        "unchecked_too_small": "surface inconnue — règle non vérifiée",
        "unchecked_far_from_400kv": "distance au poste 400 kV inconnue — règle non vérifiée",
        "unchecked_far_from_225kv": "distance au poste 225 kV inconnue — règle non vérifiée",
        "unchecked_mark": "⚠",
        "unchecked_note": (
            "{mark}\xa0: une règle d'exclusion n'a pu être vérifiée faute de donnée (voir la colonne Exclusion)."
        ),
        "order": "Ordre du classement",
        "order_score": "Par score",
        "order_checked_first": "Sites entièrement vérifiés d'abord",
        "rank_excluded": "exclu",
        "rank_reference": "pour référence",
        "col_role": "Rôle",
        "role_operating": "en service",
        "role_abandoned": "abandonné",
        "reference_title_n": "Pour référence, hors classement : {n} site(s) en service ou abandonné(s)",
        "reference_intro": (
            "Data centers en service et projets abandonnés, notés avec les mêmes critères pour comparaison\xa0; ils "
            "ne sont pas des emplacements candidats."
        ),
        "waived": "règle levée (site fast-track, raccordement planifié) : {rules}",
        "confidence_text": "{n}/{total} critères",
        "unknown": "inconnu",
        "yes": "oui",
        "no": "non",
        "sensitivity": "Sensibilité aux poids",
        "sensitivity_intro": "Chaque colonne change un seul poids de ±20 % (les autres sont renormalisés) ; chaque "
        "case dit combien de places le site gagne (+) ou perd (−).",
        "stable": "Aucune variation de ±20 % d'un poids ne change le premier du classement : il est robuste.",
        "leader_moves": "Le premier du classement change si l'on modifie : {changes}.",
        "nothing_ranked": "Aucun site classé : rien à comparer.",
        "methodology": "Méthode et sources",
        "method_score": "**Score** = 100 × Σ poids × valeur ÷ Σ poids, sur les critères pondérés qui ont des données "
        "pour au moins un site. Un site sans donnée pour un critère reçoit 0 pour ce critère (pas de "
        "crédit sans preuve) ; la **confiance** dit combien de critères pondérés sont renseignés. "
        "Les sites exclus gardent leur score pour information mais ne sont pas classés.",
        "method_distances": "Distances géodésiques sur l'ellipsoïde WGS-84 (comme `geopy.distance.geodesic`), "
        "calculées pour tous les sites et tous les postes à la fois.",
        "meaning": "Ce que mesure le critère",
        "formula": "Fonction de valeur ({preset})",
        "source": "Source des données",
        "freshness": "Fraîcheur",
        "limits": "Limites",
        "weight_now": "Poids actuel",
        "presets_table": "Seuils par taille de campus",
        "sources_caption": "Sources : {sources}. Détail dans « Méthode et sources ».",
        "candidates_source": (
            "sites candidats : coordonnées saisies, clic sur la carte, Nominatim / OpenStreetMap (ODbL) ; commune"
            " la plus proche : liste officielle des communes (copie fournie)"
        ),
        "scored_types": "Sont évalués : les projets de centres de données et les sites industriels d'accueil (selon "
        "les filtres), et vos sites candidats.",
        "nothing_to_score": "Aucun site à évaluer avec ces filtres : ajoutez un site candidat ou élargissez les "
        "filtres.",
    },
    "en": {
        "col_line": "400 kV line (OSM)",
        "brownfields_scored": (
            "{n} Cartofriches brownfields of at least {need} ha (the preset's need) are scored with the sites; "
            'the ranking marks them "Brownfield (Cartofriches)".'
        ),
        "title": "Siting: where could a data centre go?",
        "intro": "A suitability score from 0 to 100, from criteria whose weights you set. Each criterion is brought "
        "to 0–1 by a value function written below; exclusion rules, kept apart, rule out sites beyond "
        "limits. The confidence (share of criteria with data) is shown next to the score, never mixed in.",
        "preset": "Campus size (sets the thresholds)",
        "unknown_preset": "Unknown campus size in the address: “{value}”. Shown: {default}.",
        "weights": "Criteria weights",
        "settings": "Settings: criteria weights, exclusion rules, candidate sites",
        "rules_in_force": "Exclusion rules in force: {rules}.",
        "no_rule_in_force": "No exclusion rule in force.",
        "weights_help": "Set how much each criterion matters; the weights are scaled to a total of 100%.",
        "weights_total": "Normalized weights (total 100%): {parts}",
        "weights_all_zero": "Every weight is 0: the criteria count equally.",
        "reset_weights": "Default weights",
        "value_function": "Value function",
        "exclusions": "Exclusion rules (apart from the score)",
        "exclusions_help": "A site beyond a limit is excluded from the ranking whatever its score. Without data, the "
        "rule is not checked (flagged in the table).",
        "rule_on": "Apply",
        "limit": "Limit ({unit})",
        "candidates": "Candidate sites",
        "candidates_help": (
            "Type a commune, an address or coordinates (latitude first: '50.29, 2.78'), or click on the map: the "
            "place joins the map, the ranking and the page's address (copy it to share these candidates; nothing "
            "is written to the data)."
        ),
        "place": "Commune, address or coordinates",
        "place_placeholder": "e.g. Béthune, 12 rue de la Gare, 59000 Lille, or 50.29, 2.78",
        "place_cut": "Place text too long: only its first {n} characters are searched ('{kept}').",
        "land_ha": "Land available (ha, optional)",
        "brownfield": "Brownfield or industrial site?",
        "bf_unknown": "Don't know",
        "bf_yes": "Yes",
        "bf_no": "No",
        "online": "Online search (Nominatim / OpenStreetMap)",
        "online_help": "The text is sent to OpenStreetMap's Nominatim service (one request per second at most, results "
        "cached). Without it, only the official commune list is used.",
        "add": "Locate and add",
        "added": "Added: {name} ({lat}, {lon}) — {origin}.",
        "added_place": "Added: {name} — {origin}.",
        "already": "{name} is already in the list.",
        "unexpected": "The search failed unexpectedly; the page keeps working. ({detail})",
        "origin_nominatim": "Nominatim / OpenStreetMap",
        "origin_cache": "Nominatim / OpenStreetMap (local cache)",
        "origin_communes": "commune centre, official commune list",
        "origin_coordinates": "typed coordinates",
        "origin_click": "map click, at the centre of the H3 cell clicked",
        "click_hint": (
            "Click on the map to add a candidate site there: it is scored and ranked at once, placed at the "
            "centre of the cell clicked (about 7 km across); for an exact place, type its coordinates under "
            "'Settings'."
        ),
        "click_hover": "Click to add a candidate site here",
        "candidate_ranked": "Candidate added: {name}, rank {rank} of {n}.",
        "candidate_unranked": "Candidate added: {name}, {status}.",
        "place_unreadable": "'{value}' is not a 'latitude, longitude' position (e.g. '50.29, 2.78').",
        "place_range": (
            "'{value}' is not a position: latitude runs from −90 to 90 and longitude from −180 to 180 (latitude "
            "first, e.g. '50.29, 2.78')."
        ),
        "place_outside": (
            "'{value}' is outside Hauts-de-France: only places in the region can be assessed (latitude first, "
            "e.g. '50.29, 2.78')."
        ),
        "place_option": "'{value}': the land (ha=) or the brownfield (bf=1 or bf=0) cannot be read.",
        "url_refused": "Candidate in the page's address left out: {problem} The other candidates are kept.",
        "url_too_many": "{n} candidates of the page's address beyond the first {max} are not assessed.",
        "remove": "Remove",
        "clear": "Remove all candidates",
        "communes_missing": "The commune list (offline search) is not downloaded.",
        "communes_unreadable": "The cached commune list cannot be used and is ignored: {reason}",
        "communes_download": "Download the commune list (Etalab, Licence Ouverte)",
        "no_225": 'Distances to 225 kV substations unknown: RTE\'s "postes-electriques-rte" dataset (ODRÉ) is not '
        "downloaded ({reason}). The 225 kV criterion is set aside and its weight shared among the others; "
        "400 kV distances come from the substations in the project's data.",
        "no_225_reason": "no local copy",
        "substations_download": "Download RTE's substations (ODRÉ)",
        "set_aside": "No data at all, set aside (weight shared among the others): {names}.",
        "map": "Score map",
        "style": "Basemap",
        "style_carto-positron": "Online map (CARTO Positron)",
        "style_white-bg": "White background (offline)",
        "ranking": "Ranking",
        "ranking_chart": "Ranking (chart)",
        "ranking_top": "The first {shown} of {n}; each name opens the site's page.",
        "ranking_full": "Full table: {n} rows, every column, sortable",
        "ranking_candidates": "Your candidate sites follow, at their rank.",
        "col_rank": "Rank",
        "col_name": "Site",
        "col_type": "Type",
        "col_commune": "Commune",
        "col_score": "Score",
        "col_confidence": "Confidence",
        "col_status": "Exclusion",
        "col_400": "400 kV substation",
        "col_225": "225 kV substation",
        "col_grav": "Gravelines",
        "col_lille": "Lille",
        "col_land": "Land",
        "col_brown": "Brownfield",
        "col_page": "Page",
        "open_page": "open its page",
        "eligible": "—",
        "unchecked_too_small": "area unknown — rule not checked",
        "unchecked_far_from_400kv": "distance to the 400 kV substation unknown — rule not checked",
        "unchecked_far_from_225kv": "distance to the 225 kV substation unknown — rule not checked",
        "unchecked_mark": "⚠",
        "unchecked_note": "{mark}: an exclusion rule could not be checked for lack of data (see the Exclusion column).",
        "order": "Order of the ranking",
        "order_score": "By score",
        "order_checked_first": "Fully checked sites first",
        "rank_excluded": "excluded",
        "rank_reference": "for reference",
        "col_role": "Role",
        "role_operating": "operating",
        "role_abandoned": "abandoned",
        "reference_title_n": "For reference, not ranked: {n} operating or abandoned site(s)",
        "reference_intro": (
            "Operating data centres and abandoned projects, scored with the same criteria for comparison; they "
            "are not candidate places."
        ),
        "waived": "rule lifted (fast-track site, connection planned): {rules}",
        "confidence_text": "{n}/{total} criteria",
        "unknown": "unknown",
        "yes": "yes",
        "no": "no",
        "sensitivity": "Sensitivity to the weights",
        "sensitivity_intro": "Each column changes one weight by ±20% (the others are renormalized); each cell tells "
        "how many places the site gains (+) or loses (−).",
        "stable": "No ±20% change of a single weight changes the top site: it is robust.",
        "leader_moves": "The top site changes if you change: {changes}.",
        "nothing_ranked": "No ranked site: nothing to compare.",
        "methodology": "Method and sources",
        "method_score": "**Score** = 100 × Σ weight × value ÷ Σ weight, over the weighted criteria that have data for "
        "at least one site. A site without data for a criterion gets 0 for it (no credit without "
        "evidence); the **confidence** tells how many weighted criteria have data. Excluded sites keep "
        "their score for reference but are not ranked.",
        "method_distances": "Geodesic distances on the WGS-84 ellipsoid (as `geopy.distance.geodesic`), computed for "
        "all sites and all substations at once.",
        "meaning": "What it measures",
        "formula": "Value function ({preset})",
        "source": "Data source",
        "freshness": "Freshness",
        "limits": "Limits",
        "weight_now": "Current weight",
        "presets_table": "Thresholds by campus size",
        "sources_caption": 'Sources: {sources}. Details under "Method and sources".',
        "candidates_source": (
            "candidate sites: typed coordinates, map click, Nominatim / OpenStreetMap (ODbL); nearest commune: "
            "official commune list (shipped copy)"
        ),
        "scored_types": "Scored: data-centre projects and industrial host sites (as filtered), and your candidate "
        "sites.",
        "nothing_to_score": "No site to score with these filters: add a candidate site or widen the filters.",
    },
}
