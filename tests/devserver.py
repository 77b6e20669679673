"""Serve the app for the browser tests, the screenshots and the benchmarks (development tooling).

    with serve(env={"HDF_OPENDATA_DIR": str(tmp)}) as server:
        page.goto(server.url + "/map?type=data_center")

`start()` runs `python -m streamlit run <script>` on a free local port from the repository root (so
`.streamlit/config.toml` applies), waits for `/_stcore/health`, and returns a `Server` whose
`stop()` ends that process group only. `launch_chromium(playwright)` starts Debian's Chromium
(`/usr/bin/chromium`, or `HDF_CHROMIUM`; never a downloaded browser) with the flags the team uses.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard import config  # noqa: E402
from dashboard.config import REPO_ROOT  # noqa: E402
APP = REPO_ROOT / "dashboard" / "server.py"  # the entry point, as `make run` serves the app
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
    "--disable-background-networking",
    "--disable-component-update",
)
START_TIMEOUT_S = 60


class ServerError(RuntimeError):
    """The app did not start; the message holds the end of its log."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log_path: Path

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)  # the group we started, nothing else
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start(script: Path | str = APP, env: Mapping[str, str] | None = None, port: int | None = None,
          log_path: Path | None = None, timeout: float = START_TIMEOUT_S) -> Server:
    """Start `streamlit run script` on 127.0.0.1 and wait until it answers its health check."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    if log_path is None:
        log_path = Path(tempfile.mkstemp(prefix="streamlit-", suffix=".log")[1])
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
    ]
    full_env = {**os.environ, **(env or {}), "PYTHONPATH": str(REPO_ROOT)}
    log = open(log_path, "wb")  # noqa: SIM115 (closed with the process)
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    log.close()
    server = Server(url, process, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"streamlit exited with code {process.returncode}:\n{server.log_tail()}")
        if _healthy(url):
            return server
        time.sleep(0.2)
    server.stop()
    raise ServerError(f"streamlit did not answer {url}/_stcore/health within {timeout:.0f} s:\n{server.log_tail()}")


@contextlib.contextmanager
def serve(script: Path | str = APP, env: Mapping[str, str] | None = None, **kwargs) -> Iterator[Server]:
    server = start(script, env, **kwargs)
    try:
        yield server
    finally:
        server.stop()


def chromium_path() -> str | None:
    """Debian's Chromium (or the binary named by HDF_CHROMIUM), if installed; never a download."""
    wanted = config.chromium_override()
    for candidate in ([wanted] if wanted else [CHROMIUM, shutil.which("chromium")]):
        if candidate and os.path.exists(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def launch_chromium(playwright, **kwargs):
    """A headless Chromium browser from Playwright, on Debian's binary."""
    path = chromium_path()
    if path is None:
        raise FileNotFoundError(f"Chromium not found at {config.chromium_path(CHROMIUM)} "
                                "(apt-get install chromium)")
    return playwright.chromium.launch(executable_path=path, args=list(CHROMIUM_ARGS), headless=True, **kwargs)


CHART_SELECTOR = ".stPlotlyChart .js-plotly-plot"

# JavaScript: how many plotly charts have drawn something: SVG traces, or for a map (MapLibre) a
# loaded style (a map whose basemap style failed to load is blank, points included) and traces,
# and, for a map whose figure declares its area, the page's fit done (ui.components.map_view).
DRAWN_CHARTS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).filter(plot => {
    const layout = plot._fullLayout || {};
    const maps = Object.keys(layout).filter(k => /^map[0-9]*$/.test(k))
        .map(k => layout[k] && layout[k]._subplot && layout[k]._subplot.map).filter(Boolean);
    if (maps.length) {
        const fits = plot.layout && plot.layout.meta && plot.layout.meta.fit_bounds;
        return (plot.data || []).length > 0 && plot.querySelector('canvas') !== null
            && maps.every(map => map.isStyleLoaded()) && (!fits || plot.dataset.hdfView === 'settled');
    }
    return plot.querySelectorAll('.main-svg .trace').length > 0;
}).length"""

BLANK_MAPS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).filter(plot => {
    const layout = plot._fullLayout || {};
    return Object.keys(layout).filter(k => /^map[0-9]*$/.test(k))
        .some(k => layout[k]._subplot && layout[k]._subplot.map && !layout[k]._subplot.map.isStyleLoaded());
}).length"""


