"""The app's data-access boundary: the only place with st.cache_data.

The app builds the tables with the same function as `python -m dashboard.data.build`, so what the
build writes is what the pages show. The cache key includes a fingerprint of the seed files and
of the open-data cache, so an edited seed or a fresh download shows up on the next rerun.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

import streamlit as st

from dashboard.config import seeds_dir
from dashboard.data import opendata
from dashboard.domain import siting
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


@st.cache_data(show_spinner=False)
def _cached_dataset(folder: str, fingerprint: str) -> tuple[Dataset, list[str]]:
    warnings: list[str] = []
    return build_dataset(Path(folder), warn=warnings.append), warnings


def load_dataset() -> tuple[Dataset, list[str]]:
    """The tables (valid records only; rejected ones in `.problems`) and open-data warnings."""
    folder = seeds_dir()
    return _cached_dataset(str(folder), _digest(_inputs_fingerprint(folder)))


@st.cache_data(show_spinner=False)
def _cached_open_dataset(name: str, fingerprint: tuple):
    try:
        return opendata.load(name), ""
    except opendata.OpenDataError as exc:
        return None, str(exc)


def load_open_dataset(name: str):
    """(parsed dataset or None, error text or '') from the open-data cache."""
    return _cached_open_dataset(name, _fingerprint([opendata.local_path(name)]))


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_siting(sites_key: str, request: siting.Request, substations: tuple, _sites):
    odre, error = _cached_open_dataset("substations", substations)
    return siting.evaluate(_sites, odre, request), error


def siting_evaluation(sites, request: siting.Request) -> tuple[siting.Evaluation, str]:
    """(siting.evaluate(sites, RTE substations, request), the substations' error text or '') for
    /siting, computed once per (sites, substations file, request): reruns that change only the
    language or the basemap reuse it. The sites are keyed by their pickled bytes (cheaper to hash
    than a DataFrame)."""
    sites_key = hashlib.sha256(pickle.dumps(sites, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()
    return _cached_siting(sites_key, request, _fingerprint([opendata.local_path("substations")]), sites)


def fetch_open_dataset(name: str) -> str:
    """Download a dataset now (a button's action); '' on success, else the error text."""
    try:
        opendata.fetch(name)
    except opendata.OpenDataError as exc:
        return str(exc)
    _cached_open_dataset.clear()
    _cached_dataset.clear()
    return ""
