"""Held-out 2026-12c: the intake's blind part of session 9, kept apart from the rules it judged; read after
its final run on 2026-12-07 (session 9); since then development (its errors were published in the closing
note of session 9 and the rules of session 10 are checked on it).

Written on 7 December 2026 (session 9, by the engineer "h25w"), while another engineer (h25t) changed the
intake's rules, and kept off `main` (branch `heldout-c`) until that work had landed: nobody tuning the
rules has read it. Held-out 2026-12b, the judge before it, was read after its final run and is
development since.

Sixteen real articles about the region's projects (eight French, eight English), none of them the source
of an article of any other part (development, session 6's held-out part, held-out 2026-12, held-out
2026-12b; the test of the parts checks the addresses), found with the library's search of stored public
pages. They were picked for what the news says, not for being hard or easy: announcements, progress
reports from a building site, several projects or sites in one article, a company's or a country's
figures beside a site's own, a former occupant, statuses and dates in several forms, grid and nuclear
news, and five articles with no figure of our sites at all (a company's national plan and another
region's data centres, a land deal for a reactor pair, a reporter's visit to a data centre, a public
debate opening beside another site's date, the country's AI pledges and its grid). Each is
written here in our own words with the real one's structure, length, figures and short quoted phrases;
`source` names the real article (publisher, title, address, date; "≈" and "inferred" where the page
gives no date). Where the stored copy was an excerpt (most were), the article follows the excerpt.

One article was replaced after the part's first run at 6f7c7e5 (of which only the three figures were
looked at): Cloud News on Data4's €5 billion, 33-hectare, 700 MW campus at Escaudain
(cloudnews.tech/?p=31927) told the same story as Hosting Paper's in held-out 2026-12b, development since
2026-12-07, from whose sentence ('Data4 has announced … in Escaudain') a rule of this session was written:
no longer blind. The El País visit to OVHcloud Roubaix took its place. At 12:53 UTC, before the branch's
last push, two more were replaced for the same reason, the development batch 9 of the same session
(tests/intake_eval_dev9.py) having met their stories in other copies: ProLogium's groundbreaking at
Dunkirk on 10 February 2026 (dunkerquelenergiecreative.fr/?p=73181; GlobeNewswire's and Evertiq's in
batch 9) and Battri's opening at Saint-Laurent-Blangy in 2025 (innovations.fr; Société.tech's in
batch 9). La Gazette on e-Valley's first buildings and AFP on the Gravelines EPR2 debate took their places.
At 13:07 UTC a fourth, for the same reason: Mecaware's settling at Béthune in June 2024 (Radio VINCI
Autoroutes with AFP; Geolink Expansion's in batch 9); Le Moniteur on OVHcloud's recycled buildings took
its place. At 13:17 UTC a fifth: Xinhua's report (Famagusta Gazette, 6 August 2021) of Envision AESC's plant
at Renault's Douai site, a story batch 9 now holds twice (Tradingpedia, Al-Ain); fDi Intelligence on the
battery valley's four gigafactories took its place. At 13:28 UTC a sixth: OVHcloud's release on its
recycled data centres (Digitalisation World), whose French version (MtoM Mag) development batch 10 now
holds; The Local on the battery valley took its place. At 13:37 UTC a seventh: Eco Motors News on Verkor's
inauguration of 11 December 2025, a story development batch 11 now holds (EV Early); Reuters on France's
grid connections for AI data centres took its place. The run at 6f7c7e5 was made again on the part as it
stands (its three figures only).

`expected` is what an analyst takes, decided from the text alone before the intake was run on it:
(attribute, value as written, site id). A comment says why a figure of the text is left out when that is
not plain. The part was run once on the code of 6f7c7e5 (the rules before this session) for the "before"
figures, only the three figures looked at.

The benchmark (benchmarks/bench_intake.py) prints it as its fifth part; tests/domain/test_intake_eval.py
holds its figures at what they reached.
"""

from __future__ import annotations

import datetime as dt

from tests.intake_eval import EvalArticle

A = EvalArticle

