"""Find a place typed by the user: Nominatim (OpenStreetMap) online, the commune list offline.

Nominatim's usage policy asks for an identifying user agent, at most one request per second and
caching: geopy's RateLimiter (min_delay_seconds=1, shared by every session of the process), a
timeout, and a cache on disk (diskcache). When Nominatim cannot answer (no network, timeout, refusal)
the official commune list (opendata "communes", downloaded and cached) gives the commune's
centre. Every failure is a `GeocodeError` whose `message(lang)` the page shows as is.

Environment:
- `HDF_GEOCODE_CACHE_DIR`: cache folder (default: <repo>/data/cache/geocode).
- `HDF_GEOCODE_DOMAIN`, `HDF_GEOCODE_SCHEME`: another Nominatim server (tests use a local one).
- `HDF_GEOCODE_OFFLINE=1`: never call Nominatim (commune list only).

The words of its messages are in dashboard/i18n/text/geocode.py; which commune a query names
(the offline fallback's matching) in dashboard/domain/communes.py.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import diskcache
import pandas as pd
from geopy import exc as geopy_exc
from geopy.adapters import URLLibAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from dashboard import config
from dashboard.i18n import t
from dashboard.domain import geo
from dashboard.domain.communes import close_communes, find_commune, normalize_name
from dashboard.data import opendata
from dashboard.domain.schema import DEPARTEMENTS, REGION_BBOX

NOMINATIM_DOMAIN = "nominatim.openstreetmap.org"
TIMEOUT_S = 5.0
MIN_DELAY_S = 1.0  # Nominatim policy: at most one request per second
MAX_QUERY_LENGTH = 200
# The place box accepts a paste this long (the browser cuts beyond it); fit_query cuts it to the above.
MAX_PASTE_LENGTH = 5000
CACHE_VERSION = 1


def cache_dir() -> Path:
    return config.geocode_cache_dir()


# --------------------------------------------------------------------------------------------
# Results and errors
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    query: str
    name: str  # short name for the map and the ranking
    lat: float
    lon: float
    origin: str  # "nominatim" | "cache" | "communes"
    display_name: str = ""
    commune: str = ""
    departement: str = ""
    notice: str = ""  # why the commune list was used instead of Nominatim (an error kind), or ""
    ambiguous: tuple[str, ...] = ()  # other départements with a commune of that name

    def notice_message(self, lang: str) -> str:
        """A line for the page when the result is a fallback or a guess ('' when there is none)."""
        parts = []
        if self.notice:
            reason = t(f"geocode.reason_{self.notice}", lang)
            parts.append(t("geocode.fallback_used", lang, reason=reason))
        if self.ambiguous:
            parts.append(t("geocode.ambiguous", lang, dep=self.departement, others=", ".join(self.ambiguous)))
        return " ".join(parts)


class GeocodeError(Exception):
    """A place that cannot be located. kind: empty, too_long, not_found, outside_region, timeout,
    refused, unavailable, offline_no_communes, not_found_offline."""

    def __init__(
        self,
        kind: str,
        query: str = "",
        detail: str = "",
        online_problem: str = "",
        suggestions=(),
        no_communes: bool = False,
    ):
        super().__init__(f"{kind}: {query!r} {detail}".strip())
        self.kind = kind
        self.query = query
        self.detail = detail
        self.online_problem = online_problem  # why Nominatim was not used, when it failed first
        self.suggestions = tuple(suggestions)
        self.no_communes = no_communes  # the offline fallback was not possible either

    def message(self, lang: str = "fr") -> str:
        text = t(f"geocode.error_{self.kind}", lang, query=self.query, detail=self.detail)
        if self.online_problem:
            reason = t(f"geocode.reason_{self.online_problem}", lang)
            text = t("geocode.online_failed", lang, reason=reason) + " " + text
        if self.no_communes:
            text += " " + t("geocode.no_communes_either", lang)
        if self.suggestions:
            text += " " + t("geocode.suggestions", lang, names=", ".join(self.suggestions))
        return text


# --------------------------------------------------------------------------------------------
# The geocoder
# --------------------------------------------------------------------------------------------

_ONLINE_PROBLEMS = (
    (geopy_exc.GeocoderTimedOut, "timeout"),
    (geopy_exc.GeocoderRateLimited, "refused"),
    (geopy_exc.GeocoderQuotaExceeded, "refused"),
    (geopy_exc.GeocoderInsufficientPrivileges, "refused"),
    (geopy_exc.GeocoderAuthenticationFailure, "refused"),
    (geopy_exc.GeocoderUnavailable, "unavailable"),
    (geopy_exc.GeocoderServiceError, "unavailable"),  # parse errors, 5xx, anything else
)


def _problem_kind(error: Exception) -> str:
    for cls, kind in _ONLINE_PROBLEMS:
        if isinstance(error, cls):
            return kind
    return "unavailable"


class Geocoder:
    """Nominatim + disk cache + commune fallback. Use `shared_geocoder()` in the app."""

    def __init__(
        self,
        *,
        domain: str | None = None,
        scheme: str | None = None,
        timeout: float | None = None,
        min_delay_seconds: float | None = None,
        cache: Path | None = None,
        online: bool | None = None,
        user_agent: str | None = None,
    ):
        self.domain = domain or config.geocode_domain(NOMINATIM_DOMAIN)
        self.scheme = scheme or config.geocode_scheme()
        self.timeout = TIMEOUT_S if timeout is None else timeout
        min_delay_seconds = MIN_DELAY_S if min_delay_seconds is None else min_delay_seconds
        self.cache = Path(cache) if cache is not None else cache_dir()
        self._disk_cache: diskcache.Cache | None = None
        self.online = online if online is not None else not config.geocode_offline()
        # URLLibAdapter: no hidden HTTP retries, so a timeout costs one timeout, not three.
        self._nominatim = Nominatim(
            user_agent=user_agent or config.user_agent(),  # names the project and HDF_CONTACT
            timeout=self.timeout,
            domain=self.domain,
            scheme=self.scheme,
            adapter_factory=URLLibAdapter,
        )
        # Errors are ours to report: no retry, no swallowing.
        self._geocode = RateLimiter(
            self._nominatim.geocode, min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False
        )

    # --- public ---

    @staticmethod
    def fit_query(query: str) -> tuple[str, bool]:
        """(the query in at most MAX_QUERY_LENGTH characters, cut at a word if possible; whether it was cut)."""
        query = " ".join(str(query or "").split())
        if len(query) <= MAX_QUERY_LENGTH:
            return query, False
        cut = query[:MAX_QUERY_LENGTH]
        return (cut.rsplit(" ", 1)[0] if " " in cut[MAX_QUERY_LENGTH // 2:] else cut), True

    def locate(self, query: str, communes: pd.DataFrame | None = None, outlines: dict | None = None) -> Place:
        """Locate a place in the region, or raise GeocodeError with a message for the user.

        `communes` / `outlines` default to the open-data cache (opendata.load).
        """
        query = " ".join(str(query or "").split())
        if not query:
            raise GeocodeError("empty")
        if len(query) > MAX_QUERY_LENGTH:
            raise GeocodeError("too_long", query[:40] + "…")
        if outlines is None:
            outlines = _load_quietly("outlines")

        cached = self._read_cache(query)
        if cached is not None and geo.in_region(cached.lat, cached.lon, outlines):
            return cached

        problem, detail = "offline", ""
        if self.online:
            try:
                results = self._geocode(
                    query,
                    exactly_one=False,
                    limit=5,
                    addressdetails=True,
                    country_codes="fr",
                    language="fr",
                    # Prefer, not restrict to, the region: a place outside it gets a clear message.
                    viewbox=[
                        (REGION_BBOX["lat_min"], REGION_BBOX["lon_min"]),
                        (REGION_BBOX["lat_max"], REGION_BBOX["lon_max"]),
                    ],
                    bounded=False,
                )
            except geopy_exc.GeocoderQueryError:
                results, problem = [], ""
            except geopy_exc.GeopyError as error:
                problem, detail = _problem_kind(error), _short(error)
            except OSError as error:  # a socket error the adapter did not wrap
                problem, detail = "unavailable", _short(error)
            else:
                problem = ""
            if not problem:
                place = self._pick(query, results or [], outlines)
                if place is not None:
                    self._write_cache(place)
                    return place
                # Nothing online: the commune list may still know a "Name (62)" form.
                return self._from_communes(query, communes, problem="", detail="", not_found="not_found")
        return self._from_communes(query, communes, problem=problem, detail=detail, not_found="not_found_offline")

    # --- online ---

    def _pick(self, query: str, results: list, outlines: dict | None) -> Place | None:
        """The first result inside the region; GeocodeError if all of them are outside."""
        if not results:
            return None
        for location in results:
            if geo.in_region(location.latitude, location.longitude, outlines):
                return _place_from_location(query, location)
        raise GeocodeError("outside_region", query, detail=results[0].address)

    # --- offline ---

    def _from_communes(
        self, query: str, communes: pd.DataFrame | None, problem: str, detail: str, not_found: str
    ) -> Place:
        """The commune named in the query; `problem` says why Nominatim was not used ('' = it found nothing)."""
        if communes is None:
            communes = _load_quietly("communes")
        online_problem = "" if problem == "offline" else problem
        if communes is None or communes.empty:
            if not problem:
                raise GeocodeError("not_found", query)
            if problem == "offline":
                raise GeocodeError("offline_no_communes", query)
            raise GeocodeError(problem, query, detail=detail, no_communes=True)
        found = find_commune(query, communes)
        if found is None:
            raise GeocodeError(
                not_found, query, online_problem=online_problem, suggestions=close_communes(query, communes)
            )
        row, others = found
        dep = str(row["departement"])
        return Place(
            query=query,
            name=str(row["name"]),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            origin="communes",
            display_name=f"{row['name']} ({dep} {DEPARTEMENTS.get(dep, '')})".strip(),
            commune=str(row["name"]),
            departement=dep,
            notice=problem,
            ambiguous=others,
        )

    # --- cache ---

    def _disk(self) -> diskcache.Cache | None:
        """The disk cache (diskcache: SQLite index, atomic writes), opened on first use; None when
        the folder cannot be used (read-only disk, a damaged index): then nothing is cached."""
        if self._disk_cache is None:
            try:
                self._disk_cache = diskcache.Cache(str(self.cache))
            except (OSError, sqlite3.Error):
                return None
        return self._disk_cache

    def _cache_key(self, query: str) -> str:
        return f"{CACHE_VERSION}|{self.scheme}://{self.domain}|{normalize_name(query)}|{query.casefold()}"

    def _read_cache(self, query: str) -> Place | None:
        disk = self._disk()
        try:
            data = disk.get(self._cache_key(query)) if disk is not None else None
            if data is None:
                return None
            place = Place(**{**data["place"], "query": query, "origin": "cache"})
            float(place.lat), float(place.lon)
            return place
        except (OSError, sqlite3.Error, ValueError, KeyError, TypeError):
            return None  # a damaged entry: ask again

    def _write_cache(self, place: Place) -> None:
        disk = self._disk()
        if disk is None:
            return
        try:
            disk.set(self._cache_key(place.query), {"stored": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "place": asdict(place)})
        except (OSError, sqlite3.Error):
            pass  # a read-only disk costs a new request next time, nothing more


def _place_from_location(query: str, location) -> Place:
    raw = location.raw or {}
    address = raw.get("address") or {}
    commune = next((address[k] for k in ("city", "town", "village", "municipality") if address.get(k)), "")
    iso = str(address.get("ISO3166-2-lvl6", ""))
    dep = iso[3:] if iso.startswith("FR-") else str(address.get("postcode", ""))[:2]
    parts = [p.strip() for p in str(location.address).split(",")]
    name = raw.get("name") or (", ".join(parts[:2]) if parts and parts[0].isdigit() else parts[0])
    return Place(
        query=query,
        name=str(name),
        lat=float(location.latitude),
        lon=float(location.longitude),
        origin="nominatim",
        display_name=str(location.address),
        commune=str(commune),
        departement=dep if dep in DEPARTEMENTS else "",
    )


def _short(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:120]


def _load_quietly(name: str):
    """An open dataset from the cache, or None when missing or unreadable."""
    try:
        return opendata.load(name)
    except opendata.OpenDataError:
        return None


# One geocoder per configuration for the whole process: the one-request-per-second limit then
# holds across reruns and sessions.
_SHARED: dict[tuple, Geocoder] = {}
_SHARED_LOCK = threading.Lock()


def shared_geocoder(online: bool | None = None) -> Geocoder:
    """The process-wide geocoder for this configuration (online=None: from HDF_GEOCODE_OFFLINE)."""
    env_online = not config.geocode_offline()
    online = env_online if online is None else (online and env_online)
    key = (
        config.geocode_domain(NOMINATIM_DOMAIN),
        config.geocode_scheme(),
        online,
        str(cache_dir()),
    )
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = Geocoder(online=online)
        return _SHARED[key]
