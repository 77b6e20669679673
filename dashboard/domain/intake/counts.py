"""What a count of people is: the jobs of a project, or another count beside them. A construction
site's workforce, a count to date on the way to a target, and a total that adds the indirect jobs to
the direct ones are not the project's jobs (the direct count, the target, are). On the folded text."""

from __future__ import annotations

import re

from dashboard.domain.intake import rules
from dashboard.domain.intake.candidate import Candidate, Excluded, Scan
from dashboard.domain.intake.entities import fold
from dashboard.domain.intake.figures import Mention
from dashboard.domain.intake.rules import _words
from dashboard.domain.normalize import Quantity

# People hired or working to build the plant, or on its construction site: « de 8000 à 12000 personnes
# seront embauchées pour bâtir les réacteurs », 'up to 3,000 workers during construction', « au pic du
# chantier ». Looked for right after the count, or right before it.
CONSTRUCTION_AFTER = _words(
    r"pour (?:batir|construire|edifier|realiser)", r"to build", r"(?:sur|du|au pic du) (?:le )?chantier",
    r"(?:during|for) (?:the )?(?:construction|works|build)", r"pendant (?:les travaux|le chantier|la construction)",
    r"construction (?:workers|workforce|jobs|phase)", r"on the construction site", r"at the (?:peak|height) of (?:the )?construction")
CONSTRUCTION_BEFORE = _words(r"(?:le |au )?(?:pic du )?chantier (?:\w+ ){0,2}(?:mobiliser\w*|employer\w*|necessiter\w*)",
                                   r"construction (?:workforce|workers|jobs)", r"emplois? (?:du|de) chantier",
                                   r"(?:during|for) (?:the )?construction", r"pendant (?:les travaux|le chantier|la construction)")


def construction_workforce(sentence_folded: str, at: int, until: int) -> bool:
    """The count at [at, until) of its sentence is the construction's workforce (the words before it
    are read back to the last comma or figure: "… during construction, and the plant will employ 1,200
    people" is the plant's)."""
    before = max([at - 60, *(m.end() for m in _COMMA_OR_FIGURE.finditer(sentence_folded, max(0, at - 60), at))])
    return bool(CONSTRUCTION_AFTER.search(sentence_folded, until, until + 60)
                or CONSTRUCTION_BEFORE.search(sentence_folded, max(0, before), at))


_COMMA_OR_FIGURE = re.compile(r"[,;]|\d(?=\D)")

# What a work supplies or serves is no count of its own: « la ligne alimente 530 communes, soit 220 000 emplois »,
# 'the substation serves 40,000 homes and 9,000 jobs'.
_SERVED_BEFORE = _words(r"aliment(?:e|ent|era|eront)", r"desser(?:t|vent|vira|viront)", r"suppl(?:y|ies)", r"serves?",
                        r"powers?")


_EMPLOYS = _words(r"employ\w*", r"emploie\w*", r"embauch\w*", r"recrut\w*", r"cree\w*", r"creer\w*", r"hir\w*", r"creat\w*",
                  r"compt\w*", r"accueill\w*")


_SERVED_OBJECT = _words(r"communes", r"foyers", r"menages", r"habitants", r"logements", r"villes", r"homes", r"households",
                        r"residents", r"towns", r"cities")


def served(sentence_folded: str, at: int) -> bool:
    """The count at `at` is what its subject supplies or serves (the verb within 90 characters before it, and
    the towns or homes served between; no verb of employing between: 'the plant supplies Renault and will
    employ 1,000 people' is its jobs)."""
    verb = None
    for verb in _SERVED_BEFORE.finditer(sentence_folded, max(0, at - 90), at):
        pass
    return (verb is not None and bool(_SERVED_OBJECT.search(sentence_folded, verb.end(), at))
            and not _EMPLOYS.search(sentence_folded, verb.end(), at))


# People present on site each day are no count of jobs (the labelling conventions): « plus de 2 000 personnes y
# seraient présentes chaque jour », « 2.000 salariés présents quotidiennement », 'on site every day'.
_PRESENT_AFTER = _words(r"(?:\w+ ){0,2}present(?:e|s|es)? (?:\w+ )?(?:quotidiennement|chaque jour|tous les jours|au quotidien|"
                        r"every day|each day|daily)", r"(?:\w+ ){0,2}on site (?:every|each) day")


def present_each_day(sentence_folded: str, until: int) -> bool:
    """The count ending at `until` is of people present on site each day (said right after it)."""
    return bool(_PRESENT_AFTER.match(sentence_folded, until + 1)) and sentence_folded[until : until + 1] == " "


# « Poste » is also a substation: an article that speaks of « un poste électrique », « le poste source », « un
# poste de 400 000 volts » counts substations in « les deux postes », unless the sentence speaks of hiring.
_SUBSTATION = re.compile(r"(?<![a-z])postes? (?:electriques?|sources?|de transformation|(?:a |de )?(?:tres )?haute tension|"
                         r"(?:de )?\d[\d ]*(?:volts|kv)|rte)(?![a-z])")
_POSTES = re.compile(r"(?<![a-z])postes?$")
_HIRING = _words(r"cree\w*", r"creation", r"recrut\w*", r"embauch\w*", r"emplois?", r"a pourvoir", r"salaries", r"cdi",
                 r"de travail", r"ouverts", r"compt\w*", r"employ\w*", r"emploie\w*")


