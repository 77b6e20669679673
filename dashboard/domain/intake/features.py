"""What the learned stage (`learned`) reads of a figure and of a (figure, site) pair: the rules' verdicts
and cheap, general features (position, distances, the words around), as {feature name: value}.

Every figure the rules considered is a `Figure`, also those they left out or held, with their verdict;
a figure whose attribute the unit leaves open (an area: land or floor; a date: commissioning or
announced) is one `Figure` per attribute. Its candidate sites are every site the article names (a
region or a département takes no figure) and None (no site of ours). No feature names an article or a
site: only kinds (the site's project type), the rules' words for a reason, and folded words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from dashboard.domain.intake import attach, statuses
from dashboard.domain.intake.article import Article
from dashboard.domain.intake.candidate import Candidate, Scan
from dashboard.domain.intake.entities import COMMUNE, HOSTED, NAME, OPERATOR
from dashboard.domain.intake.figures import is_bare_year
from dashboard.domain.normalize import Period

_UNIT_ATTRIBUTES = {"EUR": ("investment",), "MW": ("power",), "jobs": ("jobs",), "m2": ("land_area", "floor_area"),
                    "ratio": ("occupancy",)}
_PERIOD_ATTRIBUTES = ("commissioning", "announced")
_STRENGTHS = {NAME: "name", OPERATOR: "operator", COMMUNE: "commune", HOSTED: "hosted"}
_WORD = re.compile(r"[a-z]{2,}|\d+")
WINDOW = 6  # words each side of a figure
FAR = 400  # characters: a site named further from the figure than this is far (its distance feature saturates)


@dataclass(frozen=True)
class Figure:
    """A figure the rules considered, with one attribute, and what the rules made of it."""

    start: int
    end: int
    value: str
    normalized: object
    attribute: str
    index: int  # its sentence
    verdict: str  # "kept", "held:<reason>", "excluded:<reason>", "other_attribute" or "silent" (left out unsaid)
    rules: tuple[Candidate, ...]  # the rules' candidates for it with this attribute (one per site they gave it)


def figures_of(result: Scan) -> list[Figure]:
    """Every figure the rules considered (quantities, dates, statuses), one per attribute it may have."""
    article: Article = result.article
    kept: dict[tuple[int, str], list[Candidate]] = {}
    for candidate in result.candidates:
        kept.setdefault((candidate.start, candidate.attribute), []).append(candidate)
    attributes_at = {candidate.start: candidate.attribute for candidate in result.candidates}
    left_out = {excluded.start: excluded.reason for excluded in result.excluded}
    found = []
    for mention in result.figures:
        if mention.refused or mention.normalized is None:
            continue  # another currency, energy: never a seed's figure
        unit = getattr(mention.normalized, "unit", None)
        for attribute in _PERIOD_ATTRIBUTES if mention.is_period else _UNIT_ATTRIBUTES.get(unit, ()):
            found.append(_figure(article, mention.start, mention.end, mention.value, mention.normalized, attribute,
                                 kept, attributes_at, left_out))
    for index, (s_start, s_end) in enumerate(article.sentences):
        for _, match, _ in statuses.said(article, index, article.folded[s_start:s_end]):
            start, end = s_start + match.start(), s_start + match.end()
            found.append(_figure(article, start, end, article.text[start:end], None, "status", kept, attributes_at, left_out))
    return found


def _figure(article: Article, start, end, value, normalized, attribute, kept, attributes_at, left_out) -> Figure:
    rules_candidates = tuple(kept.get((start, attribute), ()))
    if rules_candidates:
        held = [c.held for c in rules_candidates if c.held]
        verdict = "kept" if len(held) < len(rules_candidates) else f"held:{held[0]}"
    elif start in attributes_at:
        verdict = "other_attribute"
    elif start in left_out:
        verdict = f"excluded:{left_out[start]}"
    else:
        verdict = "silent"
    return Figure(start, end, value, normalized, attribute, article.sentence_of(start), verdict, rules_candidates)


def sites_of(article: Article, figures: list[Figure]) -> list[str]:
    """The sites a figure of the article may go to: every site it names or the rules chose, sorted."""
    named = {site_id for site_id in article.topic if site_id in article.entities and not article.takes_no_figure(site_id)}
    named |= {c.entity_id for f in figures for c in f.rules if c.entity_id is not None}
    return sorted(named)


def _words(folded: str) -> list[str]:
    return _WORD.findall(folded)


def figure_features(article: Article, figure: Figure, lang: str, sites: list[str]) -> dict[str, float]:
    """What the figure is and where it stands, the rules' verdict, and the words around it."""
    s_start, s_end = article.sentences[figure.index]
    kind = figure.verdict.split(":")[0]
    features = {f"attr={figure.attribute}": 1.0, f"lang={lang}": 1.0, f"verdict={figure.verdict}": 1.0,
                f"verdict_kind={kind}": 1.0, f"attr={figure.attribute}|verdict_kind={kind}": 1.0}
    if figure.rules:
        features["rules_confidence"] = max(c.confidence for c in figure.rules)
        features["rules_no_site"] = float(all(c.entity_id is None for c in figure.rules))
        features["rules_final"] = float(any(c.final for c in figure.rules))
    first_line = article.text.find("\n")
    features["headline"] = float(0 <= s_start < first_line or (first_line < 0 and figure.index == 0))
    features["lead"] = float(figure.index == 1)
    features["sentence_index"] = min(figure.index, 20) / 20
    features["caption"] = float(article.caption(article.text[s_start:s_end]))
    if isinstance(figure.normalized, Period):
        features["bare_year"] = float(is_bare_year(figure.value))
    qualifier = getattr(figure.normalized, "qualifier", None)
    if qualifier:
        features[f"qualifier={qualifier}"] = 1.0
    in_sentence = [m for m in article.by_sentence.get(figure.index, []) if _ours(article, m)]
    features["sites_in_article"] = math.log1p(len(sites))
    features["sites_in_sentence"] = math.log1p(len({s for m in in_sentence for s, _ in m.weights}))
    features["no_site_in_sentence"] = float(not in_sentence)
    nearest = min((_distance(m.start, m.end, figure.start, figure.end) for m in in_sentence), default=FAR)
    features["nearest_site"] = math.log1p(min(nearest, FAR)) / math.log1p(FAR)
    folded = article.folded
    before = _words(folded[max(s_start, figure.start - 60) : figure.start])[-WINDOW:]
    after = _words(folded[figure.end : min(s_end, figure.end + 60)])[:WINDOW]
    for word in before:
        features[f"l:{word}"] = 1.0
    for word in after:
        features[f"r:{word}"] = 1.0
    for word in _words(folded[s_start:s_end])[:3]:
        features[f"o:{word}"] = 1.0  # how the sentence opens
    return features


