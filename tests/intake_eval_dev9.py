"""Development articles, ninth batch (session 9, h25t): written after held-out 2026-12b was read, from
other real articles found with the library's search of stored pages (each address below; none is the
source of another part's article), in our own words with the real one's structure, figures and short
quoted phrases. They hold the error classes read on 2026-12b, so each rule of session 9 is checked on
texts it was not written from:

- statuses said otherwise than « a annoncé »: « ouvre ses portes », an inauguration, 'announced plans',
  « officialisé », 'construction began';
- dates in other forms: « d'ici la fin 2023 », « à partir de 2030 », « en mars 2025 », a building
  « achevé en novembre 2024 » (works, not the start), a shuttle running 'since September 2' (no site's);
- counts of people that are not the project's jobs: the construction's « centaines d'emplois », a daily
  presence on site, former workers, indirect jobs, a total said of the four gigafactories of the region;
- money that is not the investment: a grant, the price of the land;
- the region's other plants and reactors named beside the site; a company's national plan alone;
- a groundbreaking, permits and subsidies of past years, a phase's completion, an abandonment said of
  three sites together.

`expected` as in tests/intake_eval.py. Part of the development set (`intake_eval_real.TUNING`).
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import EvalArticle as A

DEV_BATCH_9 = (
    A(
        "4re-acc-ouvre-ses-portes-fr",
        "4re.fr, brief on ACC's gigafactory opening at Billy-Berclau, https://4re.fr/?p=75585, 2023-05-30",
        "fr",
        dt.date(2023, 5, 30),
        "Billy-Berclau : la gigafactory de batteries ouvre ses portes\n"
        "Ce mardi 30 mai, une usine géante de batteries électriques ouvre ses portes à Billy-Berclau, dans le "
        "Pas-de-Calais. Elle fabriquera en France des batteries destinées aux voitures électriques. La production "
        "y commencera d'ici la fin 2023.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("commissioning", "d'ici la fin 2023", "acc-billy-berclau"),
        ),
    ),
    A(
        "actuorange-bfmtv-douvrin-2000-fr",
        "BFMTV via actu.orange.fr, « La gigafactory de Douvrin, dans le Pas-de-Calais, emploiera 2000 personnes "
        "d'ici 2030 », https://actu.orange.fr/videos/france/la-gigafactory-de-douvrin-dans-le-pas-de-calais-"
        "emploiera-2000-personnes-d-ici-2030-CNT0000024gMHf.html, ≈2023-05-30",
        "fr",
        dt.date(2023, 5, 30),
        "Douvrin : la gigafactory emploiera 2000 personnes d'ici 2030\n"
        "Les gigafactories se multiplient. Dans le Pas-de-Calais, à Douvrin, l'usine qui entrera en service cet été "
        "sortira chaque année 800.000 batteries pour voitures électriques. 7 milliards d'euros ont été investis dans "
        "ce site. Les Hauts-de-France deviennent la vallée de la batterie : quatre gigafactories au total doivent "
        "s'y implanter, de Dunkerque à Douai.",
        (
            # "d'ici 2030" dates the jobs; « cet été » is a season without its year (not read: a reviewer's).
            ("jobs", "2000 personnes", "acc-billy-berclau"),
            ("investment", "7 milliards d'euros", "acc-billy-berclau"),
        ),
    ),
    A(
        "coudekerque-emploi-verkor-fr",
        "Coudekerque Emploi, « Gigafactory à Dunkerque : le projet est lancé, les postulants peuvent se manifester », "
        "https://www.coudekerque-emploi.fr/gigafactory-a-dunkerque-le-projet-est-lance-les-postulants-peuvent-se-"
        "manifester/, ≈2022-03",
        "fr",
        dt.date(2022, 3, 8),
        "Gigafactory à Dunkerque : le projet lancé, les candidats peuvent se signaler\n"
        "Verkor a signé ce mardi le contrat de réservation de son terrain sur le port de Dunkerque, un mois après "
        "l'annonce de son usine de batteries électriques et de ses 2 000 emplois directs à l'horizon 2030.\n"
        "Benoit Lemaignan, président de la jeune pousse grenobloise, est venu parapher la lettre d'intention avec la "
        "communauté urbaine, la Région, l'État et le Grand port maritime.\n"
        "Le site bas carbone, à cheval sur Bourbourg, Craywick et Saint-Georges-sur-l'Aa, créera 2 000 emplois "
        "directs, 1 200 dès 2025 puis 800 de plus d'ici 2030, et environ 3 000 emplois indirects, « sans compter les "
        "centaines d'emplois liés à la construction de l'usine ». Le recrutement débutera début 2023.",
        (
            # « un mois après l'annonce de son usine »: the project announced, in the past (labelling conventions,
            # tests/intake_eval.py; relabelled in session 9 by h26t, when the noun form of an announcement was read).
            ("jobs", "2 000 emplois directs", "verkor-bourbourg"),
            ("status", "announced", "verkor-bourbourg"),
        ),
    ),
    A(
        "lesinguliersete-escaudain-fr",
        "Le Singulier Été, « Un investissement de cinq milliards d'euros pour un futur géant de l'IA dans le Nord », "
        "https://lesinguliersete.fr/un-investissement-de-cinq-milliards-deuros-pour-un-futur-geant-de-lia-dans-le-nord, "
        "≈2025-11",
        "fr",
        dt.date(2025, 11, 26),
        "Cinq milliards d'euros pour un futur géant de l'IA dans le Nord\n"
        "La communauté d'agglomération de la Porte du Hainaut a officialisé mardi un centre de données consacré à "
        "l'intelligence artificielle, dont la mise en service est attendue à partir de 2030.\n"
        "Le porteur, un « acteur majeur du secteur », sera nommé à la mi-décembre. Le terrain choisi est une grande "
        "friche de l'ancien groupe Usinor à Escaudain, près de Valenciennes. À pleine capacité, le site devrait "
        "compter environ 2 400 emplois permanents, et plus de 2 000 personnes y seraient présentes chaque jour.\n"
        "Près de Cambrai, le fonds canadien Brookfield avait déjà annoncé en février un centre de données sur une "
        "ancienne base aérienne, dans un engagement d'investissement plus large en France.",
        (
            # People present each day are no jobs count (labelling conventions, tests/intake_eval.py; session
            # 6's thepraguepost-afp-escaudain, which took them, relabelled the same way).
            ("status", "announced", "escaudain-dc"),
            ("commissioning", "à partir de 2030", "escaudain-dc"),
            ("jobs", "environ 2 400 emplois permanents", "escaudain-dc"),
        ),
    ),
    A(
        "aletheiapress-aesc-lambres-fr",
        "Aletheia Press, Envision AESC buys 18 hectares at Lambres-lez-Douai, https://aletheiapress.fr/?p=3565, "
        "undated page (inferred: the works end in November 2024), ≈2024-02",
        "fr",
        dt.date(2024, 2, 15),
        "Envision AESC devient propriétaire de son terrain à Lambres-lez-Douai\n"
        "Le fabricant de batteries Envision AESC a acheté à Douaisis Agglo un terrain de 18 hectares, pour 7 millions "
        "d'euros. Les élus y voient des retombées pour le territoire : « 1 000 salariés » travailleront dans la future "
        "usine de Douai.\n"
        "Un démarrage en mars 2025\n"
        "Sur le terrain, un bâtiment de 90 000 m2 est en construction ; six lignes de production y tourneront. "
        "« Nous visons 9 gigawattheures par an », dit son dirigeant. Les travaux seront achevés en novembre 2024 et la "
        "production lancée en mars 2025, avant six mois de montée en cadence. Deux autres bâtiments de 90 000 m2 "
        "pourraient suivre.",
        (
            # The 7 millions are the land's price; the two more buildings are a possibility.
            ("land_area", "18 hectares", "envision-aesc-douai"),
            ("jobs", "1 000 salariés", "envision-aesc-douai"),
            ("floor_area", "90 000 m2", "envision-aesc-douai"),
            ("status", "under_construction", "envision-aesc-douai"),
            ("commissioning", "en mars 2025", "envision-aesc-douai"),
        ),
    ),
    A(
        "evertiq-aesc-state-aid-en",
        "Evertiq, Commission approves French aid to Envision AESC's Douai plant, https://evertiq.com/news/57194, "
        "2025-02-04",
        "en",
        dt.date(2025, 2, 4),
        "EU clears French aid for Envision AESC's Douai battery plant\n"
        "France told the Commission it wants to support Envision AESC France with the first phase of a new plant in "
        "Douai, Hauts-de-France, which will make lithium-ion batteries for electric cars, 9 GWh a year at first.\n"
        "The support, a direct grant, comes to EUR 48 million, and the project should create about 1,000 direct jobs.",
        (("jobs", "about 1,000 direct jobs", "envision-aesc-douai"),),
    ),
    A(
        "am1-lemonde-verkor-record-time-en",
        "Le Monde (English), In northern France, the massive Verkor battery factory built in record time, via am1.news, "
        "https://am1.news/usconservative/topic/lemonde/6-slug-in-northern-france-the-massive-verkor-battery-factory-"
        "built-in-record-time, ≈2024-09",
        "en",
        dt.date(2024, 9, 20),
        "In northern France, Verkor's huge battery plant rises in record time\n"
        "To reach the Verkor gigafactory you cross the port of Dunkirk, pass the steelworks and the aluminium smelter, "
        "and turn your back on the land where two European pressurized reactors will stand at Gravelines.\n"
        "The plant, which will assemble batteries for Renault's Alpine cars, sits on 80 hectares. \"Construction "
        "began in 2023,\" says the port's planning director; \"it's the longest building in France.\"\n"
        "The first machines are now arriving; one of them will be 100 meters long. Staff work next door, in a "
        "temporary building in Bourbourg, and since September 2 free shuttle buses have served the site.",
        (
            ("land_area", "80 hectares", "verkor-bourbourg"),
            ("status", "under_construction", "verkor-bourbourg"),
        ),
    ),
    A(
        "techbeetle-nebius-bethune-en",
        "Techbeetle (brief of Reuters), Amsterdam-based AI firm Nebius to build 240MW data centre near Lille, France, "
        "https://techbeetle.org/news/https-www-reuters-com-technology-amsterdam-based-ai-firm-nebius-build-240mw-data, "
        "2026-02-12",
        "en",
        dt.date(2026, 2, 12),
        "Nebius to build a 240MW data centre near Lille\n"
        "Nebius, the Amsterdam-based AI cloud company, has announced plans for a new data centre in Béthune, close "
        "to Lille. The facility will have 240 megawatts of power, among the largest in Europe once complete.\n"
        "Jobs are expected both while it is built and once it runs, and sites of this size call for heavy spending "
        "on power and cooling.",
        (
            ("status", "announced", "bethune-azur-dc"),
            ("power", "240 megawatts", "bethune-azur-dc"),
        ),
    ),
    A(
        "globenewswire-prologium-groundbreaking-en",
        "GlobeNewswire (ProLogium release), ProLogium Breaks Ground on Dunkirk Gigafactory in France, "
        "https://www.globenewswire.com/news-release/2026/02/10/3235764/0/en/ProLogium-Breaks-Ground-on-Dunkirk-"
        "Gigafactory-in-France.html, 2026-02-10",
        "en",
        dt.date(2026, 2, 10),
        "ProLogium breaks ground on its Dunkirk gigafactory\n"
        "TAIPEI and DUNKIRK, Feb. 11, 2026 -- ProLogium Technology held the groundbreaking ceremony of its gigafactory "
        "in Dunkirk today, the start of construction and a further step towards a European battery value chain. It is "
        "the group's first plant outside Taiwan.\n"
        "\"ProLogium has chosen France, and Dunkirk, for its first battery gigafactory in Europe,\" the French "
        "President said, speaking of jobs for the Dunkirk area. Its founder said the group now works to clear "
        "milestones towards the start of production and its ramp-up.",
        (("status", "under_construction", "prologium-dunkerque"),),
    ),
    A(
        "evertiq-prologium-groundbreaking-en",
        "Evertiq, ProLogium breaks ground on solid-state battery gigafactory in France, "
        "https://evertiq.com/news/2026-02-11-prologium-breaks-ground-on-solid-state-battery-gigafactory-in-france, "
        "2026-02-11",
        "en",
        dt.date(2026, 2, 11),
        "ProLogium breaks ground on its solid-state battery gigafactory in France\n"
        "The groundbreaking ceremony took place on 10 February in Dunkirk, northern France. The site will make "
        "ProLogium's fourth generation of solid-state lithium ceramic batteries, its first plant outside Taiwan.\n"
        "The works follow years of preparation: French state subsidies were secured in 2023, and the environmental "
        "and building permits came in 2025. RTE co-manages the high-voltage connection; the Gravelines nuclear "
        "power plant is close by.\n"
        "The roadmap has the first phase of the factory finished in 2028, with 0.8 GWh of initial mass production, "
        "rising to 4 GWh by 2030; a second phase would take it to 12 GWh by 2032.",
        (
            # The first phase's completion is its first capacity, as "first capacity" is taken; the GWh are energy.
            ("status", "under_construction", "prologium-dunkerque"),
            ("commissioning", "in 2028", "prologium-dunkerque"),
        ),
    ),
    A(
        "deltafm-sans-microsoft-fr",
        "Delta FM, « Le projet de data center toujours d'actualité dans la région mais sans Microsoft », "
        "https://www.deltafm.fr/le-projet-de-data-centers-toujours-d-actualite-dans-la-region-mais-sans-microsoft, "
        "undated page (inferred from its photo's file name), ≈2025-02-15",
        "fr",
        dt.date(2025, 2, 15),
        "Des data centers toujours en vue dans la région, mais sans Microsoft\n"
        "Des centaines d'emplois restent en jeu.\n"
        "Le géant américain, qui visait trois centres de données à Zouafques, Quaëdypre et Nouvelle-Église, a "
        "finalement renoncé. Un autre investisseur, encore confidentiel, s'intéresse aux trois sites.\n"
        "À Zouafques, la zone d'activité de 17 hectares, au croisement de l'A26 et de la D943, reste au cœur des "
        "discussions ; l'alimentation électrique est la grande question. Avec Microsoft, 150 emplois étaient "
        "envisagés.\n"
        "À Nouvelle-Église, la communauté de communes discute avec plusieurs entreprises pour le parc d'activités de "
        "la Porte d'Opale. Cette zone de 22 hectares, le long de l'A16, pourrait recevoir un data center. Ses "
        "premiers travaux sont espérés au printemps, la vente des parcelles en juin, et à terme près de 500 emplois "
        "pourraient être créés.",
        (
            # Microsoft's abandonment is said of its three sites together (a reviewer's split); its 150 jobs are past.
            ("land_area", "17 hectares", "microsoft-zouafques"),
            ("land_area", "22 hectares", "nouvelle-eglise-porte-opale"),
            ("jobs", "près de 500 emplois", "nouvelle-eglise-porte-opale"),
        ),
    ),
    A(
        "continuumbrief-brookfield-10-billion-en",
        "The Continuum Brief (signal on a DataCenter Dynamics report), Brookfield ups French data center investment by "
        "€10 billion, https://thecontinuumbrief.com/signal/brookfield-ups-french-data-center-investment-by-10-billion-"
        "1f8f6f, 2026-06-02",
        "en",
        dt.date(2026, 6, 2),
        "Brookfield raises its French data centre investment by €10 billion\n"
        "Its Campus AI joint venture is close to choosing a second site.\n"
        "Why it matters: the race for AI compute is speeding up and Europe wants sovereign capacity. Brookfield's move "
        "adds a large block of AI data centre capacity in France, less reliant on infrastructure abroad.",
        # A company's national plan; no site of ours is named.
        (),
    ),
    A(
        "computeinstitute-softbank-program-en",
        "Compute Institute, project page « SoftBank France AI gigafactory », https://compute.institute/projects/softbank-"
        "france-ai-gigafactory, undated page (inferred: after the 2026-05-30 announcement), ≈2026-06",
        "en",
        dt.date(2026, 6, 5),
        "SoftBank France AI data centre programme\n"
        "Jurisdiction: France. SoftBank Group announced on 2026-05-30, ahead of the Choose France summit, a programme "
        "to build and run up to 5 GW of AI data centre capacity in France for up to EUR 75bn. Its first phase (EUR 45bn, "
        "3.1 GW by the end of 2031) covers three Hauts-de-France sites: Dunkirk/Loon-Plage, the main one, Bosquel and "
        "Bouchain.\n"
        "At Bouchain, EDF chose SoftBank as preferred bidder for a data centre of about 400 MW under a lease-to-build "
        "on its power plant site, where a coal unit has closed and a gas plant still runs; due diligence is under way. "
        "The status is announced, not yet permitted nor under construction.",
        (("power", "about 400 MW", "bouchain-softbank-dc"),),
    ),
    A(
        "shepherdgazette-softbank-75-billion-en",
        "Shepherd Gazette, tag page « SoftBank », headline and lead on SoftBank's €75 billion plan, "
        "https://shepherdgazette.com/tag/softbank/, ≈2026-05-31",
        "en",
        dt.date(2026, 5, 31),
        "SoftBank unveils €75 billion plan for Europe's largest AI data centre campus in France\n"
        "SoftBank means to put €75 billion into what it calls Europe's largest AI data centre campus, in northern "
        "France, aiming at 3.1 GW by 2031.",
        # The plan is national and its 3.1 GW the first phase's, over three sites: nothing of one site.
        (),
    ),
    A(
        "lagazette-rantigny-vallee-doree-fr",
        "La Gazette France, « Rantigny : la Vallée Dorée veut capitaliser sur le projet de Data Center », "
        "https://www.lagazettefrance.fr/article/rantigny-la-vallee-doree-veut-capitaliser-sur-le-projet-de-data-center, "
        "undated page (inferred), ≈2025-10",
        "fr",
        dt.date(2025, 10, 15),
        "Rantigny : la Vallée Dorée veut tirer parti du projet de data center\n"
        "Autour de deux hyperscalers, des data centers taillés pour l'intelligence artificielle, la communauté de "
        "communes de la Vallée Dorée veut bâtir un campus numérique de rang international.\n"
        "Photo : survolée par une ligne à haute tension (120 kV), la friche Avon doit accueillir les deux hyperscalers, "
        "pour 300 MW de puissance électrique en tout (dont 200 de calcul). © CDC Vallée Dorée\n"
        "Le projet, annoncé il y a quelques mois, prévoit deux data centers de 100 MW chacun sur la friche Avon, en "
        "reconversion. L'investissement atteint 4,5 milliards d'euros, porté par une entreprise dont le nom reste "
        "secret. « Le porteur de projet se présentera quand le permis de construire sera purgé de recours », dit le "
        "président de la communauté de communes.\n"
        "La construction doit commencer en 2027, et le projet être achevé en 2029. La collectivité n'investit pas "
        "elle-même dans le projet.",
        (
            # The 300 MW of the caption are the two together; the 100 MW are each one's (a reviewer's): the body
            # gives the site's total through the caption only. « achevé en 2029 » is the whole project's end.
            ("power", "300 MW", "rantigny-dc"),
            ("investment", "4,5 milliards d'euros", "rantigny-dc"),
            ("commissioning", "en 2029", "rantigny-dc"),
            ("status", "announced", "rantigny-dc"),
        ),
    ),
    A(
        "francetvinfo-acc-inauguration-fr",
        "France Télévisions (franceinfo), « Pas-de-Calais : inauguration de la première gigafactory de batteries de "
        "voitures électriques », https://francetvinfo.fr/economie/industrie/pas-de-calais-inauguration-de-la-premiere-"
        "gigafactory-de-batteries-de-voitures-electriques_5856938.html, 2023-05-30",
        "fr",
        dt.date(2023, 5, 30),
        "Pas-de-Calais : la première gigafactory de batteries pour voitures électriques inaugurée\n"
        "Grand jour à Billy-Berclau (Pas-de-Calais), où vient d'ouvrir la première usine de batteries de France, "
        "symbole de sa réindustrialisation. « Trois ministres français, un ministre allemand et un italien » étaient "
        "là, raconte notre journaliste en direct de la gigafactory.\n"
        "Une production attendue cet été\n"
        "Le site, au cœur de l'ancien bassin minier, doit fabriquer de bout en bout des batteries pour véhicules "
        "électriques, un « processus complexe, très secret ». La production n'a pas encore commencé : elle débutera "
        "cet été, dans une usine qui emploiera 2 000 personnes.",
        (
            ("status", "operational", "acc-billy-berclau"),
            ("jobs", "2 000 personnes", "acc-billy-berclau"),
        ),
    ),
    A(
        "nbot-softbank-5gw-qa-en",
        "nbot.ai curator page, SoftBank 5GW Data Center Buildout in Hauts-de-France (questions and answers), "
        "https://nbot.ai/curator/s3ukztde/highlights/h8-softbank-datacenter, ≈2026-06",
        "en",
        dt.date(2026, 6, 3),
        "SoftBank's 5GW data centre build-out in Hauts-de-France\n"
        "What is SoftBank's plan in France? Up to 5GW of data centre capacity for a total of €75 billion; the first "
        "phase aims at 3.1GW by 2031 on sites in Dunkirk, Bosquel and Bouchain.\n"
        "How much is SoftBank investing? Up to €75 billion for 5GW; other reports speak of $52 billion for the AI "
        "network in France.\n"
        "When will the first phase be done? The 3.1GW phase is due by 2031. The works call for earthworks, concrete "
        "and prefabricated modules.",
        # The plan's and its first phase's figures, over three sites: nothing of one site.
        (),
    ),
    A(
        "radiocontact-microsoft-radar-fr",
        "Radio Contact, « Le Nord-Pas-de-Calais dans le radar de l'entreprise Microsoft », "
        "https://radiocontact.fr/actu/le-nord-pas-de-calais-dans-le-radar-de-l-entreprise-microsoft, 2024-08-23",
        "fr",
        dt.date(2024, 8, 23),
        "Microsoft s'intéresse au Nord-Pas-de-Calais\n"
        "Le géant américain de l'informatique envisage de s'installer dans les Hauts-de-France.\n"
        "D'après La Voix du Nord, il aurait déjà repéré trois terrains pour des « data centers ». L'un se trouve en "
        "Flandre, une parcelle de vingt hectares le long de l'A25 à Quaëdypre, près de Bergues ; les deux autres sont "
        "à Zouafques, dans l'Audomarois, et à Vieille-Église, dans le Calaisis. Des élus ont été approchés. Près de "
        "450 emplois pourraient naître de ce projet confidentiel suivi par l'Élysée.",
        (
            # The 450 jobs are the three sites' together (and a possibility).
            ("land_area", "vingt hectares", "microsoft-quaedypre"),
        ),
    ),
    A(
        "dcd-ovh-campus-2-roubaix-en",
        "DatacenterDynamics, OVH to open second French campus in October, "
        "https://www.datacenterdynamics.com/en/news/ovh-to-open-second-french-campus-in-october/, ≈2016-06",
        "en",
        dt.date(2016, 6, 20),
        "OVH to open its second French campus in October\n"
        "The French hosting and cloud company OVH is finishing its second campus in Roubaix, near the Belgian border, "
        "and plans to open a new data centre there in October.\n"
        "Campus 2, its seventh building in the city, will hold a data centre and offices for 200 research and "
        "communications staff. Rather than move its head office to America, the company stays in Roubaix, its "
        "president says: \"R&D, marketing, public relations, finance, it's all here.\"\n"
        "OVH employs 1,800 people worldwide, with a €400m turnover this year; by 2020 it wants 4,000 staff and €1bn of "
        "revenue. It recently raised €250m from KKR and TowerBrook, after pledging to invest €1.5bn in the business "
        "over five years. It runs 20 data centres in all.",
        # The offices' staff, the company's people, turnover, funding and pledge: nothing of the data-centre site
        # but an October without its year (not read).
        (),
    ),
    A(
        "lefute-hydrovolt-hordain-fr",
        "Le Futé, « Usine de recyclage de batteries en France : ouverture dans le nord », "
        "https://www.lefute.fr/usine-de-recyclage-de-batteries-en-france-ouverture-dans-le-nord/, ≈2024-07",
        "fr",
        dt.date(2024, 7, 10),
        "Recyclage de batteries : une usine va ouvrir dans le nord de la France\n"
        "Le Norvégien Hydrovolt, spécialiste du recyclage de batteries, s'installera à Hordain, dans le Nord. L'usine, "
        "dédiée aux batteries lithium-ion, sera opérationnelle d'ici la mi-2025, une fois les permis obtenus.\n"
        "La région compte déjà quatre gigafactories en service ou en construction et plusieurs sites de recyclage. "
        "Hydrovolt ne dit pas combien il investit, mais annonce le recrutement « entre 10 et 20 salariés ».",
        (
            # Hordain is no site of the dataset: a new project's figures, with no site.
            ("commissioning", "d'ici la mi-2025", None),
            ("jobs", "entre 10 et 20 salariés", None),
        ),
    ),
    A(
        "societetech-battri-saint-laurent-fr",
        "Société.tech, « Battri ouvre une usine de recyclage de batteries à Saint-Laurent-Blangy », "
        "https://www.societe.tech/actualite-business/battri-ouvre-une-usine-de-recyclage-de-batteries-a-saint-laurent-"
        "blangy, ≈2025-07",
        "fr",
        dt.date(2025, 7, 8),
        "Battri ouvre une usine de recyclage de batteries à Saint-Laurent-Blangy\n"
        "À Saint-Laurent-Blangy, Battri lance une usine de traitement des batteries lithium-ion usagées, pour un "
        "investissement initial de 10 millions d'euros. Elle en tirera la « black mass », riche en nickel, cobalt et "
        "lithium. Dès son ouverture en juillet, elle pourra traiter 15 000 tonnes par an, puis 35 000 tonnes à l'horizon "
        "2027. À terme, une centaine de postes seront créés.",
        (
            ("investment", "10 millions d'euros", "battri-saint-laurent-blangy"),
            ("jobs", "une centaine de postes", "battri-saint-laurent-blangy"),
        ),
    ),
    A(
        "firsteco-ovh-londres-fr",
        "Firsteco, « Le Roubaisien OVH implante un datacentre dans la proche banlieue de Londres, dont la mise en "
        "service est prévue pour fin mai 2017 », http://www.firsteco.fr/articles/205393/Developpement-materiel/Le-"
        "Roubaisien-OVH-implante-un-datacentre-dans-la-proche-banlieue-de-Londres-dont-la-mise-en-service-est-prevue-"
        "pour-fin-mai-2017, ≈2017-03",
        "fr",
        dt.date(2017, 3, 15),
        "Le Roubaisien OVH installe un datacentre près de Londres\n"
        "OVH (Roubaix, 59), spécialiste du cloud, a choisi la proche banlieue de Londres pour le premier de ses trois "
        "centres de données prévus outre-Manche. Le bâtiment sera relié directement à Gravelines (59), puis à Roubaix et "
        "Paris, à Amsterdam, Montréal et New York par le réseau de fibre du groupe. Ce premier datacenter, de 40.000 "
        "serveurs sur 4.000 m², doit être mis en service fin mai 2017.",
        # A data centre near London: no figure of ours.
        (),
    ),
    A(
        "dcd-microsoft-three-sites-en",
        "DatacenterDynamics, Microsoft looks to develop three data centers in Northern France – report, "
        "https://www.datacenterdynamics.com/en/news/microsoft-looks-to-develop-three-data-centers-in-northern-france-"
        "report/, ≈2024-08-23",
        "en",
        dt.date(2024, 8, 23),
        "Microsoft eyes three data centres in northern France, report says\n"
        "Microsoft is said to be planning several data centres in northern France. According to La Voix du Nord, the "
        "company would build one at Quaëdypre, outside Dunkirk, in the Nord department, and has told local officials "
        "it wants a 20.5-hectare site there.\n"
        "Two more would follow in the Pas-de-Calais, at Vieille-Église near Calais and at Zouafques further south. "
        "Microsoft has confirmed nothing and gave no timeline.\n"
        "Earlier this year Microsoft said it would spend €4 billion on data centre infrastructure in France, with a new "
        "site near Mulhouse and larger sites in Paris and Marseille, for 25,000 GPUs by the end of 2025.",
        (("land_area", "20.5-hectare", "microsoft-quaedypre"),),
    ),
    A(
        "deltafm-microsoft-quaedypre-fr",
        "Delta FM, « Quaëdypre, Vieille-Eglise, Zouafques : Microsoft veut s'implanter dans la Région », "
        "https://deltafm.fr/quaedypre-vieille-eglise-zouafques-microsoft-veut-s-implanter-dans-la-region, 2024-08-23",
        "fr",
        dt.date(2024, 8, 23),
        "Quaëdypre, Vieille-Église, Zouafques : Microsoft veut venir dans la région\n"
        "Près de 500 emplois pourraient être créés.\n"
        "Encore une bonne nouvelle pour l'emploi : selon La Voix du Nord, le géant américain de l'informatique "
        "voudrait s'installer dans les Hauts-de-France, sur trois sites.\n"
        "Un data center en Flandre, à Quaëdypre, un autre dans l'Audomarois, à Zouafques, et un troisième dans le "
        "Calaisis, à Vieille-Église, avec à chaque fois 150 emplois. L'Élysée suivrait le dossier de près. Réponse "
        "attendue d'ici la fin de l'année.",
        (
            # 150 jobs at each of the three places; the headline's 500 adds them up.
            ("jobs", "150 emplois", "microsoft-quaedypre"),
            ("jobs", "150 emplois", "microsoft-zouafques"),
            ("jobs", "150 emplois", "microsoft-vieille-eglise"),
        ),
    ),
    A(
        "bfmtv-mecaware-bethune-fr",
        "BFMTV Grand Lille, « Béthune : l'entreprise Mecaware va recycler des batteries sur le site de l'ex-usine "
        "Bridgestone », https://www.bfmtv.com/grand-lille/bethune-l-entreprise-mecaware-va-recycler-des-batteries-ur-le-"
        "site-de-l-ex-usine-bridgestone_AV-202501210863.html, 2025-01-21",
        "fr",
        dt.date(2025, 1, 21),
        "Béthune : Mecaware va recycler des batteries sur l'ancien site Bridgestone\n"
        "Quatre ans après la fermeture de l'usine de pneus, Béthune reprend espoir avec une start-up et 100 emplois.\n"
        "La lyonnaise Mecaware a signé le 30 décembre le bail de sa future unité sur le site, loué depuis le départ du "
        "manufacturier et la suppression de plus de 800 emplois.\n"
        "L'usine extraira des batteries usagées du lithium, du nickel, du cobalt et du manganèse. La société compte "
        "« générer à l'horizon 2029, lors de sa mise en service, une centaine d'emplois directs ». Près de 100 millions "
        "d'euros devraient être investis, avec l'installation des machines puis des essais dès cette année.",
        (
            ("jobs", "une centaine d'emplois directs", "mecaware-bethune"),
            ("commissioning", "à l'horizon 2029", "mecaware-bethune"),
            ("investment", "Près de 100 millions d'euros", "mecaware-bethune"),
        ),
    ),
    A(
        "geolink-mecaware-fr",
        "Geolink Expansion, « Réindustrialisation : MECAWARE implante sa nouvelle usine dans la région des "
        "Hauts-de-France », https://geolink-expansion.com/reindustrialisation-mecaware-simplante-sa-nouvelle-usine-"
        "dans-la-region-des-hauts-de-france, ≈2024-06",
        "fr",
        dt.date(2024, 6, 15),
        "Réindustrialisation : Mecaware installe son usine dans les Hauts-de-France\n"
        "Spécialiste du recyclage des métaux de batteries en fin de vie, Mecaware a choisi la région pour produire des "
        "métaux critiques, un projet qui créera plus d'une centaine d'emplois.\n"
        "Son arrivée redonne vie à un site que le fabricant japonais Bridgestone a occupé jusqu'en 2021, à Béthune. Un "
        "pilote y préparera l'usine, qui pourra produire plus de 8 000 tonnes de métaux critiques par an et créer une "
        "centaine d'emplois à l'horizon 2027.",
        (("jobs", "une centaine d'emplois", "mecaware-bethune"),),
    ),
    A(
        "nairobitechhub-verkor-funding-en",
        "Nairobi Tech Hub, The future of batteries needs more than venture capital (a paragraph on Verkor), "
        "https://nairobitechhub.com/the-future-of-batteries-needs-more-than-venture-capital/, ≈2023-09",
        "en",
        dt.date(2023, 9, 20),
        "Batteries need more than venture capital\n"
        "The French battery maker Verkor has raised more than €2 billion (about $2.1 billion) for its Dunkirk "
        "gigafactory, due to be operational by 2025.",
        # Money raised for one named site is read as its investment, the project's convention (extract._attribute:
        # « a levé 300 millions d'euros pour son site de Béthune »).
        (("investment", "more than €2 billion", "verkor-bourbourg"), ("commissioning", "by 2025", "verkor-bourbourg")),
    ),
    A(
        "atlantico-verkor-dunkerque-fr",
        "Atlantico, « La société française Verkor a choisi Dunkerque pour la construction de sa première usine de "
        "batteries pour voitures électriques », https://atlantico.fr/article/pepite/la-societe-francaise-verkor-a-"
        "choisi-dunkerque-pour-la-construction-de-sa-premiere-usine-de-batteries-pour-voitures-electriques, 2022-02",
        "fr",
        dt.date(2022, 2, 2),
        "Verkor choisit Dunkerque pour sa première usine de batteries\n"
        "Verkor, industriel français fondé en juillet 2020, annonce avoir retenu le port de Dunkerque pour bâtir sa "
        "première gigafactory de cellules de batteries bas carbone pour voitures électriques.\n"
        "Dunkerque était « le site le plus prometteur » des 40 étudiés en France, en Espagne et en Italie, dit le "
        "communiqué : plus de 150 hectares pour répondre à la demande des constructeurs.\n"
        "Jusqu'à 1 200 emplois directs et plus de 3 000 emplois indirects pourront être créés dans la première phase "
        "du projet. L'usine fournira plusieurs clients, dont Renault, partenaire de Verkor depuis l'été dernier.",
        (
            # « annonce avoir retenu »: the project announced; the first phase's jobs are taken, the article
            # giving no whole (labelling conventions, tests/intake_eval.py; relabelled in session 9, h26t).
            ("status", "announced", "verkor-bourbourg"),
            ("land_area", "plus de 150 hectares", "verkor-bourbourg"),
            ("jobs", "1 200 emplois directs", "verkor-bourbourg"),
        ),
    ),
    A(
        "tradingpedia-renault-envision-verkor-en",
        "Tradingpedia, Renault shares trade lower in Paris on Wednesday, auto maker announces electric vehicle battery "
        "deals with Envision and Verkor, https://www.tradingpedia.com/2021/06/30/renault-shares-trade-lower-in-paris-on-"
        "wednesday-auto-maker-announces-electric-vehicle-battery-deals-with-envision-and-verkor/, 2021-06-30",
        "en",
        dt.date(2021, 6, 30),
        "Renault shares slip in Paris as it signs battery deals with Envision and Verkor\n"
        "Renault said this week it had signed partnerships with China's Envision AESC and France's Verkor to make "
        "electric car batteries around its Douai plant in northern France, and a memorandum of understanding with the "
        "start-up Verkor to develop high-performance batteries together.\n"
        "Envision AESC's Douai gigafactory should have 9 gigawatt hours of capacity in 2024, perhaps 24 gigawatt hours by "
        "the end of the decade. Close to Renault ElectriCity's plants at Douai, Maubeuge and Ruitz, it should bring 700 "
        "more jobs to the Hauts-de-France area.\n"
        "\"The two partnerships with Renault ElectriCity will create nearly 4,500 direct jobs in France by 2030,\" "
        "Renault said.",
        # The GWh are energy (2024 is their date); the 700 jobs are the area's, the 4,500 France's.
        (),
    ),
    A(
        "alain-macron-douai-fr",
        "Al-Ain (édition française), « France : Macron annonce l'implantation d'une usine de batteries sino-japonaise au "
        "Douai », https://fr.al-ain.com/article/france-macron-douai, ≈2021-06-28",
        "fr",
        dt.date(2021, 6, 28),
        "France : Macron annonce une usine de batteries sino-japonaise à Douai\n"
        "Deux milliards d'euros d'investissement et 1.000 emplois d'ici 2024 : le président doit annoncer ce lundi "
        "dans le Nord l'arrivée d'une usine de batteries pour voitures électriques.\n"
        "AESC, la filiale japonaise du groupe chinois Envision, produira des batteries près de l'usine Renault de Douai, "
        "pour les petites voitures de la marque et pour d'autres.\n"
        "C'est la deuxième giga-usine annoncée en France, après celle de Stellantis et TotalEnergies à Douvrin. Elle sera "
        "la pièce maîtresse du pôle « ElectriCity » de Renault dans le Nord, avec les usines de Douai, Maubeuge et Ruitz.",
        (
            ("status", "announced", "envision-aesc-douai"),
            ("investment", "Deux milliards d'euros", "envision-aesc-douai"),
            ("jobs", "1.000 emplois", "envision-aesc-douai"),
        ),
    ),
)
