"""The high-voltage grid from OpenStreetMap (Overpass API), read for the region's bounding box.

Why OSM: RTE's "postes-electriques-rte" export on ODRÉ has had no coordinates since its June 2026
edition; OSM's `power=substation` / `power=line` objects (the data OpenInfraMap draws) still have.
Data © OpenStreetMap contributors, ODbL 1.0: the pages that show it say so.

What the real data looks like, and what the parser does with it:
- `voltage` is in volts and may list several circuits: `400000;225000` → voltages "400;225",
  voltage_kv = 400 (the highest); unreadable parts are ignored; no voltage → NaN (kept, shown,
  never used for a 400 / 225 kV distance);
- Belgian objects by the border are tagged `380000` / `220000`: the same extra-high-voltage classes
  as France's 400 / 225 kV, so voltage_kv is the class (400 / 225) and `voltages` keeps what is
  written ("380"); the legend says which were counted in (VOLTAGE_CLASS);
- an answer with a top-level `remark` is incomplete (a query that timed out or ran out of memory
  answers HTTP 200 with `"elements": []`, or with part of them, and the remark): refused with the
  remark quoted, so it is never cached and the previous file stays;
- a substation is a node, a closed way or a multipolygon relation: the query asks for `out center`,
  ways and relations are placed at their centre;
- lines are ways with their vertices (`out geom`); a line split at a tower is several ways;
- an object returned twice (both statements of the query) is kept once (by type and id); a
  substation mapped twice (a node inside its area, same highest voltage, within
  SAME_SUBSTATION_KM) is kept once, as the area.

`parse` returns one table (OSM_GRID_COLUMNS): kind "substation" | "line"; lines carry their
path in `path_lat` / `path_lon` (lists). `attrs["as_of"]` = the OSM data's timestamp.
"""

from __future__ import annotations

import json
import re
import urllib.parse

import numpy as np
import pandas as pd

from dashboard.data import rowcounts
from dashboard.data.opendata_checks import OpenDataError
from dashboard.domain import geo
from dashboard.domain.grid_lines import VOLTAGE_CLASS, voltage_class
from dashboard.domain.schema import REGION_BBOX

OVERPASS_URL = "https://overpass-api.de/api/interpreter"
ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0"
SAME_SUBSTATION_KM = 0.3
# Transmission voltages the criteria use: 400 kV and 225 kV (OSM tags volts).
_VOLTAGE_FILTER = "(^|;)\\s*(400000|380000|225000|220000)\\s*(;|$)"

_VOLTAGE_PART = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(kv)?\s*v?\s*$", re.IGNORECASE)

OSM_GRID_COLUMNS = (
    "kind", "osm_type", "osm_id", "name", "operator", "voltage_kv", "voltages", "lat", "lon", "path_lat", "path_lon",
)


class OsmGridError(OpenDataError):
    """The file is not a complete Overpass JSON answer the product can read; the message says why."""

    def __init__(self, message: str):
        super().__init__(f"osm_grid: {message}")


def overpass_query(bbox: dict = REGION_BBOX, timeout_s: int = 180) -> str:
    """Overpass QL: 225 / 400 kV substations (and transmission ones without a voltage) and lines."""
    box = f"({bbox['lat_min']},{bbox['lon_min']},{bbox['lat_max']},{bbox['lon_max']})"
    return (
        f"[out:json][timeout:{timeout_s}];"
        f'(nwr["power"="substation"]["voltage"~"{_VOLTAGE_FILTER}"]{box};'
        f'nwr["power"="substation"]["substation"="transmission"]{box};);'
        "out center tags;"
        f'way["power"="line"]["voltage"~"{_VOLTAGE_FILTER}"]{box};'
        "out geom tags;"
    )


def query_url(base: str = OVERPASS_URL) -> str:
    """A GET URL for the query (Overpass takes `data=` as a query parameter as well as a form)."""
    return f"{base}?{urllib.parse.urlencode({'data': overpass_query()})}"


def parse_voltages(tag) -> tuple[float, str]:
    """(class of the highest kV, "400;225" as written) from an OSM voltage tag: "380000" gives
    (400, "380"); (NaN, "") when none is readable."""
    kvs = []
    for part in str(tag or "").replace(",", ";").split(";"):
        match = _VOLTAGE_PART.match(part)
        if not match or float(match[1]) <= 0:
            continue
        value = float(match[1])
        # Volts by OSM's rule; "400 kV" (or a bare "400", a common slip) is already kV.
        kvs.append(value if match[2] or value < 1000 else value / 1000)
    kvs = sorted(set(kvs), reverse=True)
    return (voltage_class(kvs[0]), ";".join(f"{kv:g}" for kv in kvs)) if kvs else (np.nan, "")


