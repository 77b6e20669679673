"""Reader of RTE's substation exports (ODRÉ "postes-electriques-rte"): every header its editions
have used, the voltage as written, the substations in operation with a position. Pure parsing
of bytes; dashboard.data.opendata_store downloads, caches and checks the file."""

from __future__ import annotations

import io
import unicodedata

import pandas as pd

from dashboard.data import rowcounts
from dashboard.data.opendata_checks import OpenDataError


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


def parse(raw: bytes) -> pd.DataFrame:
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
