"""Open datasets the product downloads on demand and caches under data/opendata/.

Nothing is downloaded at import time. Each dataset is declared once (publisher, licence, URL,
cache file, parser); the map, the siting page, the build and the `fetch` command all go through
`load()` / `fetch()`.

Environment:
- `HDF_OPENDATA_DIR`: cache folder (default: <repo>/data/opendata).
- `HDF_OPENDATA_<NAME>` (e.g. `HDF_OPENDATA_OUTLINES`): a local file to use instead of the
  cache (local screenshots point it at a reference copy).
- `HDF_OPENDATA_<NAME>_URL`: another URL to download from (tests use a local server).
- `HDF_OPENDATA_REFERENCE_DIR`: the copies shipped with the repository (default <repo>/data/reference,
  see its README): outlines, communes and RTE's 2024 substations are read from there when nothing
  newer was downloaded, so a fresh clone works offline. `origin(name)` says which file is in use.

Command: `python -m dashboard.data.opendata fetch [outlines|substations|communes|cartofriches|osm_grid|
ign_datacenters|all]`.

One cohesive registry (~440 lines), kept whole: every dataset's declaration, download, cache
and check go through the same `fetch()` / `load()`, so no dataset gets a path of its own.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import sys
import tempfile
import unicodedata
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from dashboard.data import cartofriches, ign_datacenters, osm_grid, rowcounts
from dashboard.data import cli
from dashboard.data.opendata_checks import (  # noqa: F401 (OpenDataError, CorruptDataError re-exported)
    CorruptDataError, OpenDataError, check_complete, check_count, check_table, count_records, required_rows)
from dashboard.domain.brownfields import BROWNFIELD_COLUMNS
from dashboard.domain.schema import DEPARTEMENTS, IGN_DATACENTER_COLUMNS

from dashboard import config  # noqa: E402
DOWNLOAD_TIMEOUT_S = 60


@dataclass(frozen=True)
class OpenDataset:
    name: str
    title: str
    publisher: str
    licence: str
    page_url: str
    download_url: str
    filename: str
    parse: Callable[[bytes], object]
    # Used by the UI when the dataset is missing.
    purpose: str
    cadence: str = ""
    # Discovery step: the download URL answers with a listing (a data.gouv.fr dataset API), and
    # resolve(listing) -> (URL of the current file, its date).
    resolve: Callable[[bytes], tuple[str, str]] | None = None
    # Tabular datasets: parse() returns a DataFrame, cached as Parquet with its date in attrs
    # ("as_of", "url", "fetched", "sha256"); the raw download is not kept.
    tabular: bool = False
    # Fewest records a complete file has (a plausibility check; HDF_OPENDATA_<NAME>_MIN_ROWS).
    min_rows: int = 1
    # A table's columns the pages read, and those of them read as numbers (opendata_checks.check_table):
    # a cache or override without them is refused by name before any page indexes it.
    columns: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    # The copy shipped under data/reference/ (used when no download is cached) and its edition's date.
    embedded: str = ""
    embedded_as_of: str = ""
    embedded_source: str = ""  # its publisher, title and licence, as data/reference/README.md names them


def _parse_outlines(raw: bytes) -> dict:
    """GeoJSON of départements, kept to the five of the region."""
    data = json.loads(raw.decode("utf-8"))
    if data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
        raise OpenDataError("outlines: not a GeoJSON FeatureCollection")
    features = []
    for feature in data["features"]:
        props = feature.get("properties") or {}
        code = str(props.get("code", props.get("code_insee", ""))).zfill(2)
        if code in DEPARTEMENTS and feature.get("geometry"):
            props = {"code": code, "nom": props.get("nom", DEPARTEMENTS[code])}
            features.append({"type": "Feature", "properties": props, "geometry": feature["geometry"]})
    if not features:
        raise OpenDataError("outlines: no feature for départements 02, 59, 60, 62, 80")
    return {"type": "FeatureCollection", "features": features}


# Every header RTE's substation exports have used (research note opendata-real-formats-2026-12),
# one table: the 2024 ODRÉ labels, the API's field names, the "FONCTION DU POSTE" / "Fonction"
# editions and the oldest export ("postes-electriques-rte-et-client": Codification, Nom du poste,
# Tension Max (kV), Longitude / Latitude du poste (DD)). Compared without case or accents.
SUBSTATION_COLUMN_ALIASES = {
    "code": ("Code poste", "code_poste", "Codification"),
    "name": ("Nom poste", "nom_poste", "Nom du poste"),
    "function": ("FONCTION", "FONCTION DU POSTE", "fonction"),
    "state": ("Etat", "etat"),
    "voltage": ("Tension (kV)", "tension", "Tension Max (kV)"),
    "lon": ("Longitude poste (DD)", "longitude_poste", "Longitude du poste (DD)"),
    "lat": ("Latitude poste (DD)", "latitude_poste", "Latitude du poste (DD)"),
}
_OPTIONAL_SUBSTATION_COLUMNS = ("function", "state")  # the oldest export may lack them
# "225kV", "225 kV", "225" (a "Tension Max (kV)" column); "<45kV", "INF 45 kV", "HORS TENSION": no voltage
_KV = r"^\s*(\d+(?:[.,]\d+)?)\s*(?:kv)?\s*$"


def _header_key(header: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(header))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def substation_columns(headers) -> dict[str, str | None]:
    """{our column: the file's header} through SUBSTATION_COLUMN_ALIASES (None: not in the file)."""
    by_key = {_header_key(h): h for h in headers}
    return {key: next((by_key[_header_key(a)] for a in aliases if _header_key(a) in by_key), None)
            for key, aliases in SUBSTATION_COLUMN_ALIASES.items()}


def _parse_substations(raw: bytes) -> pd.DataFrame:
    """RTE substations in operation: code, name, function, state, voltage_kv, lat, lon."""
    text = raw.decode("utf-8-sig")
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str)
    columns = substation_columns(frame.columns)
    if columns["code"] and columns["name"] and not (columns["lat"] and columns["lon"]):
        # RTE's editions since June 2026 list the substations without positions (public security):
        # a distance cannot be computed from them, and the cached edition stays in use.
        raise OpenDataError(
            "substations: this edition of RTE's export has no coordinates (no column "
            f"{SUBSTATION_COLUMN_ALIASES['lon'][0]!r} / {SUBSTATION_COLUMN_ALIASES['lat'][0]!r}; RTE publishes its "
            "substations without positions since June 2026). Keep an earlier edition with coordinates, or use the "
            "OpenStreetMap grid (fetch osm_grid)"
        )
    for key, aliases in SUBSTATION_COLUMN_ALIASES.items():
        if columns[key] is None and key not in _OPTIONAL_SUBSTATION_COLUMNS:
            raise OpenDataError(f"substations: column {aliases[0]!r} missing (have {list(frame.columns)})")
    voltage = frame[columns["voltage"]].fillna("").str.lower().str.extract(_KV, expand=False)
    out = pd.DataFrame(
        {
            "code": frame[columns["code"]],
            "name": frame[columns["name"]],
            # Tap points ("Point de piquage") are not substations a campus connects to; geo drops them.
            "function": frame[columns["function"]].fillna("") if columns["function"] else "",
            # An export without a state column lists the substations as they are (in operation).
            "state": frame[columns["state"]].str.upper().str.strip() if columns["state"] else "EN EXPLOITATION",
            "voltage_kv": pd.to_numeric(voltage.str.replace(",", ".", regex=False), errors="coerce"),
            "lat": pd.to_numeric(frame[columns["lat"]], errors="coerce"),
            "lon": pd.to_numeric(frame[columns["lon"]], errors="coerce"),
        }
    )
    out = out[(out["state"] == "EN EXPLOITATION") & out["voltage_kv"].notna()]
    out = out.dropna(subset=["lat", "lon"]).reset_index(drop=True)
    if out.empty:
        raise OpenDataError("substations: no substation 'EN EXPLOITATION' with a voltage and a position")
    out.attrs["rows"] = rowcounts.counts(len(frame), len(out), len(out), len(frame) - len(out))
    return out


