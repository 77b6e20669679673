"""Page speed, with the full data: a benchmark that prints figures, not a test.

    .venv/bin/python benchmarks/bench_pages.py [--runs 10] [--loads 5] [--repeat 1] [--pages map,siting]
                                               [--skip-browser] [--profile]

Every page of the app (dashboard.app.PAGES, so a new page is measured as soon as it exists) against
a bare Streamlit page holding one small plotly chart, served by the same Streamlit in the same run:

1. Server side: the median run of each page's script (AppTest, cache warm: one warm-up run, then
   `--runs` timed runs), plus the full garbage collection Streamlit runs after every run. Target: ≤ 150 ms per run. `--profile` prints where one run's time goes.
2. Browser: the median time from navigation until the page is loaded — Streamlit has finished the
   script run, the title is there, and every plotly chart on the page has drawn (SVG traces; a map
   has its style loaded and a canvas) and every table has its canvas — each load in a fresh browser
   context, the URLs interleaved so that the machine's drifts hit every page alike. Also the bytes
   the server sent over the websocket and the number of charts drawn at load.
   Target: ≤ 1.2 × the bare page. For reference, the same bare page opened as the second page of a
   two-page app (`/chart`): what Streamlit itself makes any page not at `/` pay.

The machine is shared and noisy: compare the ratios of one run, and use `--repeat N` to print the
median ratio of N runs. The open-data files come from the environment as in the app
(HDF_OPENDATA_OUTLINES, HDF_OPENDATA_SUBSTATIONS, HDF_OPENDATA_DIR ...); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import ast
import gc
import logging
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from tests import devserver  # noqa: E402

APP = REPO_ROOT / "dashboard" / "app.py"  # the script (AppTest runs it)
PAGES_REGISTRY = APP.parent / "ui" / "pages" / "__init__.py"
SERVED = REPO_ROOT / "dashboard" / "server.py"  # the entry point the browser loads, as `make run` serves it
SERVER_TARGET_MS = 150.0
BROWSER_TARGET_RATIO = 1.2
BARE = "bare page"

BARE_PAGE = '''import plotly.graph_objects as go
import streamlit as st

st.title("Bare page")
fig = go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2]))
st.plotly_chart(fig, width="stretch")
'''
# The same page as the second page of a two-page app, opened at its own path (/chart): what
# Streamlit makes any page not at `/` pay (the frontend first probes the path as a base URL, gets a
# 404, waits 100 ms, then connects at `/`). Shown for reference; the ratios stay against BARE. The
# app's pages are loaded as `make run` serves them (dashboard/server.py), which spares them that wait.
BARE_SUB = "bare sub-page"
BARE_SUBPAGE = '''import plotly.graph_objects as go
import streamlit as st


def chart_page():
    st.title("Bare page")
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])), width="stretch")


st.navigation([st.Page(lambda: st.title("Home"), title="Home", url_path="home", default=True),
               st.Page(chart_page, title="Chart", url_path="chart")]).run()
'''

# Loaded: the script run is over, the title is shown, the page's charts (as many as the same run in
# AppTest holds) have drawn and its tables are mounted. Counted from the server because Streamlit mounts a
# chart's element only once plotly's code has arrived.
# A chart has drawn: SVG traces (a heatmap draws an image layer), or for a map (MapLibre) its style
# parsed and its traces on a canvas. Unlike devserver.DRAWN_CHARTS_JS the basemap's tiles are not
# waited for: this machine is offline and they never come; online they stream in after the load.
DRAWN_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).filter(plot => {
    const layout = plot._fullLayout || {};
    const maps = Object.keys(layout).filter(k => /^map[0-9]*$/.test(k))
        .map(k => layout[k] && layout[k]._subplot && layout[k]._subplot.map).filter(Boolean);
    if (maps.length) {
        return (plot.data || []).length > 0 && plot.querySelector('canvas') !== null
            && maps.every(map => map.style && map.style._loaded);
    }
    return plot.querySelectorAll('.main-svg .trace, .main-svg .hm').length > 0;
}).length"""
LOADED_JS = """([charts, tables]) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    const main = document.querySelector('[data-testid="stMain"]');
    if (!main || !main.querySelector('h1')) return false;
    const drawn = (%s)();
    // A table below the fold draws its canvas only once scrolled to: mounted is what counts.
    const tablesDrawn = main.querySelectorAll('[data-testid="stDataFrame"]').length;
    return drawn >= charts && tablesDrawn >= tables;
}""" % DRAWN_JS


STATE_JS = """() => [document.querySelector('[data-testid="stApp"]')?.getAttribute('data-test-script-state'),
    (%s)(), document.querySelectorAll('.stPlotlyChart').length,
    document.querySelectorAll('[data-testid="stDataFrame"]').length]""" % DRAWN_JS


