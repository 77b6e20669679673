"""`extract_facts`: from an article's text to the candidate facts an analyst would review.

One pass: sentences; figures (normalizer grammar); entity mentions (fuzzy); then per figure its
attribute (unit + nearby words), the analyst's exclusions, its entity (mentions in the sentence and
its neighbours, nearer ones weigh more), its as-of date and a confidence. Figures left out are kept
with their reason (`scan(...).excluded`) so a reviewer, or a test, can see why.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from dashboard.domain.intake import rules
from dashboard.domain.intake.entities import EntityIndex, EntityMention, entity_index, fold
from dashboard.domain.intake.figures import Mention, find_periods, find_quantities, is_bare_year
from dashboard.domain.normalize import Period, Quantity

LANGS = ("fr", "en")
ENTITY_THRESHOLD = 1.0  # a commune named once in the sentence (1.5) passes; a mention two sentences back does not
_QUANTITY_ATTRIBUTE = {"EUR": "investment", "MW": "power", "jobs": "jobs"}
_TYPE_WORDS = {
    "data_center": re.compile(r"data ?cent|datacent|centres? de donnees|campus (?:ia|ai)|ai campus|hyperscal|gpu"),
    "battery": re.compile(r"gigafactor|batteries|cellules|cells"),
    "recycling": re.compile(r"recycl"),
}


@dataclass(frozen=True)
class Candidate:
    """A figure the article gives, ready for review.

    `value` is the article's own words (`text[start:end]`); `normalized` what the normalizer reads
    (None for a status); `entity_id` an existing site or None (then `proposed_name` suggests one);
    `entity_hint` the words that named the site; `as_of` YYYY-MM-DD (or the publication's own
    precision), None when neither the article nor the sentence gives a date.
    """

    attribute: str
    value: str
    normalized: Quantity | Period | None
    entity_id: str | None
    entity_hint: str
    as_of: str | None
    start: int
    end: int
    sentence: str
    confidence: float
    proposed_name: str | None = None
    sentence_start: int = 0
    in_caption: bool = False


@dataclass(frozen=True)
class Excluded:
    value: str
    start: int
    end: int
    reason: str  # currency, energy, unit_cost, history, conditional, elsewhere, job_losses, not_investment...


@dataclass
class Scan:
    candidates: list[Candidate] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)


class _Article:
    """The text, its sentences and entity mentions, folded once."""

    def __init__(self, text: str, index: EntityIndex | None):
        self.text = text
        self.folded = rules.masked(fold(text))
        self.sentences = rules.sentences(text)
        self.starts = [s for s, _ in self.sentences]
        self.mentions = index.find(text) if index is not None else []
        self.entities = index.entities if index is not None else {}
        self.by_sentence: dict[int, list[EntityMention]] = defaultdict(list)
        for mention in self.mentions:
            self.by_sentence[self.sentence_of(mention.start)].append(mention)
        head = self.folded[: min(len(text), 600)]
        self.topic_types = {kind for kind, words in _TYPE_WORDS.items() if words.search(head)}

    def sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.starts, position) - 1)


def scan(text: str, *, lang: str, published: dt.date | None = None, sites: pd.DataFrame | None = None) -> Scan:
    """Candidates and the figures left out (with their reason). `sites`: the dataset's sites table."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"published must be a datetime.date or None, not {type(published).__name__}")
    article = _Article(text, entity_index(sites) if sites is not None else None)
    result = Scan()
    quantities = find_quantities(text, lang)
    periods = [p for p in find_periods(text, lang) if not any(_overlaps(p, q) for q in quantities)]
    for mention in sorted(quantities + periods, key=lambda m: m.start):
        _consider(article, mention, periods, lang, published, result)
    _statuses(article, published, result)
    result.candidates = _dedupe(result.candidates)
    return result


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _consider(article: _Article, mention: Mention, periods: list[Mention], lang: str, published, result: Scan) -> None:
    def exclude(reason: str) -> None:
        result.excluded.append(Excluded(mention.value, mention.start, mention.end, reason))

    if mention.refused:
        return exclude(mention.refused)
    index = article.sentence_of(mention.start)
    s_start, s_end = article.sentences[index]
    sentence_folded = article.folded[s_start:s_end]
    at, until = mention.start - s_start, mention.end - s_start
    c_start, c_end = rules.clause_around(sentence_folded, at, until)
    clause = sentence_folded[c_start:c_end]
    own = sentence_folded[at:until]
    clause_without_figure = clause.replace(own, " " * len(own), 1)

    attribute = _attribute(mention, sentence_folded, clause, at)
    if attribute is None:
        if not mention.is_period:
            exclude("no_attribute")
        return None
    if attribute.startswith("!"):
        return exclude(attribute[1:])
    if rules.UNIT_COST.match(sentence_folded[until : until + 30]):
        return exclude("unit_cost")
    if rules.CONDITIONAL.search(clause) or rules.CONDITIONAL.search(sentence_folded[:at]) and "oui mais" in sentence_folded:
        return exclude("conditional")
    if rules.is_history(clause_without_figure, published):
        return exclude("history")
    if _elsewhere(article, sentence_folded, s_start, at, until):
        return exclude("elsewhere")

    entity_id, hint, score, runner_up = _entity(article, index, mention.start, attribute)
    sentence = article.text[s_start:s_end]
    skip = [(p.start - s_start, p.end - s_start) for p in periods if s_start <= p.start < s_end] + [(at, until)]
    if mention.is_period:
        as_of = _published_text(published)
    else:
        as_of = rules.event_date(sentence_folded, published, skip) or _published_text(published)
    confidence = 0.9 if attribute in ("investment", "power", "jobs") else 0.75
    if mention.is_period and is_bare_year(mention.value):
        confidence -= 0.15
    if rules.HEDGED_MOOD.search(clause):
        confidence -= 0.25
    if entity_id is None:
        confidence -= 0.15
    elif runner_up >= 0.9 * score:
        confidence -= 0.2  # two sites fit almost as well
    caption = rules.is_caption(sentence)
    result.candidates.append(
        Candidate(
            attribute=attribute,
            value=mention.value,
            normalized=mention.normalized,
            entity_id=entity_id,
            entity_hint=hint,
            as_of=as_of,
            start=mention.start,
            end=mention.end,
            sentence=sentence,
            confidence=round(max(0.05, min(1.0, confidence - (0.2 if caption else 0))), 2),
            proposed_name=None if entity_id else _proposed_name(article, index),
            sentence_start=s_start,
            in_caption=caption,
        )
    )
    return None


