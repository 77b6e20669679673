"""Where each open dataset's file lies and which one is in use: the override file
(HDF_OPENDATA_<NAME>), the downloaded cache (HDF_OPENDATA_DIR) with its download record, or the
copy shipped under data/reference/ (HDF_OPENDATA_REFERENCE_DIR)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from dashboard import config
from dashboard.data.opendata_registry import dataset_for


def cache_dir() -> Path:
    return config.opendata_dir()


def embedded_path(name: str) -> Path | None:
    """The copy shipped under data/reference/, None when the dataset has none."""
    dataset = dataset_for(name)
    return config.reference_dir() / dataset.embedded if dataset.embedded else None


def local_path(name: str) -> Path:
    """Where the dataset is read from: the override file, else the downloaded cache file, else
    the embedded copy (data/reference/); the cache file's path when there is none of them."""
    dataset = dataset_for(name)
    cached = cache_dir() / dataset.filename
    override = config.opendata_override(name)
    if override or cached.is_file():
        return override or cached
    embedded = embedded_path(name)
    return embedded if embedded is not None and embedded.is_file() else cached


def checksum_path(name: str) -> Path:
    """The record of a downloaded file: its URL, date and SHA-256, beside the cache file."""
    return cache_dir() / (dataset_for(name).filename + ".sha256.json")


@dataclass(frozen=True)
class Origin:
    """Which file a dataset is read from: kind "override" (HDF_OPENDATA_<NAME>), "download" (the
    cache), "embedded" (data/reference/) or "missing"; `as_of` the embedded edition's date, or
    the download's date from its record ('' when unknown: a tabular file dates itself)."""

    kind: str
    path: Path
    as_of: str = ""


def origin(name: str) -> Origin:
    path, dataset = local_path(name), dataset_for(name)
    if not path.is_file():
        return Origin("missing", path)
    if path == embedded_path(name):
        return Origin("embedded", path, dataset.embedded_as_of)
    if path.parent != cache_dir() or path.name != dataset.filename:
        return Origin("override", path)
    try:
        fetched = str(json.loads(checksum_path(name).read_text(encoding="utf-8")).get("fetched") or "")
    except (OSError, ValueError, AttributeError):
        fetched = ""
    return Origin("download", path, fetched)
