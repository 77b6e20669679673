"""A click on /siting's map until the candidate's ranked row: a benchmark that prints figures, not a test.

    .venv/bin/python benchmarks/bench_siting_click.py [--clicks 5] [--skip-browser]

1. Server side: what the server does for a click, in AppTest with the full data: the page opened
   (caches warm), then for each of `--clicks` grid points not scored before, the run with that
   place in the URL (`?cand=lat,lon,o=click`, which the click's callback writes): the candidate is
   named, its distances measured, every row scored and ranked again (the evaluation's cache
   misses, as for a real click) and the page drawn. Target: < 1 s.
2. Browser: `streamlit run` and Chromium; for each click, from the mouse click on a point of the
   score map's click grid (hovered first; the click that reached the server) until the first ranks
   show the candidate's row (then the page is opened afresh). This adds the websocket, the
   frontend's rerun and the drawing to the server's run.

The machine is shared and noisy: one run gives an order of magnitude; say so with the figures.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from tests import devserver  # noqa: E402

APP = REPO_ROOT / "dashboard" / "app.py"
TARGET_MS = 1000.0


def grid_values(n: int) -> list[str]:
    """`n` grid points spread over the region, as the click's URL values."""
    from dashboard.data import repository as data
    from dashboard.ui.components.siting_candidates import CLICK_GRID_RESOLUTION

    lats, lons = data.click_grid(CLICK_GRID_RESOLUTION)
    step = max(1, len(lats) // (n + 1))
    return [f"{lats[i]},{lons[i]},o=click" for i in range(step, step * (n + 1), step)][:n]


def bench_server(clicks: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.switch_page("ui/pages/siting.py").run()
    at.run()  # caches warm
    times = []
    for value in grid_values(clicks):
        at.query_params["cand"] = value
        start = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - start) * 1000)
        if at.exception:
            raise RuntimeError(f"the page failed for cand={value}: {at.exception[0].value}")
        del at.query_params["cand"]
    return times


def bench_browser(clicks: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    from tests.browser.test_siting_browser import CANDIDATE_ROW_JS, RANKING_TABLE, click_grid_point

    times = []
    with devserver.serve(REPO_ROOT / "dashboard" / "server.py") as app, sync_playwright() as playwright:
        browser = devserver.launch_chromium(playwright)
        for _ in range(clicks):
            context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="fr-FR")
            page = context.new_page()
            page.goto(app.url + "/siting")
            devserver.wait_for_app(page)
            devserver.wait_for_charts(page, 1)
            page.wait_for_selector(RANKING_TABLE)
            _, start = click_grid_point(page)  # the click that reached the server
            page.wait_for_function(CANDIDATE_ROW_JS, polling="raf", timeout=60_000)
            times.append((time.perf_counter() - start) * 1000)
            context.close()
        browser.close()
    return times


def summary(label: str, times: list[float]) -> str:
    return (f"{label:<34} median {statistics.median(times):6.0f} ms   max {max(times):6.0f} ms   "
            f"({len(times)} clicks; target < {TARGET_MS:.0f} ms)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A click on /siting's map until the ranked candidate.")
    parser.add_argument("--clicks", type=int, default=5)
    parser.add_argument("--skip-browser", action="store_true")
    args = parser.parse_args(argv)
    lines = [summary("server: run with the new candidate", bench_server(args.clicks))]
    if not args.skip_browser:
        lines.append(summary("browser: click -> ranked row", bench_browser(args.clicks)))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
