"""The status words: which words say that a project is announced, permitted, under construction,
operational or abandoned, in French and English, on the accent- and case-folded text (`entities.fold`).
The first status whose pattern a sentence holds is the one it says (`extract._statuses`), unless it is a
neighbour's, money's or another company's act (`NEIGHBOUR_STATUS`, `status_of_another`)."""

from __future__ import annotations

import re

from dashboard.domain.intake.rules import SITE_WORD, SITES_TOGETHER, _words
from dashboard.domain.intake.scope import COUNTED_SITES, NOT_NAMES

# What an announcement said in the passive must not be the subject of: a count, money, an opening.
_NOT_A_COUNT = "".join(rf"(?<!{word} )" for word in ("emplois", "postes", "salaries", "euros", "ouverture", "service", "livraison"))
_PLANT = r"(?:usine|campus|data ?cent\w*|datacent\w*|centre de donnees|gigafactory|giga usine|plant|factory|factories)"
_PASSIVE_ADVERB = r"(?: d ailleurs| deja| bien| officiellement)?"

STATUS_WORDS = (
    # not the landscape's past: 'between abandoned coal mines', « des puits de mine abandonnés »
    ("abandoned", _words(r"(?<!mines )(?<!mine )(?<!puits )(?<!carrieres )abandonn\w*", r"renonce\w*", r"jete l eponge",
                         r"abandoned(?! (?:coal |tin |iron |old )?(?:mines?|pits?|quarr\w*|shafts?|wells?))", r"dropped", r"scrapped",
                         r"shelved", r"gave up", r"cancel+ed (?:its |the |their )?(?:\w+ ){0,2}(?:project|plans?|campus|plant|factory)",
                         r"called off", r"(?:a|ont) annule (?:son|sa|le|leur|ce) (?:\w+ )?projet",
                         # « a mis fin à son projet », « le projet … a été annulé », 'the plant project has been axed'
                         r"mis fin a (?:son|sa|leur|ce|le) (?:\w+ )?projet", r"projet (?:\w+ ){0,4}(?:a|ont) ete annule\w*",
                         r"(?:project|plans?) (?:\w+ ){0,2}(?:has been|have been|was|were) (?:axed|scrapped|cancel+ed|dropped)")),
    # not one to come: « sera inaugurée en 2027 », « inaugurera », 'will be inaugurated' (a commissioning date)
    ("operational", _words(r"(?<!pierre )(?<!sera )(?<!seront )(?<!etre )(?<!be )inaugur(?!era|eront|erai|er\b)\w*", r"(?:began|begun|started) operations?", r"est en service",
                           r"(?:has |have |had )?opened (?:its|their|the|a) (?:first |new )?(?:\w+ ){0,2}(?:gigafactory|plant|"
                           r"factory|data ?cent\w*|campus|usine)", r"a ouvert ses portes", r"ont ouvert leurs portes", r"sont en service", r"est operationnel\w*",
                           r"now operational", r"went live", r"is operational", r"in operation", r"en activite",
                           r"ouvre ses portes", r"ouvrent leurs portes", r"opens its doors", r"open their doors",
                           r"vien(?:t|nent) d ouvrir(?! (?:une?|la|le|les) (?:consultation|concertation|debat|enquete))",
                           # in service now or since: « est désormais en service », « a été mis en service en janvier »,
                           # 'went into service', 'has been commissioned'
                           r"(?:est|sont) (?:desormais |maintenant |aujourd hui |deja )?(?:entree?s? )?en service",
                           r"(?:a|ont) ete mise?s? en service", r"(?:went|came) into (?:service|operation)", r"entered service",
                           # started up now: « Verkor met officiellement en route sa gigafactory », « a mis en service »
                           r"(?:met|mettent|a mis|ont mis) (?:officiellement |aujourd hui )?en (?:route|service)",
                           r"(?:was|were|has been|have been) commissioned",
                           r"(?:is|are) (?:now )?live", r"(?:started|began|begun) operating",
                           # the plant as the subject of its opening or output: 'the plant opened in March', « l'usine
                           # de X a ouvert en mars », 'is now producing', « produit ses premières », « tourne à plein régime »
                           r"(?:plant|factory|campus|data ?cent\w*|datacent\w*|gigafactory|facility) (?:was |has |had )?"
                           r"(?:officially )?opened", r"(?:usine|campus|data ?cent\w*|datacent\w*|gigafactory|centre de donnees) "
                           r"(?:\w+ ){0,3}(?:a|ont) (?:officiellement )?ouvert", r"(?:is|are) (?:now )?producing",
                           r"produi(?:t|sent) (?:ses|leurs|les) premi\w+", r"tourne\w* a plein (?:regime|rendement)", r"entered (?:operation|production)",
                           r"a (?:demarre|commence|debute) son activite", r"(?:est|sont) entree?s? en (?:exploitation|activite|production)",
                           # production under way, said in the past: "AESC has started production at Douai"
                           r"(?:has|have|had) (?:officially )?(?:started|begun) (?:its )?production",
                           r"(?:started|began) (?:its )?production", r"a (?:demarre|lance|debute) (?:sa|la) production",
                           # production the subject of its start, in the past: « la production y a démarré en mars »,
                           # « la production a débuté », 'is already producing', 'production is under way'
                           r"production (?:y )?(?:a|ont) (?:deja |bien )?(?:demarre|debute|commence)(?![a-z])",
                           r"(?:is|are) already (?:producing|in production)", r"production (?:is|has been) (?:now )?under ?way",
                           # running since a date: « des baies de serveurs tournent depuis juin 2014 », "has been
                           # running since 2019", « en service depuis », 'is up and running'
                           r"(?:tourne|tournent|fonctionne|fonctionnent|en service|en activite|en production) depuis",
                           r"(?:running|operating|in operation|in service|operational) since",
                           r"(?:is|are|was|now) (?:now )?up and running",
                           # opened in the past, its object a pronoun: « OVHcloud l'a ouvert en 2013 »
                           r"(?:l a|l ont|les a|les ont) (?:officiellement )?ouverte?s?(?![a-z])", r"opened it(?![a-z])",
                           r"(?:has|have) (?:now |officially |just |already )?opened(?! (?:a|an|the|its|their) (?:\w+ )?(?:consultation|"
                           r"debate|inquiry|call|tender|office|offices|bidding|round|talks|procedure|process|registration))")),
    ("under_construction", _words(r"travaux (?:ont|viennent de) (?:debute|commence|demarre)",
                                  r"viennent de debuter", r"en cours de construction", r"en construction",
                                  r"chantier a (?:debute|demarre)", r"under construction", r"premiere pierre",
                                  r"first stone", r"foundation stone", r"groundbreaking", r"broke ground",
                                  r"construction (?:has )?(?:began|begun|started)",
                                  # « a lancé la construction », 'has started building', 'is being built', « sort de terre »
                                  r"(?:a|ont) (?:lance|demarre|commence|entame) (?:la construction|les travaux|le chantier)",
                                  r"(?:has|have) (?:started|begun) (?:building|construction|work on)", r"(?:is|are) being built",
                                  r"(?:started|began) (?:building|construction)", r"sor(?:t|tent) de terre",
                                  r"(?:est|sont) (?:desormais |maintenant )?en chantier",
                                  r"travaux (?:\w+ ){0,5}(?:ont|a) (?:commence|debute|demarre)",
                                  r"chantier (?:\w+ ){0,5}(?:a|ont) ete (?:lance|ouvert)",
                                  r"(?:works?|construction) (?:\w+ ){0,5}(?:began|begun|started)",
                                  # the works going on, in a progress report: « le chantier avance », « les travaux se
                                  # poursuivent », 'construction is well under way', 'after seven months of work'
                                  r"(?:travaux|chantier) (?:\w+ ){0,5}(?:avancen?t?|progressen?t?|se poursuiven?t?|va bon train|"
                                  r"bat son plein)", r"construction (?:\w+ ){0,5}(?:has come|is progressing|progresses|"
                                  r"is (?:well )?under ?way|is on (?:track|schedule))", r"works? (?:is|are) (?:well )?under ?way",
                                  r"(?:after|apres) (?:only |seulement |just )?(?:\w+ ){1,2}(?:months|mois|weeks|semaines) (?:of "
                                  r"(?:work|works|construction)|de (?:travaux|chantier))")),
    ("permitted", _words(r"permis de construire[^.]{0,60}?(?:accorde|obtenu|delivre)\w*", r"permis accorde\w*",
                         r"building permit (?:was |has been )?(?:granted|issued)", r"(?:a obtenu|obtient|a recu|recoit) (?:son|le|un) permis de construire",
                         r"(?:received|obtained|secured|won|got) (?:its|the|a) (?:building|construction|planning) permi\w*",
                         r"(?:granted|given|received|obtained|secured) (?:its |the |a )?(?:planning permission|environmental "
                         r"(?:permit|authori[sz]ation))", r"planning permission (?:was |has been )?granted",
                         r"(?:a obtenu|obtient|a recu|recoit) (?:son |l |une )?autorisation (?:environnementale|d exploiter)",
                         r"(?:a|ont) (?:delivre|accorde) le permis de construire",
                         # « a décroché son permis », « accordé l'autorisation environnementale », « autorisée par arrêté »
                         r"(?:a|ont) (?:decroche|obtenu|recu) (?:son|le|leur|un) permis",
                         r"(?:accorde|delivre)\w* (?:l |son |le |leur )?(?:autorisation environnementale|permis de construire)",
                         r"(?:a|ont) ete autorisee?s? par (?:un )?arrete",
                         r"approved (?:the |its |a )?(?:\w+ )?(?:building|construction|planning) permit")),
    ("announced", _words(r"a annonce", r"ont annonce", r"officialise\w*", r"announced", r"unveiled",
                         r"(?:a t il|a t elle|ont ils|ont elles) (?:annonce|devoile|officialise)",  # « ont-ils annoncé »
                         r"(?:a|ont) (?:ete )?devoile\w*",  # « le projet a été dévoilé mardi »
                         # a place chosen officially, the choice made official: « X a officiellement choisi la zone de Y »,
                         # 'made official its decision to build a plant in Y', 'officially picked Y' (not a plain « a
                         # choisi », which the press also writes of a consortium or a shortlist)
                         r"(?:a|ont|avoir) officiellement (?:choisi|retenu|selectionne)\w*", r"officially (?:chose|chosen|picked|selected)",
                         r"made official (?:its|their|the|his|her) (?:decision|choice|plans?)",
                         # the passive, in any past or present tense: « le projet avait été annoncé en mai », « deux
                         # réacteurs sont annoncés à X » (not jobs', money's or an opening's: « 500 emplois sont annoncés »,
                         # « l'ouverture est annoncée pour 2027 »)
                         _NOT_A_COUNT + r"(?:a|ont|avait|avaient)" + _PASSIVE_ADVERB + r" ete annoncee?s?(?! pour)",
                         _NOT_A_COUNT + r"(?:est|sont|etait|etaient)" + _PASSIVE_ADVERB + r" annoncee?s?(?! pour)",
                         # « annonce avoir retenu », « Macron annonce l'implantation d'une usine »
                         r"annoncen?t? (?:avoir (?:retenu|choisi|selectionne)|la selection|le choix|l implantation|"
                         r"l arrivee|la construction|l installation|(?:son|sa|leur) (?:implantation|installation|arrivee|venue))",
                         r"by announcing", r"(?:it|company|group|firm) (?:announces|unveils)",  # "By announcing on Friday that"
                         # the project confirmed: « a confirmé sa volonté d'implanter une usine », « confirme qu'il s'installe
                         # à X », 'confirmed that X would build two factories at Y' (not 'confirmed its plant': the press
                         # writes it of a plan announced before, of a figure, of a partner)
                         r"confirm\w* (?:sa|son|leur) (?:volonte|intention|projet|decision) d (?:implanter|installer|construire|batir|ouvrir) "
                         r"(?:une?|son|sa|leur) (?:\w+ ){0,2}?" + _PLANT, r"confirm\w* qu (?:il|elle|ils|elles) s install\w*",
                         r"confirm(?:s|ed)(?:\W+\w+){0,6}?\W+that (?:\w+ ){1,8}?(?:will|would) (?:build|set up|open|locate|establish)",
                         # the project described as announced: « Le projet, annoncé il y a quelques mois, », 'the plant,
                         # unveiled in May,' (not the head of another noun's: « la fermeture de l'usine, annoncée »)
                         r"(?<!de l )(?<!de la )(?<!du )(?<!of the )(?<!of its )(?:projet|usine|campus|data ?cent\w*|datacent\w*|centre de donnees|gigafactory|project|plant|factory)"
                         r"(?:(?: \w+){1,3},|,)? (?:annoncee?s?|devoilee?s?|officialisee?s?|announced|unveiled)",
                         # the participle with the plan as its object: 'announcing in May plans to invest in Dunkirk'
                         r"(?:announcing|unveiling|annoncant|devoilant) (?:\w+ ){0,3}?(?:plans? (?:to|for)|son projet|"
                         r"(?:a|an|its|un|une|son|sa) (?:\w+ ){0,2}(?:plant|factory|campus|gigafactory|usine|data ?cent\w*))",
                         # the present with the project as its object (not « annonce une capacité », « annoncent 1 300
                         # emplois »): « Nebius annonce un datacenter à Béthune », « dévoilent un campus », 'unveils a plant'
                         # also money or jobs for a new one: « annoncent 3 milliards d'investissement dans une usine à X »
                         r"(?:annoncen?t?|devoilen?t?|announces|unveils) (?:(?:un|une|son|sa|leur|a|an|its|their) |[^.;:,]{0,60}? "
                         r"(?:dans|pour|for|in|at) (?:un|une|a|an) )(?:\w+ ){0,3}?"
                         r"(?:usine|campus|data ?cent\w*|datacent\w*|centre de donnees|gigafactory|giga usine|plant|factory)",
                         # the announcement of the project, said as a noun: « l'annonce par Brookfield de son projet à
                         # Cambrai », 'the announcement, May 29, that the supplier will set up in Douai'
                         r"l annonce (?:par (?:\w+ ){1,4})?(?:de son|de sa|de leur|d un|d une|du) (?:\w+ ){0,2}(?:projet|usine|"
                         r"campus|data ?cent\w*|centre de donnees|gigafactory)",
                         r"announcement(?:\W+\w+){0,4}?\W+(?:of (?:its|a|an|the) (?:\w+ ){0,2}(?:project|plant|factory|campus|"
                         r"data ?cent\w*|gigafactory)|that (?:\w+ ){1,5}(?:will|would) (?:set up|build|open|locate|establish))")),
)


