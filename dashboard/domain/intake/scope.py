"""Which figures belong to a site: the attachment and exclusion rules that look past the figure's
own words (its clause, the objects and subjects around it, the figure before it).

A figure goes to a site only when its clause is about that site: a phase, another object (a nature
reserve, a road, a power plant next door), a national or programme-wide pledge, a date that is
another figure's horizon, or a clause whose named subject is someone else are left out, each with
its reason. Pure functions on the accent-folded text (`entities.fold`) and the entity mentions.
"""

from __future__ import annotations

import re

from dashboard.domain.intake import rules
from dashboard.domain.intake.entities import COMMUNE, NAME, EntityMention, fold
from dashboard.domain.intake.figures import Mention, read_quantity
from dashboard.domain.normalize import NormalizeError, Quantity

# Capitalized words that start a clause without naming anyone.
NOT_NAMES = frozenset("""Le La Les L Un Une Des Du De Ce Cette Ces Il Elle Ils Elles On Selon Pour Dans Avec Sur En Et
    Mais Au Aux À The A An In On For With By Of And But This That It Its Their Data Center Centre Campus Projet
    Project Photo Mardi Lundi Mercredi Jeudi Vendredi Samedi Dimanche""".split())


# Between a site's name and the words that describe it: "E-Valley, l'ancienne base aérienne 103".
_DESCRIBES = re.compile(r"\W*(?:(?:l|la|le|les|the|a|an|un|une|son|sa|its|ancienne?|former|ex|old|logistics|logistique|"
                        r"park|parc|zone|industrial|industrielle?|business|d activites)\W+)*")  # "E-Valley logistics park, a former air base"


def kind_stem(words: str) -> str:
    """An object's words without their plural: 'reacteurs' and 'reacteur' are one kind."""
    return re.sub(r"s\b", "", words)


def about_another_object(clause: str, at: int, until: int, sites_named: list[tuple[int, int]] = (),
                         own_kinds: frozenset[str] = frozenset()) -> bool:
    """A nature reserve, a road, a power plant... named next to the figure with no site word or "dont"
    between them: "six hectares dédiés à une réserve naturelle", "a 585 MW gas plant" (not "38 ha,
    dont 6 ha de réserve naturelle", nor "a gas plant, and the data centre will reach 400 MW"). Words
    right after one of our sites' names describe that site, the figure's subject, not another object:
    "E-Valley, l'ancienne base aérienne 103, s'étend sur 320 ha" (`sites_named`: spans in `clause`)."""
    for match in rules.OTHER_OBJECT.finditer(clause, max(0, at - 45), min(len(clause), until + 55)):
        if match.start() > until + 30:
            break
        if any(0 <= match.start() - end <= 35 and _DESCRIBES.fullmatch(clause, end, match.start())
               and not _AT_PLACE.search(clause, max(0, start - 4), start)  # « À Escaudain, une ferme solaire »: where
               or start <= match.start() < end for start, end in sites_named):
            continue  # (a word that names one of our sites, « les deux EPR2 », is no other object)
        if kind_stem(match.group()) in own_kinds and not _EACH.match(clause, until):
            continue  # the kind of a site the article names (`Article.own_kinds`), not a figure of each one
        if _where_aside(clause, match.start(), match.end(), at):
            continue  # "Le site, sur l'ancienne base aérienne, représentera 10 milliards": where the site is
        between = clause[match.end() : at] if match.end() <= at else clause[until : match.start()]
        between = _PLANT_OF_OBJECT.sub(" ", between)  # "a combined cycle power plant generating 585MW": the object's
        if match.start() < until and match.end() > at:
            return True
        if match.start() >= until and rules.LANDMARK_BEFORE.search(between):
            continue  # "400 MW, à côté de la centrale": the plant is where the site is, not what the figure measures
        if not rules.SITE_WORD.search(between) and not rules.PART_WORD.search(between):
            return True
    return False


