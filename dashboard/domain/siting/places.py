"""Candidate places given by their coordinates: typed by the reader ("50.29, 2.78", "50,29 ; 2,78"),
clicked on a map, or kept in the page's URL (`?cand=50.29,2.78&cand=…`), so that a shared link
shows the same candidates. Pure: the reader's words come from dashboard.i18n; the nearest commune
from the commune list given (domain.communes.nearest_commune).

A URL value is `lat,lon` (points for decimals, at most COORDINATE_DIGITS digits), then optional
`,ha=<land in ha>`, `,bf=1|0` (a brownfield or not), `,o=<origin>` and, last since it may hold
commas, `,name=<name>` (a geocoded place keeps the name it was found under). A place without a name
is named after its nearest commune and its position in degrees, minutes and seconds: the same words
in French and English, and no decimal separator to translate.
"""

from __future__ import annotations

import dataclasses
import re

import pandas as pd

from dashboard.domain.communes import nearest_communes
from dashboard.domain.siting.candidates import Candidate

CANDIDATE_PARAM = "cand"  # /siting's query parameter, one per candidate
MAX_CANDIDATES = 20  # kept from a URL; the others are said, not scored
COORDINATE_DIGITS = 5  # about 1 m: more is noise
ORIGIN_TYPED, ORIGIN_CLICK = "coordinates", "click"  # typed (or in a URL), clicked on a map

# A number with a decimal point or comma; the two numbers separated by ";", ",", "/" or spaces, each
# optionally with "°" and its hemisphere letter (N/S, E/W): "50.29, 2.78", "50,29 ; 2,78",
# "50,29, 2,78", "50.29 2.78", "50.29° N 2.78° E".
_NUMBER = r"[-+]?\d{1,3}(?:[.,]\d+)?"
_TYPED = re.compile(
    rf"^\s*({_NUMBER})\s*°?\s*([NS])?\s*(?:[;,/]\s*|\s+)({_NUMBER})\s*°?\s*([EOW])?\s*$", re.IGNORECASE
)
_URL_VALUE = re.compile(r"^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*,\s*([-+]?\d{1,3}(?:\.\d+)?)\s*(,.*)?$", re.DOTALL)
_OPTIONS = ("ha", "bf", "o", "name")


class PlaceError(ValueError):
    """A value that is not a usable place. kind: unreadable (not two numbers), range (not a
    latitude and a longitude), outside (not in the region), option (a bad `ha=` / `bf=` part)."""

    def __init__(self, kind: str, value: str):
        super().__init__(f"{kind}: {value!r}")
        self.kind = kind
        self.value = value


def _float(text: str) -> float:
    return float(text.replace(",", "."))


def _checked(lat: float, lon: float, value: str) -> tuple[float, float]:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise PlaceError("range", value)
    return round(lat, COORDINATE_DIGITS), round(lon, COORDINATE_DIGITS)


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """(latitude, longitude) typed as two numbers, latitude first, with decimal points or commas;
    None when the text is not two numbers (then it is a name, for the geocoder); PlaceError
    ("range") for two numbers that cannot be a position."""
    match = _TYPED.match(str(text or ""))
    if not match:
        return None
    lat_text, north_south, lon_text, east_west = match.groups()
    lat, lon = _float(lat_text), _float(lon_text)
    if (north_south or "").upper() == "S":
        lat = -lat
    if (east_west or "").upper() == "W":
        lon = -lon
    return _checked(lat, lon, str(text).strip())


def to_param(candidate: Candidate) -> str:
    """A candidate as its URL value (see the module's docstring)."""
    parts = [f"{candidate.lat:.{COORDINATE_DIGITS}f}".rstrip("0").rstrip("."),
             f"{candidate.lon:.{COORDINATE_DIGITS}f}".rstrip("0").rstrip(".")]
    if candidate.land_ha is not None:
        parts.append(f"ha={candidate.land_ha:g}")
    if candidate.brownfield is not None:
        parts.append(f"bf={int(candidate.brownfield)}")
    if candidate.origin and candidate.origin != ORIGIN_TYPED:
        parts.append(f"o={candidate.origin}")
    if candidate.name and candidate.origin not in (ORIGIN_TYPED, ORIGIN_CLICK):
        parts.append(f"name={candidate.name}")  # a geocoded place's own name; else named from its position
    return ",".join(parts)


