"""Page speed, with the full data: a benchmark that prints figures, not a test.

    .venv/bin/python benchmarks/bench_pages.py [--runs 10] [--loads 7] [--skip-browser]

1. Server side: the median run of each page's script (AppTest, cache warm: one warm-up run,
   then `--runs` timed runs). Target: ≤ 150 ms per page.
2. Browser: the median time from navigation to "charts drawn" (every expected plotly chart has
   drawn traces; a map has its style loaded) of /investment and /map, each load in a fresh browser
   context, against a bare Streamlit page holding one small plotly chart, served in the same run.
   Target: ≤ 1.2 × the bare page.

The open-data files come from the environment as in the app (HDF_OPENDATA_OUTLINES,
HDF_OPENDATA_SUBSTATIONS, HDF_OPENDATA_DIR ...); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from dashboard import devserver  # noqa: E402

APP = REPO_ROOT / "dashboard" / "app.py"
PAGES = ("overview", "map", "occupancy", "investment", "data", "siting")
SERVER_TARGET_MS = 150.0
BROWSER_TARGET_RATIO = 1.2
# URL path -> plotly charts expected drawn
BROWSER_PAGES = {"/investment": 1, "/map": 1}

BARE_PAGE = '''import plotly.graph_objects as go
import streamlit as st

st.title("Bare page")
fig = go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2]))
st.plotly_chart(fig, width="stretch")
'''


def bench_server(runs: int) -> list[tuple[str, float, float, float]]:
    """(page, median ms, min ms, max ms) of the page's script run, cache warm."""
    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    rows = []
    for page in PAGES:
        at = AppTest.from_file(str(APP), default_timeout=120).run()
        at.switch_page(f"ui/pages/{page}.py").run()  # warm-up: data and caches loaded
        if at.exception:
            print(f"  {page}: exception during warm-up: {at.exception[0].value}", file=sys.stderr)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            at.run()
            times.append((time.perf_counter() - start) * 1000)
        rows.append((page, statistics.median(times), min(times), max(times)))
    return rows


def _load_ms(browser, url: str, charts: int) -> float:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    devserver.wait_for_charts(page, charts, timeout_ms=60_000)
    elapsed = (time.perf_counter() - start) * 1000
    context.close()
    return elapsed


def bench_browser(loads: int) -> list[tuple[str, float, float, float]]:
    """(label, median ms, min ms, max ms) of full loads until the charts are drawn."""
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_PAGE, encoding="utf-8")
        with devserver.serve(APP) as app, devserver.serve(bare) as bare_server, sync_playwright() as playwright:
            browser = devserver.launch_chromium(playwright)
            targets = [("bare page (1 chart)", bare_server.url + "/", 1)]
            for path, charts in BROWSER_PAGES.items():
                targets.append((path, app.url + path, charts))
            for _, url, charts in targets:  # warm-up: server caches, browser's compiled scripts
                _load_ms(browser, url, charts)
            timings: dict[str, list[float]] = {label: [] for label, _, _ in targets}
            for _ in range(loads):  # interleaved, so drifts hit every target alike
                for label, url, charts in targets:
                    timings[label].append(_load_ms(browser, url, charts))
            browser.close()
    for label, times in timings.items():
        rows.append((label, statistics.median(times), min(times), max(times)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Page speed benchmark (server-side runs, browser loads).")
    parser.add_argument("--runs", type=int, default=10, help="timed AppTest runs per page (default 10)")
    parser.add_argument("--loads", type=int, default=7, help="browser loads per URL (default 7)")
    parser.add_argument("--skip-browser", action="store_true")
    args = parser.parse_args(argv)

    print(f"Server side: median of {args.runs} runs per page after a warm-up (AppTest), target ≤ "
          f"{SERVER_TARGET_MS:.0f} ms")
    print(f"{'page':<12} {'median ms':>10} {'min ms':>8} {'max ms':>8}  target")
    for page, median, low, high in bench_server(args.runs):
        verdict = "ok" if median <= SERVER_TARGET_MS else "OVER"
        print(f"{page:<12} {median:>10.1f} {low:>8.1f} {high:>8.1f}  {verdict}")

    if args.skip_browser:
        return 0
    if devserver.chromium_path() is None:
        print(f"browser part skipped: Chromium not found at {devserver.CHROMIUM}", file=sys.stderr)
        return 1
    print()
    print(f"Browser: median of {args.loads} loads (fresh context each) until the charts are drawn, "
          f"target ≤ {BROWSER_TARGET_RATIO}× the bare page")
    rows = bench_browser(args.loads)
    bare = rows[0][1]
    print(f"{'url':<22} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'× bare':>7}  target")
    for label, median, low, high in rows:
        ratio = median / bare
        verdict = "" if label == rows[0][0] else ("ok" if ratio <= BROWSER_TARGET_RATIO else "OVER")
        print(f"{label:<22} {median:>10.0f} {low:>8.0f} {high:>8.0f} {ratio:>7.2f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