_EACH = re.compile(r"\W*(?:chacune?|each|apiece|par (?:unite|reacteur|eolienne|batiment))\b")
_AT_PLACE = re.compile(r"(?<![a-z])(?:a|au|en|in|at)\s+$")
_PLANT_OF_OBJECT = re.compile(r"^\W*(?:power (?:plant|station)|centrale|plant|station)\b")
_WHERE = re.compile(r"\s*(?:sur|on|at|dans|in|pres d\w*|near|a cote d\w*|next to)\b")


def _where_aside(clause: str, start: int, end: int, at: int) -> bool:
    """The object stands in an aside between commas that says where the subject is, and the figure is
    outside it."""
    left, right = clause.rfind(",", 0, start), clause.find(",", end)
    return left >= 0 and right >= 0 and not left < at < right and bool(_WHERE.match(clause, left + 1))


OPERATOR_OF_FEW = 3  # sites: an operator of more (RTE's substations) is a partner, not a project
LOOK_BACK = 3  # sentences: how far back the place a figure's sentence leaves unsaid is looked for


def last_place_elsewhere(article, index: int, position: int) -> bool:
    """For a figure of no known site: the last place named before it (in its sentence or the few before)
    is not one of the region's ("À Mougins, Evroc construit… À terme, le centre disposera de 96 MW"),
    or, none being that near, the article names places elsewhere and none of ours. A project of the
    region the dataset does not know yet names no place elsewhere: it stays proposed. Only in an article
    that names none of our sites (their operators included: "Verkor … research stays in Grenoble. The
    first deliveries are planned for July 2025" is Verkor's; a grid or utility operator of many sites,
    "RTE", "EDF", names no project unless by a name or a commune)."""
    if any(len(m.weights) <= OPERATOR_OF_FEW or any(w in (NAME, COMMUNE) for _, w in m.weights) for m in article.mentions):
        return False
    for back in range(index, max(-1, index - LOOK_BACK - 1), -1):
        s_start, s_end = article.sentences[back]
        limit = position - s_start if back == index else s_end - s_start
        folded = article.folded[s_start:s_end]
        elsewhere = [end for start, end in article.places(folded)
                     if end <= limit and not rules.NATIONWIDE_PLACE.fullmatch(folded, start, end)]
        ours = [m.end - s_start for m in article.by_sentence.get(back, []) if m.is_place and m.end - s_start <= limit]
        if elsewhere or ours:
            return max(elsewhere, default=-1) > max(ours, default=-1)
    return any(start + p_end <= position and not rules.NATIONWIDE_PLACE.fullmatch(article.folded, start + p_start, start + p_end)
               for start, end in article.sentences for p_start, p_end in article.places(article.folded[start:end]))


def names_only_places_elsewhere(article) -> bool:
    """The article names places, France included, but not the region, one of its départements or towns,
    nor one of our sites by its name or commune: a figure of no known site in it is not a project of the
    region ("BSO has taken over a campus in France … 200MW in Q4 2026"). A paste that names no place at
    all is not judged."""
    def judged() -> bool:
        if rules.REGION_WORDS.search(fold(article.text)) or any(
                w in (NAME, COMMUNE) for m in article.mentions for _, w in m.weights):
            return False
        return any(article.places(article.folded[start:end]) for start, end in article.sentences)
    return article.once(("elsewhere only",), judged)


