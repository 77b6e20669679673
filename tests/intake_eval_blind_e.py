"""Held-out 2026-12e: the intake's next blind part, kept apart from the learned stage it judges.

Written on 7 December 2026 (session 11, by the engineer "h29w"), while another engineer (h29L) built a
learned stage of the intake trained on every earlier part, and kept off `main` (branch `heldout-e`) until
that work has landed: nobody training or tuning the intake has read it, and it is in no training list.
Held-out 2026-12d, the judge before it, was read after its final run and is development since.

Eighteen real articles about the region's projects (nine French, nine English), found with the library's
search of stored public pages (queries in French and English on the data-centre sites, the battery valley,
grid and power news, the port of Dunkirk and the region's plants). None is the source of an article of any
other part (development with batches 8 to 12, session 6's held-out part, held-out 2026-12, 2026-12b, 2026-12c
and 2026-12d): every address of the 266 articles of those parts was listed from their `source` and compared,
and the test of the parts checks it. Nor does any tell a story a part already tells (the same event, on the
same date, by another publisher): each story's names and figures were looked for in the parts' texts and
sources (Enchem, the SPPPI's « nouveaux projets », Verkor's scrap-recycling unit, Clarebout, Flocryl, Ceva,
Omer-Decugis, Dunkerque-Port's yearly results, Envision's 800 million and its move to a car park, Kurose, the
offshore farm's award of June 2019 and de Rugy, the EPR2 programme's 72.8 billion, Piechaczyk and RTE's
fast-track zones, the RCC of Douvrin and Lemayitch, the end of the DV engine, the 9HA turbine and 605 MW at
Bouchain, E-Valley's purchase for 5 millions and its demining, Neomat's earthworks and Hatron, the
Amiens–Petit-Caux line and its 390 millions, Gravelines' 32,6 TWh of 2020, the Avelin–Gavrelle line after its
2012 debate, Décima's works of 2014, Axens at Saint-Saulve). Where a part tells another event of the same
project (Envision's choice of Douai, the offshore farm after its debate, the Gravelines plant's results for
2023, Décima's finished data centre in 2016, the EPR2 pair's cost in EDF's dossier, RTE's plan for the
Dunkirk grid, Neomat's naming and its investment decision, E-Valley's first stone and inauguration, Verkor's
recruitment), the event here is another one, on another date.

They were picked for what the news says, not for being hard or easy: a choice of site and a plant's
downsizing, a tender's winner, a programme's cost, the grid's offer to data centres, a union agreement and
the end of an engine plant beside a gigafactory, an inauguration, a port's yearly results with several
projects in one article, works starting, a progress report, grid lines at their public debate, a power
plant's year, plants the dataset does not know (Enchem at Dunkirk, Axens at Saint-Saulve, the Eramet–Suez
recycling plants), a company's figures beside its plant's, statuses and dates in several forms, two
articles with no figure of our sites (the EPR2 programme's cost, the end of the Douvrin engine plant) and a
port's logistics round-up whose one figure of ours is a battery plant's date. Each is written here in our
own words with the real one's structure, length, figures and short quoted phrases; `source` names the real
article (publisher, title, address, date; "≈" and "inferred" where the page gives no date). Where the
stored copy was an excerpt (most were), the article follows the excerpt. Each was written once, before any
run, and not reworded after.

`expected` is what an analyst takes, decided from the text alone by the labelling conventions of
tests/intake_eval.py, before the intake was run on it: (attribute, value as written, site id or None for a
project the dataset does not know). A comment says why a figure of the text is left out when that is not
plain. Plants outside what the dataset follows (data-centre sites, the battery chain, power and grid:
a potato plant, a chemicals plant, port warehouses) give nothing.

The benchmark (benchmarks/bench_intake.py) prints it as its last part and checks the targets on it. It was
run once on the code of main as it stood when the part was begun, before the learned stage (8895109, with
this part and the benchmark's new label copied into a worktree; 2026-12-07, 17:10 UTC, shared machine), only
its three figures looked at: 37 expected figures, 43 proposed (15 held back), recall 0.595, precision 0.512,
right site 0.636 (BEFORE).

Its final run, by the lead, on main after the learned stage's last landing (b5deef8, the part merged;
2026-12-07, 18:56 UTC, one run, quiet machine): the rules (the default) 0.595 / 0.512 / 0.636, unchanged, and the
learned stage (HDF_INTAKE_LEARNED=1), never trained on it, recall 0.622, precision 0.535, right site 0.652
(FINAL). tests/domain/test_intake_eval.py holds the rules at what they reached. Read after that run: since
then development (and training data), like every part before it; the next blind part goes after it.
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import EvalArticle

A = EvalArticle

# One run of benchmarks/bench_intake.py on main as it stood when this part was begun, before the learned
# stage (shared machine; only these three figures were looked at).
BEFORE = {"commit": "8895109", "recall": 0.595, "precision": 0.512, "entity_accuracy": 0.636}
# Its one final run (b5deef8): the rules, and the learned stage that never saw it.
FINAL = {"commit": "b5deef8", "rules": {"recall": 0.595, "precision": 0.512, "entity_accuracy": 0.636},
         "learned": {"recall": 0.622, "precision": 0.535, "entity_accuracy": 0.652}}

HELD_OUT_2026_12E = (
    A(
        "hellolille-enchem-dunkirk-en",
        "Hello Lille, « Interview Mr Lee, CEO of Enchem », "
        "https://en.hellolille.eu/hello-news-en/m-lee-ceo-of-enchem-en, "
        "undated page (inferred: the choice made official « in May 2024 », the plant due to open in January 2025 "
        "still to come), ≈2024-06",
        "en",
        dt.date(2024, 6, 15),
        "Interview: Mr Lee, CEO of Enchem\n"
        "Dunkirk will host the first French plant of the South Korean company Enchem, and the Lille metropolitan "
        "area the offices of its subsidiary, Enchem France.\n"
        "In May 2024, Enchem, South Korea's champion of battery electrolyte, made official its decision to put a "
        "production unit in Dunkirk, as close as it can get to the carmakers it supplies. It picked the European "
        "Metropolis of Lille, at the same time, for a sales and engineering base that will steer the industrial "
        "project and bring the plant into operation in September 2025.\n"
        "Founded in 2012, Enchem has become the largest maker of battery electrolytes in South Korea, a component "
        "no electric-car battery can do without. Worldwide it employs more than 700 people, with plants in South "
        "Korea, China, the United States and Eastern Europe, and it ranks fourth among the world's electrolyte "
        "producers.\n"
        "After Poland in 2018 and Hungary in 2024, its European expansion goes on in Hauts-de-France with the "
        "construction of a 15,000 m² plant in Dunkirk. Each year it should turn out 150,000 tonnes of electrolyte, "
        "40,000 tonnes of recycled NMP (a solvent used to make lithium-ion cells) and 4,000 tonnes of cathode "
        "slurry. The investment comes to €57 million, and the plant is due to open in January 2025.\n"
        "Dunkirk answers a logistics problem: electrolyte travels badly, and has to reach customers quickly at a "
        "stable temperature.",
        (
            # a plant the dataset does not know; the 700 people are the company's, worldwide; the tonnes are output
            ("status", "announced", None),  # « made official its decision to put a production unit in Dunkirk »
            ("announced", "In May 2024", None),
            ("floor_area", "15,000 m²", None),
            ("investment", "€57 million", None),
            # two dates for the start that disagree: both kept
            ("commissioning", "in September 2025", None),
            ("commissioning", "in January 2025", None),
        ),
    ),
    A(
        "electrive-envision-douai-downgrade-en",
        "electrive, « Envision AESC downgrades battery plans for Douai », "
        "https://www.electrive.com/2021/11/15/envision-aesc-downgrades-battery-plans-for-douai/, 2021-11-15",
        "en",
        dt.date(2021, 11, 15),
        "Envision AESC scales back its battery plans for Douai\n"
        "The battery plant Envision AESC is to build at Renault's site in Douai, in northern France, will be "
        "smaller than first announced. An agency report says the plan no longer speaks of 43 GWh of capacity by "
        "2030, but of 30 GWh or more by 2029. A change of location appears to be the reason.\n"
        "Bloomberg cites an official document of the CNDP, France's national commission for public debate, which "
        "gives the new capacity of 30 GWh by 2029. When the project was unveiled in June, it was to reach 24 GWh by "
        "2027 and 43 GWh by 2030.\n"
        "The cut follows the decision to put the plant on a car park beside Renault's Douai assembly plant rather "
        "than in a wooded area, according to project manager Ayumi Kurose. Wildlife living in the woods would have "
        "made the species-protection approvals hard to obtain: building a battery factory there \"would have been "
        "complicated\", Kurose said.\n"
        "Instead of one large factory in the woods, Envision AESC now plans four smaller plants, three of about "
        "nine GWh each and one of 4.5 GWh. The Chinese company will first invest around 800 million euros in Douai "
        "and employ up to 1,200 people, with construction due to begin by the end of 2024. Nine GWh of the output "
        "are reserved for Renault at the start, although the carmaker had said it would need up to 24 GWh from "
        "Envision AESC by the end of the decade.\n"
        "According to Bloomberg, Envision AESC is also in talks with \"at least five other carmakers in Europe\".",
        (
            ("status", "announced", "envision-aesc-douai"),  # « When the project was unveiled in June »
            # « in June » has no year: no date a seed can hold; the GWh are energy; the works' start is a step
            ("investment", "around 800 million euros", "envision-aesc-douai"),  # a first step, and no whole given
            ("jobs", "up to 1,200 people", "envision-aesc-douai"),
        ),
    ),
    A(
        "theconstructionindex-dunkirk-offshore-edf-en",
        "The Construction Index, « EDF team picked for Dunkirk offshore wind farm », "
        "https://www.theconstructionindex.co.uk/news/view/edf-team-picked-for-dunkirk-offshore-wind-farm, 2019-06-17",
        "en",
        dt.date(2019, 6, 17),
        "EDF team picked for Dunkirk offshore wind farm\n"
        "The future offshore wind farm off Dunkirk will be built by the EDF Group, through its subsidiary EDF "
        "Renewables, together with Innogy and Enbridge.\n"
        "It is the fourth offshore project the group has won in a public tender, after the three it secured in "
        "2012 at Saint-Nazaire, Fécamp and Courseulles-sur-Mer.\n"
        "Standing more than 10km off the Dunkirk coast, the wind farm will have an installed capacity of almost "
        "600 MW. It will meet around 40% of the electricity needs of the Nord département and is due to enter "
        "service in 2026.\n"
        "Jean-Bernard Lévy, chairman and chief executive of EDF, welcomed the decision of the minister for the "
        "ecological and inclusive transition. The bid was \"highly competitive\", he said, and had led the "
        "government to double the offshore wind targets of its multi-year energy plan, opening \"new development "
        "opportunities\" for EDF and the whole sector.",
        (
            # a builder chosen for a tendered project is no announcement of the project (like Bouchain's bidder)
            ("power", "almost 600 MW", "dunkerque-offshore-wind"),
            ("commissioning", "in 2026", "dunkerque-offshore-wind"),
        ),
    ),
    A(
        "nucnet-epr2-cost-estimate-en",
        "NucNet (David Dalton), « EDF Says Provisional Cost Estimate For Six New-Generation EPR2 Nuclear Plants Is "
        "€72.8 Billion », https://nucnet.herokuapp.com/news/edf-says-provisional-cost-estimate-for-six-new-"
        "generation-epr2-nuclear-plants-is-eur72-8-billion-12-4-2025, 2025-12-18",
        "en",
        dt.date(2025, 12, 18),
        "EDF puts the provisional cost of six new-generation EPR2 plants at €72.8 billion\n"
        "The first reactor, at Penly, is to be commissioned in 2038\n"
        "EDF told its board of directors on 18 December that the provisional cost estimate for its programme of "
        "six new-generation EPR2 reactors at the Penly, Gravelines and Bugey sites in France is €72.8bn "
        "($85.4bn).\n"
        "In a statement, the state-owned company said the provisional budget will be audited in the first quarter "
        "of 2026 by the Interministerial Delegation for New Nuclear Energy, the government body set up to oversee "
        "and coordinate the country's nuclear new-build plans, the EPR2 programme above all.\n"
        "For 2026, the board approved a budget allocation of €2.7bn for the programme.\n"
        "EDF said it targets 2038 for commissioning the first reactor, at Penly, each following unit coming 12 to "
        "18 months later.\n"
        "The programme will rely on state aid, notified to the European Commission on 19 November ahead of a final "
        "investment decision at the end of 2026: a subsidised loan for at least half of the construction costs, a "
        "40-year contract for difference (CfD) and a sharing of risks between the state and EDF. A CfD guarantees "
        "a set \"strike price\" for each unit of electricity once a plant is running.\n"
        "EDF has already applied for authorisation to build two EPR2 units at Penly, in Normandy. A second pair is "
        "being planned for Gravelines, and a third for Bugey, in south-eastern France.",
        (),  # the 72.8 billion is three sites' sum, the 2.7 billion a year's programme budget, 2038 is Penly's
    ),
    A(
        "sipoch-afp-rte-edf-datacentres-en",
        "Sipoch (English version of an AFP dispatch), on EDF and RTE courting AI data centres at the Paris AI "
        "summit, https://www.sipoch.com/en/articles/300330019546433, undated page (inferred: the summit and the "
        "government's 35 sites, the AFP dispatch of 11 February 2025), ≈2025-02-11",
        "en",
        dt.date(2025, 2, 11),
        "France's power companies set out to win over AI data centres\n"
        "The electricity sector is on a charm offensive: at the artificial intelligence summit in Paris, the French "
        "utility EDF and the high-voltage grid operator RTE presented their offers to bring energy-hungry data "
        "centres to the country.\n"
        "The government has published a map of the regions showing 35 \"ready-to-use\" sites able to take AI data "
        "centres, the huge buildings that hold data and supply the computing power AI needs.\n"
        "Like battery factories, the projects of digital firms racing to set up need a giant socket on the grid "
        "to feed their appetite for power. RTE and EDF, two of the country's main electricity players, mean to "
        "meet that demand with faster connections.\n"
        "RTE, which runs the high-voltage grid, will offer an accelerated connection service from 2028 for "
        "high-power data centres, open to large industrial projects as well, it told AFP: a \"very rapid\" delay "
        "given the operational and regulatory constraints, it stressed.\n"
        "RTE has identified between eight and ten high-power sites in Hauts-de-France, Normandy and, marginally, "
        "Ile-de-France, among the 35 announced by the government.\n"
        "These are \"fast track connection zones\", RTE chief executive Xavier Piechaczyk told AFP, where the "
        "operator can guarantee the connection of \"a large 1 GW data center\": \"there aren't many of that size in "
        "the world\".\n"
        "The sites lie less than 15 km from the large 400,000-volt lines, in areas not yet saturated. Faced with a "
        "flood of requests, RTE also wants new rules to put an end to \"first come, first served\", which creates "
        "waiting lists; the Energy Regulatory Commission (CRE) has yet to approve them.",
        (
            # the fast-track connection procedure (a seed of its own): its horizon and the size it connects
            ("commissioning", "from 2028", "fast-track-procedure"),
            ("power", "1 GW", "fast-track-procedure"),
        ),
    ),
    A(
        "gettotext-reuters-stellantis-douvrin-en",
        "Gettotext (English copy of a Reuters dispatch by Gilles Guillaume), « Stellantis-From petrol engine to "
        "batteries, agreement signed in Douvrin », https://gettotext.com/stellantis-from-petrol-engine-to-batteries-"
        "agreement-signed-in-douvrin-4/, the dispatch dated « Feb 9 » 2022, ≈2022-02-09",
        "en",
        dt.date(2022, 2, 9),
        "Stellantis: from petrol engines to batteries, an agreement signed at Douvrin\n"
        "by Gilles Guillaume\n"
        "PARIS, Feb 9 (Reuters) - Stellantis and three of its five unions agreed on Wednesday on a plan to help "
        "employees move from the combustion-engine plant in Douvrin (Pas-de-Calais) to a new electric battery "
        "factory, one of the first signs of the deep change sweeping the industry.\n"
        "The CFTC, Force Ouvrière and the CFE-CGC, the site's second, third and fourth unions and a majority "
        "together, signed the collective termination agreement (RCC) meant to support the conversion of the plant "
        "founded in 1969, the carmaker born of the PSA-FCA merger told Reuters.\n"
        "The CGT, the largest union on the site, and the CFDT, the fifth, did not sign the agreement, which covers "
        "2022 to 2024: to them, the pledges of 400 redeployments into the battery gigafactory being built just "
        "next to the engine plant fall short, two other sources said.\n"
        "\"We had to build bridges between the two sites,\" CFTC representative Frédéric Lemayitch told Reuters, "
        "as electrification will be imposed \"whether we like it or not\".\n"
        "Stellantis did not rally as many unions as in its earlier agreements, but hailed \"a good example of "
        "responsible social dialogue\".\n"
        "The Douvrin plant, opened more than fifty years ago to take over from the coal mines, has faced an "
        "uncertain future since Europe moved towards banning sales of new combustion-engine cars by 2035.\n"
        "Last year it made 570,000 petrol and diesel engines with a workforce of about a thousand. Ahead of the "
        "switch to electric, it will lose the production of diesel engines from May 2023.",
        (
            # the engine plant is none of the dataset's sites (its workforce, engines and dates); 400 redeployments
            # are transfers of staff, not the gigafactory's jobs
            ("status", "under_construction", "acc-billy-berclau"),  # « the battery gigafactory being built »
        ),
    ),
    A(
        "dayfr24-stellantis-douvrin-engines-end-en",
        "Dayfr24 (English copy of L'Usine Nouvelle), « Stellantis acts the end of the production of thermal engines "
        "on its historic site in Douvrin », https://news.dayfr24.com/article/amp/stellantis-acts-the-end-of-the-"
        "production-of-thermal-engines-on-its-historic-site-in-douvrin.html, undated page (inferred: the "
        "announcement « On July 24, 2025 »), ≈2025-07-26",
        "en",
        dt.date(2025, 7, 26),
        "Stellantis ends the making of combustion engines at its historic Douvrin site\n"
        "The Stellantis plant at Douvrin, in the Pas-de-Calais, is living its last years in its present form. On "
        "July 24, 2025, the group's management announced that the DV diesel engine will stop on November 1, 2025, "
        "and that the EB petrol engine will follow, at a date not yet set. Without saying \"closure\", Stellantis "
        "is ending most of what the site has done for more than fifty years: making combustion engines.\n"
        "For the CFE-CGC and CFTC unions it is a closure all the same. Both speak of a deadline \"during 2026\", "
        "one deploring a \"sacrifice of industrial skills\", the other an \"abandonment of know-how\" for the sake "
        "of electrification. The CFTC credits Stellantis for preparing the social consequences, but blames "
        "production choices made abroad for the blow to this flagship of French industry.\n"
        "The CFE-CGC also points to how few employees have actually moved to ACC, the gigafactory right next door "
        "in which Stellantis holds a stake: by the union's count, only 325 have joined it, leaving 350 others "
        "waiting for now.\n"
        "Stellantis promises a post for everyone\n"
        "The carmaker tempers the picture. It confirms that November 1 concerns only the end of the DV line, not "
        "the whole site, the EB engine being \"brought to stop in a second step\", and promises a solution for "
        "every employee: posts are offered to all, at ACC, where it counts 330 employees already transferred, or "
        "elsewhere in the group.",
        (),  # the engine plant's dates and staff are none of our sites'; 325 or 330 transfers to date are no jobs
    ),
    A(
        "shipmanagement-dunkirk-port-2024-en",
        "Ship Management International, « Port of Dunkirk to invest heavily in redevelopment to cater for green "
        "energy projects », https://shipmanagementinternational.com/port-of-dunkirk-to-invest-heavily-in-"
        "redevelopment-to-cater-for-green-energy-projects/, undated page (inferred: the port's review of 2023 "
        "« last week », other copies dated 22 January 2024), ≈2024-01-22",
        "en",
        dt.date(2024, 1, 22),
        "Port of Dunkirk to spend heavily on making room for green energy projects\n"
        "France's Dunkirk Port will invest 160 million euro in all in 2024, and nearly a billion euro over the "
        "decade, for its 'green reindustrialisation', port officials announced last week.\n"
        "In 2023, Dunkirk says, it became a key player in green reindustrialisation. Built on circular-economy "
        "principles, the drive shows in a string of projects tied to \"electric mobility\", which have made "
        "Dunkirk the very heart of the Hauts-de-France battery valley. Local players such as the Communauté "
        "Urbaine de Dunkerque and the Hauts-de-France Region played a key part, in line with the industrial "
        "sovereignty strategy started and driven by the French State.\n"
        "Four of the electric battery gigafactories being set up in France chose Hauts-de-France, two of them on "
        "turnkey sites of the Port of Dunkirk; ORANO and XTC New Energy will join Verkor and Prologium in the "
        "region.\n"
        "The announcement of 2 battery recycling plants, to be run by the ERAMET and SUEZ consortium, completes "
        "the ecosystem and fits the Region's \"electric mobility\" sector of excellence.\n"
        "Meanwhile Dunkirk keeps diversifying across its port area. The CLAREBOUT Group, a world leader in potato "
        "processing, began operating its new plant in the Zone Grandes Industries (ZGI) at the end of 2023, and "
        "FLOCRYL, a subsidiary of SNF, the world leader in water-treatment polymers, will start up its new "
        "facilities in May 2024.\n"
        "Dunkirk is thus growing into one of Europe's leading energy hubs.",
        (
            # the port's 160 million and its decade's billion are the port's; four gigafactories chosen are a
            # statement of several plants; a potato plant and a chemicals plant are outside what the dataset follows
            ("status", "announced", None),  # « The announcement of 2 battery recycling plants » (Eramet and Suez)
        ),
    ),
    A(
        "naturalgasworld-bouchain-ccgt-en",
        "Natural Gas World (Mark Smedley), « EDF Heralds 'Record-Breaking' CCGT », "
        "https://www.naturalgasworld.com/edf-heralds-record-breaking-ccgt-30176, undated page (inferred: the "
        "inauguration « June 17 » 2016 just past), ≈2016-06-20",
        "en",
        dt.date(2016, 6, 20),
        "EDF hails 'record-breaking' CCGT\n"
        "EDF and General Electric (GE) on June 17 inaugurated a state-of-the-art gas-fired power plant built "
        "around new GE turbines.\n"
        "by: Mark Smedley\n"
        "On June 17 EDF and GE inaugurated the first natural gas combined-cycle plant equipped with GE's 9HA "
        "turbines.\n"
        "The plant, at Bouchain, some 30 km south of Lille in northern France, can generate over 605 MW and "
        "reached an efficiency of up to 62.22% in its commissioning performance tests. GE said the figure is a "
        "total efficiency, mostly electrical with some thermal.\n"
        "The two firms say these record levels make it the world's most efficient combined-cycle power plant, as "
        "Guinness World Records has now officially recognised. The 9HA turbines can also reach full power in under "
        "30 minutes.\n"
        "Photo: Jean-Bernard Levy, EDF's chairman and CEO (Photo credit: SocGen)\n"
        "Levy and his GE counterpart Steve Bolze attended the inauguration; the two firms have worked together for "
        "45 years, GE supplying EDF with close to 120 combustion turbines since the 1970s. For GE, June 17 marked "
        "the \"official beginning of operation\" and the plant's connection to the grid.\n"
        "For Levy, the ceremony brought some relief from EDF's woes: in April the state-owned nuclear giant put "
        "off until September a final investment decision on its planned £18bn Hinkley Point plant.",
        (
            # « June 17 » has no year (no date a seed can hold); Hinkley Point is another country's
            ("status", "operational", "edf-bouchain-ccgt"),  # « inaugurated »
            ("power", "over 605 MW", "edf-bouchain-ccgt"),
        ),
    ),
    A(
        "supplychainmag-dunkerque-port-bilan-2024-fr",
        "Supply Chain Magazine, « Dunkerque et son port aimantent les projets axés logistique », "
        "https://supplychainmagazine.fr/nl/2025/4122, undated page (inferred: Dunkerque-Port's review of 2024 "
        "« la semaine dernière »), ≈2025-02-03",
        "fr",
        dt.date(2025, 2, 3),
        "Dunkerque et son port attirent les projets logistiques\n"
        "Peu de territoires en France comptent autant de projets logistiques que le Dunkerquois, porté par les "
        "ambitions de son port et par un arrière-pays où la distribution voisine avec l'agroalimentaire, "
        "l'automobile et sa jeune filière électrique. Présenté la semaine dernière, le bilan 2024 de Dunkerque-Port "
        "fait état d'un trafic en hausse de 5 % en tonnage (46 Mdt), contrasté entre l'envolée des hydrocarbures "
        "et des minerais (+15 et +23 %), la bonne tenue du roulier (+8 %), le trou d'air des céréales (-20 %) et un "
        "léger recul des conteneurs (-2 %, à 653 000 EVP, un volume tout de même doublé en dix ans).\n"
        "Il dresse surtout la liste de nombreux projets logistiques. Dans l'agroalimentaire, Clarebout Potatoes a "
        "mis en service en juin dernier un entrepôt-transstockeur de 88 000 palettes près du terminal à "
        "conteneurs, pour exporter par Dunkerque ; le poids lourd belge du surgelé, qui produit déjà sur la zone, "
        "veut encore y étendre sa logistique. Côté fruits et légumes, le prestataire Conhexa prévoit un "
        "transstockeur de 10 000 palettes en froid positif, et l'importateur Omer-Decugis, lauréat d'un appel à "
        "manifestation d'intérêt du port, développera d'ici 2027 une plateforme de 20 000 m².\n"
        "Dans l'automobile, Ceva Logistics exploite depuis novembre près de 10 hectares consacrés aux véhicules "
        "neufs, tandis que le calendrier industriel de la filière des batteries se précise : production en fin "
        "d'année pour Verkor, début 2027 pour le taïwanais ProLogium, sans oublier les projets de Neomat (Orano et "
        "XTC New Energy) et du coréen Enchem.",
        (
            # warehouses and logistics platforms of the port are outside what the dataset follows; « en fin
            # d'année » has no year (no date a seed can hold)
            ("commissioning", "début 2027", "prologium-dunkerque"),
        ),
    ),
    A(
        "lagazette-spppi-enchem-verkor-fr",
        "La Gazette Nord-Pas de Calais, « Dunkerquois : la filière de la batterie conforte ses parties amont et "
        "aval », https://lagazettefrance.fr/index.php/article/dunkerquois-la-filiere-de-la-batterie-conforte-ses-"
        "parties-amont-et-aval, undated page (inferred: the commission « le 18 décembre dernier », production "
        "trials in the first half of 2025 still to come), ≈2025-01-10",
        "fr",
        dt.date(2025, 1, 10),
        "Dunkerquois : la filière de la batterie conforte ses parties amont et aval\n"
        "Réuni en commission « nouveaux projets » à Dunkerque le 18 décembre dernier, le SPPPI Flandre-Côte "
        "d'Opale (Syndicat permanent pour la prévention des pollutions industrielles) a examiné deux dossiers : "
        "une unité de fabrication d'électrolyte pour batteries du coréen Enchem, et une unité de recyclage de "
        "rebuts de batteries du français Verkor.\n"
        "Photo : à côté du sous-préfet de Dunkerque, Frédéric Loiseau, le directeur de l'usine Verkor, Sylvain "
        "Painaut, est venu présenter l'unité de recyclage de rebuts.\n"
        "Dans le Dunkerquois, la filière de la batterie poursuit son déploiement. À Bourbourg, on voit désormais de "
        "loin les bâtiments de Verkor, la première usine géante de batteries électriques du territoire. Les essais "
        "de production doivent démarrer au premier semestre 2025, avant de livrer début 2026 les premières "
        "batteries de l'Alpine A390 de Renault. Dans son sillage s'installe tout un écosystème : des usines de "
        "composants en amont, des unités de recyclage des batteries en fin de vie et des rebuts d'usine en aval.\n"
        "40 000 tonnes d'électrolyte par an pour Enchem\n"
        "Le premier des deux projets examinés est celui d'Enchem. Le coréen veut devenir, ni plus ni moins, le "
        "leader mondial de l'électrolyte en 2025, ce composant sans lequel une batterie ne fonctionne pas.",
        (
            # the plant starting up is its production trials (the first deliveries to a customer come after);
            # the tonnes are output; the recycling unit is an annex of Verkor's site
            ("commissioning", "au premier semestre 2025", "verkor-bourbourg"),
        ),
    ),
    A(
        "lemoniteur-evalley-premiers-entrepots-fr",
        "Le Moniteur, « E-Valley attend ses premiers entrepôts pour la fin 2019 », "
        "https://www.lemoniteur.fr/articles/e-valley-attend-ses-premiers-entrepots-pour-la-fin-2019-34889298, "
        "undated page (inferred: the purchase « en juillet dernier » 2017 and the works « à la rentrée »), ≈2017-10",
        "fr",
        dt.date(2017, 10, 1),
        "E-Valley attend ses premiers entrepôts pour la fin 2019\n"
        "Les démineurs ont fini, place aux archéologues. Depuis la rentrée, l'ancienne base militaire de Cambrai, "
        "350 hectares, a commencé sa transformation en un immense parc logistique de 700 000 m² d'entrepôts. Mais "
        "les premiers bâtiments de ce futur hub du e-commerce n'ouvriront pas avant l'automne 2019. Au mieux.\n"
        "David Taïeb se dit « coincé dans un aéroport », devant un tableau qui affiche retard sur retard, « mais "
        "je ne lâcherai rien ! ». L'homme n'est pas du genre à renoncer. Lorsque le patron "
        "d'Immo Group, spécialiste de l'immobilier de bureaux, imagine son « E-Valley » en août 2014, il compte "
        "lancer les travaux deux ans plus tard. Mais la négociation du terrain, un hibou protégé et d'éventuels "
        "explosifs enfouis ont fait glisser le calendrier.\n"
        "En juillet dernier, il a enfin racheté l'ancienne base aérienne aux collectivités pour 5 millions "
        "d'euros. La dépollution pyrotechnique de la première phase (180 000 m² d'entrepôts) vient de s'achever. "
        "Si les fouilles archéologiques ne mettent pas au jour une cité romaine oubliée, et si aucun recours n'est "
        "déposé après l'enquête publique, les travaux pourront suivre.",
        (
            # demining and excavations are no building works yet (no status); the land's price is no investment;
            # the first phase's area is a phase's, the whole given; the headline's « fin 2019 » is the same date
            # said loosely
            ("land_area", "350 hectares", "e-valley-ba103"),
            ("floor_area", "700 000 m²", "e-valley-ba103"),
            ("commissioning", "pas avant l'automne 2019", "e-valley-ba103"),  # a bound: not before
        ),
    ),
    A(
        "deltafm-neomat-travaux-fr",
        "Delta FM, « Neomat à Gravelines-Loon-Plage, une usine essentielle pour la vallée de la batterie », "
        "https://www.deltafm.fr/neomat-a-gravelines-loon-plage-une-usine-essentielle-pour-la-vallee-de-la-batterie, "
        "undated page (inferred: the photo's upload stamp of 11 March 2026, the earthworks « viennent de débuter »), "
        "≈2026-03-11",
        "fr",
        dt.date(2026, 3, 11),
        "Neomat à Gravelines-Loon-Plage, une usine clé pour la vallée de la batterie\n"
        "Un investissement de 500 millions d'euros et des centaines d'emplois à la clé.\n"
        "Photo : le projet Neomat.\n"
        "Encore une excellente nouvelle pour l'économie du Dunkerquois : un dossier que Delta FM suit depuis des "
        "années devient enfin concret.\n"
        "C'est celui des chinois de XTC New Energy et des français d'Orano. Ils ont investi un demi-milliard "
        "d'euros dans une nouvelle usine de l'économie de la batterie, Neomat CAM, qui sera construite entre "
        "Gravelines et Loon-Plage.\n"
        "Sa mission : fabriquer une poudre indispensable à la construction des batteries, qu'elle fournira à "
        "Prologium et à Verkor.\n"
        "Plus de 400 créations d'emplois sont prévues pour commencer, et davantage si tout fonctionne, si la "
        "Vallée de la batterie se développe, explique Philippe Hatron, administrateur de Neomat.\n"
        "Les travaux de terrassement viennent de débuter ; ceux de la construction de l'usine suivront dans les "
        "prochaines semaines.\n"
        "Le début de la production est espéré fin 2028.",
        (
            # the headline's 500 millions is the body's half-billion; Prologium and Verkor are its customers
            ("investment", "500 millions d'euros", "neomat-gravelines"),
            ("jobs", "Plus de 400 créations d'emplois", "neomat-gravelines"),  # a first step, no whole given
            ("status", "under_construction", "neomat-gravelines"),  # « Les travaux … viennent de débuter »
            ("commissioning", "fin 2028", "neomat-gravelines"),
        ),
    ),
    A(
        "latribune-ligne-amiens-petit-caux-fr",
        "La Tribune, « Électricité : une nouvelle ligne à 400.000 volts pour alimenter les méga-fabs nordistes », "
        "https://www.latribune.fr/entreprises-finance/electricite-une-nouvelle-ligne-a-400-000-volts-pour-alimenter-"
        "les-mega-fabs-nordistes-978740.html, 2023-10",
        "fr",
        dt.date(2023, 10, 15),
        "Électricité : une nouvelle ligne à 400 000 volts pour alimenter les méga-usines du Nord\n"
        "Ce n'est pas tous les jours qu'il en sort de terre. La dernière ligne à très haute tension (THT) bâtie de "
        "toutes pièces en France remonte au début des années 2010, entre le Cotentin et le Maine, pour relier la "
        "centrale de Flamanville à un Ouest toujours à court de kilowatts. Une décennie plus tard, RTE engage la "
        "longue marche qui doit mener à la mise sous tension d'une nouvelle liaison aérienne de 400 000 volts entre "
        "la Normandie et les Hauts-de-France. Soumis au débat public depuis près d'un an, ce projet chiffré à 390 "
        "millions d'euros vient de franchir une étape clé : les préfets de la Somme et de la Seine-Maritime ont "
        "choisi le « fuseau de moindre impact » parmi les cinq tracés à l'étude.\n"
        "Longue de 80 kilomètres, la ligne ira de Petit-Caux, où Penly doit accueillir la première paire d'EPR de "
        "nouvelle génération, jusqu'à l'agglomération d'Amiens. Elle doit prendre le relais de la liaison THT "
        "existante sur le même parcours, bientôt saturée : cette « vieille » autoroute électrique ne pourra pas "
        "absorber le surcroît de trafic attendu en 2035, avec la mise en service des nouveaux moyens de production "
        "décarbonée.",
        (
            # 2035 dates the traffic to come, not the line; the length is no figure of the seed
            ("investment", "390 millions d'euros", "rte-line-amiens-petit-caux"),
        ),
    ),
    A(
        "radio6-centrale-gravelines-2020-fr",
        "Radio 6, « La centrale nucléaire de Gravelines a produit 10% de l'électricité française en 2020 », "
        "https://radio6.fr/article-54706-la-centrale-nucleaire-de-gravelines-a-produit-10-de-l-electricite-francaise-"
        "en-2020.html, undated page (inferred: the plant's review of 2020, « cette année » 2021), ≈2021-02",
        "fr",
        dt.date(2021, 2, 1),
        "La centrale nucléaire de Gravelines a fourni 10 % de l'électricité française en 2020\n"
        "Avec 32,6 térawattheures produits, Gravelines garde son rang de première centrale d'Europe. La pandémie a "
        "ralenti certains chantiers et bousculé les habitudes de travail, mais la production ne s'est jamais "
        "interrompue, au bénéfice des entreprises des Hauts-de-France.\n"
        "Sur les 2 000 salariés, 20 % sont passés au télétravail. 1,6 million d'euros a été dépensé pour les "
        "mesures sanitaires, « un électron » au regard des millions que la centrale injecte dans le territoire et "
        "chez ses 1 100 prestataires, souligne son directeur, Emmanuel Villard : 114 millions d'euros de taxes et "
        "redevances versés et 270 millions d'euros d'achats dans les Hauts-de-France en 2020.\n"
        "Outre les arrêts de tranche habituels, la centrale entame la quatrième visite décennale de son tout premier "
        "réacteur. Son directeur espère la faire tourner bien au-delà de 40 ans.\n"
        "Depuis Fukushima, la centrale s'est équipée de nouveaux bâtiments et de nouveaux moyens pour sécuriser le "
        "refroidissement des réacteurs et la poursuite de la production. Une digue de 3 km de long et 4 m de haut "
        "est en construction contre un éventuel tsunami. Cette année, un tambour de 60 tonnes filtrant l'eau de mer "
        "sera installé, ainsi que des centaines de mètres de tuyaux souples pour refroidir une piscine de "
        "combustible.",
        (
            # the sanitary spending, taxes and purchases are no investment in the site; the dike is another object
            ("jobs", "2 000 salariés", "gravelines-npp"),
        ),
    ),
    A(
        "constructioncayola-avelin-gavrelle-fr",
        "Construction Cayola, « RTE veut reconstruire une ligne 400 000 volts », "
        "https://www.constructioncayola.com/reseaux-vrd/article/2012/06/26/74330/rte-veut-reconstruire-une-ligne-"
        "400-000-volts, 2012-06-26",
        "fr",
        dt.date(2012, 6, 26),
        "RTE veut reconstruire une ligne 400 000 volts\n"
        "Au terme de cinq mois de débat public, Réseau de transport d'électricité (RTE) confirme son intention de "
        "reconstruire une ligne à 400 000 volts entre Arras et Lille.\n"
        "Porté par la filiale d'EDF chargée du réseau électrique national, le projet porte sur une ligne de 30 km. "
        "Estimée entre 115 et 135 millions d'euros, l'opération doit faire passer la capacité de la ligne existante "
        "de 1 500 à 4 600 MW ; elle reste soumise à une concertation, puis à une enquête publique prévue en 2014.",
        (
            # the line between Arras and Lille is the Avelin–Gavrelle line; its capacity is a transit, no power of the
            # seed; the public inquiry's year is a step
            ("investment", "entre 115 et 135 millions d'euros", "rte-line-avelin-gavrelle"),
        ),
    ),
    A(
        "lemoniteur-decima-poudriere-fr",
        "Le Moniteur (Alix de Vogüé), « Citadelle : Décima transforme une poudrière militaire en datacenter », "
        "https://www.lemoniteur.fr/article/citadelle-decima-transforme-une-poudriere-militaire-en-datacenter.1191819, "
        "2014-01-03",
        "fr",
        dt.date(2014, 1, 3),
        "Citadelle : Décima transforme une poudrière militaire en datacenter\n"
        "Arras. Voilà un chantier qui sort de l'ordinaire. L'entreprise arrageoise Décima, que dirige Frédy Décima, "
        "investit 2 millions d'euros pour faire d'une poudrière de la Citadelle d'Arras un datacenter de repli : ses "
        "clients pourront y conserver en sûreté des documents à valeur probatoire, qui font preuve devant le juge. "
        "Construit en 1682, ce bâtiment de 100 m² de Shon abritera des ordinateurs sur deux niveaux. Au "
        "rez-de-chaussée, les baies informatiques seront disposées de façon classique. Singularité du chantier : la "
        "poudrière doit rester réversible. L'entreprise Cathelain, qui a déjà refait toutes les maçonneries, a "
        "coulé la dalle sur un film polyane, afin que le béton n'accroche pas aux parois.\n"
        "Au sous-sol, Frédy Décima tire parti des cloisons de parpaings élevées par l'armée au XXe siècle pour "
        "proposer à ses clients cinq « suites » privatives.\n"
        "Juste à côté, une autre poudrière de 50 m², enfouie sous 3 mètres de terre, deviendra le local technique "
        "des onduleurs et des groupes électrogènes, d'une puissance totale de 500 kVA. Un autre local, construit à "
        "proximité, recevra les échangeurs de climatisation installés par Santerne Fluide, qui ont besoin de "
        "davantage d'air.\n"
        "La géothermie pour rafraîchir les serveurs\n"
        "Décima compte sur la géothermie : l'eau, puisée à 11 °C à 40 mètres de profondeur dans la nappe, "
        "traversera les échangeurs avant d'être rejetée en aval à 15 °C.",
        (
            # the 500 kVA of generators and the 50 m² belong to the technical annex, another powder magazine
            ("investment", "2 millions d'euros", "arras-citadelle-dc"),
            ("floor_area", "100 m²", "arras-citadelle-dc"),
            ("status", "under_construction", "arras-citadelle-dc"),  # the works going on: « a coulé la dalle »
        ),
    ),
    A(
        "media24-axens-saint-saulve-fr",
        "Media24, « Longtemps à la traîne, la France commence à jouer les bons élèves avec une nouvelle usine à 500 "
        "millions d'euros pour la production de batteries en Europe », https://media24.fr/2025/05/13/longtemps-a-la-"
        "traine-la-france-commence-a-jouer-les-bons-eleves-avec-une-nouvelle-usine-a-500-millions-deuros-pour-la-"
        "production-de-batteries-en-europe/, 2025-05-13",
        "fr",
        dt.date(2025, 5, 13),
        "Une usine de batteries à 500 millions d'euros pour réveiller une friche du Nord\n"
        "Une usine de batteries de 500 millions d'euros va faire d'une friche un moteur industriel du "
        "Nord-Pas-de-Calais.\n"
        "400 emplois, 28 000 tonnes produites par an, une alliance sino-française et un site Seveso de 10 hectares : "
        "avec son projet « Macaron », à Saint-Saulve près de Valenciennes, Axens signe le retour d'une industrie "
        "lourde… mais électrique, sur les ruines de Vallourec.\n"
        "Une friche relancée à coups d'électrons\n"
        "Début mai 2025, le groupe français Axens a confirmé sa volonté d'implanter une usine de matériaux pour "
        "batteries sur l'ancienne friche Vallourec, fermée en 2022. L'investissement s'élève à 500 millions "
        "d'euros. La mise en service est prévue pour 2028, et la concertation publique reste ouverte jusqu'au 5 "
        "juillet 2025.\n"
        "Baptisé « Macaron », le projet produira des matériaux actifs de cathode, ceux des batteries lithium-ion. "
        "Avec 28 000 tonnes par an, l'usine couvrirait environ 3 % de la demande européenne en 2030, un chiffre qui "
        "résume à lui seul l'ambition de réindustrialisation et de souveraineté de la filière.\n"
        "Qui est Axens ?\n"
        "Spécialiste des technologies qui transforment le pétrole, le gaz et la biomasse en carburants plus "
        "propres, mais aussi de la chimie et du recyclage des plastiques, Axens a été créée en 1977 et siège à "
        "Rueil-Malmaison. Elle a réalisé en 2023 un chiffre d'affaires de 672,8 millions d'euros pour un résultat "
        "net de 27,3 millions, et emploie environ 1 270 personnes.",
        (
            # a plant the dataset does not know; Axens' turnover, result and staff are the company's; the tonnes are
            # output; the consultation's close is a step; « Début mai 2025 » dates a confirmation, not the first
            # announcement
            ("status", "announced", None),  # « a confirmé sa volonté d'implanter une usine … sur l'ancienne friche »
            ("investment", "500 millions d'euros", None),
            ("jobs", "400 emplois", None),
            ("land_area", "10 hectares", None),
            ("commissioning", "pour 2028", None),
        ),
    ),
)