# A status word in a phrase that places the site beside another: the neighbour's status.
NEIGHBOUR_STATUS = re.compile(r"(?:\ben face d\w*|\bfacing|\bopposite|\bnext to|\ba cote d\w*|\bbeside) (?:[a-z0-9]+ ){1,5}$|"
                              # money's announcement, not the project's: 'the €2 billion financing package announced
                              # in September', « le plan de financement annoncé »
                              r"\b(?:package|financing|funding|loan|grant|aid|subsid\w*|support|budget|pledge|plan de financement|"
                              r"financement|pret|aides?|subvention|enveloppe|soutien)\W+(?:\w+\W+){0,1}$")
_FREE_ADJUNCT = re.compile(r"(?:announcing|unveiling|annoncant|devoilant)\b")


def neighbour_status(sentence_folded: str, start: int, words: str) -> bool:
    """The status is the neighbour's, money's (`NEIGHBOUR_STATUS`) or a procedure's opening; not a participle after a
    comma, which says the subject's act: 'ProLogium made the latest pledge, announcing plans to invest in Dunkirk'."""
    if _FREE_ADJUNCT.match(words) and sentence_folded[:start].rstrip().endswith(","):
        return False
    if re.search(r"open|ouv", words) and _PROCEDURE.search(sentence_folded, max(0, start - 60), start):
        return True  # 'the public consultation on the plant opened in March': the procedure's opening
    return bool(NEIGHBOUR_STATUS.search(sentence_folded, max(0, start - 60), start))