def _position(element: dict) -> tuple[float, float]:
    if "lat" in element and "lon" in element:
        return float(element["lat"]), float(element["lon"])
    centre = element.get("center") or {}
    if "lat" in centre and "lon" in centre:
        return float(centre["lat"]), float(centre["lon"])
    bounds = element.get("bounds") or {}
    if bounds:
        return (bounds["minlat"] + bounds["maxlat"]) / 2, (bounds["minlon"] + bounds["maxlon"]) / 2
    return np.nan, np.nan


def _row(element: dict) -> dict | None:
    tags = element.get("tags") or {}
    power = tags.get("power")
    if power not in ("substation", "line"):
        return None
    kv, voltages = parse_voltages(tags.get("voltage"))
    row = {
        "kind": power,
        "osm_type": element.get("type", ""),
        "osm_id": int(element.get("id", 0)),
        "name": str(tags.get("name") or ""),
        "operator": str(tags.get("operator") or ""),
        "voltage_kv": kv,
        "voltages": voltages,
        "path_lat": [],
        "path_lon": [],
    }
    if power == "line":
        points = [p for p in element.get("geometry") or [] if p and "lat" in p and "lon" in p]
        if len(points) < 2:
            return None
        row["path_lat"] = [float(p["lat"]) for p in points]
        row["path_lon"] = [float(p["lon"]) for p in points]
        row["lat"], row["lon"] = row["path_lat"][len(points) // 2], row["path_lon"][len(points) // 2]
    else:
        row["lat"], row["lon"] = _position(element)
    return row


def _drop_double_mapped(substations: pd.DataFrame) -> pd.DataFrame:
    """A node substation near an area substation of the same highest voltage is the same one."""
    nodes = substations[substations["osm_type"] == "node"]
    areas = substations[substations["osm_type"] != "node"]
    if nodes.empty or areas.empty:
        return substations
    drop = []
    for kv, group in nodes.groupby(substations["voltage_kv"].fillna(-1)):
        same_kv = areas[areas["voltage_kv"].fillna(-1) == kv]
        if same_kv.empty:
            continue
        _, km = geo.nearest(group["lat"], group["lon"], same_kv["lat"], same_kv["lon"])
        drop.extend(group.index[km <= SAME_SUBSTATION_KM])
    return substations.drop(index=drop)


def parse(raw: bytes) -> pd.DataFrame:
    """Substations and lines (OSM_GRID_COLUMNS) from an Overpass JSON answer."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise OsmGridError(f"not JSON ({exc}); Overpass answers errors in HTML or XML when overloaded") from None
    remark = str(data.get("remark") or "").strip() if isinstance(data, dict) else ""
    if remark:
        count = len(data["elements"]) if isinstance(data.get("elements"), list) else 0
        raise OsmGridError(f"the Overpass answer is incomplete, the server's remark: “{remark}” (after {count} "
                           "element(s)); nothing is cached, the previous file, if any, is kept")
    if not isinstance(data, dict) or not isinstance(data.get("elements"), list):
        raise OsmGridError("no 'elements' list in the Overpass answer")
    elements = data["elements"]
    rows = [row for element in elements if isinstance(element, dict) and (row := _row(element))]
    frame = pd.DataFrame(rows, columns=list(OSM_GRID_COLUMNS))
    unplaced = frame[frame["lat"].isna() | frame["lon"].isna()]
    refused = len(elements) - len(frame) + len(unplaced)  # not a substation or line, or no position
    frame = frame.drop_duplicates(["osm_type", "osm_id"]).dropna(subset=["lat", "lon"])
    substations = _drop_double_mapped(frame[frame["kind"] == "substation"])
    frame = pd.concat([substations, frame[frame["kind"] == "line"]], ignore_index=True)
    if frame.empty:
        raise OsmGridError("no power=substation or power=line object in the Overpass answer")
    frame["voltage_kv"] = frame["voltage_kv"].astype(float)
    # Placed: drawn and measured as a 400 or 225 kV object (a substation without a voltage is kept, not drawn).
    placed = int(frame["voltage_kv"].isin(list(VOLTAGE_CLASS.values())).sum())
    frame.attrs["rows"] = rowcounts.counts(len(elements), len(frame), placed, refused)
    frame.attrs["as_of"] = str((data.get("osm3s") or {}).get("timestamp_osm_base") or "")[:10]
    return frame
