"""Open datasets the product downloads on demand and caches under data/opendata/.

Nothing is downloaded at import time. Each dataset is declared once (publisher, licence, URL,
cache file, parser); the map, the siting page, the build and the `fetch` command all go through
`load()` / `fetch()`.

Environment:
- `HDF_OPENDATA_DIR`: cache folder (default: <repo>/data/opendata).
- `HDF_OPENDATA_<NAME>` (e.g. `HDF_OPENDATA_OUTLINES`): a local file to use instead of the
  cache (local screenshots point it at a reference copy).
- `HDF_OPENDATA_<NAME>_URL`: another URL to download from (tests use a local server).

Command: `python -m dashboard.data.opendata fetch [outlines|substations|communes|all]`.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.domain.schema import DEPARTEMENTS

from dashboard import config  # noqa: E402
USER_AGENT = "hdf-datacenter-dashboard/1.0 (open-source; +https://github.com/)"
DOWNLOAD_TIMEOUT_S = 60


class OpenDataError(RuntimeError):
    """A dataset could not be downloaded or read; the message says which and why."""


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


# ODRÉ exports label headers; older exports and the API use other spellings.
_SUBSTATION_HEADERS = {
    "code": ("Code poste", "code_poste"),
    "name": ("Nom poste", "nom_poste"),
    "function": ("FONCTION", "Fonction", "FONCTION DU POSTE", "fonction"),
    "state": ("Etat", "État", "etat"),
    "voltage": ("Tension (kV)", "tension"),
    "lon": ("Longitude poste (DD)", "longitude_poste"),
    "lat": ("Latitude poste (DD)", "latitude_poste"),
}


def _parse_substations(raw: bytes) -> pd.DataFrame:
    """RTE substations in operation: code, name, function, state, voltage_kv, lat, lon."""
    text = raw.decode("utf-8-sig")
    frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str)
    columns = {}
    for key, candidates in _SUBSTATION_HEADERS.items():
        found = next((c for c in candidates if c in frame.columns), None)
        if found is None and key != "function":
            raise OpenDataError(f"substations: column {candidates[0]!r} missing (have {list(frame.columns)})")
        columns[key] = found
    out = pd.DataFrame(
        {
            "code": frame[columns["code"]],
            "name": frame[columns["name"]],
            # Tap points ("Point de piquage") are not substations a campus connects to; geo drops them.
            "function": frame[columns["function"]].fillna("") if columns["function"] else "",
            "state": frame[columns["state"]].str.upper().str.strip(),
            "voltage_kv": pd.to_numeric(
                frame[columns["voltage"]].str.extract(r"^\s*(\d+)\s*kV", expand=False), errors="coerce"
            ),
            "lat": pd.to_numeric(frame[columns["lat"]], errors="coerce"),
            "lon": pd.to_numeric(frame[columns["lon"]], errors="coerce"),
        }
    )
    out = out[(out["state"] == "EN EXPLOITATION") & out["voltage_kv"].notna()]
    out = out.dropna(subset=["lat", "lon"]).reset_index(drop=True)
    if out.empty:
        raise OpenDataError("substations: no substation 'EN EXPLOITATION' with a voltage and a position")
    return out


def _parse_communes(raw: bytes) -> pd.DataFrame:
    """Communes of the region with their centroid: insee, name, departement, lat, lon."""
    data = json.loads(raw.decode("utf-8"))
    rows = []
    for item in data if isinstance(data, list) else []:
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
    if not rows:
        raise OpenDataError("communes: no commune of the region with a centre in the file")
    return pd.DataFrame(rows)


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
            parse=_parse_substations,
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
            parse=_parse_communes,
            purpose="offline place search for candidate sites",
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


def local_path(name: str) -> Path:
    """Where the dataset is read from: the override file, else the cache file."""
    dataset = _dataset(name)
    override = os.environ.get(f"HDF_OPENDATA_{name.upper()}")
    return Path(override) if override else cache_dir() / dataset.filename


def download_url(name: str) -> str:
    return os.environ.get(f"HDF_OPENDATA_{name.upper()}_URL", _dataset(name).download_url)


def fetch(name: str, timeout: float = DOWNLOAD_TIMEOUT_S) -> Path:
    """Download a dataset, check that it parses, then replace the cache file atomically."""
    dataset = _dataset(name)
    url = download_url(name)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OpenDataError(f"{name}: download from {url} failed ({reason})") from None
    try:
        dataset.parse(raw)
    except OpenDataError:
        raise
    except Exception as exc:  # a parser error on foreign data must not look like our bug
        raise OpenDataError(f"{name}: the file downloaded from {url} cannot be read ({exc})") from None
    target = cache_dir() / dataset.filename
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
        tmp.write(raw)
    os.replace(tmp.name, target)
    return target


def load(name: str):
    """The parsed dataset from the override file or the cache; None when there is none.

    Raises OpenDataError when a file is there but cannot be read.
    """
    dataset = _dataset(name)
    path = local_path(name)
    if not path.is_file():
        return None
    try:
        return dataset.parse(path.read_bytes())
    except OpenDataError as exc:
        raise OpenDataError(f"{path}: {exc}") from None
    except Exception as exc:
        raise OpenDataError(f"{path}: cannot be read as {dataset.title} ({exc})") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.data.opendata", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    fetch_cmd = sub.add_parser("fetch", help="download datasets into the cache")
    fetch_cmd.add_argument("names", nargs="*", default=["all"], help=f"{', '.join(DATASETS)} or all")
    args = parser.parse_args(argv)
    names = list(DATASETS) if args.names in ([], ["all"]) else args.names
    failed = 0
    for name in names:
        try:
            path = fetch(name)
            print(f"{name}: saved {path}")
        except OpenDataError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
