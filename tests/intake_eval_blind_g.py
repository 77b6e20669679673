"""Held-out 2026-12g: the intake's next blind part, kept apart from the rules it judges.

Written on 7 December 2026 (session 12's second round, by the engineer "h31w"), while two other engineers (h31a:
site attachment and scope; h31x: extraction) tuned the intake's rules on every earlier part, and kept off `main`
(branch `heldout-g`) until their last landing: nobody tuning the rules or training the learned stage has read it,
and scripts/train_intake.py refuses it. Held-out 2026-12f, the judge before it, was read after its final run and is
development since.

Sixteen real articles (eight French, eight English), found with the library's search of stored public pages
(queries in French and English on data-centre operators and towns, the battery valley, power and grid news,
hydrogen and carbon capture at Dunkirk's port, steel and aluminium, brownfields and the State's and region's
announcements). None is the source of an article of any other part (development with batches 8 to 12, session 6's
held-out part, held-out 2026-12, 2026-12b, 2026-12c, 2026-12d, 2026-12e and 2026-12f): every address of the 302
articles of those parts was listed from their `source` and compared (the test of the parts checks it). Nor does
any tell a story a part already tells (the same event, on the same date, by another publisher): each story's names
and figures were looked for in the texts and sources of those 302 articles (the Avelin-Gavrelle cables and
Equilibre pylons, Cyril Wagner; Aluminium Dunkerque, its furnace and Hélène Debou; « Crystalrod », Opella and the
402 millions; Catherine Bardy and the EPF; Envision's 140 hectares; the SIZIAF, Filartois and Prologis Park; ACC's
80 millions from the region; the CUA's citadel budget, the Main Square and Patrice Joosep; ACC's public
consultation of 25 February 2021 and its 532 000 inhabitants; ArcelorMittal's €254 million and Mardyck; Verkor's
€1.3 billion green financing and its 16 banks; Belgium's objection and Paul Van Tigchelt; Cap Décarbonation and
D'Artagnan; GRTgaz, Thierry Trouvé and DHUNE; the port's substation built in advance, its 12.5 million and 110 MW;
the wind farm's 46 turbines and monopiles). Stories found told already and left out: ACC's plans unveiled on 16
February 2021 (pledgetimes), ACC's sites in Germany and Italy given up (enodoworks), Renault ElectriCity, the
Prologis and Brookfield pledges of Choose France 2025 and of the AI summit, ArcelorMittal's furnace confirmed in
February 2026, the EMD consortium's decision after the wind farm's debate, Envision's recruitment round, the
battery valley's « five gigafactories » (already a development article), Verkor's €2 billion and its inauguration,
Neomat's naming, the Arras citadel's data centre. Where a part tells another event of the same project (the
Avelin-Gavrelle line's works and its project page, ACC's announcement of September 2020 and its 2021 figures,
ArcelorMittal's furnace confirmed in 2026, Verkor's €2 billion raised, the offshore wind farm's award, permit and
debate, the citadel's data centre), the event here is another one, on another date.

They were picked for what the news says, not for being hard or easy: a power line's works under way, a smelter's
new furnace beside our towns, a summit's regional list with one of our operators elsewhere, a land agency naming a
gigafactory's area, a logistics park in a town that has one of our sites, a region's grant with a plant's jobs, a
citadel's public budget beside the data centre it houses, a public consultation repeating a plant's figures, a
steelmaker's programme at Dunkirk, a gigafactory's loans beside the money it raised, a neighbour country's
objection to a wind farm, carbon capture and hydrogen pipelines at the port, a substation built ahead of demand, a
wind farm's own presentation. Each is written here in our own words with the real one's structure, length, figures
and short quoted phrases; `source` names the real article (publisher, title, address, date; "≈" and "inferred"
where the page gives no date). Where the stored copy was an excerpt (all were), the article follows the excerpt.
Each was written once, before any run, and not reworded after.

`expected` is what an analyst takes, decided from the text alone by the labelling conventions of
tests/intake_eval.py, before the intake was run on it: (attribute, value as written, site id or None for a project
the dataset does not know). A comment says why a figure of the text is left out when that is not plain. Plants and
works outside what the dataset follows (data-centre sites, the battery chain, power and grid: a steelworks, an
aluminium smelter, logistics, a pharmaceutical plant, a town quarter, carbon and hydrogen pipelines) give nothing.

The benchmark (benchmarks/bench_intake.py) prints it as its last part and checks the targets on it. It was run
once on the code of main as it stood when the part was begun (`BEFORE`, with this part and the benchmark's new
label copied into a worktree; cbe5225, 2026-12-07, shared machine), only its three figures looked at: 19 expected
figures, 41 proposed (4 held back), recall 0.789, precision 0.366, right site 0.800; the learned stage
(HDF_INTAKE_LEARNED=1), never trained on it, 0.789 / 0.357 / 0.800 (BEFORE).

Its final run, by the lead, on main after the second round's last landing and the learned stage's retraining
(5f695e4, the part rebased onto 754b5a9; 2026-12-07, 20:40 UTC, one run): the rules (the default) recall 0.789,
precision 0.357, right site 0.800 (the same figures found; one more extra), and the learned stage, never trained
on it, 0.789 / 0.349 / 0.800 (FINAL), while the three parts that round was written on (2026-12d, 12e, 12f) rose by
+0.05 to +0.08 in recall. tests/domain/test_intake_eval.py holds the rules at what they reached. Read after that
run: since then development (and training data), like every part before it; the next blind part goes after it.
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import EvalArticle

A = EvalArticle

# One run of benchmarks/bench_intake.py on main as it stood when this part was begun (shared machine; only these
# three figures were looked at).
BEFORE = {"commit": "cbe5225", "rules": {"recall": 0.789, "precision": 0.366, "entity_accuracy": 0.800},
          "learned": {"recall": 0.789, "precision": 0.357, "entity_accuracy": 0.800}}
# Its one final run (5f695e4): the rules, and the retrained learned stage that never saw it.
FINAL = {"commit": "5f695e4", "rules": {"recall": 0.789, "precision": 0.357, "entity_accuracy": 0.800},
         "learned": {"recall": 0.789, "precision": 0.349, "entity_accuracy": 0.800}}

HELD_OUT_2026_12G = (
    A(
        "20minutes-avelin-gavrelle-cables-fr",
        "20 Minutes (Mikaël Libert), « Nord : Les premiers câbles de la ligne très haute tension Avelin-Gavrelle sont "
        "posés », https://www.20minutes.fr/lille/2879907-20201007-nord-premiers-cables-ligne-tres-haute-tension-"
        "avelin-gavrelle-poses, 2020-10-07",
        "fr",
        dt.date(2020, 10, 7),
        "Nord : la ligne très haute tension Avelin-Gavrelle reçoit ses premiers câbles\n"
        "Loin des discussions qui ont accompagné chaque étape du projet, le chantier de la ligne électrique entre "
        "Avelin et Gavrelle avance au rythme prévu.\n"
        "Les travaux de cette ligne THT d'une trentaine de kilomètres ont commencé il y a un an par le tronçon nord, "
        "entre Courcelles-lès-Lens et Avelin. « Douze ont déjà été posés sur les 45 prévus », détaille Cyril Wagner, "
        "le directeur du projet : leur emprise au sol est dix fois plus petite, si bien qu'on « ne consomme pas de "
        "terre agricole » et qu'on en rend. Poser les derniers pylônes Equilibre du tronçon nord et les équiper de "
        "leurs câbles prendra encore un an, deux ans en tout.\n"
        "Depuis une semaine, les équipes de RTE déroulent les câbles sur une première portion de la ligne qui reliera "
        "Avelin (Nord) à Gavrelle (Pas-de-Calais) à l'horizon 2021. Un moment symbolique pour un projet ancien, qui "
        "n'a pas toujours été bien reçu. C'est sur ce tronçon nord que se dressent les pylônes Equilibre, uniques au "
        "monde, dessinés pour peser moins sur la vue des riverains que les pylônes treillis habituels.",
        (
            # the 45 pylons and the thirty kilometres are the line's make-up, no attribute
            ("status", "under_construction", "rte-line-avelin-gavrelle"),  # « Les travaux … ont commencé il y a un an »
            ("commissioning", "à l'horizon 2021", "rte-line-avelin-gavrelle"),
        ),
    ),
    A(
        "lagazette-aluminium-dunkerque-four-recyclage-fr",
        "La Gazette Nord-Pas de Calais, « Aluminium Dunkerque investit 13 millions d'euros pour fabriquer de "
        "l'aluminium recyclé », https://www.lagazettefrance.fr/index.php/article/decarbonation-aluminium-dunkerque-"
        "investit-13-millions-d-euros-pour-fabriquer-de-l-aluminium-recycle, undated page (inferred: the eighth "
        "furnace due « en 2025 » in the plant's plan, now inaugurated), ≈2025-06",
        "fr",
        dt.date(2025, 6, 15),
        "Aluminium Dunkerque met 13 millions d'euros dans l'aluminium recyclé\n"
        "Le premier producteur français d'aluminium primaire a inauguré un nouveau four de fonderie : 8 % de "
        "production en plus et, pour la première fois, du métal recyclé dans son procédé. Un premier pas dans le "
        "vaste plan de décarbonation où l'industriel s'est engagé.\n"
        "13 millions d'euros : c'est ce qu'a coûté à Aluminium Dunkerque ce four installé sur son site, à cheval sur "
        "Gravelines et Loon-Plage. Il fait croître la production de 8 %, sur un marché de l'aluminium que porte la "
        "transition énergétique. Les véhicules électriques doivent être allégés au maximum, rappelle Hélène Debou, "
        "responsable du projet recyclage, et l'aluminium y sert jusqu'aux carters de batteries.\n"
        "Produire plus sans émettre plus\n"
        "La vraie nouveauté : le four produira chaque année 20 000 tonnes d'aluminium recyclé en y intégrant 7 000 "
        "tonnes de métal usagé, des chutes collectées sur le site et dans toute la France. Le gisement est immense : "
        "500 000 tonnes d'aluminium usagé partent chaque année à l'étranger au lieu d'être valorisées ici. L'usine "
        "peut ainsi produire davantage sans alourdir ses rejets de CO2, car l'aluminium recyclé émet huit fois moins "
        "de CO2 par tonne et demande vingt fois moins d'électricité que le primaire. Celui de Dunkerque est déjà "
        "sobre (environ 4,4 tonnes de CO2 par tonne, contre 16 en moyenne dans le monde).",
        (),  # an aluminium smelter is outside what the dataset follows
    ),
    A(
        "jde-choose-france-402-millions-hdf-fr",
        "Le Journal des Entreprises (brève), « Choose France : 402 millions d'euros d'investissements recensés dans "
        "la région, seuls deux projets sont … » (title cut short in the stored copy), https://"
        "www.lejournaldesentreprises.com/breve/choose-france-402-millions-deuros-dinvestissements-recenses-dans-la-"
        "region-seuls-deux-projets-sont-2130958, undated page (inferred: the first « Choose France – édition France "
        "», 17 November 2025), ≈2025-11-17",
        "fr",
        dt.date(2025, 11, 17),
        "Choose France : 402 millions d'euros recensés dans la région, deux projets seulement sont nouveaux\n"
        "La nouvelle mouture de Choose France, en cette fin d'année, devait mettre en lumière les investissements "
        "industriels d'entreprises françaises, et non plus étrangères. Le constat est pourtant le même dans les Hauts-"
        "de-France qu'ailleurs, et qu'à l'édition précédente : la plupart des projets affichés avaient déjà été "
        "annoncés, voire menés à bien. L'Élysée ne s'en cache qu'à moitié : sur les 151 projets recensés en France, « "
        "121 » étaient déjà connus.\n"
        "Des 10 projets que l'Élysée met en avant dans la région, seuls deux sont vraiment neufs. Le projet baptisé « "
        "Crystalrod » l'est au point qu'on n'en trouve pour l'instant aucune trace : il s'agirait d'une unité de "
        "recyclage, sans autre détail. Opella, filiale de Sanofi, consacrera 15 millions d'euros à moderniser son "
        "usine de Compiègne (Oise).\n"
        "Les autres projets cités sont ceux d'Innovafeed, de L'Oréal, de Battri, de Neocem ou d'Aluminium Solutions "
        "Group, sans montant ni période d'investissement. Un total de 402 millions d'euros est en tout cas annoncé "
        "pour les Hauts-de-France.\n"
        "Plus concret peut-être : Choose France dévoile le projet de l'hébergeur roubaisien OVHcloud, qui annonce de "
        "160 à 180 M€ pour un nouveau datacenter à Strasbourg, dans une partie des bâtiments laissés vides par "
        "ArcelorMittal au Port autonome de Strasbourg.",
        # Battri is named with no figure; the 402 millions are the region's list added up; OVHcloud's data centre is
        # in Strasbourg, not at Roubaix; a pharmaceutical plant is outside what the dataset follows
        (),
    ),
    A(
        "dayfr-epf-hauts-de-france-friches-fr",
        "News Dayfr (local), on the Établissement public foncier des Hauts-de-France and its work on brownfields (our "
        "description; « Nous intervenons dès la première étape d'un projet … », Catherine Bardy), https://"
        "news.dayfr.com/local/3960168.html, undated page (inferred: Envision's gigafactory at Douai among the EPF's "
        "current operations), ≈2024",
        "fr",
        dt.date(2024, 10, 1),
        "Friches : l'EPF des Hauts-de-France prépare le terrain des projets\n"
        "« Nous intervenons dès la première étape d'un projet » : l'établissement achète le terrain ou le site et le "
        "remet dans son état d'origine, explique Catherine Bardy, directrice générale de l'Établissement public "
        "foncier (EPF) des Hauts-de-France. Cela peut vouloir dire démolir des bâtiments, ou supprimer des pollutions "
        "concentrées (anciennes cuves de produits chimiques, stocks de produits polluants…).\n"
        "L'EPF prend en charge 80 % des coûts de réhabilitation des fonciers voués au développement économique. La "
        "facture s'allège d'autant pour les collectivités, qui conduisent la grande majorité de ces opérations, pour "
        "leur propre compte ou pour faciliter l'installation ou l'extension d'une entreprise privée.\n"
        "Partage des risques\n"
        "Créé en 1990 pour le Nord et le Pas-de-Calais, l'EPF intervient désormais aussi dans la Somme. Dans une "
        "région durement désindustrialisée dans les années 1980, l'EPF est d'abord beaucoup intervenu « sur de "
        "grandes friches industrielles », se souvient Catherine Bardy : l'établissement y a appris la déconstruction "
        "de sites complexes et le traitement des pollutions.\n"
        "Il mène toujours des opérations sur de grandes surfaces, comme la gigafactory de batteries d'Envision à "
        "Douai, qui s'étend sur 140 hectares. Dans le Nord, l'EPF a aussi pris part à la transformation de l'ancien "
        "siège de La Redoute, Blanchemaille, à Roubaix, devenu un incubateur d'entreprises, ou à celle d'une des "
        "verreries d'Arques.",
        (
            # the 80 % is the EPF's share of costs, no occupancy
            ("land_area", "140 hectares", "envision-aesc-douai"),
        ),
    ),
    A(
        "voxlog-prologis-park-douvrin-fr",
        "Voxlog, « Prologis développe un parc logistique de 45 hectares dans les Hauts-de-France », https://voxlog.fr/"
        "actualite/1755/prologis-developpe-un-parc-logistique-de-45-hectares-dans-les-hauts-de-france, undated page "
        "(inferred: the partnership « officialisé le 07 mars 2017 »), ≈2017-03-08",
        "fr",
        dt.date(2017, 3, 8),
        "Prologis aménage un parc logistique de 45 hectares dans les Hauts-de-France\n"
        "Le promoteur et exploitant d'immobilier logistique Prologis a officialisé le 7 mars 2017 son partenariat "
        "avec le Syndicat intercommunal de la zone industrielle Artois-Flandres (SIZIAF) : un « Prologis Park » de 45 "
        "hectares verra le jour sur le Parc des Industries Artois-Flandres, dans le Pas-de-Calais.\n"
        "Réunis en conférence de presse à Paris, les deux partenaires ont présenté leur offre : 45 hectares de parc "
        "logistique, quatre bâtiments de 24 000 à 100 000 mètres carrés offrant jusqu'à 12 mètres de hauteur libre, "
        "pour la grande distribution, le e-commerce ou l'industrie, tous certifiés BREEAM au niveau « Very Good ».\n"
        "Plus grand parc d'activités du Pas-de-Calais, le Parc des Industries Artois-Flandres, sur les communes de "
        "Douvrin et Billy-Berclau, compte 70 entreprises et 4 600 salariés. Il reste « plus de 150 hectares "
        "immédiatement disponibles », souligne Daniel Delcrois, président du syndicat mixte, pour qui ce partenariat "
        "ouvre le parc à une logistique moderne, « porteuse d'emplois ».",
        (),  # a logistics park is outside what the dataset follows; ACC's plant at Billy-Berclau came years later
    ),
    A(
        "hautsdefrance-acc-douvrin-80-millions-fr",
        "Région Hauts-de-France, « Douvrin : GigaFactory fabriquera les batteries du futur », https://"
        "www.hautsdefrance.fr/douvrin-gigafactory-batteries/, published 2020-10-15, updated 2022-12-19",
        "fr",
        dt.date(2022, 12, 19),
        "Douvrin : la GigaFactory fabriquera les batteries de demain\n"
        "Le site de la Française de mécanique, à Douvrin (62), va accueillir l'usine « GigaFactory » de la société "
        "Automotive Cells Company, qui fabriquera des batteries pour véhicules électriques. Les élus régionaux ont "
        "voté une délibération lui accordant 80 millions d'euros.\n"
        "L'automobile garde de belles perspectives dans les Hauts-de-France.\n"
        "2 000 emplois espérés à terme\n"
        "Détenue par le constructeur PSA et par Saft (groupe Total), l'usine doit atteindre une capacité de "
        "production de 24 GWh en 2030, avec 2 000 emplois directs espérés. Son arrivée permettra aussi de requalifier "
        "une partie du site existant (15 hectares de bâtiments sans usage et 30 hectares de terrains). Le marché des "
        "batteries, promis à une forte croissance, est aujourd'hui aux mains d'acteurs asiatiques : la région entend "
        "prendre sa part de la dynamique européenne.\n"
        "Mise à jour, décembre 2022 : l'usine ACC de Douvrin « sort de terre », écrit Xavier Bertrand, président de "
        "la Région, qui en visite le chantier « à 6 mois de la fin des travaux ».",
        (
            # the 80 millions are a grant; the 24 GWh are output; the 15 and 30 hectares are parts of the old site
            ("jobs", "2 000 emplois directs", "acc-billy-berclau"),
            ("status", "under_construction", "acc-billy-berclau"),  # « sort de terre … À 6 mois de la fin des travaux »
        ),
    ),
    A(
        "jde-citadelle-arras-nouveau-quartier-fr",
        "Le Journal des Entreprises, « Citadelle d'Arras : vers un nouveau quartier », https://"
        "www.lejournaldesentreprises.com/article/citadelle-darras-vers-un-nouveau-quartier-88977, undated page "
        "(inferred: the review « début juillet », the Main Square of 2014 still to come), ≈2014-07-10",
        "fr",
        dt.date(2014, 7, 10),
        "Citadelle d'Arras : vers un nouveau quartier\n"
        "On la surnomme « la belle endormie ». Bâtie par Vauban il y a trois siècles, la Citadelle d'Arras se "
        "réveille doucement sous l'impulsion de la Communauté urbaine d'Arras (CUA), qui veut en faire un quartier de "
        "ville. Début juillet, la collectivité a dressé le bilan de ce qui a été investi et de ce qui reste à venir "
        "sur ce site qu'elle a acquis en 2010, un an après le départ de l'armée : 8,5 M€ déjà réalisés ou en cours, 5 "
        "M€ à venir d'ici à la fin 2014. Côté privé, 17 M€ ont été investis par des entreprises aux activités "
        "variées. Dans les anciennes poudrières, un data center voisine ainsi avec une fromagerie.\n"
        "Prochaines étapes : la place sera engazonnée pour devenir un espace vert d'ici à la fin 2014, et plusieurs "
        "projets sont à l'étude (restaurant gastronomique, crèches, bureaux, école privée des métiers de l'hôtellerie "
        "et de la restauration). En attendant, le Main Square Festival reste le temps fort du lieu. Le festival "
        "profite à l'économie arrageoise, commerces et restaurants en tête, et fait connaître Arras, relève Patrice "
        "Joosep, directeur général de la CUA. L'édition 2014 se tiendra encore dans la citadelle ; les suivantes "
        "devront trouver un autre lieu, à cause des contraintes logistiques et des aménagements prévus, peut-être le "
        "parking aménagé en face.",
        (),  # the citadel's public and private money is the quarter's, no figure of the data centre it houses
    ),
    A(
        "lepetitmag-acc-concertation-2021-fr",
        "Le Petit Mag, Mag Lens-Liévin n° 69, on ACC's gigafactory and its public consultation (« Un projet à 2 "
        "milliards d'euros », « Démarrage fin 2023 »), https://lepetitmag.fr/lpm069ll, undated page (inferred: the "
        "consultation « du 25 février au 23 avril 2021 » still to open), ≈2021-02-20",
        "fr",
        dt.date(2021, 2, 20),
        "Un projet à 2 milliards d'euros\n"
        "Présenté comme l'« Airbus de la batterie », le projet de Gigafactory porté par Automotive Cells Company "
        "(ACC), coentreprise de Total et de PSA créée en 2020, représente deux milliards d'euros. Au plus fort du "
        "chantier de la première partie de l'usine, en 2023, 500 personnes sont attendues ; la Gigafactory pourrait "
        "ensuite employer entre 1 400 et 2 000 personnes en 2030.\n"
        "Le projet doit d'abord passer par un débat public : les habitants auront près de deux mois pour s'informer, "
        "échanger et donner leur avis. La concertation préalable au permis de construire, sous le regard de deux "
        "garants nommés par la Commission nationale du débat public, se tiendra du 25 février au 23 avril 2021 autour "
        "de trois questions : faut-il faire ce projet, pourquoi, et comment ? Chacun des 532 000 habitants concernés "
        "pourra s'exprimer sur une plateforme en ligne et lors de réunions publiques, la première le 10 mars à Billy-"
        "Berclau.\n"
        "Démarrage fin 2023\n"
        "Au siège de la CALL, Yann Vincent, PDG d'ACC, a récemment détaillé ses plans pour cette future usine de "
        "cellules et de modules de batteries, dont la production devrait démarrer fin 2023. Elle sera adossée à "
        "l'usine Française de mécanique de Stellantis (ex-PSA) à Douvrin, dont les moteurs thermiques vont décliner : "
        "ACC rachète 34 hectares de ce site à son actionnaire Stellantis et n'en gardera que quelques bâtiments.",
        (
            # the 500 people are the construction's workforce; the 532 000 inhabitants are the consultation's public
            ("investment", "deux milliards d'euros", "acc-billy-berclau"),
            ("jobs", "entre 1 400 et 2 000 personnes", "acc-billy-berclau"),
            ("commissioning", "fin 2023", "acc-billy-berclau"),
            ("land_area", "34 hectares", "acc-billy-berclau"),
        ),
    ),
    A(
        "globalflowcontrol-arcelormittal-dunkirk-1-2bn-en",
        "Global Flow Control (newsroom), « ArcelorMittal Confirms €1.2B Dunkirk Green Investment », https://"
        "globalflowcontrol.com/newsroom/arcelormittal-confirms-e1-2b-dunkirk-green-investment/, undated page "
        "(inferred: the Commission's plan « announced in March 2025 », conditions expected « by the end of summer »), "
        "≈2025-05-15",
        "en",
        dt.date(2025, 5, 15),
        "ArcelorMittal confirms €1.2B Dunkirk green investment\n"
        "ArcelorMittal says it is still set on decarbonising its French operations, and keeps working closely with "
        "the French government, whose leadership has been \"instrumental\" for the steel industry in France and in "
        "Europe.\n"
        "European steel is in its worst crisis since the 2009 downturn, which led the group to delay several of its "
        "decarbonisation projects across the continent. The Steel and Metals Action Plan the European Commission "
        "presented in March 2025 has revived its hope that effective trade defence and a working Carbon Border "
        "Adjustment Mechanism (CBAM) are close.\n"
        "The updated steel safeguard measures in force since April 1st, 2025 are a positive first step, the company "
        "says, but imports must be capped at 15% of market demand and the CBAM must prevent resource shuffling before "
        "the European market is fair again.\n"
        "ArcelorMittal therefore expects the conditions to restart its decarbonisation roadmap to be in place by the "
        "end of summer, and confirms its intention to invest approximately €1.2 billion in building a new electric "
        "arc furnace (EAF) at its Dunkirk site.\n"
        "This comes on top of other recent commitments: €254 million in Dunkirk, €53 million in Fos-sur-Mer and €500 "
        "million for the electrical steel unit under construction in Mardyck, due to be finished by year-end. In all, "
        "ArcelorMittal is putting around €2 billion into its French steelmaking.",
        (),  # a steelworks is outside what the dataset follows
    ),
    A(
        "gireview-verkor-green-financing-dunkirk-en",
        "GI Review, « Verkor secures funding for electric battery gigafactory in Dunkirk » (our title; its own is not "
        "in the stored copy), https://gi-review.com/verkor-secures-funding-electric-battery-gigafactory-dunkirk/, "
        "undated page (inferred: the « over €2 billion » raised « Last September », 2023), ≈2023-12",
        "en",
        dt.date(2023, 12, 15),
        "Verkor secures €1.3 billion more for its Dunkirk gigafactory\n"
        "Battery start-up Verkor said on Friday it had secured a €1.3 billion loan, only months after raising more "
        "than €2 billion, to pay for its \"gigafactory\" in Dunkirk.\n"
        "The company said in a statement that it had \"secured over €1.3 billion in green financing\" backed by 16 "
        "commercial banks and 3 public banks. Its executives signed the agreement on Friday at Matignon, with "
        "Industry Minister Roland Lescure attending.\n"
        "Verkor will put the money directly into building its first gigafactory in Dunkirk, with an initial "
        "production capacity of 16 GWh a year. With this deal, the funding secured for the first gigafactory and the "
        "Verkor Innovation Centre together passes €3 billion, the statement said.\n"
        "The bank loans let Verkor \"complete the construction\" of the plant, whose first low-carbon cells are due "
        "in 2025, said Benoit Lemaignan, its co-founder and president; they will also speed its growth towards "
        "leading European battery making.\n"
        "Last September, Verkor, founded in 2020, said it had raised \"over €2 billion\" to set up its battery "
        "gigafactory.\n"
        "The Dunkirk gigafactory will be operational in 2025, the statement added, and create approximately 1,200 "
        "direct jobs and 3,000 indirect ones within two years. Verkor has become a symbol of reindustrialisation: its "
        "plant is meant to help France build two million electric cars a year by 2030.",
        (
            # the €1.3 billion is a loan; the €3 billion is two sites' (the gigafactory and the innovation centre); the
            # 16 GWh are output; the two million cars are the country's
            ("status", "under_construction", "verkor-bourbourg"),  # « allows us to complete the construction »
            ("investment", "over €2 billion", "verkor-bourbourg"),  # money raised for the one plant
            ("commissioning", "in 2025", "verkor-bourbourg"),
            ("jobs", "approximately 1,200 direct jobs", "verkor-bourbourg"),
        ),
    ),
    A(
        "belgium-challenges-dunkirk-wind-en",
        "A news site stored at its server's address (no publisher named in the stored copy), « Belgium challenges "
        "EDF, Enbridge's 600-MW wind project off France », http://46.101.219.230/news/belgium-challenges-edf-"
        "enbridges-600-mw-wind-project-off-france-859057, undated page (inferred: Belgium's document « dated May 24 "
        "», published « on Monday », 2024), ≈2024-05-28",
        "en",
        dt.date(2024, 5, 28),
        "Belgium challenges EDF, Enbridge's 600-MW wind project off France\n"
        "The Belgian government has objected to the location of the planned 600-MW Dunkirk offshore wind farm in "
        "French waters, in a submission to the public consultation launched for the project.\n"
        "Its formal position rests on the opinions of several state and regional authorities and interested third "
        "parties, and is signed by Paul Van Tigchelt, Belgium's minister for justice and the North Sea. The Kingdom "
        "of Belgium asks the public inquiry commission to give the project as proposed a negative opinion and to "
        "refuse the permit; should the ruling be positive, it wants its objections taken into account.\n"
        "The document says France decided alone where to put the farm, next to the Franco-Belgian maritime border and "
        "about 11 kilometres off the coast. Belgium has opposed a wind farm at this spot since 2016. Other "
        "authorities have questioned the location too, among them the European Commission, which in a 2022 opinion "
        "found France had not complied with the directives protecting natural habitats, wild fauna and flora and wild "
        "birds.\n"
        "In the document, dated May 24 and put on the consultation website on Monday, Belgium argues the farm would "
        "harm its side of the border: pollution of the Belgian coast, damage to the Belgian part of the North Sea and "
        "its Natura 2000 area, obstacles to sea rescue, air navigation and shipping, and harm to fishing.\n"
        "The French government awarded the project in June 2019 to the Eoliennes en Mer de Dunkerque consortium.",
        (
            # a permit asked for is no status; an award is no announcement (as held-out 2026-12e labels it)
            ("power", "600-MW", "dunkerque-offshore-wind"),
        ),
    ),
    A(
        "dunkerquelng-cap-decarbonation-en",
        "Dunkerque LNG newsletter, « A collective working for decarbonisation », https://"
        "www.newsletterdunkerquelng.com/actu/430, 2023-10-25",
        "en",
        dt.date(2023, 10, 25),
        "A collective working for decarbonisation\n"
        "There is strength in numbers: Dunkerque LNG has teamed up with Eqiom, Lhoist, RTE and Air Liquide France "
        "Industrie in the Cap Décarbonation project. Its goal is to capture 1.5 million tonnes of carbon dioxide from "
        "emitting sites, carry it off and store it for good, twice what a city like Dunkirk emits. A first public "
        "consultation on the project ran from 22 May to 21 July 2023.\n"
        "CO2 feeds the greenhouse effect, warming and the upset of ecosystems, and the European Union and France have "
        "pledged carbon neutrality by 2050. Cutting emissions will not be enough, though: making concrete and lime "
        "gives off CO2 by its very chemistry, and that CO2 has to be caught before it reaches the air.\n"
        "Manufacturers in Hauts-de-France are therefore turning to innovation to lock away the CO2 they produce. Cap "
        "Décarbonation joins three linked projects: phase 2 of the K6 programme at the Lumbres cement plant, the "
        "CalCC project at the Réty lime works, and D'Artagnan, with pipelines carrying the CO2 to a terminal in the "
        "West Port of Dunkirk.\n"
        "D'Artagnan, a project estimated at €220 million\n"
        "Dunkerque LNG's share is the CO2 terminal. D'Artagnan has two parts: a network of pipelines, developed by "
        "Air Liquide, bringing the CO2 captured at emitting sites to Dunkirk, and a maritime terminal for exporting "
        "it at the port of Dunkirk, developed by Dunkerque LNG and Air Liquide.",
        (),  # carbon capture and its pipelines and terminal are outside what the dataset follows
    ),
    A(
        "naturalgasworld-grtgaz-hydrogen-dunkirk-en",
        "Natural Gas World (Reuters, Forrest Crellin), « France's GRTgaz to study hydrogen supply to Dunkirk », "
        "https://naturalgasworld.com/frances-grtgaz-to-assess-hydrogen-supply-to-dunkirk-104096, undated page "
        "(inferred: the dispatch « March 9 », after GRTgaz's call for interest of February 2023), ≈2023-03-09",
        "en",
        dt.date(2023, 3, 9),
        "France's GRTgaz to study hydrogen supply to Dunkirk\n"
        "PARIS, March 9 (Reuters) - French gas transmission operator GRTgaz will study whether low-carbon hydrogen "
        "can be piped to the industrial and port area of Dunkirk, after 11 companies said they were interested in "
        "using such a network.\n"
        "GRTgaz said on Thursday the feasibility study would look at a line of about 20 kilometres (12 miles) able to "
        "carry between 600 and 1,000 megawatts, on a route linking the projects of the companies co-funding the "
        "study, among them ArcelorMittal, Imerys and the producer H2V.\n"
        "Five hydrogen producers and six consumers answered the call for interest, GRTgaz said.\n"
        "Hydrogen's role in decarbonising the economy is confirmed, said GRTgaz chief executive Thierry Trouvé, and "
        "the new network \"could also be interconnected with Belgium\".",
        (),  # the megawatts are a pipeline's capacity; H2V's unit is named with no figure of its own
    ),
    A(
        "dunkerqueport-substation-built-in-advance-en",
        "Dunkerque-Port, « Dunkirk: inauguration of an electrical substation built in advance of the future needs of "
        "the industrial and port area », http://www.dunkerque-port.fr/en/press/news/2021-09-09-dunkirk-inauguration-"
        "of-an-electrical-substation-built-in-advance-of-the-future-needs-of-the-industrial-and-port-area-en-"
        "70912.html, 2021-09-10",
        "en",
        dt.date(2021, 9, 10),
        "Dunkirk: a substation built ahead of the industrial and port area's future needs\n"
        "On Friday, September 10, Enedis, RTE, Dunkerque-Port and the Metropolitan Authority of Dunkerque inaugurated "
        "an electrical substation in the port of Dunkirk. It is the first in France to be built before the "
        "manufacturers who will use it have settled in a development area: newcomers get onto the grid faster, which "
        "makes the industrial and port area, and the whole Dunkirk region, more attractive.\n"
        "Co-financed by Enedis (which runs the public distribution network), RTE (the transmission network operator), "
        "Dunkerque-Port and the Metropolitan Authority, the substation was decided in 2019, ahead of the growth in "
        "demand, to secure the power supply of the industrial port area. Connected to RTE's very high voltage network "
        "and operated by Enedis, it stands on 1.4 hectares and steps the voltage down from 225,000 V to 20,000 V for "
        "future plants. In all, 12.5 million euros were invested to bring 40 MW of extra power at first to the "
        "Dunkirk port region; the substation will eventually be able to supply 110 MW. Dunkerque-Port is already in "
        "talks with several manufacturers drawn by how easily they could connect.\n"
        "Built \"in advance\", in record time\n"
        "Building before the precise needs of future customers are known is a new approach. It lets manufacturers set "
        "up sooner, answering an industrial challenge for the whole region, and the substation took only one year to "
        "build.",
        (
            # a substation the dataset does not know; the 40 MW are its first step, the 110 MW its whole
            ("status", "operational", None),  # inaugurated
            ("land_area", "1.4 hectares", None),
            ("investment", "12.5 million euros", None),
            ("power", "110 MW", None),
        ),
    ),
    A(
        "hydrogentoday-dhune-dunkirk-en",
        "Hydrogen Today, « DHUNE project: GRTgaz launches the engineering studies of Dunkirk's hydrogen network » "
        "(our title; the stored copy opens on its body), https://hydrogentoday.info/en/dhune-project-dunkirk-france, "
        "undated page (inferred: studies launched « in January », the « Project of Common Interest » of November "
        "2023, a final decision « in 2025 »), ≈2024-02",
        "en",
        dt.date(2024, 2, 15),
        "DHUNE: Dunkirk's hydrogen network enters engineering\n"
        "GRTgaz launched the basic engineering studies in January, a step it needs before building the future "
        "hydrogen transport infrastructure of Dunkirk's industrial and port complex.\n"
        "The DHUNE project (Dunkirk Hydrogen Universal Network) is taking shape after a successful call for "
        "expressions of interest and the first feasibility studies in 2023, co-funded by the State through France "
        "2030 (run by ADEME) within « DKarbonation », the regional decarbonisation project led by Euraénergie. The "
        "pipeline would serve an area that accounts for 20% of France's industrial CO2 emissions.\n"
        "Within 18 months the studies should lead to an \"initial comprehensive engineering design\", says Marion "
        "Lacombe, business developer in GRTgaz's development department, looking at the route and at the technical, "
        "land, administrative, environmental and industrial-safety questions, for a final decision in 2025.\n"
        "A first 10 km stretch, then Belgium\n"
        "The aim is to bring a first 10 km stretch into service in 2027. ArcelorMittal, one of the first three "
        "industrial customers involved, supports the project, with Imerys and the hydrogen producer H2V.\n"
        "After 2030 (2034 on the schedule), DHUNE should reach into Belgium: around 50 km in France, with a hydrogen "
        "terminal in the port of Dunkirk, joined to the European Hydrogen Backbone. It is the first phase of a wider "
        "Franco-Belgian hydrogen corridor led by GRTgaz, named a \"Project of Common Interest\" by Europe in November "
        "2023.",
        (),  # a hydrogen pipeline is outside what the dataset follows; its dates are the pipeline's
    ),
    A(
        "emd-dunkirk-offshore-wind-project-page-en",
        "Éoliennes en Mer de Dunkerque, « Presentation of the project » (the wind farm's English project page), "
        "https://parc-eolien-en-mer-de-dunkerque.fr/project-en/, undated page (inferred: « once the permits have been "
        "obtained », before the prefect's decree of February 2025), ≈2024-06",
        "en",
        dt.date(2024, 6, 1),
        "Presentation of the project\n"
        "A 600 MW wind project off the coast of Dunkirk\n"
        "The wind farm will lie at least 10 km off Dunkirk, and at least 11.4 km off the seaside towns on either side "
        "of the Belgian border, over an area of no more than 50 km². It will have at most 46 wind turbines, set on "
        "\"monopile\" foundations.\n"
        "The final layout and the turbines' characteristics will be fixed once the permits have been obtained and the "
        "technical studies completed, so that the best technology available when construction begins can be chosen.\n"
        "The farm should produce around 2.3 TWh of electricity a year, the yearly use of almost one million people, "
        "more than a third of the Nord département's population.\n"
        "A zone well suited to offshore wind\n"
        "Off Dunkirk the wind blows well and the water stays shallow (under 30 m across the whole zone, with "
        "underwater dunes); the grid is strong enough to take the farm's output; and the port, the Grand Port "
        "Maritime de Dunkerque, is a leading industrial complex with recognised skills in energy.\n"
        "The turbines will stand about 1 km apart so that the farm works at its best, and the project owners "
        "undertake to design, build and run it with care for the ecosystems and the sea's other users.",
        (
            # the TWh are energy; the 50 km² are sea, no land area; the 46 turbines are the farm's make-up
            ("power", "600 MW", "dunkerque-offshore-wind"),
        ),
    ),
)
