"""Every shared pytest fixture (the data they use is in tests/fixtures.py).

- `sample_data`: the app's repository patched to serve `fixtures.sample_dataset()` (the service a
  page calls, patched by name as in the tests of every page);
- `run_page`: a page (or the whole app) run in AppTest on that data with URL query params;
- `fake_nominatim`, `local_http`: local HTTP servers (never the internet);
- `communes_file`, `outlines_file`: open-data files written for the test and pointed at through
  the `HDF_OPENDATA_*` settings;
- `shipped_seeds_copy`: the shipped seeds copied to `tmp_path/seeds` (a test may add or change
  files there); while the copy holds the shipped files unchanged, the intake's tables of it
  (`intake_seed.shipped_dataset`) are the ones built once per process.

Speed (issue 19): each new AppTest scans every installed distribution's metadata for Streamlit
components (0.2–0.5 s a test here, on hundreds of AppTests); nothing is installed during a run, so
the scan's answer is kept for the process (`_scan_installed_components_once`).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard.config import DEFAULT_SEEDS_DIR, REPO_ROOT
from tests.fixtures import (
    COMMUNES_JSON,
    FakeNominatim,
    RoutesHandler,
    assert_clean,
    host_port,
    local_http_server,
    outlines_geojson,
    sample_dataset,
)

# A missing translation is an error in every test, in-process and in the app the browser tests serve.
os.environ["HDF_STRICT_I18N"] = "1"


def _scan_installed_components_once() -> None:
    """AppTest calls streamlit's `scan_component_manifests()` for every new AppTest; the installed
    packages cannot change during the run, so its first answer serves the process."""
    from streamlit.components.v2 import manifest_scanner

    if not hasattr(manifest_scanner.scan_component_manifests, "cache_info"):
        manifest_scanner.scan_component_manifests = functools.cache(manifest_scanner.scan_component_manifests)


_scan_installed_components_once()

APP = REPO_ROOT / "dashboard" / "app.py"
PAGES_DIR = REPO_ROOT / "dashboard" / "ui" / "pages"


@pytest.fixture(autouse=True)
def small_open_data_files(monkeypatch):
    """Test files of open data hold a handful of rows: the plausibility minimums (100 substations,
    1000 communes, 5 outlines, 100 brownfields, 10 grid objects in a real file) are lowered; tests
    of those checks set them back (unset, a download is also compared with the cached file)."""
    for name in ("outlines", "substations", "communes", "cartofriches", "osm_grid", "ign_datacenters"):
        monkeypatch.setenv(f"HDF_OPENDATA_{name.upper()}_MIN_ROWS", "1")


@pytest.fixture(autouse=True)
def no_embedded_open_data(monkeypatch, tmp_path_factory):
    """Tests see only the open-data files they write: the copies shipped in data/reference/ are
    hidden (an empty HDF_OPENDATA_REFERENCE_DIR); tests of the embedded defaults use
    `embedded_open_data`."""
    monkeypatch.setenv("HDF_OPENDATA_REFERENCE_DIR", str(tmp_path_factory.mktemp("no-reference")))


@pytest.fixture(autouse=True)
def online_basemap(monkeypatch):
    """Pages draw on their online basemap without checking its tile server (HDF_BASEMAP=online);
    tests of the automatic fallback set "offline" or "auto"."""
    monkeypatch.setenv("HDF_BASEMAP", "online")


@pytest.fixture
def embedded_open_data(monkeypatch):
    """The copies shipped in data/reference/ in use, as on a fresh clone; returns their folder."""
    from dashboard.config import DATA_DIR

    monkeypatch.setenv("HDF_OPENDATA_REFERENCE_DIR", str(DATA_DIR / "reference"))
    return DATA_DIR / "reference"


@pytest.fixture
def sample_data(monkeypatch):
    """The repository serves the sample dataset (no open-data warnings); returns the dataset."""
    from dashboard.data import repository

    dataset = sample_dataset()
    monkeypatch.setattr(repository, "load_dataset", lambda: (dataset, []))
    return dataset


@pytest.fixture
def run_page(sample_data) -> Callable:
    """`run_page("map", type="data_center")` runs dashboard/ui/pages/map.py alone in AppTest, as if
    /map?type=data_center were opened, and checks it shows no exception and no error box;
    `run_page("app", ...)` runs the whole app (navigation, default page)."""
    from streamlit.testing.v1 import AppTest

    def run(page: str, *, clean: bool = True, **params):
        script = APP if page == "app" else PAGES_DIR / f"{page}.py"
        at = AppTest.from_file(str(script), default_timeout=60)
        at.query_params.update(params)
        at.run()
        if clean:
            assert_clean(at)
        return at

    return run


@pytest.fixture
def fake_nominatim():
    """A local Nominatim (tests.fixtures.FakeNominatim); `.calls` is reset for each test."""
    FakeNominatim.calls = []
    with local_http_server(FakeNominatim) as httpd:
        yield httpd


@pytest.fixture
def geocoder_env(monkeypatch, tmp_path, fake_nominatim) -> str:
    """The app's geocoder pointed at the fake Nominatim, with its own cache and no open data;
    returns the fake's host:port."""
    address = host_port(fake_nominatim)
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "opendata"))
    monkeypatch.setenv("HDF_GEOCODE_CACHE_DIR", str(tmp_path / "geocode"))
    monkeypatch.setenv("HDF_GEOCODE_DOMAIN", address)
    monkeypatch.setenv("HDF_GEOCODE_SCHEME", "http")
    for name in ("HDF_GEOCODE_OFFLINE", "HDF_OPENDATA_COMMUNES", "HDF_OPENDATA_SUBSTATIONS", "HDF_OPENDATA_OUTLINES"):
        monkeypatch.delenv(name, raising=False)
    return address