def app_pages() -> list[str]:
    """The page keys of the app's PAGES (dashboard/ui/pages), in menu order (read, not imported: importing the
    entry point would run it)."""
    tree = ast.parse(PAGES_REGISTRY.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "PAGES" for t in node.targets):
            return [key for key, _ in ast.literal_eval(node.value)]
    raise SystemExit(f"PAGES not found in {PAGES_REGISTRY}")


def page_urls(site_id: str | None) -> dict[str, str]:
    """page key -> URL path and query of every page of the app (the first one is `/`)."""
    urls = {}
    for index, key in enumerate(app_pages()):
        if not (APP.parent / "ui" / "pages" / f"{key}.py").is_file():
            continue
        path = "/" if index == 0 else f"/{key}"
        if key == "site" and site_id:
            path += f"?id={site_id}"
        urls[key] = path
    return urls


def a_site_id() -> str | None:
    """A data centre of the seeds, for the per-site page."""
    from dashboard.data.build import build_dataset

    sites = build_dataset(warn=lambda message: None).sites
    data_centres = sites[sites["project_type"] == "data_center"]
    return str(data_centres["site_id"].iloc[0]) if not data_centres.empty else None


@dataclass
class ServerRun:
    ms: float  # median script run, cache warm
    charts: int  # plotly charts the run draws
    tables: int  # st.dataframe tables it shows


def bench_server(pages: dict[str, str], runs: int, profile: bool = False) -> dict[str, ServerRun]:
    """page -> its median script run (AppTest, cache warm) and what the run draws."""
    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    medians = {}
    for page, url in pages.items():
        at = AppTest.from_file(str(APP), default_timeout=120).run()
        if "?" in url:
            at.query_params.update(dict(part.split("=", 1) for part in url.split("?", 1)[1].split("&")))
        at.switch_page(f"ui/pages/{page}.py").run()  # warm-up: data and caches loaded
        if at.exception:
            print(f"  {page}: exception during warm-up: {at.exception[0].value}", file=sys.stderr)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            at.run()
            # The real server then runs a full collection (runner.postScriptGC) holding the GIL, and
            # AppTest returns before it: count it, as the browser waits for it.
            gc.collect(2)
            times.append((time.perf_counter() - start) * 1000)
        medians[page] = ServerRun(statistics.median(times), *_shown(at.main))
        if profile:
            _profile_run(at, page)
    return medians


def _shown(node) -> tuple[int, int]:
    """(plotly charts, tables) a run shows at load: what a collapsed expander holds is not drawn yet."""
    charts = tables = 0
    for child in getattr(node, "children", {}).values():
        if type(child).__name__ == "Expander":
            continue
        kind = getattr(child, "type", None)
        charts += kind == "plotly_chart"
        tables += kind == "dataframe"
        inner = _shown(child)
        charts, tables = charts + inner[0], tables + inner[1]
    return charts, tables


def _profile_run(at, page: str) -> None:
    """cProfile of one run of the page's script (it runs in a thread of its own)."""
    import cProfile
    import pstats
    import threading

    profiler = cProfile.Profile()

    def start_in_script_thread(*_):
        threading.setprofile(None)
        profiler.enable()  # in the thread the runner has just started

    threading.setprofile(start_in_script_thread)
    at.run()
    threading.setprofile(None)
    print(f"\n--- profile of one run of {page} (cumulative, top 30) ---")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


LOAD_TIMEOUT_MS = 180_000  # generous: a shared machine under load, a cold server's first load


