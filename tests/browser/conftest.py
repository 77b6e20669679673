"""Browser tests: the app served by `streamlit run dashboard/server.py` (as `make run` serves it), driven in Debian's Chromium
(`/usr/bin/chromium`) through Playwright. Every test in this folder gets the `browser` marker
(run only these with `pytest -m browser`, leave them out with `-m "not browser"`).

Chromium missing (`/usr/bin/chromium`, or the path in HDF_CHROMIUM): the tests FAIL with a clear
message when CI=true, and are skipped otherwise.

Fixtures for your own `tests/browser/test_<feature>_browser.py`:

- `app_server` (session): the running app, a `tests.devserver.Server`; `app_server.url` is
  `http://127.0.0.1:<free port>`. It runs from the repository root (so `.streamlit/config.toml`
  applies) on the real seeds, with `HDF_OPENDATA_DIR` pointing at an empty temporary folder
  (nothing is downloaded) and `HDF_OPENDATA_OUTLINES` at a small outline GeoJSON of the five
  départements written here (`outlines_path`). It is stopped at the end of the session.
- `browser` (session): a Playwright `Browser` on Debian's Chromium, flags from `tests.devserver`.
- `browser_context` (session): the context the pages open in (1400×900, French locale, downloads
  accepted), its HTTP cache shared.
- `page`: a fresh page (tab) of that context per test. It records
  `page.dialogs` (messages of any alert/confirm/prompt, dismissed) and `page.errors` (uncaught
  JavaScript errors).
- `open_page(path)`: `page.goto(app_server.url + path)`, waits until Streamlit has finished the
  run, returns the page. `path` includes the query string: `open_page("/map?type=data_center")`.
- `shoot(name)`: saves a full-page screenshot to `tests/artifacts/screenshots/<name>.png`
  (git-ignored) and returns the path; call it for every page a test looks at.

Helpers live in `tests.devserver` (shared with scripts/screenshots.py and the benchmark):
`wait_for_app(page)`, `wait_for_charts(page, n)` (n plotly charts with drawn traces or a MapLibre
canvas), `plotly_data(page)` (the traces of every chart, read in the page from
`document.querySelectorAll('.js-plotly-plot')[i].data`), `map_point_count(page)`,
`exception_count(page)`, `main_text(page)`, `nav_labels(page)`, `full_page_screenshot(page, path)`,
`viewport_screenshot(page, path)` (both wait until each map has painted its points:
`wait_for_maps_painted(page)`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests import devserver
from tests.fixtures import outlines_geojson

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "tests" / "artifacts" / "screenshots"
VIEWPORT = {"width": 1400, "height": 900}
BROWSER_DIR = Path(__file__).resolve().parent

def pytest_collection_modifyitems(config, items):
    for item in items:
        if BROWSER_DIR in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def _unavailable(message: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run on CI: {message}", pytrace=False)
    pytest.skip(message)


def write_test_outlines(path: Path) -> Path:
    path.write_text(json.dumps(outlines_geojson()), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def outlines_path(tmp_path_factory) -> Path:
    return write_test_outlines(tmp_path_factory.mktemp("outlines") / "departements.geojson")


@pytest.fixture(scope="session")
def watch_queue_dir(tmp_path_factory) -> Path:
    """The served app's news-watch queue (HDF_WATCH_QUEUE): empty; a test that queues articles
    there removes them after it (see `queued_articles` in test_ajouter_browser.py)."""
    return tmp_path_factory.mktemp("watch")


@pytest.fixture(scope="session")
def app_server(tmp_path_factory, outlines_path, watch_queue_dir):
    opendata_dir = tmp_path_factory.mktemp("opendata")
    env = {"HDF_OPENDATA_DIR": str(opendata_dir), "HDF_OPENDATA_OUTLINES": str(outlines_path),
           "HDF_WATCH_QUEUE": str(watch_queue_dir), "HDF_INTAKE_WRITABLE_SEEDS": "",  # the repository's seeds stay as they are
           # only what the tests provide: no local copy from the developer's environment
           "HDF_OPENDATA_SUBSTATIONS": "", "HDF_OPENDATA_COMMUNES": ""}
    log_path = tmp_path_factory.mktemp("server") / "streamlit.log"
    server = devserver.start(env=env, log_path=log_path)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def playwright_instance():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed in the venv (pip install playwright)")
    if devserver.chromium_path() is None:
        where = os.environ.get("HDF_CHROMIUM") or devserver.CHROMIUM
        _unavailable(f"Chromium not found at {where} (apt-get install chromium; Playwright's own browsers "
                     "are not used)")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = devserver.launch_chromium(playwright_instance)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def browser_context(browser):
    """One context for the session's pages: its HTTP cache keeps Streamlit's static files (7.4 MB,
    served `immutable`) after the first load, where a fresh context fetched and compiled them for
    every test. The app keeps no cookie or storage of its own; each test gets its own page (tab),
    hence its own Streamlit session."""
    context = browser.new_context(viewport=VIEWPORT, locale="fr-FR", accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    page.dialogs = []
    page.errors = []

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    page.close()


@pytest.fixture
def open_page(page, app_server):
    def go(path: str):
        page.goto(app_server.url + path)
        devserver.wait_for_app(page)
        return page

    return go


@pytest.fixture
def shoot(page):
    def take(name: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)
        return devserver.full_page_screenshot(page, SCREENSHOTS / f"{safe}.png", width=VIEWPORT["width"])

    return take
