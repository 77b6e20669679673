"""The app's data-access boundary: the only place with st.cache_data / st.cache_resource.

The app builds the tables with the same function as `python -m dashboard.data.build`, so what the
build writes is what the pages show. The cache key includes a fingerprint of the seed files and
of the open-data cache, so an edited seed or a fresh download shows up on the next rerun.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import threading
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st
from cachetools import LRUCache

from dashboard.config import seeds_dir
from dashboard.data import opendata
from dashboard.domain import communes as commune_list
from dashboard.domain import geo, grid_lines, power, siting, surface
from dashboard.domain.filters import Filters
from dashboard.data.build import build_dataset
from dashboard.domain.tables import Dataset


def _fingerprint(paths: list[Path]) -> tuple:
    stamps = []
    for path in paths:
        try:
            stat = path.stat()
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((str(path), None, None))
    return tuple(stamps)


def _inputs_fingerprint(folder: Path) -> tuple:
    seed_files = sorted(folder.glob("*.y*ml")) if folder.is_dir() else []
    return _fingerprint([*seed_files, opendata.local_path("substations")])


def _digest(fingerprint: tuple) -> str:
    """A short cache key for a fingerprint: st.cache_data hashes a long tuple of file stamps on
    every call (the pages call load_dataset once per chart), a 40-character string at once."""
    return hashlib.sha1(repr(fingerprint).encode()).hexdigest()


# The tables and the open datasets are read-only once built: one object shared by every session
# (st.cache_resource). st.cache_data unpickled a fresh copy on every call — the pages call
# load_dataset once per chart, and under 50 readers those copies were a large part of each rerun's
# time and memory. Nothing downstream mutates them (pandas' copy-on-write makes derived frames copies).
@st.cache_resource(show_spinner=False, max_entries=4)
def _cached_dataset(folder: str, fingerprint: str) -> tuple[Dataset, list[str]]:
    warnings: list[str] = []
    return build_dataset(Path(folder), warn=warnings.append), warnings


def load_dataset() -> tuple[Dataset, list[str]]:
    """The tables (valid records only; rejected ones in `.problems`) and open-data warnings."""
    folder = seeds_dir()
    return _cached_dataset(str(folder), _digest(_inputs_fingerprint(folder)))


@st.cache_resource(show_spinner=False, max_entries=32)
def _cached_open_dataset(name: str, fingerprint: tuple):
    try:
        return opendata.load(name), ""
    except opendata.OpenDataError as exc:
        return None, str(exc)


def open_dataset_present(name: str) -> bool:
    """Whether the dataset has a file (cache or override), without reading it."""
    return opendata.local_path(name).is_file()


def load_open_dataset(name: str):
    """(parsed dataset or None, error text or '') from the open-data cache."""
    return _cached_open_dataset(name, _fingerprint([opendata.local_path(name)]))


@st.cache_resource(show_spinner=False, max_entries=4)
def _cached_commune_choices(fingerprint: tuple):
    communes, error = _cached_open_dataset("communes", fingerprint)
    return commune_list.commune_choices(communes), error


def commune_choices():
    """(the communes a new site can be placed at, `communes.CommuneChoices`, or None; error text or ''),
    built once per communes file, not on every rerun of /ajouter."""
    return _cached_commune_choices(_fingerprint([opendata.local_path("communes")]))


@st.cache_resource(show_spinner=False, max_entries=64)
def _cached_drawn_outlines(fingerprint: tuple, box: tuple | None, tolerance: float) -> str | None:
    outlines, _ = _cached_open_dataset("outlines", fingerprint)
    return geo.geojson_data_url(geo.border_lines(outlines, box, tolerance)) if outlines else None


def drawn_outlines(box: tuple[float, float, float, float] | None = None, tolerance: float = 0.0) -> str | None:
    """The département outlines as a map draws them: each border once, as a `data:` URL (computed
    once per outlines file, box and tolerance: geo.border_lines; /site's small map sends ~30 kB
    instead of the region's ~195 kB). None when the outlines are not cached;
    load_open_dataset("outlines") says why and gives the polygons themselves."""
    return _cached_drawn_outlines(_fingerprint([opendata.local_path("outlines")]), box, tolerance)


@st.cache_resource(show_spinner=False, max_entries=4)
def _cached_click_grid(fingerprint: tuple, resolution: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    outlines, _ = _cached_open_dataset("outlines", fingerprint)
    lat, lon = surface.cell_centres(surface.region_cells(outlines, resolution))
    return tuple(lat.round(4).tolist()), tuple(lon.round(4).tolist())


def click_grid(resolution: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(latitudes, longitudes) of the centres of the region's H3 cells at `resolution`, to 4
    decimals (11 m): the points a map click can pick (computed once per outlines file)."""
    return _cached_click_grid(_fingerprint([opendata.local_path("outlines")]), resolution)


# Open datasets the siting scores depend on (RTE substations, OSM grid, Cartofriches).
_SITING_DATASETS = ("substations", "osm_grid", "cartofriches")


def _open_fingerprints(names) -> tuple:
    return tuple(_fingerprint([opendata.local_path(name)]) for name in names)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_siting(sites_key: str, request: siting.Request, files: tuple, _sites):
    (odre, error), (grid, _), (brownfields, _) = (
        _cached_open_dataset(name, stamp) for name, stamp in zip(_SITING_DATASETS, files)
    )
    return siting.evaluate(_sites, odre, request, grid=grid, brownfields=brownfields), error


def _sites_key(sites) -> str:
    return hashlib.sha256(pickle.dumps(sites, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()


def siting_evaluation(sites, request: siting.Request) -> tuple[siting.Evaluation, str]:
    """(siting.evaluate(sites, RTE substations, request, OSM grid, Cartofriches), the
    substations' error text or '') for /siting, computed once per (sites, open-data files,
    request): reruns that change only the basemap reuse it (each language once: its sites carry
    their names in it, i18n.names). The sites are keyed
    by their pickled bytes (cheaper to hash than a DataFrame)."""
    return _cached_siting(_sites_key(sites), request, _open_fingerprints(_SITING_DATASETS), sites)


def siting_data_version() -> tuple:
    """The stamps of the open-data files the siting scores read: a per_state key part."""
    return _open_fingerprints(_SITING_DATASETS)


# The suitability surface: distances once per data version, a preset's values once per preset.
_SURFACE_DATASETS = ("outlines", "substations", "osm_grid", "cartofriches", "communes")


def _surface_data(sites, files: tuple) -> tuple[dict | None, surface.GridData]:
    loaded = {name: _cached_open_dataset(name, stamp)[0] for name, stamp in zip(_SURFACE_DATASETS, files)}
    targets = geo.grid_targets(sites, loaded["substations"], loaded["osm_grid"])
    data = surface.GridData(targets=targets, lines_400kv=grid_lines.lines_of(loaded["osm_grid"], 400),
                            brownfields=loaded["cartofriches"], communes=loaded["communes"])
    return loaded["outlines"], data


@st.cache_data(show_spinner=False, max_entries=4)
def _cached_surface_inputs(sites_key: str, files: tuple, resolution: int, _sites):
    outlines, data = _surface_data(_sites, files)
    return surface.surface_inputs(outlines, data, resolution)


@st.cache_data(show_spinner=False, max_entries=12)
def _cached_surface_prepared(sites_key: str, files: tuple, resolution: int, preset: siting.Preset, _sites):
    return surface.prepare_surface(_cached_surface_inputs(sites_key, files, resolution, _sites), preset)


def surface_scores(sites, resolution: int, preset: siting.Preset, weights) -> pd.DataFrame:
    """The region's H3 cells scored for a preset and weights (surface.rescore): the distances are
    computed once per (sites, open-data files, resolution), a preset's values once per preset;
    a weight change only re-weights."""
    files = _open_fingerprints(_SURFACE_DATASETS)
    # Keyed without the names the pages show (in the reader's language): the surface reads the
    # substations' names as written only, so both languages share one computation.
    prepared = _cached_surface_prepared(_sites_key(sites.drop(columns=["name"])), files, resolution, preset, sites)
    return surface.rescore(prepared, weights)


def fetch_open_dataset(name: str) -> str:
    """Download a dataset now (a button's action); '' on success, else the error text."""
    try:
        opendata.fetch(name)
    except opendata.OpenDataError as exc:
        return str(exc)
    _cached_open_dataset.clear()
    _cached_dataset.clear()
    return ""


def open_dataset_origin(name: str) -> opendata.Origin:
    """Which file the dataset is read from (download, local file, embedded copy) and its date."""
    return opendata.origin(name)


# What a page computes from the tables for one filter state (a summary, a figure), kept on the
# dataset object itself: built once per (tables, key) and shared by every session, gone with the
# tables when they are rebuilt. Under 50 readers the overview's summary and the maps' figures were
# rebuilt by every rerun of every reader.
_PER_STATE_ATTR = "_per_state"
_PER_STATE_ENTRIES = 256
_per_state_lock = threading.Lock()


def per_state(dataset: Dataset, key: tuple, compute: Callable[[], object]):
    """compute() once per (dataset, key) — `key` names the thing and every input besides the tables
    (filters, language, options, open-data version) — then the same object for every session, so
    the result must be treated as read-only (figures are: st.plotly_chart serializes a copy)."""
    tables = tuple(id(getattr(dataset, name)) for name in ("sites", "facts", "occupancy", "sources", "schedule"))
    with _per_state_lock:
        memo = dataset.__dict__.setdefault(_PER_STATE_ATTR, LRUCache(maxsize=_PER_STATE_ENTRIES))
        found = memo.get((tables, key), _MISSING)
    if found is not _MISSING:
        return found
    value = compute()  # outside the lock: two sessions may both compute it once, never wait on each other
    with _per_state_lock:
        memo[(tables, key)] = value
    return value


_MISSING = object()


def open_data_version(names) -> tuple:
    """The open-data files' stamps (path, mtime, size) of `names`: a per_state key part."""
    return _open_fingerprints(tuple(names))


def open_dataset_date(name: str, dataset) -> str:
    """The file's own date (attrs["as_of"] of a tabular dataset), else the cache file's date."""
    as_of = getattr(dataset, "attrs", {}).get("as_of", "") if dataset is not None else ""
    if as_of:
        return str(as_of)
    origin = opendata.origin(name)
    if origin.as_of:
        return origin.as_of
    path = origin.path
    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat() if path.is_file() else ""


@st.cache_data(show_spinner=False, max_entries=4)
def _cached_candidates(text: str, lang: str, published, fingerprint: str):
    from dashboard.data import intake_process

    return intake_process.extract(text, lang=lang, published=published, sites=load_dataset()[0].sites)


def article_candidates(text: str, lang: str, published=None):
    """The candidate facts of an article, matched against the dataset's sites: extracted once per
    (text, language, date, data), not again on each rerun of the review (a tick, an edit); a long
    text in a child process, so that other readers' pages do not wait on it (data.intake_process:
    raises its ExtractionFailed, never cached)."""
    return _cached_candidates(text, lang, published, _digest(_inputs_fingerprint(seeds_dir())))


def power_view(dataset: Dataset, filters: Filters, measure: str | None = None,
               load_factor: float | None = None) -> power.PowerView:
    """/puissance's figures (domain.power.power_view) once per (dataset, filters, measure kind, load
    factor), shared by every session (`per_state`: read-only; no copy is made on each run, where
    st.cache_data unpickled one)."""
    return per_state(dataset, ("power-view", filters, measure, load_factor),
                     lambda: power.power_view(dataset, filters, measure, load_factor))