def _attribute(mention: Mention, sentence_folded: str, clause: str, at: int) -> str | None:
    """The attribute, None when the figure has none, or "!reason" when the rules leave it out."""
    if mention.is_period:
        return rules.commissioning_or_announced(sentence_folded, at, fold(mention.value))
    quantity = mention.normalized
    unit = quantity.unit
    if unit == "EUR":
        return "!not_investment" if rules.NOT_INVESTMENT.search(clause) else "investment"
    if unit == "jobs":
        return "!job_losses" if rules.JOB_LOSSES.search(clause) else "jobs"
    if unit == "MW":
        return "power"
    if unit == "m2":
        written = fold(mention.value)
        if re.search(r"\b(?:ha|hectares?|km)\b|km2|km²", written) or rules.LAND.search(clause):
            return "land_area"
        return "floor_area"
    if unit == "ratio":
        return "occupancy" if rules.OCCUPANCY.search(clause) else None
    return None


def _elsewhere(article: _Article, sentence_folded: str, s_start: int, at: int, until: int) -> bool:
    """True when the nearest place or scope to the figure, in its sentence, is not one of ours."""
    places = [(m.start(), m.end()) for m in rules.ELSEWHERE.finditer(sentence_folded)]
    if not places:
        return False
    ours = [(m.start - s_start, m.end - s_start) for m in article.mentions if s_start <= m.start < s_start + len(sentence_folded)]

    def distance(span: tuple[int, int]) -> int:
        return max(span[0] - until, at - span[1], 0)

    nearest_elsewhere = min(distance(p) for p in places)
    nearest_ours = min((distance(o) for o in ours), default=10**9)
    return nearest_elsewhere < nearest_ours


def _entity(article: _Article, index: int, position: int, attribute: str) -> tuple[str | None, str, float, float]:
    """(entity id or None, the words that named it, its score, the runner-up's score)."""
    totals: dict[str, float] = defaultdict(float)
    best_words: dict[str, tuple[float, str]] = {}
    for offset, factor in ((0, 1.0), (-1, 0.6), (-2, 0.3), (1, 0.3)):
        for mention in article.by_sentence.get(index + offset, []):
            closeness = 1.0 + 1.0 / (1.0 + abs(mention.start - position) / 40.0) if offset == 0 else 1.0
            for site_id, strength in mention.weights:
                weight = strength * factor * closeness
                totals[site_id] += weight
                if weight > best_words.get(site_id, (0.0, ""))[0]:
                    best_words[site_id] = (weight, mention.text)
    for mention in article.mentions:  # the article's topic, lightly
        for site_id, strength in mention.weights:
            totals[site_id] += 0.1 * strength
            best_words.setdefault(site_id, (0.0, mention.text))
    if not totals:
        return None, "", 0.0, 0.0
    s_start, s_end = article.sentences[index]
    nearby = article.folded[article.sentences[max(0, index - 1)][0] : s_end]
    types = {kind for kind, words in _TYPE_WORDS.items() if words.search(nearby)} | article.topic_types
    for site_id in totals:
        kind = article.entities[site_id].project_type
        if attribute == "occupancy":
            totals[site_id] *= 2.0 if kind == "industrial_site" else 0.4
        elif kind in types:
            totals[site_id] *= 1.5
        if kind == "region":
            totals[site_id] *= 0.5  # a region-wide figure must name the region plainly
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    (best, score), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
    if score < ENTITY_THRESHOLD:
        return None, best_words.get(best, (0, ""))[1], score, runner_up
    return best, best_words[best][1], score, runner_up