# The embedded communes list (INSEE COG 2024 with La Poste's postcodes, data/reference/): its columns.
_COMMUNE_CSV_COLUMNS = {"insee_com": "insee", "commune": "name", "insee_dep": "departement", "lat": "lat", "lng": "lon"}


def _communes_csv(text: str) -> pd.DataFrame:
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    missing = [c for c in _COMMUNE_CSV_COLUMNS if c not in frame.columns]
    if missing:
        raise OpenDataError(f"communes: column(s) {', '.join(missing)} missing (have {list(frame.columns)})")
    out = frame[list(_COMMUNE_CSV_COLUMNS)].rename(columns=_COMMUNE_CSV_COLUMNS)
    out["departement"] = out["departement"].str.zfill(2)
    out["lat"], out["lon"] = pd.to_numeric(out["lat"], errors="coerce"), pd.to_numeric(out["lon"], errors="coerce")
    region = out[out["departement"].isin(DEPARTEMENTS)]
    placed = region.dropna(subset=["lat", "lon"])
    placed.attrs["rows"] = rowcounts.counts(len(frame), len(region), len(placed), len(region) - len(placed))
    return placed


def _communes_json(data) -> pd.DataFrame:
    rows, items = [], data if isinstance(data, list) else []
    in_region = sum(1 for item in items if isinstance(item, dict) and str(item.get("codeDepartement")) in DEPARTEMENTS)
    for item in items:
        centre = (item.get("centre") or {}).get("coordinates")
        if not centre or str(item.get("codeDepartement")) not in DEPARTEMENTS:
            continue
        rows.append(
            {
                "insee": item.get("code"),
                "name": item.get("nom"),
                "departement": str(item.get("codeDepartement")),
                "lat": float(centre[1]),
                "lon": float(centre[0]),
            }
        )
    frame = pd.DataFrame(rows, columns=["insee", "name", "departement", "lat", "lon"])
    frame.attrs["rows"] = rowcounts.counts(len(items), in_region, len(frame), in_region - len(frame))
    return frame