def from_param(value: str) -> Candidate:
    """The candidate a URL value holds, unnamed unless the value names it (see `named`); a value
    typed by hand as "50,29 ; 2,78" is read too. PlaceError names what is wrong."""
    value = str(value)
    match = _URL_VALUE.match(value)
    if not match:
        typed = parse_coordinates(value)
        if typed is None:
            raise PlaceError("unreadable", value)
        return Candidate(name="", lat=typed[0], lon=typed[1], origin=ORIGIN_TYPED)
    lat, lon = _checked(float(match.group(1)), float(match.group(2)), value)
    options: dict[str, str] = {}
    rest = (match.group(3) or "")[1:]
    while rest:
        key, _, tail = rest.partition("=")
        key = key.strip()
        if key not in _OPTIONS or not _:
            raise PlaceError("option", value)
        if key == "name":  # last: the rest of the value, commas included
            options[key] = tail.strip()
            break
        option, _, rest = tail.partition(",")
        options[key] = option.strip()
    try:
        land = float(options["ha"]) if "ha" in options else None
    except ValueError:
        raise PlaceError("option", value) from None
    if (land is not None and not 0 <= land <= 100_000) or options.get("bf", "1") not in ("0", "1"):
        raise PlaceError("option", value)
    return Candidate(name=options.get("name", ""), lat=lat, lon=lon, origin=options.get("o", ORIGIN_TYPED),
                     land_ha=land, brownfield=None if "bf" not in options else options["bf"] == "1")


def dms(lat: float, lon: float) -> str:
    """A position in degrees, minutes and seconds: "50°17′24″ N 2°46′48″ E"."""

    def one(value: float, positive: str, negative: str) -> str:
        seconds = round(abs(value) * 3600)
        return f"{seconds // 3600}°{seconds % 3600 // 60:02d}′{seconds % 60:02d}″\u00a0{positive if value >= 0 else negative}"

    return f"{one(lat, 'N', 'S')} {one(lon, 'E', 'W')}"


def named(candidates: list[Candidate], communes: pd.DataFrame | None) -> list[Candidate]:
    """The candidates with their nearest commune (and département) from the commune list, and a
    name for those without one: that commune and the position in degrees, minutes and seconds. A
    geocoded place keeps the commune it was found in."""
    if not candidates:
        return []
    nearest = nearest_communes([c.lat for c in candidates], [c.lon for c in candidates], communes)
    out = []
    for candidate, commune in zip(candidates, nearest):
        where = {} if commune is None or candidate.commune else {"commune": commune[0], "departement": commune[1]}
        town = candidate.commune or where.get("commune", "")
        name = candidate.name or (f"{town} ({dms(candidate.lat, candidate.lon)})" if town
                                  else dms(candidate.lat, candidate.lon))
        out.append(dataclasses.replace(candidate, name=name, **where))
    return out


def candidates_from_params(values, communes: pd.DataFrame | None, in_region) -> tuple[list[Candidate], list[PlaceError], int]:
    """The URL's candidates, named (`named`), in order, each place once: (candidates, the values
    refused with why, how many valid ones were left out beyond MAX_CANDIDATES). `in_region(lat,
    lon)` says whether a place can be scored."""
    kept: list[Candidate] = []
    refused: list[PlaceError] = []
    seen: set[tuple[float, float]] = set()
    beyond = 0
    for value in values:
        try:
            candidate = from_param(value)
        except PlaceError as error:
            refused.append(error)
            continue
        if not in_region(candidate.lat, candidate.lon):
            refused.append(PlaceError("outside", str(value)))
            continue
        if (candidate.lat, candidate.lon) in seen:
            continue
        if len(kept) == MAX_CANDIDATES:
            beyond += 1
            continue
        seen.add((candidate.lat, candidate.lon))
        kept.append(candidate)
    return named(kept, communes), refused, beyond
