"""After every figure is read: the sentence-level and article-level passes over the candidates (a
figure "à terme" supersedes the steps before it, a headline or caption repeating the body follows the
body, one candidate per attribute, site and value)."""

from __future__ import annotations

import re

from dashboard.domain.intake import rules, scope
from dashboard.domain.intake.candidate import Candidate, Excluded, Scan, status_keyword
from dashboard.domain.intake.entities import fold
from dashboard.domain.normalize import Quantity


def superseded(text: str, candidates: list[Candidate], result: Scan) -> list[Candidate]:
    """In a sentence giving a figure "à terme" (at full capacity), the same site's other figures of
    the same attribute are steps on the way ("50 salariés fin 2025 et une centaine à terme")."""
    finals = {(c.sentence_start, c.attribute, c.entity_id) for c in candidates if c.final and c.normalized is not None}
    # "120 MW at the end of 2026 and full capacity at the end of 2027": the power and date before a final
    # date are a step on the way.
    final_dates = {(c.sentence_start, c.entity_id): c.start for c in candidates
                   if c.final and c.attribute == "commissioning"}
    kept = []
    for candidate in candidates:
        folded = fold(text[max(0, candidate.start - 30) : candidate.start])
        if rules.CURRENT_BEFORE.search(folded):  # "aujourd'hui 570 salariés": today's count, kept beside the target
            kept.append(candidate)
            continue
        if not candidate.final and (candidate.sentence_start, candidate.attribute, candidate.entity_id) in finals:
            if isinstance(candidate.normalized, Quantity):
                result.excluded.append(Excluded(candidate.value, candidate.start, candidate.end, "phase"))
                continue
        final_at = final_dates.get((candidate.sentence_start, candidate.entity_id))
        if (not candidate.final and final_at is not None and candidate.start < final_at
                and candidate.attribute in ("commissioning", "power")):
            result.excluded.append(Excluded(candidate.value, candidate.start, candidate.end, "phase"))
            continue
        kept.append(candidate)
    return kept


def headline_repeats(text: str, candidates: list[Candidate], result: Scan, lang: str) -> list[Candidate]:
    """A headline's figure that the body gives and leaves out (a pledge, another place) is left out too."""
    first_end = text.find("\n")
    left_out = scope.left_out_readings([e for e in result.excluded if e.start > first_end], lang) if first_end > 0 else set()
    kept = []
    for candidate in candidates:
        if candidate.end <= first_end and scope.reading(candidate.normalized) in left_out:
            result.excluded.append(Excluded(candidate.value, candidate.start, candidate.end, "headline_of_excluded"))
            continue
        kept.append(candidate)
    return kept


def body_repeats(text: str, candidates: list[Candidate], result: Scan) -> list[Candidate]:
    """A headline's or a caption's figure that the body gives too is the body's: the body says whose it
    is ("… et 200 emplois sur l'ancien site Bridgestone" above "Mobivia et Black-Star … 200 emplois": the
    tenant's, not the host site's). Dropped unless every body occurrence is held."""
    first_end = text.find("\n")
    headings = _intertitles(text)
    in_body = {id(c) for c in candidates if c.start > first_end and not c.in_caption
               and not any(a <= c.start < b for a, b in headings)}
    key = lambda c: (c.attribute, scope.reading(c.normalized) or status_keyword(c) or c.normalized)  # noqa: E731
    body = {key(c) for c in candidates if id(c) in in_body and not c.held}
    body |= {(c.attribute, (c.normalized.unit, c.normalized.high)) for c in candidates  # "2,000 jobs" above "1,400 to 2,000"
             if id(c) in in_body and not c.held and getattr(c.normalized, "high", None) is not None}
    repeats = [c for c in candidates if first_end > 0 and id(c) not in in_body and key(c) in body]
    result.excluded += [Excluded(c.value, c.start, c.end, "repeats_the_body") for c in repeats]
    return [c for c in candidates if c not in repeats]


def _intertitles(text: str) -> list[tuple[int, int]]:
    """The lines after the headline that are intertitles: short, no closing punctuation ("Une cinquantaine
    d'emplois" between two paragraphs). Like a headline, they repeat the body."""
    spans, at = [], text.find("\n") + 1
    for line in text[at:].split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= 70 and not re.search(r"[.!?:;»\"”)]\s*$", stripped):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


_DETERMINER_BEFORE = re.compile(r"(?<![a-z])(?:the|this|these|those|les|ces|ce|cette)\s+$")


def anaphora(text: str, candidates: list[Candidate], result: Scan, lang: str) -> list[Candidate]:
    """A quantity written with a determiner refers back to the same quantity said before ("a €1.5bn
    grant … the €1.5bn arrives in stages", "to spend €20 billion in France … How the €20 billion
    divide"): when that one was left out, so is this one."""
    folded = fold(text)
    kept = []
    for candidate in candidates:
        if isinstance(candidate.normalized, Quantity) and _DETERMINER_BEFORE.search(
                folded, max(0, candidate.start - 8), candidate.start):
            earlier = [e for e in result.excluded if e.end <= candidate.start]
            if scope.reading(candidate.normalized) in scope.left_out_readings(earlier, lang, every_reason=True):
                result.excluded.append(Excluded(candidate.value, candidate.start, candidate.end, "refers_to_excluded"))
                continue
        kept.append(candidate)
    return kept


def _bound(candidate: Candidate) -> bool:
    """The figure is a bound or a range ("plus de 5 milliards", "jusqu'à 700 MW"): it says more than
    the bare number."""
    return getattr(candidate.normalized, "qualifier", None) in ("at_most", "at_least", "range")


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per (attribute, entity, value): a figure repeated in a caption or a headline
    counts once; the body's occurrence is kept. A project the dataset does not know is one entity: its
    proposed name is guessed from each sentence's words (« Projet Nord », « Projet Début » for one plant)."""
    kept: dict[tuple, Candidate] = {}
    for candidate in sorted(candidates, key=lambda c: (c.in_caption, c.start)):
        entity = candidate.entity_id
        normalized = candidate.normalized if candidate.normalized is not None else status_keyword(candidate)
        if isinstance(normalized, Quantity):  # "500 emplois" (headline) and "quelque 500 emplois" (body)
            normalized = (normalized.unit, normalized.value)
        key = (candidate.attribute, entity, normalized)
        if key not in kept or (_bound(candidate) and not _bound(kept[key])):
            kept[key] = candidate  # "5 milliards" (headline) and "plus de 5 milliards" (body): the bound is kept
    return sorted(kept.values(), key=lambda c: c.start)