def wait_for_app(page, timeout_ms: float = 30_000) -> None:
    """Wait until Streamlit has finished running the page's script (no 'running' indicator)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            return app && app.getAttribute('data-test-script-state') === 'notRunning'
                && document.querySelector('[data-testid="stMain"]') !== null;
        }""",
        timeout=timeout_ms,
    )


def wait_for_charts(page, expected: int = 1, timeout_ms: float = 30_000) -> int:
    """Wait until at least `expected` plotly charts have drawn traces; returns how many have."""
    handle = page.wait_for_function(
        f"() => {{ const n = ({DRAWN_CHARTS_JS})(); return n >= {int(expected)} ? n : false; }}", timeout=timeout_ms)
    return int(handle.json_value())  # counted when the wait succeeded (a map may redraw right after)


_CONTENT_HEIGHT_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const sidebar = document.querySelector('[data-testid="stSidebarContent"]');
    return Math.max(main ? main.scrollHeight : 0, sidebar ? sidebar.scrollHeight : 0,
                    document.documentElement.scrollHeight);
}"""


# After a viewport change: two animation frames (the new size laid out and painted), then whether
# every plotly chart is as wide as its box (plotly relayouts to its container); false after 150 ms
# without frames.
_RELAID_OUT_JS = """() => new Promise(resolve => {
    setTimeout(() => resolve(false), 150);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(
        Array.from(document.querySelectorAll('.js-plotly-plot')).every(plot => !plot._fullLayout
            || Math.abs(plot._fullLayout.width - plot.getBoundingClientRect().width) < 2))));
})"""


def wait_for_relayout(page, timeout_ms: float = 300) -> None:
    """Wait until the charts have relaid out to a new viewport, at most `timeout_ms` (the fixed pause
    this replaces: usually two frames suffice)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not page.evaluate(_RELAID_OUT_JS) and time.monotonic() < deadline:
        pass


# Resolves once no element is still loading (Streamlit's skeletons), every chart is drawn (SVG
# traces; a map with its style loaded, as in DRAWN_CHARTS_JS) and the page has had no DOM change
# for `quiet` ms; or after `limit` ms (false). Streamlit hands over the run's elements before the
# frontend has loaded and drawn them (charts, tables, download buttons, their texts).
_SETTLED_JS = """([quiet, limit]) => new Promise(resolve => {
    const drawn = () => document.querySelector('[data-testid="stSkeleton"]') === null
        && Array.from(document.querySelectorAll('.stPlotlyChart')).every(box => {
            const plot = box.querySelector('.js-plotly-plot');
            if (!plot || !plot._fullLayout) return false;
            if (!(plot.data || []).length) return true;
            const maps = Object.keys(plot._fullLayout).filter(k => /^map[0-9]*$/.test(k))
                .map(k => plot._fullLayout[k]._subplot && plot._fullLayout[k]._subplot.map);
            if (maps.length) return plot.querySelector('canvas') !== null && maps.every(m => m && m.isStyleLoaded());
            return plot.querySelector('.main-svg .trace, .main-svg .hm') !== null;
        });
    let timer = null;
    const finish = settled => { observer.disconnect(); clearTimeout(timer); clearTimeout(cap); resolve(settled); };
    const wait = () => { clearTimeout(timer); timer = setTimeout(() => drawn() ? finish(true) : wait(), quiet); };
    const observer = new MutationObserver(wait);
    observer.observe(document.body, {subtree: true, childList: true, characterData: true});
    const cap = setTimeout(() => finish(false), limit);
    wait();
})"""


def wait_for_settled(page, quiet_ms: int = 250, timeout_ms: int = 1500) -> bool:
    """After wait_for_app: wait until the page has stopped changing (no DOM change in the main area for
    `quiet_ms`, every chart drawn), at most `timeout_ms` (the fixed pause this replaces); True if it
    settled."""
    return bool(page.evaluate(_SETTLED_JS, [quiet_ms, timeout_ms]))