def elsewhere_nearer(article, sentence_folded: str, s_start: int, at: int, until: int, operators: bool = False,
                     clause: tuple[int, int] | None = None) -> bool:
    """True when the nearest place or scope to the figure, in its sentence (or its `clause`, when given:
    the places before a colon, « des 40 étudiés en France, en Espagne et en Italie, dit le communiqué : plus de
    150 hectares », are another clause's), is not one of ours."""
    places = article.places(sentence_folded)
    if clause is not None:
        places = tuple(p for p in places if clause[0] <= p[0] < clause[1])
    if not places:
        return False
    # Only places count as ours: an operator ("SoftBank ... 5 GW en France") does not say where; for a
    # status, the operator that announces is the subject ("SoftBank announced ... in France").
    ours = [(m.start - s_start, m.end - s_start) for m in article.by_sentence.get(article.sentence_of(s_start), [])
            if s_start <= m.start < s_start + len(sentence_folded) and (m.is_place or operators)]

    def distance(span: tuple[int, int]) -> int:
        return max(span[0] - until, at - span[1], 0)

    # A place inside a relative clause set off by commas describes its antecedent, not the figure outside it:
    # "Mobivia, qui compte 11 000 salariés en Europe, y a investi 6 millions d'euros".
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(sentence_folded) if not (m.start() <= at < m.end())]
    places = [p for p in places if not any(a <= p[0] < b for a, b in asides)]
    # A place after the figure that a comparison names is the compared thing's: "600 MW, more than any of France's
    # offshore wind farms", « 510 MW : la centrale la plus efficace de France, devant celles du Japon »
    places = [p for p in places if not (p[0] >= until and _COMPARED.search(sentence_folded, until, p[0]))]
    if not places:
        return False
    nearest_elsewhere = min(distance(p) for p in places)
    nearest_ours = min((distance(o) for o in ours), default=10**9)
    return nearest_elsewhere < nearest_ours


_COMPARED = re.compile(r"(?<![a-z])(?:more|less|bigger|larger|greater|plus|moins) (?:\w+ ){0,3}?(?:than|que|qu)(?![a-z])|"
                       r"(?<![a-z])(?:the|le|la|les) (?:most|plus|moins) \w+|(?<![a-z])(?:ahead of|devant|compared (?:with|to)|"
                       r"compare a|contre|against|unlike|like|comme)(?![a-z])")
_ASIDE = re.compile(r", (?:qui|which|who|dont|whose) [^,;:]*,")


def names_ours(mentions: list[EntityMention], start: int, end: int) -> bool:
    """One of the dataset's places is named between `start` and `end`."""
    return any(start <= m.start < end and m.is_place for m in mentions)


def date_of_a_figure(text: str, period: Mention, quantities: list[Mention]) -> bool:
    """A period right after another figure is that figure's horizon, not the project's commissioning:
    "24 GWh en 2030", "1,300 permanent jobs by 2030", "120 MW en production dès la fin 2026",
    "environ 2 000 emplois directs d'ici 2030", "about 2,500 people by 2030" (a count the reader takes
    as no quantity)."""
    for quantity in quantities:
        if 0 <= period.start - quantity.end <= 45:
            between = _PLACE_BETWEEN.sub(" ", text[quantity.end : period.start])  # "5,2 milliards à Dunkerque d'ici 2030"
            between = _EXPECTED.sub(" ", _JOB_WORDS.sub(" ", between))  # "une centaine d'emplois sont attendus d'ici 2029"
            between = _COMPLEMENT.sub(" ", between)  # « 40 gigawatts d'éolien en mer d'ici 2050 »: the figure's noun
            if _LINKING.fullmatch(between):
                return True
        # "À l'horizon 2030, il approchera … 3 500 emplois": a horizon opening its sentence, then what is reached
        after = text[period.end : quantity.start]
        if 0 <= quantity.start - period.end <= 70 and _OPENS_SENTENCE.search(text, max(0, period.start - 3), period.start) \
                and _REACHED.search(after) and "." not in after:
            return True
        if 0 <= quantity.start - period.end <= 40 and _CAPACITY_BETWEEN.fullmatch(after):
            return True  # « à l'horizon 2028-2030 une capacité totale de 24 GWh »
    return bool(_COUNT_BEFORE.search(text, max(0, period.start - 40), period.start)
                or _GROWTH_BEFORE.search(text, max(0, period.start - 40), period.start))


# A growth said as a multiple, then its horizon: « puis deux fois plus d'ici 2020 », 'twice as many by 2030',
# 'to double by 2028' (the count's date, no commissioning).
_GROWTH_BEFORE = re.compile(r"(?:\b(?:deux|trois|two|three) fois plus|\btwice as (?:many|much)|\b(?:to |will |doubler|"
                            r"tripler)?(?:double|triple)r?)(?:\s+(?:ce|cette|ces|son|sa|ses|le|la|les|its|the|this)\s+\w+)?"
                            r"(?:\s+(?:d['’ ]ici|by))?\s*$", re.IGNORECASE)  # « doubler ce volume d'ici fin 2026 »