def counts_substations(article_folded: str, sentence_folded: str, value: str) -> bool:
    """The count (`value`, as written) is of « postes » in an article where a « poste » is a substation,
    and its sentence says nothing of hiring: « la ligne reliera les deux postes » counts no jobs."""
    return bool(_POSTES.search(fold(value).strip()) and _SUBSTATION.search(article_folded)
                and not _HIRING.search(sentence_folded) and _FEW.match(fold(value).strip()))


_FEW = re.compile(r"(?:les |des |ces )?(?:deux|trois|quatre|cinq|[2-9]|1[0-9]) ")  # substations are counted by the few


# A count reached so far: 'has created 650 jobs', '650 jobs so far', « a déjà créé 300 emplois », « à ce jour »
# (not « elle compte aujourd'hui 570 salariés »: today's staff, kept beside the target, rules.CURRENT_BEFORE).
_TO_DATE_BEFORE = re.compile(r"(?<![a-z])(?:(?:has|have|a|ont) (?:already |deja )?(?:created|cree)\W+|"
                             r"(?:so far|to date|a ce jour|jusqu ici)\W+(?:\w+\W+){0,4})$")
_TO_DATE_AFTER = re.compile(r"\W*(?:\w+\W+)?(?:so far|to date|a ce jour|jusqu ici|jusqu a present|pour l instant|aujourd hui|"
                            r"today|currently|actuellement)(?![a-z])")
# … and a target said after it in its sentence: "…; the company says the count should reach 1,000"
_TARGET_AFTER = re.compile(r"(?<![a-z])(?:(?:should|will|to|could) (?:reach|rise to|grow to|climb to|increase to)|"
                           r"(?:devrait|doit|va|pourrait|devraient|doivent|vont) (?:atteindre|passer a|monter a|grimper a))"
                           r"\W+(?:\w+\W+){0,2}?\d|"
                           # … or a whole said with its unit left out: « 250 emplois aujourd'hui, … et 2 000 à terme »
                           r"\d\s+(?:a terme|eventually|ultimately|in the long run|at full capacity|a pleine capacite)(?![a-z])")
ROUNDING = 0.1  # a headline rounds: '4 000 emplois' for 1 200 direct and 3 000 indirect


def _value(mention) -> float | None:
    normalized = getattr(mention, "normalized", None)
    if isinstance(normalized, Quantity) and normalized.unit == "jobs":
        return normalized.high if normalized.high is not None else normalized.value
    return None


def _to_date(folded: str, candidate: Candidate) -> bool:
    return bool(_TO_DATE_BEFORE.search(folded, max(0, candidate.start - 50), candidate.start)
                or _TO_DATE_AFTER.match(folded, candidate.end))


# An indirect count whose unit is left out after a direct one: « 1.300 emplois directs et 400 indirects ».
_INDIRECT_BARE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ .,]\d{3})+|\d+)\s+indirect")


def _indirect_bare(folded: str) -> set[float]:
    return {float(re.sub(r"[ .,](?=\d{3}\b)", "", m.group(1))) for m in _INDIRECT_BARE.finditer(folded)
            if re.fullmatch(r"\d+", re.sub(r"[ .,](?=\d{3}\b)", "", m.group(1)))}


def _direct_or_indirect(folded: str, mention: Mention) -> str:
    own = folded[mention.start : mention.end + 14]
    return "indirect" if rules.INDIRECT.search(own) else "direct" if "direct" in own else ""


def left_out(text: str, candidates: list[Candidate], quantities: list[Mention], result: Scan) -> list[Candidate]:
    """The article's jobs candidates without the counts to date on the way to a larger count of the same
    site ('650 jobs so far … 1,000 people as output rises'; or the same count left out as a step) and
    without a total equal to a direct count plus an indirect one it gives ('4 000 emplois' above '1 200
    emplois directs … 3 000 emplois indirects')."""
    folded = fold(text)
    jobs = [(m, _value(m)) for m in quantities if _value(m) is not None]
    steps = {_value(m) for m in quantities if _value(m) is not None and any(
        e.start == m.start and e.reason == "phase" for e in result.excluded)}
    direct = {v for m, v in jobs if _direct_or_indirect(folded, m) == "direct"}
    indirect = {v for m, v in jobs if _direct_or_indirect(folded, m) == "indirect"} | _indirect_bare(folded)
    kept = []
    for candidate in candidates:
        value = _value(candidate)
        sentence_end = candidate.sentence_start + len(candidate.sentence)
        if value is not None and _to_date(folded, candidate) and (value in steps or _TARGET_AFTER.search(
                folded, candidate.end, sentence_end) or any(
                (_value(c) or 0) > value and c.entity_id == candidate.entity_id and not c.held for c in candidates)):
            result.excluded.append(Excluded(candidate.value, candidate.start, candidate.end, "count_to_date"))
            steps.add(value)  # the summary's 'has created 650 jobs' after the body's '650 people so far'
            continue
        if value is not None and (rules.DIRECT_AND_INDIRECT.match(folded, candidate.end + 1) or (
                "direct" not in folded[candidate.start : candidate.end + 14] and any(
                abs(d + i - value) <= ROUNDING * value for d in direct for i in indirect))):
            # a total of two kinds: « quelque 4 000 emplois directs et indirects », or the sum of the two counts
            result.excluded.append(Excluded(candidate.value, candidate.start, candidate.end, "direct_and_indirect"))
            continue
        kept.append(candidate)
    return kept
