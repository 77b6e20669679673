"""Benchmark dashboard.domain.normalize: facts normalized per second (target >= 50 000/s).

    .venv/bin/python benchmarks/bench_normalize.py [--facts 100000] [--seed 7] [--repeat 3]

Two workloads of synthetic fact values (amounts, areas, power, jobs, percentages, periods,
counts; French and English sources, single values and ranges, horizons and parts of
semesters, quarters and seasons), each normalized the way the seed loader does (by attribute
kind, in the source's language):

* unique    every value is a distinct string (random figures), so the caches never hit;
            this is the parser's own speed.
* realistic values drawn from a pool of a few thousand strings with a skewed (Zipf-like)
            popularity, plus a share of one-off strings, as seed files repeat the same
            figures ("2026", "240 MW", "1,5 milliard d'euros") across sources.

Caches are cleared before every timed run, so the realistic figure includes filling them.
A share of the amounts is in dollars, which the normalizer refuses by design ("rejected").
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from dashboard.domain import normalize

TARGET_PER_SECOND = 50_000
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
THOUSANDS = (" ", "\u00a0", "\u202f")

Fact = tuple[str, str, str | None, str]  # (kind, raw value, expected unit, source language)


def french(number: float, decimals: int, rng: random.Random) -> str:
    """A number written the French way: thousands groups, decimal comma."""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", rng.choice(THOUSANDS))


def english(number: float, decimals: int) -> str:
    """A number written the English way: comma thousands, decimal point."""
    return f"{number:,.{decimals}f}"


def amount(rng: random.Random) -> Fact:
    n = rng.randint(1, 999)
    x = french(rng.uniform(0.1, 20), 1, rng)
    if rng.random() < 0.2:
        text = rng.choice((f"€{english(n * 1000, 0)} million", f"EUR {english(rng.uniform(0.1, 20), 1)}bn", f"${n}m"))
        return "quantity", text, "EUR", "en"
    text = rng.choice(
        (
            f"{n} M€",
            f"{x} milliard d'euros",
            f"{x} Md€",
            f"€{n}bn",
            f"EUR {n} million",
            f"environ {n} millions d'euros",
            f"{french(n * 1000, 0, rng)} €",
            f"jusqu'à {n} milliards d’euros",
            f"{n} à {n + rng.randint(1, 50)} milliards d'euros",
            f"supérieur à {n} M€",
        )
    )
    return "quantity", text, "EUR", "fr"


def area(rng: random.Random) -> Fact:
    n = rng.randint(1, 200_000)
    text = rng.choice(
        (
            f"{french(n, 0, rng)} m²",
            f"{rng.randint(1, 400)} ha",
            f"{french(rng.uniform(1, 300), 1, rng)} hectares",
            f"{french(n, 0, rng)} m2",
            f"près de {french(n, 0, rng)} m²",
            f"{n // 1000 + 1}.{n % 1000:03d} m²",
        )
    )
    if rng.random() < 0.2:
        return "quantity", f"{english(n, 0)} m²", "m2", "en"
    return "quantity", text, "m2", "fr"


def power(rng: random.Random) -> Fact:
    n = rng.randint(1, 2000)
    text = rng.choice(
        (
            f"{n} MW",
            f"{french(rng.uniform(0.1, 6), 1, rng)} GW",
            f"{french(n, 0, rng)} MWe",
            f"up to {n} MW",
            f"jusqu'à {n} MW",
            f"{rng.randint(2, 6)} × {n} MWe",
            f"entre {n} et {n + rng.randint(1, 500)} MW",
            f"{n}-{n + rng.randint(1, 500)} MW",
        )
    )
    if rng.random() < 0.2:
        return "quantity", rng.choice((f"between {n} and {n + 100} MW", f"{english(n, 0)} MWe")), "MW", "en"
    return "quantity", text, "MW", "fr"


def jobs(rng: random.Random) -> Fact:
    n = rng.randint(1, 5000)
    text = rng.choice(
        (
            f"{french(n, 0, rng)} emplois",
            f"une {rng.choice(('dizaine', 'trentaine', 'centaine', 'cinquantaine'))} d'emplois",
            f"about {n} jobs",
            f"{n} emplois directs",
            f"plus de {n} postes",
            f"quelque {french(n, 0, rng)} emplois",
        )
    )
    return "quantity", text, "jobs", "fr"


def percent(rng: random.Random) -> Fact:
    x = french(rng.uniform(0, 100), rng.choice((0, 1)), rng)
    return "quantity", rng.choice((f"{x} %", f"{x}%", f"{x} pour cent")), "ratio", "fr"


def period(rng: random.Random) -> Fact:
    y, m, d = rng.randint(2015, 2035), rng.randint(1, 12), rng.randint(1, 28)
    text = rng.choice(
        (
            f"{y}",
            f"début {y}",
            f"fin {y}",
            f"mi-{y}",
            f"{d} {MONTHS_FR[m - 1]} {y}",
            f"{MONTHS_EN[m - 1]} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}-{m:02d}",
            f"T{rng.randint(1, 4)} {y}",
            f"second semestre {y}",
            f"{y}-{y + 1}",
            f"fin {y} - début {y + 1}",
            f"à partir de {y}",
            f"à l'horizon {y}",
            f"au plus tard en {y}",
            f"fin du premier semestre {y}",
            f"fin T{rng.randint(1, 4)} {y}",
            f"{rng.randint(1, 4)}Q {y}",
            f"fin de l'été {y}",
            f"hiver {y}",
        )
    )
    if rng.random() < 0.15:
        return "period", rng.choice((f"late summer {y}", f"by {y} at the latest", f"end of {y}")), None, "en"
    return "period", text, None, "fr"


def count(rng: random.Random) -> Fact:
    text = rng.choice(
        (
            f"{rng.randint(1, 50)} data centers",
            rng.choice(("huit data centers", "eight data centres", "une dizaine de sites", "douze projets")),
            f"{rng.randint(1, 20)} à {rng.randint(21, 40)} sites",
        )
    )
    return "count", text, None, "fr"


GENERATORS: tuple[tuple[Callable[[random.Random], Fact], int], ...] = (
    (amount, 25),
    (area, 15),
    (power, 20),
    (jobs, 15),
    (percent, 5),
    (period, 18),
    (count, 2),
)


def random_fact(rng: random.Random) -> Fact:
    generators, weights = zip(*GENERATORS)
    return rng.choices(generators, weights)[0](rng)


def unique_facts(n: int, rng: random.Random) -> list[Fact]:
    """n facts with n distinct raw strings (periods come from a small space: few are unique)."""
    seen: set[str] = set()
    facts: list[Fact] = []
    while len(facts) < n:
        fact = random_fact(rng)
        if fact[1] not in seen:
            seen.add(fact[1])
            facts.append(fact)
    return facts


def realistic_facts(n: int, rng: random.Random, pool_size: int = 3000, one_off_share: float = 0.15) -> list[Fact]:
    """A skewed draw from a pool of common values, plus a share of one-off values."""
    facts = unique_facts(pool_size + int(n * one_off_share), rng)
    pool, one_offs = facts[:pool_size], facts[pool_size:]
    weights = [1 / (rank + 1) for rank in range(pool_size)]  # Zipf, s = 1
    drawn = rng.choices(pool, weights, k=n - len(one_offs))
    mixed = drawn + one_offs
    rng.shuffle(mixed)
    return mixed


def normalize_all(facts: list[Fact]) -> int:
    """Normalize every fact as the seed loader does; returns how many were rejected."""
    rejected = 0
    parse_quantity, parse_period, parse_count = (
        normalize.parse_quantity,
        normalize.parse_period,
        normalize.parse_count,
    )
    for kind, text, unit, lang in facts:
        try:
            if kind == "quantity":
                parse_quantity(text, unit, lang=lang)
            elif kind == "period":
                parse_period(text, lang=lang)
            else:
                parse_count(text, lang=lang)
        except normalize.NormalizeError:
            rejected += 1
    return rejected


def measure(name: str, facts: list[Fact], repeat: int) -> float:
    """Median facts/second over `repeat` runs, by wall clock; CPU time shown for shared machines."""
    wall_rates, cpu_rates = [], []
    for _ in range(repeat):
        normalize.clear_caches()
        wall, cpu = time.perf_counter(), time.process_time()
        rejected = normalize_all(facts)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        wall_rates.append(len(facts) / wall)
        cpu_rates.append(len(facts) / cpu)
    distinct = len({text for _, text, _, _ in facts})
    median = statistics.median(wall_rates)
    verdict = "ok" if median >= TARGET_PER_SECOND else "BELOW TARGET"
    print(
        f"{name:<10} {len(facts):>7} facts, {distinct:>7} distinct, {rejected} rejected: "
        f"{median:>9,.0f} facts/s (median wall), best {max(wall_rates):>9,.0f}, "
        f"CPU-time median {statistics.median(cpu_rates):>9,.0f}  [{verdict}]"
    )
    return median


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    print(f"Python {sys.version.split()[0]}, target {TARGET_PER_SECOND:,} facts/s")
    rates = [
        measure("unique", unique_facts(args.facts, rng), args.repeat),
        measure("realistic", realistic_facts(args.facts, rng), args.repeat),
    ]
    return 0 if min(rates) >= TARGET_PER_SECOND else 1


if __name__ == "__main__":
    raise SystemExit(main())