def _ours(article: Article, mention) -> bool:
    return any(s in article.entities and not article.takes_no_figure(s) for s, _ in mention.weights)


def _distance(m_start: int, m_end: int, start: int, end: int) -> int:
    return start - m_end if m_end <= start else max(0, m_start - end)


def _mentions_by_site(article: Article) -> dict[str, list]:
    """{site id: [(mention, its sentence)]}, read once per article."""
    def by_site() -> dict[str, list]:
        found: dict[str, list] = {}
        for mention in article.mentions:
            for site_id, _ in mention.weights:
                found.setdefault(site_id, []).append((mention, article.sentence_of(mention.start)))
        return found
    return article.once(("mentions by site",), by_site)


def pair_features(article: Article, figure: Figure, site_id: str | None, scores: dict[str, float]) -> dict[str, float]:
    """How the article ties the figure to `site_id` (None: to no site of ours): the rules' choice and
    score, where and how the site is named relative to the figure, and the words around that mention."""
    chosen = {c.entity_id for c in figure.rules}
    if site_id is None:
        features = {"none": 1.0, "none|rules_chose": float(None in chosen),
                    f"none|attr={figure.attribute}": 1.0, f"none|verdict_kind={figure.verdict.split(':')[0]}": 1.0}
        features["none|sites_scored"] = math.log1p(len(scores))
        features["none|best_score"] = math.log1p(max(scores.values(), default=0.0))
        return features
    top = max(scores.values(), default=0.0)
    features = {"rules_chose": float(site_id in chosen), "score_share": scores.get(site_id, 0.0) / top if top else 0.0,
                "score_top": float(bool(top) and scores.get(site_id, 0.0) == top),
                "lead_site": float(site_id in article.lead_sites())}
    topic_total = sum(article.topic.values()) or 1.0
    features["topic_share"] = article.topic.get(site_id, 0.0) / topic_total
    entity = article.entities[site_id]
    features[f"type={entity.project_type}|attr={figure.attribute}"] = 1.0
    mentions = _mentions_by_site(article).get(site_id, [])
    features["mentions"] = math.log1p(len(mentions))
    for offset, name in ((0, "in_sentence"), (-1, "in_previous"), (1, "in_next")):
        features[name] = float(any(index == figure.index + offset for _, index in mentions))
    if not mentions:
        return features
    nearest, index = min(mentions, key=lambda m: _distance(m[0].start, m[0].end, figure.start, figure.end))
    distance = _distance(nearest.start, nearest.end, figure.start, figure.end)
    features["distance"] = math.log1p(min(distance, FAR)) / math.log1p(FAR)
    features["sentences_away"] = min(abs(index - figure.index), 5) / 5
    features["named_after"] = float(nearest.start >= figure.end)
    features[f"strength={_STRENGTHS.get(dict(nearest.weights)[site_id], 'other')}"] = 1.0
    features["shared_mention"] = float(len(nearest.weights) > 1)
    features["landmark"] = float(attach.a_landmark(article, nearest.start))
    between = article.folded[min(nearest.end, figure.end) : max(nearest.start, figure.start)]
    features["commas_between"] = min(between.count(",") + between.count(";") + between.count(":"), 4) / 4
    for word in _words(article.folded[max(0, nearest.start - 30) : nearest.start])[-3:]:
        features[f"m:{word}"] = 1.0  # the words before the site's name: « concurrent de », 'next to', « maire de »
    return features
