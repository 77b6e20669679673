"""The analyst's rules, as word patterns: which attribute a figure is, and which figures to leave out.

Every pattern runs on the accent- and case-folded text (`entities.fold`), so "mise en service",
"Mise en Service" and "mise en sérvice" read alike. French and English words sit side by side: an
article in one language quoting the other is common.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dashboard.domain.intake.entities import fold


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


# --------------------------------------------------------------------------- sentences

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]?\s+(?=[«\"“(]?\s?[A-ZÀ-ÖØ-Ý0-9])|\n+")
_CAPTION = re.compile(r"^\s*(?:\(?photo\b|©|credit|crédit|légende|legende|caption|image\s*:|illustration\b)", re.I)


MAX_SENTENCE = 400  # characters: a news sentence is under 250; a longer run (a table, a list) is cut
_CUTS = (re.compile(r"[;,:]\s"), re.compile(r"(?<![\d\s])\s"), re.compile(r"\s"))  # best first: after a
# comma, then after a word (never inside "1 500 MW" between a number and what follows), then any space


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line, in order; none longer than MAX_SENTENCE characters (a
    longer one is cut after its last comma or space within the limit), so the rules that read a
    figure's sentence cost the same whatever the paste holds: extraction stays linear in its length."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            spans.extend(_bounded(text, start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.extend(_bounded(text, start, len(text)))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        for pattern in _CUTS:
            if cuts := [m.end() for m in pattern.finditer(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE)]:
                cut = cuts[-1]
                break
        spans.append((start, cut))
        start = cut
    return spans + [(start, end)]


def is_caption(sentence: str) -> bool:
    return bool(_CAPTION.match(sentence)) or bool(re.search(r"(?:©|/\s*AFP|\(AFP\)|crédit photo)\s*\S*\s*$", sentence, re.I))


# --------------------------------------------------------------------------- attributes

COMMISSIONING = _words(
    r"mise en service", r"mis en service", r"mise en route", r"ouverture", r"ouvrir", r"ouvrira", r"livraison",
    r"livre", r"livree", r"operationnel\w*", r"en service", r"en production", r"premieres? productions?",
    r"premiere capacite", r"pleine capacite", r"d ici", r"a l horizon", r"horizon", r"au plus tard", r"demarrage",
    r"entrer en activite", r"entrera en activite", r"online", r"on line", r"operational", r"commissioning",
    r"commissioned", r"open", r"opens", r"opening", r"delivered", r"delivery", r"deliveries", r"go live", r"up and running",
    r"first capacity", r"full capacity", r"at the latest", r"come online", r"fonctionner", r"fonctionnel",
    r"produira ses premi\w+", r"start\w* production", r"begin\w* production", r"produire", r"start\w* producing",
    r"(?:demarr|commenc|start|begin)\w* (?:ses |les |its |their )?operations",
    r"production (?:\w+ ){0,4}(?:demarr|commenc|debut)\w*", r"(?:demarr|commenc|debut)\w* (?:la |sa )?production",
    r"production (?:\w+ ){0,3}(?:start|begin)\w*", r"demarrer la production", r"debut de (?:la )?production",
    # the start of production as a noun, more tenses (« ouvriront », « démarrera », not « les travaux démarreront »)
    r"(?:start|beginning|launch) of (?:\w+ ){0,2}production", r"(?:lancement|demarrage|debut) de (?:la |sa )?production",
    r"ouvr(?:irait|iraient|iront)", r"ouvr\w* (?:ses|leurs) portes", r"verra le jour", r"lancer\w* (?:sa|la|leur) production",
    r"demarr(?:era|eront|erait|eraient)", r"(?:tourner|fonctionner)(?:a|ont|ait|aient)",
    r"start\w* up", r"enter\w* (?:into )?service", r"into (?:service|operation)", r"(?:sera|seront|etre|be) inaugur\w*", r"inaugur(?:era|eront)", r"(?:start|begin)\w* operating", r"(?:a|l a|ont|l ont) ouverte?s?(?= en)",
    r"opened(?: it)?(?= in)",
    # other ways of saying the start: 'slated for Q3 2027', 'come on stream', 'switched on', 'commercial operation',
    # « mise en exploitation », the first customers welcomed (« ses premiers clients en 2028 »)
    r"slated (?:for|to open|to start)", r"scheduled (?:for|to open|to start)", r"come on ?stream", r"on ?stream",
    r"switched on", r"commercial operations?", r"mise en exploitation", r"premiers (?:clients|serveurs)",
    r"first (?:customers|clients|servers)",
    # the project complete, not its building: « le projet être achevé en 2029 », 'the campus completed by 2031'
    r"(?:projet|project|site|campus|usine|plant|factory) (?:\w+ ){0,2}(?:acheve\w*|complete\w*|termine\w*|finished)",
    r"aboutissement",
    # the first products out: « les premières batteries produites dès 2025 », 'the first cells delivered in 2026'
    r"premi\w+ (?:\w+ ){1,2}(?:produit\w*|livre\w*|sorti\w*)", r"first (?:\w+ ){1,2}(?:produced|delivered|shipped|rolled out)",
    # running since a date (rules.STATUS_WORDS: operational): « tournent depuis juin 2014 », 'running since 2019'
    r"(?:tourne|tournent|fonctionne|fonctionnent|en service|en activite|en production) depuis",
    r"(?:running|operating|in operation|in service|operational) since",
)
# Opening a consultation, a debate or a public inquiry is no opening of the site: "a public consultation
# opens in September 2023", « la concertation s'ouvre le 5 février » (read before its date's attribute).
PROCEDURE_OPENS = re.compile(r"(?<![a-z])(?:consultation|concertation|debat(?: public)?|debate|enquete publique|"
                             r"public inquiry|inquiry|registrations?|inscriptions?|appel d offres|tender)\W+(?:\w+\W+){0,4}?"
                             r"(?:opens?|opened|will open|s ouvr\w*|ouvr\w*)\W*$")
ANNOUNCED = _words(r"annonc\w*", r"officialis\w*", r"devoil\w*", r"announc\w*", r"unveil\w*", r"presente\w*")
CONSTRUCTION = _words(r"(?:travaux|chantier) (?:\w+ ){0,5}?(?:demarr|commenc|debut)\w*",  # the works' start, not the plant's
                      r"travaux", r"chantier", r"construction", r"works", r"build\w*", r"permis", r"enquete publique",
                      r"(?:batiments?|travaux|building|works) (?:\w+ ){0,4}(?:acheve\w*|termine\w*|finished|completed)",
                      r"achevement des travaux", r"install\w*", r"equipements?", r"equipment")  # « équipements installés d'ici »
LAND = _words(r"terrains?", r"foncier\w*", r"parcelles?", r"emprises?", r"land", r"plots?", r"sites? de", r"friches?",
              r"zone", r"surface du site", r"superficie du site", r"site of", r"acres?", r"s implant\w*")
BUILDING = _words(r"batiments?", r"batis?", r"entrepots?", r"bureaux", r"surface de plancher", r"plancher", r"salles?",
                  r"buildings?", r"warehouses?", r"offices?", r"halls?", r"hangars?", r"locaux", r"usine de")
OCCUPANCY = _words(r"occupe\w*", r"occupation", r"occupancy", r"occupied", r"reoccup\w*", r"remplissage",
                   r"de sa capacite", r"loues?", r"let", r"reutilis\w*", r"reused")
NOT_INVESTMENT = _words(r"chiffre d affaires", r"revenue", r"turnover", r"valorisation", r"valuation", r"prix",
                        r"price", r"salaires?", r"loyers?", r"rent", r"fonds(?! propres)", r"local fund", r"fund of", r"subventions?", r"dotation",
                        r"amendes?", r"cout du", r"facture", r"capitalisation", r"arr", r"benefice", r"profit",
                        r"paid", r"paye", r"achete", r"rachete pour", r"bought for",
                        r"refinanc\w*",
                        # a company's assets or earnings: 'which manages €900 billion of assets', 'earned €5 billion'
                        r"assets", r"actifs", r"under management", r"sous gestion", r"earn\w*", r"net income", r"resultat net")
# Public money next to the amount is aid, not the project's investment: "200 millions d'euros d'aides
# publiques", "with about 200 million euros of public aid" (not the 2 billion earlier in the clause).
PUBLIC_AID = _words(r"aides? publiques?", r"argent public", r"public aid", r"public money", r"public funding",
                    r"state aid", r"soutien public", r"aides? de l etat", r"subsid\w*",
                    r"(?:french|state|government|public) support", r"soutien (?:de l etat|financier de l etat)",
                    # a loan or a financing package is how the money is found, not what the project costs:
                    # "the EIB may lend up to €600 million", "the €2 billion financing package"
                    r"lend\w*", r"lent", r"loans?", r"grants?", r"prets? (?:de|bancaires?)", r"emprunts?", r"financing (?:package|round)",
                    r"plan de financement", r"de financements?", r"of (?:financing|funding)", r"valorisee?s?",
                    r"actionnaires?", r"shareholders?", r"a l entreprise", r"to the company")  # equity, the company's  # "2 milliards d'euros de financements"
# What a thing cost is an investment ("le premier bloc a coûté 850 millions", "the plant will cost 5.2
# billion") except the price of land or an outsider's estimate ("le terrain a coûté 2 millions",
# "CBRE estimates costs at $2.4 billion"): COST with LAND or ESTIMATE in the clause is not one.
# A public body as the subject of the amount's clause: its budget or its aid, not the project's investment
# ("La région s'est dotée d'un budget de 25 millions d'euros pour la formation").
PUBLIC_BODY_FIRST = re.compile(r"\W*(?:la region|le departement|l etat|la ville|la commune|l agglomeration|la metropole|"
                               r"les collectivites|the region|the state|the government|the city|the council|local authorities)\b")
COST = _words(r"coute\w*", r"couter\w*", r"cost\w*")
ESTIMATE = _words(r"estim\w*", r"selon les specialistes", r"according to analysts")
# Money a company raises, right before the amount, for the company at large (COMPANY_FUNDS in its
# sentence) is its funding, not a site's investment: "Etix raises 170 million euros to double its data
# centre network" (not "a levé 300 millions pour le chantier", nor "lever le voile sur 2 milliards").
FUNDRAISING_BEFORE = re.compile(r"(?:\bleve(?:e|es|nt|ra|r)?|\blevee de fonds de|\braises?|\braised|\braising|"
                                r"\bfundraising of|\btour de table de)\W+(?:(?:about|around|environ|pres de|some|plus de|"
                                r"more than|over|quelque|a|an|de|d|un|une)\W+)?$")
COMPANY_FUNDS = _words(r"network", r"reseaux?", r"fleet", r"portfolio", r"portefeuille", r"expansion", r"growth",
                       r"croissance", r"son developpement", r"its development", r"ses activites", r"its business",
                       r"en europe", r"in europe", r"worldwide", r"internationa\w*")
# Indirect jobs alone are the region's, not the site's ("3 000 emplois indirects", "3000 indirect jobs");
# "4 000 emplois directs et indirects" is a count of the site's.
INDIRECT = re.compile(r"(?<![a-z])indirect")
DIRECT_AND_INDIRECT = re.compile(r"(?<![a-z])directs? (?:et|and|&|ou|or) (?:\w+ )?indirect")
JOB_LOSSES = _words(r"sans emploi", r"licenci\w*", r"supprim\w*", r"suppressions?", r"perd\w*", r"pertes?", r"pse",
                    r"plan social", r"plan de sauvegarde",  # « un PSE signé par les 863 salariés »
                    r"laid off", r"layoffs?", r"job cuts", r"lost", r"chomage", r"reclassement", r"retrouve\w*",
                    # jobs at stake: « une trentaine d'emplois sont concernés », 'jobs under threat', 'at risk'
                    r"(?:sont|seront|est|sera) concernes?", r"menaces?", r"threatened", r"under threat", r"at risk")

# The status words are in statuses.py.


# --------------------------------------------------------------------------- exclusions

# Places and scopes that are not a site of the region.
_MASKED = re.compile(r"hauts de france|choose france|(?:dans le |au )?nord de la france|(?:in )?northern france|"
                     r"(?:in the )?north of france|france s north|(?<=[a-z0-9]), france\b|edf|electricite de france|france (?:2030|relance|travail)|"
                     r"nord france invest|france 3|france bleu|france datacenter|france televisions|radio france|"
                     r"france info|franceinfo|france inter|ouest france|(?:la )?voix du nord|nord eclair|nord littoral|"
                     r"©[^\n]*")  # a credit names who, not where
ELSEWHERE = _words(  # places and countries, never a nationality (« la société finlandaise X »: who, not where)
    r"(?:en|in|across|de la|pour la|toute la|all of|throughout|dans toute la) france", r"france entiere", r"france",
    r"au niveau national", r"nationwide", r"a l echelle nationale", r"dans le monde", r"worldwide", r"globally",
    r"en europe", r"in europe", r"across europe", r"europe(?! s (?:\w+ )?(?:largest|biggest|first|most|leading|top))",
    r"au total en france", r"finlande", r"finland", r"suede", r"sweden", r"norvege", r"norway", r"allemagne",
    r"germany", r"belgique", r"belgium", r"pays bas", r"netherlands", r"espagne", r"spain", r"italie",
    r"italy", r"irlande", r"ireland", r"royaume uni", r"united kingdom", r"etats unis", r"united states",
    r"usa", r"texas", r"islande", r"iceland", r"danemark", r"denmark", r"pologne", r"poland",
    r"suisse", r"switzerland", r"autriche", r"austria", r"portugal", r"luxembourg", r"canada", r"mexique", r"mexico",
    r"bresil", r"brazil", r"chine", r"china", r"japon", r"japan", r"taiwan", r"taipei", r"coree", r"korea",
    r"inde", r"india", r"singapour", r"singapore", r"emirats", r"emirates", r"uae", r"arabie saoudite", r"saudi arabia",
    r"australie", r"australia", r"maroc", r"morocco",
    r"ile de france", r"paris", r"marseille", r"lyon", r"grand est", r"normandie", r"bretagne", r"occitanie",
    r"provence", r"paca", r"auvergne", r"nouvelle aquitaine", r"mougins", r"fouju", r"montereau", r"dugny",
    r"bruyeres le chatel", r"les ulis", r"essonne", r"seine et marne", r"val d oise", r"bordeaux", r"toulouse",
    r"strasbourg", r"grenoble", r"nantes", r"rennes", r"amsterdam", r"londres", r"london", r"kouvola", r"mantsala",
    r"(?:dans l |l )?hexagone", r"outre (?:rhin|manche|atlantique|quievrain)", r"across the channel", r"francfort",
    r"frankfurt", r"milan", r"madrid", r"bruxelles", r"brussels", r"dublin", r"charente", r"isere", r"moselle",
)
# A place after a superlative is the comparison's scope, not where the figure is: « la plus grande zone
# industrielle du Pas-de-Calais », 'among the largest in Europe', 'the longest building in France'.
SUPERLATIVE_BEFORE = re.compile(r"(?:(?<![a-z])(?:le|la|les|l|des|du) plus (?:grande?s?|importante?s?|puissante?s?|longue?s?)|"
                                r"largest|biggest|"
                                r"longest|most powerful)\W+(?:\w+\W+){0,3}?(?:(?:du|de la|de l|des|d|of the|of|in the|in)\W*)?$")
# A place named as a company's home says who, not where: "Amsterdam-based Nebius", "the Grenoble battery maker".
HOME_AFTER = re.compile(r"\W?based\b|(?: [a-z]+)? (?:maker|manufacturer|company|firm|group|start ?up|developer|producer)s?\b")
# A programme a figure is part of says why, not where: "as part of France's industrial strategy",
# "dans le cadre du plan France 2030".
AS_PART_OF = re.compile(r"(?:as part of|part of|in line with|dans le cadre d\w*|au titre d\w*)\b[^,.;]*$")
HOME_BEFORE = re.compile(r"(?:based|basee?s?|headquartered|siege social|siege|installee?s?) (?:in|at|a|en) $")
# The region, its départements and its main towns: an article of no known site that names none of them
# is about a project elsewhere ("BSO has taken over a campus in France … 200MW in Q4 2026").
REGION_WORDS = _words(r"hauts de france", r"nord pas de calais", r"picardie", r"pas de calais", r"nord", r"somme",
                      r"oise", r"aisne", r"lille", r"dunkerque", r"dunkirk", r"amiens", r"valenciennes", r"arras",
                      r"lens", r"douai", r"calais", r"boulogne sur mer", r"beauvais", r"compiegne", r"saint quentin",
                      r"cambrai", r"roubaix", r"tourcoing", r"maubeuge", r"bethune", r"laon", r"soissons",
                      r"abbeville", r"creil", r"denain", r"gravelines")
# A country in the possessive before a name is a nationality, not a place: "China's Envision", "Japan's
# SoftBank" (matched on the text as written: the name after it is capitalized).
NATIONALITY = re.compile(r"\b([A-Z][\w-]+)['’]s(?=\s+[A-Z])")
# The country as a whole: where the region's sites are too, so not a place elsewhere for a figure whose
# place is left unsaid ("Etix … edge data centers in France. Etix has opened its fourth in Lille, adding 2MW").
NATIONWIDE_PLACE = re.compile(r"(?:(?:en|in|across|de la|pour la|toute la|all of|throughout|dans toute la|au total en) )?"
                              r"france(?: entiere)?|au niveau national|nationwide|a l echelle nationale")
# A count said of today is no step towards the target beside it: "elle compte aujourd'hui 570 salariés, et
# 1 200 prévus à terme" (both are kept).
CURRENT_BEFORE = re.compile(r"(?:aujourd hui|actuellement|deja|today|currently|already|so far|to date|now)\W+(?:\w+\W+){0,2}$")
# Scopes that cover the whole clause, wherever they stand: a company's or the world's total.
WIDE_SCOPE = _words(r"worldwide", r"globally", r"global fleet", r"dans le monde", r"au niveau mondial",
                    r"(?:infrastructures?|reseaux?|parc) mondia\w*", r"a l echelle mondiale",
                    r"global (?:infrastructure|network|footprint)",
                    r"company wide", r"group wide", r"a l echelle du groupe", r"across its", r"l ensemble de ses",
                    r"au total en france", r"revendique \w+ ", r"in total across")
# Another object than the site, next to the figure: a nature reserve, a road, a power plant nearby,
# warehouses ("six hectares dédiés à une réserve naturelle", "a 585 MW gas plant still runs there").
OTHER_OBJECT = _words(
    r"reserves? naturelles?", r"nature reserves?", r"espaces? verts?", r"green spaces?", r"(?<!mise en )(?<!mis en )(?<!en )routes?", r"roads?",
    r"autoroutes?", r"motorways?", r"highways?", r"rocade", r"route departementale", r"centrale a cycle combine",
    r"cycle combine", r"combined cycle\w*", r"gas plant", r"gas turbines?", r"coal unit", r"tranche charbon",
    r"centrale (?:nucleaire|thermique|a charbon|au charbon|a gaz)", r"nuclear plant", r"nuclear power (?:plant|station)s?", r"reacteurs?", r"epr2?",
    r"entrepots? logistiques?", r"logistics warehouses?", r"nappe", r"base aerienne", r"air base",
    r"power module plant", r"usine de modules", r"fioul",
    r"infrastructures? (?:associees|connexes|autour)", r"(?:associated|related) infrastructure",
    r"infrastructure (?:around|surrounding) (?:them|it)",
    # the grid's works, RTE's: « 200 millions d'euros dans le raccordement », 'a new high-voltage line'
    r"raccordements?", r"grid connections?", r"connection to the grid", r"lignes? (?:a )?(?:tres )?haute tension",
    r"high voltage lines?", r"postes? (?:electriques?|sources?)", r"substations?",
    # the site's own power sources and annexes: a solar farm, wind turbines, generators, a training centre
    r"fermes? solaires?", r"solar (?:farm|park|plant|panels?|array)s?", r"panneaux (?:solaires|photovoltaiques)",
    r"centrales? (?:solaires?|photovoltaiques?)", r"eoliennes?", r"wind (?:turbines?|farms?)", r"parcs? eoliens?",
    r"(?:backup |emergency )?generators?", r"groupes? electrogenes?", r"battery storage", r"stockage par batteries",
    r"centres? de formation", r"training cent(?:er|re)s?", r"academ(?:y|ie)", r"incubat\w+", r"pepinieres?",  # not the campus itself
)
SITE_WORD = _words(r"data ?cent\w*", r"datacent\w*", r"centres? de donnees", r"campus", r"site", r"projet", r"project",
                   r"gigafactory", r"usine", r"plant", r"factory", r"facility")
# A national or programme-wide scope: a pledge, a summit's total, a country's promises.
NATIONAL = _words(r"pledg\w*", r"promesses?", r"engagements? d investissement", r"au total en france",
                  r"france says", r"la france a", r"france has",
                  # the country as the subject: "La France comptait 300 data centers", "nationally", "dans le pays"
                  r"la france compt\w*", r"france count\w*", r"nationally", r"nationwide", r"national level",
                  r"a l echelle (?:nationale|du pays)", r"au niveau national", r"dans tout le pays",
                  r"across the country", r"country wide", r"countrywide", r"territoire national", r"national territory")
# (not "le plus grand du pays"). A part of a larger figure: "300 MW, dont 200 MW", "600 in the first phase".
# Several sites referred to together, named in the sentence before: "the three sites", "les deux projets",
# "all three", "ces sites".
_COUNT = r"(?:deux|trois|quatre|cinq|six|two|three|four|five|six|\d)"
SITES_TOGETHER = _words(
    rf"(?:les|ces|the|these|those|its|ses|leurs?|their|all|tous les|toutes les) (?:{_COUNT} )?(?:premiers? |first )?"
    r"(?:sites|projets|projects|campus|campuses|data ?centers|data ?centres|centres de donnees|implantations)",
    rf"all {_COUNT}", rf"tous (?:les )?{_COUNT}", r"both", r"chacun des (?:sites|projets)", r"each of the (?:sites|projects)",
    r"together", r"combined", rf"a (?:eux|elles) {_COUNT}", r"a eux deux", r"cumules?")  # "Together they represent €4 billion"
# A sentence that opens on a neighbour: its figures are that neighbour's ("Juste à côté, vingt et un
# bureaux offrent 730 m²", "Next door, a logistics park covers 40 ha").
NEIGHBOUR_FIRST = re.compile(r"\W*(?:(?:juste|tout) )?(?:a cote|a proximite|non loin|pas loin|en face|next door|nearby|"
                             r"close by|across the road)\s*,")  # alone: not "À proximité de l'A1, le campus…"
# A neighbour named in the figure's clause before it, as its subject: "Renault's plant next door employs
# 2,800 people", "l'usine voisine emploie 300 salariés" (not "next to the plant", "voisine de l'usine").
NEIGHBOUR_SUBJECT = re.compile(r"(?<![a-z])(?:next door|nearby|d a cote|voisine?s?)(?! (?:de|d|du|des|of|to)\b)")
# Before an object, it is a landmark of the site, not the figure's subject: "400 MW, à côté de la centrale".
LANDMARK_BEFORE = re.compile(r"(?:a cote d[eu]s?|a cote de la|a proximite d[eu]s?|pres d[eu]s?|non loin d[eu]s?|le long d[eu]s?|"
                             r"next to|beside|near|close to|alongside|along)\W*(?:l |la |le |les |the |a |an )?\W*$")
# Before a site's name, it names a landmark, not the subject: "a plot facing Verkor's factory", "en
# face de l'usine Verkor", "à côté de la centrale EDF" (not "près de"/"near": that says where the site is).
LANDMARK_MENTION = re.compile(r"(?:\bfacing|\bopposite|\bnext to|\bbeside|\ben face d[eu]s?|\ben face de la|\bface a|"
                              r"\ba cote d[eu]s?|\ba cote de la|\bvoisine? d[eu]s?|\bjouxt\w*)"
                              r"(?: (?:l|la|le|les|the|usine|plant|factory|site))*\W*$|"
                              # « en face de la gigafactory récemment inaugurée par le Français Verkor »
                              r"(?:\ben face d\w*|\bfacing|\bopposite|\bnext to|\ba cote d\w*) (?:[a-z0-9]+ ){1,7}$|"
                              # a town locating another (« à Gravelines près de Dunkerque »), a headquarters' town
                              r"\b(?:a|in|at) [a-z][a-z ]{2,30}?,? (?:pres de|near|outside|aux portes de|au (?:sud|nord) de|"
                              r"(?:south|north|east|west) of) $|\b(?:siege|headquarters?)(?: social)?"
                              r"(?: de l entreprise| du groupe| of the company)?\W*$|"
                              # a town a news pleased or let down is its people: 'delighted Douai and disappointed Dunkirk'
                              r"\b(?:disappoint|delight|please|upset|anger|worri|decu|decoit|decevant|ravi|rejoui|inquiet)\w* $|"
                              # a town's authority or officer (« l'agglomération de Cambrai », « le maire de »), a company's rival
                              r"\b(?:agglomeration|communaute (?:de communes|d agglomeration|urbaine)|intercommunalite|mairie|maire|"
                              r"municipalite|conseil municipal|prefet|sous prefet|mayor|(?:town|city) (?:council|hall)|concurrents?|"
                              r"rivals?|competitors?) (?:de|d|du|of) $")
# A backer of the subject, not the subject (a landmark, and no weight in the article's topic): « Épaulée
# par Renault et Schneider Electric, la jeune pousse … », 'Backed by Renault, Schneider Electric and Arkema'.
BACKER_BEFORE = re.compile(r"\b(?:backed by|epaulee?s? par|soutenue?s? par|supported by|with the (?:support|backing) of|"
                           r"avec le soutien d\w*)(?: [a-z0-9]+,?){0,4} $")
# A status word denied or still to come: "has no announced size", "pas encore annoncé", « avant son inauguration ».
DENIED_BEFORE = re.compile(r"(?:\bno|\bnot|\bnot yet|\bnever|\bpas(?! de calais)|\bpas encore|\bjamais|\baucune?|\bsans|\bwithout|"
                           r"\bavant|\ben vue d\w*|\bahead of|\bbefore|\bprior to)"
                           r"(?: \w+){0,2} ?$")
# A company's programme: "for its €75bn AI build-out", "son plan de 75 milliards", "three French sites".
PROGRAMME = _words(r"programmes?", r"programs?", r"plans?", r"build ?outs?", r"roll ?outs?", r"deploiement",
                   rf"{_COUNT} (?:\w+ )?sites", rf"{_COUNT} (?:\w+ )?(?:projets|projects|campus|campuses)")
# A figure followed by "puis" / "then" and another figure is a step on the way: "600 salariés, puis
# environ 2 000 emplois directs d'ici 2030", "50 people by the end of 2025, then about 100" (a year may
# stand between).
STEP_AFTER = re.compile(r"(?:[^.;\d]|(?:19|20)\d\d){0,25}?(?:,\s*|\s)(?:puis|then|and then|et ensuite|avant d atteindre|before reaching|"
                        r"rising to|rise to|rises to|rose to|growing to|pour atteindre|to reach)\s+[^.;\d]{0,25}(?:\d|un millier|une? (?:dizaine|"
                        r"vingtaine|trentaine|cinquantaine|centaine)|a (?:hundred|thousand))|"
                        # a count that 'will be' another: « les 600 salariés actuels seraient mille à la fin de l'année »
                        r"(?:\s+\w+)?\s+(?:seraient|seront|would be|will be|will number)\s+(?:\d|mille|deux mille|a thousand|"
                        r"one thousand|deux fois plus|twice as many)")
# A figure with its own horizon, then "and" another with a later one, is a step too: "about 1,000 people
# by 2024 and about 2,500 by 2030", "hire 1,000 people by 2024, and total employment could rise to 2,500", "600 emplois d'ici 2027 et 2 400 à terme" (not "1,200 direct jobs and
# 3,000 indirect jobs": no date between).
STEP_DATED = re.compile(r"[^.;\d]{0,20}?(?:by|d ici|en|in|fin|end of|a la fin de|a fin)\s+(?:19|20)\d\d,?\s+(?:and|et)\s+"
                        r"[^.;\d]{0,40}\d")
PART_BEFORE = re.compile(r"(?:dont|of which|including|soit|among them|parmi lesquels)\s*$")
PART_WORD = _words(r"dont", r"of which", r"including", r"among them", r"parmi lesquels")
PHASE = _words(r"premiere phase", r"premiere tranche", r"first phase", r"first (?:\S+ )?tranche", r"phase 1", r"phase one", r"first stage",
               r"dans un premier temps", r"initially", r"premier temps", r"at first",
               r"(?:a|lors de) sa mise en service", r"au demarrage", r"at (?:its )?start-? ?up", r"when it opens")
FINAL = _words(r"a terme", r"a pleine capacite", r"pleine capacite", r"a pleine puissance", r"at full capacity",
               r"full build out", r"eventually", r"in the long run", r"when complete", r"a l horizon",
               r"full ramp ?up", r"pleine montee en (?:charge|cadence|puissance)")
# "pleine capacité à la fin de 2027", "full capacity at the end of 2027": the figure after is the final one.
FINAL_BEFORE = re.compile(r"(?:pleine capacite|pleine puissance|full capacity|full build out|a terme|full ramp ?up|"
                          r"pleine montee en (?:charge|cadence|puissance))\W*(?:\w+\W+){0,4}$")
UNIT_COST = re.compile(r"^\s*(?:par|per|/|le|the|a|an|chaque|each)\s*(?:mw|megawatt|gw|gigawatt|emplois?|jobs?|"
                       r"postes?|m2|m²|metres? carres?|an|annee|year|mois|month|habitant|serveurs?|servers?|kwh|mwh)\b")
CONDITIONAL = re.compile(r"(?<![a-z0-9])(?<!meme )(?<!even )(?:si|s il|s ils|if|unless|a condition|provided that|sinon|"
                         r"otherwise|au cas ou|in case)(?![a-z0-9])")  # not « même s'il a connu des retards », 'even if'
# "If all goes well" hedges a plan, it sets no condition: « si tout se passe bien, les travaux pourraient
# commencer en 2026 », 'if everything goes to plan, the plant opens in 2027'.
ALL_GOES_WELL = re.compile(r"(?<![a-z])(?:si tout (?:se passe|va|se deroule|marche) (?:bien|comme prevu)|"
                           r"if (?:all|everything) goes (?:well|to plan|according to plan|as planned))")
YES_BUT = re.compile(r"\b(?:oui|yes)\s*,?\s*(?:mais|but)\b")
HEDGED_MOOD = _words(r"pourrai\w*", r"serai\w*", r"aurai\w*", r"devrai\w*", r"could", r"would", r"might")
_OLD_YEAR = re.compile(r"(?<![a-z0-9])(?:jusqu en|jusqu a|en|in|until|depuis|des|since|from|de|annees|years)\s+"
                       r"((?:19|20)\d{2})(?![0-9])(?! (?:salaries|emplois|postes|jobs|personnes|people|employees|m2|mw|ha|hectares))")
PAST_EVENT = _words(r"fermee?s?", r"fermeture", r"ferme ses portes", r"closed", r"closure", r"ont fonctionne",
                    r"a fonctionne", r"employait", r"employaient", r"comptait", r"comptaient", r"employed",
                    r"historique\w*", r"jadis", r"autrefois", r"il y a \w+ ans", r"years ago", r"a l epoque",
                    r"at the time", r"avait laisse", r"had left")


# Longer than any match of the word patterns: a rule that looks N characters around a figure reads
# only that window (plus this margin), not its whole clause, once per figure.
_LONGEST_WORDS = 80


def near(pattern: re.Pattern[str], text: str, at: int, until: int, before: int, after: int) -> bool:
    """`pattern` within `before` characters before the figure or `after` characters after it."""
    window = pattern.finditer(text, max(0, at - before - _LONGEST_WORDS), until + after + _LONGEST_WORDS)
    return any(m.end() > at - before and m.start() < until + after for m in window)


def masked(folded: str) -> str:
    """Blank out names that contain a place word but are not a scope ("Hauts-de-France", "EDF")."""
    return _MASKED.sub(lambda m: " " * len(m.group(0)), folded)


HISTORY_REACH = 60  # characters: "38 ha ... a accueilli les hauts-fourneaux jusqu'en 1988" is about the furnaces


def is_history(clause_folded: str, at: int, until: int, published: dt.date | None, *, area: bool = False,
               own_year: int | None = None) -> bool:
    """A figure about the site's past: an old year close to it ("jusqu'en 1988"), or a past-event word
    with a year in its clause ("la fermeture en 2020 avait laissé..."). A site's area outlives its past
    ("avait laissé 864 salariés sans emploi et 32 hectares en friche": the site still has 32 ha), so a
    past-event word alone does not make an area history. A past date next to a past event is that
    event's date: "la fermeture, annoncée le 16 septembre 2020" (`own_year`: the figure's own year, for a
    date)."""
    limit = (published.year if published else dt.date.today().year) - 5
    window = (max(0, at - HISTORY_REACH - _LONGEST_WORDS), until + HISTORY_REACH + _LONGEST_WORDS)
    for match in _OLD_YEAR.finditer(clause_folded, *window):
        near = match.start() - until <= HISTORY_REACH and at - match.end() <= HISTORY_REACH
        if int(match.group(1)) <= limit and near:
            return True
    if area:
        return False
    events = [m for m in PAST_EVENT.finditer(clause_folded, *window)
              if m.start() - until <= HISTORY_REACH and at - m.end() <= HISTORY_REACH]
    past_date = own_year is not None and published is not None and own_year < published.year
    return bool(events) and (past_date or bool(re.search(r"(?:19|20)\d{2}", clause_folded)))


CONTRAST_AFTER = re.compile(r" (?:tandis que|tandis qu|whereas|alors que|alors qu|while) ")  # where a clause cut is a contrast
_CLAUSE_CUT = re.compile(r";|:| mais | but | tandis que | tandis qu | whereas | alors que | alors qu | while ")  # "tandis qu'à"


@lru_cache(maxsize=64)
def _clause_cuts(sentence_folded: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clauses meet; the figures of a sentence share them (read once)."""
    return tuple((m.start(), m.end()) for m in _CLAUSE_CUT.finditer(sentence_folded))


def clause_around(sentence_folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause of a figure: its sentence cut at ";", ":" or " mais " / " but " around it."""
    cuts = _clause_cuts(sentence_folded)
    left = max([e for s, e in cuts if e <= start], default=0)
    right = min([s for s, e in cuts if s >= end], default=len(sentence_folded))
    return left, right


def fold_sentence(text: str) -> str:
    return masked(fold(text))
