"""The intake's learned stage: two logistic regressions, trained on the labelled articles of the
evaluation parts (scripts/train_intake.py), read the rules' scan and decide what is proposed.

- the figure model: is this figure, with this attribute, one an analyst takes? (`features.figure_features`)
- the site model: which of the sites the article names, or none of ours, is it? (`features.pair_features`)

A figure is proposed, ticked, when the figure model's probability reaches the model's threshold (chosen
by cross-validation inside the training parts), for the site the site model ranks first; one per
attribute, site and value, one status per site. What the rules proposed and the model does not take
stays in the table, held: with the rules' reason, or `learned_doubt`. The model is coefficients by feature
name (`model_from`: the data layer reads them from dashboard/data/intake_model.json), applied in plain
Python: nothing to install at run time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass, field

from dashboard.domain.intake import attach, scope
from dashboard.domain.intake.candidate import Candidate, Scan
from dashboard.domain.intake.features import Figure, figure_features, figures_of, pair_features, sites_of

DOUBT = "learned_doubt"  # a held reason (attach.HELD_REASONS): the rules proposed it, the model does not take it


@dataclass(frozen=True)
class LinearModel:
    intercept: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Model:
    figure: LinearModel
    site: LinearModel
    threshold: float
    also: float = 1.0  # a status goes to every other site whose site probability reaches this too (1.0: never)


def model_from(data: dict) -> Model:
    return Model(LinearModel(float(data["figure"]["intercept"]), dict(data["figure"]["weights"])),
                 LinearModel(float(data["site"]["intercept"]), dict(data["site"]["weights"])), float(data["threshold"]),
                 float(data.get("also", 1.0)))


@dataclass(frozen=True)
class Read:
    """A figure as the models read it: its features, and each candidate site's (None: none of ours)."""

    figure: Figure
    features: dict[str, float]
    article: object = field(repr=False, compare=False)
    sites: tuple[str, ...] = ()
    pairs: tuple[tuple[str | None, dict[str, float]], ...] | None = None  # see `pairs_of`


def read(result: Scan, lang: str) -> list[Read]:
    """Every figure of a rules' scan with its features (training reads the same); its sites' on demand."""
    article = result.article
    figures = figures_of(result)
    sites = tuple(sites_of(article, figures))
    return [Read(figure, figure_features(article, figure, lang, list(sites)), article, sites) for figure in figures]


def pairs_of(one: Read) -> tuple[tuple[str | None, dict[str, float]], ...]:
    """The figure's candidate sites (and None) with their pair features, read on first demand: a figure
    the figure model does not take needs none (most of an article's)."""
    if one.pairs is None:
        article, figure = one.article, one.figure
        scores = dict(attach.entity_scores(article, figure.index, figure.start, figure.attribute)[0]) if one.sites else {}
        pairs = tuple((site_id, pair_features(article, figure, site_id, scores)) for site_id in (*one.sites, None))
        object.__setattr__(one, "pairs", pairs)  # a cache on the frozen read: the same answer every time
    return one.pairs


@dataclass(frozen=True)
class Scored:
    read: Read
    probability: float  # the figure model's
    site_id: str | None  # the site model's first
    site_probability: float
    ranked: tuple[tuple[float, str | None], ...] = ()  # every candidate site's probability, best first


def scored(reads: list[Read], model: Model, least: float = 0.0) -> list[Scored]:
    """Each figure's probability, and its best site when that probability is `least` or more."""
    out = []
    for one in reads:
        probability = model.figure.probability(one.features)
        if probability < least:
            out.append(Scored(one, probability, None, 0.0))
            continue
        ranked = sorted(((model.site.probability(f), site_id) for site_id, f in pairs_of(one)),
                        key=lambda kv: (-kv[0], kv[1] is None, kv[1] or ""))
        out.append(Scored(one, probability, ranked[0][1], ranked[0][0], tuple(ranked)))
    return out


def choose(result: Scan, scores: list[Scored], threshold: float, published: dt.date | None,
           also: float = 1.0) -> list[Candidate]:
    """The proposed candidates (probability >= threshold; one attribute per figure, one per attribute, site
    and value, one status per site; a status also to every other site of site probability `also` or more:
    'three plants are under construction: …'), then the rules' other candidates, held."""
    best_per_figure: dict[int, Scored] = {}
    for one in scores:
        at = one.read.figure.start
        if at not in best_per_figure or one.probability > best_per_figure[at].probability:
            best_per_figure[at] = one
    proposed: dict[tuple, tuple[Scored, Candidate]] = {}
    for one in sorted(best_per_figure.values(), key=lambda s: (-s.probability, s.read.figure.start)):
        if one.probability < threshold:
            continue
        others = [s for p, s in one.ranked[1:] if s is not None and p >= also] if one.read.figure.attribute == "status" else []
        for site_id in (one.site_id, *others):
            candidate = candidate_for(result, one.read.figure, site_id, _confidence(one.probability, threshold), published)
            proposed.setdefault(_key(candidate), (one, candidate))
    chosen = sorted((c for _, c in proposed.values()), key=lambda c: (c.start, c.attribute))
    taken = {(c.start, c.attribute) for c in chosen}
    held = [c if c.held else dataclasses.replace(c, held=DOUBT, held_words=(c.value,))
            for c in result.candidates if (c.start, c.attribute) not in taken]
    return sorted(chosen + held, key=lambda c: (c.start, bool(c.held)))


def _key(candidate: Candidate) -> tuple:
    entity = candidate.entity_id or candidate.proposed_name
    if candidate.attribute == "status":
        return ("status", entity)
    return (candidate.attribute, entity, scope.reading(candidate.normalized) or candidate.normalized)


def _confidence(probability: float, threshold: float) -> float:
    """The probability mapped so that the threshold is the review table's 0.5 (ticked from there)."""
    if probability >= threshold:
        return round(0.5 + 0.5 * (probability - threshold) / max(1e-9, 1.0 - threshold), 2)
    return round(0.5 * probability / max(1e-9, threshold), 2)


def candidate_for(result: Scan, figure: Figure, site_id: str | None, confidence: float,
                  published: dt.date | None) -> Candidate:
    """The figure as a candidate for `site_id`: the rules' own when they gave it that site, else a new one."""
    own = next((c for c in figure.rules if c.entity_id == site_id), None)
    if own is not None:
        return dataclasses.replace(own, held="", held_words=(), confidence=confidence)
    article = result.article
    s_start, s_end = article.sentences[figure.index]
    sentence = article.text[s_start:s_end]
    as_of = None if figure.attribute in ("commissioning", "announced") else article.event_date(
        article.folded[s_start:s_end], published)
    return Candidate(attribute=figure.attribute, value=figure.value, normalized=figure.normalized, entity_id=site_id,
                     entity_hint=article.topic_words.get(site_id, "") if site_id else "",
                     as_of=as_of or (published.isoformat() if published else None), start=figure.start, end=figure.end,
                     sentence=sentence, confidence=confidence,
                     proposed_name=None if site_id else article.proposed_name(figure.index), sentence_start=s_start,
                     in_caption=article.caption(sentence))


def learned_scan(result: Scan, lang: str, published: dt.date | None, model: Model) -> Scan:
    """The rules' scan with its candidates decided by the learned stage."""
    chosen = choose(result, scored(read(result, lang), model, model.threshold), model.threshold, published, model.also)
    return dataclasses.replace(result, candidates=chosen)
