"""Download, check, cache and read the open datasets (declared in opendata_registry): `fetch(name)`
downloads a file, refuses one that is cut short, unreadable or with fewer records than expected,
and replaces the cache atomically; `load(name)` reads the file in use (opendata_files.local_path)
back, checked against the SHA-256 recorded at its download."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import tempfile
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.data import cartofriches
from dashboard.data.opendata_checks import (
    CorruptDataError, OpenDataError, check_complete, check_count, check_table, count_records, required_rows)
from dashboard.data.opendata_download import DOWNLOAD_TIMEOUT_S, download
from dashboard.data.opendata_files import cache_dir, checksum_path, local_path
from dashboard.data.opendata_registry import OpenDataset, dataset_for, download_url, min_rows


def _in_use(name: str):
    """A dataset another one's reader needs (outlines, communes), None when missing or unreadable."""
    try:
        return load(name)
    except OpenDataError:
        return None


def _read(dataset: OpenDataset, raw: bytes):
    """The dataset's reader on `raw`, given the datasets it places rows with (dataset.needs) in use."""
    return dataset.parse(raw, **{need: _in_use(need) for need in dataset.needs})


def _record(name: str, url: str, raw: bytes, rows: int | None = None) -> dict:
    return {"url": url, "fetched": datetime.date.today().isoformat(), "sha256": hashlib.sha256(raw).hexdigest(),
            "rows": rows}


def _complete(dataset: OpenDataset, filename: str, raw: bytes, required: tuple[int, str] | None = None) -> int | None:
    """The file's record count once it is complete and plausible (opendata_checks); a tabular
    download's records are counted after its reader (_checked_table), its raw CSV only checked
    for a cut-off last row (a cut-off JSON fails its reader)."""
    if dataset.tabular:
        _, problem = count_records(filename, raw) if filename.lower().endswith(".csv") else (None, "")
        if problem:
            raise CorruptDataError(f"{dataset.name}: corrupt ({problem})")
        return None
    return check_complete(dataset.name, filename, raw, required or min_rows(dataset))


def _previous_rows(dataset: OpenDataset) -> int | None:
    """Records of the cached file a download would replace (None: no readable cache)."""
    target = cache_dir() / dataset.filename
    try:
        if dataset.tabular:
            import pyarrow.parquet

            return pyarrow.parquet.read_metadata(target).num_rows
        return json.loads(checksum_path(dataset.name).read_text(encoding="utf-8")).get("rows")
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    except Exception:  # pyarrow's ArrowInvalid on a broken cache: nothing to compare with
        return None


def _required(dataset: OpenDataset) -> tuple[int, str]:
    """(fewest records a download of `dataset` must have, why): opendata_checks.required_rows."""
    return required_rows(min_rows(dataset), _previous_rows(dataset), config.opendata_min_rows_set(dataset.name),
                         config.opendata_min_rows_setting(dataset.name))


def _checked_table(dataset: OpenDataset, parsed):
    """A parsed table with the columns the pages read (check_table); other datasets as they are."""
    if not dataset.columns:
        return parsed
    return check_table(dataset.name, parsed, dataset.columns, dataset.numbers)


def _parsed(dataset: OpenDataset, raw: bytes, origin: str):
    try:
        return _read(dataset, raw)
    except OpenDataError:
        raise
    except Exception as exc:  # a parser error on foreign data must not look like our bug
        raise OpenDataError(f"{dataset.name}: the file from {origin} cannot be read ({exc})") from None