HELD_OUT_2026_12C = (
    A(
        "accemotion-shaping-gigafactory-en",
        "ACC (acc-emotion.com stories), Shaping our first Gigafactory: a construction much bigger than ourselves, "
        "https://www.acc-emotion.com/stories/shaping-our-first-gigafactory-construction-much-bigger-ourselves, "
        "2022-09-01",
        "en",
        dt.date(2022, 9, 1),
        "Shaping our first gigafactory: a building site bigger than all of us\n"
        "ACC Billy-Berclau Douvrin Gigafactory\n"
        "A structure 34 m high: a walk round the works of ACC's new gigafactory in Billy-Berclau Douvrin, "
        "Hauts-de-France.\n"
        "It is meant to impress. The gigafactory's main building rises from 10 m to 34 m and covers 644 m by 94 m, "
        "so it can be seen from a long way off. ACC's first gigafactory, going up on Stellantis' former Française "
        "de Mécanique site, is well under way and keeps to the planned route. By mid-September the slabs and the "
        "closed, covered shell of the main building should be finished, leaving room for the process teams to "
        "start putting in production equipment before the end of the year.\n"
        "Construction started in January 2022, and the site has moved quickly since. Between 40 and 60 companies "
        "and 260 people (300 from September) work side by side towards one goal: the start of battery production "
        "in the second half of 2023.\n"
        "Some of the numbers:\n"
        "• 15,458 m3 of concrete and 2,983 tons of steel for the concrete frame, brought in by 1,486 trucks;\n"
        "• 1,500 tons of steel for the steel frame;\n"
        "• 34,000 m3 dug out and 22,000 m3 filled back in.\n"
        "Around the main building, some 20 more buildings and annexes (electricity, chilled water and so on) are "
        "being built so that the gigafactory can run.",
        (
            # The 260 people are the building site's workforce, no jobs of the plant; the dimensions and
            # materials are the building's, no area an analyst keeps.
            ("status", "under_construction", "acc-billy-berclau"),
            ("commissioning", "in the second half of 2023", "acc-billy-berclau"),
        ),
    ),
    A(
        "accemotion-colossal-strides-en",
        "ACC (acc-emotion.com stories), A colossal construction project that is making great strides!, "
        "https://www.acc-emotion.com/stories/colossal-construction-project-making-great-strides, 2022-10-05",
        "en",
        dt.date(2022, 10, 5),
        "A colossal building site that moves in giant steps\n"
        "ACC battery gigafactory\n"
        "Top-level meeting on the site of the future gigafactory.\n"
        "Seeing is believing. Last Tuesday the members of the executive committee came to Billy-Berclau Douvrin "
        "to look at how far the gigafactory's construction has come and to thank the teams. Photographed in front "
        "of the facade at its highest point, they looked like ants beside a project whose size we described a few "
        "weeks ago.\n"
        "The main building is now closed and roofed, and its first machines will arrive in December.\n"
        "After only seven months of work it is a concrete reality in Billy-Berclau Douvrin. Ten ACC employees "
        "already work there, besides the 250 people on the building site. By December they will be 40, a number "
        "to be multiplied by five by the start of production in September 2023, then by ten. Finding the right "
        "people is now the pressing task.\n"
        "The local teams make themselves known: two weeks ago they joined the \"Ça bouge à Billy Berclau\" day, "
        "which promoted other ways of getting about town. La Voix du Nord also visits the site often; its last "
        "article showed a video of the gigafactory from the air.",
        (
            # The staff counts are today's (10, 40 in December) or a multiplication, never a figure as written;
            # the 250 are the building site's.
            ("status", "under_construction", "acc-billy-berclau"),
            ("commissioning", "in September 2023", "acc-billy-berclau"),
        ),
    ),
    A(
        "channelnewsasia-reuters-grid-connection-en",
        "CNA (Reuters), Connection challenge could hamper nuclear powered France's bid as AI hub, "
        "https://channelnewsasia.com/business/connection-challenge-could-hamper-nuclear-powered-frances-bid-ai-hub-"
        "4931406, undated page (inferred: the AI Action Summit « this week », a caption of 11 February 2025), "
        "≈2025-02-12",
        "en",
        dt.date(2025, 2, 12),
        "Grid connections could slow nuclear-powered France's push to be an AI hub\n"
        "Caption: French President Emmanuel Macron during a visit to Station F, on the sidelines of the AI Action "
        "Summit in Paris, Feb. 11, 2025. (Reuters)\n"
        "PARIS: How long it takes to connect power-hungry data centres to the grid could blunt the edge France "
        "draws from its plentiful nuclear power in attracting billions of AI investment, investors and experts said.\n"
        "Hosting a global AI summit this week, President Emmanuel Macron said the country's reliable, clean nuclear "
        "power had helped bring in more than 100 billion euros ($103.26 billion) of AI investment, as Europe races "
        "to catch up with the United States.\n"
        "Among the pledges is a $10 billion supercomputer facility run by the UK's Fluidstack, which will in time "
        "need 1 gigawatt (GW) of power, about what one of France's smaller reactors produces. Asset manager "
        "Brookfield said it would spend 20 billion euros on AI infrastructure in France, data centres included.\n"
        "With 57 reactors, France gets more than two-thirds of its electricity from nuclear power, and last year it "
        "exported a record share of its output, about 17 per cent, mostly to Italy.\n"
        "Data centres would lift demand after industrial consumption fell when Russia's invasion of Ukraine sent "
        "energy prices soaring. But the planned sites could still be years away, experts said, held back by heavy "
        "permitting and construction procedures.",
        # Fluidstack's facility has no place yet; Brookfield's 20 billion and the rest are national.
        (),
    ),
    A(
        "thelocal-battery-valley-en",
        "The Local France, How 'Battery Valley' is changing northern France, "
        "https://www.thelocal.fr/20231025/how-battery-valley-is-changing-northern-france, 2023-10-25",
        "en",
        dt.date(2023, 10, 25),
        "How 'Battery Valley' is changing northern France\n"
        "The ACC battery factory in Billy-Berclau. (Photo: AFP)\n"
        "France's northernmost region wants to become Europe's 'battery valley', making batteries for electric "
        "vehicles and riding the green transition.\n"
        "In Hauts-de-France, three large factories are under construction near Dunkirk, and two more developments "
        "have already opened: one in Douai, the other in the neighbouring Pas-de-Calais département, near "
        "Billy-Berclau. Earlier this month a \"giga test centre\" for testing and approving gigafactory batteries "
        "opened in Bruay-la-Buissière.\n"
        "The Billy-Berclau site aims to make 40 gigawatt hours a year by 2030, enough for 500,000 electric cars.\n"
        "Green reindustrialisation\n"
        "The battery industry has two aims: to revive an area long hit by factory closures and unemployment, and to "
        "put France on the road to net zero by 2050. President Emmanuel Macron, visiting the region in May, praised "
        "a site \"emblematic of our strategy\". France still lags behind Germany, which has nine gigafactories "
        "planned.\n"
        "Upcoming projects\n"
        "In May Macron confirmed, on a visit to the area, that Taiwan's ProLogium and China's XTC would build two "
        "factories at Dunkirk. On 180 hectares, ProLogium plans to produce 50 to 60 gigawatt hours a year.",
        (
            # The three factories under construction are named by no place of their own; the GWh are energy.
            ("status", "operational", "acc-billy-berclau"),
            ("status", "operational", "envision-aesc-douai"),
            ("status", "announced", "prologium-dunkerque"),
            ("status", "announced", "neomat-gravelines"),
            ("land_area", "180 hectares", "prologium-dunkerque"),
        ),
    ),
    A(
        "transinfo-prologis-france-en",
        "Trans.info, Prologis to invest €6.4 billion in French logistics and data centre expansion, "
        "https://trans.info/prologis-e6-billion-410844, undated page (inferred: the Choose France summit of "
        "19 May 2025), ≈2025-05-20",
        "en",
        dt.date(2025, 5, 20),
        "Prologis to put €6.4 billion into French logistics and data centres\n"
        "You can read this article in 2 minutes\n"
        "Prologis plans to invest more than €6.4 billion in France to grow its logistics and digital "
        "infrastructure. The plan, confirmed at the 2025 Choose France summit, is a large step in the company's "
        "European growth.\n"
        "The money will pay for about 750,000 square metres of new logistics space in key French markets, Marseille, "
        "Lyon, Paris and Le Havre among them, to be completed by 2028. These projects should bring more than 5,600 "
        "direct and indirect jobs.\n"
        "Prologis will also build four new data centres in the Paris region, with 584 megawatts of capacity in "
        "total, to be deployed by 2030 as part of a wider European plan for artificial intelligence and the "
        "digital economy. They should create over 3,400 direct and indirect jobs.\n"
        "\"France is critical\" to the future of logistics and digital infrastructure in Europe, said Hamid R. "
        "Moghadam, Prologis' co-founder, chairman and chief executive.\n"
        "France has been a key market for Prologis since 2002: the company had already invested more than €4.7 "
        "billion in French logistics property, a portfolio of 3.4 million square metres.",
        # Every figure is the company's national plan or another region's (the Paris data centres).
        (),
    ),
    A(
        "gettotext-totalenergies-epr2-land-en",
        "Gettotext (AOF), TotalEnergies supports the State and EDF in the EPR2 project in Gravelines, "
        "https://gettotext.com/totalenergies-supports-the-state-and-edf-in-the-epr2-project-in-gravelines-06-02-"
        "2023-at-1124/, 2023-02-06",
        "en",
        dt.date(2023, 2, 6),
        "TotalEnergies backs the State and EDF on the Gravelines EPR2 project\n"
        "(AOF) - TotalEnergies is backing the State and EDF on a project it expects to give Dunkirk jobs and a "
        "future, and France a step towards carbon neutrality in 2050: it will give up the land it holds in "
        "Gravelines, where EDF's EPR2 reactors are to be built.\n"
        "In February 2022 the government announced that it wanted to relaunch nuclear building in France, with new "
        "EPR2 reactors, as part of the energy transition. The State wanted them on existing nuclear sites; EDF "
        "proposed Gravelines, and the public authorities accepted.\n"
        "The land, next to EDF's Gravelines site, is partly occupied by TotalEnergies and belongs to its Mardyck "
        "depot, where 600,000 m3 of strategic diesel stocks are stored today.\n"
        "To adapt to the loss of activity, TotalEnergies will consult its staff representatives on what this means "
        "for its Dunkirk platform, and will support voluntary transfers to EDF.",
        # The announcement of 2022 is the national programme's; the stocks are the depot's. No figure of a site.
        (),
    ),
    A(
        "fdiintelligence-battery-valley-en",
        "fDi Intelligence (Financial Times), France joins race for EV batteries, "
        "https://www.fdiintelligence.com/content/feature/france-joins-race-for-ev-batteries-82757, undated page "
        "(inferred: ProLogium's pledge « in May », ACC's recent inauguration, Verkor's works due « this summer », "
        "2023), ≈2023-06-15",
        "en",
        dt.date(2023, 6, 15),
        "France joins the race for EV batteries\n"
        "The FDI angle:\n"
        "• Northern France has drawn four large gigafactory investments, by Automotive Cells Company, Verkor, "
        "Envision AESC and ProLogium.\n"
        "• Its location, large workforce, industrial and car-making past and free plots of land count, and so does "
        "the French government's readiness to offer big incentives.\n"
        "• Why it matters: Europe's car industry depends on building a battery industry of its own.\n"
        "At France's northern tip, a steady flow of investment has turned a region of industrial decline into a "
        "serious contender in Europe's effort to build a local supply chain for electric-vehicle batteries. "
        "Hauts-de-France, the former coal-mining region between Belgium and the Channel, has drawn four gigafactory "
        "announcements in little more than two years.\n"
        "French officials call it Europe's 'battery valley', and investors agree: northern France has \"the potential "
        "and momentum\" to become one of the continent's largest battery ecosystems, says Gilles Normand, who heads "
        "ProLogium's European business. The Taiwanese maker of solid-state batteries made the latest pledge, "
        "announcing in May plans to invest €5.2bn in Dunkirk for its first large plant abroad.\n"
        "It joins France's Verkor, which is due to start building its gigafactory near the port this summer, and the "
        "Sino-Japanese Envision AESC, whose €2bn plant in Douai has been under construction since last year. "
        "Automotive Cells Company (ACC), a joint venture of Stellantis, Mercedes and TotalEnergies, recently "
        "inaugurated its gigafactory near Lens, said to be worth some €2bn.",
        (
            # ACC's €2bn is hearsay (« said to be »), no figure an analyst takes; Verkor's works are still to come.
            ("status", "announced", "prologium-dunkerque"),
            ("investment", "€5.2bn", "prologium-dunkerque"),
            ("investment", "€2bn", "envision-aesc-douai"),
            ("status", "under_construction", "envision-aesc-douai"),
            ("status", "operational", "acc-billy-berclau"),
        ),
    ),
    A(
        "d1softballnews-elpais-ovhcloud-roubaix-en",
        "D1SoftballNews (English copy of El País, series « Europa Ciudadana »), Concertinas and extreme security: "
        "this is how your e-mails and WhatsApp are protected in Europe, https://d1softballnews.com/concertinas-and-"
        "extreme-security-this-is-how-your-e-mails-and-whatsapp-are-protected-in-europe-international/, undated page "
        "(inferred from the series, funded by the European Parliament before its 2024 election), ≈2023-11",
        "en",
        dt.date(2023, 11, 15),
        "Razor wire and tight security: how Europe's e-mails and WhatsApp chats are kept\n"
        "Razor wire, cameras and several checkpoints guard a huge old building of orange brick in Roubaix, northern "
        "France. \"There is sensitive information here,\" says Abdelilah Kheireddine, who heads the Roubaix data "
        "centre near Lille; he cannot name the clients, but they include individuals, companies and public "
        "administrations, governments among them. These are the premises of OVHCloud, a leading European cloud "
        "company, with some 400,000 servers in 33 centres and more than 1.6 million customers around the world.\n"
        "Guarded day and night, the complex holds between 120,000 and 130,000 servers, storing every kind of "
        "information, from a company's e-mails to a family group's WhatsApp history and videos of every sort. "
        "\"We only host it,\" Kheireddine says: the company does not know what its clients keep, and hands over the "
        "data it protects, the server itself, only under a court order, without ever seeing its content.\n"
        "EL PAÍS visited the Roubaix site for its Europa Ciudadana series, funded by the European Parliament. The "
        "servers hold data on hundreds of thousands of people, such as Alberto Chamorro, a 41-year-old "
        "telecommunications engineer living in the mountains near Madrid, who has rented cloud capacity there for "
        "about five years to test automated trading strategies. He chose OVHCloud because he wants his data kept "
        "in Europe.",
        # Servers are no attribute; the 400,000 servers, 33 centres and customers are the company's.
        (),
    ),
    A(
        "lagazette-rte-dunkerquois-fr",
        "La Gazette (Nord-Pas-de-Calais), « RTE va développer son réseau électrique dans le Dunkerquois », "
        "https://lagazettefrance.fr/index.php/article/rte-va-developper-son-reseau-electrique-dans-le-dunkerquois, "
        "undated page (inferred: the consultation it announces opened on 22 March 2023), ≈2023-03-20",
        "fr",
        dt.date(2023, 3, 20),
        "Décarbonation industrielle\n"
        "RTE va renforcer son réseau électrique dans le Dunkerquois\n"
        "Un nouveau poste électrique à Grande-Synthe et une nouvelle ligne à très haute tension de 11 km : voilà le "
        "gros investissement que RTE prévoit d'ici 2029 dans le Dunkerquois, pour suivre la très forte hausse des "
        "besoins en électricité que provoque la décarbonation des procédés industriels.\n"
        "Fours électriques d'ArcelorMittal à la place des hauts-fourneaux, électrolyseurs pour l'hydrogène vert, "
        "gigafactory de batteries de Verkor… sans compter les entreprises qui viendront profiter de ces "
        "opportunités. Plusieurs grands consommateurs électro-intensifs ont déjà demandé à être raccordés. RTE a "
        "fait ses calculs : l'agglomération dunkerquoise aura besoin de 3 500 MW de plus en 2030, et même de "
        "4 500 en 2040.\n"
        "Pour accompagner le mouvement et garder une alimentation de qualité, RTE engage un investissement global "
        "de 1,2 milliard à l'horizon 2030. Quelque 200 millions d'euros iront à un nouveau poste de 400 000 volts, "
        "« Flandre Maritime », à Saint-Georges-sur-l'Aa, qui remplacera le poste de « La Warande » à Bourbourg, "
        "bâti il y a une cinquantaine d'années et dépassé. Ce projet a été acté en novembre 2022.\n"
        "Trois tracés à l'étude\n"
        "En parallèle, RTE vient d'ouvrir une concertation préalable sur la ligne qui reliera les deux postes.",
        (
            # The 3 500 and 4 500 MW are the area's extra demand, no power of a site; the 200 millions go to a
            # substation the dataset does not know, part of the 1,2 milliard.
            ("investment", "1,2 milliard", "dunkerquois-grid-zone"),
        ),
    ),
    A(
        "energynews-orano-xtc-30-pourcent-fr",
        "Energynews (AFP), « Orano table à terme sur 30 % de matériaux recyclés pour fabriquer ses composants avec "
        "le chinois XTC », https://energynews.pro/orano-table-a-terme-sur-30-de-materiaux-recycles-pour-fabriquer-"
        "ses-composants-avec-le-chinois-xtc, undated page (inferred: « mardi » after the President's visit of "
        "Friday 12 May 2023), ≈2023-05-16",
        "fr",
        dt.date(2023, 5, 16),
        "Orano vise 30 % de matériaux recyclés dans les composants qu'il fabriquera avec le chinois XTC\n"
        "Le chinois XTC et le français Orano ont officialisé mardi leur alliance pour produire en France des "
        "composants de batteries de voitures électriques ; Orano compte à terme y mettre 30 % de matériaux "
        "recyclés, une façon d'échapper en partie à la course aux matières premières.\n"
        "Les deux groupes « ont signé des accords » pour créer deux co-entreprises dédiées aux matériaux critiques "
        "des batteries, a indiqué Orano. Ils confirment ce qu'avait annoncé Emmanuel Macron vendredi à Dunkerque, "
        "où ils veulent bâtir deux usines sur un même site, pour un investissement de 1,5 milliard d'euros au "
        "total.\n"
        "L'usine de recyclage ouvrira en 2026\n"
        "Les deux usines de production représentent 1,3 milliard d'euros ; le reste financera une usine de "
        "recyclage de batteries toute proche, dont le procédé en est au stade du pilote industriel dans le "
        "Limousin, explique Didier David, qui dirige le projet batteries d'Orano. Précurseurs, matériaux de "
        "cathode, puis recyclage pour réalimenter l'usine de précurseurs : la boucle sera complète.",
        (
            # The 1,3 milliard are two of the site's plants, a part of the 1,5; 2026 is the recycling plant's
            # opening, one part of the site.
            ("status", "announced", "neomat-gravelines"),
            ("investment", "1,5 milliard d'euros", "neomat-gravelines"),
        ),
    ),
    A(
        "lemoniteur-ovhcloud-batiments-recycles-fr",
        "Le Moniteur, « Les bâtiments se recyclent dans le nuage » (Patrimoine industriel; subscribers' article, its "
        "open part), https://www.testing.lemoniteur.fr/article/les-batiments-se-recyclent-dans-le-nuage.2117789, "
        "undated page (inferred: the name OVHcloud, taken in October 2019, and its 2 200 staff), ≈2020",
        "fr",
        dt.date(2020, 6, 1),
        "Les bâtiments industriels se recyclent dans le nuage\n"
        "Patrimoine industriel\n"
        "Filature, usine de ressorts, de canettes, entrepôts… Tous ces bâtiments abritent aujourd'hui des serveurs "
        "d'OVHcloud. Le leader européen de l'hébergement de données dans le « nuage », dont le siège est à Roubaix "
        "(Nord), a fait de la reprise de bâtiments industriels vides sa signature. Son refroidissement des serveurs "
        "à l'eau le rend possible : contrairement à ses concurrents, l'entreprise se passe de climatisation.\n"
        "Ce patrimoine, abondant dans la région, lui réussit. Le siège occupe lui-même en grande partie une ancienne "
        "usine de produits chimiques, et autour, presque 15 000 m2 de bâtiments inoccupés sont déjà devenus des data "
        "centers de pointe, qui pourront bientôt recevoir 400 000 serveurs.\n"
        "« Pas besoin de salle blanche ». Pour avoir toujours de la place pour de nouveaux serveurs à Roubaix, "
        "OVHcloud aménage en ce moment un ancien entrepôt en data center. « La rénovation est assez simple », explique "
        "son directeur industriel, François Stérin, qui travaille avec des entreprises locales.\n"
        "Pour fabriquer ses serveurs à la demande et tout près, l'hébergeur, qui compte 2 200 salariés dans le monde "
        "dont 800 à Roubaix, a aussi recyclé : une ancienne usine de couches à Croix, à quelques kilomètres du siège. "
        "Ses 15 000 m2 produisent environ 100 000 serveurs par an, livrés en deux semaines à Roubaix ou à Gravelines "
        "(Nord).",
        (
            # The staff are the company's (800 at Roubaix, head office included); Croix's 15 000 m2 are the server
            # factory's, another site; the warehouse being fitted out is one more building of a running site.
            ("floor_area", "presque 15 000 m2", "ovh-roubaix"),
        ),
    ),
    A(
        "nordgouv-evalley-premiere-pierre-fr",
        "Préfecture du Nord (nord.gouv.fr), « Économie - Pose de la première pierre du projet « E-Valley » de "
        "reconversion de la BA 103 de Cambrai », https://www.nord.gouv.fr/index.php/Actualites/Actualites/Economie-"
        "Pose-de-la-premiere-pierre-du-projet-E-Valley-de-reconversion-de-la-BA-103-de-Cambrai, 2019-11-07",
        "fr",
        dt.date(2019, 11, 7),
        "Économie - Première pierre pour E-Valley, la reconversion de la BA 103 de Cambrai\n"
        "Jeudi 7 novembre, le préfet de la région Hauts-de-France, préfet du Nord, et le sous-préfet de Cambrai ont "
        "assisté à la pose de la première pierre du hub logistique « E-Valley », à Épinoy, ainsi qu'aux premiers "
        "essais de livraison par drone d'Airbus et de sa filiale Survey Copter. Après le départ de l'armée de l'air "
        "à l'été 2013, l'arrivée d'E-Valley sur l'ancienne base aérienne 103 de Cambrai-Épinoy est une étape "
        "majeure de sa reconversion en entrepôts industriels et commerciaux. Le projet devrait créer à terme "
        "1 500 emplois directs et 1 000 emplois indirects.\n"
        "E-Valley, un parc intelligent, « European Smart Logistic Hub »\n"
        "Entièrement connecté, le site couvrira plus de 320 hectares répartis en trois espaces :\n"
        "• 750 000 m² pour l'entreposage logistique ;\n"
        "• 85 000 m² de services mutualisés ;\n"
        "• une zone commerciale.\n"
        "Le plus grand hub logistique d'Europe a été conçu pour les entreprises du commerce en ligne : logistique "
        "robotisée, sécurité jour et nuit, sous-traitants, transport, station-service, hôtel et restaurant sur "
        "place. Placé sous douane, il évite aux logisticiens la TVA et les droits sur les marchandises stockées "
        "jusqu'à leur réexpédition.",
        (
            # 2013 is the army's departure (history); the 85 000 m² are one zone of the park.
            ("status", "under_construction", "e-valley-ba103"),
            ("jobs", "1 500 emplois directs", "e-valley-ba103"),
            ("land_area", "plus de 320 hectares", "e-valley-ba103"),
            ("floor_area", "750 000 m²", "e-valley-ba103"),
        ),
    ),
    A(
        "rcf-epr2-gravelines-rapport-cndp-fr",
        "RCF, on the CNDP's report on the Gravelines EPR2 pair (its title cut short in the stored copy: « Débat "
        "public sur les nouveaux réacteurs nucléaires à Gravelines : la … »), "
        "https://rcf.fr/articles/ecologie-et-solidarite/debat-public-sur-les-nouveaux-reacteurs-nucleaires-a-"
        "gravelines-la, 2025-03-17",
        "fr",
        dt.date(2025, 3, 17),
        "Nouveaux réacteurs à Gravelines : la CNDP rend son rapport\n"
        "Ce lundi 17 mars 2025, la Commission nationale du débat public a remis son rapport sur la construction "
        "d'une paire de réacteurs EPR2 à Gravelines. Après quatre mois d'échanges avec les habitants, elle livre ses "
        "conclusions au public et ses recommandations à EDF et à RTE, maîtres d'ouvrage.\n"
        "Comment loger deux réacteurs de nouvelle génération au cœur de l'actuelle centrale nucléaire de "
        "Gravelines ? La question a occupé les débats ces derniers mois. Le projet d'implanter ces deux réacteurs "
        "à l'horizon 2038 transformera en profondeur le Dunkerquois et suscite bien des inquiétudes.\n"
        "La santé et l'environnement au premier plan\n"
        "En 45 rencontres, la Commission a échangé avec la population vivant dans un rayon de 20 km autour de la "
        "centrale. La santé est souvent revenue, pour le personnel des centrales, pour les riverains et pour un "
        "réseau de soins jugé insuffisant, explique son garant Luc Martin. La submersion marine aussi : selon EDF, "
        "les nouveaux réacteurs seront à une cote de 11 mètres au-dessus de la mer, ce que les associations jugent "
        "trop peu. Coûts, emploi local et transport des marchandises ont nourri les autres échanges.",
        (
            ("commissioning", "à l'horizon 2038", "gravelines-epr2"),
        ),
    ),
    A(
        "lagazette-evalley-inauguration-fr",
        "La Gazette (Nord-Pas-de-Calais), « Inauguration des premiers bâtiments de e-Valley : «Nous sommes passés du "
        "rêve à la réalité» », https://lagazettefrance.fr/article/inauguration-des-premiers-batiments-d-e-valley-nous-"
        "sommes-passes-du-reve-a-la-realite, undated page (inferred: « le 11 mai dernier », the park's opening "
        "in 2021), ≈2021-05-20",
        "fr",
        dt.date(2021, 5, 20),
        "Premiers bâtiments d'e-Valley inaugurés : « Nous sommes passés du rêve à la réalité »\n"
        "La reconversion de la base aérienne 103 de Cambrai-Épinoy en e-Valley, premier parc européen de logistique "
        "et de transport multimodal, est devenue concrète. Deux bâtiments, de 74 000 m² et de 50 000 m², ont été "
        "inaugurés le 11 mai dernier, sur un territoire partagé entre le Nord et le Pas-de-Calais. Retour sur les "
        "étapes du projet.\n"
        "Photo : derrière le ruban, le maire de Cambrai, le président d'e-Valley David Taieb, le président de la "
        "Région Xavier Bertrand et d'autres élus. (© Olivier Guénard)\n"
        "Le 18 avril 2017, l'État avait cédé pour un euro symbolique les 355 ha de l'ancienne base aérienne aux deux "
        "intercommunalités (un tiers pour l'agglomération de Cambrai, deux tiers pour Osartis-Marquion). Une étape "
        "décisive pour un site qui a marqué le territoire pendant 61 ans : les terrains devenaient disponibles pour "
        "le projet, e-Valley devant accueillir à terme environ 5 000 salariés. Le préfet de région saluait alors "
        "« la mobilisation constante de l'État » pour cette reconversion.\n"
        "Lancé en 2014 sous le nom de Narval par David Taieb, dirigeant de BT Immo Group, e-Valley voulait créer une "
        "grande base logistique pour le commerce en ligne : entrepôts, bureaux et services aux entreprises (hôtels, "
        "restaurants…), à quelques centaines de mètres des autoroutes A2 et A26 et du futur canal Seine-Nord Europe.",
        (
            # The two buildings are the park's first ones, a phase: their areas are not the site's.
            ("status", "operational", "e-valley-ba103"),
            ("land_area", "355 ha", "e-valley-ba103"),
            ("jobs", "environ 5 000 salariés", "e-valley-ba103"),
        ),
    ),
    A(
        "boursorama-epr2-gravelines-debat-fr",
        "Boursorama (AFP), « EPR : le débat public sur la construction de 2 réacteurs à Gravelines va être lancé », "
        "https://www.boursorama.com/actualite-economique/actualites/epr-le-debat-public-sur-la-construction-de-2-"
        "reacteurs-a-gravelines-va-etre-lance-b885a5ddfe0f29b660d79e8ea84db19a, 2024-09-10",
        "fr",
        dt.date(2024, 9, 10),
        "EPR : le débat public sur deux réacteurs à Gravelines va s'ouvrir\n"
        "La Commission nationale du débat public veut répondre aux craintes sur le risque nucléaire, la "
        "radioactivité ou les déchets.\n"
        "La centrale nucléaire de Gravelines. (AFP / PHILIPPE HUGUEN)\n"
        "Calendrier, conception et coût de l'EPR2, environnement, emploi, cadre de vie, sûreté : tous les sujets "
        "pourront être abordés dans le débat public sur la construction de deux réacteurs EPR à Gravelines, près de "
        "Dunkerque (Nord), du 17 septembre au 17 janvier, a annoncé mardi 10 septembre la CNDP, qui espère une "
        "« forte participation ».\n"
        "C'est le deuxième débat qu'elle organise, après celui de 2022-2023 sur une première paire de réacteurs à "
        "Penly (Seine-Maritime) et, plus largement, sur la relance du nucléaire voulue par Emmanuel Macron. En "
        "février 2022, le président avait annoncé six réacteurs à eau pressurisée de nouvelle génération, avec une "
        "option pour huit autres. Les trois premières paires iront à Penly, Gravelines et Bugey (Ain), la première, "
        "en Normandie, devant entrer en service à l'horizon 2035.\n"
        "Comme le premier, ce débat durera quatre mois, autour de dix grands thèmes, avec des réunions publiques à "
        "Gravelines, Dunkerque, Calais et en Belgique, à la demande des autorités belges, et une plateforme en ligne. "
        "Il s'agit d'« atteindre le maximum de personnes », a souligné le président de la CNDP, Marc Papinutti.",
        # 2035 is Penly's pair, another site; the President's announcement of 2022 is the national programme's.
        (),
    ),
    A(
        "silicon-ovh-datacenter-sans-clim-fr",
        "Silicon.fr, « OVH invente le data center sans clim' », https://www.silicon.fr/ovh-invente-le-data-center-"
        "sans-clim-55649.html, undated page (inferred: the press visit « ce 28 juin » of Roubaix 4's opening, "
        "2011), ≈2011-06-29",
        "fr",
        dt.date(2011, 6, 29),
        "OVH invente le data center sans climatisation\n"
        "Refroidissement liquide et gros ventilateurs : OVH rafraîchit ses serveurs pour moitié moins cher qu'avec "
        "la climatisation.\n"
        "« Qu'est-ce qu'ils font ici ? », se demande le chauffeur de taxi en longeant un mur de briques coiffé de "
        "barbelés. À Roubaix, « ici », c'est le siège de l'hébergeur OVH, qui rassemble quelque 90.000 serveurs sur "
        "50.000 m2. Ce 28 juin, l'entreprise, qui se dit premier hébergeur européen, a fait visiter à la presse son "
        "tout nouveau data center, Roubaix 4, prévu pour 35.000 serveurs. La nouveauté : la climatisation y est "
        "remplacée par un refroidissement liquide des serveurs associé à une ventilation. En service depuis avril, "
        "le système « divise par deux » la facture d'électricité, assure Germain Masse, directeur des datacenters "
        "d'OVH, et le client en profite.\n"
        "L'air entre par l'extérieur du bâtiment, traverse les serveurs et ressort dans la cour intérieure, poussé "
        "par de grands ventilateurs.\n"
        "Au premier étage de Roubaix 4, le seul déjà équipé, un millier de serveurs sont alignés dans les baies, "
        "reliés à de petits tubes transparents : l'un amène l'eau froide, l'autre emporte l'eau réchauffée.",
        (
            # The servers are no attribute; « en service depuis avril » is the cooling system's.
            ("floor_area", "50.000 m2", "ovh-roubaix"),
        ),
    ),
)
