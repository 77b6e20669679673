"""The intake's learned stage judged honestly: leave-one-part-out cross-validation over the labelled parts
(scripts/train_intake.PARTS), side by side with the rules alone on the same parts.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_intake_cv.py [--verbose]

For each part: a model is trained on every other part (its regularisation and threshold chosen by a
cross-validation inside those parts only), then proposes on that part, scored exactly as
tests/intake_eval.score scores (a held row counts as neither proposed nor found). An article is never in
both. Three columns: the rules alone, the learned stage (the rules' verdicts among its features, as
shipped), and a model without the rules' verdicts (words, positions and distances only).

READ THE RULES' FIGURES AS INFLATED: the rules were written on every part but the last (2026-12d was read
after its blind run and no rule has been drawn from it), so on the others they score what they were fitted
to; so does the learned stage, which reads their verdicts. The model without the rules' verdicts is honest
on every part; the learned stage is honest on 2026-12d only. The rules' figures when each part was still
blind (`BLIND`, from the sessions' closing notes) are what to compare with.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import train_intake  # noqa: E402
from dashboard.data.intake_seed import shipped_dataset  # noqa: E402
from tests.intake_eval import score  # noqa: E402

# The rules' figures on each part while it was blind (recall, precision, right site): before and after the
# session whose judge it was (notes s7, s8, s9, s10 closing).
BLIND = {"held-out 2026-12": ((0.696, 0.410, 0.938), (0.826, 0.514, 0.947)),
         "held-out 2026-12b": ((0.641, 0.568, 0.840), (0.641, 0.581, 0.920)),
         "held-out 2026-12c": ((0.556, 0.750, 0.867), (0.593, 0.615, 0.938)),
         "held-out 2026-12d": ((0.500, 0.474, 0.722), (0.528, 0.500, 0.684))}


def _figures(total) -> str:
    return f"{total.recall:.3f} / {total.precision:.3f} / {total.entity_accuracy:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list the learned stage's errors on each part")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    dataset = shipped_dataset()
    parts = train_intake.checked()
    groups = [[train_intake.example(a, dataset) for a in articles] for _, _, articles in parts]
    bare = [train_intake.without_rules(g) for g in groups]
    pooled = {"rules": [], "learned": [], "bare": []}
    print("part: recall / precision / right site — rules alone (inflated but on 2026-12d) | learned stage, "
          "cross-validated | without the rules' verdicts, cross-validated")
    for held, (name, _, articles) in enumerate(parts):
        rules = [(ex.article, ex.result.candidates) for ex in groups[held]]
        model, learned = train_intake.cross_validated(groups, held)
        _, words_only = train_intake.cross_validated(bare, held)
        for key, results in (("rules", rules), ("learned", learned), ("bare", words_only)):
            pooled[key] += results
        blind = BLIND.get(name)
        print(f"{name} ({len(articles)} articles; C {model['C']}, threshold {model['threshold']}, also {model['also']}): "
              f"{_figures(score(rules))} | {_figures(score(learned))} | {_figures(score(words_only))}"
              + (f"   [rules while blind: {' / '.join(f'{v:.3f}' for v in blind[0])} before, "
                 f"{' / '.join(f'{v:.3f}' for v in blind[1])} after]" if blind else ""))
        if args.verbose:
            total = score(learned)
            for kind, items in (("missed", total.misses), ("extra", total.extras), ("wrong site", total.wrong_entities)):
                for item in items:
                    print(f"    {kind}: {item}")
    print(f"every part: {_figures(score(pooled['rules']))} | {_figures(score(pooled['learned']))} | "
          f"{_figures(score(pooled['bare']))}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
