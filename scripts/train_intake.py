"""Train the intake's learned stage (dashboard/domain/intake/learned.py) on the labelled evaluation parts
and write its model file (dashboard/data/intake_model.json). Deterministic: the same parts give
the same file, byte for byte.

    PYTHONPATH=$PWD .venv/bin/python scripts/train_intake.py [--check]

The parts are listed here, one by one (`PARTS`): every part of the evaluation written so far. A new blind
part is NEVER trained on until it has been read after its blind run: the script refuses any part whose
name or module says "blind_h" or "12h" (the next one, held-out 2026-12h, when it is written). Held-out 2026-12e,
2026-12f and 2026-12g are trained on since their blind runs (session 12).

Two logistic regressions (scikit-learn, liblinear, L2): the figure model on every figure the rules
considered (an analyst takes it, with this attribute and value, or not), the site model on the candidate
sites of the figures an analyst takes (the expected site or not). The regularisation C and the
threshold are chosen by leave-one-part-out cross-validation inside the parts trained on (F1 of recall
and precision, scored as tests/intake_eval.score scores). `--check` exits 1 when the shipped file is not
what this script writes from the current parts (the test suite checks the fingerprint the same way).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from dashboard.data.intake_seed import shipped_dataset  # noqa: E402
from dashboard.data import intake_model  # noqa: E402
from dashboard.domain.intake import features, learned, scan  # noqa: E402
from dashboard.domain.intake.candidate import Candidate  # noqa: E402
from tests.intake_eval import ARTICLES, HELD_OUT, matches, score  # noqa: E402
from tests.intake_eval_blind import HELD_OUT_2026_12B  # noqa: E402
from tests.intake_eval_blind_c import HELD_OUT_2026_12C  # noqa: E402
from tests.intake_eval_blind_d import HELD_OUT_2026_12D  # noqa: E402
from tests.intake_eval_blind_e import HELD_OUT_2026_12E  # noqa: E402
from tests.intake_eval_blind_f import HELD_OUT_2026_12F  # noqa: E402
from tests.intake_eval_blind_g import HELD_OUT_2026_12G  # noqa: E402
from tests.intake_eval_dev8 import DEV_BATCH_8  # noqa: E402
from tests.intake_eval_dev9 import DEV_BATCH_9  # noqa: E402
from tests.intake_eval_dev10 import DEV_BATCH_10  # noqa: E402
from tests.intake_eval_dev11 import DEV_BATCH_11  # noqa: E402
from tests.intake_eval_dev12 import DEV_BATCH_12  # noqa: E402
from tests.intake_eval_real import HELD_OUT_2026_12, HELD_OUT_REAL, TUNING_REAL  # noqa: E402

# (name, module it comes from, articles): the parts trained on, and the groups of the cross-validation.
PARTS = (
    ("development: the first articles", "tests.intake_eval.ARTICLES", ARTICLES),
    ("development: modelled on real ones", "tests.intake_eval_real.TUNING_REAL", TUNING_REAL),
    ("development: batch 8", "tests.intake_eval_dev8", DEV_BATCH_8),
    ("development: batch 9", "tests.intake_eval_dev9", DEV_BATCH_9),
    ("development: batch 10", "tests.intake_eval_dev10", DEV_BATCH_10),
    ("development: batch 11", "tests.intake_eval_dev11", DEV_BATCH_11),
    ("development: batch 12", "tests.intake_eval_dev12", DEV_BATCH_12),
    ("held-out part of session 6", "tests.intake_eval.HELD_OUT + tests.intake_eval_real.HELD_OUT_REAL",
     (*HELD_OUT, *HELD_OUT_REAL)),
    ("held-out 2026-12", "tests.intake_eval_real.HELD_OUT_2026_12", HELD_OUT_2026_12),
    ("held-out 2026-12b", "tests.intake_eval_blind", HELD_OUT_2026_12B),
    ("held-out 2026-12c", "tests.intake_eval_blind_c", HELD_OUT_2026_12C),
    ("held-out 2026-12d", "tests.intake_eval_blind_d", HELD_OUT_2026_12D),
    ("held-out 2026-12e", "tests.intake_eval_blind_e", HELD_OUT_2026_12E),
    ("held-out 2026-12f", "tests.intake_eval_blind_f", HELD_OUT_2026_12F),
    ("held-out 2026-12g", "tests.intake_eval_blind_g", HELD_OUT_2026_12G),
)
NEVER = ("blind_h", "12h")  # the next blind judge (held-out 2026-12h): not trained on before its blind run
C_CHOICES = (0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(13))  # 0.2 … 0.8
ALSO = (1.0, 0.7, 0.5, 0.3)  # a status's other sites from this site probability (1.0: none)
MIN_ROWS = 2  # a feature seen in fewer training rows is left out of the model


def checked(parts=PARTS):
    """The parts, refusing any that names the next blind judge."""
    for name, module, _ in parts:
        if any(word in f"{name} {module}".lower().replace("-", "_") for word in NEVER):
            raise SystemExit(f"refused: {name} ({module}) is the next blind part; it is not trained on")
    return parts


@dataclass
class Example:
    article: object  # tests.intake_eval.EvalArticle
    result: object  # the rules' Scan
    reads: list  # learned.Read, one per figure and attribute
    taken: list[bool]  # per read: an analyst takes this figure with this attribute
    sites: list[list[bool]]  # per read, per candidate site: the analyst's site


def example(article, dataset) -> Example:
    result = scan(article.text, lang=article.lang, published=article.published, sites=dataset.sites)
    reads = learned.read(result, article.lang)
    taken, sites = [], []
    for one in reads:
        figure = one.figure
        probe = Candidate(figure.attribute, figure.value, figure.normalized, None, "", None, figure.start, figure.end, "", 1.0)
        expected = [site for attribute, value, site in article.expected if matches(probe, attribute, value, article.lang)]
        taken.append(bool(expected))
        sites.append([site_id in expected for site_id, _ in learned.pairs_of(one)])
    return Example(article, result, reads, taken, sites)


def _fit(rows: list[dict], labels: list[bool], c: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen: dict[str, int] = {}
    for row in rows:
        for name in row:
            seen[name] = seen.get(name, 0) + 1
    rows = [{k: v for k, v in row.items() if seen[k] >= MIN_ROWS} for row in rows]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(rows).tocsr()
    matrix.indices, matrix.indptr = matrix.indices.astype("int32"), matrix.indptr.astype("int32")  # liblinear's
    if len(set(labels)) < 2:
        return {"intercept": 10.0 if labels and labels[0] else -10.0, "weights": {}}
    model = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=1000).fit(matrix, labels)
    weights = {name: round(float(w), 6) for name, w in zip(vectorizer.feature_names_, model.coef_[0]) if round(float(w), 6)}
    return {"intercept": round(float(model.intercept_[0]), 6), "weights": dict(sorted(weights.items()))}


def fit(examples: list[Example], c: float) -> dict:
    """The two models' coefficients (threshold not yet chosen)."""
    figure_rows = [one.features for ex in examples for one in ex.reads]
    figure_labels = [label for ex in examples for label in ex.taken]
    pair_rows = [f for ex in examples for one, taken in zip(ex.reads, ex.taken) if taken for _, f in one.pairs]
    pair_labels = [label for ex in examples for taken, labels in zip(ex.taken, ex.sites) if taken for label in labels]
    return {"figure": _fit(figure_rows, figure_labels, c), "site": _fit(pair_rows, pair_labels, c), "C": c}