_NAME_WORD = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Ý][\w&’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Ý0-9][\w&’'-]*))*)")
_PLACE = re.compile(r"(?:\bà|\bau|\bin|\bnear|\bprès de|\bsur la commune de|\bde)\s+([A-ZÀ-ÖØ-Ý][\w'’-]+(?:[- ][A-ZÀ-ÖØ-Ý][\w'’-]+)*)")
_NOT_NAMES = frozenset("""Le La Les L Un Une Des Du De Ce Cette Ces Il Elle Ils Elles On Selon Pour Dans Avec Sur En Et
    Mais Au Aux À The A An In On For With By Of And But This That It Its Their Data Center Centre Campus Projet
    Project Photo Mardi Lundi Mercredi Jeudi Vendredi Samedi Dimanche""".split())


def _proposed_name(article: _Article, index: int) -> str:
    """A name for a site the dataset does not know: "Data center <who>, <where>" from the sentence
    and the one before; the reviewer edits it."""
    start = article.sentences[max(0, index - 1)][0]
    text = article.text[start : article.sentences[index][1]]
    places = [m.group(1) for m in _PLACE.finditer(text) if m.group(1).split()[0] not in _NOT_NAMES]
    names = []
    for match in _NAME_WORD.finditer(text):
        words = [w for w in match.group(1).split() if w not in _NOT_NAMES]
        phrase = " ".join(words)
        if phrase and phrase not in places and not re.fullmatch(r"[\d\W]+", phrase) and match.start() > 0:
            names.append(phrase)
    who = next((n for n in names if n not in places), "")
    where = places[-1] if places else ""
    return ", ".join(p for p in (f"Projet {who}".strip(), where) if p) if (who or where) else "Nouveau projet"


def _published_text(published: dt.date | None) -> str | None:
    return published.isoformat() if published else None


def _statuses(article: _Article, published, result: Scan) -> None:
    for index, (s_start, s_end) in enumerate(article.sentences):
        sentence_folded = article.folded[s_start:s_end]
        if rules.CONDITIONAL.search(sentence_folded) or rules.HEDGED_MOOD.search(sentence_folded):
            continue
        for status, pattern in rules.STATUS_WORDS:
            match = pattern.search(sentence_folded)
            if not match:
                continue
            if _elsewhere(article, sentence_folded, s_start, match.start(), match.end()):
                break
            entity_id, hint, score, runner_up = _entity(article, index, s_start + match.start(), "status")
            as_of = rules.event_date(sentence_folded, published, []) or _published_text(published)
            confidence = (0.5 if status == "announced" else 0.7) - (0.15 if entity_id is None else 0)
            sentence = article.text[s_start:s_end]
            result.candidates.append(
                Candidate(
                    attribute="status",
                    value=article.text[s_start + match.start() : s_start + match.end()],
                    normalized=None,
                    entity_id=entity_id,
                    entity_hint=hint,
                    as_of=as_of,
                    start=s_start + match.start(),
                    end=s_start + match.end(),
                    sentence=sentence,
                    confidence=confidence,
                    proposed_name=None if entity_id else _proposed_name(article, index),
                    sentence_start=s_start,
                    in_caption=rules.is_caption(sentence),
                )
            )
            break


def status_keyword(candidate: Candidate) -> str | None:
    """The status a status candidate stands for ("inauguré" -> "operational")."""
    folded = fold(candidate.value)
    return next((status for status, pattern in rules.STATUS_WORDS if pattern.search(folded)), None)


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per (attribute, entity, value): a figure repeated in a caption or a headline
    counts once; the body's occurrence is kept."""
    kept: dict[tuple, Candidate] = {}
    for candidate in sorted(candidates, key=lambda c: (c.in_caption, c.start)):
        entity = candidate.entity_id or candidate.proposed_name
        normalized = candidate.normalized if candidate.normalized is not None else status_keyword(candidate)
        key = (candidate.attribute, entity, normalized)
        if key not in kept:
            kept[key] = candidate
    return sorted(kept.values(), key=lambda c: c.start)