def _parse_communes(raw: bytes) -> pd.DataFrame:
    """Communes of the region with their centroid: insee, name, departement, lat, lon; from
    geo.api.gouv.fr's JSON (the download) or the embedded CSV (data/reference/)."""
    text = raw.decode("utf-8-sig")
    rows = _communes_json(json.loads(text)) if text.lstrip()[:1] in ("[", "{") else _communes_csv(text)
    if rows.empty:
        raise OpenDataError("communes: no commune of the region with a centre in the file")
    counted = rows.attrs.get("rows")
    rows = rows.reset_index(drop=True)
    rows.attrs["rows"] = counted
    return rows


def _in_use(name: str):
    """A dataset another one's reader needs (outlines, communes), None when missing or unreadable."""
    try:
        return load(name)
    except OpenDataError:
        return None


def _parse_cartofriches(raw: bytes):
    """Cartofriches with the outlines in use: a row without a commune code is placed by its point."""
    return cartofriches.parse_csv(raw, _in_use("outlines"))


def _parse_ign_datacenters(raw: bytes):
    """IGN's data centres with the communes list and outlines in use: the département from EnRezo's
    commune name, else from the point."""
    return ign_datacenters.parse(raw, communes=_in_use("communes"), outlines=_in_use("outlines"))


DATASETS: dict[str, OpenDataset] = {
    d.name: d
    for d in (
        OpenDataset(
            name="outlines",
            title="Contours administratifs — départements (1000 m)",
            publisher="Etalab",
            licence="Licence Ouverte 2.0",
            page_url="https://etalab-datasets.geo.data.gouv.fr/contours-administratifs/",
            download_url="https://etalab-datasets.geo.data.gouv.fr/contours-administratifs/2024/geojson/departements-1000m.geojson",
            filename="departements.geojson",
            min_rows=5,  # the five départements (the national file has about 100)
            embedded="departements-hauts-de-france.geojson",
            embedded_as_of="2018",
            embedded_source="IGN, Admin Express COG 2018 (via france-geojson), Licence Ouverte",
            parse=_parse_outlines,
            purpose="département outlines on the map",
        ),
        OpenDataset(
            name="substations",
            title="Postes électriques RTE",
            publisher="RTE (ODRÉ)",
            licence="RTE open data (ODRÉ)",
            page_url="https://odre.opendatasoft.com/explore/dataset/postes-electriques-rte/",
            download_url="https://odre.opendatasoft.com/explore/dataset/postes-electriques-rte/download/?format=csv&use_labels_for_header=true",
            filename="postes-electriques-rte.csv",
            min_rows=100,  # the region alone has over 600 substations
            embedded="postes-electriques-rte-hauts-de-france.csv",
            embedded_as_of="2024",  # the last edition with coordinates
            embedded_source="RTE, « postes-electriques-rte » (ODRÉ), Licence Ouverte 2.0",
            parse=_parse_substations,
            columns=("code", "name", "function", "state", "voltage_kv", "lat", "lon"),
            numbers=("voltage_kv", "lat", "lon"),
            purpose="distances to 225 kV substations",
        ),
        OpenDataset(
            name="communes",
            title="Communes des Hauts-de-France (API Découpage administratif)",
            publisher="Etalab (geo.api.gouv.fr)",
            licence="Licence Ouverte 2.0",
            page_url="https://geo.api.gouv.fr/decoupage-administratif/communes",
            download_url="https://geo.api.gouv.fr/communes?codeRegion=32&fields=nom,code,codeDepartement,centre&format=json",
            filename="communes-hdf.json",
            min_rows=1000,  # the region has about 3,800 communes
            embedded="communes-hauts-de-france.csv",
            embedded_as_of="2024",
            embedded_source="INSEE, Code officiel géographique 2024, et La Poste, Base officielle des codes postaux "
                            "(data.gouv.fr), Licence Ouverte 2.0",
            parse=_parse_communes,
            columns=("insee", "name", "departement", "lat", "lon"),
            numbers=("lat", "lon"),
            purpose="offline place search for candidate sites",
        ),
        OpenDataset(
            name="cartofriches",
            title="Sites référencés dans Cartofriches",
            publisher="Cerema (Ministère de la Transition écologique), data.gouv.fr",
            licence="Licence Ouverte 2.0",
            page_url=cartofriches.DATASET_PAGE_URL,
            download_url=cartofriches.DATASET_API_URL,
            filename="cartofriches-hdf.parquet",
            parse=_parse_cartofriches,
            # The national file has about 28,000 sites (2025); the region's share is far above 100.
            min_rows=100,
            columns=BROWNFIELD_COLUMNS,
            numbers=("surface_m2", "lat", "lon"),
            purpose="brownfield map layer, brownfield siting candidates, brownfields by status on /occupancy",
            cadence="irregular dated snapshots (2025-04-22, 2026-04-15, …)",
            resolve=cartofriches.resolve,
            tabular=True,
        ),
        OpenDataset(
            name="osm_grid",
            title="OpenStreetMap — postes et lignes 225 / 400 kV (Overpass API)",
            publisher="OpenStreetMap contributors (Overpass API)",
            licence="ODbL 1.0 (© OpenStreetMap contributors)",
            page_url="https://www.openstreetmap.org/copyright",
            download_url=osm_grid.query_url(),
            filename="osm-grid-hdf.parquet",
            parse=osm_grid.parse,
            # The region's 400 kV lines alone are dozens of ways; an answer with fewer is cut short.
            min_rows=10,
            columns=osm_grid.OSM_GRID_COLUMNS,
            numbers=("voltage_kv", "lat", "lon"),
            purpose="400 kV lines and substations on the map, distance to the nearest 400 kV line",
            cadence="continuous (OSM edits); the cache is a snapshot at its download date",
            tabular=True,
        ),
        OpenDataset(
            name="ign_datacenters",
            title="Localisation et caractérisation des datacenters en France",
            publisher="IGN, Portail cartographique des énergies renouvelables (données Cerema)",
            licence="unconfirmed",  # the portal's page names none (docs/research: unconfirmed)
            page_url=ign_datacenters.PORTAL_URL,
            download_url=ign_datacenters.DOWNLOAD_URL,
            filename="ign-datacenters-hdf.parquet",
            parse=_parse_ign_datacenters,
            # How many of the 2024 edition's data centres lie in the region is unconfirmed: no floor
            # beyond one; a new edition is compared with the cached one.
            min_rows=1,
            columns=IGN_DATACENTER_COLUMNS,
            numbers=("lat", "lon"),
            purpose='data-centre layer on the map ("Data centres (IGN, 2024)")',
            cadence="dated editions (2024-04-01); refresh cadence unconfirmed",
            tabular=True,
        ),
    )
}


