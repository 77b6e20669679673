"""Held-out 2026-12d: the intake's next blind part, kept apart from the rules it judges.

Written on 7 December 2026 (session 10, by the engineer "h27w"), while two other engineers (h27t, recall;
h28t, precision and right site) changed the intake's rules, and kept off `main` (branch `heldout-d`) until
their work had landed: nobody tuning the rules has read it. Held-out 2026-12c, the judge before it, was read
after its final run and is development since.

Eighteen real articles about the region's projects (nine French, nine English), found with the library's
search of stored public pages (queries in French and English on the data-centre sites, the battery valley,
grid and power news and the region's announcements). None is the source of an article of any other part
(development with batches 8 to 12, session 6's held-out part, held-out 2026-12, 2026-12b and 2026-12c): every
address of the 248 articles of those parts was listed from their `source` and compared, and the test of the
parts checks it. Nor does any tell a story a part already tells (the same event, on the same date, by another
publisher): each story's names and figures were looked for in the parts' texts (Tiamat, Boves, Eramet, Suez,
Méaulte, France Datacenter, the arc furnace, Kaiserslautern and Termoli given up, Renault's 12 GWh from
Verkor, the plant's 2023 results at Gravelines, the « vallée de l'IA » interview, ProLogium's calendar of
September 2023 and its delay to 2028, AESC at the 100,000th R5, the offshore wind farm after its public
debate, RTE's reserved capacity); where a part tells another event of the same project (ProLogium's choice
of Dunkirk and its first stone, AESC's opening, Verkor's choice and inauguration, the EPR2 debate), the event
here is another one, on another date.

They were picked for what the news says, not for being hard or easy: announcements and choices of a site,
calendars and delays, a progress report from a ministerial visit, a plant's yearly results beside the
reactors to come, several projects in one article, a company's plans abroad beside its French plant, plants
the dataset does not know (Tiamat at Boves, Eramet and Suez at Dunkirk, a supercomputer at Méaulte),
statuses and dates in several forms, and five articles with no figure of our sites (an association's
regional office, RTE's national reservations, a 2013 pitch for the Lille region, a steelworks furnace, a
suspension). Each is written here in our own words with the real one's structure, length, figures and short
quoted phrases; `source` names the real article (publisher, title, address, date; "≈" and "inferred" where
the page gives no date). Where the stored copy was an excerpt (most were), the article follows the excerpt.

`expected` is what an analyst takes, decided from the text alone by the labelling conventions of
tests/intake_eval.py, before the intake was run on it: (attribute, value as written, site id or None for a
project the dataset does not know). A comment says why a figure of the text is left out when that is not
plain. The part was run once on the code of main as it stood when it was begun (see BEFORE), only its three
figures looked at: on da938a4, 36 expected figures, 38 proposed (5 held back), recall 0.500, precision
0.474, right site 0.722. (A first run on a first wording gave 0.500 / 0.429 / 0.833; before the branch's
first push, sentences of sixteen articles that stayed too close to their originals and quotations longer
than a few words were rewritten, the figures and `expected` unchanged, and the run was made again on the
part as it stands, its three figures only.)

The benchmark (benchmarks/bench_intake.py) prints it as its last part and checks the targets on it. After
session 10's rules had all landed, it was merged and run once on main (f065c16 with this part, 2026-12-07,
16:20 UTC): recall 0.528, precision 0.500, right site 0.684 (36 expected, 38 proposed, 5 held back), against
0.889 / 0.923 / 1.000 on 2026-12c, the part those rules were written on. A test holds it at what it reached
(tests/domain/test_intake_eval.py). Its errors were read after that run (2026-12-07, session 10): since then
development, like the parts before it; the next judge must be written anew, apart from the rules.
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import EvalArticle

A = EvalArticle

# One run of benchmarks/bench_intake.py on main as it stood when this part was begun, before the session's
# rules (shared machine; only these three figures were looked at).
BEFORE = {"commit": "da938a4", "recall": 0.500, "precision": 0.474, "entity_accuracy": 0.722}

HELD_OUT_2026_12D = (
    A(
        "gazettenpdc-france-datacenter-antenne-fr",
        "La Gazette Nord-Pas de Calais, « France Datacenter s'implante dans les Hauts-de-France », "
        "https://gazettenpdc.fr/article/france-data-center-s-implante-dans-les-hauts-de-france, undated page "
        "(inferred: the office launched « le 22 juin » 2022), ≈2022-06-24",
        "fr",
        dt.date(2022, 6, 24),
        "France Datacenter s'installe dans les Hauts-de-France\n"
        "L'association qui fédère et défend depuis plusieurs années la filière française des centres de données "
        "sort de Paris : en 2022, elle ouvre une antenne régionale dans les Hauts-de-France.\n"
        "Son vice-président, Jacques Perrochat, l'a lancée le 22 juin. « Dans un premier temps », il s'agit "
        "d'« attirer de nouveaux membres » dans ses rangs, explique-t-il. La région ne part pas de rien : on y "
        "compte pas moins de 32 data centers, publics et privés.",
        (),  # the region's count of data centres, no site's figure
    ),
    A(
        "eco121-supercalculateur-meaulte-fr",
        "Eco121, « Un supercalculateur attendu à Méaulte en 2024 », "
        "https://www.eco121.fr/un-supercalculateur-attendu-a-meaulte-en-2024/, undated page (inferred: Eclairion's "
        "opening « annoncée pour l'automne 2023 » still to come), ≈2023-04",
        "fr",
        dt.date(2023, 4, 15),
        "Un supercalculateur attendu à Méaulte en 2024\n"
        "Photo : l'aéropôle de Méaulte, où l'équipement doit s'installer. Un autre supercalculateur est annoncé à "
        "Tourcoing.\n"
        "Haute Picardie. Le parisien Global Development Group (CDG) porte l'installation d'un supercalculateur sur "
        "la zone d'Albert-Méaulte, « un outil unique en région ».\n"
        "IA, big data, simulation, demain peut-être l'informatique quantique : la machine de calcul haute "
        "performance s'installera à deux pas de l'usine Airbus, d'ici le mois de juin 2024. Pour CDG, que "
        "préside l'historien Michel Carmona, ce serait le deuxième de France après Eclairion, sur le plateau de "
        "Saclay (Essonne), dont l'ouverture est annoncée pour l'automne 2023 et qui est lui aussi financé par des "
        "investisseurs privés adossés à de grands noms de l'informatique. L'investissement y est lourd : entre "
        "150 et 250 M€ annoncés.\n"
        "À Albert-Méaulte, le projet sera sans doute plus modeste, et le montant du chantier n'a pas été dévoilé. "
        "Le but reste le même : offrir aux start-up, aux PME et aux grands groupes une puissance de calcul "
        "colossale pour leurs simulations. « La France a pris un très gros retard », juge le porteur du projet, "
        "qui prépare aussi un calculateur à Tourcoing, après celui de Méaulte.",
        (
            # A plant the dataset does not know; the headline's « en 2024 » is the same date said loosely.
            # Eclairion's autumn and 150 to 250 M€ are another place's (the Essonne); Tourcoing's announcement is
            # in the caption only.
            ("commissioning", "d'ici le mois de juin 2024", None),
        ),
    ),
    A(
        "francebleu-prologium-calendrier-fr",
        "France Bleu Nord, « Gigafactory à Dunkerque : \"premier coup de pioche, on espère dans un an jour pour "
        "jour\" selon ProLogium », https://www.francebleu.fr/infos/economie-social/gigafactory-a-dunkerque-premier-"
        "coup-de-pioche-on-espere-dans-un-an-jour-pour-jour-selon-prologium-9872177, undated page (inferred: the "
        "calendar unveiled « ce mardi », the consultation opening on 22 September 2023), ≈2023-09-13",
        "fr",
        dt.date(2023, 9, 13),
        "Gigafactory à Dunkerque : le premier coup de pioche espéré dans un an, selon ProLogium\n"
        "Enquête publique, chantier, production : le groupe taïwanais ProLogium a dévoilé mardi, à grands traits, "
        "le calendrier de sa première usine européenne de batteries pour voitures électriques, dans le "
        "Dunkerquois. Le projet avait été annoncé en grande pompe en mai par Emmanuel Macron.\n"
        "La concertation publique s'ouvrira le 22 septembre et durera jusqu'au 13 novembre, a précisé mercredi "
        "sur France Bleu Nord Gilles Normand, président de ProLogium Europe, pour mener le dossier jusqu'en "
        "janvier 2024. Il espère « le premier coup de pioche » en septembre 2024, la fin des travaux fin 2026 "
        "et le démarrage de la production début 2027.\n"
        "Des réunions auront lieu dans les communes concernées, avec des rencontres mobiles de Lille à Calais, "
        "pour une usine classée Seveso seuil haut. Sécurité, accès, emploi, logement, eau, électricité : ces "
        "sujets « doivent être abordés de manière transparente », dit-il.\n"
        "Selon ProLogium, l'usine créera 3 000 emplois directs et 12 000 emplois indirects.",
        (
            ("status", "announced", "prologium-dunkerque"),  # « Le projet avait été annoncé … »
            # the start of works and the end of works are steps of the building; the indirect jobs are not jobs
            ("commissioning", "début 2027", "prologium-dunkerque"),
            ("jobs", "3 000 emplois directs", "prologium-dunkerque"),
        ),
    ),
    A(
        "innovations-prologium-2028-fr",
        "Innovations.fr, « Pourquoi ProLogium repousse sa gigafactory à 2028 ? », "
        "https://innovations.fr/pourquoi-prologium-repousse-sa-gigafactory-a-2028, undated page (inferred: the "
        "delay of early 2025 and the electrolyte shown « en 2025 »), ≈2025-06",
        "fr",
        dt.date(2025, 6, 15),
        "Pourquoi ProLogium repousse sa gigafactory à 2028\n"
        "Une usine géante qui devait changer la donne européenne de la batterie, et qui glisse d'un an sans "
        "prévenir : la start-up taïwanaise ProLogium fait patienter Dunkerque une année de plus. Entre défis "
        "techniques et choix stratégiques, retour sur ce contretemps.\n"
        "Un projet géant face aux imprévus\n"
        "En 2023, ProLogium avait annoncé son projet de gigafactory à Dunkerque, dans le Nord, sous les "
        "applaudissements : 5,2 milliards d'euros d'investissement et 48 gigawattheures de capacité prévue. Permis "
        "de construire et autorisations environnementales venaient d'être obtenus, début 2025, quand le groupe a "
        "surpris tout le monde en décalant le lancement à 2028.\n"
        "Une technologie qui évolue encore\n"
        "Le report tient d'abord à la technologie : ProLogium vise la batterie solide, où un matériau solide "
        "remplace l'électrolyte liquide, promesse de charges plus rapides et d'une meilleure sécurité, mais "
        "difficile à industrialiser. « Nous peaufinons notre produit », explique Calvin Hsieh, directeur du "
        "projet. En 2025, le groupe a présenté un électrolyte 100 % inorganique, sans le gel liquide de ses "
        "versions hybrides.",
        (
            ("status", "announced", "prologium-dunkerque"),  # « avait annoncé son projet de gigafactory à Dunkerque »
            ("investment", "5,2 milliards d'euros", "prologium-dunkerque"),
            ("commissioning", "à 2028", "prologium-dunkerque"),  # the headline says it again; the GWh are energy
        ),
    ),
    A(
        "upday-r5-aesc-douai-fr",
        "upday (fr), « 38 000 ventes : la Renault 5 électrique devient la voiture électrique n°1 en France », "
        "https://www.upday.com/fr/38-000-ventes-la-renault-5-electrique-devient-la-voiture-electrique-ndegree1-en/"
        "96fsm3m, 2026-01-21",
        "fr",
        dt.date(2026, 1, 21),
        "38 000 ventes : la Renault 5 électrique devient la voiture électrique n°1 en France\n"
        "Cap symbolique à Douai : la 100.000e Renault 5 électrique est sortie de la Manufacture Renault. Aucune "
        "voiture électrique ne se vend plus en France, et une seule davantage en Europe. La R5 compte déjà 38.000 "
        "immatriculations en France, a rappelé mercredi le ministre de l'Industrie Sébastien Martin, en visite sur le site.\n"
        "À quelques mètres de la chaîne, la gigafactory AESC Envision accélère. Son directeur, Ayume Kurose, "
        "fixe le cap : « 10 GWh par an », de quoi équiper 180.000 à 200.000 véhicules. L'usine tourne « H24 » "
        "pour suivre la cadence de Renault. La production y a démarré en mars 2025, et un premier palier d'un "
        "GWh est prévu pour mi-2026.\n"
        "Renault, de son côté, a mis plus de 500 millions d'euros dans le site de Douai et embauché 900 personnes "
        "de plus pour la R5 ; l'usine est passée en 3x8 fin 2025. « Il est possible en France de produire des "
        "voitures électriques », plaide son directeur général, François Provost.\n"
        "Côté AESC Envision, l'usine a coûté au total 1,3 milliard d'euros, dont 480 millions apportés par des "
        "fonds européens ; 900 personnes y travaillent déjà, et l'objectif est de 1.200 emplois. Renault prendra la "
        "moitié de sa production, qu'un petit train portera bientôt d'une usine à l'autre.",
        (
            # Renault's car plant is none of the dataset's sites (its 500 millions and 900 hires); the GWh are
            # energy; « mi-2026 » dates a step; the 480 millions are European funds; 900 is a count to date.
            ("status", "operational", "envision-aesc-douai"),  # « La production y a démarré en mars 2025 »
            ("commissioning", "en mars 2025", "envision-aesc-douai"),
            ("investment", "1,3 milliard d'euros", "envision-aesc-douai"),
            ("jobs", "1.200 emplois", "envision-aesc-douai"),
        ),
    ),
    A(
        "collectif-accad-bertrand-vallee-ia-fr",
        "Collectif ACCAD (reprise d'un article de presse), « Xavier Bertrand veut faire des Hauts-de-France une "
        "\"vallée de l'IA et des data centers\" », https://collectif-accad.fr/site/?p=13189, undated page "
        "(inferred: the interview « ce mercredi 12 février » 2025), ≈2025-02-12",
        "fr",
        dt.date(2025, 2, 12),
        "Xavier Bertrand veut faire des Hauts-de-France une « vallée de l'IA et des data centers »\n"
        "Un data center dans le Cambrésis ? « Ce n'est pas le fait du hasard », assure le président de région "
        "Xavier Bertrand, invité mercredi 12 février du Face-à-face de BFM TV. Il veut faire de la région une "
        "« vallée de l'IA et des data centers », un outil selon lui indispensable aux entreprises, avec « en "
        "moyenne entre 300 et 700 vrais emplois » par centre de données.\n"
        "Première région à accueillir un tel équipement, elle devrait en voir d'autres : huit des 35 sites "
        "annoncés en France y sont identifiés. « J'ai des terrains disponibles », dit-il, lui qui a constitué des "
        "réserves foncières depuis plusieurs années et ne voulait pas être seulement « la vallée européenne de la "
        "batterie électrique ». À terme, « plusieurs milliers d'emplois » dans la région.\n"
        "Quant au data center du Cambrésis, il ouvrirait en 2027-28, le chantier démarrant « en tout début "
        "d'année prochaine ».\n"
        "L'énergie ne l'inquiète pas : « Nous avons la centrale de Gravelines », rappelle-t-il, lui qui se battait "
        "depuis des années pour y obtenir aussi des EPR. Deux EPR2 sont d'ailleurs annoncés à Gravelines.",
        (
            # an average per data centre and the region's thousands are no site's jobs; the works' start is a step
            ("commissioning", "en 2027-28", "cambrai-evalley-dc"),
            ("status", "announced", "gravelines-epr2"),  # « Deux EPR2 sont d'ailleurs annoncés à Gravelines »
        ),
    ),
    A(
        "jde-gravelines-bilan-2023-fr",
        "Le Journal des Entreprises (brève), « Avec un bilan stable, la centrale de Gravelines se prépare à "
        "accueillir deux EPR », https://www.lejournaldesentreprises.com/breve/avec-un-bilan-stable-la-centrale-de-"
        "gravelines-se-prepare-accueillir-deux-epr-2081365, undated page (inferred: the plant's results for 2023, "
        "the public debate of 2024 still to open), ≈2024-01",
        "fr",
        dt.date(2024, 1, 20),
        "Avec un bilan stable, la centrale de Gravelines se prépare à accueillir deux EPR\n"
        "Le centre nucléaire de production d'électricité (CNPE) de Gravelines, dans le Nord, boucle une année "
        "2023 conforme à ses objectifs. Première centrale d'Europe de l'Ouest, avec six unités de 900 MW chacune, "
        "elle a produit 28,8 TWh sur l'année : 9 % de la production nucléaire française, l'équivalent de 60 % de "
        "la consommation électrique des Hauts-de-France.\n"
        "Au total, 14 500 emplois directs, indirects et induits dépendent de ce poids lourd régional ; la centrale "
        "compte elle-même 1 941 salariés directs, auxquels s'ajoutent en moyenne 1 800 salariés de prestataires. "
        "Elle a commandé pour 121,5 millions d'euros à des entreprises de la région, et le territoire a touché 98,9 "
        "millions d'euros de taxes et redevances.\n"
        "Outre une maintenance intense, la centrale mène un programme d'adaptation post-Fukushima, soit 4 "
        "milliards d'euros d'investissement à achever d'ici 2028. Et 2024 verra l'ouverture du débat public sur "
        "les deux EPR2, dont la mise en service est prévue pour 2038.",
        (
            # each unit's 900 MW is no site's power; the total adds three kinds of jobs; contractors' staff, local
            # spending and taxes are not the plant's figures of the seed
            ("jobs", "1 941 salariés directs", "gravelines-npp"),
            ("investment", "4 milliards d'euros", "gravelines-npp"),
            ("commissioning", "pour 2038", "gravelines-epr2"),
        ),
    ),
    A(
        "energiesactu-tiamat-boves-fr",
        "Energies Actu, « Tiamat acte la naissance de son projet industriel de batteries sodium-ion dans la "
        "Somme », https://energiesactu.fr/tiamat-acte-la-naissance-de-son-projet-industriel-de-batteries-sodium-"
        "ion-dans-la-somme-993.html, undated page (inferred: the agreement signed « le 7 mai » 2024), ≈2024-05-10",
        "fr",
        dt.date(2024, 5, 10),
        "Tiamat acte la naissance de son projet industriel de batteries sodium-ion dans la Somme\n"
        "Le 7 mai, Tiamat, jeune pousse amiénoise des batteries sodium-ion, a paraphé la convention qui fixe "
        "l'implantation de sa future gigafactory : ce sera la zone industrielle Jules Verne, à Boves, près d'Amiens. "
        "Plus d'un millier d'emplois sont attendus. La mise en service doit démarrer début 2026 et les travaux "
        "s'achever en 2030, pour une capacité finale de 5 GWh.\n"
        "Née au CNRS et hébergée au Hub de l'énergie d'Amiens, Tiamat a officiellement choisi la ZAC "
        "Jules-Verne : l'usine doit la faire passer au stade industriel, jusqu'à 300 000 batteries par jour d'ici "
        "2030. La convention signée avec l'État et les collectivités fixe le calendrier et les engagements, "
        "notamment financiers, de chacun. Les travaux commenceront en octobre sur un terrain de 25 hectares, et "
        "les premières lignes de production seront opérationnelles fin 2025, avec un objectif de 100 millions de "
        "cellules par an.\n"
        "Son président, Hervé Beuffe, y prévoit « à terme, entre 1500 et 2000 personnes » venues du territoire : "
        "rester à Amiens, dans la vallée de la batterie, est « le choix de cœur » de l'entreprise. Amiens "
        "Métropole apporte 1,3 million d'euros et la Région une première tranche de 8 millions d'euros au titre "
        "de l'aide à l'implantation.",
        (
            # A plant the dataset does not know. The lead's « plus d'un millier » is the same whole said loosely;
            # the end of works is a step; the 1,3 and 8 millions are public aid; the GWh are energy.
            ("status", "announced", None),  # « a officiellement choisi la ZAC Jules-Verne »
            ("commissioning", "début 2026", None),
            ("commissioning", "fin 2025", None),  # the first lines: a start the lead dates otherwise, both kept
            ("land_area", "25 hectares", None),
            ("jobs", "entre 1500 et 2000 personnes", None),
        ),
    ),
    A(
        "evoltaire-rte-raccordement-datacenters-fr",
        "e-voltaire, on RTE and the grid connection of data centres at the first « Rencontres des centres de "
        "données » (our description; the meeting « vendredi 30 janvier » under the minister Anne Le Hénanff, "
        "inferred 2026), https://e-voltaire.fr/?p=12542, ≈2026-02-02",
        "fr",
        dt.date(2026, 2, 2),
        "Raccordement des datacenters : RTE prêt à en finir avec le « premier arrivé, premier servi »\n"
        "La ministre déléguée chargée de l'IA et du Numérique, Anne Le Hénanff, a réuni vendredi 30 janvier les "
        "acteurs des datacenters à Bercy, pour les premières Rencontres des centres de données. L'accès au réseau "
        "et à la puissance électrique, « c'est systématiquement ce dont ils me parlent », reconnaît-elle.\n"
        "RTE y a évoqué une autre façon d'attribuer ses capacités. Aujourd'hui, le premier demandeur est le premier "
        "servi, et chaque dossier doit être étudié : une règle devenue intenable avec l'afflux des demandes et des "
        "puissances visées pour l'IA. Les délais de raccordement oscillent désormais entre 3 et 5 ans, voire 7 ans "
        "pour certains projets.\n"
        "Nathalie Lemaître, directrice générale du pôle Clients Systèmes Innovation de RTE, a chiffré l'enjeu : le "
        "réseau a « réservé 15000 mégawatts » de capacité pour les datacenters, et à peu près autant pour des "
        "projets industriels. Ces 30000 mégawatts valent trois fois la consommation "
        "industrielle du pays.",
        (),  # the country's reservations and delays, no site's figure
    ),
    A(
        "enodoworks-acc-germany-italy-shelved-en",
        "Enodo Works (press summary of a dpa report; our description, the stored copy opening on its photo "
        "caption), ACC gives up its gigafactories in Germany and Italy, "
        "http://123.123.enodoworks.com/?p=1480958, undated page (inferred: UILM's statement « on Saturday », "
        "7 February 2026), ≈2026-02-08",
        "en",
        dt.date(2026, 2, 8),
        "ACC gives up its German and Italian gigafactories\n"
        "Photo caption: ACC production in Billy-Berclau. Besides France, the company also meant to make batteries "
        "in Italy and Germany. (ACC)\n"
        "Rome. There will be no ACC gigafactory in Germany or Italy. According to the Italian metalworkers' union "
        "UILM, which spoke on Saturday, the battery joint venture's managers have told staff representatives that "
        "the Kaiserslautern and Termoli projects are \"definitely shelved\". Stellantis is ACC's main investor, "
        "with Mercedes-Benz and TotalEnergies beside it.\n"
        "ACC itself said there was little chance of meeting the conditions for reviving the two projects, asleep "
        "since May 2024, and that it had opened talks on ending them with German works councils and Italian "
        "unions.\n"
        "Weak demand for electric cars in Europe lies behind the decision. Three plants had been planned. The first, "
        "in France, is already producing; the two others were put on hold last year as the market slowed.\n"
        "The union called for \"clear and coherent industrial decisions\" to make up for the lost plans. The news "
        "came a day after Stellantis shares fell 25.2 percent, their worst day ever, on some 22.2 billion euros of "
        "write-downs.",
        (
            # the plants given up are in other countries
            ("status", "operational", "acc-billy-berclau"),  # 'The first, in France, is already producing'
        ),
    ),
    A(
        "theengineer-renault-verkor-dunkirk-en",
        "The Engineer, « Renault taps Dunkirk spirit with new Gigafactory », "
        "https://www.theengineer.co.uk/content/news/renault-taps-dunkirk-spirit-with-new-gigafactory, undated page "
        "(inferred: the Renault–Verkor partnership announced on 13 April 2023), ≈2023-04-14",
        "en",
        dt.date(2023, 4, 14),
        "Renault taps Dunkirk spirit with new Gigafactory\n"
        "Renault Group will take 12 GWh of batteries a year from a new Gigafactory at Dunkirk, under plans the "
        "French carmaker has announced.\n"
        "Caption: Alpine C-Crossover GT (Renault)\n"
        "Verkor, the Grenoble battery maker in which Renault already holds a stake, is building the plant, due to "
        "open in 2025. Under 'a long-term commercial partnership', Renault will buy much of what the Gigafactory "
        "makes, an output that could grow to 50 GWh by 2030. The batteries will go into the "
        "upper segments of Renault's brands, starting with Alpine's fully electric C-Crossover GT, to be built in "
        "Dieppe.\n"
        "The deal secures a long-term supply of batteries and better traceability of what goes into them, said "
        "François Provost of Renault Group, in line with the aim of its future electric and software unit, Ampere, "
        "to \"control the entire electric value chain\".\n"
        "Renault took more than a 20 per cent stake in Verkor in 2021, beside EIT InnoEnergy, Groupe IDEC, "
        "Schneider Electric and Capgemini. Since then the two have worked on battery quality, cost and the "
        "industrial process, and on the Verkor Innovation Centre in Grenoble and the plans for Dunkirk.",
        (
            # the GWh are energy; the stake is the company's
            ("commissioning", "in 2025", "verkor-bourbourg"),  # 'Due to open in 2025'
        ),
    ),
    A(
        "nordfranceinvest-lille-region-data-centres-en",
        "Nord France Invest, « Lille Region: a key platform for data centres in Europe », "
        "https://www.nordfranceinvest.com/news/detail/lille-region-a-key-platform-for-data-centres-in-europe.html, "
        "2013-06-27",
        "en",
        dt.date(2013, 6, 27),
        "Lille Region: a key platform for data centres in Europe\n"
        "OVH, Atos Worldline and IBM are among the data centre operators now drawn to the Lille region, at the "
        "northern tip of France.\n"
        "France may be known for romance, but this new attachment is a practical one. The region's first asset is "
        "where it lies: in the middle of north-western Europe, where the UK meets the Continent and the busiest "
        "telecom backbones cross. Energy is the second: Europe's most powerful nuclear plant stands in the region, "
        "and its power is the cheapest in Western Europe.\n"
        "Its mild climate makes cooling easier and trims the carbon footprint, and the risk of natural disasters is "
        "low. The region has also set out an active policy of property offers fitted to data centres: greenfield "
        "sites, and total operating costs 10% below the average of other European locations (Ernst & Young, "
        "2012).\n"
        "As France's youngest and second-largest university region, it offers a deep pool of IT and engineering "
        "skills. And its people, it seems, are the happiest in France.",
        (),  # a region's pitch: no figure of a site
    ),
    A(
        "worldconstruction-arcelormittal-dunkirk-eaf-en",
        "World Construction Network, « ArcelorMittal to build electric arc furnace in France », "
        "https://www.worldconstructionnetwork.com/news/arcelormittal-build-electric-arc-furnace-france, undated "
        "page (inferred: the investment confirmed on 10 February 2026), ≈2026-02-11",
        "en",
        dt.date(2026, 2, 11),
        "ArcelorMittal to build €1.3bn electric arc furnace at Dunkirk\n"
        "Dunkirk's steelworks will get its electric arc furnace (EAF): ArcelorMittal has confirmed the €1.3bn "
        "($1.5bn) project, part of its effort to make French steel with fewer emissions.\n"
        "Two million tonnes a year can go through the unit, which the company plans to start up in 2029. France's "
        "Energy Efficiency Certificates (CEE), a scheme paying for energy savings and lower CO2, will fund half of "
        "the €1.3bn.\n"
        "The company says the furnace will emit \"0.6 tonne CO2 per tonne of steel\" on a mix of scrap, HBI/DRI "
        "and hot metal, a third of a blast furnace's emissions. It also pointed to European Commission proposals on "
        "tariff-rate quotas and on the Carbon Border Adjustment Mechanism.\n"
        "Chief executive Aditya Mittal said he was \"delighted\" to launch the investment and thanked President "
        "Macron and the government for backing the industry early.\n"
        "ArcelorMittal is also starting up a new electrical steel unit at its Mardyck plant, a €500m investment.",
        (),  # a steelworks' furnace and steel line: objects of none of the dataset's kinds, their figures no site's
    ),
    A(
        "electrive-eramet-suez-dunkirk-en",
        "electrive, « Eramet and Suez build battery recycling plant in Dunkirk », "
        "https://www.electrive.com/2023/09/22/eramet-and-suez-build-battery-recycling-plant-in-dunkirk/, 2023-09-22",
        "en",
        dt.date(2023, 9, 22),
        "Eramet and Suez build battery recycling plant in Dunkirk\n"
        "The northern French town is turning into a battery hotspot. After several battery plants, the mining "
        "group Eramet and the environmental services group Suez will build a recycling factory there too.\n"
        "Images: Suez\n"
        "Eramet and Suez have settled on the location of the recycling factory for electric-car batteries they had "
        "announced: it will be built in two stages in Dunkerque (English: Dunkirk), near the Belgian border. First "
        "comes a dismantling plant, to start operating in 2025 and able to process 50,000 tonnes of battery modules "
        "a year. Then a hydrometallurgical plant will extract and refine the metals of the black mass (nickel, "
        "cobalt, lithium) for reuse in new batteries. It is due to open its doors in 2027.\n"
        "When the partners first showed their plans in March 2022, construction was to start in 2024 and the second "
        "stage to be done by 2025 or 2026. Both plants will now stand side by side at the Grand Port Maritime de "
        "Dunkerque.\n"
        "More batteries are on the way around the port: Verkor and ProLogium are building battery factories there "
        "and XTC with Orano a cathode material plant, while Envision's battery factory under construction in Douai "
        "lies a short drive inland. Eramet has received an 80 million euro grant from the EU and Bpifrance towards "
        "studies, construction "
        "and the first ten years of operation.",
        (
            # A plant the dataset does not know: each of its two plants' start is kept; the dates of March 2022 are
            # history; the tonnes are capacity; the grant is no investment.
            ("status", "announced", None),  # 'have settled on the location'
            ("commissioning", "in 2025", None),
            ("commissioning", "in 2027", None),
            ("status", "under_construction", "verkor-bourbourg"),
            ("status", "under_construction", "prologium-dunkerque"),
            ("status", "under_construction", "neomat-gravelines"),
            ("status", "under_construction", "envision-aesc-douai"),
        ),
    ),
    A(
        "essnews-tiamat-consultation-en",
        "ESS News, « Consultation over 5 GWh French sodium-ion battery factory », "
        "https://www.ess-news.com/2025/04/25/consultation-over-5-gwh-french-sodium-ion-battery-factory/, 2025-04-25",
        "en",
        dt.date(2025, 4, 25),
        "Consultation over 5 GWh French sodium-ion battery factory\n"
        "The public is being asked its view on a sodium-ion battery plant at Boves, in the Jules-Verne industrial "
        "zone near Amiens, in France's Hauts-de-France region.\n"
        "Tiamat, the battery maker, and RTE, which runs the grid, want to hear from residents in Amiens about the "
        "plant, whose first batteries are planned next year: data centers and small appliances will come first, "
        "electric vehicles later.\n"
        "Spun out of France's National Center for Scientific Research and based at the Energy Hub of the University "
        "of Picardy Jules Verne, Tiamat raised €30 million in early 2024, in a third funding round, for a factory "
        "that would reach 5 GWh of yearly production capacity in 2029.\n"
        "Since 2023 the startup has made sodium-ion batteries in China with Zenergy, for stationary storage, fuel "
        "cells, hand tools, rail, aeronautics and emergency vehicles. Its investors include Stellantis, which put in "
        "€15 million as a future customer, Arkema, MBDA and Bpifrance.\n"
        "The preliminary consultation, with several public meetings, runs from April 28 to June 22. Nearby towns "
        "will discuss the site's environmental impact, social and economic questions and the sharing of developer "
        "contributions.",
        (
            # A plant the dataset does not know. 2029 is the capacity's horizon; the €15 million is a stake in the
            # company.
            ("commissioning", "next year", None),  # 'its first batteries next year'
            ("investment", "€30 million", None),  # raised 'for a factory'
        ),
    ),
    A(
        "4coffshore-dunkirk-wind-moves-forward-en",
        "4C Offshore (Tom Russell), « Dunkirk wind farm moves forward », "
        "https://www.4coffshore.com/news/dunkirk-wind-farm-moves-forward-nid22488.html, 2021-05-11",
        "en",
        dt.date(2021, 5, 11),
        "Dunkirk wind farm moves forward\n"
        "Eoliennes en Mer de Dunkerque (EMD) and RTE have decided to carry on developing the Dunkirk offshore wind "
        "farm, after the public debate a special commission (CPDP) held from September 14 to December 20, 2020.\n"
        "The 600 MW project was awarded in June 2019, after a tender, to the EMD consortium of EDF Renouvelables, "
        "Enbridge Éolien France (a subsidiary of Enbridge Inc.) and innogy, now RWE. By 2027 the farm should be "
        "turning out as much electricity as nearly one million people use in a year.\n"
        "The commission published its report and recommendations in February 2021. EMD, owner of the wind farm, "
        "and RTE, owner of its grid connection, took note of them and jointly chose to go on.\n"
        "The nine public meetings drew 1,100 local participants, and many more contributed online. Development "
        "will continue under several commitments, among them keeping French and Belgian stakeholders informed and "
        "involved through the permitting, construction and operating phases, on five themes: biodiversity and the "
        "environment, the economy and jobs, uses of the sea, and professional fishing.",
        (
            ("power", "600 MW", "dunkerque-offshore-wind"),
            ("commissioning", "By 2027", "dunkerque-offshore-wind"),
        ),
    ),
    A(
        "lucschrijvers-battery-valley-en",
        "Luc Schrijvers' blog (English translation of a French article on the north's 'battery valley'), "
        "https://luc-schrijvers.blogspot.com/2025/06/world-worldwide-europe-france-news_30.html, 2025-06-30",
        "en",
        dt.date(2025, 6, 30),
        "France: the battery valley of the North\n"
        "France's car bosses have made the North their \"battery valley\", a lofty borrowing from Silicon Valley "
        "without its hills or its sunshine. Five gigafactories are coming to a region "
        "that already lives off the car industry, which took over when the mines closed. More than 285,000 jobs "
        "depend on the sector today. The bosses know what they get: a large labour pool, a paternalism that "
        "\"streamlines\" labour relations, and land laid out as business wishes. The port of Dunkirk brings in raw "
        "materials from all over the world. On the table: 20,000 jobs by 2030, a promise that keeps political "
        "opponents quiet, and neither the Greens nor the environmental groups are stepping up.\n"
        "Five gigafactories\n"
        "The word is said to be Elon Musk's, whose Nevada plant (700 ha) began making batteries in 2017. Beyond its "
        "size, a gigafactory is a plant able to make batteries storing at least 1 GWh a year. European carmakers, "
        "behind the US and China, are building their own, and the North of France is their chosen ground.\n"
        "Two are in operation already, at Douai (59) and Douvrin/Billy Berclau (62); two more, at Boves (80) near "
        "Amiens and at Dunkirk (59), are meant to open before the year is out; the fifth will follow.",
        (
            # the two openings to come are said of two places together, one of them a town where the dataset has
            # two plants; the jobs are the sector's and the region's
            ("status", "operational", "envision-aesc-douai"),
            ("status", "operational", "acc-billy-berclau"),
        ),
    ),
    A(
        "marketscreener-eramet-suspends-dunkirk-en",
        "MarketScreener (Reuters, Kate Entringer), « Eramet suspends plans for battery recycling plant in Dunkirk », "
        "https://www.marketscreener.com/quote/stock/ERAMET-4752/news/Eramet-suspends-plans-for-battery-recycling-"
        "plant-in-Dunkirk-48153548/, undated page (inferred: Eramet's third-quarter figures « on Thursday »), "
        "≈2024-10-24",
        "en",
        dt.date(2024, 10, 24),
        "Eramet suspends plans for battery recycling plant in Dunkirk\n"
        "Eramet said on Thursday it was suspending its project for a battery recycling plant in Dunkirk, in "
        "northern France, as the conditions for it are not there in the present state of the European market.\n"
        "Presenting its quarterly figures, the French mining group said battery and component factories in Europe "
        "had not ramped up, leaving \"major uncertainties\" over both the plant's supply of raw materials and the "
        "buyers for the metal salts it would recover.\n"
        "The European chain is struggling to \"get off the ground\", chief executive Christel Bories told "
        "journalists, with no maker of cathode precursors on the continent. Demand for electric cars has slowed "
        "after several years of growth, against stiff Chinese competition; in September, Northvolt had to halt "
        "cathode material output at its Northvolt Ett plant in Sweden.\n"
        "Recycling in Europe only to sell in Asia \"doesn't make sense\", Bories said. Asked by franceinfo, Energy "
        "Transition Minister Agnès Pannier-Runacher said the project had not been abandoned, "
        "only suspended.\n"
        "Eramet also said it had bought the whole 49.9% minority stake of its Chinese partner Tsingshan in Eramine "
        "Sudamerica, a lithium carbonate plant in Argentina.",
        (),  # a suspension, 'not abandoned': no status of the conventions; the rest is other plants and countries
    ),
)
