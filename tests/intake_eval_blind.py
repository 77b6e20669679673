"""Held-out 2026-12b: the intake's blind part of session 8, kept apart from the rules it judged; read after
its final run on 2026-12-07; since then development (its errors were published in the closing note of
session 8 and the rules of session 9 were checked on it).

Written on 7 December 2026 (session 8, by the engineer "h23w"), while another engineer changed the
intake's rules, and kept off `main` until that work had landed: nobody tuning the rules has read it.
Sixteen real articles about the region's projects, none of them the source of an article of any
other part (development, session 6's held-out part, held-out 2026-12; the test of the parts checks
the addresses), found with the library's search of stored public pages. Each is written here in our
own words with the real one's structure, length, figures and short quoted phrases; `source` names the
real article (publisher, title, address, date; "≈" and "inferred" where the page gives no date). Where
the stored copy was an excerpt, the article follows the excerpt.

`expected` is what an analyst takes, decided from the text alone before the intake was run on it:
(attribute, value as written, site id). Kinds the intake found hardest on held-out 2026-12 are here on
purpose: a company's or a programme's figures in a sentence naming only the operator or beside the
site's own (Brookfield's €15 billion "with Cambrai as the flagship", EDF's national EPR2 programme,
SoftBank's 5 GW), another company's site in the article (Renault's own Douai plant beside Envision's),
an object beside the site (OVH's office campus beside its data centres), a
site's past (Vauban's 1682, the army leaving in 2010), several projects and places per article (the
battery valley's four gigafactories), captions and headlines that repeat or add up the body's
figures ("4 000 emplois" = direct + indirect, a lead's "3 milliards" for the body's "plus de 3"),
numbers in words ("around a thousand jobs"), a construction workforce ("de 8000 à 12000 personnes"),
grants and loans beside an investment, a commissioning said under a condition.

Two articles were replaced at 10:55 UTC, after the branch's first push (Factory Future on Envision and Renault,
Nouvelles du jour on Microsoft's three places): the development work of the same morning had met the
same stories in other copies (the Microsoft report from datackathon.com in tests/intake_eval_dev8.py,
Factory Future's sentences in the unit tests of 87404d2), so they were no longer blind. The part's
one run at 39ac640 (the code before this session's rules) was made again on the part as it stands.

The benchmark (benchmarks/bench_intake.py) prints it as its fourth part; tests/domain/test_intake_eval.py
holds its figures at what they reached.
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import EvalArticle

A = EvalArticle

HELD_OUT_2026_12B = (
    A(
        "eco121-epr2-gravelines-fr",
        "Eco121, « Coup d'envoi pour l'EPR de Gravelines », https://www.eco121.fr/coup-denvoi-pour-lepr-de-gravelines/, "
        "undated page (inferred: 2038 is « quinze ans » away), ≈2023",
        "fr",
        dt.date(2023, 9, 1),
        "Le coup d'envoi est donné pour l'EPR de Gravelines\n"
        "Gravelines. Après le débat public sur la paire de Penly, vient le tour de celle de Gravelines. Le projet, "
        "qui coûtera « au bas mot » 16 Md€, couronne la vitalité industrielle du Dunkerquois.\n"
        "Au pic du chantier, en 2033, 8 000 personnes y travailleront. Les 16 milliards d'euros s'inscrivent dans "
        "un programme national de 51,7 milliards (en euros 2020). Les deux réacteurs produiront près de la moitié "
        "de l'électricité consommée dans les Hauts-de-France. Ils seront bâtis sur un nouveau terrain de 50 "
        "hectares, contigu à la centrale, que TotalEnergies abandonne, pour une mise en service en 2038, sans "
        "gêner la marche de la centrale actuelle. Le défi dépasse même celui des deux usines géantes de batteries "
        "du territoire, ProLogium et Verkor.\n"
        "Quinze ans de travaux, donc. Antoine Ménager, qui a conduit le débat de Penly, reprend son bâton de "
        "pèlerin : il voit dans le nucléaire « une des solutions » pour décarboner, et veut ici un « débat de "
        "territoire ».",
        (
            # The 8 000 workers are the construction site's peak, not jobs of the plant; the 51,7 milliards are
            # the national programme's.
            ("investment", "16 milliards d'euros", "gravelines-epr2"),
            ("land_area", "50 hectares", "gravelines-epr2"),
            ("commissioning", "en 2038", "gravelines-epr2"),
        ),
    ),
    A(
        "deltafm-orano-xtc-fr",
        "Delta FM, « Dunkerquois : Orano/XTC New Energy investissent 1,5 milliard d'euros pour rejoindre la future "
        "vallée de la batterie électrique », https://www.deltafm.fr/dunkerquois-orano-xtc-new-energy-investissent-"
        "1-5-milliard-d-euros-pour-rejoindre-la-future-vallee-de-la-batterie-electrique, 2024-02-06",
        "fr",
        dt.date(2024, 2, 6),
        "Dunkerquois : Orano et XTC New Energy misent 1,5 milliard d'euros sur la vallée de la batterie\n"
        "À vous de vous prononcer : la concertation s'ouvre sur ce projet Seveso seuil haut de 53 hectares, promis "
        "à 1 300 emplois directs.\n"
        "Photo : le projet batteries d'Orano.\n"
        "Les projets de la future vallée de la batterie prennent forme les uns après les autres dans le "
        "Dunkerquois. ProLogium a eu sa concertation ; depuis ce lundi, c'est le tour d'Orano et de XTC New Energy, "
        "un groupe français associé à une société chinoise. Avec 1,5 milliard d'euros investis, ils annoncent 1 300 "
        "emplois directs et 400 emplois indirects, pour une mise en fonctionnement à l'horizon 2027.\n"
        "Première réunion publique : mardi 6 février, 18 h, salle Merlen à Gravelines.",
        (
            ("investment", "1,5 milliard d'euros", "neomat-gravelines"),
            ("land_area", "53 hectares", "neomat-gravelines"),
            ("jobs", "1 300 emplois directs", "neomat-gravelines"),
            ("commissioning", "à l'horizon 2027", "neomat-gravelines"),
        ),
    ),
    A(
        "deltafm-epr2-gravelines-chantier-fr",
        "Delta FM, « Gravelines : La construction de deux EPR2 plus que jamais d'actualité », "
        "https://www.deltafm.fr/gravelines-la-construction-de-deux-epr2-plus-que-jamais-d-actualite, undated page "
        "(inferred from its photo's file name, an epoch in ms), ≈2025-06-04",
        "fr",
        dt.date(2025, 6, 4),
        "Gravelines : les deux EPR2 plus que jamais sur les rails\n"
        "Le chantier pourrait mobiliser plus de 10 000 personnes, un chiffre qui a fait réagir les élus du PMCO.\n"
        "Photo : à Gravelines, le projet de deux réacteurs électronucléaires reste d'actualité.\n"
        "Le Pôle métropolitain de la Côte d'Opale recevait le chef de projet nommé par l'État, venu décrire le "
        "futur chantier. Il faudra beaucoup de savoir-faire : de 8000 à 12000 personnes seront embauchées pour "
        "bâtir les réacteurs.\n"
        "Le président du PMCO, Patrice Vergriete, s'inquiète : où loger tout ce monde ? EDF, qui porte le projet, "
        "n'a encore rien dit d'hébergements provisoires, et l'élu redoute un retard du chantier.\n"
        "Michel Marbaix, chef de projet auprès de l'État, s'est voulu rassurant : si tout se passe bien, les travaux "
        "pourraient commencer en 2026, et les deux EPR2 entrer en service en 2040.",
        (
            # The 10 000 and the 8000 to 12000 are the construction site's workforce, no jobs of the plant; 2026
            # is the works' start. A commissioning said under a condition is still the one an analyst takes.
            ("commissioning", "en 2040", "gravelines-epr2"),
        ),
    ),
    A(
        "jde-ovh-campus-socochim-fr",
        "Le Journal des Entreprises, « OVH : l'hébergeur lance son campus pour 40 M€ sur la friche Socochim "
        "(Roubaix) », https://www.lejournaldesentreprises.com/article/ovh-lhebergeur-lance-son-campus-pour-40-meu-"
        "sur-la-friche-socochim-roubaix-38677, undated page (inferred: the campus's first part opened "
        "in February 2016), ≈2015",
        "fr",
        dt.date(2015, 6, 1),
        "OVH lance un campus de 40 M€ sur la friche Socochim, à Roubaix\n"
        "OVH ne cesse de grandir : numéro un européen de l'hébergement de sites, il est monté cette année au "
        "deuxième rang mondial. Sa croissance atteint 30 % par an, ses embauches 200 personnes par an. Présentant "
        "le futur campus la semaine dernière, son président Henryk Klaba a annoncé que les 600 salariés actuels "
        "seraient mille à la fin de l'année, puis deux fois plus d'ici 2020.\n"
        "Pousser les murs\n"
        "Installée sur 20.000 m², la société, partie de quelques m² en 1999, occupe désormais tout le pâté de "
        "maisons de ce quartier de Roubaix, entre le Pile et le Sartel. Elle s'étendra donc sur la friche Socochim "
        "voisine. Une première tranche de 3.000 m² attend son permis de construire, pendant que l'Établissement "
        "public foncier dépollue les 6.000 m² qui restent. Le campus accueillera l'OVH Academy, des laboratoires et un "
        "incubateur de start-up. Il sera chauffé par la chaleur des six data centers (136.000 serveurs) du site "
        "roubaisien.\n"
        "40 millions d'euros investis\n"
        "Comme l'âge moyen des équipes, 26 ans, le campus fera aussi place au sport : une salle transformable en "
        "auditorium de 350 places.",
        # The campus is offices, training and laboratories beside the data centres (another object); the staff
        # and its growth are the company's; the 20.000 m² are the company's whole premises in the block. Nothing
        # here is a figure of the data-centre site.
        (),
    ),
    A(
        "entreprendre-verkor-4000-emplois-fr",
        "Entreprendre, « Made in France : 4000 emplois à Dunkerque », https://entreprendre.fr/made-in-france-4000-"
        "emplois-a-dunkerque, undated page (inferred: Verkor chose Dunkirk on 1 February 2022), ≈2022-02",
        "fr",
        dt.date(2022, 2, 3),
        "Made in France : 4 000 emplois à Dunkerque\n"
        "Un choix fort. En choisissant Dunkerque pour sa gigafactory, Verkor mise sur une région durement frappée par "
        "la désindustrialisation.\n"
        "Épaulée par Renault et Schneider Electric, la jeune pousse grenobloise va construire une usine géante de "
        "batteries bas carbone pour les véhicules électriques.\n"
        "Avec 1,6 milliard d'euros d'investissement, le site pourrait compter à terme 1 200 emplois directs, et "
        "faire vivre 3 000 emplois indirects. Le bâtiment doit être achevé en 2024, les premières batteries "
        "produites dès 2025. L'usine pourra équiper 300 000 véhicules électriques dès sa première année, d'abord "
        "pour Renault, son partenaire stratégique.",
        (
            # The headline's 4 000 adds direct and indirect jobs. The plant's building in 2024 is not its
            # commissioning; the first batteries are.
            ("status", "announced", "verkor-bourbourg"),
            ("investment", "1,6 milliard d'euros", "verkor-bourbourg"),
            ("jobs", "1 200 emplois directs", "verkor-bourbourg"),
            ("commissioning", "dès 2025", "verkor-bourbourg"),
        ),
    ),
    A(
        "lemoniteur-decima-vieille-pierre-fr",
        "Le Moniteur, « L'informatique investit la vieille pierre », http://www.lemoniteur.fr/articles/l-informatique-"
        "investit-la-vieille-pierre-33909260, undated page (inferred: the Prix Moniteur de la Construction 2016), ≈2016",
        "fr",
        dt.date(2016, 6, 1),
        "L'informatique s'installe dans la vieille pierre\n"
        "À Arras, Décima a logé un data center dans une poudrière du XVIIe siècle.\n"
        "Jérôme Décima quitte la route qui traverse la citadelle d'Arras pour une allée de cailloux. Devant "
        "l'enceinte de briques rouges, le directeur commercial de Décima, lauréat du prix Moniteur de la "
        "Construction 2016, montre le gravier : « la même » couleur qu'à la construction de la poudrière par "
        "Vauban, en 1682. Passé la porte, des baies de serveurs tournent depuis juin 2014. L'armée avait quitté "
        "les lieux en 2010 ; l'État avait confié la citadelle à la communauté urbaine d'Arras, qui lança un appel "
        "à projets. L'entreprise, d'abord installateur électrique puis prestataire informatique dans les années "
        "2000, cherchait alors où implanter son « deuxième data center ». La vitrine est luxueuse : "
        "l'investissement atteint 3 millions d'euros.\n"
        "Refroidi par géothermie\n"
        "Le bâtiment compte 100 m² de Shon sur deux niveaux. Au rez-de-chaussée, 20 baies de serveurs reposent sur "
        "une dalle de béton. La citadelle étant inscrite au patrimoine mondial de l'Unesco, tout est réversible : "
        "la dalle est posée sur un film, pour que la poudrière puisse retrouver son état d'origine.",
        (
            # 1682 (Vauban) and 2010 (the army leaving) are the building's past.
            ("status", "operational", "arras-citadelle-dc"),
            ("commissioning", "juin 2014", "arras-citadelle-dc"),
            ("investment", "3 millions d'euros", "arras-citadelle-dc"),
            ("floor_area", "100 m²", "arras-citadelle-dc"),
        ),
    ),
    A(
        "usinenouvelle-renault-envision-douai-fr",
        "L'Usine Nouvelle, « A Douai, Renault et Envision posent les bases d'une vallée européenne de la batterie », "
        "https://www.usinenouvelle.com/article/a-douai-renault-et-envision-posent-les-bases-d-une-vallee-europeenne-"
        "de-la-batterie.N1114499, subscribers' article (its open lead), 2021-06-28",
        "fr",
        dt.date(2021, 6, 28),
        "À Douai, Renault et Envision jettent les bases d'une vallée européenne de la batterie\n"
        "Pour ses batteries, Renault mise sur Envision. Les deux groupes annoncent 3 milliards d'euros "
        "d'investissement dans une usine à Douai, premier jalon d'une vallée européenne des batteries.\n"
        "Renault fait venir ses fournisseurs au plus près. Sur son site historique de Douai (Nord), le constructeur "
        "libère de la place pour une gigafactory d'AESC, la filiale du groupe chinois Envision. Rendu officiel lundi "
        "28 juin devant le président de la République, le partenariat doit fournir en batteries le nouveau pôle "
        "électrique de Renault dans la région, pour un investissement évalué à plus de 3 milliards d'euros. Renault "
        "a aussi signé un protocole d'accord pour entrer au capital de Verkor, une jeune entreprise qui prépare un "
        "autre projet d'usine de batteries en France.\n"
        "La première usine d'Envision dans l'Union européenne\n"
        "[…] Article réservé aux abonnés.",
        (
            # The lead's "3 milliards" is the body's bound, said once by an analyst; Renault's own Douai plant is
            # another site.
            ("status", "announced", "envision-aesc-douai"),
            ("investment", "plus de 3 milliards d'euros", "envision-aesc-douai"),
        ),
    ),
    A(
        "dawndigest-brookfield-cambrai-en",
        "Dawn Digest, Canadian Fund Brookfield to Invest €20bn in France for AI Data Centers, "
        "https://dawndigest.com/news/canadian-fund-brookfield-to-invest-eu20bn-in-france-for-ai-data-centers, "
        "2025-02-09",
        "en",
        dt.date(2025, 2, 9),
        "Canada's Brookfield to put €20bn into French AI data centres\n"
        "By 2030 the Canadian fund Brookfield is to spend €20 billion in France, most of it on data centres for "
        "artificial intelligence, according to sources who confirmed what La Tribune Dimanche reported. €15 billion "
        "of it go to new data centres, a 1-gigawatt megaproject in Cambrai among them.\n"
        "The news lands just before the Paris AI summit, and after a €30-50 billion pledge by the United Arab "
        "Emirates for a French AI data centre that would be Europe's biggest.\n"
        "Cambrai first\n"
        "In Cambrai, Brookfield's biggest French project, the 1-gigawatt campus, would rank among Europe's most "
        "powerful. How the €20 billion divide:\n"
        "€15 billion for new data centres, with Cambrai as the flagship;\n"
        "€5 billion for infrastructure around them, such as power generation.\n"
        "The agreement was signed on January 31 by President Emmanuel Macron and Bruce Flatt, Brookfield's chief "
        "executive. The state has, besides, listed 35 sites where data centres could go.",
        (
            # The €15 billion are Brookfield's data-centre budget for France, Cambrai one project of it.
            ("power", "1-gigawatt", "cambrai-evalley-dc"),
        ),
    ),
    A(
        "datacentral-brookfield-30bn-en",
        "Data Central, Brookfield lifts French AI infrastructure plan, "
        "https://data-central.co.uk/brookfield-lifts-french-ai-infrastructure-plan/, undated page "
        "(inferred: the Choose France summit of 2026), ≈2026-06",
        "en",
        dt.date(2026, 6, 2),
        "Brookfield raises its French AI infrastructure plan\n"
        "Summary\n"
        "The investor's French AI plan grows to €30bn, from €20bn.\n"
        "Data4's campuses and Campus AI's projects stand beside it.\n"
        "France draws AI capital with its electricity and its industrial policy; what gets built depends on grid "
        "connections, permits and supplies.\n"
        "Brookfield's programme for AI infrastructure in France is now €30bn, against the €20bn it set out in "
        "2025.\n"
        "The new figure came out around this year's Choose France summit, where the government listed foreign "
        "investment pledges, most of them in AI, data centres, energy and industry. Much of Brookfield's first "
        "programme was to go through Data4.\n"
        "Data4 should build and run large campuses at Cambrai E-Valley and at Escaudain; Campus AI, in which "
        "Brookfield is an investor, has almost picked its second site. In another project, Nebius is developing "
        "a 240MW data centre at Béthune, in Hauts-de-France, which adds to the north's weight in AI infrastructure.",
        (("power", "240MW", "bethune-azur-dc"),),
    ),
    A(
        "nodechev-softbank-first-phase-en",
        "Nodechev, SoftBank France AI data centers: €45 billion first phase, "
        "https://nodechev.com/articles/softbank-france-ai-data-centers-45-billion, 2026-05-31",
        "en",
        dt.date(2026, 5, 31),
        "SoftBank plans up to 5 GW of AI data centres in France\n"
        "Up to 5 GW of AI capacity in France is what SoftBank now says it will build and run.\n"
        "A first €45B tranche should bring 3.1 GW to Hauts-de-France by 2031.\n"
        "Three places are named, Dunkirk/Loon-Plage, Bosquel and Bouchain; power, permits and the works themselves "
        "will decide the rest.\n"
        "On May 31 SoftBank Group set out a large French data centre plan, tied to the 2026 Choose France summit "
        "that President Emmanuel Macron hosts.\n"
        "Big as the figure is, none of this capacity exists today. What SoftBank announces is a plan of up to 5 GW "
        "and up to €75B, the first phase of which aims at 3.1 GW in Hauts-de-France by 2031.\n"
        "What is in the plan\n"
        "The first phase has data centres at Dunkirk (or Loon-Plage), Bosquel and Bouchain. With Schneider "
        "Electric, SoftBank also wants an industrial cluster in Dunkirk: one plant of its own for enclosures, one "
        "run by Schneider Electric for power modules.",
        # Every figure is the national plan's or the three sites' together.
        (),
    ),
    A(
        "caixin-aesc-douai-switches-on-en",
        "Caixin Global, Chinese EV Battery Maker Switches on Gigafactory in France, "
        "https://www.caixinglobal.com/2025-06-05/chinese-ev-battery-maker-switches-on-gigafactory-in-france-"
        "102327185.html, 2025-06-05",
        "en",
        dt.date(2025, 6, 5),
        "Chinese EV battery maker switches on its gigafactory in France\n"
        "Caption: French President Emmanuel Macron and Zhang Lei, chairman of Envision Group, at the inauguration of "
        "AESC's battery plant in Douai, France, on June 3, 2025.\n"
        "Production is under way at the Douai plant of AESC, the battery maker owned by Shanghai's Envision Group, "
        "a step in its growth in Europe.\n"
        "Opened on June 3, the factory starts with 10 gigawatt-hours a year, batteries for 200,000 electric cars, "
        "and Renault, its main client, is already supplied. So far its first phase employs 650 people; the company "
        "says the count should reach 1,000 once the plant runs at full output.\n"
        "In 30 seconds\n"
        "AESC's Douai plant, inaugurated on June 3, starts with 10 GWh a year, enough for 200,000 EVs.\n"
        "It supplies Renault and has created 650 jobs.\n"
        "The European Investment Bank lent it 450 million euros in 2023.",
        (
            # 650 is the first phase's count so far, 1,000 the target; the bank's loan is no investment.
            ("status", "operational", "envision-aesc-douai"),
            ("jobs", "1,000", "envision-aesc-douai"),
        ),
    ),
    A(
        "limnews-prologium-chooses-dunkirk-en",
        "LIM News, ProLogium chooses Dunkirk to set up its battery factory, "
        "https://limnews.com/business/2023-05-12-prologium-chooses-dunkirk-to-set-up-its-battery-factory."
        "HkJLQbiEh.html, 2023-05-12",
        "en",
        dt.date(2023, 5, 12),
        "ProLogium picks Dunkirk for its battery factory\n"
        "By announcing on Friday that it had chosen Dunkirk for a large battery factory, Taiwan's ProLogium wants "
        "France to lead the mass production of a new kind of \"solid\" battery, which it says is sturdier and more "
        "powerful.\n"
        "The reasons for coming to France are \"numerous\", its vice-president for international development, "
        "Gilles Normand, told several news agencies, as President Emmanuel Macron was due in the northern city "
        "that day.\n"
        "The Taiwanese group means to put €5.2 billion into Dunkirk by 2030, for 48 GWh a year, batteries for "
        "hundreds of thousands of cars. Production should start at the end of 2026, then grow over several years, "
        "for 3,000 jobs in the plant itself and 12,000 indirect jobs around it.\n"
        "Three more gigafactories\n"
        "The group wanted access to \"carbon-free electricity\"; Dunkirk has nuclear power and offshore wind as "
        "well. \"A real ecosystem\" for batteries is growing in northern France, he says, where three other "
        "gigafactories have been announced: in Douvrin, due to open at the end of May, in Douai, and in Dunkirk "
        "already, with the French start-up Verkor.",
        (
            # "by 2030" is the investment's horizon, not a commissioning.
            ("status", "announced", "prologium-dunkerque"),
            ("investment", "€5.2 billion", "prologium-dunkerque"),
            ("commissioning", "at the end of 2026", "prologium-dunkerque"),
            ("jobs", "3,000 jobs", "prologium-dunkerque"),
            ("commissioning", "at the end of May", "acc-billy-berclau"),
        ),
    ),
    A(
        "hostingpaper-data4-escaudain-en",
        "Hosting Paper, Data4 to build €5B AI data center campus in Northern France, "
        "https://hostingpaper.com/article/data4-to-build-5b-ai-data-center-campus-in-northern-france, undated page "
        "(inferred), ≈2026-01",
        "en",
        dt.date(2026, 1, 5),
        "Data4 to build a €5B AI data centre campus in northern France\n"
        "Data4 has announced a €5 billion AI data center campus in Escaudain, northern France: few single sites in "
        "Europe draw that much money. The 33-hectare campus, to provide 700 MW, will make a former industrial site a "
        "centre for cloud and AI computing. It reflects Europe's wish for AI capacity of its own, and the strain "
        "between new infrastructure, the power it needs and the local economy.\n"
        "Location and politics\n"
        "Being near the FLAP corridor (Frankfurt, London, Amsterdam, Paris) helps cloud services that cross borders "
        "and need short delays. France wants its low-carbon power used on old industrial land, and the site fits. "
        "The partnership with local bodies was signed half a year earlier.\n"
        "A data centre is no factory for a local economy, however. When fully running the campus should give 2,400 "
        "permanent jobs, Data4 says, in security, networks and energy, trades the area may not have; its training "
        "and research centre, Data4All, is meant to fill that gap.",
        (
            ("status", "announced", "escaudain-dc"),
            ("investment", "€5 billion", "escaudain-dc"),
            ("land_area", "33-hectare", "escaudain-dc"),
            ("power", "700 MW", "escaudain-dc"),
            ("jobs", "2,400 permanent jobs", "escaudain-dc"),
        ),
    ),
    A(
        "altusintel-lemonde-verkor-dunkirk-en",
        "Altus Intel (English version of Le Monde with AFP), Verkor chooses Dunkirk for its gigafactory, "
        "https://altusintel.com/public-yy80wp, the day after the announcement (inferred), ≈2022-02-02",
        "en",
        dt.date(2022, 2, 2),
        "Verkor's gigafactory goes to Dunkirk, with up to 1,200 jobs\n"
        "Backed by Renault, Schneider Electric and Arkema, the Grenoble company could create 1,200 posts in its "
        "first phase, and many indirect jobs.\n"
        "Le Monde with AFP\n"
        "Dunkirk gets France's third gigafactory for electric-car batteries, close to the other two, and up to "
        "1,200 jobs as soon as the first phase. On Tuesday 1 February the young Grenoble firm Verkor announced that "
        "the northern port had won its first plant of low-carbon cells.\n"
        "Verkor, Xavier Bertrand for the region and President Emmanuel Macron all broke the news within minutes of "
        "each other that evening. There was \"European competition\" for the project, whose first phase "
        "brings 1,200 direct jobs and 3,000 indirect ones, Macron told La Voix du Nord.\n"
        "It is the third battery plant in France, after AESC-Envision's at Renault's Douai site and Stellantis and "
        "TotalEnergies' in Douvrin, where production is to begin in 2023.\n"
        "Europe aims at 25% of world battery production by 2030, against 3% in 2020. Northvolt said at the end of "
        "December 2021 that it had started production at its first gigafactory, in Sweden.",
        (
            ("status", "announced", "verkor-bourbourg"),
            ("jobs", "1,200 direct jobs", "verkor-bourbourg"),
            ("commissioning", "in 2023", "acc-billy-berclau"),
        ),
    ),
    A(
        "artelia-envision-douai-en",
        "Artelia, Envision battery gigafactory in Douai (project page), "
        "https://www.arteliagroup.com/project/envision-battery-gigafactory-in-douai/, undated page (inferred), ≈2022",
        "en",
        dt.date(2022, 6, 1),
        "Envision battery gigafactory in Douai\n"
        "The first Envision battery factory in the European Union\n"
        "Electric cars need batteries, and making them is now an industrial priority. Renault, to be sure of "
        "supplies for its coming electric models, has joined the Chinese group Envision on a big Douai plant with "
        "room for some 9 GWh a year.\n"
        "Artelia helps the main contractor with its design studies.\n"
        "AESC, Envision's subsidiary, has decided to build the factory in Douai, northern France, beside Renault's "
        "Georges Besse plant, for the R4 and R5. Its first phase (9 GWh a year) should start production by 2024 and "
        "bring around a thousand jobs. Two or three further units may come if demand follows, for 30 GWh a year by "
        "2030.\n"
        "Electrodes, cells and modules will all be made on the site.",
        (
            # The first unit's start is taken, as "first capacity" is; the GWh are energy. No status of a date.
            ("commissioning", "by 2024", "envision-aesc-douai"),
            ("jobs", "around a thousand jobs", "envision-aesc-douai"),
        ),
    ),
    A(
        "apti-prologium-grant-en",
        "Automotive Powertrain Technology International, ProLogium gets green light for public grant for 48GWh EV "
        "battery gigafactory in France, https://www.automotivepowertraintechnologyinternational.com/news/battery-"
        "materials/prologium-gets-green-light-for-public-grant-for-48gwh-ev-battery-gigafactory-in-france.html, "
        "2023-08-11",
        "en",
        dt.date(2023, 8, 11),
        "ProLogium gets the green light for a public grant for its 48GWh gigafactory in France\n"
        "France is where ProLogium, a maker of solid-state batteries for electric cars, will build its first big "
        "plant away from Asia. Brussels has now allowed the French state to give the project a €1.5bn (US$1.65bn) "
        "grant.\n"
        "The aid, cleared under the EU's rules for research, development and innovation support, goes both to "
        "ProLogium's battery research and to its new 48GWh gigafactory at Dunkirk.\n"
        "All told, €5.2bn should be put into the gigafactory; the €1.5bn arrives in stages, tied to milestones, "
        "until 2029. Local firms, universities and clients will get the technical results.\n"
        "A public consultation led by the CNDP opens in September 2023. Work on the site should begin in the second "
        "half of 2024, and production by the end of 2026.",
        (
            ("investment", "€5.2bn", "prologium-dunkerque"),
            ("commissioning", "by the end of 2026", "prologium-dunkerque"),
        ),
    ),
)