def cache_dir() -> Path:
    return config.opendata_dir()


def _dataset(name: str) -> OpenDataset:
    try:
        return DATASETS[name]
    except KeyError:
        raise OpenDataError(f"unknown dataset {name!r}; known: {', '.join(DATASETS)}") from None


def embedded_path(name: str) -> Path | None:
    """The copy shipped under data/reference/, None when the dataset has none."""
    dataset = _dataset(name)
    return config.reference_dir() / dataset.embedded if dataset.embedded else None


def local_path(name: str) -> Path:
    """Where the dataset is read from: the override file, else the downloaded cache file, else
    the embedded copy (data/reference/); the cache file's path when there is none of them."""
    dataset = _dataset(name)
    cached = cache_dir() / dataset.filename
    override = config.opendata_override(name)
    if override or cached.is_file():
        return override or cached
    embedded = embedded_path(name)
    return embedded if embedded is not None and embedded.is_file() else cached


@dataclass(frozen=True)
class Origin:
    """Which file a dataset is read from: kind "override" (HDF_OPENDATA_<NAME>), "download" (the
    cache), "embedded" (data/reference/) or "missing"; `as_of` the embedded edition's date, or
    the download's date from its record ('' when unknown: a tabular file dates itself)."""

    kind: str
    path: Path
    as_of: str = ""