# A status word followed by its agent, a company none of our sites has, or by a year long past: the former
# occupant's act (« une ancienne usine abandonnée depuis 2010 par le groupe Rexam »).
_AGENT_AFTER = re.compile(r"\W+(?:\w+\W+){0,4}?(?:par|by) (?:le groupe |la societe |l |le |la |the )?(?=[a-z])")
_SINCE_YEAR_AFTER = re.compile(r"\W+(?:depuis|since) ((?:19|20)\d\d)\b")  # not « inauguré en 2012 »: its date


# … or right after a count of plants or sites: a status of theirs together.
_COUNTED_BEFORE = re.compile(COUNTED_SITES.pattern + r"\W+(?:\w+\W+){0,3}?$")
# … or by its subject in an object relative clause: « un terrain de 50 hectares que TotalEnergies abandonne »,
# 'the plot that Nokia abandoned' (the thing's, by that company).
_OBJECT_RELATIVE = re.compile(r"(?<![a-z])(?:que|qu|that|which)\s+(?:le groupe |la societe |l |le |la |the )?$")


def status_of_another(article, sentence_folded: str, s_start: int, status_end: int, published,
                      status_start: int | None = None) -> bool:
    if status_start is not None and (subject := _subject_of_relative(article, sentence_folded, s_start, status_start)):
        return subject
    if (status_start is not None and _COUNTED_BEFORE.search(sentence_folded, max(0, status_start - 40), status_start)
            and not SITES_TOGETHER.search(sentence_folded, max(0, status_start - 40), status_start)
            and not article.by_sentence.get(article.sentence_of(s_start))):
        # « la région compte déjà quatre gigafactories en service ou en construction »: theirs, none of ours (not
        # « Les trois projets ont été officialisés », the ones just named, held for each)
        return True
    since = _SINCE_YEAR_AFTER.match(sentence_folded, status_end)
    if since and published is not None and int(since.group(1)) <= published.year - 5:
        return True
    agent = _AGENT_AFTER.match(sentence_folded, status_end)
    if not agent:
        return False
    return _another_name_at(article, s_start, agent.end())