# Resolves true once every map chart (plotly's map subplot, MapLibre) has painted its traces: its
# style and tiles loaded, not moving, no frame pending, and its points' layers rendered (MapLibre
# returns rendered features only for placed tiles); then two animation frames for the canvas to
# reach the screen. False after `limit` ms. Plotly adds the trace layers after the style loads, and
# MapLibre tiles a GeoJSON source in a worker: a screenshot taken when the style is loaded (or at
# MapLibre's `loaded()` alone) can show the outlines without the points, or an empty square.
_MAPS_PAINTED_JS = """limit => new Promise(resolve => {
    const maps = () => Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(plot =>
        Object.keys(plot._fullLayout || {}).filter(k => /^map[0-9]*$/.test(k))
            .map(k => plot._fullLayout[k]._subplot && plot._fullLayout[k]._subplot.map));
    const painted = map => {
        if (!map || !map.isStyleLoaded() || !map.loaded() || !map.areTilesLoaded() || map.isMoving()
            || map._frameRequest) return false;
        const points = map.getStyle().layers.filter(l => l.id.includes('trace-layer') && l.type === 'circle')
            .map(l => l.id);
        return !points.length || map.queryRenderedFeatures({layers: points}).length > 0;
    };
    const start = performance.now();
    const check = () => {
        const all = maps();
        if (all.every(painted)) {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
        } else if (performance.now() - start > limit) {
            resolve(false);
        } else {
            setTimeout(check, 50);
        }
    };
    check();
})"""


def wait_for_maps_painted(page, timeout_ms: int = 5000) -> bool:
    """Wait until every map on the page has painted its points (at most `timeout_ms`); True if so.
    Screenshots call it: a map's canvas paints after plotly reports the chart drawn."""
    return bool(page.evaluate(_MAPS_PAINTED_JS, timeout_ms))


def viewport_screenshot(page, path: Path | str) -> Path:
    """A screenshot of the viewport (the first screen), its maps painted."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wait_for_maps_painted(page)
    page.screenshot(path=str(path))
    return path


def full_page_screenshot(page, path: Path | str, width: int = 1400, min_height: int = 900,
                         max_height: int = 12_000) -> Path:
    """A screenshot of the whole page: Streamlit scrolls inside its main area, not the document,
    so the viewport is stretched to the content's height first (then restored)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    before = page.viewport_size
    height = int(page.evaluate(_CONTENT_HEIGHT_JS))
    page.set_viewport_size({"width": width, "height": max(min_height, min(height, max_height))})
    wait_for_relayout(page)
    height = int(page.evaluate(_CONTENT_HEIGHT_JS))  # charts may have grown
    page.set_viewport_size({"width": width, "height": max(min_height, min(height, max_height))})
    wait_for_relayout(page)
    wait_for_maps_painted(page)  # a resized map's canvas is cleared and painted again
    page.screenshot(path=str(path), full_page=True)
    if before:
        page.set_viewport_size(before)
    return path


def blank_map_count(page) -> int:
    """Map charts whose basemap style has not loaded (drawn blank, e.g. an online style offline)."""
    return page.evaluate(BLANK_MAPS_JS)


def plotly_data(page) -> list[list[dict]]:
    """Per plotly chart on the page, its traces: type, name, visible and the length of lat/lon/x/y."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(plot =>
            (plot.data || []).map(trace => ({
                type: trace.type || 'scatter', name: String(trace.name || ''),
                lat: trace.lat ? trace.lat.length : 0, lon: trace.lon ? trace.lon.length : 0,
                x: trace.x ? trace.x.length : 0, y: trace.y ? trace.y.length : 0,
                visible: trace.visible === undefined ? true : trace.visible,
            })))"""
    )


def map_point_count(page) -> int:
    """Points on the page's map charts (scattermap traces), context layers included."""
    return sum(
        trace["lat"]
        for chart in plotly_data(page)
        for trace in chart
        if trace["type"] in ("scattermap", "scattermapbox") and trace["visible"] is not False
    )


def exception_count(page) -> int:
    """Streamlit exception elements (a traceback shown to the reader)."""
    return page.locator('[data-testid="stException"]').count()


def main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def nav_labels(page) -> list[str]:
    """The menu's page titles (without the icons' ligature names)."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('[data-testid="stSidebarNav"] a')).map(a => {
            const spans = Array.from(a.querySelectorAll('span')).filter(s =>
                !s.closest('[data-testid="stIconMaterial"]') && s.getAttribute('data-testid') !== 'stIconMaterial');
            const label = spans.map(s => s.textContent).filter(t => t && t.trim()).pop();
            return (label || a.textContent).trim();
        })"""
    )
