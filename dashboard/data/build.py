"""Build the normalized tables from the seeds.

    python -m dashboard.data.build [--seeds DIR] --out DIR

Writes sites.csv, facts.csv, occupancy.csv, schedule.csv and sources.csv, then reports how many facts
are undated, stated by several sources, paraphrased, projections or bounds, and checks that every
value of sites.csv is the retained value (domain.retained; exit 1 if not). Warnings (a file read as Windows-1252,
a publication date read as unknown) are printed. On any other problem in the seeds it lists every
problem (file, record, field, value, why; under a root cause, the records depending on it), writes
nothing and exits 1.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.data import cli, opendata
from dashboard.data.seeds import DEFAULT_SEEDS_DIR, load_seeds
from dashboard.domain.retained import fact_report, retained_disagreements
from dashboard.domain.tables import Dataset, build_tables

TABLE_FILES = ("sites", "facts", "occupancy", "schedule", "sources")


def load_substations(warn=print) -> pd.DataFrame | None:
    """RTE's substations from the open-data cache, or None (225 kV distances then stay empty)."""
    try:
        return opendata.load("substations")
    except opendata.OpenDataError as exc:
        warn(f"warning: {exc}; 225 kV distances left empty")
        return None


def build_dataset(seeds_dir: Path | str = DEFAULT_SEEDS_DIR, warn=print) -> Dataset:
    """The one path from seeds to tables, shared by this command and the app."""
    return build_tables(load_seeds(seeds_dir), load_substations(warn))


def write_tables(dataset: Dataset, out_dir: Path) -> list[Path]:
    """Write every table into a temporary folder first, then move them in: never half-way."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(dir=out_dir) as staging:
        for name in TABLE_FILES:
            getattr(dataset, name).to_csv(Path(staging) / f"{name}.csv", index=False)
        for name in TABLE_FILES:
            target = out_dir / f"{name}.csv"
            shutil.move(Path(staging) / f"{name}.csv", target)
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = cli.Parser(prog=cli.prog("dashboard.build"), description="Build the tables from the seeds.")
    parser.add_argument("--seeds", type=Path, default=None, help="seed folder (default: HDF_SEEDS_DIR, else seeds/)")
    parser.add_argument("--out", type=Path, required=True, help="output folder for the CSV tables")
    args = parser.parse_args(argv)
    args.seeds = args.seeds or config.seeds_dir()
    if not args.seeds.is_dir():
        parser.error(f"--seeds: {args.seeds} is not a folder")
    problem = cli.writable_folder(args.out)
    if problem:
        parser.error(f"--out: {problem}")

    dataset = build_dataset(args.seeds, warn=lambda message: print(message, file=sys.stderr))
    problems = dataset.problems
    errors = problems[problems["severity"] != "warning"]
    for row in problems[problems["severity"] == "warning"].itertuples(index=False):
        print(f"warning: {row.file}: {row.record}: {row.field}={row.value!r}: {row.reason}", file=sys.stderr)
    if not errors.empty:
        print(f"{len(errors)} problem(s) in {args.seeds}; nothing written:", file=sys.stderr)
        for row in errors.itertuples(index=False):
            print(f"  {row.file}: {row.record}: {row.field}={row.value!r}: {row.reason}", file=sys.stderr)
            for line in filter(None, str(row.dependents).split("\n")):
                print(f"      {line}", file=sys.stderr)
        return cli.FAILURE
    try:
        written = write_tables(dataset, args.out)
    except OSError as exc:
        cli.error(f"cannot write to {args.out} ({exc.strerror or exc})")
        return cli.FAILURE
    sites = dataset.sites
    print(
        f"{len(sites)} sites, {len(dataset.facts)} facts, {len(dataset.occupancy)} occupancy points, "
        f"{len(dataset.sources)} sources -> {', '.join(str(p) for p in written)}"
    )
    report = fact_report(dataset.facts)
    print(f"facts: {report['undated']} undated, {report['one_of_several']} attributed to one of several sources, "
          f"{report['several_sources']} stated by several sources (also_sources), {report['paraphrased']} "
          f"paraphrased (quoted: false), {report['projections']} projections, {report['bounds']} bounds (≤ / ≥)")
    disagreements = retained_disagreements(sites, dataset.facts)
    for line in disagreements:  # never expected: the sites table is built from the retained values
        print(f"error: retained value differs: {line}", file=sys.stderr)
    return 1 if disagreements else cli.OK


if __name__ == "__main__":
    sys.exit(main())
