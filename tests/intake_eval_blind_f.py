"""Held-out 2026-12f: the intake's next blind part, kept apart from the rules it judges.

Written on 7 December 2026 (session 12, by the engineer "h30w"), while two other engineers (h30a: site
attachment; h30x: extraction recall) tuned the intake's rules on every earlier part, and kept off `main`
(branch `heldout-f`) until their last landing: nobody tuning the rules or training the learned stage has read
it, and scripts/train_intake.py refuses it. Held-out 2026-12e, the judge before it, was read after its final run
and is development since.

Eighteen real articles about the region's projects (nine French, nine English), found with the library's search
of stored public pages (queries in French and English on data-centre operators, the battery valley, power and
grid news, hydrogen, brownfields and the State's and region's announcements). None is the source of an article of
any other part (development with batches 8 to 12, session 6's held-out part, held-out 2026-12, 2026-12b, 2026-12c,
2026-12d and 2026-12e): every address of the 284 articles of those parts was listed from their `source` and
compared, and the test of the parts checks it. Nor does any tell a story a part already tells (the same event, on
the same date, by another publisher): each story's names and figures were looked for in the parts' texts and
sources (H2V and its Loon-Plage unit, Alexis Martinez, Benoît Vantourout; Tiamat's choice of Boves of 26 January
2024; the ASNR's opinion on Gravelines' soil; the Huttes quarter and the 21 hectares; the Chantiers de
l'Atlantique and the offshore substation; « Verkor 2 et 3 » and its 70 ha; Verkor's site preparation of summer 2023
and its 300 prefabs; the Usine Nouvelle's recruitment round-up; OVH's 17 + 20 MW in Roubaix and the Wattrelos
tunnel; Bridgestone's announcement of September 2020 and Laurent Dartoux; XTC France New Energy Materials and its
two phases; Choose France 2024's jobs and Hunan Changyuan Lico; the OECD's Battery Training Center; the PMI's list
of 2022; the FlexEfficiency 50 plant at Bouchain; the prefect's decree of 14 February 2025; the jellyfish of August
2025). Where a part tells another event of the same project (Tiamat's convention of May 2024 and its consultation
of 2025, the EPR2 pair's debate and cost, the offshore farm's award and its debate, Verkor's choice of Dunkirk, its
first stone and its inauguration, Neomat's naming, Bouchain's inauguration of 2016, Bridgestone's sale and the
site's tenants, Enchem's interview), the event here is another one, on another date.

They were picked for what the news says, not for being hard or easy: a start-up's choice of a site, a hydrogen
unit announced twice five years apart, a regulator's opinion and a town's motion with no figure of our sites, a
grid contract beside a wind farm's power and date, a gigafactory's extension while the first is still being
built, works starting, several plants' jobs in one sentence, a data centre's power today beside what is added, a
plant's closure, a joint venture's phases, a summit's national totals beside two plants' jobs, a region's
training money, an award list, a power plant announced, a permit granted, a nuclear plant's shutdown beside its
next reactors' date. Each is written here in our own words with the real one's structure, length, figures and
short quoted phrases; `source` names the real article (publisher, title, address, date; "≈" and "inferred" where
the page gives no date). Where the stored copy was an excerpt (most were), the article follows the excerpt. Each
was written once, before any run, and not reworded after.

`expected` is what an analyst takes, decided from the text alone by the labelling conventions of
tests/intake_eval.py, before the intake was run on it: (attribute, value as written, site id or None for a project
the dataset does not know). A comment says why a figure of the text is left out when that is not plain. Plants
outside what the dataset follows (data-centre sites, the battery chain, power and grid: a tyre plant, car
assembly, training) give nothing.

The benchmark (benchmarks/bench_intake.py) prints it as its last part and checks the targets on it. It was run
once on the code of main as it stood when the part was begun (`BEFORE`, with this part and the benchmark's new
label copied into a worktree; 5030698, 2026-12-07, 19:26 UTC, shared machine), only its three figures looked at:
38 expected figures, 37 proposed (15 held back), recall 0.447, precision 0.459, right site 0.824; the learned stage
(HDF_INTAKE_LEARNED=1), never trained on it, the same 0.447 / 0.459 / 0.824 (BEFORE).

Its final run, by the lead, on main after the tuners' last landing and the learned stage's retraining (71068e9,
the part merged onto c4a5e65; 2026-12-07, 20:10 UTC, one run): the rules (the default) recall 0.474, precision
0.462, right site 0.889, and the learned stage, never trained on it, 0.474 / 0.462 / 0.722 (FINAL).
tests/domain/test_intake_eval.py holds the rules at what they reached. Read after that run: since then
development (and training data), like every part before it; the next blind part goes after it.
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import EvalArticle

A = EvalArticle

# One run of benchmarks/bench_intake.py on main as it stood when this part was begun (shared machine; only these
# three figures were looked at).
BEFORE = {"commit": "5030698", "rules": {"recall": 0.447, "precision": 0.459, "entity_accuracy": 0.824},
          "learned": {"recall": 0.447, "precision": 0.459, "entity_accuracy": 0.824}}
# Its one final run (71068e9): the rules, and the retrained learned stage that never saw it.
FINAL = {"commit": "71068e9", "rules": {"recall": 0.474, "precision": 0.462, "entity_accuracy": 0.889},
         "learned": {"recall": 0.474, "precision": 0.462, "entity_accuracy": 0.722}}

HELD_OUT_2026_12F = (
    A(
        "amiens-tiamat-boves-fr",
        "Ville d'Amiens (JDA n° 1071), « Tiamat implante son usine géante à Boves », "
        "https://amiens.fr/Actualites/Tiamat-implante-son-usine-ge-ante-a-Boves, 2024-01-31",
        "fr",
        dt.date(2024, 1, 31),
        "Tiamat installe sa gigafactory à Boves\n"
        "La jeune pousse amiénoise des batteries sodium-ion garde son usine sur le territoire. Amiens Métropole "
        "s'est mobilisée pour ce choix, et l'entreprise promet plus d'un millier d'emplois à terme.\n"
        "La nouvelle est tombée le 26 janvier, saluée comme une victoire. Issue des travaux du CNRS et hébergée au "
        "Hub de l'énergie, rue Baudelocque à Saint-Leu, Tiamat a officiellement choisi la Zac Jules-Verne, à Boves, "
        "pour y bâtir sa future usine. Cette « gigafactory », opérationnelle dès fin 2025, doit la faire passer au "
        "stade industriel : de 500 000 à 700 000 batteries par jour. « Plus d'un millier de personnes à terme » y "
        "travailleront, annonce l'entreprise. Les élus, qui savaient d'autres territoires sur les rangs, se "
        "réjouissent.\n"
        "Une technologie plus propre\n"
        "Les batteries mises au point à Amiens se passent du lithium et du cobalt, des métaux très inégalement "
        "répartis (l'Amérique du Sud et la Chine pour le premier ; la Chine et l'Afrique pour le second, dont 60 % "
        "en République démocratique du Congo) et dont l'extraction coûte cher aux hommes et à l'environnement.\n"
        "Longtemps jugé moins efficace, le sodium-ion a fait ses preuves grâce au laboratoire du professeur "
        "Jean-Marie Tarascon : il se recharge en cinq à dix minutes. Depuis l'an dernier, Leroy Merlin vend une "
        "visseuse qui en est équipée.",
        (
            # a plant the dataset does not know; « le 26 janvier » has no year: no date a seed can hold; the batteries
            # per day are output, the 60 % the Congo's share of cobalt
            # « a officiellement choisi la Zac Jules-Verne … pour y bâtir sa future usine »
            ("status", "announced", None),
            # the quote, « Plus d'un millier de personnes », says the same whole
            ("jobs", "plus d'un millier d'emplois", None),
            ("commissioning", "dès fin 2025", None),
        ),
    ),
    A(
        "lagazette-h2v-dunkerque-2024-fr",
        "La Gazette Nord-Pas de Calais, « Décarbonation industrielle : H2V va implanter une unité de production "
        "d'hydrogène bas carbone à Dunkerque », "
        "https://lagazettefrance.fr/article/decarbonation-industrielle-le-francais-h2v-va-implanter-une-unite-de-"
        "production-d-hydrogene-bas-carbone-a-dunkerque, undated page (inferred: offices inaugurated « le 8 janvier "
        "dernier », « ce début janvier 2024 »), ≈2024-01-20",
        "fr",
        dt.date(2024, 1, 20),
        "Décarbonation : H2V va produire de l'hydrogène bas carbone à Dunkerque\n"
        "Le groupe parisien a inauguré ses locaux dunkerquois le 8 janvier, devant de nombreux acteurs économiques : "
        "un pas de plus vers une première unité de production d'hydrogène bas carbone d'une puissance de 200 MW à "
        "l'horizon 2027, au service de la décarbonation du territoire.\n"
        "À Dunkerque, H2V était devenu une sorte d'« Arlésienne ». Annoncé depuis plusieurs années, son projet "
        "d'unité de production sur un terrain du port, à Loon-Plage, a pris plus de temps que prévu. Il faut dire "
        "que l'investissement, estimé à 300 millions d'euros hors subventions pour la seule première unité, n'est "
        "pas mince. L'arrivée d'une équipe d'H2V dans des bureaux du centre-ville, en ce début janvier 2024, laisse "
        "toutefois penser que le dossier est en bonne voie.\n"
        "La décision finale d'investissement est attendue en fin d'année, indique Alexis Martinez, directeur "
        "général d'H2V. Le groupe attend qu'ArcelorMittal valide officiellement son nouveau procédé d'acier bas "
        "carbone, sans charbon, qui demandera d'énormes quantités d'hydrogène et justifie l'implantation. "
        "ArcelorMittal ne sera toutefois pas son « unique client », ajoute-t-il, en citant les autres projets de "
        "décarbonation du territoire et les carburants de synthèse.",
        (
            # a unit the dataset does not know; the offices' inauguration is no operational status of the unit
            ("status", "announced", None),  # « Annoncé depuis plusieurs années, son projet d'unité de production … »
            ("power", "200 MW", None),
            ("commissioning", "à l'horizon 2027", None),
            ("investment", "300 millions d'euros", None),  # the first unit's, and no whole given
        ),
    ),
    A(
        "bfmtv-epr2-gravelines-sol-fr",
        "BFM Business (AFP), « Le sol du site de Gravelines doit être renforcé pour construire les EPR2: EDF devra "
        "montrer que sa solution permet d'éviter tout risque d'effondrement ou d'enfoncement », "
        "https://www.bfmtv.com/economie/entreprises/energie/le-sol-du-site-de-gravelines-doit-etre-renforce-pour-"
        "construire-les-epr2-edf-devra-montrer-que-sa-solution-permet-d-eviter-tout-risque-d-effondrement-ou-d-"
        "enfoncement_AD-202510160795.html, 2025-10-16",
        "fr",
        dt.date(2025, 10, 16),
        "Gravelines : avant les EPR2, il faudra renforcer le sol, et EDF doit prouver que sa solution tient\n"
        "EDF devra apporter la preuve que les mesures prévues pour renforcer le sol des deux futurs réacteurs EPR2 "
        "de Gravelines (Nord), en bord de mer, sont sûres et fiables, d'après des documents de l'Autorité de sûreté "
        "nucléaire et de radioprotection (ASNR) rendus publics jeudi 16 octobre.\n"
        "Dans un avis du 23 juillet, l'ASNR demande à l'électricien de « démontrer la robustesse » de sa solution, "
        "un système inédit « d'une ampleur sans précédent, d'une grande complexité », sans retour d'expérience "
        "comparable en France ni ailleurs. Elle relève aussi des « points de vigilance » sur la tenue de ces "
        "renforcements en cas de séisme.\n"
        "Le site repose sur « un sol meuble sur une forte épaisseur », et les unités EPR2 sont très lourdes : le "
        "terrain doit donc être renforcé avant toute construction, pour écarter un effondrement ou un enfoncement "
        "des ouvrages.\n"
        "Renforcement du sol\n"
        "Dans un courrier adressé mardi à EDF, le gendarme du nucléaire précise ce qu'il attend pour juger le "
        "système acceptable : des exigences de performance définies, et la démonstration « robuste » qu'elles sont "
        "tenues.\n"
        "Dans le cadre de la relance du nucléaire annoncée en février 2022 par Emmanuel Macron, EDF prévoit de "
        "construire trois paires de réacteurs, d'abord à Penly (Seine-Maritime), puis à Gravelines et au Bugey.",
        (),  # no figure of a site; « annoncée en février 2022 » dates the country's programme, no site's announcement
    ),
    A(
        "deltafm-gravelines-motion-epr2-fr",
        "Delta FM, « Gravelines : la Ville interpelle EDF sur l'extension du périmètre EPR2 », "
        "https://www.deltafm.fr/gravelines-la-ville-interpelle-edf-sur-l-extension-du-perimetre-epr2, undated page "
        "(inferred: the project's new version « transmise en juillet 2025 », the lime kilns' public inquiry under "
        "way), ≈2025-10-01",
        "fr",
        dt.date(2025, 10, 1),
        "Gravelines : la Ville interpelle EDF sur l'extension du périmètre des EPR2\n"
        "À son dernier conseil municipal, la Ville de Gravelines a voté une motion sur l'évolution du projet de "
        "deux réacteurs nucléaires EPR2.\n"
        "La commune reconnaît que le projet est d'importance nationale et qu'il peut donner de l'élan à l'économie "
        "du territoire. Mais elle émet de « vives réserves » sur le périmètre modifié, en particulier une nouvelle "
        "zone proche des maisons du quartier des Huttes, qui ne figurait pas dans le dossier du débat public. Le "
        "sujet tombe en même temps que l'enquête publique, déjà discutée, sur la construction de quatre fours à "
        "chaux dans la commune.\n"
        "Un changement qui inquiète\n"
        "Le projet de deux EPR à Gravelines a fait l'objet d'un débat public national de septembre 2024 à janvier "
        "2025. La Ville avait alors mené sa propre consultation, traduite dans un cahier d'acteurs adopté à "
        "l'unanimité en novembre 2024 : 75 % d'avis favorables, et de fortes attentes sur le cadre de vie, le "
        "logement, les transports, l'environnement et les retombées économiques.\n"
        "Or le dossier transmis en juillet 2025, pour mettre en compatibilité les documents d'urbanisme, n'est plus "
        "celui qui a été débattu : il ajoute une emprise nouvelle de 21 hectares, dont une partie touche les "
        "habitations.\n"
        "Transparence et concertation\n"
        "Le conseil municipal rappelle que « l'acceptabilité sociale du chantier » repose sur un dialogue "
        "permanent avec les habitants.",
        (),  # the 21 hectares are added to the perimeter, not the site's area; the 75 % are opinions
    ),
    A(
        "journalmarinemarchande-rte-chantiers-eolien-dunkerque-fr",
        "Le Journal de la Marine Marchande (AFP), « Parc éolien au large de Dunkerque : RTE signe un contrat avec "
        "les Chantiers de l'Atlantique », "
        "https://actu-transport-logistique.fr/journal-de-la-marine-marchande/newsletters/en-bref/parc-eolien-au-large-"
        "de-dunkerque-rte-signe-un-contrat-avec-les-chantiers-de-latlantique-960381.php, undated page (inferred: the "
        "farm due « à l'horizon 2029 », later than the 2028 of earlier reports), ≈2025-06-15",
        "fr",
        dt.date(2025, 6, 15),
        "Éolien en mer au large de Dunkerque : RTE signe avec les Chantiers de l'Atlantique\n"
        "RTE, qui gère les lignes à haute tension, a annoncé en fin de semaine avoir signé un contrat avec les "
        "Chantiers de l'Atlantique pour le futur parc éolien en mer au large de Dunkerque.\n"
        "Conclu à l'issue d'un appel d'offres international, pour environ 320 M€, le contrat couvre l'ingénierie, "
        "l'approvisionnement, la construction et l'installation du « poste électrique en mer » et de ses "
        "fondations, selon RTE. Les éléments essentiels de cette plateforme seront "
        "tous fabriqués en France : le « topside », la partie utile au-dessus de l'eau, sera assemblé à "
        "Saint-Nazaire, et les fondations à Fos-sur-Mer.\n"
        "D'autres fournisseurs français seront appelés dans les phases suivantes. RTE doit notamment boucler dans "
        "les prochaines semaines le contrat d'approvisionnement des câbles souterrains. D'après le calendrier "
        "prévisionnel publié sur le site de RTE, le parc éolien en mer de Dunkerque, d'une puissance maximale de "
        "600 MW, doit être mis en service à l'horizon 2029.\n"
        "AFP",
        (
            # the 320 M€ pay RTE's offshore substation, the grid's connection: no investment in the farm
            ("power", "600 MW", "dunkerque-offshore-wind"),
            ("commissioning", "à l'horizon 2029", "dunkerque-offshore-wind"),
        ),
    ),
    A(
        "france3-verkor-deux-usines-supplementaires-fr",
        "France 3 Hauts-de-France, « La gigafactory de batteries électriques encore en construction, Verkor "
        "envisage la création de deux usines supplémentaires à Dunkerque », "
        "https://france3-regions.francetvinfo.fr/hauts-de-france/nord-0/la-gigafactory-de-batteries-electriques-"
        "encore-en-construction-verkor-envisage-la-creation-de-deux-usines-supplementaires-a-dunkerque-3078247.html, "
        "undated page (inferred: the first gigafactory still being built, before its inauguration of December 2025; "
        "the preliminary consultation on « Verkor 2 et 3 » of 2025), ≈2025-03-15",
        "fr",
        dt.date(2025, 3, 15),
        "Sa première gigafactory encore en chantier, Verkor projette déjà deux usines de plus près de Dunkerque\n"
        "La filière européenne des batteries électriques ralentit, mais le groupe français Verkor tient son cap. Sa "
        "première gigafactory est encore en construction à Bourbourg, près de Dunkerque, et la start-up grenobloise "
        "voit déjà plus grand.\n"
        "La première usine n'est pas terminée, le chantier se poursuit, et la suivante est déjà lancée : Verkor "
        "s'attache décidément au Dunkerquois. Selon un projet consultable sur le site de la Commission nationale du "
        "débat public (CNDP), l'entreprise veut construire deux nouvelles usines de 15 hectares chacune, sur une "
        "parcelle de 70 ha au total. Le projet, estimé à 2 milliards d'euros, s'intitule « Extension de l'usine de "
        "production de batteries lithium-ion Verkor 2 et 3 ». Il se situerait lui aussi sur la commune de "
        "Bourbourg.\n"
        "Verkor veut devenir le leader européen des batteries bas carbone. Pour le Grand Port Maritime de Dunkerque, "
        "ce serait l'occasion de peser davantage dans la filière et de « favoriser les synergies au sein de la "
        "plateforme industrielle et portuaire » : ce serait le cinquième projet de ce genre sur le port.\n"
        "Ce que doit examiner la concertation\n"
        "Comme la loi le permet, la CNDP a ouvert une concertation préalable : besoins en eau et en énergie, effets "
        "socio-économiques, effets cumulés des industries de la zone portuaire, risque industriel, et enfin "
        "recrutement et déplacements dans la Communauté urbaine de Dunkerque.",
        (
            # Verkor 2 and 3 are two new plants, a project the dataset does not know (its Verkor is the first
            # gigafactory); the 15 hectares are each plant's, the 70 ha the whole parcel
            ("status", "announced", None),  # a project filed with the CNDP: « veut construire deux nouvelles usines »
            ("investment", "2 milliards d'euros", None),
            ("land_area", "70 ha", None),
            ("status", "under_construction", "verkor-bourbourg"),  # « encore en construction à Bourbourg »
        ),
    ),
    A(
        "gazetteoise-verkor-sort-de-terre-fr",
        "La Gazette (Nord-Pas de Calais), « Bourbourg : la gigafactory Verkor sort de terre », "
        "https://www.gazetteoise.fr/article/bourbourg-la-gigafactory-verkor-sort-de-terre, undated page (inferred: "
        "formalities finished « en juin », site preparation done by the end of August, works from September, 18 "
        "months after the announcement of early 2022), ≈2023-08-20",
        "fr",
        dt.date(2023, 8, 20),
        "Bourbourg : la gigafactory Verkor sort de terre\n"
        "C'est un projet phare de la région, suivi dans tout le pays. Les dernières formalités administratives ont "
        "été bouclées en juin : plus rien n'empêche la construction, dans le Dunkerquois, de la première "
        "gigafactory de modules de batteries électriques de Verkor. La préparation des terrains sera achevée d'ici "
        "la fin août, et les premiers bâtiments s'élèveront dès septembre. Leur livraison reste prévue mi-2024.\n"
        "Sur la zone « Grandes Industries » du port de Dunkerque, 300 préfabriqués ont été posés pendant l'été : ils "
        "forment la base de vie du chantier, qui démarre en septembre.\n"
        "Avec ses 1 200 emplois attendus, l'annonce avait fait grand bruit début 2022. Elle était aussi le premier "
        "pas du Dunkerquois vers une réindustrialisation portée par les filières nées de la décarbonation. Dix-huit "
        "mois après, tout est prêt pour que l'usine sorte de terre à Bourbourg : terrassement et voiries ont été "
        "réalisés cet été, la plateforme de stockage du matériel et les préfabriqués sont en place. Entre 75 et 100 "
        "personnes travaillent déjà sur le chantier, où sont arrivés les ingénieurs et les premiers sous-traitants, "
        "et le gros œuvre commence « tout début septembre », résume Sylvain Painaut, l'un des six cofondateurs de "
        "Verkor.\n"
        "Premières livraisons chez Renault mi-2025",
        (
            # the buildings' delivery (mi-2024) is a step of the works; the 75 to 100 people are the construction
            # workforce; the first deliveries of batteries to Renault are the plant's start
            ("status", "under_construction", "verkor-bourbourg"),  # earthworks done, « sort de terre »
            ("jobs", "1 200 emplois", "verkor-bourbourg"),
            ("commissioning", "mi-2025", "verkor-bourbourg"),
        ),
    ),
    A(
        "usinenouvelle-giga-defi-recrutement-fr",
        "L'Usine Nouvelle, « Le giga-défi du recrutement dans l'industrie automobile des Hauts-de-France », "
        "https://www.usinenouvelle.com/article/le-giga-defi-du-recrutement-dans-l-industrie-automobile-des-hauts-"
        "de-france.N2151582, ≈2023-08",
        "fr",
        dt.date(2023, 8, 15),
        "Le giga-défi du recrutement dans l'industrie automobile des Hauts-de-France\n"
        "Première région automobile du pays, avec sept sites de constructeurs, 800 établissements et 55 000 "
        "emplois dans la filière, les Hauts-de-France n'entendent pas perdre leur rang dans le passage du moteur "
        "thermique à l'électrique, bien au contraire. Quatre gigafactories de batteries électriques vont s'y "
        "installer dans les prochaines années, et toutes affichent des besoins de recrutement considérables : "
        "2 000 postes pour Automotive Cells Company (ACC), à Billy-Berclau (Pas-de-Calais) ; 2 500 pour Envision "
        "AESC à Douai (Nord) ; 1 200 emplois directs et 3 000 indirects pour Verkor à Dunkerque (Nord) ; 3 000 "
        "emplois directs et 12 000 indirects pour le dernier arrivé, ProLogium, à Dunkerque également. Ces géants "
        "de la batterie ont été séduits par le passé industriel de la région, ses friches, sa position et la "
        "densité de sa population. Avec plus de 20 000 emplois créés d'ici à 2030, les Hauts-de-France veulent "
        "faire de leur « Vallée de la batterie » un pilote en France et en Europe.",
        (
            # indirect jobs are none; the 55 000 and the 20 000 are the region's; « vont s'y installer » and
            # « affichent des besoins » announce jobs only, no plant
            ("jobs", "2 000 postes", "acc-billy-berclau"),
            ("jobs", "2 500", "envision-aesc-douai"),
            ("jobs", "1 200 emplois directs", "verkor-bourbourg"),
            ("jobs", "3 000 emplois directs", "prologium-dunkerque"),
        ),
    ),
    A(
        "lagazette-h2v-200-emplois-fr",
        "La Gazette Nord-Pas de Calais, « H2V annonce la création de 200 emplois sur le port de Dunkerque », "
        "https://lagazettefrance.fr/article/h2v-annonce-la-creation-de-200-emplois-sur-le-port-de-dunkerque, "
        "undated page (inferred: production due « en 2021 », the announcement weeks after SNF Floerger's, as "
        "Hydrogen Today dates it from La Voix du Nord), ≈2019-02-01",
        "fr",
        dt.date(2019, 2, 1),
        "H2V annonce 200 emplois sur le port de Dunkerque\n"
        "Fondé en 2016 par deux investisseurs, le groupe français H2V veut produire de l'hydrogène vert. Il vient "
        "d'annoncer deux premiers sites de production pour 2021 : l'un près du Havre, l'autre sur le port Ouest de "
        "Dunkerque.\n"
        "Les bonnes nouvelles se succèdent dans l'agglomération dunkerquoise. Quelques semaines après l'annonce de "
        "l'arrivée de SNF Floerger, le groupe parisien H2V confirme qu'il s'installe sur un terrain du port de "
        "Dunkerque, à Loon-Plage. L'investissement s'élève à 450 millions d'euros et devrait créer 200 emplois entre "
        "2021 et 2025. Alain Mallet et Lucien Samson ont créé H2V à Paris en 2016 pour produire de l'hydrogène dit "
        "vert : fabriqué par électrolyse de l'eau avec de l'électricité renouvelable, et non à partir "
        "d'hydrocarbures, il n'émet pas de carbone.\n"
        "Benoît Vantourout, directeur du développement de H2V, se dit « désormais prêts » : une première unité à "
        "Port-Jérôme, près du Havre, l'autre à Loon-Plage, sur un terrain de 25 hectares dans l'enceinte du port de "
        "Dunkerque, avec une production qui devrait démarrer en 2021. Le marché porte, avec la transition "
        "énergétique décidée par l'État : quatre à cinq autres unités de 100 mégawatts chacune devraient voir le "
        "jour d'ici 2025. Chaque unité représente 100 millions d'investissement et environ 35 emplois, détaille-t-il.",
        (
            # the same unit as in 2024 (sources that disagree are both kept, in their own articles); the other
            # units are nowhere named, the 100 millions and 35 jobs a unit's cost and count
            ("status", "announced", None),  # « vient d'annoncer … l'autre sur le port Ouest de Dunkerque »
            ("investment", "450 millions d'euros", None),
            ("jobs", "200 emplois", None),
            ("land_area", "25 hectares", None),
            ("commissioning", "en 2021", None),
        ),
    ),
    A(
        "ovh-doubles-electrical-capacity-roubaix-en",
        "OVH (news), « OVH doubles the electrical capacity of its infrastructures », "
        "https://www.ovh.co.uk/news/articles/a1760.OVH-doubles-electrical-capacity-of-infrastructures, undated page "
        "(inferred: the OVH Campus just announced and « up-and-running by summer »), ≈2015-04-15",
        "en",
        dt.date(2015, 4, 15),
        "OVH doubles the electrical capacity of its Roubaix infrastructure\n"
        "Cloud computing, big data, the internet of things and ever more powerful servers are booming, and OVH is "
        "doubling the electrical capacity of its infrastructure in Roubaix to keep up. The job is a big one on two "
        "counts: the power it brings, and the work itself, since a path for high-voltage cables is being drilled "
        "under the Roubaix Canal. Energy being the company's main raw material, the project is vital to OVH.\n"
        "OVH launched the work just after announcing its OVH Campus, to be up and running by summer on land next to "
        "Roubaix Valley. 20 MW, the electricity a city of 250,000 people needs, will be added to the 17 MW of "
        "electrical capacity the company's Roubaix site has today. With the extra power OVH can \"double our "
        "infrastructures in Roubaix\" and keep pace with its own growth and its customers', said Lionel Deny, who "
        "manages OVH's data centres.\n"
        "For the new connection, cable ducts leave an EDF site in Wattrelos, north-east of Roubaix, and reach "
        "Roubaix Valley 1.5 km away, where a delivery substation will stand. For most of the route the two "
        "20,000-volt cables run in trenches under the road. The hardest part is crossing the canal that separates "
        "the Wattrelos site from OVH's without risk to the environment.\n"
        "That is where directional drilling, led by EDF and the French company FTCS Forage, comes in: a tunnel of "
        "200 metres, about 40 centimetres wide, passes under the canal.",
        (
            # the 20 MW are an addition, not the site's whole; the campus is an office campus, another object
            ("power", "17 MW", "ovh-roubaix"),
        ),
    ),
    A(
        "rubbernews-bridgestone-bethune-closure-en",
        "Rubber News, « Bridgestone to close tire plant in France », "
        "https://www.rubbernews.com/tire/bridgestone-close-tire-plant-france, undated page (inferred: the works "
        "council of « Sept. 16 » where the plan was disclosed, 2020), ≈2020-09-17",
        "en",
        dt.date(2020, 9, 17),
        "Bridgestone to close tire plant in France\n"
        "BETHUNE, France — Bridgestone Corp. will end production in 2021 at its 60-year-old passenger tire plant in "
        "Bethune, pointing to \"the challenging long-term outlook\" for the European passenger tire market.\n"
        "The company said it has to take structural measures to reduce its production overcapacity and improve its "
        "cost efficiency. It disclosed the plan at an extraordinary works council meeting on Sept. 16, calling it "
        "\"the only viable path\" to keep its European operations competitive.\n"
        "Opened in 1960 by Firestone Tire & Rubber Co., the Bethune plant is rated at 19,200 car tires a day and "
        "has 863 production-line workers. Bethune, a community of 25,000, lies in northern France near Lille and "
        "the Belgian border.\n"
        "One of five passenger tire plants Bridgestone runs in Europe, it won a General Motors Supplier Quality "
        "Excellence Award as recently as 2016. Bridgestone said it has lost money on the plant's tires despite "
        "years of efforts to make it more competitive.\n"
        "Closing the plant is \"not a project we are taking lightly,\" said Laurent Dartoux, CEO of "
        "Bridgestone EMIA. Europe makes 17.5 percent of the group's global sales revenue, or $4.75 billion in "
        "fiscal 2019.\n"
        "The closure is not expected to take place before the second quarter of 2021.",
        (),  # a tyre plant's closure: the 863 workers are a former occupant's jobs at stake; no status of a project
    ),
    A(
        "rhomotion-xtc-orano-dunkirk-cathode-en",
        "Rho Motion, « Two Chinese companies announce expansion into European battery market », "
        "https://rhomotion.com/news/two-chinese-companies-announce-expansion-into-european-battery-market/, "
        "undated page (inferred: Ningbo Shanshan's announcement « on the 27th of September », the joint venture "
        "signed « last year »), ≈2023-10-02",
        "en",
        dt.date(2023, 10, 2),
        "Two Chinese companies expand into the European battery market\n"
        "XTC New Energy Materials and Orano CAM signed a joint venture (JV) last year, and have since said more "
        "about where it is heading. The JV, XTC France New Energy Materials, plans to build a cathode manufacturing "
        "plant in France, scheduled to be fully operational in Q3 2027. In the same vein, China's Ningbo Shanshan "
        "announced on 27 September plans for a lithium-ion battery anode plant in Finland.\n"
        "Another facility for Dunkirk\n"
        "Orano's expertise lies in nuclear technology, but it recently moved into the European battery market "
        "through its subsidiary Orano CAM. XTC New Energy Materials, from China, mostly researches, makes and sells "
        "cathode active materials (CAM), among them lithium cobalt oxide and nickel-cobalt-manganese (NCM) ternary "
        "materials. The JV has agreed to invest in an NCM cathode plant in Dunkirk, France, expected to make "
        "40,000 tonnes a year once fully operational. It will be built in two phases: the first, of 20,000 tonnes "
        "per annum (tpa), is planned for completion in Q4 2025; the second starts soon after and should be finished "
        "by Q3 2027, adding another 20,000 tpa for a total of 40,000 tpa.\n"
        "XTC France New Energy Materials is a 51:49 equity holding, Orano CAM being the biggest shareholder.",
        (
            # the JV's cathode plant in Dunkirk is Neomat's; the first phase's completion is its first capacity (its
            # start), Q3 2027 its full operation; the tonnes are output; Finland is another place
            ("status", "announced", "neomat-gravelines"),  # « has agreed to invest in an NCM cathode plant in Dunkirk »
            ("commissioning", "Q4 2025", "neomat-gravelines"),
        ),
    ),
    A(
        "celebsnet-choose-france-2024-jobs-en",
        "Celebsnet (English version of a Linternaute article citing Challenges), « Choose France: what are the 10,000 "
        "jobs promised by foreign investors? », "
        "https://celebsnet.com/breaking/choose-france-what-are-the-10000-jobs-promised-by-foreign-investors.html, "
        "undated page (inferred: the summit « this Monday, May 13 » of 2024), ≈2024-05-14",
        "en",
        dt.date(2024, 5, 14),
        "Choose France: which 10,000 jobs have foreign investors promised?\n"
        "The seventh Choose France summit, the high point of foreign investment in France, ended with 15 billion "
        "euros and more than 10,000 jobs promised.\n"
        "A \"record\" edition, an \"exceptional vintage\", the Élysée and the government boasted this Monday, May "
        "13, as 180 French and foreign business leaders gathered at the Palace of Versailles. The investments "
        "announced came to no less than 15 billion euros, against barely 1.2 billion at the first edition seven "
        "years ago.\n"
        "The executive also announced between 8,000 and 10,000 job creations in the years to come, reports "
        "Challenges, whose partial list includes around a hundred jobs in Dunkirk, in the North, at the Enchem "
        "battery component factory; some 600 positions at the Chinese company Hunan Changyuan Lico in the "
        "Hauts-de-France region; and in Alsace, half a thousand jobs at the German electrical installation "
        "specialist Hager.\n"
        "Some 35 departments are concerned by the roughly 56 investment projects, all of them in mainland France. "
        "Three quarters of the industrial projects will go to \"towns with less than 20,000 inhabitants\", "
        "Laurent Saint-Martin, director general of Business France, said on France Inter on Monday morning.",
        (
            # plants the dataset does not know (battery chain); the summit's totals are the country's; Hager is in
            # Alsace and makes no battery; jobs are announced, no plant
            ("jobs", "around a hundred jobs", None),
            ("jobs", "some 600 positions", None),
        ),
    ),
    A(
        "oecd-douvrin-battery-training-center-en",
        "OECD, « Battery training center » (case study of « Providing local actors with case studies, evidence and "
        "solutions » (PLACES)), https://www.oecd.org/en/publications/providing-local-actors-with-case-studies-"
        "evidence-and-solutions-places_eb108047-en/battery-training-center_9a6ba0f5-en.html, 2024-06-19",
        "en",
        dt.date(2024, 6, 19),
        "Battery training center: Douvrin, Hauts-de-France\n"
        "As the car industry moves to electric mobility, battery manufacturing and the trades around it need more "
        "and more skilled workers. In France, the Hauts-de-France region leads the national effort in electric "
        "vehicles (EVs) and gearboxes: its industry counts seven manufacturing sites, among them an EV gigafactory "
        "in Douvrin. The boom is expected to bring between 15 000 and 20 000 jobs to the region over the next "
        "decade.\n"
        "In 2023 the region planned to spend EUR 80 million adapting its regional training programme (PRF) to the "
        "battery industry's needs. The aim was to train 6 600 workers, so that the region's gigafactories could "
        "start their production lines in good conditions and compete internationally. The new Douvrin Battery "
        "Training Center shows the region's will to lead in the automotive sector, with a \"battery valley\" along "
        "the Dunkirk-Douvrin-Douai axis. Training for EVs answers today's shortage of skills and lays the ground for "
        "long-term prosperity and competitiveness.",
        (),  # the jobs are the region's, the 80 million its training budget; no figure of the gigafactory
    ),
    A(
        "pmi-verkor-most-influential-2022-en",
        "PMI (Project Management Institute), « The 50 Most Influential Projects of 2022: 17 Verkor EV Gigafactory », "
        "https://www.pmi.org/most-influential-projects-2022/50-most-influential-projects-2022/verkor-ev-gigafactory, "
        "undated page (inferred: the plans revealed « In February » 2022, the company « just turned two years old in "
        "July »), ≈2022-10-15",
        "en",
        dt.date(2022, 10, 15),
        "17. Verkor EV Gigafactory\n"
        "For meeting the soaring demand for electric vehicle batteries while jumpstarting French industry\n"
        "Europe's electric vehicle (EV) market is picking up speed. Consumers there bought 2.3 million EVs last "
        "year, second only to China. High fuel prices and new rules backing the European Union's net-zero ambitions "
        "for 2050 keep demand up. But affordable EVs depend on a solid supply chain, starting with enough batteries.\n"
        "The French industrial start-up Verkor means to help. In February it revealed plans for its first "
        "\"gigafactory\", a 150-hectare (371-acre) site able to equip 300,000 vehicles with batteries each year: a "
        "bold move for a company that only turned two in July. Europe's yearly capacity of EV lithium-ion batteries "
        "is expected to grow sixfold by 2030, a \"battery arms race\" according to Benchmark Minerals.\n"
        "France's government sees a chance to revive manufacturing: today's investments will become \"tomorrow's "
        "jobs\", said Agnès Pannier-Runacher, then minister of energy transition, when she signed on as a partner "
        "of a Verkor project in 2021.\n"
        "Verkor's decision to build the plant in Dunkirk, where Envision AESC and Automotive Cells Co. plan smaller "
        "facilities, could make the country a hotspot for EV battery cells.",
        (
            # « In February » has no year: no date a seed can hold; the vehicles equipped are output
            ("status", "announced", "verkor-bourbourg"),  # « revealed plans for its first "gigafactory" »
            ("land_area", "150-hectare", "verkor-bourbourg"),
        ),
    ),
    A(
        "nsenergy-edf-ge-flexefficiency-bouchain-en",
        "NS Energy, « EDF, GE to develop first commercial FlexEfficiency CC plant », "
        "https://www.nsenergybusiness.com/news/newsedf-ge-to-develop-first-commercial-flexefficiency-cc-plant/, "
        "undated page (inferred: the plant « due to start up in 2015 », GE's FlexEfficiency 50 launched in 2011), "
        "≈2011-06-15",
        "en",
        dt.date(2011, 6, 15),
        "EDF and GE to develop the first commercial FlexEfficiency combined-cycle plant\n"
        "Électricité de France and GE have announced plans to develop together, and show off, the first "
        "FlexEfficiency 50 plant to be connected to a national grid. The 510 MWe combined-cycle plant, due to start "
        "up in 2015, should become the most efficient combined-cycle plant in France and the first of its kind in "
        "the world to come online, ahead of similar GE projects announced for Turkey, Japan and China.\n"
        "The joint development is in effect a trial of the brand's flexibility, emissions compliance and efficiency "
        "in real production. It will be located at Bouchain, an existing EDF power plant site in northern France, "
        "and will be the first fruit of GE's $500 million investment in researching and developing the range.\n"
        "The plant should exceed 61 percent efficiency at base load. Keeping more than 60% efficiency down to 85% "
        "load, and starting quickly, it should follow swings in grid demand and make way for more wind and solar "
        "power.\n"
        "The partnership opens \"a new chapter\" in fossil-fuelled generation, a story GE Energy and EDF have "
        "shared for nearly 40 years, said Henri Proglio, EDF's chairman and CEO. The plant will also help France "
        "meet Europe's 20/20/20 energy goals.\n"
        "EDF and GE will both invest in the plant, scheduled to be brought into service in late 2015. It brings "
        "together a next-generation 9FB gas turbine, a 109D-14 steam turbine, a W28 generator, a Mark VIe control "
        "system linking them and a heat recovery steam generator.",
        (
            # GE's $500 million are research on the range, no investment in the plant; the two dates agree (late
            # 2015 says more)
            # « have announced plans to develop … It will be located at Bouchain »
            ("status", "announced", "edf-bouchain-ccgt"),
            ("power", "510 MWe", "edf-bouchain-ccgt"),
            ("commissioning", "in late 2015", "edf-bouchain-ccgt"),
        ),
    ),
    A(
        "energynews-prefect-dunkirk-offshore-wind-en",
        "Energynews, « France: The Prefect of Nord approves the creation of an offshore wind farm near Dunkirk », "
        "https://energynews.pro/en/france-the-prefect-of-nord-approves-the-creation-of-an-offshore-wind-farm-near-"
        "dunkirk, undated page (inferred: the decree « signed … on February 14, 2025 »), ≈2025-02-17",
        "en",
        dt.date(2025, 2, 17),
        "France: the Prefect of Nord approves an offshore wind farm off Dunkirk\n"
        "The Prefect of Nord has given the offshore wind farm off Dunkirk the go-ahead, a decision backed by "
        "supporters of the energy transition and fought on both sides of the Belgian border.\n"
        "On February 14, 2025, the Prefect signed a decree authorising the creation and operation of the wind farm. "
        "Its backers see the project as essential to answer the energy crisis and reach carbon neutrality by 2050. "
        "It is planned with a maximum capacity of 600 MW and should produce around 2.3 TWh of electricity a year, "
        "more than any of France's three offshore wind farms in operation. It will cover 50 km², about 10 km off "
        "the French coast and close to the Belgian border.\n"
        "In Belgium the project has met strong opposition: the Port of Ostend has gone to court to keep the farm "
        "away from this spot, fearing for shipping. In France, the association Vent Debout 59 and the League for the "
        "Protection of Birds (LPO) object too: the farm lies in a Natura 2000 area, vital to biodiversity, where "
        "protected species live, migratory birds and cetaceans above all.",
        (
            # the TWh are energy; the 50 km² are sea, no land area
            # « signed a decree authorising the creation and operation »
            ("status", "permitted", "dunkerque-offshore-wind"),
            ("power", "600 MW", "dunkerque-offshore-wind"),
        ),
    ),
    A(
        "dailysabah-gravelines-jellyfish-en",
        "Daily Sabah (AFP), « Jellyfish swarm forces shutdown of nuclear plant in France », "
        "https://www.dailysabah.com/business/energy/jellyfish-swarm-forces-shutdown-of-nuclear-plant-in-france, "
        "2025-08-11",
        "en",
        dt.date(2025, 8, 11),
        "Jellyfish swarm forces shutdown of a French nuclear plant\n"
        "A nuclear plant in northern France was temporarily shut down on Monday after a swarm of jellyfish clogged "
        "the pumps that cool its reactors, the energy group EDF said.\n"
        "Four units stopped automatically, with \"no impact\" on the safety of the facilities, the staff or the "
        "environment, EDF said on its website. The operator of the Gravelines nuclear plant blamed a \"massive and "
        "unpredictable presence\" of jellyfish in the filter drums of the pumping stations.\n"
        "With its two other units already offline for maintenance, the plant is fully shut. Three production units "
        "stopped automatically late on Sunday evening, and a fourth early on Monday morning.\n"
        "The plant's teams are carrying out the diagnostics and work needed to restart the units in complete "
        "safety, EDF said.\n"
        "Gravelines, Western Europe's largest nuclear power plant, has six reactors, each able to produce 900 "
        "megawatts (MW). Two next-generation reactors, each with a capacity of 1,600 megawatts, are due to open "
        "there by 2040.",
        (
            # each reactor's power is no site's whole (neither the plant's nor the pair's); a shutdown is no status
            ("commissioning", "by 2040", "gravelines-epr2"),
        ),
    ),
)