def _atomic_write(target: Path, write: Callable[[str], None]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
        pass
    write(tmp.name)
    os.replace(tmp.name, target)


def fetch(name: str, timeout: float = DOWNLOAD_TIMEOUT_S) -> Path:
    """Download a dataset, check that it parses, then replace the cache file atomically."""
    dataset = dataset_for(name)
    url, date = download_url(name), ""
    if dataset.resolve is not None:
        try:
            url, date = dataset.resolve(download(url, timeout, name))
        except OpenDataError:
            raise
        except Exception as exc:
            raise OpenDataError(f"{name}: cannot find the current file at {download_url(name)} ({exc})") from None
    raw = download(url, timeout, name)
    required = _required(dataset)
    # A truncated download, or one with fewer records than the floor or the cached file, is not cached.
    source_name = dataset.filename if not dataset.tabular else Path(urllib.parse.urlparse(url).path).name
    rows = _complete(dataset, source_name, raw, required)
    parsed = _checked_table(dataset, _parsed(dataset, raw, url))
    if dataset.tabular:
        check_count(name, len(parsed), "rows of the region", required)
    target = cache_dir() / dataset.filename
    if dataset.tabular:
        # attrs["rows"] is the reader's count (rowcounts: read, placed, refused), kept as it is.
        record = {key: value for key, value in _record(name, url, raw).items() if key != "rows"}
        parsed.attrs.update(as_of=parsed.attrs.get("as_of") or date or cartofriches.date_in_name(url), **record)
        _atomic_write(target, lambda tmp: parsed.to_parquet(tmp, index=False))
    else:
        # The raw file is the cache: its SHA-256 is kept beside it and checked when it is read.
        record = json.dumps(_record(name, url, raw, rows), indent=1)
        _atomic_write(target, lambda tmp: Path(tmp).write_bytes(raw))
        _atomic_write(checksum_path(name), lambda tmp: Path(tmp).write_text(record, encoding="utf-8"))
    return target


def _verified(name: str, path: Path, raw: bytes) -> bytes:
    """`raw` when it is complete and what was downloaded (or there is no record: an override file)."""
    try:
        rows, incomplete = _complete(dataset_for(name), path.name, raw), None
    except CorruptDataError as exc:
        rows, incomplete = None, exc
    record = checksum_path(name)
    try:
        recorded = json.loads(record.read_text(encoding="utf-8")) if path.parent == cache_dir() else None
        expected = recorded["sha256"] if recorded else None
    except (OSError, ValueError, KeyError, TypeError):
        expected = None  # no record (an override file) or an unreadable one: the file's own checks only
    if expected is not None and hashlib.sha256(raw).hexdigest() != expected:
        counts = "" if rows is None else f", {rows} rows read" + (
            f", expected {recorded['rows']}" if recorded.get("rows") is not None else "")
        raise CorruptDataError(f"corrupt (the file changed since it was downloaded: SHA-256 differs from "
                               f"{record.name}){counts}; download it again")
    if incomplete is not None:
        raise incomplete
    return raw


def _load_tabular(dataset: OpenDataset, path: Path):
    """A cached Parquet as is; an override file in the publisher's format, parsed and dated."""
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    raw = path.read_bytes()
    _complete(dataset, path.name, raw)  # a cut-off last row
    frame = _read(dataset, raw)
    if not frame.attrs.get("as_of"):
        modified = datetime.date.fromtimestamp(path.stat().st_mtime).isoformat()
        frame.attrs["as_of"] = cartofriches.date_in_name(path.name) or modified
    frame.attrs.setdefault("url", str(path))
    return frame


def load(name: str):
    """The parsed dataset from the override file or the cache; None when there is none.

    Tabular datasets come back as a DataFrame whose attrs["as_of"] is the file's date.
    Raises OpenDataError when a file is there but cannot be read.
    """
    dataset = dataset_for(name)
    path = local_path(name)
    if not path.is_file():
        if config.opendata_override(name) is not None:
            raise OpenDataError(f"{path}: this file, named by HDF_OPENDATA_{name.upper()}, does not exist")
        return None
    try:
        if dataset.tabular:
            return _checked_table(dataset, _load_tabular(dataset, path))
        return _checked_table(dataset, _read(dataset, _verified(name, path, path.read_bytes())))
    except OpenDataError as exc:
        raise type(exc)(f"{path}: {exc}") from None  # CorruptDataError stays one
    except Exception as exc:
        raise OpenDataError(f"{path}: cannot be read as {dataset.title} ({exc})") from None