_CAPACITY_BETWEEN = re.compile(r"\s*(?:une|un|a|an|la|le|the|sa|son|its)?\s*(?:capacite|capacité|capacity|puissance|power|"
                               r"production|effectif|workforce)(?:\s+\w+)?\s+(?:de|d['’]|of)\s*", re.IGNORECASE)
_EXPECTED = re.compile(r"\b(?:sont|seront|are|will be|should be)\s+(?:attendus?|prévus?|créés?|expected|created|planned)\b",
                       re.IGNORECASE)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n]\s*|^\s*)$")
_REACHED = re.compile(r"\b(?:atteindr\w*|approch\w*|compter\w*|comptera\w*|emploier\w*|emploiera\w*|accueillera\w*|ce sont|"
                      r"compte (?:creer|embaucher|recruter|atteindre)|prevoit de (?:creer|recruter)|plans to (?:create|hire)|"
                      r"ce seront|il y aura|there will be|"
                      r"représentera\w*|totalisera\w*|will (?:reach|employ|have|house|total)|should (?:reach|employ))\b",
                      re.IGNORECASE)


_PLACE_BETWEEN = re.compile(r"\s(?:à|a|au|en|in|at|into|dans|to)\s+[A-ZÀ-ÖØ-Ý][\w'’-]+(?:[- ][A-ZÀ-ÖØ-Ý][\w'’-]+)*")
_COMPLEMENT = re.compile(r"^\s*(?:d'|d’|de |of )\w+(?:\s\w+){0,2}\s", re.IGNORECASE)  # the figure's noun, three words
_JOB_WORDS = re.compile(r"\b(?:directs?|indirects?|permanents?|pérennes?|nouveaux|new|full-time|skilled|industriels?)\b",
                        re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d[\d\s.,]*\d?\s+(?:(?:de plus|more|supplémentaires|additional)\s+)?"
                           r"(?:people|personnes|employees|workers|staff|salariés|"
                           r"collaborateurs|tonnes|tons|kt|serveurs|servers|by|d'ici|en|in)?\s*(?:by|d'ici|en|in)?\s*$", re.IGNORECASE)


_LINKING = re.compile(r"[\s,]*(?:(?:en|in|de|d|of|au|a|à|par|per|an|year|production|operation|service)\s*){0,2}[\s,]*",
                      re.IGNORECASE)
_CLAUSE_SUBJECT = re.compile(r"[\s«\"“(]*(?:(?:while|tandis que|whereas|alors que|mais|but|et|and|;|:)\s+)?"
                             r"([A-ZÀ-ÖØ-Ý][\w&’'-]+(?:\s+[A-ZÀ-ÖØ-Ý][\w&’'-]+)*)")


def other_subject(text: str, mentions: list[EntityMention], sentence_start: int, start: int, end: int,
                  at: int | None = None) -> bool:
    """The figure's clause starts with a named subject that is not ours and names none of our sites
    (before the figure at `at`, when given): "…, while Schneider Electric builds a power-module plant
    with 500 jobs"."""
    if start == sentence_start:
        opening = _OPENING_ADVERBIAL.match(text, start, end)  # « À l'horizon 2025, Renault compte créer 700 emplois »
        if opening is None:
            return False  # a sentence's own subject may be a pronoun or an article: not judged here
        start = opening.end()
    match = _CLAUSE_SUBJECT.match(text, start, end)
    if not match or match.group(1).split()[0] in NOT_NAMES:
        return False
    if any(start <= m.start < (end if at is None else at) for m in mentions):
        return False
    return True


