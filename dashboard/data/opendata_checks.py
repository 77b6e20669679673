"""What an open-data file must pass before it is used: complete (a CSV's last row has every field,
JSON is whole) and plausible (at least the minimum number of records a complete file of that
dataset has). opendata.py also checks a cache file against the SHA-256 recorded at its download.

A file that fails is reported as corrupt with what was read and what was expected
("corrupt: 412 rows read, expected ≥ 500"), never used, and never mistaken for a missing file.

A new download must also keep at least KEEP_SHARE of the records of the file it replaces (a file
cut in half never replaces a good cache), and every table, cache or override, must have the
columns the pages read, numbers where numbers are read (check_table), and at least one row.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pandas as pd


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


def check_complete(name: str, filename: str, raw: bytes, min_rows: int | tuple[int, str]) -> int | None:
    """The number of records of a complete, plausible file; raises CorruptDataError otherwise.
    `min_rows`: a count, or (count, why) from required_rows."""
    required = min_rows if isinstance(min_rows, tuple) else (min_rows, "")
    rows, problem = count_records(filename, raw)
    if rows is None:
        return None
    unit = "rows" if filename.lower().endswith(".csv") else "records"
    if problem:
        raise CorruptDataError(f"{name}: corrupt ({problem}), {rows} {unit} read, expected ≥ {required[0]}")
    return check_count(name, rows, unit, required)


# A download with fewer records than this share of the cached file's is refused: real editions
# grow or shrink by a few percent, a cut-off or filtered export by far more.
KEEP_SHARE = 0.8


def required_rows(floor: int, previous: int | None, explicit: int | None, setting: str) -> tuple[int, str]:
    """(fewest records a new download must have, why): `explicit` (the setting) when set, else the
    dataset's floor or KEEP_SHARE of the `previous` file's records, whichever is higher."""
    if explicit is not None:
        return explicit, f" ({setting})"
    kept = math.ceil(previous * KEEP_SHARE) if previous else 0
    if kept > floor:
        return kept, (f" ({KEEP_SHARE:.0%} of the {previous} records of the cached file, which is kept; "
                      f"set {setting} to accept a smaller file)")
    return floor, ""


def check_count(name: str, rows: int, unit: str, required: tuple[int, str]) -> int:
    """`rows` when there are at least `required[0]` of them; raises CorruptDataError otherwise."""
    minimum, why = required
    if rows < max(1, minimum):
        raise CorruptDataError(f"{name}: corrupt or incomplete, {rows} {unit} read, expected ≥ {max(1, minimum)}{why}")
    return rows


def check_table(name: str, frame, columns: tuple[str, ...], numbers: tuple[str, ...]):
    """`frame` when it has every column of `columns`, numbers in `numbers` and at least one row;
    raises OpenDataError naming what is missing or wrong (the pages index these columns)."""
    if not isinstance(frame, pd.DataFrame):
        raise OpenDataError(f"{name}: not a table ({type(frame).__name__})")
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise OpenDataError(f"{name}: not a usable file, column(s) missing: {', '.join(missing)}")
    for column in numbers:
        values = frame[column]
        if not pd.api.types.is_numeric_dtype(values) and values.notna().any():
            sample = values[values.notna()].iloc[0]
            raise OpenDataError(f"{name}: not a usable file, column {column} holds {type(sample).__name__} "
                                f"({str(sample)[:40]!r}), expected numbers")
    if frame.empty:
        raise OpenDataError(f"{name}: empty file (0 rows)")
    return frame
