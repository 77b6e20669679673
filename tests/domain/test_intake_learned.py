"""The intake's learned stage (dashboard/domain/intake/features.py, learned.py): every figure the rules
considered is read with their verdict, the features say where a site is named relative to a figure and
name no article or site, and the models' decision (threshold, best site, held rows) is applied as said."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.domain.intake import extract_facts, learned
from dashboard.domain.intake.features import figure_features, figures_of, pair_features, sites_of
from dashboard.domain.intake.learned import DOUBT, LinearModel, Model
from tests.fixtures import scan_article

TEXT = ("Escaudain : Data4 retenu pour le campus de data centers\n"
        "Le terrain de 38 ha a accueilli les hauts-fourneaux d'Usinor jusqu'en 1988, qui employaient alors 5 000 "
        "personnes. Le projet d'Escaudain, chiffré à 5 milliards d'euros, prévoit 2 400 emplois. À Béthune, "
        "Azur Datacenter occupe un bâtiment de 26 000 m².")


@pytest.fixture(scope="module")
def result(sites):
    return scan_article(TEXT, sites)


def _figure(result, value, attribute):
    return next(f for f in figures_of(result) if f.value == value and f.attribute == attribute)


def test_every_figure_the_rules_considered_is_read_with_their_verdict(result):
    assert _figure(result, "5 000 personnes", "jobs").verdict == "excluded:history"
    kept = _figure(result, "5 milliards d'euros", "investment")
    assert kept.verdict == "kept" and [c.entity_id for c in kept.rules] == ["escaudain-dc"]
    # an area is read as a land area and as a floor area, one of them the rules' choice
    verdicts = {f.attribute: f.verdict for f in figures_of(result) if f.value == "26 000 m²"}
    assert verdicts == {"land_area": "other_attribute", "floor_area": "kept"}


def test_the_candidate_sites_are_the_sites_named_and_the_features_name_none_of_them(result, sites):
    article = result.article
    figures = figures_of(result)
    named = sites_of(article, figures)
    assert {"escaudain-dc", "bethune-azur-dc"} <= set(named)
    ids = set(sites["site_id"])
    for read in learned.read(result, "fr"):
        for name in [*read.features, *(k for _, f in learned.pairs_of(read) for k in f)]:
            assert not any(site_id in name for site_id in ids), name


def test_a_site_named_next_to_the_figure_is_nearer_than_one_named_in_another_sentence(result):
    article = result.article
    jobs = _figure(result, "2 400 emplois", "jobs")
    near = pair_features(article, jobs, "escaudain-dc", {"escaudain-dc": 3.0, "bethune-azur-dc": 1.0})
    far = pair_features(article, jobs, "bethune-azur-dc", {"escaudain-dc": 3.0, "bethune-azur-dc": 1.0})
    assert near["in_sentence"] == 1.0 and far["in_sentence"] == 0.0
    # « Béthune » opens the next sentence, a few characters after the figure: a sentence away
    assert near["sentences_away"] == 0.0 < far["sentences_away"]
    assert near["score_top"] == 1.0 and far["score_share"] == pytest.approx(1 / 3)
    money = _figure(result, "5 milliards d'euros", "investment")
    assert (pair_features(article, money, "escaudain-dc", {})["distance"]
            < pair_features(article, money, "bethune-azur-dc", {})["distance"])
    assert near["rules_chose"] == 1.0
    none = pair_features(article, jobs, None, {})
    assert none["none"] == 1.0 and "distance" not in none


def test_the_figure_features_hold_its_words_position_and_the_rules_verdict(result):
    article = result.article
    history = _figure(result, "5 000 personnes", "jobs")
    features = figure_features(article, history, "fr", sites_of(article, figures_of(result)))
    assert features["verdict=excluded:history"] == 1.0 and features["verdict_kind=excluded"] == 1.0
    assert features["l:alors"] == 1.0 and features["headline"] == 0.0 and features["lead"] == 1.0


def test_a_linear_model_is_the_logistic_of_its_weighted_sum():
    model = LinearModel(-1.0, {"a": 2.0, "b": -0.5})
    assert model.probability({}) == pytest.approx(1 / (1 + 2.718281828 ** 1.0))
    assert model.probability({"a": 1.0, "b": 2.0, "unknown": 5.0}) == pytest.approx(0.5)


def _model(figure_weights: dict, site_weights: dict, threshold=0.5) -> Model:
    return Model(LinearModel(0.0, figure_weights), LinearModel(0.0, site_weights), threshold)


def test_the_model_proposes_above_its_threshold_to_its_best_site_and_holds_what_the_rules_kept(result):
    # A model that takes only jobs, and prefers the site named in the figure's sentence.
    model = _model({"attr=jobs": 3.0, "attr=investment": -3.0, "attr=land_area": -3.0, "attr=floor_area": -3.0,
                    "attr=commissioning": -3.0, "attr=announced": -3.0, "attr=status": -3.0},
                   {"in_sentence": 4.0, "none": 1.0})
    chosen = learned.choose(result, learned.scored(learned.read(result, "fr"), model), model.threshold, dt.date(2025, 12, 1))
    proposed = [(c.attribute, c.value, c.entity_id) for c in chosen if not c.held]
    assert ("jobs", "2 400 emplois", "escaudain-dc") in proposed
    assert ("jobs", "5 000 personnes", "escaudain-dc") in proposed  # the rules' history: the model decides
    assert all(c.confidence >= 0.5 for c in chosen if not c.held)
    held = {(c.value, c.held) for c in chosen if c.held}
    assert ("5 milliards d'euros", DOUBT) in held  # the rules proposed it, the model does not take it


def test_one_figure_is_proposed_once_per_attribute_site_and_value(sites):
    text = "Data4 : 2 400 emplois à Escaudain\nLe campus d'Escaudain prévoit 2 400 emplois."
    result = scan_article(text, sites)
    model = _model({"attr=jobs": 3.0}, {"in_sentence": 4.0, "score_top": 2.0})
    chosen = [c for c in learned.choose(result, learned.scored(learned.read(result, "fr"), model), 0.5, None)
              if not c.held]
    assert [(c.attribute, c.entity_id) for c in chosen] == [("jobs", "escaudain-dc")]


def test_extract_facts_lets_the_model_decide_when_one_is_given(sites):
    class Tables:
        pass
    tables = Tables()
    tables.sites = sites
    rules = extract_facts(TEXT, lang="fr", dataset=tables)
    assert any(not c.held for c in rules)
    nothing = _model({}, {}, threshold=0.99)  # probability 0.5 everywhere: below its threshold
    decided = extract_facts(TEXT, lang="fr", dataset=tables, model=nothing)
    assert decided and all(c.held for c in decided)
    assert {(c.value, c.entity_id) for c in decided} == {(c.value, c.entity_id) for c in rules}
    assert {c.held for c in decided if (c.value, c.entity_id) in {(r.value, r.entity_id) for r in rules if not r.held}} == {DOUBT}


def test_the_sites_of_a_figure_the_model_does_not_take_are_never_read(result):
    reads = learned.read(result, "fr")
    model = _model({"attr=jobs": 3.0}, {"in_sentence": 1.0})
    scores = learned.scored(reads, model, least=0.9)
    taken = [s for s in scores if s.probability >= 0.9]
    assert taken and all(s.read.pairs is not None and s.site_id for s in taken)
    assert all(s.read.pairs is None and s.site_id is None for s in scores if s.probability < 0.9)


def test_a_status_said_of_several_sites_goes_to_each_the_site_model_ranks_high_enough(sites):
    text = "Batteries : deux usines en construction\nLes usines de Verkor à Bourbourg et d'AESC à Douai sont en construction."
    result = scan_article(text, sites)
    model = _model({"attr=status": 3.0}, {"in_sentence": 4.0})
    reads = learned.read(result, "fr")
    both = learned.choose(result, learned.scored(reads, model), 0.5, None, also=0.9)
    one = learned.choose(result, learned.scored(reads, model), 0.5, None, also=1.0)
    statuses = lambda chosen: sorted(c.entity_id for c in chosen if c.attribute == "status" and not c.held)  # noqa: E731
    assert statuses(both) == ["envision-aesc-douai", "verkor-bourbourg"]
    assert len(statuses(one)) == 1
