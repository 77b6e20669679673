"""The intake's harder evaluation set: articles modelled on real ones about the region's projects.

Each article below is written in our own words with the real one's structure, length, figures and
short quoted phrases; `source` names the real article (publisher, title, address, date). What real
articles do that `tests/intake_eval.py` lacks is here on purpose: national pledges beside a site's
figures, other regions, nature reserves and roads, phases, several projects in one article,
figures in headlines and captions, the subject named once then "le site" / "the campus".

`expected` is what an analyst takes: (attribute, value as written, site id or None). A figure
about a country, a company's whole plan, another place or another object is not expected.

Three parts:
- HELD_OUT_REAL was written first, before any change to the extractor's rules, and is only
  measured (the benchmark prints it; a test holds the figures at the level reached). It was run six
  times and its misses were read, so it is no longer blind;
- HELD_OUT_2026_12 ("held-out 2026-12") was written from fifteen new real articles before any change
  to the rules of session 7, run once before and once after them: read after its final run on
  2026-12-07; since then development (its errors were published and session 8's rules were checked
  on it, never fitted to its sentences);
- TUNING_REAL is what the rules were tuned on, together with `intake_eval.ARTICLES` and the eighth,
  ninth to twelfth batches (`intake_eval_dev8.DEV_BATCH_8`, `intake_eval_dev9`, `intake_eval_dev10`,
  `intake_eval_dev11`, `intake_eval_dev12`).
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import ARTICLES, HELD_OUT, EvalArticle
from tests.intake_eval_dev8 import DEV_BATCH_8
from tests.intake_eval_dev9 import DEV_BATCH_9
from tests.intake_eval_dev10 import DEV_BATCH_10
from tests.intake_eval_dev11 import DEV_BATCH_11
from tests.intake_eval_dev12 import DEV_BATCH_12

A = EvalArticle

HELD_OUT_REAL = (
    A(
        "boursorama-reuters-nebius-fr",
        "Boursorama (Reuters, trad. automatisée), « L'entreprise d'IA Nebius, basée à Amsterdam, va construire un "
        "centre de données de 240 MW près de Lille, en France », https://www.boursorama.com/bourse/actualites/"
        "l-entreprise-d-ia-nebius-basee-a-amsterdam-va-construire-un-centre-de-donnees-de-240-mw-pres-de-lille-en-"
        "france-6d868f845dff10a95298bc9ced2e13dc, 2026-02-12",
        "fr",
        dt.date(2026, 2, 12),
        "Nebius va construire un centre de données de 240 MW près de Lille\n"
        "Le spécialiste néerlandais du cloud pour l'IA Nebius projette un nouveau centre de données de 240 "
        "mégawatts à Béthune, près de Lille, qui comptera parmi les plus grands d'Europe une fois terminé, a "
        "indiqué la société jeudi. Le chantier reconvertit une ancienne usine de pneus Bridgestone et livrera "
        "sa capacité par étapes, une première capacité en ligne d'ici la fin de l'été. Nebius s'est fait "
        "connaître par un accord de 17 milliards de dollars avec Microsoft et un autre de 3 milliards de "
        "dollars avec Meta. Les conditions financières du projet de Béthune n'ont pas été divulguées, mais un "
        "site de cette taille demanderait « plusieurs milliards d'euros ».",
        (("power", "240 mégawatts", "bethune-azur-dc"),),
    ),
    A(
        "computeforecast-nebius-en",
        "Compute Forecast, Nebius 240MW AI data centre in France, "
        "https://www.computeforecast.com/news/nebius-240mw-ai-data-centre-france, 2026-02-13",
        "en",
        dt.date(2026, 2, 13),
        "Nebius plans 240MW AI data centre in northern France\n"
        "Amsterdam-based AI cloud provider Nebius has announced a 240-megawatt AI-optimised data center in "
        "Béthune, northern France, on the site of a former Bridgestone tyre plant. The company will build it "
        "in phases. Chief Communications Officer Tom Blackwell said Nebius expects the first phase online by "
        "late summer 2026. The 26,000 square metres campus will create about 30 full-time jobs. In France, only "
        "the Data4 campus in Essonne, which plans to reach 375MW by the end of 2026, will be larger. "
        "\"The choice of France came about quite naturally,\" Blackwell said.",
        (
            ("power", "240-megawatt", "bethune-azur-dc"),
            ("commissioning", "by late summer 2026", "bethune-azur-dc"),
            ("floor_area", "26,000 square metres", "bethune-azur-dc"),
            ("jobs", "about 30 full-time jobs", "bethune-azur-dc"),
            ("status", "announced", "bethune-azur-dc"),
        ),
    ),
    A(
        "lagazette-escaudain-data4-choisi",
        "La Gazette Nord-Pas de Calais, « Escaudain : Data4 choisi pour le futur campus numérique de La Porte du "
        "Hainaut », https://www.lagazettefrance.fr/article/escaudain-data4-choisi-pour-le-futur-campus-numerique-"
        "de-la-porte-du-hainaut, 2025-12-19",
        "fr",
        dt.date(2025, 12, 19),
        "Escaudain : Data4 choisi pour le futur campus numérique de La Porte du Hainaut\n"
        "L'agglomération de La Porte du Hainaut a retenu Data4 pour reconvertir la friche des Soufflantes, à "
        "Escaudain, en campus numérique « d'envergure européenne ». Un investissement de 5 milliards d'euros, "
        "pour une mise en service prévue à partir de 2030.\n"
        "Le projet prévoit un campus numérique de 38 hectares accueillant plusieurs data centers de nouvelle "
        "génération. Les parties entrent dans une discussion exclusive de 60 jours. La chaleur fatale pourra "
        "chauffer le campus et les quartiers voisins. Six hectares seront dédiés à une réserve naturelle, avec "
        "la plantation de milliers d'arbres.",
        (
            ("investment", "5 milliards d'euros", "escaudain-dc"),
            ("commissioning", "à partir de 2030", "escaudain-dc"),
            ("land_area", "38 hectares", "escaudain-dc"),
        ),
    ),
    A(
        "pulsebot-softbank-sesterce-en",
        "pulse.bot (aggregator), SoftBank, Sesterce Launch 1 GW AI Data Center JV in France, https://www.pulse.bot/"
        "b2b-growth/news/softbank-sesterce-launch-1-gw-ai-data-center-jv-in-france-5ac6fab7-714c-4741-964f-"
        "8c6612a2e1fa/, 2026-06-01",
        "en",
        dt.date(2026, 6, 1),
        "SoftBank, Sesterce Launch 1 GW AI Data Center JV in France\n"
        "SoftBank Group and the French AI cloud firm Sesterce have formed a joint venture, majority-owned by "
        "SoftBank, to build a 1 GW AI data center campus in Bosquel, in the Somme. The campus is expected to "
        "support about 40 permanent jobs. The deal is part of SoftBank's pledge of up to €75 billion for 5 GW "
        "of AI capacity across France, unveiled at the Choose France summit. The capex for Bosquel is "
        "undisclosed.",
        (
            ("power", "1 GW", "le-bosquel-dc"),
            ("jobs", "about 40 permanent jobs", "le-bosquel-dc"),
        ),
    ),
    A(
        "deltafm-verkor-inaugure",
        "Delta FM, « Verkor à peine inauguré, l'usine fonctionne déjà quasiment à plein régime », https://www.deltafm."
        "fr/verkor-a-peine-inaugure-l-usine-fonctionne-deja-quasiment-a-plein-regime-le-debut-d-une-grande-"
        "histoire, 2025-12-12",
        "fr",
        dt.date(2025, 12, 12),
        "Verkor à peine inauguré, l'usine tourne déjà presque à plein régime\n"
        "20 000 nouveaux emplois doivent être créés dans le Dunkerquois : cette inauguration en est le début.\n"
        "Crédit : Région Hauts-de-France\n"
        "À Bourbourg, la gigafactory Verkor a été inaugurée ce jeudi en présence de ministres et de grands noms "
        "de l'automobile. Le site produit des cellules de batterie lithium-ion bas carbone. Verkor annonce une "
        "capacité de 16 gigawattheures par an et prévoit d'employer 1 200 salariés sur le site. Les premières "
        "batteries doivent être commercialisées courant 2026 pour l'Alpine A390. Verkor vise 50 GWh d'ici 2030 "
        "pour « occuper une place de référence en Europe ».",
        (
            ("status", "operational", "verkor-bourbourg"),
            ("jobs", "1 200 salariés", "verkor-bourbourg"),
        ),
    ),
    A(
        "reuters-softbank-choose-france-en",
        "The AI Insider / Reuters wire, SoftBank to invest up to 75 billion euros in French AI infrastructure, "
        "https://theaiinsider.tech/2026/06/01/softbank-commits-up-to-e75b-to-french-ai-data-centers/, 2026-05-31",
        "en",
        dt.date(2026, 5, 31),
        "SoftBank pledges up to 75 billion euros for AI data centres in France\n"
        "SoftBank Group said on Saturday it would invest up to 75 billion euros to build 5 gigawatts of AI data "
        "centre capacity in France, the largest pledge of this year's Choose France summit. A first phase worth "
        "45 billion euros covers 3.1 GW on three sites in Hauts-de-France: the port of Dunkirk at Loon-Plage, "
        "Le Bosquel in the Somme and EDF's Bouchain power station site, where the data centre is planned at "
        "400 MW. The three sites were announced with completion expected by 2031. Schneider Electric will build "
        "a power-module plant near Dunkirk.",
        # A status and a date said of the three sites together are proposed unticked with the reason
        # (the rule of issue 23's second session): the analyst does not take them as they stand.
        (("power", "400 MW", "bouchain-softbank-dc"),),
    ),
    A(
        "lemonde-verkor-chantier",
        "Le Monde (via lepolitique.net), « A Dunkerque, l'usine de batteries Verkor est grande comme dix-huit "
        "Notre-Dame de Paris », https://lepolitique.net/2024/09/a-dunkerque-lecole-de-batteries-verkor-est-"
        "prolixe-pardon-dix-huit-notre-dame-de-paris, 2024-09",
        "fr",
        dt.date(2024, 9, 15),
        "A Dunkerque, l'usine Verkor est grande comme « dix-huit Notre-Dame de Paris »\n"
        "Le chantier de l'usine Verkor, à Bourbourg (Nord), le 6 mars 2024.\n"
        "Pour trouver la gigafactory, il faut traverser le port de Dunkerque, longer l'aciérie ArcelorMittal et "
        "les terrains qui doivent recevoir deux réacteurs EPR à Gravelines. L'usine Verkor, où seront produites "
        "les batteries des Alpine et des utilitaires de Renault, s'étend sur 80 hectares. « La construction a "
        "démarré en 2023 », rappelle le responsable de l'aménagement du port. En novembre 2023, il n'y avait rien "
        "ici, sauf une route.",
        (("land_area", "80 hectares", "verkor-bourbourg"),),
    ),
    A(
        "dcd-etix-lille-4-en",
        "imdhmi.com (citing DatacenterDynamics), Etix doubles down on edge data centers in France, "
        "https://imdhmi.com/etix-doubles-down-on-edge-data-centers-in-france, 2025-11-26",
        "en",
        dt.date(2025, 11, 26),
        "Etix doubles down on edge data centers in France\n"
        "Etix has opened its fourth edge data center in Lille, France, adding 2MW of capacity designed for AI "
        "workloads. The announcement came during the Choose France summit. The company now runs 15 sites "
        "(13 in France and 2 in Belgium), for 8.1 MW of deployed capacity, and raised €170 million in "
        "September to double its footprint by 2030.",
        (("power", "2MW", "etix-lille-4"),),
    ),
    A(
        "europesays-choose-france-cambrai-en",
        "Europe Says, Choose France 2025: Brookfield to invest in a Cambrai AI campus, https://www.europesays.com/"
        "choose-france-2025-cambrai, 2025-05-19",
        "en",
        dt.date(2025, 5, 19),
        "Choose France: Brookfield's Cambrai campus leads €37bn of pledges\n"
        "Foreign investors pledged €37 billion at the eighth Choose France summit. Canada's Brookfield confirmed "
        "its AI data centre campus at Cambrai, in northern France, to be run by its subsidiary Data4: the campus "
        "is planned at up to 1 GW, for up to €10 billion. Brookfield had announced €20 billion for France in "
        "February, most of it for the Cambrai project. Elsewhere, Prologis plans four data centres in the "
        "Paris region for €6.4 billion.",
        (
            ("power", "up to 1 GW", "cambrai-evalley-dc"),
            ("investment", "up to €10 billion", "cambrai-evalley-dc"),
        ),
    ),
    A(
        "collectif-accad-huit-data-centers",
        "Collectif ACCAD (reposting a press article), « Huit data centers sont attendus dans les Hauts-de-France ! », "
        "https://collectif-accad.fr/huit-data-centers-sont-attendus-dans-les-hauts-de-france, 2025-09-04",
        "fr",
        dt.date(2025, 9, 4),
        "Huit data centers sont attendus dans les Hauts-de-France !\n"
        "La région est devenue une terre d'accueil pour les centres de données. À Cambrai, Brookfield et Data4 "
        "préparent un campus d'IA qui pourrait atteindre 1 GW. À Rantigny, dans l'Oise, un campus de 4,5 milliards "
        "d'euros attend son permis de construire. Escaudain et Dunkerque sont aussi sur les rangs. EDF a accepté "
        "d'allouer à Data4 « une quote-part de la puissance du parc nucléaire » de 40 MW pendant 12 ans à partir "
        "de 2026, pour tous ses sites français. En Île-de-France, Data4 exploite déjà un campus de 375 MW.",
        (
            ("power", "1 GW", "cambrai-evalley-dc"),
            ("investment", "4,5 milliards d'euros", "rantigny-dc"),
        ),
    ),
    A(
        "lemonde-verkor-inaugure",
        "Le Monde (via lepolitique.net), « A Dunkerque, Verkor inaugure sa gigafactory de batteries électriques », "
        "https://lepolitique.net/2025/12/a-dunkerque-verkor-inaugure-sa-gigafactory-de-batteries-electriques-sur-"
        "fondement-dembrouillement-comme-llimousine-occidentale, 2025-12-11",
        "fr",
        dt.date(2025, 12, 11),
        "A Dunkerque, Verkor inaugure sa gigafactory de batteries\n"
        "Dans la gigafactory Verkor, à Bourbourg (Nord), le 10 décembre 2025.\n"
        "Les sols immaculés s'étendent sous les 100 000 mètres carrés d'un immense cube posé sur le port de "
        "Dunkerque. Verkor inaugurait jeudi 11 décembre son usine, qui vise une capacité annuelle de 16 "
        "gigawattheures, de quoi équiper 200 000 à 300 000 véhicules. Elle compte aujourd'hui 570 salariés, et "
        "1 200 prévus à terme. La start-up, valorisée plus de 1 milliard d'euros, a levé 3 milliards d'euros "
        "auprès d'investisseurs privés et publics pour financer l'usine.",
        (
            ("status", "operational", "verkor-bourbourg"),
            ("floor_area", "100 000 mètres carrés", "verkor-bourbourg"),
            ("jobs", "570 salariés", "verkor-bourbourg"),
            ("investment", "3 milliards d'euros", "verkor-bourbourg"),
        ),
    ),
    A(
        "usinenouvelle-prologium-en",
        "L'Usine Nouvelle (English summary), ProLogium lays first stone of its Dunkirk gigafactory, "
        "https://www.usinenouvelle.com/article/prologium-dunkerque, 2026-02-10",
        "en",
        dt.date(2026, 2, 10),
        "ProLogium lays the first stone in Dunkirk, two years late\n"
        "Taiwanese battery maker ProLogium laid the first stone of its solid-state battery gigafactory in "
        "Dunkirk on Tuesday, on a 100 ha plot facing Verkor. The plant will cost more than 5 billion euros. "
        "Output is planned at 0.8 GWh in 2028 and 4 GWh in 2030, far below the 48 GWh first promised. The "
        "project still counts on 3,000 direct jobs. ProLogium's pilot line in Taoyuan, Taiwan, employs 800 "
        "people.",
        (
            ("status", "under_construction", "prologium-dunkerque"),
            ("land_area", "100 ha", "prologium-dunkerque"),
            ("investment", "more than 5 billion euros", "prologium-dunkerque"),
            ("jobs", "3,000 direct jobs", "prologium-dunkerque"),
        ),
    ),
    A(
        "dcpulse-bosquel-en",
        "DCPulse, SoftBank and Sesterce announce AI data center in France, "
        "https://dcpulse.com/news/softbank-sesterce-ai-data-center-france, 2026-05-31",
        "en",
        dt.date(2026, 5, 31),
        "SoftBank and Sesterce to build 1 GW AI campus in Bosquel\n"
        "SoftBank Group and Sesterce announced a joint venture to develop a 1 GW AI data center campus in "
        "Bosquel, Hauts-de-France. The campus is expected to create approximately 400 permanent skilled jobs "
        "across operations, maintenance and security once operational. The joint venture also plans a EUR 10 "
        "million local fund. Sesterce already operates GPU clusters in Marseille and Valence.",
        (
            ("power", "1 GW", "le-bosquel-dc"),
            ("jobs", "approximately 400 permanent skilled jobs", "le-bosquel-dc"),
            ("status", "announced", "le-bosquel-dc"),
        ),
    ),
    A(
        "enerzine-acc-inauguration",
        "Enerzine, « ACC inaugure sa première gigafactory à Billy-Berclau/Douvrin », https://www.enerzine.com/"
        "acc-inaugure-sa-premiere-gigafactory, 2023-05-30",
        "fr",
        dt.date(2023, 5, 30),
        "ACC inaugure sa première gigafactory dans les Hauts-de-France\n"
        "Automotive Cells Company a inauguré ce mardi 30 mai sa première gigafactory de batteries à "
        "Billy-Berclau/Douvrin, sur une friche de 34 hectares. Près de 800 millions d'euros ont été investis "
        "dans ce premier bloc. L'usine compte 600 salariés et en vise environ 2 000 d'ici 2030. ACC prévoit "
        "aussi deux usines en Allemagne et en Italie, pour 7 milliards d'euros au total.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("land_area", "34 hectares", "acc-billy-berclau"),
            ("investment", "Près de 800 millions d'euros", "acc-billy-berclau"),
            ("jobs", "600 salariés", "acc-billy-berclau"),
        ),
    ),
    A(
        "datacentral-edf-bouchain-en",
        "Data Central, EDF picks data centre bidders for power sites, https://data-central.co.uk/edf-picks-data-"
        "centre-bidders-for-power-sites/, 2026-06-04",
        "en",
        dt.date(2026, 6, 4),
        "EDF picks data centre bidders for power sites\n"
        "EDF has chosen SoftBank as preferred bidder for its Bouchain site near Valenciennes, where a 400 MW data "
        "centre is planned. The site includes EDF's former Bouchain thermal power plant and offers favourable "
        "conditions for connection to the transmission network; a 585 MW combined-cycle gas turbine still runs "
        "there. EDF offered sites totalling 2 GW in March 2025.",
        (("power", "400 MW", "bouchain-softbank-dc"),),
    ),
    A(
        "thepraguepost-afp-escaudain",
        "The Prague Post (AFP), « Un nouveau projet de data center pour l'IA à 5 mds EUR dans le Nord », "
        "https://www.thepraguepost.cz/fr/Technologie/594708-un-nouveau-projet-de-data-center-pour-lia-a-5-mds-"
        "eur-dans-le-nord.html, 2025-11-25",
        "fr",
        dt.date(2025, 11, 25),
        "Un nouveau projet de data center pour l'IA à 5 mds EUR dans le Nord\n"
        "Un campus de data centers de 5 milliards d'euros doit voir le jour à Escaudain, près de Valenciennes, a "
        "officialisé mardi l'agglomération de La Porte du Hainaut. Le site accueillera plus de 2.000 salariés "
        "présents quotidiennement. Le nom du porteur du projet doit être dévoilé à la mi-décembre. La France a "
        "attiré 109 milliards d'euros de promesses d'investissement dans l'IA en février.",
        (
            ("investment", "5 milliards d'euros", "escaudain-dc"),
            ("status", "announced", "escaudain-dc"),
        ),
    ),
    # Written on 2026-12-07 (session h23), before that session changed any rule; only measured.
    A(
        "pressreleasedesk-bosquel-en",
        "Press Release Desk, SoftBank and Sesterce to develop 1GW AI data center in Bosquel, France, "
        "https://www.pressreleasedesk.com/news/2026/05/softbank-sesterce-1gw-ai-data-center-bosquel-france.html, "
        "2026-05-31",
        "en",
        dt.date(2026, 5, 31),
        "SoftBank and Sesterce to develop 1GW AI data center in Bosquel, France\n"
        "The joint venture will build a 1 GW campus in Bosquel, in the Somme, the first of SoftBank's French "
        "sites alongside Loon-Plage and Bouchain, which together are planned to come online by 2031. SoftBank has "
        "pledged up to €75 billion for 5 GW of capacity in France. Sesterce, founded in Marseille, already runs "
        "GPU clusters in France and Sweden.",
        (("power", "1 GW", "le-bosquel-dc"),),
    ),
    A(
        "lemagit-data4-capn-fr",
        "LeMagIT, « Datacenters : Data4 obtient l'un des nouveaux contrats CAPN d'EDF », "
        "https://www.lemagit.fr/actualites/366630168/Datacenters-Data4-obtient-lun-des-nouveaux-contrats-CAPN-dEDF, "
        "2025-09-10",
        "fr",
        dt.date(2025, 9, 10),
        "Data4 obtient l'un des nouveaux contrats CAPN d'EDF\n"
        "EDF allouera à Data4 une quote-part de 40 MW de la puissance de son parc nucléaire, soit un volume de "
        "230 GWh d'électricité par an entre 2026 et 2037. L'opérateur, qui développe notamment le campus de "
        "Cambrai sur l'ancienne base aérienne 103 et celui d'Escaudain, revendique une trentaine de campus en "
        "Europe.",
        (),
    ),
    A(
        "francebleu-escaudain-soufflantes-fr",
        "France Bleu Nord, « Escaudain : le campus de data centers des Soufflantes confié à Data4 », "
        "https://www.francebleu.fr/infos/economie-social/escaudain-data4-soufflantes, 2025-12-18",
        "fr",
        dt.date(2025, 12, 18),
        "Escaudain : le campus de data centers des Soufflantes confié à Data4\n"
        "Le consortium mené par Data4 investira plus de 5 milliards d'euros sur la friche des Soufflantes, à "
        "Escaudain. RTE pourra y livrer jusqu'à 700 MW. En France, les projets de data centers annoncés depuis le "
        "sommet de février dépassent 100 milliards d'euros.",
        (
            ("investment", "plus de 5 milliards d'euros", "escaudain-dc"),
            ("power", "jusqu'à 700 MW", "escaudain-dc"),
        ),
    ),
    A(
        "techcrunch-softbank-france-en",
        "TechCrunch, SoftBank to invest up to €75B in French AI data centers, "
        "https://techcrunch.com/2026/05/30/softbank-to-invest-up-to-75b-in-french-ai-data-centers/, 2026-05-30",
        "en",
        dt.date(2026, 5, 30),
        "SoftBank to invest up to €75B in French AI data centers\n"
        "SoftBank said on Saturday it would invest up to €75 billion in France. Its first three campuses, in "
        "Loon-Plage near Dunkirk, Bouchain and Bosquel, are planned for completion by 2031. Bosquel alone will "
        "host 1 GW, built with the French firm Sesterce.",
        (("power", "1 GW", "le-bosquel-dc"),),
    ),
)


TUNING_REAL = (
    A(
        "dcmag-nebius-bethune-fr",
        "DCmag, « Nebius annonce un méga datacenter de 240 MW à Béthune (Pas-de-Calais)… chez Azur Datacenter », "
        "https://dcmag.fr/nebius-annonce-un-mega-datacenter-de-240-mw-a-bethune-pas-de-calais-chez-azur-"
        "datacenter, 2026-02-13",
        "fr",
        dt.date(2026, 2, 13),
        "Nebius annonce un méga datacenter de 240 MW à Béthune… chez Azur Datacenter\n"
        "Le néocloud Nebius développera un datacenter de 240 MW sur la friche reconvertie de Bridgestone à "
        "Béthune. Ses serveurs GPU seront hébergés chez Azur Datacenter, qui porte les coûts de construction. "
        "Le déploiement se fera par paliers : 120 MW en production dès la fin 2026, pleine capacité à la fin de "
        "l'année 2027. « Le choix de la France s'est fait assez naturellement », explique Tom Blackwell.",
        (
            ("power", "240 MW", "bethune-azur-dc"),
            ("commissioning", "à la fin de l'année 2027", "bethune-azur-dc"),
            ("status", "announced", "bethune-azur-dc"),
        ),
    ),
    A(
        "gridreadiness-nebius-en",
        "GridReadiness, Nebius Béthune: brownfield AI infrastructure, https://gridreadiness.com/blog/nebius-bethune-"
        "bridgestone-brownfield-ai-infrastructure.html, 2026-02",
        "en",
        dt.date(2026, 2, 20),
        "Why Nebius chose a Bridgestone brownfield\n"
        "On February 12, 2026, Nebius announced one of Europe's largest AI data centers on the former Bridgestone "
        "tyre plant in Béthune. The project is 240 MW at full capacity, developed with Azur Datacenter. The "
        "plant closed in 2021, leaving a 160,000 sqm industrial site. Nebius is developing 26,000 sqm of it. "
        "The campus targets 120 MW at the end of 2026 and full capacity at the end of 2027.",
        (
            ("power", "240 MW", "bethune-azur-dc"),
            ("floor_area", "26,000 sqm", "bethune-azur-dc"),
            ("commissioning", "at the end of 2027", "bethune-azur-dc"),
            ("status", "announced", "bethune-azur-dc"),
        ),
    ),
    A(
        "agglo-porteduhainaut-campus",
        "La Porte du Hainaut, « Campus de data centers », https://www.agglo-porteduhainaut.fr/campus-data-centers, "
        "2025-11",
        "fr",
        dt.date(2025, 11, 25),
        "En 2030, la zone des Soufflantes à Escaudain accueillera un campus de data centers national\n"
        "L'agglomération et la commune d'Escaudain dévoilent un campus de data centers de nouvelle génération sur "
        "le site des Soufflantes : un investissement de 5 milliards d'euros. Première mise en service prévue à "
        "partir de 2030. Le site est classé parmi les quatre sites nationaux capables d'accueillir rapidement un "
        "data center, près du poste de Mastaing. La France compte 35 sites identifiés par l'État.",
        (
            ("investment", "5 milliards d'euros", "escaudain-dc"),
            ("commissioning", "à partir de 2030", "escaudain-dc"),
            ("status", "announced", "escaudain-dc"),
        ),
    ),
    A(
        "theaiinsider-softbank-schneider-en",
        "The AI Insider, SoftBank commits up to €75B to French AI data centers, "
        "https://theaiinsider.tech/2026/06/01/softbank-commits-up-to-e75b-to-french-ai-data-centers/, 2026-06-01",
        "en",
        dt.date(2026, 6, 1),
        "SoftBank commits up to €75B to French AI data centers\n"
        "SoftBank will spend up to €75 billion on 5 GW of AI capacity in France. In Dunkirk, the group will also "
        "open a factory for server enclosures, while Schneider Electric builds a power-module plant with 500 "
        "jobs. The Loon-Plage campus, on port land, has no announced size yet. At Le Bosquel, the campus "
        "will reach 1 GW with its partner Sesterce.",
        (("power", "1 GW", "le-bosquel-dc"),),
    ),
    A(
        "deltafm-dunkerque-30-35",
        "Delta FM, « Dunkerque : entre 30 et 35 milliards d'euros pour le data center de SoftBank », "
        "https://www.deltafm.fr/dunkerque-softbank-data-center, 2026-06-02",
        "fr",
        dt.date(2026, 6, 2),
        "Entre 30 et 35 milliards d'euros sur le territoire dunkerquois\n"
        "Le data center de SoftBank à Loon-Plage représenterait entre 30 et 35 milliards d'euros, selon la "
        "communauté urbaine. Au niveau national, le groupe japonais promet jusqu'à 75 milliards d'euros. Le "
        "campus, sur des terrains du Grand Port, doit créer 500 emplois. Le président de la communauté urbaine "
        "parle d'un « projet historique ».",
        (
            ("investment", "entre 30 et 35 milliards d'euros", "loon-plage-softbank-dc"),
            ("jobs", "500 emplois", "loon-plage-softbank-dc"),
        ),
    ),
    A(
        "lagazette-verkor-2000-emplois",
        "La Gazette Nord-Pas de Calais, « Dunkerque : la gigafactory de batteries électriques de Verkor va créer "
        "2 000 emplois », https://lagazettefrance.fr/article/dunkerque-la-gigafactory-de-batteries-electriques-de-"
        "verkor-va-creer-2-000-emplois, 2022-02-08",
        "fr",
        dt.date(2022, 2, 8),
        "Dunkerque : la gigafactory de Verkor va créer 2 000 emplois\n"
        "C'est confirmé : Dunkerque accueillera d'ici 2024 la première gigafactory de la start-up grenobloise "
        "Verkor. Un investissement de 2,5 milliards d'euros, selon la Région, pour 2 000 emplois directs. "
        "L'usine s'implantera à Bourbourg, sur plus de 500 000 m2, et créera dans un premier temps 1 000 emplois "
        "industriels. L'an dernier, AESC/Envision avait préféré Douai à Dunkerque.",
        (
            ("commissioning", "d'ici 2024", "verkor-bourbourg"),
            ("investment", "2,5 milliards d'euros", "verkor-bourbourg"),
            ("jobs", "2 000 emplois directs", "verkor-bourbourg"),
            ("land_area", "plus de 500 000 m2", "verkor-bourbourg"),
        ),
    ),
    A(
        "nextinpact-verkor-en",
        "Next INpact (English rendering), Verkor picks Dunkirk for its gigafactory, "
        "https://www.nextinpact.com/lebrief/49747/gigafactory-francais-verkor-va-sinstaller-a-dunkerque, 2022-02-08",
        "en",
        dt.date(2022, 2, 8),
        "Verkor picks Dunkirk for its first gigafactory\n"
        "Battery maker Verkor says Dunkirk was \"the most promising\" of 40 sites studied in France, Spain and "
        "Italy. The site covers more than 150 hectares. Up to 1,200 direct jobs and over 3,000 indirect jobs could "
        "be created in the first phase. Construction should start in 2023; research stays in Grenoble. The "
        "first deliveries are planned for July 2025.",
        (
            ("land_area", "more than 150 hectares", "verkor-bourbourg"),
            ("commissioning", "July 2025", "verkor-bourbourg"),
            ("jobs", "1,200 direct jobs", "verkor-bourbourg"),
        ),
    ),
    A(
        "arabnews-afp-brookfield-en",
        "Arab News (AFP), Canada's Brookfield to invest 20 bn euros in France AI, https://www.arabnews.com/node/"
        "brookfield-france-ai, 2025-02-09",
        "en",
        dt.date(2025, 2, 9),
        "Brookfield to invest 20 bn euros in French AI infrastructure\n"
        "Canadian investment firm Brookfield will invest 20 billion euros in France by 2030, mostly in a data "
        "centre at Cambrai, in the north, the French presidency said. The Cambrai campus will have a capacity of "
        "up to 1 GW. France says it has drawn 109 billion euros of AI pledges.",
        (("power", "up to 1 GW", "cambrai-evalley-dc"),),
    ),
    A(
        "sage-sensee-evalley",
        "SAGE de la Sensée (CLE), « La CLE, clé du data center d'E-Valley », https://www.sage-sensee.fr/cle-data-"
        "center-e-valley, 2025-11-06",
        "fr",
        dt.date(2025, 11, 6),
        "La CLE et le data center d'E-Valley\n"
        "D'abord défavorable au projet de data center d'E-Valley, la commission locale de l'eau s'est réunie "
        "mardi 4 novembre à Épinoy. Data4 y a assuré que « l'eau ici est en boucle ». La nappe alimente 150 000 "
        "habitants. La base aérienne de 320 ha accueille déjà des entrepôts logistiques de 50 000 m².",
        (),
    ),
    A(
        "bebeez-edf-bouchain-en",
        "BeBeez, EDF selects SoftBank for Bouchain, https://bebeez.eu/?p=73246, 2026-06-03",
        "en",
        dt.date(2026, 6, 3),
        "EDF selects SoftBank for Bouchain\n"
        "EDF named SoftBank preferred bidder for a 400 MW data centre on its Bouchain site. A preliminary building "
        "lease comes first; the final lease depends on permits. The site still runs a 585 MW gas plant; its "
        "250 MW coal unit shut in 2015.",
        (("power", "400 MW", "bouchain-softbank-dc"),),
    ),
    A(
        "nordfranceinvest-envision",
        "Nord France Invest, « Envision AESC : success story », https://www.nordfranceinvest.fr/success-story/"
        "envision-aesc, 2021-06-28",
        "fr",
        dt.date(2021, 6, 28),
        "Envision AESC choisit Douai pour sa gigafactory\n"
        "Le chinois Envision AESC implantera à Douai, à côté de l'usine Renault Georges-Besse, une gigafactory de "
        "2 milliards d'euros. L'usine produira 9 GWh en 2024 puis 24 GWh en 2030 et créera environ 2 500 emplois "
        "d'ici 2030. Le groupe exploite déjà des usines au Royaume-Uni et au Japon.",
        (
            ("investment", "2 milliards d'euros", "envision-aesc-douai"),
            ("jobs", "environ 2 500 emplois", "envision-aesc-douai"),
        ),
    ),
    A(
        "orano-neomat-en",
        "Orano, Orano and XTC New Energy to build battery materials plants in Dunkirk, https://www.orano.group/en/"
        "news/neomat, 2024-01-16",
        "en",
        dt.date(2024, 1, 16),
        "Orano and XTC New Energy confirm Dunkirk battery materials plants\n"
        "Orano and XTC New Energy will invest 1.5 billion euros in cathode materials and recycling plants at "
        "Gravelines and Loon-Plage, on land allocated by the port of Dunkirk. The plants will create about 1,300 "
        "permanent jobs by 2030. XTC already runs cathode plants in China.",
        (
            ("investment", "1.5 billion euros", "neomat-gravelines"),
            ("jobs", "about 1,300 permanent jobs", "neomat-gravelines"),
        ),
    ),
    A(
        "wedemain-ovh-gravelines",
        "We Demain, « Le plus grand datacenter du monde s'installe dans la \"Ch'tilicon Valley\" », "
        "https://wedemain.fr/inventer/le-plus-grand-datacenter-du-monde-s-installe-dans-la-ch-tilicon-valley_a410-"
        "html/amp, 2013",
        "fr",
        dt.date(2013, 3, 1),
        "Le plus grand datacenter du monde dans la « Ch'tilicon Valley »\n"
        "À Gravelines, OVH installe entre 400 000 et 600 000 serveurs dans une ancienne fabrique de canettes de "
        "20 000 m2. À terme, 50 mégawatts seront nécessaires pour faire tourner les serveurs. Le site dispose "
        "d'une réserve de fioul de 60 000 litres. La centrale nucléaire voisine produit 5 460 MW.",
        (
            ("floor_area", "20 000 m2", "ovh-gravelines"),
            ("power", "50 mégawatts", "ovh-gravelines"),
        ),
    ),
    A(
        "imdhmi-etix-fleet-en",
        "Forbes France (English summary), Etix raises 170 million euros, https://www.forbes.fr/technologie/etix-"
        "leve-170-millions-deuros, 2025-09-10",
        "en",
        dt.date(2025, 9, 10),
        "Etix raises 170 million euros to double its data centre network\n"
        "Etix operates 15 data centre sites (13 in France and 2 in Belgium) with 8.1 MW deployed. It secured a "
        "120 million euro refinancing plus 50 million euros of extra capacity, and plans five new sites. Its "
        "Lille campus in Fretin is its largest.",
        (),
    ),
    A(
        "idcnova-bouchain-fr",
        "IDC Nova, « EDF retient SoftBank pour Bouchain », https://www.idcnova.com/edf-softbank-bouchain, 2026-06-02",
        "fr",
        dt.date(2026, 6, 2),
        "EDF retient SoftBank pour Bouchain\n"
        "EDF a désigné SoftBank lauréat pressenti pour son site de Bouchain, dans le Nord. Le data center prévu "
        "y atteindrait 400 MW. Le site accueille toujours une centrale à cycle combiné de 585 MW. L'autoroute A2 "
        "passe à 3 km.",
        (("power", "400 MW", "bouchain-softbank-dc"),),
    ),
    A(
        "france3-prologium-en",
        "France 3 Hauts-de-France (English rendering), ProLogium chooses Dunkirk, https://france3-regions."
        "francetvinfo.fr/hauts-de-france/nord-0/dunkerque/prologium, 2023-05-12",
        "en",
        dt.date(2023, 5, 12),
        "ProLogium chooses Dunkirk for a 5.2 billion euro gigafactory\n"
        "Taiwan's ProLogium announced on Friday a solid-state battery gigafactory in Dunkirk. The plant will cost "
        "5.2 billion euros by 2030 and create 3,000 direct jobs. It will be built on a 180 ha site at Craywick. "
        "ProLogium had also studied sites in the Netherlands and Germany.",
        (
            ("investment", "5.2 billion euros", "prologium-dunkerque"),
            ("jobs", "3,000 direct jobs", "prologium-dunkerque"),
            ("land_area", "180 ha", "prologium-dunkerque"),
            ("status", "announced", "prologium-dunkerque"),
        ),
    ),
    # Written on 2026-12-07 (session h23) to develop the rules on: several sites in one sentence, a
    # company's whole plan, "more than" bounds beside their headline, national figures beside a site's.
    A(
        "dcpulse-softbank-sesterce-bosquel-en",
        "DCPulse, SoftBank and Sesterce form JV for a 1 GW AI data center campus in France, "
        "https://dcpulse.com/news/softbank-sesterce-ai-data-center-france, 2026-05-31",
        "en",
        dt.date(2026, 5, 31),
        "SoftBank and Sesterce form JV for 1 GW AI campus in France\n"
        "SoftBank Group and French cloud company Sesterce have formed a joint venture to build a 1 GW AI data "
        "center campus in Bosquel, in the Somme. The campus is part of SoftBank's programme of up to €75 billion "
        "across France, which the group says will reach 5 GW. SoftBank is also preparing sites in Loon-Plage and "
        "Bouchain, all three to be completed by 2031. The Bosquel campus is expected to create approximately "
        "400 permanent skilled jobs across operations, maintenance and security once operational. The capex is "
        "undisclosed.",
        (
            ("power", "1 GW", "le-bosquel-dc"),
            ("jobs", "approximately 400 permanent skilled jobs", "le-bosquel-dc"),
        ),
    ),
    A(
        "stechtimes-softbank-trois-sites-fr",
        "stechtimes (agrégateur), « SoftBank's €75 Billion France Plan Signals Europe's AI Infrastructure Race » "
        "(rendu en français), https://stechtimes.com/en/article/softbanks-75-billion-france-plan-signals-europes-"
        "ai-infrastructure-race-mpv6mj1c, 2026-06-02",
        "fr",
        dt.date(2026, 6, 2),
        "SoftBank : 75 milliards d'euros pour l'IA en France\n"
        "Le groupe japonais SoftBank a annoncé samedi, au sommet Choose France, un programme pouvant atteindre "
        "75 milliards d'euros pour bâtir 5 GW de capacité de calcul en France. Les trois premiers sites, à "
        "Loon-Plage, au Bosquel et à Bouchain, seront mis en service d'ici 2031. Au Bosquel, le campus mené avec "
        "Sesterce atteindra 1 GW. Le programme n'en est qu'au stade de l'annonce : aucun permis n'a été déposé.",
        (("power", "1 GW", "le-bosquel-dc"),),
    ),
    A(
        "lavoixdunord-prologium-plus-de-5-milliards-fr",
        "La Voix du Nord, « ProLogium choisit Dunkerque pour sa gigafactory de batteries », "
        "https://www.lavoixdunord.fr/1325632/article/2023-05-12/prologium-choisit-dunkerque-pour-sa-gigafactory, "
        "2023-05-12",
        "fr",
        dt.date(2023, 5, 12),
        "Dunkerque : plus de 5 milliards d'euros pour la gigafactory de ProLogium\n"
        "Le fabricant taïwanais de batteries ProLogium a choisi Dunkerque pour sa première usine hors d'Asie. Le "
        "groupe y investira plus de 5 milliards d'euros d'ici 2030. L'usine emploiera 3 000 salariés à terme et "
        "produira ses premières cellules en 2026. La France compte désormais quatre projets de gigafactories, "
        "pour plus de 10 milliards d'euros au total.",
        (
            ("investment", "plus de 5 milliards d'euros", "prologium-dunkerque"),
            ("jobs", "3 000 salariés", "prologium-dunkerque"),
            ("commissioning", "en 2026", "prologium-dunkerque"),
        ),
    ),
    A(
        "reuters-prologium-more-than-en",
        "Reuters, Taiwan's ProLogium to build battery gigafactory in France's Dunkirk, "
        "https://www.reuters.com/business/autos-transportation/taiwans-prologium-build-battery-plant-france-"
        "2023-05-12/, 2023-05-12",
        "en",
        dt.date(2023, 5, 12),
        "ProLogium picks Dunkirk for battery gigafactory\n"
        "Taiwanese battery maker ProLogium will invest more than 5 billion euros in a gigafactory in Dunkirk, "
        "northern France, its first plant outside Asia. The factory is expected to create 3,000 jobs and start "
        "production in 2026. France has attracted battery projects worth more than 10 billion euros, the "
        "government said.",
        (
            ("investment", "more than 5 billion euros", "prologium-dunkerque"),
            ("jobs", "3,000 jobs", "prologium-dunkerque"),
            ("commissioning", "in 2026", "prologium-dunkerque"),
        ),
    ),
    A(
        "collectif-accad-huit-data-centers-fr",
        "Collectif ACCAD (reprise d'un article de presse), « Huit data centers sont attendus dans les "
        "Hauts-de-France ! », https://collectif-accad.fr/site/huit-data-centers-sont-attendus-dans-les-hauts-de-"
        "france, 2025-09-08",
        "fr",
        dt.date(2025, 9, 8),
        "Huit data centers sont attendus dans les Hauts-de-France !\n"
        "À Cambrai, sur l'ancienne base aérienne 103, Data4 prévoit un campus de 200 MW. La France comptait "
        "300 data centers en 2022, et RTE a reçu des demandes de raccordement pour environ 8 GW dans le pays. "
        "À l'échelle nationale, le gouvernement a identifié 35 sites prêts à l'emploi, pour 1 200 hectares.",
        (("power", "200 MW", "cambrai-evalley-dc"),),
    ),
    A(
        "dcd-france-pipeline-en",
        "DatacenterDynamics, France's data center pipeline swells as Data4 wins Escaudain, "
        "https://www.datacenterdynamics.com/en/news/data4-escaudain-france/, 2025-12-19",
        "en",
        dt.date(2025, 12, 19),
        "France's data center pipeline swells as Data4 wins Escaudain\n"
        "Data4 has been selected for a campus in Escaudain, near Valenciennes, with up to 700 MW of power. "
        "Nationally, RTE says it has received connection requests for about 8 GW of data centers. Across the "
        "country, the government has identified 35 ready-to-build sites totalling 1,200 hectares.",
        (("power", "up to 700 MW", "escaudain-dc"),),
    ),
    A(
        "dcmag-softbank-trois-sites-fr",
        "DCmag, « SoftBank : Loon-Plage, Le Bosquel et Bouchain pour ses premiers campus IA en France », "
        "https://dcmag.fr/softbank-loon-plage-le-bosquel-bouchain-premiers-campus-ia, 2026-06-03",
        "fr",
        dt.date(2026, 6, 3),
        "SoftBank : Loon-Plage, Le Bosquel et Bouchain pour ses premiers campus IA en France\n"
        "SoftBank a retenu trois sites des Hauts-de-France : Loon-Plage, sur le port de Dunkerque, Le Bosquel, "
        "dans la Somme, et Bouchain, sur un terrain d'EDF. Les trois projets ont été officialisés au sommet Choose "
        "France et doivent être achevés d'ici 2031. À Bouchain, le data center atteindrait 400 MW, à côté de la "
        "centrale à cycle combiné.",
        (("power", "400 MW", "bouchain-softbank-dc"),),
    ),
    A(
        "dcd-softbank-three-sites-en",
        "DatacenterDynamics, SoftBank names three French sites for its €75bn AI build-out, "
        "https://www.datacenterdynamics.com/en/news/softbank-names-three-french-sites/, 2026-06-01",
        "en",
        dt.date(2026, 6, 1),
        "SoftBank names three French sites for its €75bn AI build-out\n"
        "SoftBank has picked Loon-Plage, at the Port of Dunkirk, Le Bosquel, in the Somme, and Bouchain, on an "
        "EDF site. All three projects were unveiled at Choose France and are due for completion by 2031. The "
        "Le Bosquel campus, a joint venture with Sesterce, will reach 1 GW.",
        (("power", "1 GW", "le-bosquel-dc"),),
    ),
    # Written on 2026-12-07 (session h23, second batch) to look for further general rules.
    A(
        "lagazette-acc-inaugure-fr",
        "La Gazette Nord-Pas de Calais, « ACC inaugure sa gigafactory de Billy-Berclau/Douvrin », "
        "https://www.lagazettefrance.fr/article/acc-inaugure-sa-gigafactory-de-billy-berclau-douvrin, 2023-05-30",
        "fr",
        dt.date(2023, 5, 30),
        "ACC inaugure sa gigafactory de Billy-Berclau/Douvrin\n"
        "Automotive Cells Company a inauguré mardi sa première gigafactory, à Billy-Berclau et Douvrin, sur "
        "l'ancien terrain de la Française de Mécanique. Le premier bloc a coûté 850 millions d'euros et "
        "emploiera 600 salariés, puis environ 2 000 emplois directs d'ici 2030. Le programme complet d'ACC, en "
        "France, en Allemagne et en Italie, est estimé à 7 milliards d'euros, dont 2,8 milliards d'argent public. "
        "Chaque ligne produira 13,4 GWh par an.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("investment", "850 millions d'euros", "acc-billy-berclau"),
            ("jobs", "environ 2 000 emplois directs", "acc-billy-berclau"),
        ),
    ),
    A(
        "nordfranceinvest-aesc-douai-en",
        "Nord France Invest, Envision AESC success story: a gigafactory in Douai, "
        "https://www.nordfranceinvest.fr/success-story/envision-aesc-douai, 2021-06-28",
        "en",
        dt.date(2021, 6, 28),
        "Envision AESC to build a gigafactory in Douai\n"
        "Envision AESC will invest 2 billion euros in a battery gigafactory in Douai, next to Renault's "
        "Georges-Besse plant, with about 200 million euros of public aid. Capacity will start at 9 GWh in 2024 "
        "and reach 24 GWh by 2030. The plant will employ about 1,000 people by 2024 and about 2,500 by 2030. "
        "Renault's plant next door employs 2,800 people.",
        (
            ("investment", "2 billion euros", "envision-aesc-douai"),
            ("jobs", "about 2,500", "envision-aesc-douai"),
        ),
    ),
    A(
        "bfm-mecaware-bethune-fr",
        "BFM Grand Lille, « Béthune : Mecaware va recycler les métaux des batteries sur l'ancien site Bridgestone », "
        "https://www.bfmtv.com/grand-lille/bethune-mecaware-recyclage-batteries_AV-202501210863.html, 2025-01-21",
        "fr",
        dt.date(2025, 1, 21),
        "Béthune : Mecaware va recycler les métaux des batteries sur l'ancien site Bridgestone\n"
        "Le lyonnais Mecaware s'installe sur l'ancien site Bridgestone de Béthune pour y extraire les métaux "
        "critiques des batteries usagées. L'investissement atteint environ 100 millions d'euros, pour plus de "
        "8 000 tonnes de métaux par an et une centaine d'emplois directs à la mise en service, prévue en 2029. "
        "Le propriétaire du site, SIG, y a déjà investi plus de 10 millions d'euros de fonds propres en 18 mois.",
        (
            ("investment", "environ 100 millions d'euros", "mecaware-bethune"),
            ("jobs", "une centaine d'emplois directs", "mecaware-bethune"),
            ("commissioning", "en 2029", "mecaware-bethune"),
        ),
    ),
    A(
        "livingwellness-noyon-hdc-en",
        "Living Wellness Tribe (machine-translated aggregator), Noyon: a data centre on the Inovia Campus, "
        "https://livingwellnesstribe.com/noyon-data-center-inovia-campus, 2024-12-10",
        "en",
        dt.date(2024, 12, 10),
        "Noyon: a data centre on the Inovia Campus\n"
        "The Pays Noyonnais council voted on Monday to sell land on the Inovia Campus to H&DC, which plans a data "
        "centre there. The company will invest 16 million euros by the end of 2026. H&DC does not build or "
        "operate data centres itself; it prepares ready-to-use sites. France has more than 300 data centres.",
        (("investment", "16 million euros", "noyon-dc"),),
    ),
    A(
        "lemagit-ovh-roubaix-fr",
        "LeMagIT, « OVH : objectif 33 datacenters », https://www.lemagit.fr/actualites/450410306/OVH-objectif-"
        "33-datacenters, 2016-12-06",
        "fr",
        dt.date(2016, 12, 6),
        "OVH : objectif 33 datacenters\n"
        "OVH, qui exploite déjà 20 datacenters dans le monde, veut en compter 33 d'ici 2020. À Roubaix, son "
        "berceau, le groupe exploite six datacenters dans le quartier du Sartel. Le RBX8 peut accueillir "
        "40 000 serveurs. OVH investira 1,5 milliard d'euros sur cinq ans dans son infrastructure mondiale.",
        (),
    ),
    A(
        "professionrecycleur-battri-en",
        "Profession Recycleur (English rendering), Battri inaugurates its black-mass plant near Arras, "
        "https://www.profession-recycleur.fr/battri-inaugure-son-usine-de-saint-laurent-blangy, 2025-06-20",
        "en",
        dt.date(2025, 6, 20),
        "Battri inaugurates its battery recycling plant near Arras\n"
        "Battri inaugurated on Friday its battery recycling plant at Actiparc, in Saint-Laurent-Blangy, in a former "
        "Leclerc warehouse of 15,000 m². The start-up invested 20 million euros, half equity and half debt. The "
        "plant will treat 15,000 tonnes a year at first, rising to 35,000 tonnes by 2027, and will employ 50 people "
        "by the end of 2025, then about 100. France's recyclers treated 40,000 tonnes of batteries in 2024.",
        (
            ("status", "operational", "battri-saint-laurent-blangy"),
            ("floor_area", "15,000 m²", "battri-saint-laurent-blangy"),
            ("investment", "20 million euros", "battri-saint-laurent-blangy"),
        ),
    ),
    # Third batch (session h23), written before the rules it led to.
    A(
        "topimmo-evalley-cambrai-fr",
        "Topimmo (citant La Voix du Nord), « Un data center géant pressenti sur l'ancienne base aérienne de Cambrai », "
        "https://www.topimmo.info/actualites/data-center-cambrai-e-valley, 2025-02-12",
        "fr",
        dt.date(2025, 2, 12),
        "Un data center géant pressenti sur l'ancienne base aérienne de Cambrai\n"
        "Le campus IA de Brookfield et Data4 devrait être bâti sur l'un des 35 sites retenus par l'État, et E-Valley "
        "est fortement pressenti. Le campus de Cambrai pourrait atteindre jusqu'à 1 GW. E-Valley, l'ancienne base "
        "aérienne 103, s'étend sur 320 ha entre Haynecourt et Épinoy. Le permis de construire serait déposé en 2026.",
        (
            ("power", "jusqu'à 1 GW", "cambrai-evalley-dc"),
            ("land_area", "320 ha", "e-valley-ba103"),
        ),
    ),
    A(
        "lagazette-blackstar-bethune-fr",
        "La Gazette Nord-Pas de Calais, « À Béthune, un million d'unités seront produites par Black Star d'ici 5 ans », "
        "https://lagazettefrance.fr/index.php/article/a-bethune-un-million-d-unites-seront-produites-par-black-star-d-"
        "ici-5-ans, 2023-03-15",
        "fr",
        dt.date(2023, 3, 15),
        "À Béthune, un million d'unités seront produites par Black Star d'ici 5 ans\n"
        "Black Star emploie 58 salariés sur son site de reconditionnement de pneus à Béthune, dont une trentaine "
        "d'anciens salariés de Bridgestone. Le projet, fruit d'un investissement de 6 millions €, compte 65 presses. "
        "En 2020, la fermeture de l'usine Bridgestone avait laissé 823 salariés sans emploi.",
        (
            ("jobs", "58 salariés", "black-star-bethune"),
            ("investment", "6 millions €", "black-star-bethune"),
        ),
    ),
    A(
        "deltafm-verkor-inaugure-fr",
        "Delta FM, « Verkor à peine inauguré, la gigafactory de Bourbourg regarde déjà vers 2026 », "
        "https://www.deltafm.fr/verkor-a-peine-inaugure-la-gigafactory-de-bourbourg, 2025-12-11",
        "fr",
        dt.date(2025, 12, 11),
        "Verkor à peine inauguré, la gigafactory de Bourbourg regarde déjà vers 2026\n"
        "Verkor a inauguré jeudi sa gigafactory de Bourbourg, sur le port de Dunkerque. 570 salariés y travaillent "
        "déjà et 1 200 emplois sont prévus. L'investissement a été ramené à 1,5 milliard d'euros, dont près de la "
        "moitié d'aides publiques. Les premières cellules équiperont l'Alpine A390 en 2026. Le bâtiment couvre "
        "100 000 m² sur un site de 80 ha.",
        (
            ("status", "operational", "verkor-bourbourg"),
            ("jobs", "570 salariés", "verkor-bourbourg"),
            ("jobs", "1 200 emplois", "verkor-bourbourg"),
            ("investment", "1,5 milliard d'euros", "verkor-bourbourg"),
            ("floor_area", "100 000 m²", "verkor-bourbourg"),
            ("land_area", "80 ha", "verkor-bourbourg"),
        ),
    ),
    A(
        "42mag-prologium-first-stone-en",
        "42mag.fr (English rendering), ProLogium lays the first stone of its Dunkirk gigafactory, "
        "https://42mag.fr/2026/02/prologium-first-stone-dunkirk-gigafactory, 2026-02-10",
        "en",
        dt.date(2026, 2, 10),
        "ProLogium lays the first stone of its Dunkirk gigafactory\n"
        "ProLogium laid the first stone of its Dunkirk gigafactory on Tuesday, about two years late. The plant, on a "
        "100-hectare plot facing Verkor's factory, will make 0.8 GWh of cells in 2028, 4 GWh in 2030 and 12 GWh in "
        "2032. It should create 3,000 direct jobs and 12,000 indirect ones. The investment, more than 5 billion "
        "euros, is unchanged.",
        (
            ("status", "under_construction", "prologium-dunkerque"),
            ("land_area", "100-hectare", "prologium-dunkerque"),
            ("jobs", "3,000 direct jobs", "prologium-dunkerque"),
            ("investment", "more than 5 billion euros", "prologium-dunkerque"),
        ),
    ),
    A(
        "l4m-neomat-first-plant-en",
        "L4M (English rendering), Neomat confirms its first cathode plant in Dunkirk's western port, "
        "https://www.l4m.fr/actualites/neomat-orano-xtc-19446, 2025-07-08",
        "en",
        dt.date(2025, 7, 8),
        "Neomat confirms its first cathode plant\n"
        "Neomat, the joint venture of Orano and XTC New Energy, confirmed its first cathode materials plant in "
        "Gravelines and Loon-Plage, with commissioning around 2028. The programme totals 1.5 billion euros, 1.3 "
        "billion of it for the cathode plants, and about 1,300 permanent jobs by 2030. The site covers 53 hectares "
        "of former industrial land.",
        (
            ("commissioning", "around 2028", "neomat-gravelines"),
            ("investment", "1.5 billion euros", "neomat-gravelines"),
            ("jobs", "about 1,300 permanent jobs", "neomat-gravelines"),
            ("land_area", "53 hectares", "neomat-gravelines"),
        ),
    ),
    A(
        "techjack-softbank-sesterce-en",
        "Tech Jack Solutions (aggregator), SoftBank and Sesterce announce 1 GW AI data center JV, "
        "https://techjacksolutions.com/?p=55770, 2026-06-01",
        "en",
        dt.date(2026, 6, 1),
        "SoftBank and Sesterce announce 1 GW AI data center JV in France\n"
        "The Bosquel campus, 20 km south of Amiens, will reach 1 GW. The capex is undisclosed. Sesterce already "
        "operates 4,000 GPUs in Marseille and Valence, and SoftBank's wider French plan is worth up to €75 billion.",
        (("power", "1 GW", "le-bosquel-dc"),),
    ),
    # Fifth batch (session 7, h23c): written after held-out 2026-12 and its one run, from other real articles
    # (the Bridgestone site and its owner SIG, E-Valley, Verkor, AESC, other regions); the rules of that
    # session were found on them.
    A(
        "sophiamag-evroc-mougins-fr",
        "Sophia Mag, « Un data center hyperscale peut-il être frugal ? », https://www.sophiamag.eu/article/un-data-"
        "center-hyperscale-peut-il-etre-frugal.2025.1750971097_685db2d9d819c, 2025-06-26",
        "fr",
        dt.date(2025, 6, 26),
        "Un data center hyperscale peut-il être frugal ?\n"
        "À Mougins, le suédois Evroc a lancé la construction de l'un des plus grands data centers d'Europe. "
        "Le chantier occupe un site de 10 hectares, propriété de Valimmo Reim, dans l'Actipôle de Mougins. "
        "À terme, le centre disposera de 96 mégawatts et pourra accueillir jusqu'à 50 000 processeurs "
        "graphiques. Il reprend un bâtiment construit à la fin des années 2010 qui n'a jamais vraiment servi. "
        "À pleine capacité, le projet pourrait attirer jusqu'à quatre milliards d'euros d'investissements, en "
        "plusieurs phases ; Evroc espère une première mise en service en 2026.",
        (),
    ),
    A(
        "supplychainmag-logs-bridgestone-fr",
        "Supply Chain Magazine, « Log's reprend l'usine de Bridgestone à Béthune », https://supplychainmagazine.fr/"
        "nl/2021/3335/logs-reprend-lusine-de-bridgestone-a-bethune-666697.php, 2021-04-22",
        "fr",
        dt.date(2021, 4, 22),
        "Log's reprend l'usine de Bridgestone à Béthune\n"
        "Bridgestone cède pour un montant symbolique son usine de pneus de Béthune, la seule qu'il avait en "
        "France, à son prestataire logistique depuis plus de 18 ans. Le nordiste Log'S, via sa filiale "
        "d'aménagement SIG (Norzinco à Anzin, la friche Usinor de Denain), fera de ce site de 32 hectares un "
        "pôle industriel multi-technologies. La société prévoit 90 000 m² pour la logistique. Le manufacturier, "
        "qui employait 863 personnes sur place, participera aux travaux d'aménagement, qui ne commenceront pas "
        "avant 2022.",
        (("land_area", "32 hectares", "ex-bridgestone-bethune"),),
    ),
    A(
        "latribune-bridgestone-circulaire-fr",
        "La Tribune, « L'ancien site Bridgestone à Béthune mue vers l'économie circulaire », https://www.latribune.fr/"
        "regions/hauts-de-france/l-ancien-site-bridgestone-a-bethune-mue-vers-l-economie-circulaire-929396.html, "
        "2022-09",
        "fr",
        dt.date(2022, 9, 15),
        "L'ancien site Bridgestone de Béthune se tourne vers l'économie circulaire\n"
        "La fermeture de l'usine, annoncée le 16 septembre 2020, avait laissé 864 salariés sans emploi et 32 "
        "hectares en friche, dont la moitié bâtis : près de 5 % de la surface de Béthune. Bridgestone a "
        "abondé un fonds de revitalisation de 16 millions d'euros. SIG, filiale du logisticien Log's, a racheté "
        "le site pour un prix « symbolique ». Le maire voit déjà naître un « pôle industriel multi-technologies ».",
        (("land_area", "32 hectares", "ex-bridgestone-bethune"),),
    ),
    A(
        "lagazette-bridgestone-bilan-fr",
        "La Gazette Nord-Pas de Calais, « Que sont devenus les salariés et le site de Bridgestone ? », "
        "https://lagazettefrance.fr/index.php/article/que-sont-devenus-les-salaries-et-le-site-de-bridgestone, ≈2024-06",
        "fr",
        dt.date(2024, 6, 15),
        "Que sont devenus les salariés et le site de Bridgestone ?\n"
        "Le 16 septembre 2020, Bridgestone fermait son usine de Béthune après 60 ans : 835 salariés perdaient "
        "leur emploi. Le préfet a clos la convention de revitalisation. Sur 830 salariés licenciés, 786 ont été "
        "accompagnés et 772 ont trouvé une solution, dont 544 en CDI ou CDD de plus de six mois.\n"
        "56 % du site réutilisé\n"
        "Le site de 32 hectares a été racheté le 1er janvier 2022 par le groupe Log's, via sa filiale SIG. "
        "Aujourd'hui, 56 % du site est réutilisé par de nouvelles entreprises.",
        (
            ("land_area", "32 hectares", "ex-bridgestone-bethune"),
            ("occupancy", "56 %", "ex-bridgestone-bethune"),
        ),
    ),
    A(
        "eco121-blackstar-mobivia-fr",
        "Eco121, « Béthune : une unité de recyclage de pneus et 200 emplois à venir sur l'ancien site Bridgestone », "
        "https://www.eco121.fr/mobivia-black-star-bridgestone-bethune-pneu-reconditionnes/, 2021-07-05",
        "fr",
        dt.date(2021, 7, 5),
        "Béthune : une unité de recyclage de pneus et 200 emplois sur l'ancien site Bridgestone\n"
        "Légende : l'unité de recyclage sera mise en service en janvier 2022.\n"
        "Mobivia et la société ligérienne Black-Star vont collecter, trier et reconditionner des pneus sur "
        "l'ancien site Bridgestone, deux mois après la fermeture de l'usine. L'unité entrera en service en "
        "janvier 2022 avec une cinquantaine d'emplois, puis 200 emplois à horizon 2025, au rythme de l'activité.",
        (
            ("commissioning", "en janvier 2022", "black-star-bethune"),
            ("jobs", "200 emplois", "black-star-bethune"),
        ),
    ),
    A(
        "verkor-first-stone-en",
        "Verkor (press release), Verkor marks new milestone … laying the foundation stone of its Gigafactory, "
        "https://verkor.com/en/verkor-marks-new-milestone-in-future-of-sustainable-mobility-laying-the-foundation-"
        "stone-of-its-gigafactory/, 2023-11-16",
        "en",
        dt.date(2023, 11, 16),
        "Verkor lays the foundation stone of its Gigafactory\n"
        "Dunkirk, 16 November 2023. Verkor laid the foundation stone of its Gigafactory with the Prime Minister. "
        "The European Commission approved French support of 659 million euros, and the European Investment Bank "
        "may lend up to €600 million, within the €2 billion financing package announced in September. Located "
        "in the Port of Dunkirk, the Gigafactory will be operational by 2025 with an initial capacity of "
        "16GWh/year and will create approximately 1200 jobs and 3000 indirect jobs.",
        (
            ("status", "under_construction", "verkor-bourbourg"),
            ("commissioning", "by 2025", "verkor-bourbourg"),
            ("jobs", "approximately 1200 jobs", "verkor-bourbourg"),
        ),
    ),
    A(
        "bearn-aesc-douai-en",
        "Béarn Environnement (English), AESC starts battery production at its gigafactory in Douai, "
        "https://www.bearn-environnement.fr/en/aesc-starts-battery-production-at-its-gigafactory-in-douai/, 2025-06",
        "en",
        dt.date(2025, 6, 10),
        "AESC starts battery production at its gigafactory in Douai\n"
        "The AESC gigafactory in Douai, Hauts-de-France, was inaugurated with President Emmanuel Macron and began "
        "production on June 3, 2025, next to Renault's ElectriCity plant. It is expected to make 10 GWh of "
        "batteries a year, for up to 200,000 cars, rising to 24-30 GWh by 2030.\n"
        "Since it opened, the gigafactory has created 650 jobs and aims to reach 1000 employees when production "
        "is at full speed.",
        (
            ("status", "operational", "envision-aesc-douai"),
            ("jobs", "1000 employees", "envision-aesc-douai"),
        ),
    ),
    A(
        "newsaz-nebius-bethune-en",
        "News.Az (citing Reuters), Nebius plans massive AI data centre in northern France, "
        "https://news.az/news/nebius-plans-massive-ai-data-centre-in-northern-france, 2026-02-12",
        "en",
        dt.date(2026, 2, 12),
        "Nebius plans massive AI data centre in northern France\n"
        "Amsterdam-based Nebius plans a 240-megawatt data centre in northern France, one of Europe's largest AI "
        "hubs. It will be built in Béthune, near Lille, on a former Bridgestone tyre factory, in phases. Nebius "
        "did not disclose financial details, but projects of this size typically need several billion euros. "
        "The company signed a $17 billion agreement with Microsoft and a $3 billion deal with Meta.",
        (("power", "240-megawatt", "bethune-azur-dc"),),
    ),
    A(
        "telecomtalk-fluidstack-en",
        "TelecomTalk, Fluidstack to Build AI Supercomputer in France, "
        "https://telecomtalk.info/fluidstack-to-build-ai-supercomputer-in-france/989553/, 2025-02-11",
        "en",
        dt.date(2025, 2, 11),
        "Fluidstack to build AI supercomputer in France\n"
        "Fluidstack has signed a EUR 10 billion memorandum of understanding with the French government for one of "
        "the world's largest decarbonised AI supercomputers, announced at the AI Action Summit in Paris.\n"
        "Also Read: Equinix Opens Data Center in France with EUR 350 Million Investment\n"
        "The facility will use France's nuclear power for up to 1 gigawatt (GW) of AI compute, with plans to "
        "scale beyond that by 2028.",
        (),
    ),
    A(
        "lemoniteur-mgx-campus-ia-fr",
        "Le Moniteur, « Choose France : le rôle que peut jouer Bouygues sur le projet du plus grand campus IA "
        "d'Europe », https://www.lemoniteur.fr/article/choose-france-bouygues-partenaire-du-projet-de-plus-grand-"
        "campus-ia-d-europe.2345655, 2025-05-20",
        "fr",
        dt.date(2025, 5, 20),
        "Choose France : Bouygues partenaire du plus grand campus IA d'Europe\n"
        "Bpifrance, le fonds émirien MGX, Mistral AI et Nvidia ont créé une coentreprise pour développer en "
        "Île-de-France un campus d'une capacité de 1,4 GW. Le projet représente un investissement de 8,5 Mds €.\n"
        "Légende : Bouygues a construit le datacenter d'Interxion à Marseille.\n"
        "Bouygues, EDF, l'École polytechnique, RTE et Sipartech sont partenaires du projet.",
        (),
    ),
    A(
        "tradevae-softbank-5gw-en",
        "Tradevae, SoftBank pledges up to €75 billion to build 5 GW of AI data center capacity in France, "
        "http://tradevae.com/news/stock-markets/softbank-pledges-up-to-75-billion-to-build-5-gw-of-ai-data-center-"
        "capacity-in-france/, 2026-05-30",
        "en",
        dt.date(2026, 5, 30),
        "SoftBank pledges up to €75 billion for 5 GW of AI data centers in France\n"
        "SoftBank Group will invest up to €75 billion to build and operate 5 gigawatts of AI data center capacity "
        "across France, under the Choose France initiative. The first tranche, €45 billion, is to develop about "
        "3.1 GW in Hauts-de-France by 2031, at Dunkirk, Bosquel and Bouchain. With Schneider Electric it will also "
        "set up an industrial cluster at the Port of Dunkirk to make power modules, and the plan should create "
        "thousands of skilled jobs.",
        (),
    ),
    A(
        "dcd-bso-dataone-en",
        "Data Center Dynamics, BSO launches new data center platform DataOne, "
        "https://www.datacenterdynamics.com/en/news/bso-launches-new-data-center-platform-dataone/, 2025-02-06",
        "en",
        dt.date(2025, 2, 6),
        "BSO launches new data center platform DataOne\n"
        "Connectivity provider BSO has taken over two campuses, in Grenoble (Eybens) and Lyon (Villefontaine), "
        "which now offer 15MW of IT load across 50,000 sqm on 14 hectares. By 2028 DataOne will deliver a combined "
        "400MW across the two sites, after 80MW by April 2025 and 200MW by Q4 2026.",
        (),
    ),
    A(
        "cftc-logs-bridgestone-fr",
        "CFTC Nord, « Bridgestone Béthune : SIG reprend le site », https://cftc-nord.fr/?p=3054, 2021-04-21",
        "fr",
        dt.date(2021, 4, 21),
        "Bridgestone Béthune : SIG reprendra l'intégralité du site\n"
        "Selon l'accord, SIG reprendra tout le site cédé par Bridgestone France « pour un montant symbolique ». "
        "Log's, propriétaire de SIG, s'engage à créer jusqu'à 300 emplois d'ici 2 ans sur l'ancien site. Le "
        "fabricant japonais y employait 834 personnes en CDI, dont 120 ont déjà retrouvé un emploi.",
        (("jobs", "jusqu'à 300 emplois", "ex-bridgestone-bethune"),),
    ),
    A(
        "francebleu-verkor-2000-emplois-fr",
        "France Bleu Nord, « 2000 emplois créés à Dunkerque avec la création d'une usine de batteries », "
        "https://www.francebleu.fr/infos/economie-social/2000-emplois-crees-a-dunkerque-avec-la-creation-d-une-usine-"
        "de-batteries-1643740198, 2022-02-01",
        "fr",
        dt.date(2022, 2, 1),
        "2000 emplois créés à Dunkerque avec une usine de batteries\n"
        "Bonne nouvelle pour l'emploi dans le Nord : l'usine de batteries électriques de Verkor à Dunkerque "
        "entraînera la création de 1.200 emplois directs et de 3.000 emplois indirects, selon son co-fondateur "
        "Olivier Dufour. Le maire de Dunkerque promet, lui, « un millier d'emplois industriels » d'ici 2024 puis "
        "un millier de plus à l'horizon 2030. Selon la mairie, l'usine produira dès 2024 300.000 batteries par an, "
        "soit 16 GWh, avant de viser 32 GWh puis 50 GWh en 2030.",
        (("jobs", "1.200 emplois directs", "verkor-bourbourg"), ("jobs", "2000 emplois", "verkor-bourbourg")),
    ),
    A(
        "evearly-aesc-douai-en",
        "EV Early News, AESC kicks off battery production at Douai gigafactory, "
        "https://www.evearly.news/en/aesc-kicks-off-battery-production-at-douai-gigafactory, 2025-06-04",
        "en",
        dt.date(2025, 6, 4),
        "AESC kicks off battery production at Douai gigafactory\n"
        "AESC has started production at its new 10 GWh battery plant in Douai, France. The plant supplies Renault "
        "and is expected to employ up to 1,000 people, as part of France's industrial strategy for electric cars.",
        (
            ("status", "operational", "envision-aesc-douai"),
            ("jobs", "up to 1,000 people", "envision-aesc-douai"),
        ),
    ),
    A(
        "eib-aesc-douai-loans-en",
        "European Investment Bank, France: gigafactory, lithium battery, mobility, "
        "https://trad.eib.org/stories/france-gigafactory-lithium-battery-mobility, 2023-10",
        "en",
        dt.date(2023, 10, 15),
        "A gigafactory for the battery valley\n"
        "AESC plans to run a battery gigafactory in Douai, in Hauts-de-France, by 2025. At first it will have a "
        "combined capacity of up to 9 gigawatt-hours, enough for 200 000 electric cars a year, and between 24 and "
        "30 gigawatt-hours by 2030 after three expansions. The European Investment Bank is financing AESC with "
        "€337.2 million in direct loans to the project and up to €112.8 million in indirect loans through "
        "commercial banks, signed in September 2023.",
        (("commissioning", "by 2025", "envision-aesc-douai"),),
    ),
    A(
        "aria-trois-gigafactories-fr",
        "ARIA Hauts-de-France, « 3 gigafactories en région ! », https://www.aria-automobile-hdf.fr/actualite/"
        "3-gigafactories-en-region/, 2022-02",
        "fr",
        dt.date(2022, 2, 15),
        "3 gigafactories en région !\n"
        "L'année 2021 a vu l'arrivée de deux usines de batteries électriques, l'une à Douvrin (Automotive Cells "
        "Company), l'autre à Douai (AESC – Envision). Les travaux commenceront en 2022 et la production doit "
        "démarrer à l'horizon 2024/2025. Début 2022, une troisième usine a officialisé son arrivée : Verkor, à "
        "Bourbourg, près du port de Dunkerque.",
        (("status", "announced", "verkor-bourbourg"),),
    ),
    A(
        "acc-voixdunord-premier-bloc-fr",
        "ACC (reprise de La Voix du Nord), « Le premier bloc de la Gigafactory de batteries ACC est monumental ! », "
        "https://www.acc-emotion.com/fr/stories/le-premier-bloc-de-la-gigafactory-de-batteries-acc-est-monumental-la-"
        "voix-du-nord, 2022-09-09",
        "fr",
        dt.date(2022, 9, 9),
        "Le premier bloc de la Gigafactory de batteries ACC est monumental !\n"
        "La première gigafactory de batteries pour voitures électriques de France est en cours de construction "
        "à Billy-Berclau et Douvrin. Moins de neuf mois après le début du chantier, le premier bloc de l'usine, "
        "qui en comptera trois en 2030, est déjà debout.",
        (("status", "under_construction", "acc-billy-berclau"),),
    ),
    A(
        "francebleu-equinix-bordeaux-fr",
        "France Bleu Gironde, « Bordeaux va bientôt accueillir le plus gros data center de la région », "
        "https://www.francebleu.fr/infos/economie-social/bordeaux-va-bientot-accueillir-le-plus-gros-data-center-de-"
        "la-region-1623342526, 2021-06-10",
        "fr",
        dt.date(2021, 6, 10),
        "Bordeaux va bientôt accueillir le plus gros data center de la région\n"
        "Au nord de Bordeaux, sur la zone de fret de Bruges, l'américain Equinix ouvrira début juillet son premier "
        "data center en région. Le bâtiment de 3 000 m2 représente un investissement de 32 millions d'euros. Le "
        "centre fera travailler 40 personnes à temps plein.",
        (),
    ),
    A(
        "channelnews-data4-nozay-fr",
        "ChannelNews, « Data4 prévoit d'investir 1 milliard d'euros pour son nouveau campus sur l'ancien site de "
        "Nokia à Nozay », https://www.channelnews.fr/data4-prevoit-dinvestir-1-milliard-deuros-pour-son-nouveau-campus-"
        "sur-lancien-site-de-nokia-a-nozay-124088, 2023-04",
        "fr",
        dt.date(2023, 4, 15),
        "Data4 investira 1 milliard d'euros sur l'ancien site de Nokia\n"
        "Après avoir racheté l'ancien siège de Nokia à Nozay (Essonne), Data4 annonce un investissement d'un "
        "milliard d'euros d'ici 2030 pour ce site de 22 hectares. Le nouveau campus portera à 375 MW la puissance "
        "totale de ses trois sites, avec jusqu'à huit data centers de plus.",
        (),
    ),
    A(
        "datacentermap-bxia-bordeaux-en",
        "Datacenter Map, BXIA Data Center 4 (Bordeaux), https://www.datacentermap.com/france/bordeaux/bxia-data-"
        "center-4, 2026-01",
        "en",
        dt.date(2026, 1, 20),
        "BXIA Campus, Bordeaux\n"
        "BXIA Campus is a proposed 250MW data center development on a 20-hectare site at the Parc des Expositions "
        "de Bordeaux. The campus will have five buildings. Construction is estimated at €3 billion, and the whole "
        "project, hardware included, could reach €12 billion. The first building should be operational in 2028.",
        (),
    ),
    A(
        "gettotext-envision-douai-en",
        "Gettotext (English rendering of Le Monde), In Douai, in the North, the Chinese Envision will build batteries "
        "for Renault, https://gettotext.com/in-douai-in-the-north-the-chinese-envision-will-build-batteries-for-renault/, "
        "2021-06-28",
        "en",
        dt.date(2021, 6, 28),
        "In Douai, Envision will build batteries for Renault\n"
        "AESC, the former Nissan subsidiary bought by China's Envision in 2018, will invest 2 billion euros to build, "
        "from 2022, a battery cell plant on land next to Renault's Douai factory. It should make 9 GWh a year in "
        "2024 and could reach 24 GWh in 2030. Envision wants to hire 1,000 people by 2024, and total employment "
        "could rise to 2,500 jobs in 2030. In Douvrin, the ACC plant will produce 28 GWh in 2030 and employ 2,000 "
        "people. Public funding is around 200 million euros.",
        (
            ("investment", "2 billion euros", "envision-aesc-douai"),
            ("jobs", "2,500 jobs", "envision-aesc-douai"),
            ("jobs", "2,000 people", "acc-billy-berclau"),
        ),
    ),
    A(
        "seczine-nebius-lille-en",
        "Seczine, Nebius launches 240 MW AI data centre near Lille, "
        "https://seczine.com/malware/2026/02/nebius-launches-240-mw-ai-data-centre-near-lille, 2026-02",
        "en",
        dt.date(2026, 2, 14),
        "Nebius launches 240 MW AI data centre near Lille\n"
        "Nebius is building a 240-megawatt AI data centre just outside Lille, in Béthune, for European customers. "
        "Located near a dense web of high-voltage lines, Béthune can feed a 240-MW plant without overloading local "
        "infrastructure, and it is close to Paris and Brussels.",
        (("power", "240-megawatt", "bethune-azur-dc"),),
    ),
    A(
        "capacitymedia-bso-dataone-en",
        "Capacity Media, BSO plans to build Europe's largest AI data centre in France, https://capacitymedia.com/"
        "article/bso-plans-to-build-europes-largest-ai-data-centre-in-france, 2025-02-06",
        "en",
        dt.date(2025, 2, 6),
        "BSO plans to build Europe's largest AI data centre in France\n"
        "Backed by the Ardian debt fund, BSO has taken over a Tier-3 data centre campus in France which offers only "
        "15 MW of IT load across 50,000 square metres. The first expansion of DataOne is due in April 2025, taking "
        "it to 80 MW, then 200MW in Q4 2026, and 400MW in late 2028.",
        (),
    ),
    A(
        "chinaevs-aesc-douai-en",
        "ChinaEVs, AESC opens EV battery gigafactory in Douai, https://www.chinaevs.org/news/2025/1041.html, 2025-06-03",
        "en",
        dt.date(2025, 6, 3),
        "AESC opens EV battery gigafactory in northern France\n"
        "AESC began operations on Monday at its new battery gigafactory in Douai, northern France, with President "
        "Emmanuel Macron. The factory should make batteries for up to 200,000 electric vehicles a year, including "
        "the Renault R5. \"This factory will change the region\", Macron said.",
        (("status", "operational", "envision-aesc-douai"),),
    ),
    # Sixth batch (session 7, h23c): the battery valley's plants (ACC, ProLogium) and Data4 elsewhere,
    # from real articles; development only.
    A(
        "polesocietes-acc-douvrin-fr",
        "Pôle Sociétés, « Batteries pour véhicules électriques : la gigafactory d'ACC inaugurée à Douvrin », "
        "https://polesocietes.com/actualites/economie/batteries-pour-vehicules-electriques-la-gigafactory-d-acc-"
        "inauguree-a-douvrin, 2023-05-31",
        "fr",
        dt.date(2023, 5, 31),
        "La gigafactory d'ACC inaugurée à Douvrin\n"
        "Une première en France : ACC a inauguré une usine de batteries pour véhicules électriques sur 34 hectares "
        "à Douvrin et Billy-Berclau. Dans la « vallée des batteries », le fabricant veut passer de 13 GWh à 40 GWh "
        "d'ici 2030, et de 600 à 2000 employés sur la même période. Le projet reçoit une aide publique de 846 "
        "millions d'euros au titre des PIIEC.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("land_area", "34 hectares", "acc-billy-berclau"),
            ("jobs", "2000 employés", "acc-billy-berclau"),
        ),
    ),
    A(
        "insideevs-acc-douvrin-fr",
        "InsideEVs France, « ACC : la première gigafactory de batteries en France est inaugurée », "
        "https://insideevs.fr/news/669637/acc-gigafactory-batteries-france-inauguration/, 2023-05-30",
        "fr",
        dt.date(2023, 5, 30),
        "ACC : la première gigafactory de batteries en France est inaugurée\n"
        "La première usine française de batteries pour voitures électriques est inaugurée ce mardi entre "
        "Billy-Berclau et Douvrin, face à La Française de Mécanique, après 17 mois de travaux. Les premières "
        "cellules sortiront de l'usine en fin d'année. Le projet a demandé sept milliards d'euros "
        "d'investissement. ACC dispose d'un site de 34 hectares.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("investment", "sept milliards d'euros", "acc-billy-berclau"),
            ("land_area", "34 hectares", "acc-billy-berclau"),
        ),
    ),
    A(
        "lepetitmag-acc-fr",
        "Le Petit Mag, « L'Airbus européen de la batterie sur piste », https://lepetitmag.fr/lpm122ll/, 2023-06",
        "fr",
        dt.date(2023, 6, 15),
        "L'Airbus européen de la batterie sur piste\n"
        "ACC a inauguré sa première gigafactory à Billy-Berclau/Douvrin, dans le parc des industries Artois-Flandres. "
        "« Il faut remonter au 31 janvier 2001 pour retrouver une inauguration industrielle d'une telle envergure », "
        "rappelle Xavier Bertrand : Toyota, à Onnaing. « En 15 jours, avec les 3 intercommunalités, on a mis sur la "
        "table 121 millions d'euros. » L'usine représente un investissement de 850 millions d'euros et compte plus "
        "de 60 000 m² d'ateliers. Elle créera environ 2 000 emplois directs à l'horizon 2030.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("investment", "850 millions d'euros", "acc-billy-berclau"),
            ("floor_area", "plus de 60 000 m²", "acc-billy-berclau"),
            ("jobs", "environ 2 000 emplois directs", "acc-billy-berclau"),
        ),
    ),
    A(
        "teknomers-prologium-fr",
        "Teknomers, « Une entreprise taïwanaise investit des milliards dans une usine de batteries à Dunkerque », "
        "https://teknomers.com/fr/une-entreprise-taiwanaise-investit-des-milliards-dans-une-usine-de-batteries-a-"
        "dunkerque, 2023-05-11",
        "fr",
        dt.date(2023, 5, 11),
        "Une entreprise taïwanaise investit des milliards à Dunkerque\n"
        "ProLogium veut investir environ 5,2 milliards d'euros à Dunkerque d'ici 2030 pour produire 48 GWh par an. "
        "La production doit démarrer fin 2026. À terme, l'usine devrait compter 3 000 emplois directs et 12 000 "
        "indirects.",
        (
            ("investment", "environ 5,2 milliards d'euros", "prologium-dunkerque"),
            ("commissioning", "fin 2026", "prologium-dunkerque"),
            ("jobs", "3 000 emplois directs", "prologium-dunkerque"),
        ),
    ),
    A(
        "francebleu-prologium-fr",
        "France Bleu Nord, « Le taïwanais ProLogium confirme avoir choisi Dunkerque pour implanter son usine de "
        "batteries », https://www.francebleu.fr/infos/economie-social/le-taiwanais-prologium-confirme-avoir-choisi-"
        "dunkerque-pour-implanter-son-usine-de-batteries-9703277, 2023-05-12",
        "fr",
        dt.date(2023, 5, 12),
        "ProLogium confirme Dunkerque pour son usine de batteries\n"
        "Le groupe taïwanais ProLogium a confirmé cette nuit avoir choisi Dunkerque pour sa première usine de "
        "batteries en Europe. « Un véritable écosystème pour les batteries se développe dans le nord de la France », "
        "dit son vice-président, citant les usines de Dunkerque, Douai et Douvrin, la centrale nucléaire de "
        "Gravelines et le futur parc éolien en mer. ProLogium investira 5,2 milliards d'euros d'ici 2030. La "
        "production doit commencer fin 2026, avec 3.000 emplois dans l'usine et 12.000 emplois indirects.",
        (
            ("investment", "5,2 milliards d'euros", "prologium-dunkerque"),
            ("commissioning", "fin 2026", "prologium-dunkerque"),
            ("jobs", "3.000 emplois", "prologium-dunkerque"),
        ),
    ),
    A(
        "usinenouvelle-prologium-2023-fr",
        "L'Usine Nouvelle, « Qui est ProLogium, le fabricant de batteries taïwanais qui pourrait investir 4,5 "
        "milliards d'euros à Dunkerque ? », https://www.usinenouvelle.com/article/qui-est-prologium-le-fabricant-de-"
        "batteries-taiwanais-qui-pourrait-investir-4-5-milliards-d-euros-a-dunkerque.N2122256, 2023-05-09",
        "fr",
        dt.date(2023, 5, 9),
        "Qui est ProLogium, qui pourrait investir 4,5 milliards d'euros à Dunkerque ?\n"
        "« Pas de commentaire. » Tant que le contrat n'est pas signé, personne ne parle. Selon Challenges, Les Échos "
        "et La Voix du Nord, ProLogium s'apprête à annoncer jusqu'à 4,5 milliards d'euros pour sa première usine "
        "européenne de batteries tout-solide. L'usine, de 50 à 60 GWh, serait construite sur un terrain de 180 "
        "hectares près du port de Dunkerque, entre Craywick et Bourbourg.",
        (
            ("investment", "jusqu'à 4,5 milliards d'euros", "prologium-dunkerque"),
            ("land_area", "180 hectares", "prologium-dunkerque"),
        ),
    ),
    A(
        "chemxplore-prologium-en",
        "ChemXplore, ProLogium to Build €5.2b Battery Gigafactory in France, "
        "https://chemxplore.com/news/prologium-gigafactory-dunkirk-france-announcement, 2023-05",
        "en",
        dt.date(2023, 5, 12),
        "ProLogium to build €5.2b battery gigafactory in France\n"
        "At a glance: a €5.2 billion investment, to be confirmed at the Choose France summit on May 15, 2023. "
        "Production is to start by the end of 2026, after construction begins in the second half of 2024. The "
        "Dunkirk gigafactory will make 48 GWh of solid-state batteries and create 3,000 direct and 12,000 indirect "
        "jobs by 2030.",
        (
            ("investment", "€5.2 billion", "prologium-dunkerque"),
            ("commissioning", "by the end of 2026", "prologium-dunkerque"),
        ),
    ),
    A(
        "citylife-prologium-grant-en",
        "CityLife, ProLogium granted approval for large-scale solid-state battery plant in France, "
        "https://citylife.capetown/uncategorized/prologium-granted-approval-for-large-scale-solid-state-battery-"
        "plant-in-france/316450/, 2023-08-03",
        "en",
        dt.date(2023, 8, 3),
        "ProLogium granted approval for its solid-state battery plant in France\n"
        "The European Commission has approved a grant for ProLogium's solid-state battery plant in Dunkirk. The "
        "total investment for the project is €5.2 billion, and ProLogium will receive a grant of €1.5 billion in "
        "stages until 2029. Besides creating 3,000 jobs, the gigafactory will host research. Construction should "
        "begin in the second half of 2024, and production by the end of 2026.",
        (
            ("investment", "€5.2 billion", "prologium-dunkerque"),
            ("jobs", "3,000 jobs", "prologium-dunkerque"),
            ("commissioning", "by the end of 2026", "prologium-dunkerque"),
        ),
    ),
    A(
        "limnews-acc-en",
        "LIM News, France: Stellantis inaugurates the gigafactory for electric batteries in joint venture with "
        "Mercedes, https://limnews.com/life/2023-05-30-france--stellantis-inaugurates-the-gigafactory-for-electric-"
        "batteries-in-joint-venture-with-mercedes.r1JO-P7L2.html, 2023-05-30",
        "en",
        dt.date(2023, 5, 30),
        "Stellantis inaugurates its battery gigafactory with Mercedes\n"
        "ACC, the joint venture of Stellantis, Mercedes-Benz and TotalEnergies, inaugurated its gigafactory today in "
        "Billy-Berclau/Douvrin. The plant covers 60,000 square meters, with a first line of over 13 GWh rising to "
        "40 GWh by 2030, and about 2,000 direct jobs by 2030. The second gigafactory will be in Germany and the "
        "third in Termoli, Italy, for a total investment of 7.3 billion euros, about 1.3 billion of it public.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("floor_area", "60,000 square meters", "acc-billy-berclau"),
            ("jobs", "about 2,000 direct jobs", "acc-billy-berclau"),
        ),
    ),
    A(
        "bestmag-acc-en",
        "Batteries & Energy Storage Technology (BEST), Automotive Cells Company opens first gigafactory in France, "
        "https://www.bestmag.co.uk/automotive-cells-company-opens-first-gigafactory-in-france/, 2023-06",
        "en",
        dt.date(2023, 6, 5),
        "Automotive Cells Company opens first gigafactory in France\n"
        "The ACC joint venture has opened its first gigafactory, at Billy-Berclau Douvrin in Hauts-de-France. The "
        "first of its three blocks has over 60,000 square metres of workshops. The factory was built in just 17 "
        "months at a cost of nearly €800 million. Some 2,000 jobs will be created. ACC's three gigafactories, in "
        "Germany, Italy and France, represent a combined investment of over €7 billion.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("floor_area", "over 60,000 square metres", "acc-billy-berclau"),  # the first block's, as its cost is
            ("investment", "nearly €800 million", "acc-billy-berclau"),
            ("jobs", "Some 2,000 jobs", "acc-billy-berclau"),
        ),
    ),
    A(
        "pledgetimes-acc-en",
        "Pledge Times, Automotive: 2,000 jobs hoped for in Pas-de-Calais, "
        "https://pledgetimes.com/automotive-2000-jobs-hoped-for-in-pas-de-calais/, 2021-02-16",
        "en",
        dt.date(2021, 2, 16),
        "Automotive: 2,000 jobs hoped for in Pas-de-Calais\n"
        "The battery plant of Stellantis and Total could create between 1,400 and 2,000 jobs by 2030 in Douvrin, "
        "its management said on Tuesday. ACC should start production at the end of 2023 in Douvrin and "
        "Billy-Berclau, with between 350 and 500 employees at first. A second block will be built in Douvrin and a "
        "third at the Opel plant in Kaiserslautern, Germany.",
        (
            ("jobs", "between 1,400 and 2,000 jobs", "acc-billy-berclau"),
            ("commissioning", "at the end of 2023", "acc-billy-berclau"),
        ),
    ),
    A(
        "digitalinfra-data4-nozay-en",
        "Digital Infra Network, New data centre campus to be constructed south of Paris, "
        "https://digitalinfranetwork.com/news/new-data-centre-campus-to-be-constructed-south-of-paris/, 2023-04",
        "en",
        dt.date(2023, 4, 20),
        "New data centre campus to be constructed south of Paris\n"
        "Data4 will build a new campus on the former Nokia headquarters in Nozay (Essonne). With its two Marcoussis "
        "campuses, the new site will raise its total available power to 375 megawatts (MW) over three sites. The "
        "campus should create around 500 additional direct and indirect jobs.",
        (),
    ),
    A(
        "telecomtalk-data4-poland-en",
        "TelecomTalk, Data4 expands datacenter operations with new campuses in Poland and France, "
        "https://telecomtalk.info/data4-expands-datacenter-operations-newcampuses-poland-france/708722/, 2023-05-28",
        "en",
        dt.date(2023, 5, 28),
        "Data4 expands with new campuses in Poland and France\n"
        "Data4 has opened its new campus in Jawczyce, near Warsaw. Spanning four hectares, it will offer 60 MW and "
        "15,000 sqm across four buildings, a Euros 200 million investment. In France, its new Nozay campus, on the "
        "former Nokia site in Essonne, represents about Euros 1 billion by 2030 on 22 hectares.",
        (),
    ),
    # Seventh batch (session 7, h23c): several plants in one article, a caption alone, a region's budget.
    A(
        "tf1-prologium-dunkerque-fr",
        "TF1, « Industrie : pourquoi Dunkerque séduit », https://www.tf1.fr/tf1/jt-20h/videos/industrie-pourquoi-"
        "dunkerque-seduit-28077432.html, 2023-05-12",
        "fr",
        dt.date(2023, 5, 12),
        "Industrie : pourquoi Dunkerque séduit\n"
        "La méga-usine de batteries du taïwanais ProLogium va s'installer sur le port de Dunkerque : 3 000 emplois "
        "seront créés, pour près de cinq milliards d'euros d'investissement. C'est la deuxième usine de ce type à "
        "Dunkerque après Verkor ; les deux gigafactories représentent l'équivalent de 20 000 personnes à loger. La "
        "région s'est dotée d'un budget de 25 millions d'euros pour les outils de formation.",
        (
            ("jobs", "3 000 emplois", "prologium-dunkerque"),
            ("investment", "près de cinq milliards d'euros", "prologium-dunkerque"),
        ),
    ),
    A(
        "bfmtv-prologium-macron-fr",
        "BFM Lille, « Emmanuel Macron confirme l'implantation d'une \"immense usine de batteries\" à Dunkerque », "
        "https://www.bfmtv.com/grand-lille/videos/emmanuel-macron-confirme-l-implantation-d-une-immense-usine-de-"
        "batteries-a-dunkerque_VN-202305120674.html, 2023-05-12",
        "fr",
        dt.date(2023, 5, 12),
        "Macron confirme une « immense usine de batteries » à Dunkerque\n"
        "3000 emplois seront créés dans le Dunkerquois grâce à l'implantation de ProLogium, l'usine taïwanaise de "
        "batteries électriques, a affirmé Emmanuel Macron, sur place ce vendredi.",
        (("jobs", "3000 emplois", "prologium-dunkerque"),),
    ),
    A(
        "dinheirovivo-acc-caption-en",
        "Dinheiro Vivo (AFP photo caption), https://www.dinheirovivo.pt/economia/internacional/europa/precos-na-"
        "producao-industrial-recuam-em-maio-na-zona-euro-e-ue-16641349.html, 2023-07",
        "en",
        dt.date(2023, 7, 5),
        "Producer prices fall in May in the euro area\n"
        "Photo: workers at the site of the newly built ACC battery gigafactory in Billy-Berclau, northern France, on "
        "May 9, 2023. It is one of four production sites opening in France's northern region, which is expected "
        "to create around 20,000 jobs by 2030. (Photo by FRANCOIS LO PRESTI / AFP)",
        (),
    ),
    A(
        "passionnement-citroen-acc-en",
        "Passionnément Citroën, Stellantis opens first gigafactory in France, "
        "https://en.passionnement-citroen.com/post/stellantis-opens-first-gigafactory-in-france, 2023-05-31",
        "en",
        dt.date(2023, 5, 31),
        "Stellantis opens first gigafactory in France\n"
        "Stellantis, TotalEnergies and Mercedes-Benz inaugurated the ACC battery gigafactory on 30 May at the "
        "Billy-Berclau/Douvrin site, the first of three planned in Europe. It starts at 13 GWh and will reach 40 GWh "
        "by 2030. The first of the site's production units will be operational before the end of 2023. Stellantis "
        "aims at 250 GWh of battery capacity in Europe by 2030, and about 400 GWh with five gigafactories in Europe "
        "and North America.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("commissioning", "the end of 2023", "acc-billy-berclau"),  # the first unit, as "first capacity" is taken
        ),
    ),
    A(
        "enodoworks-acc-en",
        "Enodo Works (press summary), ACC inaugurates its first Gigafactory in Billy-Berclau/Douvrin, "
        "http://123.123.enodoworks.com/?p=1106259, 2023-05-31",
        "en",
        dt.date(2023, 5, 31),
        "ACC inaugurates its first Gigafactory\n"
        "ACC has inaugurated its first Gigafactory in Billy-Berclau/Douvrin, France. This flagship includes over "
        "60,000 square metres of workshops, with a first production line of more than 13 GWh, rising to 40 GWh by "
        "2030. It will bring the region around 2,000 direct jobs by 2030. Asia makes 85% of the world's batteries.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("floor_area", "over 60,000 square metres", "acc-billy-berclau"),
            ("jobs", "around 2,000 direct jobs", "acc-billy-berclau"),
        ),
    ),
    A(
        "chemxplore-acc-en",
        "ChemXplore, ACC gigafactory in Billy-Berclau/Douvrin, France, "
        "https://chemxplore.com/news/acc-gigafactory-billy-berclau-douvrin-france, 2023-06",
        "en",
        dt.date(2023, 6, 1),
        "ACC's gigafactory in Billy-Berclau/Douvrin\n"
        "The gigafactory represents an investment of 850 million euros. The first of its three production units will "
        "be operational by the end of 2023, with full ramp-up by the end of 2024. It has over 60,000 m2 of workshops "
        "and will create around 2,000 direct jobs by 2030. ACC plans two more gigafactories, in Kaiserslautern, "
        "Germany, by 2025 and Termoli, Italy, by 2026, for 120 GWh in all by 2030.",
        (
            ("investment", "850 million euros", "acc-billy-berclau"),
            ("commissioning", "by the end of 2024", "acc-billy-berclau"),  # full ramp-up: the first unit's date a step
            ("floor_area", "over 60,000 m2", "acc-billy-berclau"),
            ("jobs", "around 2,000 direct jobs", "acc-billy-berclau"),
        ),
    ),
)

# Held-out 2026-12 (session 7, h23c): written from real articles read this morning, before any change to
# the intake's rules, and only measured. New sources (none is the source of an article above), 7 in
# French and 8 in English. What they do on purpose: national pledges and a company's whole plan beside a
# site's figure, other regions (Mougins, Loire-sur-Rhône, Indiana), a host site's own area and jobs
# (E-Valley, the Bridgestone site), a landowner named beside its tenant (SIG, Castignac), phases and
# figures "so far" beside a target, several projects in one article, headlines and captions, "le site" /
# "the campus".
HELD_OUT_2026_12 = (
    A(
        "lagazette-evalley-castignac-fr",
        "La Gazette Nord-Pas de Calais, « E-Valley : d'une base militaire au plus grand parc logistique d'Europe », "
        "https://lagazettefrance.fr/article/e-valley-d-une-base-militaire-au-plus-grand-parc-logistique-d-europe, "
        "undated page, ≈2024",
        "fr",
        dt.date(2024, 6, 1),
        "E-Valley : de la base aérienne au plus grand parc logistique d'Europe\n"
        "Propriété de la foncière parisienne Castignac, le parc e-Valley couvre aujourd'hui 320 hectares, sur "
        "quatre communes et deux départements. À l'horizon 2030, il approchera le million de mètres carrés de "
        "bâtiments et 3 500 emplois.\n"
        "Légende : Fabrice Galloo, directeur du développement d'e-Valley.\n"
        "Il faut parcourir près de 4 kilomètres pour aller d'un bout à l'autre du parc, sur les routes tracées "
        "le long de l'ancienne piste. Une première tranche de 124 000 m² a été inaugurée en 2021. « Ici, nous "
        "sommes situés sur quatre villes », explique Fabrice Galloo : Haynecourt, Épinoy, Sauchy-Lestrée et "
        "Sancourt. Porté par David Taïeb, fondateur de la foncière BT Immo, et par le fonds canadien Brookfield, "
        "le projet compte huit bâtiments livrés jusqu'en 2030. La base aérienne 103 a compté plus de 3 000 "
        "militaires.",
        (
            ("land_area", "320 hectares", "e-valley-ba103"),
            ("floor_area", "le million de mètres carrés", "e-valley-ba103"),
            ("jobs", "3 500 emplois", "e-valley-ba103"),
        ),
    ),
    A(
        "lagazette-mecaware-greendot-sig-fr",
        "La Gazette Nord-Pas de Calais, « Deux nouvelles sociétés de recyclage des batteries et plastiques en 2025 », "
        "https://lagazettefrance.fr/article/deux-nouvelles-societes-de-recyclage-des-batteries-et-plastiques-en-2025, "
        "undated page, ≈2025-01",
        "fr",
        dt.date(2025, 1, 15),
        "Site Bridgestone de Béthune : deux recycleurs arrivent en 2025\n"
        "Arnaud Degezelle, directeur général de SIG, a remis les clés des futures usines de Mecaware et de Green "
        "Dot. SIG, propriétaire du site et filiale du logisticien Log's, l'avait racheté après l'accord signé avec "
        "Bridgestone France en avril 2021. « Nous avons acquis ce site pour lui donner une seconde vie », dit-il. "
        "En 18 mois, SIG a investi plus de 10 millions d'euros de fonds propres dans des travaux qui ne se voient "
        "pas. Avec ces deux locataires, 60 % du site sera occupé.\n"
        "Légende : Arnaud Degezelle, directeur général de SIG.\n"
        "Mecaware y investit 120 millions d'euros pour ouvrir sa première usine de recyclage des métaux de "
        "batteries en fin de vie, qui traitera 8 000 tonnes de métaux critiques par an. « 98 % sont importés », "
        "rappelle son président.",
        (
            ("occupancy", "60 %", "ex-bridgestone-bethune"),
            ("investment", "120 millions d'euros", "mecaware-bethune"),
        ),
    ),
    A(
        "horizonactu-mecaware-27000-fr",
        "Horizon Actu, « Une usine de recyclage de batteries s'installe à Béthune », "
        "https://horizonactu.fr/actualite-41648-une-usine-de-recyclage-de-batteries-s-installe-a-bethune, ≈2025-01",
        "fr",
        dt.date(2025, 1, 10),
        "Une usine de recyclage de batteries s'installe à Béthune\n"
        "Photo : Mecaware va s'implanter sur l'ex-site de Bridgestone.\n"
        "Bonne nouvelle pour l'emploi à Béthune : la start-up lyonnaise Mecaware a signé fin décembre le bail de "
        "sa future usine sur l'ancien site Bridgestone. Elle y récupérera le lithium et le cobalt des batteries "
        "usagées. Le site lui offre un grand espace, 27 000 m². Une centaine d'emplois sont attendus d'ici 2029, "
        "après le licenciement de 863 salariés à la fermeture de Bridgestone. « C'est une très bonne nouvelle "
        "pour la ville », se réjouit le maire. Les équipements seront installés d'ici la fin de 2025 et la "
        "production doit démarrer courant 2026. La société prévoit d'investir 100 millions d'euros.",
        (
            ("floor_area", "27 000 m²", "mecaware-bethune"),
            ("jobs", "une centaine d'emplois", "mecaware-bethune"),
            ("commissioning", "courant 2026", "mecaware-bethune"),
            ("investment", "100 millions d'euros", "mecaware-bethune"),
        ),
    ),
    A(
        "jde-cambrai-brookfield-fr",
        "Le Journal des Entreprises, « Cambrai bénéficiaire d'un investissement massif pour développer l'IA en "
        "France, annoncé par le canadien Brookfield », https://www.lejournaldesentreprises.com/article/cambrai-"
        "beneficiaire-dun-investissement-massif-pour-developper-lia-en-france-annonce-par-le-canadien-2113116, "
        "2025-02-10",
        "fr",
        dt.date(2025, 2, 10),
        "Cambrai bénéficiaire d'un investissement massif dans l'IA annoncé par Brookfield\n"
        "Après la vallée de la batterie, la vallée de l'IA ? Le 10 février, pendant le Sommet pour l'action sur "
        "l'IA, le fonds canadien Brookfield Asset Management a annoncé « 20 milliards d'euros dans les "
        "infrastructures d'IA en France » d'ici 2030. Le fonds revendique plus de 150 milliards d'euros investis "
        "dans le monde.\n"
        "Jusqu'à 15 milliards d'euros iront aux centres de données, sous la conduite de Data4. Le développeur "
        "parisien, qui prévoyait plus de 500 MW dans plusieurs régions françaises, veut tripler cette capacité "
        "d'ici 2030. Le premier campus, d'une capacité de 1 GW, sera construit à Cambrai. Une enveloppe de "
        "5 milliards d'euros est prévue en plus pour les infrastructures associées.",
        (("power", "1 GW", "cambrai-evalley-dc"),),
    ),
    A(
        "eco121-bridgestone-logs-fr",
        "Eco121, « Bridgestone passe les clés de son site à Log's », https://www.eco121.fr/bridgestone-passe-les-"
        "cles-de-son-site-a-logs/, ≈2021-05",
        "fr",
        dt.date(2021, 5, 3),
        "Bridgestone passe les clés de son site à Log's\n"
        "Béthune. Fermé depuis le 30 avril, le site industriel passe à SIG, prestataire logistique de Bridgestone "
        "depuis 20 ans, pour créer un Pôle Industriel Multi-Technologies.\n"
        "La production de pneus s'est arrêtée le 30 avril, après un PSE signé par les 863 salariés. Le 20 avril, "
        "Bridgestone a signé avec SIG, filiale immobilière de Log'S, la cession des 32 hectares du site, dont "
        "SIG assurera l'aménagement. Le repreneur exploitait déjà 75 000 m2 de logistique dans l'enceinte de "
        "l'usine. À Denain, le groupe vient d'accueillir un site de Lesaffre sur 20 ha, plus un entrepôt pour son "
        "propre usage sur 20 autres hectares. À Béthune, Log'S gardera aussi une plateforme pour lui-même à "
        "l'horizon 2022.",
        (("land_area", "32 hectares", "ex-bridgestone-bethune"),),
    ),
    A(
        "francebleu-verkor-lance-fr",
        "France Bleu Nord, « Port de Dunkerque : Verkor lance officiellement son projet de gigafactory avec "
        "1.200 emplois », https://www.francebleu.fr/infos/economie-social/port-de-dunkerque-verkor-lance-"
        "officiellement-son-projet-de-gigafactory-avec-1-200-emplois-1646164950, 2022-03-01",
        "fr",
        dt.date(2022, 3, 1),
        "Port de Dunkerque : Verkor lance son projet de gigafactory, 1.200 emplois à la clé\n"
        "C'est le troisième projet de gigafactory du Nord-Pas-de-Calais, après ceux d'Envision-Renault et de "
        "Saft-Stellantis. Sur le port de Dunkerque, à Bourbourg et Saint-Georges-sur-l'Aa, Verkor construira son "
        "usine de batteries sur un terrain déjà prêt.\n"
        "Photo : Verkor a signé une lettre d'intention pour 1.200 emplois d'ici 2025. © Radio France\n"
        "Le terrain est viabilisé, avec un poste électrique et une arrivée d'eau industrielle. « Nous avons un an "
        "pour faire le bouclage financier », explique Benoit Lemaignan, président du directoire. Puis viendront "
        "un an de construction et un an de démarrage : les premières batteries sortiront en 2024.",
        (
            ("jobs", "1.200 emplois", "verkor-bourbourg"),
            ("commissioning", "en 2024", "verkor-bourbourg"),
        ),
    ),
    A(
        "clubic-fluidstack-fr",
        "Clubic, « La France défie les États-Unis et la Chine avec son futur supercalculateur d'IA géant à énergie "
        "nucléaire », https://clubic.com/actualite-553116-la-france-defie-les-etats-unis-et-la-chine-avec-son-futur-"
        "supercalculateur-d-ia-geant-a-energie-nucleaire.html, 2025-02-10",
        "fr",
        dt.date(2025, 2, 10),
        "La France défie les États-Unis et la Chine avec un supercalculateur d'IA géant\n"
        "Le britannique Fluidstack a signé lundi 10 février un accord avec le gouvernement pour construire en "
        "France un supercalculateur de 1 gigawatt alimenté par le nucléaire. L'investissement initial atteint "
        "10 milliards d'euros et l'installation démarrera dès 2026. La chaleur du site, « dont l'emplacement "
        "exact n'a pas encore été communiqué », sera récupérée. D'ici 2028, il embarquera près de 500 000 puces "
        "d'IA et atteindra sa pleine capacité de 1 GW.",
        (),
    ),
    A(
        "idcnova-escaudain-data4-en",
        "IDC Nova, Data4 Consortium Selected for €5 Billion Data Center Campus on Former French Steelworks Site, "
        "http://www.idcnova.com/html/1/59/153/4637.html, 2025-12-18",
        "en",
        dt.date(2025, 12, 18),
        "Data4 consortium picked for €5 billion campus on a former French steelworks\n"
        "A consortium of Data4 and the builder BT Immo was selected this week to develop a hyperscale campus at "
        "the Soufflantes industrial park in Escaudain, near Denain. The project is valued at €5 billion ($5.86 "
        "billion). Usinor's steelworks on the site closed 45 years ago, and the government recently listed it "
        "among 35 turnkey locations for data centers. Up to 700MW of power can be brought in by the RTE grid.\n"
        "The consortium now has a two-month feasibility study; if it is approved, the campus could be "
        "operational by 2030. It is part of Brookfield's €20 billion plan for French digital infrastructure. "
        "Data4 operates more than 30 data centers in Europe with about 1.5GW in all.",
        (
            ("investment", "€5 billion", "escaudain-dc"),
            ("power", "Up to 700MW", "escaudain-dc"),
            ("commissioning", "by 2030", "escaudain-dc"),
        ),
    ),
    A(
        "warptech-edf-softbank-eclairion-en",
        "Warp Tech Lab (syndicating Data Center Dynamics), EDF picks SoftBank and Eclairion for AI data centers on "
        "two of its sites, https://news.warptechlab.com/news/187364909, ≈2026-06-02",
        "en",
        dt.date(2026, 6, 2),
        "EDF picks SoftBank and Eclairion for data centers on two of its sites\n"
        "EDF has chosen SoftBank and Eclairion to build and operate AI data centers on two French sites it owns.\n"
        "Caption: EDF\n"
        "SoftBank is the preferred bidder to design, build and run a 400MW data center at Bouchain, in northern "
        "France. The French developer Eclairion said it was picked for a 330MW data center at Loire-sur-Rhône. "
        "In March 2025 EDF offered developers sites with 2GW of available power in total, which it said could "
        "save \"several years\".",
        (("power", "400MW", "bouchain-softbank-dc"),),
    ),
    A(
        "evertiq-aesc-douai-production-en",
        "Evertiq, AESC starts battery production at Douai gigafactory, "
        "https://evertiq.com/news/2025-06-12-aesc-starts-battery-production-at-douai-gigafactory, 2025-06-12",
        "en",
        dt.date(2025, 6, 12),
        "AESC starts battery production at Douai gigafactory\n"
        "The EV battery maker AESC has officially started production at its gigafactory in Douai, France. Built "
        "with Bpifrance, the Caisse des Dépôts, the European Investment Bank and a group of banks, the plant can "
        "make 10 GWh a year and supplies Renault, enough for up to 200,000 electric cars annually.\n"
        "The site has created 650 jobs so far, and its workforce should grow to 1,000 people as output rises. "
        "\"A pivotal step\", said AESC's chairman Lei Zhang.",
        (
            ("status", "operational", "envision-aesc-douai"),
            ("jobs", "1,000 people", "envision-aesc-douai"),
        ),
    ),
    A(
        "batterytech-verkor-inaugurated-en",
        "Battery-Tech Network, Verkor launches 16 GWh battery gigafactory near Dunkerque, "
        "https://battery-tech.net/battery-markets-news/verkor-launches-16-gwh-battery-gigafactory-near-dunkerque, "
        "2025-12-11",
        "en",
        dt.date(2025, 12, 11),
        "Verkor launches 16 GWh battery gigafactory near Dunkerque\n"
        "Verkor inaugurated on December 11, 2025 its first lithium-ion cell gigafactory, in Bourbourg near "
        "Dunkerque, with President Emmanuel Macron as patron. The plant starts with 16 GWh a year. It will create "
        "approximately 1,200 direct jobs and some 3,000 indirect ones. First batteries go to the Alpine A390 in "
        "2026, and Verkor wants 50 GWh a year by 2030. Since 2020 the company has raised more than €3 billion "
        "from private and public investors for the Dunkerque plant and its Grenoble innovation centre.",
        (
            ("status", "operational", "verkor-bourbourg"),
            ("jobs", "approximately 1,200 direct jobs", "verkor-bourbourg"),
        ),
    ),
    A(
        "onmine-nebius-bethune-en",
        "Onmine, AI's new land grab: Meta's Indiana megaproject and the rise of Europe's neocloud challengers, "
        "https://onmine.io/ais-new-land-grab-metas-indiana-megaproject-and-the-rise-of-europes-neocloud-challengers, "
        "≈2026-02",
        "en",
        dt.date(2026, 2, 16),
        "AI's new land grab: Meta in Indiana, neoclouds in Europe\n"
        "While Meta's Indiana campus leads hyperscale growth in the United States, Europe had its own milestone "
        "this week: Amsterdam-based Nebius unveiled a 240-megawatt data center campus in Béthune, near Lille. "
        "Once complete, the campus will be among Europe's largest AI facilities. It reuses a former Bridgestone "
        "tire plant, already fitted with heavy power access, transport links and industrial zoning.",
        (("power", "240-megawatt", "bethune-azur-dc"), ("status", "announced", "bethune-azur-dc")),
    ),
    A(
        "bebeez-evroc-mougins-en",
        "BeBeez (citing Sifted), Cloud startup evroc to build hyperscale AI data centre in France, "
        "https://bebeez.eu/2025/02/10/cloud-startup-evroc-to-build-hyperscale-ai-data-centre-in-france, 2025-02-10",
        "en",
        dt.date(2025, 2, 10),
        "Swedish startup evroc to build a hyperscale AI data centre in France\n"
        "As the AI Action Summit opens in Paris, the Swedish cloud startup evroc has unveiled a hyperscale data "
        "centre in France. In 2023 it said it would raise €3bn within two years for two hyperscale sites in "
        "Europe; the first is going up near Stockholm's airport, and the second will be in Mougins, ten minutes "
        "from Sophia Antipolis. The 96-megawatt facility will house around 50k GPUs, and full capacity will take "
        "an estimated €4bn. The French government has identified up to 35 sites across France for new data "
        "centres.",
        (),
    ),
    A(
        "makersng-softbank-bosquel-en",
        "Makers NG, SoftBank to build AI data centres across France, https://makersng.com/?p=14844, 2026-05-31",
        "en",
        dt.date(2026, 5, 31),
        "SoftBank commits billions to French AI data centres\n"
        "SoftBank Group Corp. will build and operate large AI data centres across France, a deal announced on "
        "May 30, 2026 at the Choose France summit, with EDF and Schneider Electric as partners, for up to 5 "
        "gigawatts of capacity. A first phase of €45 billion is to bring 3.1 GW online by 2031 in Hauts-de-France, "
        "with projects already slated for Dunkirk (Loon-Plage), Bosquel and Bouchain.\n"
        "A joint venture majority-owned by SoftBank Group Corp. with Sesterce will develop and operate a 1 GW AI "
        "data centre campus in Bosquel.",
        (("power", "1 GW", "le-bosquel-dc"),),
    ),
    A(
        "iictf-mgx-campus-ai-second-site-en",
        "IICTF, MGX Expands Campus AI France Presence With Second Site, Boosting Investment and Jobs in 2026, "
        "https://iictf.in/mgx-expands-campus-ai-france-second-site/, ≈2026",
        "en",
        dt.date(2026, 6, 1),
        "MGX expands Campus AI in France with a second site\n"
        "A second Campus AI site in France lifts the project's planned computing capacity to as much as 3GW "
        "nationwide. The consortium of MGX, Bpifrance and Mistral, with NVIDIA, confirmed the new site, which "
        "complements the flagship campus in Fouju, in Seine-et-Marne. The enlarged network is expected to create "
        "thousands of jobs across France.",
        (),
    ),
)

TUNING = (*ARTICLES, *TUNING_REAL, *DEV_BATCH_8, *DEV_BATCH_9, *DEV_BATCH_10, *DEV_BATCH_11, *DEV_BATCH_12)
HELD_OUT_ALL = (*HELD_OUT, *HELD_OUT_REAL)