def _load(browser, url: str, expected: tuple[int, int]) -> tuple[float, int]:
    """(ms until loaded, bytes received over the websocket) of one load, fresh context."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    received = [0]

    def on_socket(socket):
        socket.on("framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload)))

    page.on("websocket", on_socket)
    start = time.perf_counter()
    page.goto(url)
    try:
        page.wait_for_function(LOADED_JS, arg=list(expected), timeout=LOAD_TIMEOUT_MS)
    except Exception as exc:  # say which page did not load and what it showed
        state = page.evaluate(STATE_JS)
        raise RuntimeError(f"{url} not loaded in {LOAD_TIMEOUT_MS / 1000:.0f} s: expected (charts, tables) "
                           f"{expected}, page shows {state}") from exc
    elapsed = (time.perf_counter() - start) * 1000
    context.close()
    return elapsed, received[0]


def bench_browser(pages: dict[str, str], server: dict[str, ServerRun], loads: int) -> dict[str, tuple[float, float]]:
    """label -> (median ms, median websocket kB) of full loads; BARE is the bare page."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_PAGE, encoding="utf-8")
        bare_sub = Path(folder) / "bare_sub.py"
        bare_sub.write_text(BARE_SUBPAGE, encoding="utf-8")
        with devserver.serve(SERVED) as app, devserver.serve(bare) as bare_server, devserver.serve(bare_sub) as sub_server, \
                sync_playwright() as playwright:
            browser = devserver.launch_chromium(playwright)
            targets = [(BARE, bare_server.url + "/", (1, 0)), (BARE_SUB, sub_server.url + "/chart", (1, 0))] + [
                (page, app.url + url, (server[page].charts, server[page].tables)) for page, url in pages.items()]
            for _, url, expected in targets:  # warm-up: server caches, browser's compiled scripts
                _load(browser, url, expected)
            samples: dict[str, list[tuple[float, int]]] = {label: [] for label, _, _ in targets}
            for _ in range(loads):  # interleaved, so drifts hit every target alike
                for label, url, expected in targets:
                    samples[label].append(_load(browser, url, expected))
            browser.close()
    return {label: (statistics.median(s[0] for s in runs), statistics.median(s[1] for s in runs) / 1000)
            for label, runs in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Page speed benchmark (server-side runs, browser loads).")
    parser.add_argument("--runs", type=int, default=10, help="timed AppTest runs per page (default 10)")
    parser.add_argument("--loads", type=int, default=5, help="browser loads per URL and repeat (default 5)")
    parser.add_argument("--repeat", type=int, default=1, help="browser runs; the table shows their medians")
    parser.add_argument("--pages", help="comma-separated page keys (default: every page)")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run of each page")
    args = parser.parse_args(argv)

    pages = page_urls(a_site_id())
    if args.pages:
        wanted = args.pages.split(",")
        pages = {key: url for key, url in pages.items() if key in wanted}
    server = bench_server(pages, args.runs, args.profile)
    if args.skip_browser:
        print(f"{'page':<12} {'server ms':>9}  (target ≤ {SERVER_TARGET_MS:.0f} ms per run)")
        for page, run in server.items():
            print(f"{page:<12} {run.ms:>9.0f}  {'ok' if run.ms <= SERVER_TARGET_MS else 'OVER'}")
        return 0
    if devserver.chromium_path() is None:
        print(f"browser part skipped: Chromium not found at {devserver.CHROMIUM}", file=sys.stderr)
        return 1
    runs = []
    for repeat in range(args.repeat):
        rows = bench_browser(pages, server, args.loads)
        runs.append(rows)
        bare = rows[BARE][0]
        print(f"run {repeat + 1}/{args.repeat}: bare {bare:.0f} ms, bare sub-page {rows[BARE_SUB][0] / bare:.2f}×; "
              + ", ".join(f"{page} {rows[page][0] / bare:.2f}×" for page in pages), flush=True)
    print()
    print(f"Median of {args.repeat} run(s) × {args.loads} loads (fresh browser context each); server side: "
          f"median of {args.runs} AppTest runs. Targets: ≤ {BROWSER_TARGET_RATIO}× bare, ≤ {SERVER_TARGET_MS:.0f} ms.")
    print(f"{'page':<12} {'url':<34} {'load ms':>8} {'× bare':>7} {'server ms':>9} {'ws kB':>7} {'charts':>6} "
          f"{'tables':>6}  verdict")
    bare_ms = statistics.median(r[BARE][0] for r in runs)
    bare_kb = statistics.median(r[BARE][1] for r in runs)
    print(f"{BARE:<12} {'(one bar chart)':<34} {bare_ms:>8.0f} {1:>7.2f} {'':>9} {bare_kb:>7.0f} {1:>6} {0:>6}")
    sub_ms = statistics.median(r[BARE_SUB][0] for r in runs)
    sub_ratio = statistics.median(r[BARE_SUB][0] / r[BARE][0] for r in runs)
    print(f"{BARE_SUB:<12} {'(the same, at /chart)':<34} {sub_ms:>8.0f} {sub_ratio:>7.2f} {'':>9} "
          f"{statistics.median(r[BARE_SUB][1] for r in runs):>7.0f} {1:>6} {0:>6}  reference")
    for page, url in pages.items():
        ms = statistics.median(r[page][0] for r in runs)
        ratio = statistics.median(r[page][0] / r[BARE][0] for r in runs)
        kb = statistics.median(r[page][1] for r in runs)
        run = server[page]
        verdict = "ok" if ratio <= BROWSER_TARGET_RATIO and run.ms <= SERVER_TARGET_MS else "OVER"
        print(f"{page:<12} {url[:34]:<34} {ms:>8.0f} {ratio:>7.2f} {run.ms:>9.0f} {kb:>7.0f} {run.charts:>6} "
              f"{run.tables:>6}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