def _another_name_at(article, s_start: int, at: int) -> bool:
    """A capitalized name starts at `at` in the sentence and is none of our sites'."""
    name = re.match(r"[A-ZÀ-ÖØ-Ý][\w'’-]+", article.text[s_start + at : s_start + at + 40])
    return bool(name) and name.group() not in NOT_NAMES and not any(
        m.start <= s_start + at < m.end for m in article.by_sentence.get(article.sentence_of(s_start), []))


def _subject_of_relative(article, sentence_folded: str, s_start: int, status_start: int) -> bool:
    """The status word is the verb of an object relative clause whose subject is another company."""
    name = re.search(r"([A-Za-zÀ-ÿ][\w'’-]+)\s+$", sentence_folded[max(0, status_start - 40) : status_start])
    if name is None:
        return False
    at = max(0, status_start - 40) + name.start(1)
    return bool(_OBJECT_RELATIVE.search(sentence_folded, max(0, at - 20), at)) and _another_name_at(article, s_start, at)


# The phrase a sentence opens on, up to its first comma, describes the subject right after that comma: « En
# service depuis avril, le système divise la facture par deux », 'Opened in 2019, the cooling loop …' (the
# system's status, not the site's). A site word, a building or a name after the comma keeps it the site's.
_DETERMINED_NOUN = re.compile(r",\s*(?:le|la|les|l|ce|cet|cette|ces|the|this|these|its|their|son|sa|ses|leur)\s+(?:\w+ )?([a-z]+)")
_BUILDING = _words(r"batiments?", r"buildings?", r"centrale", r"ligne", r"line", r"parc", r"park", r"zone", r"hub", r"entrepots?",
                   r"warehouses?", r"gigafactor\w*", r"plate ?formes?", r"platforms?", r"centres?", r"centers?", r"complexe",
                   r"complex", r"installations?", r"unites?", r"units?", r"station", r"port", r"reacteurs?", r"reactors?")