@pytest.fixture
def local_http():
    """A local HTTP server: fill `server.routes[path] = (status, body)`; `server.requests` logs the
    paths asked (with their query); `server.base` is its URL. Never the internet."""
    with local_http_server(RoutesHandler) as httpd:
        yield httpd


@pytest.fixture
def communes_file(tmp_path, monkeypatch) -> Path:
    """The commune list as the open-data cache holds it (geo.api.gouv.fr JSON), in use."""
    path = tmp_path / "communes.json"
    path.write_text(json.dumps(COMMUNES_JSON), encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_COMMUNES", str(path))
    return path


@pytest.fixture
def outlines_file(tmp_path, monkeypatch) -> Path:
    """Test outlines of the five départements as the open-data cache holds them, in use."""
    path = tmp_path / "departements.geojson"
    path.write_text(json.dumps(outlines_geojson()), encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(path))
    return path


def _seed_files_stamp(folder: Path) -> tuple:
    """The seed files' names and modification times, as intake_seed.shipped_dataset keys its cache."""
    return tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.y*ml")))


@pytest.fixture(scope="session")
def _shipped_seed_tables():
    from dashboard.data import intake_seed

    return _seed_files_stamp(DEFAULT_SEEDS_DIR), intake_seed.shipped_dataset(DEFAULT_SEEDS_DIR)


@pytest.fixture
def shipped_seeds_copy(tmp_path, monkeypatch, _shipped_seed_tables) -> Path:
    """A copy of the shipped seeds (tmp_path/seeds). Reading every seed and building the tables takes
    seconds; copytree keeps the files' modification times, so while the copy's names and times are
    the shipped ones (nothing added or changed) its tables are those built once for the process;
    any change is built as usual."""
    from dashboard.data import intake_seed

    folder = tmp_path / "seeds"
    shutil.copytree(DEFAULT_SEEDS_DIR, folder)
    shipped_stamp, shipped_tables = _shipped_seed_tables
    build = intake_seed._shipped

    def tables(folder_name: str, stamp: tuple):
        return shipped_tables if stamp == shipped_stamp else build(folder_name, stamp)

    monkeypatch.setattr(intake_seed, "_shipped", tables)
    return folder