def proposals(examples: list[Example], model: learned.Model, threshold: float, scores=None, also: float = 1.0):
    """[(article, candidates)] as the learned stage proposes them, for tests.intake_eval.score."""
    scores = scores or [learned.scored(ex.reads, model, min(THRESHOLDS)) for ex in examples]
    return [(ex.article, learned.choose(ex.result, s, threshold, ex.article.published, also))
            for ex, s in zip(examples, scores)]


def _f1(total) -> float:
    return 2 * total.recall * total.precision / (total.recall + total.precision) if total.recall + total.precision else 0.0


def choose_settings(groups: list[list[Example]]) -> tuple[float, float, float]:
    """(C, threshold, also) by leave-one-group-out cross-validation over `groups` only."""
    best = (-1.0, C_CHOICES[0], THRESHOLDS[0], ALSO[0])
    for c in C_CHOICES:
        pooled = []  # (example, its scores by a model that never saw its group)
        for i, group in enumerate(groups):
            model = learned.model_from({**fit([ex for j, g in enumerate(groups) if j != i for ex in g], c), "threshold": 0.5})
            pooled += [(ex, learned.scored(ex.reads, model, min(THRESHOLDS))) for ex in group]
        for threshold in THRESHOLDS:
            for also in ALSO:
                total = score(proposals([ex for ex, _ in pooled], None, threshold, [s for _, s in pooled], also))
                best = max(best, (round(_f1(total), 6), c, threshold, also), key=lambda b: b[0])
    return best[1], best[2], best[3]