def opening_phrase_of_another(article, sentence_folded: str, s_start: int, status_start: int, status_end: int) -> bool:
    """The status is said in the sentence's opening phrase of another subject than a site (see above)."""
    if "," in sentence_folded[:status_start] or status_start > 30:
        return False
    comma = sentence_folded.find(",", status_end)
    noun = _DETERMINED_NOUN.match(sentence_folded, comma) if 0 <= comma - status_end <= 40 else None
    if noun is None or SITE_WORD.search(noun.group()) or _BUILDING.search(noun.group()):  # « le data center »
        return False
    return not any(s_start + comma < m.start <= s_start + noun.end() for m in article.by_sentence.get(article.sentence_of(s_start), []))


# Announcing a public debate, a consultation or an inquiry on the project is no announcement of the project
# (« … dans le débat public sur la construction de deux réacteurs à Gravelines, a annoncé la CNDP »), unless
# what is announced right after the verb is a site ('announced its campus').
_PROCEDURE = _words(r"debat public", r"debats publics", r"concertation", r"enquete publique", r"consultation publique",
                    r"public (?:debate|consultation|inquiry|hearings?)")
_SITE_OBJECT = re.compile(r"\W*(?:(?:un|une|le|la|l|son|sa|leur|a|an|the|its|their)\s+)(?:\w+\s+){0,2}?" + SITE_WORD.pattern)


