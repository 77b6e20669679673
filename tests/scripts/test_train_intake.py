"""scripts/train_intake.py: the shipped model is the one the current parts give (its fingerprint), a
retrain is deterministic, the next blind part is refused, and the labels are the scorer's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import train_intake  # noqa: E402
from dashboard.data import intake_model  # noqa: E402
from dashboard.domain.intake import learned  # noqa: E402
from tests.intake_eval import EvalArticle  # noqa: E402


def test_the_shipped_model_was_trained_on_the_current_parts_and_features():
    shipped = json.loads(intake_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert shipped["fingerprint"] == train_intake.fingerprint(), (
        "the parts, their labels or the features changed: run scripts/train_intake.py and commit the model file")
    assert len(shipped["trained_on"]) == len(train_intake.PARTS)


@pytest.mark.parametrize("name, module", [("held-out 2026-12h", "tests.intake_eval_blind_h"),
                                          ("a new part", "tests.intake_eval_blind_h.HELD_OUT_2026_12H")])
def test_the_next_blind_part_is_never_trained_on(name, module):
    with pytest.raises(SystemExit, match="refused"):
        train_intake.checked((*train_intake.PARTS, (name, module, ())))
    assert not any("12h" in f"{n} {m}".lower() or "blind_h" in m for n, m, _ in train_intake.checked())


@pytest.fixture(scope="module")
def two_parts():
    from dashboard.data.intake_seed import shipped_dataset

    dataset = shipped_dataset()
    return [[train_intake.example(a, dataset) for a in articles] for _, _, articles in train_intake.PARTS[:3]]


def test_a_retrain_is_deterministic(two_parts):
    assert train_intake.train(two_parts) == train_intake.train(two_parts)


def test_the_labels_are_the_analysts_figures_and_sites(two_parts):
    by_name = {ex.article.name: ex for g in two_parts for ex in g}
    escaudain = by_name["dcmag-escaudain"]
    taken = {(r.figure.attribute, r.figure.value) for r, t in zip(escaudain.reads, escaudain.taken) if t}
    assert ("land_area", "38 ha") in taken and ("investment", "5 milliards d'euros") in taken
    assert ("floor_area", "38 ha") not in taken and not any(v == "5 000 personnes" for _, v in taken)
    for read, taken_here, sites in zip(escaudain.reads, escaudain.taken, escaudain.sites):
        if taken_here:
            assert [s for (s, _), right in zip(read.pairs, sites) if right] == ["escaudain-dc"]


def test_the_model_file_text_is_what_the_script_writes_from_given_parts(monkeypatch, two_parts):
    article = two_parts[0][0].article
    assert isinstance(article, EvalArticle)
    parts = tuple(train_intake.PARTS[:3])
    text = train_intake.model_file_text(parts)
    data = json.loads(text)
    assert data["fingerprint"] == train_intake.fingerprint(parts) and data["threshold"] in train_intake.THRESHOLDS
    model = learned.model_from(data)
    assert model.figure.weights and model.site.weights
