"""What an open-data file must pass before it is used: complete (a CSV's last row has every field,
JSON is whole) and plausible (at least the minimum number of records a complete file of that
dataset has). opendata.py also checks a cache file against the SHA-256 recorded at its download.

A file that fails is reported as corrupt with what was read and what was expected
("corrupt: 412 rows read, expected ≥ 500"), never used, and never mistaken for a missing file.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path


class OpenDataError(RuntimeError):
    """A dataset could not be downloaded or read; the message says which and why."""


class CorruptDataError(OpenDataError):
    """The file is there but truncated, too small or changed since its download."""


def _csv_records(raw: bytes) -> tuple[int, str]:
    """(data rows, '' or why the file is incomplete) of a `;`- or `,`-separated file."""
    text = raw.decode("utf-8-sig", errors="replace")
    header_line = text.split("\n", 1)[0]
    separator = ";" if header_line.count(";") >= header_line.count(",") else ","
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=separator) if any(field.strip() for field in row)]
    if not rows:
        return 0, "empty file"
    header, data = rows[0], rows[1:]
    if data and len(data[-1]) < len(header):
        return len(data) - 1, f"truncated: the last row has {len(data[-1])} of {len(header)} fields"
    return len(data), ""


def _json_records(raw: bytes) -> tuple[int, str]:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return 0, f"not UTF-8 text (byte {exc.start})"
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(raw.rstrip()) - 1  # the error is at the very end: the file was cut off
        return 0, f"{'truncated JSON' if cut else 'not valid JSON'} ({exc.msg} at character {exc.pos} of {len(raw)})"
    if isinstance(data, dict) and isinstance(data.get("features"), list):
        return len(data["features"]), ""
    if isinstance(data, list):
        return len(data), ""
    return 0, "not a list of records nor a GeoJSON FeatureCollection"


def count_records(filename: str, raw: bytes) -> tuple[int | None, str]:
    """(records, '' or why incomplete); (None, '') for formats checked by their reader (Parquet)."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".csv":
        return _csv_records(raw)
    if suffix in (".json", ".geojson"):
        return _json_records(raw)
    return None, ""


def check_complete(name: str, filename: str, raw: bytes, min_rows: int) -> int | None:
    """The number of records of a complete, plausible file; raises CorruptDataError otherwise."""
    rows, problem = count_records(filename, raw)
    if rows is None:
        return None
    unit = "rows" if filename.lower().endswith(".csv") else "records"
    if problem:
        raise CorruptDataError(f"{name}: corrupt ({problem}), {rows} {unit} read, expected ≥ {min_rows}")
    if rows < min_rows:
        raise CorruptDataError(f"{name}: corrupt or incomplete, {rows} {unit} read, expected ≥ {min_rows}")
    return rows
