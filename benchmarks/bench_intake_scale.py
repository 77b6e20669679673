"""Benchmark the article intake's cost against the text's size: a 100,000-character paste (the
page's and the command's limit) and one dense sentence of 500 figures, extracted against the
shipped seeds' sites, with the time per 10,000 characters at three sizes to show it grows linearly.

    .venv/bin/python benchmarks/bench_intake_scale.py [--repeat 3]

Targets: 100,000 characters <= 1 s; a sentence of 500 figures <= 0.2 s, of CPU time (the server
time a paste costs; the wall time, printed beside it, also counts the other processes of a shared
machine), the best of `--repeat` runs on texts the caches have not seen. Exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from dashboard.data.intake_seed import shipped_dataset  # noqa: E402
from dashboard.domain.intake import extract_facts  # noqa: E402
from tests.intake_eval import ARTICLES  # noqa: E402

TARGET_LONG_S = 1.0
TARGET_DENSE_S = 0.2
LONG_CHARS = 100_000


def long_text(chars: int = LONG_CHARS, run: int = 0) -> str:
    """The articles of the evaluation set, one after the other, to `chars` characters; each `run`
    starts elsewhere in them (no run reads a text the normalizer's cache has seen)."""
    articles = [a.text for a in ARTICLES]
    body = "\n".join(articles[run % len(articles):] + articles[: run % len(articles)])
    return (body * (chars // len(body) + 1))[:chars]


def dense_sentence(figures: int = 500, run: int = 0) -> str:
    """One sentence holding `figures` figures of every kind the extractor reads, new ones each `run`."""
    units = ("MW", "millions d'euros", "emplois", "hectares", "m²")
    parts = [f"{10 + i + 1000 * run} {units[i % len(units)]}" for i in range(figures)]
    return "Le projet d'Azur Datacenter à Béthune prévoit " + ", ".join(parts) + " d'ici 2028."


def best_of(repeat: int, make_text, dataset) -> tuple[float, float]:
    """(CPU seconds, wall seconds), each the best of `repeat` runs."""
    cpu, wall = [], []
    for run in range(repeat):
        text = make_text(run + 1)
        start, start_cpu = time.perf_counter(), time.process_time()
        extract_facts(text, lang="fr", dataset=dataset)
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return min(cpu), min(wall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--table-figures", type=int, default=8000, help="figures in the no-full-stop paste (8000: 100,000 characters)")
    args = parser.parse_args(argv)
    dataset = shipped_dataset()
    extract_facts("Azur Datacenter, 300 MW.", lang="fr", dataset=dataset)  # warm: the entity index
    failed = False
    for chars in (LONG_CHARS // 4, LONG_CHARS // 2, LONG_CHARS):
        seconds, wall = best_of(args.repeat, lambda run: long_text(chars, run), dataset)
        print(f"{chars:>7} characters: {seconds:.3f} s CPU ({seconds / chars * 10_000 * 1000:.1f} ms per 10,000 "
              f"characters), {wall:.3f} s wall")
    failed |= seconds > TARGET_LONG_S
    print(f"  target: {LONG_CHARS} characters <= {TARGET_LONG_S} s -> {'ok' if seconds <= TARGET_LONG_S else 'MISSED'}")
    for figures in (125, 250, 500):
        seconds, wall = best_of(args.repeat, lambda run: dense_sentence(figures, run), dataset)
        print(f"one sentence of {figures} figures: {seconds:.3f} s CPU, {wall:.3f} s wall")
    failed |= seconds > TARGET_DENSE_S
    print(f"  target: 500 figures <= {TARGET_DENSE_S} s -> {'ok' if seconds <= TARGET_DENSE_S else 'MISSED'}")
    # The worst paste: 100,000 characters of figures and no full stop (a table copied from a PDF).
    figures = args.table_figures
    seconds, wall = best_of(args.repeat, lambda run: dense_sentence(figures, run)[:LONG_CHARS], dataset)
    chars = len(dense_sentence(figures)[:LONG_CHARS])
    print(f"{chars} characters of {figures} figures, no full stop: {seconds:.3f} s CPU, {wall:.3f} s wall")
    if chars == LONG_CHARS:
        failed |= seconds > TARGET_LONG_S
        print(f"  target: {LONG_CHARS} characters <= {TARGET_LONG_S} s -> {'ok' if seconds <= TARGET_LONG_S else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
