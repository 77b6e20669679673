"""The extractor on the evaluation set (tests/intake_eval.py): the issue's targets hold, and the
set itself is sound (ten or more articles, every expected value is in its text, every expected
site exists in the shipped seeds)."""

from __future__ import annotations

import pytest

from dashboard.data.intake_seed import shipped_dataset
from dashboard.domain.intake import extract_facts
from dashboard.domain.intake.entities import fold
from tests.intake_eval import ARTICLES, HELD_OUT, score


@pytest.fixture(scope="module")
def dataset():
    return shipped_dataset()


def test_the_evaluation_set_is_sound(dataset):
    assert len(ARTICLES) >= 10
    known = set(dataset.sites["site_id"])
    for article in (*ARTICLES, *HELD_OUT):
        assert article.source and article.lang in ("fr", "en")
        for attribute, value, entity in article.expected:
            assert entity is None or entity in known, (article.name, entity)
            if attribute != "status":
                assert fold(value) in fold(article.text), (article.name, value)


def test_recall_precision_and_entity_accuracy_reach_the_targets(dataset):
    results = [(a, extract_facts(a.text, lang=a.lang, published=a.published, dataset=dataset)) for a in ARTICLES]
    total = score(results)
    assert total.recall >= 0.9, total.misses
    assert total.precision >= 0.8, total.extras
    assert total.entity_accuracy >= 0.8, total.wrong_entities


def test_the_score_counts_misses_and_extras():
    article = ARTICLES[0]
    nothing = score([(article, [])])
    assert (nothing.found, nothing.recall, nothing.candidates) == (0, 0.0, 0)
    assert len(nothing.misses) == len(article.expected)
