"""The /siting method in words: each criterion's label, meaning, written formula, source,
freshness and limits, the exclusions' rules and the presets' names (namespace "siting_method").
The registry in dashboard/domain/siting/criteria.py reads them by key; the scoring never does."""

TEXT = {'fr': {'formula.closer': 'v = 1 si d ≤ {full:g} km ; v = 0 si d ≥ {zero:g} km ; entre les deux v = ({zero:g} − d) / '
                          '({zero:g} − {full:g})',
        'formula.larger': 'v = min(1, S / {need:g} ha), S = surface du terrain en hectares',
        'formula.yes': 'v = 1 si le site réutilise une friche ou un site industriel, 0 sinon',
        'criterion.dist_400kv.label': 'Distance au poste 400 kV',
        'criterion.dist_400kv.short': '400 kV',
        'criterion.dist_400kv.meaning': 'Un campus de 300 MW à 1 GW se raccorde en 400 kV (le « fast track » de la '
                                        'CRE vise 400 MW–1 GW en 400 kV) : plus le poste est proche, moins la ligne '
                                        'de raccordement est longue et coûteuse.',
        'criterion.dist_400kv.source': "Postes 400 kV des données du projet (seeds, repris d'ODRÉ 2024 : disponibles "
                                       'hors ligne) et, une fois téléchargé, le jeu « postes-electriques-rte » de '
                                       'RTE (ODRÉ), postes « EN EXPLOITATION »',
        'criterion.dist_400kv.source_short': 'RTE, postes électriques (ODRÉ)',
        'criterion.dist_400kv.freshness': 'Instantané ODRÉ à la date du téléchargement ; seeds à la date de leur '
                                          'source',
        'criterion.dist_400kv.limits': "Distance géodésique à vol d'oiseau, pas le tracé d'une ligne ; ne dit rien "
                                       "de la capacité disponible au poste (file d'attente RTE).",
        'criterion.dist_400kv_line.label': 'Distance à la ligne 400 kV',
        'criterion.dist_400kv_line.short': 'Ligne 400 kV',
        'criterion.dist_400kv_line.meaning': 'Un grand campus peut se raccorder par un nouveau poste créé en coupure '
                                             "d'une ligne 400 kV existante : la distance à la ligne compte autant "
                                             'que celle au poste.',
        'criterion.dist_400kv_line.source': 'OpenStreetMap (© contributeurs OpenStreetMap, ODbL), lignes power=line '
                                            "dont le tag voltage comprend 400000, via l'API Overpass (à télécharger)",
        'criterion.dist_400kv_line.source_short': 'OpenStreetMap (ODbL), lignes 400 kV',
        'criterion.dist_400kv_line.freshness': 'Instantané OSM à la date du téléchargement',
        'criterion.dist_400kv_line.limits': "Sans le réseau OSM téléchargé, ce critère n'a pas de données. Distance "
                                            'géodésique au point le plus proche de la ligne (exacte à 100 m près au '
                                            'pire) ; OSM est cartographié par des bénévoles : une ligne peut manquer '
                                            "; une coupure de ligne demande l'accord de RTE.",
        'criterion.dist_225kv.label': 'Distance au poste 225 kV',
        'criterion.dist_225kv.short': '225 kV',
        'criterion.dist_225kv.meaning': 'Les projets de quelques dizaines de MW se raccordent en 225 kV (ou moins) : '
                                        'un poste proche raccourcit le raccordement.',
        'criterion.dist_225kv.source': 'Jeu « postes-electriques-rte » de RTE (ODRÉ), postes « EN EXPLOITATION » de '
                                       'tension 225 kV (à télécharger)',
        'criterion.dist_225kv.source_short': 'RTE, postes électriques (ODRÉ)',
        'criterion.dist_225kv.freshness': 'Instantané ODRÉ à la date du téléchargement',
        'criterion.dist_225kv.limits': "Sans le jeu ODRÉ téléchargé, ce critère n'a pas de données. Un poste 400/225 "
                                       'kV est compté en 400 kV seulement (ODRÉ le classe à sa tension la plus '
                                       "haute). Certains postes 225 kV sont ceux d'un client (SNCF, industriel) et "
                                       "n'accueillent pas de tiers ; les points de piquage ne sont pas des postes.",
        'criterion.dist_gravelines.label': 'Distance à Gravelines',
        'criterion.dist_gravelines.short': 'Gravelines',
        'criterion.dist_gravelines.meaning': 'La centrale nucléaire de Gravelines (5 460 MWe nets) est la grande '
                                             "source d'électricité de la région : la proximité de la production "
                                             'limite les transits sur le réseau.',
        'criterion.dist_gravelines.source': 'Fiches sources du projet (seeds), une source citée par fait',
        'criterion.dist_gravelines.source_short': 'données du projet (sources citées par fait)',
        'criterion.dist_gravelines.freshness': 'Position de la centrale : fixe',
        'criterion.dist_gravelines.limits': "Indicateur grossier : l'électricité circule sur tout le réseau maillé ; "
                                            'la distance ne garantit aucune capacité.',
        'criterion.brownfield.label': "Réemploi d'une friche ou d'un site industriel",
        'criterion.brownfield.short': 'Friche',
        'criterion.brownfield.meaning': "Un site industriel existant évite l'artificialisation de terres (objectif "
                                        "ZAN) et dispose souvent déjà d'accès, de réseaux et d'un raccordement "
                                        'électrique.',
        'criterion.brownfield.source': "Seeds : site d'accueil industriel renseigné (host_site) ou site de type « "
                                       "site industriel d'accueil » ; pour un site candidat, la réponse de "
                                       "l'utilisateur",
        'criterion.brownfield.source_short': 'données du projet (sources citées par fait)',
        'criterion.brownfield.freshness': 'À la date des sources citées',
        'criterion.brownfield.limits': "Un site sans site d'accueil renseigné est « inconnu », pas « terrain nu » : "
                                       "l'absence d'information n'est pas une preuve.",
        'criterion.land_area.label': 'Surface de terrain disponible',
        'criterion.land_area.short': 'Terrain',
        'criterion.land_area.meaning': 'Un campus a besoin de place pour les bâtiments, les postes électriques, le '
                                       'refroidissement et les extensions ; le besoin croît avec la puissance.',
        'criterion.land_area.source': 'Seeds : surface du terrain (land_area) citée par une source ; pour un site '
                                      'candidat, la surface saisie',
        'criterion.land_area.source_short': 'données du projet (sources citées par fait)',
        'criterion.land_area.freshness': 'À la date des sources citées',
        'criterion.land_area.limits': 'Besoins par taille de campus : ordres de grandeur, pas des normes. Surface '
                                      'annoncée, pas forcément constructible.',
        'criterion.dist_lille.label': 'Distance à Lille (connectivité)',
        'criterion.dist_lille.short': 'Lille',
        'criterion.dist_lille.meaning': 'Indicateur de connectivité : la métropole lilloise concentre la fibre, les '
                                        "points d'échange internet, les clients et la main-d'œuvre.",
        'criterion.dist_lille.source': 'INSEE, Code officiel géographique 2024 (centroïde de la commune de Lille, '
                                       '59350)',
        'criterion.dist_lille.source_short': 'INSEE, COG 2024 (Lille)',
        'criterion.dist_lille.freshness': 'Fixe',
        'criterion.dist_lille.limits': 'Ne mesure ni la fibre réellement disponible ni la latence ; Paris, Bruxelles '
                                       'ou les câbles sous-marins ne sont pas pris en compte.',
        'exclusion.far_from_400kv.label': "Trop loin d'un poste 400 kV",
        'exclusion.far_from_400kv.rule': 'exclu si le poste 400 kV le plus proche est à plus de {limit:g} km',
        'exclusion.far_from_225kv.label': "Trop loin d'un poste 225 kV",
        'exclusion.far_from_225kv.rule': 'exclu si le poste 225 kV le plus proche est à plus de {limit:g} km',
        'exclusion.waived_by.fast_track': "Sauf pour un site fast-track de l'État : son raccordement au 400 kV "
                                          'est planifié quelle que soit la distance actuelle à un poste.',
        'formula.fast_track': "v = 1 si une source nomme le site parmi les sites fast-track de l'État, 0 sinon",
        'criterion.fast_track.label': "Site fast-track de l'État (raccordement 400 kV planifié)",
        'criterion.fast_track.short': 'Fast-track',
        'criterion.fast_track.meaning': "La procédure « fast track » approuvée par la CRE raccorde en 2028-2029 au "
                                        'réseau 400 kV de RTE des consommateurs de 400 MW à 1 GW, sur des sites '
                                        "identifiés au préalable par l'État : leur raccordement est planifié, quelle "
                                        "que soit la distance actuelle à un poste. Ces sites ne sont donc pas exclus "
                                        'pour leur éloignement des postes actuels.',
        'criterion.fast_track.source': "Seeds : fait « fast_track » (LeMagIT, 3 février 2026 : Escaudain, Le Bosquel, "
                                       'Grand Port Maritime de Dunkerque ; agglomération de La Porte du Hainaut) ; '
                                       'procédure : CRE.',
        'criterion.fast_track.source_short': "LeMagIT (02/2026), CRE : sites fast-track de l'État",
        'criterion.fast_track.freshness': "Liste de l'État de fin janvier 2026",
        'criterion.fast_track.limits': "La liste nationale n'est connue que par la presse ; la capacité réservée par "
                                       "site n'est pas publiée. Un lieu qu'aucune source ne nomme vaut 0.",
        'exclusion.too_small.label': 'Terrain trop petit',
        'exclusion.too_small.rule': 'exclu si le terrain connu fait moins de {limit:g} ha',
        'preset.30mw.label': '30 MW (centre de données régional)',
        'preset.300mw.label': '300 MW (grand campus)',
        'preset.1gw.label': '1 GW (campus IA, « fast track » 400 kV)'},
 'en': {'formula.closer': 'v = 1 if d ≤ {full:g} km; v = 0 if d ≥ {zero:g} km; in between v = ({zero:g} − d) / '
                          '({zero:g} − {full:g})',
        'formula.larger': 'v = min(1, A / {need:g} ha), A = land area in hectares',
        'formula.yes': 'v = 1 if the site reuses a brownfield or industrial site, 0 otherwise',
        'criterion.dist_400kv.label': 'Distance to 400 kV substation',
        'criterion.dist_400kv.short': '400 kV',
        'criterion.dist_400kv.meaning': 'A 300 MW–1 GW campus connects at 400 kV (the regulator\'s "fast track" '
                                        'covers 400 MW–1 GW at 400 kV): the nearer the substation, the shorter and '
                                        'cheaper the connection line.',
        'criterion.dist_400kv.source': "400 kV substations in the project's data (seeds, copied from ODRÉ 2024: "
                                       'available offline) and, once downloaded, RTE\'s "postes-electriques-rte" '
                                       'dataset (ODRÉ), substations "EN EXPLOITATION"',
        'criterion.dist_400kv.source_short': 'RTE, substations (ODRÉ)',
        'criterion.dist_400kv.freshness': 'ODRÉ snapshot at download time; seeds as of their source',
        'criterion.dist_400kv.limits': 'Geodesic distance as the crow flies, not a line route; says nothing about '
                                       "spare capacity at the substation (RTE's queue).",
        'criterion.dist_400kv_line.label': 'Distance to a 400 kV line',
        'criterion.dist_400kv_line.short': '400 kV line',
        'criterion.dist_400kv_line.meaning': 'A large campus can connect through a new substation cut into an '
                                             'existing 400 kV line: the distance to the line matters as much as the '
                                             'distance to a substation.',
        'criterion.dist_400kv_line.source': 'OpenStreetMap (© OpenStreetMap contributors, ODbL), power=line ways '
                                            'whose voltage tag includes 400000, through the Overpass API (to be '
                                            'downloaded)',
        'criterion.dist_400kv_line.source_short': 'OpenStreetMap (ODbL), 400 kV lines',
        'criterion.dist_400kv_line.freshness': 'OSM snapshot at download time',
        'criterion.dist_400kv_line.limits': 'Without the downloaded OSM grid this criterion has no data. Geodesic '
                                            "distance to the line's nearest point (within 100 m at worst); OSM is "
                                            'mapped by volunteers: a line may be missing; cutting into a line needs '
                                            "RTE's agreement.",
        'criterion.dist_225kv.label': 'Distance to 225 kV substation',
        'criterion.dist_225kv.short': '225 kV',
        'criterion.dist_225kv.meaning': 'Projects of a few tens of MW connect at 225 kV (or lower): a nearby '
                                        'substation shortens the connection.',
        'criterion.dist_225kv.source': 'RTE\'s "postes-electriques-rte" dataset (ODRÉ), substations "EN '
                                       'EXPLOITATION" at 225 kV (to be downloaded)',
        'criterion.dist_225kv.source_short': 'RTE, substations (ODRÉ)',
        'criterion.dist_225kv.freshness': 'ODRÉ snapshot at download time',
        'criterion.dist_225kv.limits': 'Without the downloaded ODRÉ dataset this criterion has no data. A 400/225 kV '
                                       'substation counts as 400 kV only (ODRÉ lists its highest voltage). Some 225 '
                                       'kV substations belong to a customer (railways, industry) and take no third '
                                       'party; tap points are not substations.',
        'criterion.dist_gravelines.label': 'Distance to Gravelines',
        'criterion.dist_gravelines.short': 'Gravelines',
        'criterion.dist_gravelines.meaning': "Gravelines nuclear plant (5,460 MWe net) is the region's large supply: "
                                             'being near generation limits power flows across the grid.',
        'criterion.dist_gravelines.source': "The project's seed records, one cited source per fact",
        'criterion.dist_gravelines.source_short': 'project data (sources cited per fact)',
        'criterion.dist_gravelines.freshness': 'Plant position: fixed',
        'criterion.dist_gravelines.limits': 'A coarse indicator: power flows across the whole meshed grid; distance '
                                            'guarantees no capacity.',
        'criterion.brownfield.label': 'Reuse of a brownfield or industrial site',
        'criterion.brownfield.short': 'Brownfield',
        'criterion.brownfield.meaning': "An existing industrial site avoids taking new land (France's net-zero "
                                        'land-take goal) and often already has access, utilities and a grid '
                                        'connection.',
        'criterion.brownfield.source': 'Seeds: an industrial host site recorded (host_site) or a site of type '
                                       '"industrial host site"; for a candidate, the user\'s answer',
        'criterion.brownfield.source_short': 'project data (sources cited per fact)',
        'criterion.brownfield.freshness': 'As of the cited sources',
        'criterion.brownfield.limits': 'A site with no recorded host site is "unknown", not "greenfield": missing '
                                       'information is no evidence.',
        'criterion.land_area.label': 'Land area available',
        'criterion.land_area.short': 'Land',
        'criterion.land_area.meaning': 'A campus needs room for buildings, substations, cooling and extensions; the '
                                       'need grows with power.',
        'criterion.land_area.source': 'Seeds: land area (land_area) cited by a source; for a candidate, the area '
                                      'entered',
        'criterion.land_area.source_short': 'project data (sources cited per fact)',
        'criterion.land_area.freshness': 'As of the cited sources',
        'criterion.land_area.limits': 'Needs per campus size are orders of magnitude, not standards. Announced area, '
                                      'not necessarily buildable.',
        'criterion.dist_lille.label': 'Distance to Lille (connectivity)',
        'criterion.dist_lille.short': 'Lille',
        'criterion.dist_lille.meaning': 'A connectivity proxy: the Lille metropolis concentrates fibre, internet '
                                        'exchange points, customers and skilled staff.',
        'criterion.dist_lille.source': 'INSEE, Code officiel géographique 2024 (centroid of the commune of Lille, '
                                       '59350)',
        'criterion.dist_lille.source_short': 'INSEE, COG 2024 (Lille)',
        'criterion.dist_lille.freshness': 'Fixed',
        'criterion.dist_lille.limits': 'Measures neither the fibre actually available nor latency; Paris, Brussels '
                                       'or submarine cables are not taken into account.',
        'exclusion.far_from_400kv.label': 'Too far from a 400 kV substation',
        'exclusion.far_from_400kv.rule': 'excluded if the nearest 400 kV substation is more than {limit:g} km away',
        'exclusion.far_from_225kv.label': 'Too far from a 225 kV substation',
        'exclusion.far_from_225kv.rule': 'excluded if the nearest 225 kV substation is more than {limit:g} km away',
        'exclusion.waived_by.fast_track': "Except for a State fast-track site: its 400 kV connection is planned "
                                          'whatever its distance to a substation today.',
        'formula.fast_track': "v = 1 if a source names the site among the State's fast-track sites, 0 otherwise",
        'criterion.fast_track.label': "State fast-track site (400 kV connection planned)",
        'criterion.fast_track.short': 'Fast-track',
        'criterion.fast_track.meaning': "The fast-track procedure the CRE approved connects 400 MW to 1 GW consumers "
                                        "to RTE's 400 kV grid by 2028-2029, on sites the State identified "
                                        'beforehand: their connection is planned whatever their distance to a '
                                        'substation today. Such sites are therefore not excluded for being far '
                                        "from today's substations.",
        'criterion.fast_track.source': "Seeds: a « fast_track » fact (LeMagIT, 3 February 2026: Escaudain, Le "
                                       'Bosquel, Dunkirk port; the Porte du Hainaut agglomeration); the procedure: CRE.',
        'criterion.fast_track.source_short': "LeMagIT (02/2026), CRE: State fast-track sites",
        'criterion.fast_track.freshness': "The State's list of late January 2026",
        'criterion.fast_track.limits': 'The national list is known only through the press; the capacity reserved '
                                       'per site is not published. A place no source names counts 0.',
        'exclusion.too_small.label': 'Land too small',
        'exclusion.too_small.rule': 'excluded if the known land area is under {limit:g} ha',
        'preset.30mw.label': '30 MW (regional data centre)',
        'preset.300mw.label': '300 MW (large campus)',
        'preset.1gw.label': '1 GW (AI campus, 400 kV "fast track")'}}
