"""Readers of the administrative reference datasets (Etalab, INSEE): the départements' outlines
and the communes list with their centres, kept to the region. Pure parsing of bytes;
dashboard.data.opendata_store downloads, caches and checks the files."""

from __future__ import annotations

import io
import json

import pandas as pd

from dashboard.data import rowcounts
from dashboard.data.opendata_checks import OpenDataError
from dashboard.domain.schema import DEPARTEMENTS


def parse_outlines(raw: bytes) -> dict:
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


def parse_communes(raw: bytes) -> pd.DataFrame:
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
