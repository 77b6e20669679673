"""Run the bad-input corpus (tests/badinput.py) through the build and every page, print the counts.

    .venv/bin/python scripts/badinput_report.py [--no-app] [case ...]

Per case: the build command's exit code and whether it printed a traceback; the valid records
expected and loaded (sources, entities, facts); every page in AppTest (exceptions and "unexpected
error" messages). Last line: cases, tracebacks, unexpected-error pages, records lost.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.badinput import CASES, Counts, SeedIndex, case_env, write_case  # noqa: E402

PAGES = ("overview", "map", "occupancy", "investment", "data", "siting")


def run_build(env: dict[str, str], out: Path) -> tuple[int, bool, str]:
    result = subprocess.run(
        [sys.executable, "-m", "dashboard.build", "--seeds", env["HDF_SEEDS_DIR"], "--out", str(out)],
        env={**os.environ, **env}, capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    return result.returncode, "Traceback (most recent call last)" in result.stderr, result.stderr


def loaded_counts(env: dict[str, str]) -> tuple[Counts, bool, str]:
    from dashboard.data.build import build_dataset

    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        dataset = build_dataset(Path(env["HDF_SEEDS_DIR"]), warn=lambda message: None)
        counts = Counts(len(dataset.sources), len(dataset.sites), len(dataset.facts))
        return counts, False, "\n".join(map(str, dataset.problems.itertuples(index=False)))
    except Exception:
        return Counts(), True, traceback.format_exc()
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run_pages(env: dict[str, str], queries: tuple[str, ...]) -> tuple[int, int]:
    """(exception elements, 'unexpected error' messages) over every page and query string."""
    from urllib.parse import parse_qsl

    from streamlit.testing.v1 import AppTest

    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    exceptions = unexpected = 0
    try:
        for query in ("", *queries):
            for page in PAGES:
                at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
                for key, value in parse_qsl(query.lstrip("?")):
                    at.query_params[key] = value  # AppTest keeps one value per key (the last)
                at.run()
                at.switch_page(f"ui/pages/{page}.py").run()
                exceptions += len(at.exception)
                unexpected += sum("inattendue" in e.value or "unexpected" in e.value for e in at.error)
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return exceptions, unexpected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*")
    parser.add_argument("--no-app", action="store_true", help="build only (no AppTest)")
    args = parser.parse_args(argv)
    index = SeedIndex.read(ROOT / "seeds")
    totals = {"cases": 0, "build tracebacks": 0, "load tracebacks": 0, "page exceptions": 0,
              "unexpected-error pages": 0, "records lost": 0, "records accepted that should not be": 0}
    for case in CASES:
        if args.cases and case.name not in args.cases:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            expected = write_case(case, folder, index)
            env = case_env(folder)
            code, build_tb, _ = run_build(env, folder / "tables")
            loaded, load_tb, _ = loaded_counts(env)
            exceptions, unexpected = (0, 0) if args.no_app else run_pages(env, case.pages)
        lost = expected.lost(loaded)
        totals["cases"] += 1
        totals["build tracebacks"] += build_tb
        totals["load tracebacks"] += load_tb
        totals["page exceptions"] += exceptions
        totals["unexpected-error pages"] += unexpected
        totals["records lost"] += lost
        totals["records accepted that should not be"] += loaded.lost(expected)
        print(f"{case.name:24} build exit {code}{' TRACEBACK' if build_tb else ''}; expected {expected}, "
              f"loaded {loaded}, lost {lost}; pages: {exceptions} exceptions, {unexpected} unexpected errors",
              flush=True)
    print("TOTAL " + ", ".join(f"{k}: {v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
