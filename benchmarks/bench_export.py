"""Benchmark: chart export (dashboard.export) against bare kaleido, on the real charts.

    .venv/bin/python benchmarks/bench_export.py [--repeat 5] [--format png] [--no-cli]

Prints, for the real charts of every page (the registry, built from the seeds with no filter):
- cold: the first export of a fresh exporter (Chromium start included), and the same for bare
  kaleido (`kaleido.start_sync_server()` then the first `kaleido.calc_fig_sync`);
- warm, per chart: the median of `--repeat` exports by `export_figure` (decoration included)
  and by bare kaleido's sync server (`calc_fig_sync`) of the same decorated figure, measured in
  the same run, interleaved, and their ratio (target: at most 1.2);
- the in-page download: a 2× PNG (what the PNG button renders), warm, per chart;
- batch: `export_all` of every chart with a warm exporter, and `python -m dashboard.export` end to
  end in a fresh process (imports, tables, Chromium start, every chart; target: at most 10 s).

The machine's load average is printed too: the figures are only comparable on a quiet machine.
Not a test: speed is machine-dependent, so it is printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import plotly.graph_objects as go  # noqa: E402

from dashboard import export  # noqa: E402
from dashboard.figures.registry import all_charts  # noqa: E402
from dashboard.domain.filters import Filters  # noqa: E402

REFERENCE_OUTLINES = ROOT.parent / "shared" / "reference" / "departements-hauts-de-france.geojson"


def load() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--format", default="png", choices=export.FORMATS)
    parser.add_argument("--no-cli", action="store_true", help="skip the end-to-end CLI run")
    args = parser.parse_args()
    if "HDF_OPENDATA_OUTLINES" not in os.environ and REFERENCE_OUTLINES.is_file():
        os.environ["HDF_OPENDATA_OUTLINES"] = str(REFERENCE_OUTLINES)  # the map with its outlines
    browser = export.find_browser()
    import kaleido

    print(f"load average at start: {load()}  (CPUs: {os.cpu_count()})")
    print(f"Chromium: {browser}; format {args.format}; outlines: {os.environ.get('HDF_OPENDATA_OUTLINES', 'none')}")
    dataset = export.load_dataset()
    specs = all_charts()
    filters = Filters()
    options = export.RenderOptions(args.format)
    figures = []
    for spec in specs:
        fig = spec.build(dataset, filters, "fr", dict(spec.default_options))
        title = export.export_title(fig, spec, "fr")
        decorated = export.decorate_for_export(fig, title, filters, "fr", dataset.sources, as_of=dataset.as_of)
        export.prepare_maps(decorated)
        figures.append((spec, fig, title, decorated))
    print(f"{len(specs)} charts on {len({s.page for s in specs})} pages: "
          + ", ".join(f"{s.page}/{s.chart_id}" for s in specs))

    # Cold
    exporter = export.Exporter()
    spec, fig, title, decorated = figures[0]
    started = time.perf_counter()
    export.export_figure(fig, title, filters, "fr", dataset, options, exporter=exporter)
    cold_ours = time.perf_counter() - started
    started = time.perf_counter()
    kaleido.start_sync_server(path=browser, mathjax=False, silence_warnings=True)
    kaleido.calc_fig_sync(decorated, opts=options.as_kaleido())
    cold_bare = time.perf_counter() - started
    print(f"\ncold first export ({spec.chart_id}): ours {cold_ours:.2f} s, bare kaleido {cold_bare:.2f} s")

    # Warm, interleaved
    ours: dict[str, list[float]] = {s.chart_id: [] for s in specs}
    bare: dict[str, list[float]] = {s.chart_id: [] for s in specs}
    page_png: dict[str, list[float]] = {s.chart_id: [] for s in specs}
    png2 = export.RenderOptions("png", export.DEFAULT_WIDTH, None, export.PAGE_PNG_SCALE)
    for round_ in range(args.repeat):
        for spec, fig, title, decorated in figures:
            runs = [("bare", lambda: kaleido.calc_fig_sync(decorated, opts=options.as_kaleido())),
                    ("ours", lambda: export.export_figure(fig, title, filters, "fr", dataset, options,
                                                          exporter=exporter))]
            if round_ % 2:
                runs.reverse()
            for name, run in runs:
                started = time.perf_counter()
                run()
                (bare if name == "bare" else ours)[spec.chart_id].append(time.perf_counter() - started)
            started = time.perf_counter()
            export.export_figure(fig, title, filters, "fr", dataset, png2, exporter=exporter)
            page_png[spec.chart_id].append(time.perf_counter() - started)

    print(f"\nwarm export, median of {args.repeat} (s)   ours   bare   ratio   in-page 2x PNG")
    ratios = []
    for spec in specs:
        o, b, p = (statistics.median(d[spec.chart_id]) for d in (ours, bare, page_png))
        ratios.append(o / b)
        print(f"  {spec.page + '/' + spec.chart_id:40s} {o:6.3f} {b:6.3f} {o / b:6.2f}   {p:6.3f}")
    all_ours = statistics.median(v for values in ours.values() for v in values)
    all_bare = statistics.median(v for values in bare.values() for v in values)
    print(f"  {'median over every chart':40s} {all_ours:6.3f} {all_bare:6.3f} {all_ours / all_bare:6.2f}")
    print(f"  median of the per-chart ratios: {statistics.median(ratios):.2f} (target <= 1.2); "
          f"worst {max(ratios):.2f}")
    kaleido.stop_sync_server(silence_warnings=True)

    # Batch, warm exporter
    with tempfile.TemporaryDirectory() as folder:
        result = export.export_all(dataset, filters, Path(folder), options, exporter=exporter)
    print(f"\nbatch, warm exporter: {len(result.written)} charts in {result.seconds:.2f} s"
          + (f" ({len(result.failures)} failed)" if result.failures else ""))
    print(f"exporter browser starts during the whole run: {exporter.starts}")
    exporter.close()

    if not args.no_cli:
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            run = subprocess.run([sys.executable, "-m", "dashboard.export", "--out", folder, "--format", args.format],
                                 cwd=ROOT, capture_output=True, text=True)
            wall = time.perf_counter() - started
        written = len(run.stdout.splitlines())
        print(f"batch, CLI end to end (fresh process, cold Chromium): {written} files in {wall:.2f} s "
              f"(exit {run.returncode}; {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ''})")
    print(f"\nload average at end: {load()}")
    return 0


if __name__ == "__main__":
    go.Figure()  # plotly imported before timing
    sys.exit(main())
