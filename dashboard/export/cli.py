"""`python -m dashboard.export`: write every chart of every page for the given filters.

    python -m dashboard.export --out DIR [--format png|svg|pdf] [--lang fr|en]
        [--type T[,T…]] [--dep D[,D…]] [--status S[,S…]] [--site ID[,ID…]]
        [--width W] [--height H] [--scale S] [--timeout SECONDS] [--tiles]

prints one line per file written (names: dashboard.export.naming). Exit codes (dashboard.data.cli's
convention): 0 all written;
1 an export failed (Chromium missing, a chart timed out or failed: the others are still written);
2 bad arguments (unknown format, language or filter value, a folder that cannot be written, a
non-positive size).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from dashboard.data import cli
from dashboard.domain.filters import FILTER_PARAMS, Choices, Filters
from dashboard.domain.schema import LANGUAGES
from dashboard.export.batch import export_all, load_dataset
from dashboard.export.decoration import DEFAULT_WIDTH
from dashboard.export.renderer import DEFAULT_SCALE, DEFAULT_TIMEOUT, FORMATS, ExportError, RenderOptions, get_exporter


def _positive(kind: type) -> Callable[[str], float]:
    def parse(raw: str):
        try:
            value = kind(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {raw!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be positive: {raw!r}")
        return value

    parse.__name__ = kind.__name__
    return parse


def _values(raw: list[str] | None) -> tuple[str, ...]:
    values: list[str] = []
    for item in raw or []:
        for value in item.split(","):
            value = value.strip()
            if value and value not in values:
                values.append(value)
    return tuple(values)


def build_parser() -> argparse.ArgumentParser:
    parser = cli.Parser(prog=cli.prog("dashboard.export"),
                     description="Export every chart of every page as images, for the given filters.")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created if needed)")
    parser.add_argument("--format", default="png", choices=FORMATS, help="image format (default: png)")
    parser.add_argument("--lang", default="fr", choices=LANGUAGES, help="language of titles and labels (default: fr)")
    for param, (name, _) in FILTER_PARAMS.items():
        parser.add_argument(f"--{param}", action="append", metavar="VALUE[,VALUE…]",
                            help=f"filter on {param} (repeatable, comma-separated)")
    parser.add_argument("--width", type=_positive(int), default=DEFAULT_WIDTH,
                        help=f"width in CSS px (default {DEFAULT_WIDTH})")
    parser.add_argument("--height", type=_positive(int), default=None,
                        help="height in CSS px (default: the chart's height on the page plus its title and sources)")
    parser.add_argument("--scale", type=_positive(float), default=DEFAULT_SCALE,
                        help="pixel ratio of PNG images (default 1)")
    parser.add_argument("--timeout", type=_positive(float), default=DEFAULT_TIMEOUT,
                        help=f"time limit per chart in seconds (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--tiles", action="store_true",
                        help="map tiles when their server is reachable (default: offline white background)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    problem = cli.writable_folder(args.out)
    if problem:
        parser.error(f"--out: {problem}")

    # Everything the arguments can get wrong (the filter values need the data) is checked before
    # Chromium starts: starting and closing it takes seconds.
    try:
        dataset = load_dataset()
    except Exception as exc:  # noqa: BLE001 - the seeds' loader reports its own problems
        cli.error(f"could not load the data ({type(exc).__name__}: {exc})")
        return cli.FAILURE
    if not dataset.problems.empty:
        print(f"warning: {len(dataset.problems)} rejected record(s) in the seeds; "
              "run python -m dashboard.data.build for details", file=sys.stderr)

    choices = Choices.from_sites(dataset.sites)
    selected: dict[str, tuple[str, ...]] = {}
    for param, (name, _) in FILTER_PARAMS.items():
        values = _values(getattr(args, param))
        allowed = getattr(choices, name)
        unknown = [v for v in values if v not in allowed]
        if unknown:
            valid = ", ".join(allowed) or "(none in the data)"
            parser.error(f"--{param}: unknown value(s) {', '.join(map(repr, unknown))}; valid values: {valid}")
        selected[name] = values
    filters = Filters(lang=args.lang, **selected)
    dataset = dataset.in_language(args.lang)
    options = RenderOptions(args.format, args.width, args.height, args.scale)

    def written(path: Path) -> None:
        try:
            print(path, flush=True)
        except BrokenPipeError:  # e.g. piped into `head`: the files are still written
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the rest of the run

    def failed(label: str, message: str) -> None:
        cli.error(f"{label}: {message}")

    exporter = get_exporter(timeout=args.timeout)
    try:
        result = export_all(dataset, filters, args.out, options, tiles=args.tiles, exporter=exporter,
                            on_written=written, on_failure=failed)
    except ExportError as exc:  # Chromium missing or not starting
        cli.error(str(exc))
        return cli.FAILURE
    finally:
        exporter.close()
    total = len(result.written) + len(result.failures)
    print(f"{len(result.written)} of {total} chart(s) written to {args.out} in {result.seconds:.1f} s",
          file=sys.stderr)
    return cli.FAILURE if result.failures else cli.OK