# A time or place phrase opening a sentence, before its subject: "In 2024, ", « À l'horizon 2025, ».
_OPENING_ADVERBIAL = re.compile(r"\W*(?:À l['’]horizon|A l['’]horizon|D['’]ici|En|In|By|Dès|Depuis|Since|Fin|End|Début|Mi)"
                                r"\b[^,.;:]{0,30},\s*")


SCOPE_REASONS = frozenset({"elsewhere", "national", "other_subject", "other_object"})


def reading(normalized) -> tuple | None:
    return (normalized.unit, normalized.value) if isinstance(normalized, Quantity) else None


def left_out_readings(excluded, lang: str, every_reason: bool = False) -> set[tuple]:
    """What the figures left out for their scope (or for any reason) read as: a headline repeating one
    says the same."""
    readings = set()
    for item in excluded:
        if every_reason or item.reason in SCOPE_REASONS:
            try:
                readings.add(reading(read_quantity(item.value, lang)))
            except (NormalizeError, ValueError):
                continue
    return readings - {None}


_FIGURE_LIKE = re.compile(r"\d[\d\s.,]*\s?(?:[A-Za-z€²%]{1,3}\b)?")
_NAME_WORD = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Ý][\w&’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Ý0-9][\w&’'-]*))*)")
_RUBRIC = re.compile(r"\s?:\s")  # « Électricité : … »: a headline's rubric
_PLACE = re.compile(r"(?:\bà|\bau|\bin|\bnear|\bprès de|\bsur la commune de|\bde)\s+([A-ZÀ-ÖØ-Ý][\w'’-]+(?:[- ][A-ZÀ-ÖØ-Ý][\w'’-]+)*)")


def proposed_name(text: str) -> str:
    """A name for a site the dataset does not know: "Projet <who>, <where>" from `text` (the figure's
    sentence and the one before); the reviewer edits it."""
    text = _FIGURE_LIKE.sub(lambda m: " " * len(m.group(0)), text)
    places = [m.group(1) for m in _PLACE.finditer(text) if m.group(1).split()[0] not in NOT_NAMES]
    names = []
    for match in _NAME_WORD.finditer(text):
        if _RUBRIC.match(text, match.end()) and not text[:match.start()].strip():
            continue  # a headline's rubric, « Électricité : … », « Saint-Quentin : … », is its theme, not who
        words = [w for w in match.group(1).split() if w not in NOT_NAMES]
        phrase = " ".join(words)
        if phrase and phrase not in places and not re.fullmatch(r"[\d\W]+", phrase):
            names.append(phrase)
    who = next((n for n in names if n not in places), "")
    where = places[-1] if places else ""
    return ", ".join(p for p in (f"Projet {who}".strip(), where) if p) if (who or where) else "Nouveau projet"


# A figure in a relative clause about a named company that is not ours: « l'ancienne Française de
# Mécanique, qui fabrique des moteurs depuis 50 ans et a compté jusqu'à 6 000 salariés ».
_RELATIVE = re.compile(r"([A-ZÀ-ÖØ-Ý][\w'’-]+(?:\s+(?:de|du|des|of|la|le|d['’])?\s*[A-ZÀ-ÖØ-Ý][\w'’-]+)*)\s*,?\s*"
                       r"(?:qui|which|who)\b[^,;:]*$")


def relative_to_another(text: str, mentions: list[EntityMention], sentence_start: int, at: int) -> bool:
    """The figure's words are a relative clause ("X, qui …") whose antecedent is a name none of our sites
    has (a neighbour, a former occupant)."""
    match = _RELATIVE.search(text, max(sentence_start, at - 160), at)
    if not match or match.group(1).split()[0] in NOT_NAMES or match.group(1).isupper():
        return False  # "un campus d'IA qui pourrait atteindre 1 GW": an acronym, no company
    return not any(match.start(1) <= m.start < at for m in mentions)


def loss_of_another(sentence_folded: str, at: int, until: int, others: list[tuple[int, int]]) -> bool:
    """Every job-loss word of the figure's sentence is nearer another count of jobs than this one: « Une
    centaine d'emplois sont attendus, après le licenciement de 863 salariés » (`others`: the sentence's
    other jobs figures, positions in the sentence)."""
    def distance(span: tuple[int, int], word) -> int:
        return max(word.start() - span[1], span[0] - word.end(), 0)
    losses = list(rules.JOB_LOSSES.finditer(sentence_folded))
    return bool(losses and others) and all(min(distance(o, w) for o in others) < distance((at, until), w) for w in losses)


# A condition on the project's approval by those who chose it is its ordinary path, not a hypothesis: "if
# it is approved, the campus could be operational by 2030", « si le projet est validé, la mise en service
# interviendra en 2028 » (the figure is kept, hedged: its mood lowers its confidence). A permit or a
# market stays a condition.
APPROVAL_IF = re.compile(r"(?<![a-z])(?:si|s il|s ils|if|once)\W+(?:\w+\W+){0,4}?(?:approuv\w*|valide\w*|retenue?s?|"
                         r"confirme\w*|autorise\w*|approved|validated|confirmed|granted|authori[sz]ed|given the green light|"
                         r"feu vert)")  # a permit stays a condition (tests/domain/test_intake.py: « Si le permis est accordé »)


# Jobs said of a territory, not of a site: "the northern region, which is expected to create around 20,000
# jobs", « 20 000 nouveaux emplois doivent être créés dans le Dunkerquois », « La région attend cinq
# gigafactories, qui devraient créer 20 000 emplois au total » (not "It will bring the region 2,000 jobs":
# the region receives the plant's jobs).
_TERRITORY = (r"(?:(?:la|the|notre|our|cette|this|du|le|dans le|in the|northern|southern)\s+(?:\w+\s+)?)?"
              r"(?:region|territoire|territory|bassin|dunkerquois|valenciennois|douaisis|arrageois|cambresis|"
              r"calaisis|bethunois|audomarois|area|ville|commune|town|city|agglomeration)(?![a-z])")
_TERRITORY_SUBJECT = re.compile(rf"(?:^\W*|(?<![a-z])){_TERRITORY}(?:\W*(?:which|qui|that)\b|\s+(?:attend|expects?|compte|"
                                rf"is|are|will|should|could|doit|devrait|va|pourrait|aims?|vise|has|have|touchera)\b)")
_HAS_OR_AIMS = re.compile(r"(?<![a-z])(?:compte|has|have|aims?|vise|touchera)$")
_CONSUMPTION_OF = re.compile(rf"(?<![a-z])(?:consommation|consumption|demande|demand|besoins?)\s+(?:\w+\s+)?"
                            rf"(?:de l|de la|du|des|of the|of)\s+{_TERRITORY}")
_TERRITORY_AFTER = re.compile(rf"\s+(?:\w+\s+){{0,4}}?(?:dans|in|sur|across)\s+{_TERRITORY}")


def territory_jobs(clause: str, at: int, until: int, names_a_site: bool, jobs: bool = True) -> bool:
    """The figure's clause (folded; the figure at `at`:`until` in it) makes a territory the subject of
    its figure (no site word between them: « La ville compte … 40 hectares de zones d'activité », 'The
    region aims for 10 GW'), or, for jobs, says they are created in it (and names no site,
    `names_a_site`, nor a site word before): the territory's figure."""
    if _CONSUMPTION_OF.search(clause, 0, at):
        return True  # « la consommation de l'agglomération devrait passer de 2,2 gigawatts à 4,5 »: the territory's demand
    subject = None
    for subject in _TERRITORY_SUBJECT.finditer(clause, 0, at):
        pass  # the last one before the figure
    if (subject is not None and not rules.SITE_WORD.search(clause, subject.end(), at)
            and (jobs or _HAS_OR_AIMS.search(subject.group(0)))):  # not « la commune pourrait céder un terrain de 30 ha »
        return True
    return (jobs and bool(_TERRITORY_AFTER.match(clause, until)) and not names_a_site  # "… grâce à l'implantation de ProLogium"
            and not rules.SITE_WORD.search(clause, 0, at))


# A total whose sentence names the site only as one of its parts: "Brookfield will invest €20bn in French AI
# infrastructure by 2030, including a 1GW campus in Cambrai", « 20 milliards d'euros, dont un campus à Cambrai ».
_PART_AFTER = re.compile(r"(?<![a-z])(?:including|among them|notamment|y compris|parmi lesquels)(?![a-z])")


def whole_of_a_part(article, index: int, at: int, until: int) -> bool:
    """The figure's sentence names our places only after a word that makes them part of the figure, the
    first within 80 characters of it (positions in the article; not « dont », which splits a figure:
    « 32 hectares en friche, dont la moitié bâtis : près de 5 % de la surface de Béthune »)."""
    s_start, s_end = article.sentences[index]
    ours = [m.start for m in article.by_sentence.get(index, []) if m.is_place]
    part = _PART_AFTER.search(article.folded, until, s_end)
    return (bool(ours) and part is not None and all(start > part.start() for start in ours)
            and min(ours) - part.end() <= 80)


# A count of sites or projects in the figure's clause makes it theirs together: « Le gouvernement a identifié
# 35 sites prêts à l'emploi pour 1 200 hectares », "eight data centers totalling 2 GW".
COUNTED_SITES = re.compile(r"(?<![a-z0-9])(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|"
                           r"eight|nine|ten|plusieurs|several)\s+(?!(?:hectares?|ha|acres?|mw|gw|megawatts?|gigawatts?|m2|"
                           r"metres?|meters?|square)\b)(?:\w+\s+){0,3}?(?:sites|projets|projects|campus|campuses|"
                           r"data ?cent\w*s|centres de donnees|gigafactories|usines|plants|factories)(?![a-z])")


# Money or power going to a kind of project in the plural is theirs together, not one site's: '€15 billion of
# it go to new data centres', « 10 milliards pour de nouveaux data centers » (not « pour le data center »).
_PLURAL_DETERMINER = r"(?:new|de nouveaux|nouveaux|des|several|plusieurs|more|other|d autres)\s+"
PLURAL_KIND = re.compile(r"\W*(?:[a-z]+\W+){0,3}?(?:(?:go(?:es)? to|for|into|pour|dans|to build|destines? a|consacres? a)\s+"
                         rf"(?:{_PLURAL_DETERMINER})?|a\s+{_PLURAL_DETERMINER})"
                         r"(?:data ?cent(?:er|re)s|datacent(?:er|re)s|centres de donnees|gigafactories|campuses|factories|"
                         r"plants|projects|projets|usines)(?![a-z])")


# A count of staff in the past tense is a former occupant's: « l'usine de pneus employait 863 salariés avant
# sa fermeture », "which employed 863 people until it closed", "a refinery once employed 1,500 workers".
_PAST_COUNT_BEFORE = re.compile(r"(?<![a-z])(?:employait|employaient|comptait|comptaient|faisai\w* (?:vivre|travailler)|"
                                r"exploitai\w*|occupai\w*|produisai\w*|louai\w*|used to (?:occupy|produce|run)|"
                                r"once employed|(?<!has )(?<!have )employed|used to employ|had employed|avait employe|"
                                r"a compte jusqu a)"
                                r"\W+(?:\w+\W+){0,2}$")
_PAST_COUNT_AFTER = re.compile(r"\W+(?:\w+\W+){0,2}?(?:until (?:it|its|the \w+) (?:closed|closure|shut)|"
                               r"avant (?:sa|leur|la) fermeture|before (?:it|its) (?:closed|closure|shut))")


def past_count(sentence_folded: str, at: int, until: int) -> bool:
    """The figure (a count of jobs, an area occupied, a power produced) is said in the past: the former
    occupant's, not the site's (« Le repreneur exploitait déjà 75 000 m2 de logistique dans l'usine »)."""
    return bool(_PAST_COUNT_BEFORE.search(sentence_folded, max(0, at - 40), at)
                or _PAST_COUNT_AFTER.match(sentence_folded, until))