def train(groups: list[list[Example]]) -> dict:
    c, threshold, also = choose_settings(groups)
    return {**fit([ex for g in groups for ex in g], c), "threshold": threshold, "also": also}


def _rules_free(features: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in features.items() if not any(word in k for word in ("verdict", "rules_"))}


def without_rules(examples: list[Example]) -> list[Example]:
    """The examples without the rules' verdicts among their features (what they left out, held or chose):
    a model of the words, positions and distances alone (benchmarks/bench_intake_cv.py compares it)."""
    return [dataclasses.replace(ex, reads=[dataclasses.replace(r, features=_rules_free(r.features), pairs=tuple(
        (site_id, _rules_free(f)) for site_id, f in r.pairs)) for r in ex.reads]) for ex in examples]


def cross_validated(groups: list[list[Example]], held: int) -> tuple[dict, list]:
    """Train on every group but `held` (settings chosen inside them), propose on `held`: (model, proposals)."""
    training = [g for i, g in enumerate(groups) if i != held]
    trained = train(training)
    model = learned.model_from(trained)
    return trained, proposals(groups[held], model, model.threshold, also=model.also)


def fingerprint(parts=PARTS) -> str:
    """What the model was trained from: the parts' articles and labels, and the features' code."""
    digest = hashlib.sha256()
    for name, _, articles in parts:
        digest.update(name.encode())
        for a in articles:
            digest.update(repr((a.name, a.lang, a.published, a.text, a.expected)).encode())
    for module in (features, learned):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(repr((C_CHOICES, THRESHOLDS, ALSO, MIN_ROWS)).encode())
    return digest.hexdigest()


def model_file_text(parts=PARTS) -> str:
    dataset = shipped_dataset()
    groups = [[example(a, dataset) for a in articles] for _, _, articles in checked(parts)]
    model = train(groups)
    data = {"about": "The intake's learned stage (scripts/train_intake.py writes this file; do not edit it).",
            "trained_on": [f"{name} ({module}, {len(articles)} articles)" for name, module, articles in parts],
            "fingerprint": fingerprint(parts), "C": model["C"], "threshold": model["threshold"], "also": model["also"],
            "figure": model["figure"], "site": model["site"]}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped file is not what the parts give")
    args = parser.parse_args(argv)
    text = model_file_text()
    if args.check:
        same = intake_model.MODEL_FILE.exists() and intake_model.MODEL_FILE.read_text(encoding="utf-8") == text
        print("the shipped model is up to date" if same else "the shipped model is out of date: run scripts/train_intake.py")
        return 0 if same else 1
    intake_model.MODEL_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {intake_model.MODEL_FILE} (C {json.loads(text)['C']}, threshold {json.loads(text)['threshold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