def origin(name: str) -> Origin:
    path, dataset = local_path(name), _dataset(name)
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


def download_url(name: str) -> str:
    return config.opendata_url(name, _dataset(name).download_url)


# A server that fails (connection refused or reset, 429, 5xx) is asked again, RETRIES more times,
# after 0, 0.6, 1.2 ... s: a busy publisher's hiccup does not cost the reader a download.
RETRIES = 2
RETRY = Retry(total=RETRIES, connect=RETRIES, read=RETRIES, status=RETRIES, backoff_factor=0.3,
              status_forcelist=(429, 500, 502, 503, 504), allowed_methods=frozenset({"GET"}), raise_on_status=False)


def _session() -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=RETRY)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = config.user_agent()  # the project and HDF_CONTACT
    return session


def _download(url: str, timeout: float, name: str) -> bytes:
    """The bytes at `url` (http(s) with the retry policy; file:// for a local copy)."""
    if url.startswith("file:"):
        try:
            return Path(urllib.request.url2pathname(urllib.parse.urlparse(url).path)).read_bytes()
        except OSError as exc:
            raise OpenDataError(f"{name}: download from {url} failed ({exc.strerror or exc})") from None
    try:
        with _session() as session:
            response = session.get(url, timeout=timeout)
            response.raise_for_status()
            return response.content
    except requests.RequestException as exc:
        reason = exc.response.reason if exc.response is not None else type(exc).__name__
        status = f"HTTP {exc.response.status_code} " if exc.response is not None else ""
        raise OpenDataError(f"{name}: download from {url} failed ({status}{reason})") from None