def announces_a_procedure(sentence_folded: str, status_start: int, status_end: int) -> bool:
    return bool(_PROCEDURE.search(sentence_folded, 0, status_start)) and not _SITE_OBJECT.match(sentence_folded, status_end)


# Where a sentence's clauses meet when each says its own status: « …sont en construction près de Dunkerque, et
# deux autres ont déjà ouvert », '…, while the Douai plant has opened'.
_STATUS_CUT = re.compile(r";|:|,\s+(?:and|et|while|whereas|but|mais|tandis qu\w*|alors qu\w*)\b|\s(?:while|whereas|tandis qu\w*|"
                         r"alors qu\w*)\s")


def said(article, index: int, sentence_folded: str) -> list[tuple[str, re.Match, tuple[int, int] | None]]:
    """The statuses a sentence says: [(status, its words, the clause it holds or None)]. One, the first of
    `STATUS_WORDS` the sentence holds, unless its clauses each say a different status and each names one
    of our places: then each clause's status for the places in it ('three plants are under construction
    near Dunkirk, and two more have already opened: one in Douai, the other near Billy-Berclau')."""
    first = next(((status, match) for status, pattern in STATUS_WORDS
                  if (match := pattern.search(sentence_folded))), None)
    if first is None:
        return []
    found = sorted((match.start(), status, match) for status, pattern in STATUS_WORDS
                   for match in pattern.finditer(sentence_folded))
    kept: list[tuple[str, re.Match]] = []
    for _, status, match in found:
        if not kept or (status != kept[-1][0] and match.start() >= kept[-1][1].end()):
            kept.append((status, match))
    cuts = []
    for (_, before), (_, after) in zip(kept, kept[1:]):
        between = list(_STATUS_CUT.finditer(sentence_folded, before.end(), after.start()))
        if not between:
            return [(*first, None)]
        cuts.append(between[-1].start())
    spans = list(zip([0, *cuts], [*cuts, len(sentence_folded)]))
    s_start = article.sentences[index][0]
    places = [m.start - s_start for m in article.by_sentence.get(index, []) if m.is_place and any(
        site_id in article.entities and article.entities[site_id].project_type != "region" for site_id, _ in m.weights)]
    if len(kept) < 2 or not all(any(a <= p < b for p in places) for a, b in spans):
        return [(*first, None)]
    # a clause counting plants near one place is theirs ('three plants are under construction near Dunkirk'), not
    # when it goes on to name them ('two have opened: one in Douai, the other near Billy-Berclau')
    return [(status, match, span) for (status, match), span in zip(kept, spans)
            if not _COUNTED_BEFORE.search(sentence_folded, max(span[0], match.start() - 40), match.start())
            or sum(span[0] <= p < span[1] for p in places) > 1]


# A stage reached is not reached yet when said in the future or dated after the article: « l'usine ouvre ses portes en
# 2027 » (published in 2025), « la première pierre sera posée en 2026 », 'will be operational'.
_FUTURE_BEFORE = re.compile(r"(?<![a-z])(?:sera|seront|will|shall|doit etre|doivent etre|devrait etre|(?:is|are) to be)\s+"
                            r"(?:\w+\s+)?$")
_DATED_AFTER = re.compile(r"(?:(?! et | and | puis | then )[^,;:.]){0,60}?(?<![a-z])(?:en|in|d ici|by|a l horizon|pour|for|courant|fin|debut|early|late|"
                          r"mi|mid)\W+(?:\w+\s+)?((?:19|20)\d\d)(?!\d)")
_FUTURE_AFTER = re.compile(r"[^,;:.]{0,50}?(?<![a-z])(?:sera|seront|will be)\s+(?:posee?s?|lancee?s?|laid|held)(?![a-z])")


def to_come(status: str, sentence_folded: str, start: int, end: int, published) -> bool:
    if status not in ("operational", "under_construction"):
        return False
    if _FUTURE_BEFORE.search(sentence_folded, max(0, start - 25), start) or _FUTURE_AFTER.match(sentence_folded, end):
        return True
    dated = _DATED_AFTER.match(sentence_folded, end)
    return bool(dated and published is not None and int(dated.group(1)) > published.year)

