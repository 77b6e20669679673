"""Development articles, eighth batch (session 8, h23t): written after held-out 2026-12 was read, from
other real articles (each address below; none is the source of another part's article), in our own
words with the real one's structure, figures and short quoted phrases. What they hold on purpose:

- a company's figure in a sentence that names only the company: a fund's or a group's national plan,
  a capacity "in several regions", a utility's sites "in total", another plant of the same operator
  (Grenoble's research centre beside Dunkirk's gigafactory);
- a former occupant's or a neighbour's figures in an article about a host site or its town (the jobs
  a closed plant had, another company's hectares in the same industrial park);
- another plant of the same operator named by its town (ACC's Nersac beside Billy-Berclau), a total of
  several gigafactories, a count of staff right after "de" (« on parle de 2000 salariés »);
- « le site » meaning the host or the tenant: a tenant's figures in an article about it, the host's own
  floor area and staff beside its tenants';
- dates: a horizon opening a sentence before what is reached, jobs « attendus d'ici 2030 », a start
  after permits are obtained, a project the dataset does not know (Hordain: expected with no site);
- a company's national plan named beside one of its sites (Sesterce's 52 bn, Microsoft's 4 bn, Data4's
  700 MW "in northern France" with no town named).

`expected` as in tests/intake_eval.py. Part of the development set (`intake_eval_real.TUNING`).
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import EvalArticle as A

DEV_BATCH_8 = (
    A(
        "globalsecuritymag-data4-15-milliards-fr",
        "Global Security Mag (tribune d'Olivier Micheli), « 15 milliards d'euros pour développer des datacenters en "
        "France : Data4 au pilotage », https://www.globalsecuritymag.fr/15-milliards-d-euros-pour-developper-des-"
        "datacenters-en-france-data4-au.html, 2025-02",
        "fr",
        dt.date(2025, 2, 10),
        "Datacenters : Data4 pilotera 15 milliards d'euros d'investissements en France\n"
        "Le fonds Brookfield a fait part ce lundi de son intention de consacrer 20 milliards d'euros à "
        "l'infrastructure de l'IA en France d'ici 2030. Data4 conduira la part des centres de données, soit 15 "
        "milliards d'euros. L'opérateur avait déjà programmé plus de 500 MW de capacité dans plusieurs régions "
        "françaises et entend tripler ce volume d'ici à 2030. Selon le président de Data4, l'Europe aura besoin "
        "de 23 GW de data centers en 2030, quand elle n'en compte que 6,5 GW aujourd'hui.",
        (),
    ),
    A(
        "idcnova-edf-softbank-eclairion-730mw-en",
        "IDC Nova, EDF Selects SoftBank and Eclairion to Develop 730MW AI Data Center Projects at Former French "
        "Power Stations, http://www.idcnova.com/html/1/59/153/6010.html, 2026-06-02",
        "en",
        dt.date(2026, 6, 2),
        "EDF picks SoftBank and Eclairion for 730MW of AI data centers on old power station land\n"
        "The French utility EDF has chosen the Japanese group SoftBank and the French developer Eclairion to build "
        "AI data centers on former power station sites in France, with a combined capacity of 730 megawatts. The "
        "sites already have grid connections and industrial zoning, which shortens the path to operation. "
        "Analysts say the 730MW in total ranks the programme among Europe's largest AI projects.",
        (),
    ),
    A(
        "tf1info-verkor-levee-record-fr",
        "TF1 Info, « Batteries électriques : la start-up française Verkor boucle une levée de fonds record pour sa "
        "méga-usine du Nord », https://www.tf1info.fr/economie/batteries-electriques-la-start-up-francaise-verkor-"
        "boucle-une-levee-de-fonds-record-pour-sa-mega-usine-gigafactory-du-nord-2269716.html, 2023-09-14",
        "fr",
        dt.date(2023, 9, 14),
        "Verkor boucle une levée de fonds record pour sa gigafactory du Nord\n"
        "La jeune pousse grenobloise Verkor a réuni plus de 2 milliards d'euros de financements privés et publics. "
        "L'opération la valorise à « plus d'un milliard d'euros », selon son président Benoit Lemaignan. Créée en "
        "2020, l'entreprise a ouvert en juin son usine pilote de Grenoble. Elle compte ouvrir d'ici 2025 sa "
        "gigafactory de Bourbourg, près de Dunkerque : pour une production initiale de 16 GWh par an, 1 200 "
        "emplois directs seront créés.",
        (
            ("commissioning", "d'ici 2025", "verkor-bourbourg"),
            ("jobs", "1 200 emplois directs", "verkor-bourbourg"),
        ),
    ),
    A(
        "brefeco-verkor-tour-de-table-fr",
        "Bref Eco, « Tour de table finalisé pour la gigafactory », https://www.brefeco.com/actualite/constructeurs-"
        "automobiles-vehicules-industriels/tour-de-table-finalise-pour-la-gigafactory, ≈2023-09",
        "fr",
        dt.date(2023, 9, 20),
        "Verkor finalise son tour de table pour la gigafactory de Dunkerque\n"
        "La société grenobloise Verkor a bouclé le plus gros montage financier de sa courte histoire : 2,1 "
        "milliards d'euros entre fonds propres, lignes de crédit et subventions. Depuis 2020, Verkor a construit "
        "à Grenoble un centre de recherche de 15 000 m², soutenu à hauteur de 250 millions d'euros par ses "
        "partenaires, et lancé une école de la batterie. Prochaine étape : l'ouverture de sa gigafactory sur le "
        "port de Dunkerque.",
        (),
    ),
    A(
        "eco121-siziaf-douvrin-fr",
        "Eco121, « Siziaf : 1000 emplois au programme », https://www.eco121.fr/siziaf-1000-emplois-au-programme/, "
        "≈2019",
        "fr",
        dt.date(2019, 6, 1),
        "Douvrin : le parc Artois-Flandres attend un millier d'emplois\n"
        "Douvrin. La plus grande zone industrielle du Pas-de-Calais reprend des couleurs : dix projets doivent y "
        "bâtir 150 000 m2 de bâtiments et créer un millier d'emplois. Le parc avait été créé en 1970 pour le "
        "motoriste Française de Mécanique, qui a compté jusqu'à 6 000 salariés avant de redescendre à 2 000. "
        "Sur 10 ha laissés par l'usine, le fabricant de pompes à chaleur Atlantic a créé 120 emplois. Aquarèse "
        "construit un bâtiment de 8 000 m2 pour 9 millions d'euros.",
        (),
    ),
    A(
        "francebleu-acc-douvrin-2000-emplois-fr",
        "France Bleu Nord, « Une gigafactory et 2000 emplois annoncés à Douvrin », https://www.francebleu.fr/infos/"
        "economie-social/une-gigafactory-et-2000-emplois-annonces-a-douvrin-1599153981, 2020-09-03",
        "fr",
        dt.date(2020, 9, 3),
        "Une gigafactory et 2000 emplois annoncés à Douvrin\n"
        "Le projet mûrissait depuis des mois : la région, les agglomérations de Lens et de Béthune et le syndicat "
        "de la zone Artois-Flandres s'étaient engagés pour plus de 120 millions d'euros. PSA et Total ont retenu "
        "Douvrin, entre Lens et Béthune, pour l'usine française de leur société commune de batteries. La "
        "gigafactory s'élèvera juste à côté de l'ancienne Française de Mécanique, qui fabrique des moteurs "
        "thermiques depuis plus de 50 ans et a compté jusqu'à 6 000 salariés. Rien n'est officiel, mais on parle "
        "de 2000 salariés pour la nouvelle usine, qui pourrait produire dès 2023.",
        (
            ("jobs", "2000 salariés", "acc-billy-berclau"),
            ("commissioning", "dès 2023", "acc-billy-berclau"),
        ),
    ),
    A(
        "infos-fr-gigafactories-recrutement-fr",
        "Infos.fr, « Recrutement : la longue marche des gigafactories des Hauts-de-France », https://infos.fr/"
        "economie/2024/06/08/recrutement-longue-marche-gigafactories-hauts-de-france/amp, 2024-06-08",
        "fr",
        dt.date(2024, 6, 8),
        "Gigafactories : la longue marche du recrutement dans les Hauts-de-France\n"
        "Depuis le haut de l'usine d'ACC à Billy-Berclau et Douvrin, on aperçoit l'ancien chevalement du puits "
        "n° 5 de Meurchin. En 1971, Peugeot et Citroën avaient installé ici la Française de Mécanique pour "
        "employer les mineurs. Devenue filiale de Stellantis, l'usine de moteurs emploie aujourd'hui moins de "
        "1 000 personnes et vit ses derniers jours. La région attend cinq gigafactories, qui devraient créer "
        "jusqu'à 20 000 emplois au total.",
        (),
    ),
    A(
        "aquisocial-acc-nersac-fr",
        "Aquisocial, ACC Nersac : fermeture temporaire du pôle chimie, https://aquisocial.fr/?p=5875, ≈2025",
        "fr",
        dt.date(2025, 3, 1),
        "ACC : le pôle chimie de Nersac s'arrête\n"
        "ACC, qui produit ses cellules de batteries à Billy-Berclau, ferme temporairement le pôle chimie de son "
        "site de Nersac, en Charente, qui emploie 198 salariés. Une trentaine d'emplois sont concernés ; du "
        "chômage partiel pourrait suivre à partir d'avril.",
        (),
    ),
    A(
        "businessman-blackstar-mobivia-bridgestone-fr",
        "Businessman.fr, « INDUSTRIE : du reconditionnement de pneus prévu sur l'ancien site Bridgestone », "
        "http://www.businessman.fr/information-veille-economique-actualite-entreprise-industrie/information-veille-"
        "economique-actualite-entreprise-industries-diverses/industrie-du-reconditionnement-de-pneus-prvu-sur-lancien-"
        "site-bridgestone/630524, ≈2021-06",
        "fr",
        dt.date(2021, 6, 15),
        "Du reconditionnement de pneus sur l'ancien site Bridgestone\n"
        "Le groupe nordiste Mobivia et sa filiale Black Star ont signé un accord pour installer une unité de "
        "collecte, de tri et de reconditionnement de pneus sur l'ancien site Bridgestone de Béthune. L'activité "
        "occupera 12 000 m², soit environ un quart de la surface qu'utilisait Bridgestone. Le site accueillera "
        "une cinquantaine d'emplois dès janvier, puis 200 d'ici 2025. C'est le premier projet de "
        "réindustrialisation validé.",
        (("floor_area", "12 000 m²", "black-star-bethune"),),
    ),
    A(
        "libertehebdo-page-se-tourne-bridgestone-fr",
        "Liberté Hebdo, « La page se tourne pour Bridgestone », https://libertehebdo.fr/economie-et-social/industrie/"
        "article/la-page-se-tourne-pour-bridgestone, 2021-04-23",
        "fr",
        dt.date(2021, 4, 23),
        "Béthune : la page se tourne pour Bridgestone\n"
        "Les pneus Bridgestone ne sortiront plus de l'usine de Béthune après le 30 avril. Des 863 salariés, 120 "
        "ont retrouvé un contrat et 120 suivent une formation ; les autres recevront leur lettre de licenciement "
        "le 5 mai. Le site de 32 hectares sera découpé en parcelles pour des entreprises sans lien avec le pneu. "
        "Bridgestone a signé le 20 avril avec SIG, filiale d'aménagement du groupe Log's, qui a déjà reconverti "
        "les friches d'Usinor à Denain et de Norzinco à Anzin.\n"
        "© Ville de Béthune",
        (("land_area", "32 hectares", "ex-bridgestone-bethune"),),
    ),
    A(
        "jeunediplome-ennea-bridgestone-fr",
        "Jeunediplome.net (reprise d'un article de presse nationale), « A Béthune, la discrète renaissance de "
        "l'industrie », https://jeunediplome.net:443/2023/05/page/6, 2023-05",
        "fr",
        dt.date(2023, 5, 15),
        "À Béthune, l'industrie renaît discrètement dans l'ancienne usine Bridgestone\n"
        "Le 11 mai, élus et chefs d'entreprise ont fêté l'arrivée d'Ennea Groupe sur une petite parcelle de "
        "l'ancienne usine Bridgestone, un bâtiment de 200 000 mètres carrés. Ennea y rejoint Black Star, "
        "Bringback et LPI. En tout, une centaine de salariés travaillent aujourd'hui dans l'ancienne usine, et "
        "ce nombre devrait doubler dans les mois qui viennent. Ennea, qui remet à neuf des laveuses et des "
        "compresseurs, a créé quatorze emplois. « À terme, nous aimerions occuper 5 000 mètres carrés au lieu "
        "de 2 200 aujourd'hui », dit son directeur général.",
        (
            ("floor_area", "200 000 mètres carrés", "ex-bridgestone-bethune"),
            ("jobs", "une centaine de salariés", "ex-bridgestone-bethune"),
            ("jobs", "quatorze emplois", "ennea-bethune"),
            ("floor_area", "5 000 mètres carrés", "ennea-bethune"),
        ),
    ),
    A(
        "24matins-escaudain-2400-emplois-fr",
        "24matins, « Un centre de données dédié à l'IA envisagé dans le Nord, avec 2 400 emplois prévus », "
        "https://www.24matins.fr/un-centre-de-donnees-dedie-a-lia-envisage-dans-le-nord-avec-2-400-emplois-prevus-"
        "1399712, 2025-12",
        "fr",
        dt.date(2025, 12, 10),
        "Un data center d'IA prévu dans le Nord, 2 400 emplois à la clé\n"
        "D'ici à 2030, un centre de données consacré à l'intelligence artificielle doit ouvrir près de "
        "Valenciennes. Les élus viennent d'approuver le projet, attendu sur l'ancienne friche Usinor d'Escaudain, "
        "qui mobilisera cinq milliards d'euros. À terme, le site devrait compter près de 2 400 emplois "
        "permanents, selon l'agglomération de la Porte du Hainaut. Le nom de l'investisseur sera connu à la "
        "mi-décembre.",
        (
            ("commissioning", "D'ici à 2030", "escaudain-dc"),
            ("investment", "cinq milliards d'euros", "escaudain-dc"),
            ("jobs", "près de 2 400 emplois permanents", "escaudain-dc"),
        ),
    ),
    A(
        "economiematin-escaudain-fr",
        "Economie Matin (Stéphanie Haerts), « IA : un data center va créer 2 400 emplois dans le nord », "
        "https://www.economiematin.fr/ia-data-center-2400-emplois-nord, 2025-12-11",
        "fr",
        dt.date(2025, 12, 11),
        "IA : 2 400 emplois attendus avec un data center dans le Nord\n"
        "Huit données de Français sur dix, soit 80 %, sont hébergées aux États-Unis. La Porte du Hainaut a "
        "officialisé le 9 décembre 2025 un très grand data center sur l'ancien site Usinor d'Escaudain, près de "
        "Valenciennes : 5 milliards d'euros, pour un site opérationnel à l'horizon 2030. Le terrain offre 38 "
        "hectares, tout près du poste à très haute tension de Mastaing. Jusqu'à 2 400 emplois permanents sont "
        "attendus d'ici 2030.",
        (
            ("status", "announced", "escaudain-dc"),
            ("announced", "le 9 décembre 2025", "escaudain-dc"),
            ("investment", "5 milliards d'euros", "escaudain-dc"),
            ("commissioning", "à l'horizon 2030", "escaudain-dc"),
            ("land_area", "38 hectares", "escaudain-dc"),
            ("jobs", "Jusqu'à 2 400 emplois permanents", "escaudain-dc"),
        ),
    ),
    A(
        "horizonactu-battri-production-fr",
        "Horizon Actu, « Battri, usine de recyclage de batteries électriques, lancera sa production au printemps à "
        "Saint-Laurent-Blangy », https://horizonactu.fr/actualite-41837-battri-usine-de-recyclage-de-batteries-"
        "electriques-lancera-sa-production-au-printemps-a-saint-laurent-blangy, ≈2025-02",
        "fr",
        dt.date(2025, 2, 10),
        "Battri lancera sa production au printemps à Saint-Laurent-Blangy\n"
        "La start-up lilloise Battri a choisi l'Arrageois pour sa première usine de recyclage de batteries : "
        "l'ancien entrepôt Leclerc de l'Actiparc, à Saint-Laurent-Blangy, et ses 15 000 m². Les machines sont "
        "en place ; la production devrait suivre au printemps. Quelque 20 millions d'euros ont été investis. "
        "Cinquante emplois seront créés d'ici la fin 2025, et l'effectif doit doubler avec une deuxième ligne "
        "l'année suivante. Une autre usine de recyclage, Mecaware, s'installe sur l'ancien site Bridgestone de "
        "Béthune.",
        (
            ("floor_area", "15 000 m²", "battri-saint-laurent-blangy"),
            ("investment", "20 millions d'euros", "battri-saint-laurent-blangy"),
            ("jobs", "Cinquante emplois", "battri-saint-laurent-blangy"),
        ),
    ),
    A(
        "techniques-ingenieur-hydrovolt-hordain-fr",
        "Techniques de l'Ingénieur, « Bientôt de premières usines de recyclage de batteries en France », "
        "https://www.techniques-ingenieur.fr/actualite/articles/bientot-de-premieres-usines-de-recyclage-de-"
        "batteries-en-france-136431/, 2024-08",
        "fr",
        dt.date(2024, 8, 20),
        "Recyclage des batteries : les premières usines arrivent\n"
        "Le 2 juillet, Hydrovolt, coentreprise du norvégien Hydro et du suédois Northvolt, a annoncé une usine de "
        "recyclage de batteries lithium-ion à Hordain, dans la vallée de la batterie. Le bâtiment retenu offre "
        "déjà environ 3 000 mètres carrés adaptés au recyclage. Le site démarrera ses opérations mi-2025, une fois "
        "ses permis d'exploitation obtenus.",
        (
            ("status", "announced", None),
            ("floor_area", "environ 3 000 mètres carrés", None),
            ("commissioning", "mi-2025", None),
        ),
    ),
    A(
        "datackathon-microsoft-trois-terrains-fr",
        "Datackathon, « Microsoft : un projet de data centers dans le Nord-Pas-de-Calais (Hauts-de-France) », "
        "https://www.datackathon.com/microsoft-un-projet-de-data-centers-dans-le-nord-pas-de-calais-hauts-de-france/, "
        "≈2024-09",
        "fr",
        dt.date(2024, 9, 15),
        "Microsoft prépare des data centers dans le Nord et le Pas-de-Calais\n"
        "Microsoft veut installer plusieurs centres de données dans le Nord et le Pas-de-Calais et a retenu trois "
        "terrains : dans les Flandres intérieures, dans l'Audomarois et dans le Calaisis. À Quaëdypre, la commune "
        "pourrait céder un terrain de trente hectares, dont elle possède une partie. À Vieille-Église, le terrain "
        "industriel est à dix kilomètres de la centrale nucléaire de Gravelines. À Zouafques, près de "
        "Saint-Omer, les discussions durent depuis plus de deux ans. Le tout s'inscrit dans le plan de 4 "
        "milliards d'euros annoncé par Microsoft en mai 2024 pour ses infrastructures en France.",
        (("land_area", "trente hectares", "microsoft-quaedypre"),),
    ),
    A(
        "patriotictech-data4-700mw-en",
        "Patriotic Tech, Data4 France 700MW AI data center campus, https://www.patriotictech.com/data4-france-700mw-"
        "ai-data-center-campus-2026/, ≈2026",
        "en",
        dt.date(2026, 1, 15),
        "Data4's 700MW campus shows AI data centers are industrial infrastructure\n"
        "At hundreds of megawatts, an AI data center becomes industrial infrastructure that needs power planning, "
        "land, cooling and political support. Data Center Dynamics reported that Data4 confirmed a 5 billion euro "
        "plan for a 700MW AI data center in northern France, on a former steelworks site. Such a facility is a "
        "long-term bet on AI demand, and communities will ask about water, noise and the grid.",
        (),
    ),
    A(
        "clubic-sesterce-52-milliards-fr",
        "Clubic, « 52 milliards d'euros, data centers et supercalculateur : l'entreprise française Sesterce met le "
        "paquet sur l'IA », https://clubic.com/actualite-553125-milliards-d-euros-data-centers-et-supercalculateur-l-"
        "entreprise-francaise-sesterce-met-le-paquet-sur-l-ia.html, 2025-02-11",
        "fr",
        dt.date(2025, 2, 11),
        "Sesterce annonce 52 milliards d'euros pour l'IA en France\n"
        "Après Fluidstack, c'est au tour d'une entreprise française : Sesterce a présenté lundi un plan de 52 "
        "milliards d'euros pour déployer plus d'un million de GPU en France d'ici 2030. La société marseillaise "
        "vise une puissance de calcul de 1,5 GW et pourrait créer 5 000 emplois. La première phase se fera près "
        "de Valence, avec un data center de 40 000 GPU et un investissement initial de 1,8 milliard d'euros. "
        "Sesterce prévoit ensuite deux sites dans le Grand Est, pour 600 MW cumulés en 2028.",
        (),
    ),
    A(
        "trylattice-softbank-sesterce-bosquel-en",
        "Lattice (investor blog), SoftBank and Sesterce selected for a 1 GW AI campus in Bosquel, "
        "https://www.trylattice.io/blog/cmpuxbs5i000901rv2yaluret, ≈2026-06",
        "en",
        dt.date(2026, 6, 1),
        "SoftBank's very big power grab in France\n"
        "SoftBank Group says its joint venture with the French AI infrastructure firm Sesterce has been selected to "
        "develop and run a 1 GW artificial intelligence data center campus in Bosquel, France. For investors, it "
        "deepens SoftBank's footprint in AI infrastructure. It is still a project announcement, not a finished "
        "campus: the electricity bills will be long-term too.",
        (("power", "1 GW", "le-bosquel-dc"),),
    ),
)