def checksum_path(name: str) -> Path:
    """The record of a downloaded file: its URL, date and SHA-256, beside the cache file."""
    return cache_dir() / (_dataset(name).filename + ".sha256.json")


def _record(name: str, url: str, raw: bytes, rows: int | None = None) -> dict:
    return {"url": url, "fetched": datetime.date.today().isoformat(), "sha256": hashlib.sha256(raw).hexdigest(),
            "rows": rows}


def min_rows(dataset: OpenDataset) -> int:
    return config.opendata_min_rows(dataset.name, dataset.min_rows)


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
        return dataset.parse(raw)
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
    dataset = _dataset(name)
    url, date = download_url(name), ""
    if dataset.resolve is not None:
        try:
            url, date = dataset.resolve(_download(url, timeout, name))
        except OpenDataError:
            raise
        except Exception as exc:
            raise OpenDataError(f"{name}: cannot find the current file at {download_url(name)} ({exc})") from None
    raw = _download(url, timeout, name)
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
        rows, incomplete = _complete(_dataset(name), path.name, raw), None
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
    frame = dataset.parse(raw)
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
    dataset = _dataset(name)
    path = local_path(name)
    if not path.is_file():
        if config.opendata_override(name) is not None:
            raise OpenDataError(f"{path}: this file, named by HDF_OPENDATA_{name.upper()}, does not exist")
        return None
    try:
        if dataset.tabular:
            return _checked_table(dataset, _load_tabular(dataset, path))
        return _checked_table(dataset, dataset.parse(_verified(name, path, path.read_bytes())))
    except OpenDataError as exc:
        raise type(exc)(f"{path}: {exc}") from None  # CorruptDataError stays one
    except Exception as exc:
        raise OpenDataError(f"{path}: cannot be read as {dataset.title} ({exc})") from None


def fetch_summary(name: str) -> str:
    """What the reader made of the dataset's file: its date, rows read / placed / refused
    (dashboard.data.rowcounts; the outlines: départements kept)."""
    try:
        parsed = load(name)
    except OpenDataError as exc:
        return f"cannot be read back ({exc})"
    found = origin(name)
    date = (getattr(parsed, "attrs", None) or {}).get("as_of") or found.as_of or "unknown"
    rows = (getattr(parsed, "attrs", None) or {}).get("rows")
    if rows:
        counted = (f"{rows['read']} rows read, {rows['region']} in the region, {rows['placed']} placed, "
                   f"{rows['refused']} refused")
    elif isinstance(parsed, dict):
        counted = f"{len(parsed.get('features', []))} département outlines kept"
    else:
        counted = f"{len(parsed)} rows kept"
    return f"file of {date}; {counted}"


def main(argv: list[str] | None = None) -> int:
    parser = cli.Parser(prog=cli.prog("dashboard.data.opendata"), description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=cli.Parser)
    fetch_cmd = sub.add_parser("fetch", help="download datasets into the cache")
    fetch_cmd.add_argument("names", nargs="*", default=["all"], metavar="NAME", help=f"{', '.join(DATASETS)} or all")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in DATASETS and name != "all"]
    if unknown:
        fetch_cmd.error(f"unknown dataset {', '.join(map(repr, unknown))}; known: {', '.join(DATASETS)} or all")
    names = list(DATASETS) if "all" in args.names or not args.names else list(dict.fromkeys(args.names))
    failed = 0
    for name in names:
        try:
            path = fetch(name)
            print(f"{name}: saved {path}; {fetch_summary(name)}")
        except OpenDataError as exc:
            cli.error(str(exc))
            failed += 1
    return cli.FAILURE if failed else cli.OK


if __name__ == "__main__":
    sys.exit(main())
