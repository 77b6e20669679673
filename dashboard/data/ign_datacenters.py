"""IGN's "Localisation et caractérisation des datacenters en France" (Portail cartographique des
énergies renouvelables, data with Cerema), read for the region.

The download is a 7z archive (0.3 MB, edition of 2024-04-01) holding a GeoPackage in Lambert-93
(EPSG:2154), France métropolitaine. What is known and what is guessed:
- the archive's folders: unknown; the one `.gpkg` member is read wherever it lies (an extracted
  `.gpkg` is read as well, for a local copy);
- the layers: unknown; every layer with point or polygon features is read (a polygon is placed at
  a point inside it, shapely's representative point), its CRS read from the file (Lambert-93 when
  the file names none), reprojected to WGS 84 with pyproj;
- the attribute names: UNCONFIRMED (the file was not seen when this was written). Every attribute
  is kept as written, as text (an empty value stays empty, never 0). The columns the product adds
  — `name`, `departement` — come from attributes whose names are GUESSES: NAME_FIELDS (nom, name,
  libelle, toponyme, raison_sociale, …: the first one present with a value; else "fid <feature
  id>") and the département or commune code fields (CODE_FIELDS). A feature with no readable code
  is kept when it lies in the region's bounding box (REGION_BBOX): that box also covers the north of
  Île-de-France and bits of Grand Est and Belgium, so such rows say so in `attrs["problems"]` and
  their `departement` stays empty (unknown).

`parse(raw)` returns one row per feature in départements 02, 59, 60, 62, 80: OWN_COLUMNS, then the
file's attributes (an attribute whose name is one of OWN_COLUMNS is kept as "<name> (IGN)").
Pure parsing: dashboard.data.opendata downloads, caches (Parquet) and dates the file.
"""

from __future__ import annotations

import io
import re
import warnings

import numpy as np
import pandas as pd

from dashboard.data import rowcounts
from dashboard.data.opendata_checks import OpenDataError
from dashboard.domain import geo
from dashboard.domain.communes import normalize_name
from dashboard.domain.schema import DEPARTEMENTS, IGN_DATACENTER_COLUMNS, REGION_BBOX
from dashboard.i18n.fold import fold

DOWNLOAD_URL = (
    "https://data.geopf.fr/telechargement/download/ENR/ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01/"
    "ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01.7z"
)
PORTAL_URL = "https://planification.climat-energie.gouv.fr"
SOURCE_CRS = "EPSG:2154"  # Lambert-93, as the file's name says (LAMB93); used when the file names no CRS
MAX_GPKG_BYTES = 200_000_000  # the GeoPackage of 2024 unpacks to a few MB; more is not this dataset

OWN_COLUMNS = IGN_DATACENTER_COLUMNS
RENAMED = " (IGN)"  # suffix of a file's attribute named like one of OWN_COLUMNS
# Guessed attribute names (compared without case or accents), most specific first.
NAME_FIELDS = ("nom", "name", "nom_site", "nom_datacenter", "nom_data_center", "nom_dc", "libelle", "toponyme",
               "raison_sociale", "denomination", "nom_usuel")
# (kind, guessed names): a département code ("59", "2A"), a commune INSEE code or a postcode ("59350").
CODE_FIELDS = (
    ("departement", ("code_dep", "code_departement", "code_dept", "insee_dep", "num_dep", "dep", "departement", "dpt")),
    ("commune", ("code_insee", "insee_com", "insee_commune", "code_commune", "codgeo", "code_com", "insee", "com")),
    ("postcode", ("code_postal", "codepostal", "cp")),
)
# EnRezo's commune name field (the layer France Chaleur Urbaine reads: fid, id, nom, categorie,
# com_nom, qualite_xy, source); the file names no département, so it comes from this name.
COMMUNE_NAME_FIELDS = ("com_nom", "nom_commune", "commune", "libelle_commune")
NAME_MATCH_KM = 20  # a commune named in the row is trusted when its centre is this close to the point
_POINTS = ("Point", "MultiPoint", "Polygon", "MultiPolygon")
_DEPARTEMENT_CODE = re.compile(r"^(\d{1,2}|2[AB]|97\d)$", re.IGNORECASE)
_COMMUNE_CODE = re.compile(r"^(\d\d|2[AB])\d{3}$", re.IGNORECASE)
_GPKG_MAGIC = b"SQLite format 3\x00"
_VSIMEM = re.compile(r"'?/vsimem/[^\s']*'?")


def _fail(message: str) -> OpenDataError:
    return OpenDataError(f"ign_datacenters: {message}")


def _start(raw: bytes) -> str:
    return repr(raw[:24].decode("latin-1"))


def gpkg_in_archive(raw: bytes) -> tuple[str, bytes]:
    """(member name, bytes) of the one `.gpkg` in a 7z archive; raw GeoPackage bytes pass as they are."""
    if raw.startswith(_GPKG_MAGIC):
        return "the GeoPackage", raw
    import py7zr  # imported on use: the app's start does not pay for it

    if not py7zr.is_7zfile(io.BytesIO(raw)):
        raise _fail(f"the download is not a 7z archive (nor a GeoPackage): it starts with {_start(raw)}")
    try:
        with py7zr.SevenZipFile(io.BytesIO(raw), mode="r") as archive:
            members = [m for m in archive.list() if not m.is_directory]
            gpkgs = [m for m in members if m.filename.lower().endswith(".gpkg")]
            if len(gpkgs) != 1:
                listed = ", ".join(m.filename for m in members[:10]) or "nothing"
                what = "no .gpkg file" if not gpkgs else f"{len(gpkgs)} .gpkg files"
                raise _fail(f"{what} in the 7z archive (it holds {listed}); expected one GeoPackage")
            member = gpkgs[0]
            if (member.uncompressed or 0) > MAX_GPKG_BYTES:
                raise _fail(f"{member.filename} unpacks to {member.uncompressed:,} bytes, more than the "
                            f"{MAX_GPKG_BYTES:,} this dataset can be")
            factory = py7zr.io.BytesIOFactory(MAX_GPKG_BYTES + 1)
            archive.extract(targets=[member.filename], factory=factory)
            buffer = factory.get(member.filename)
    except OpenDataError:
        raise
    except Exception as exc:  # noqa: BLE001 - py7zr's errors on a damaged, encrypted or exotic archive
        raise _fail(f"the 7z archive cannot be unpacked ({type(exc).__name__}: {exc})") from None
    buffer.seek(0)
    return member.filename, buffer.read()


def _gdal_says(exc: Exception, member: str) -> str:
    """GDAL's message, with the in-memory path it read from named as the archive's member."""
    return _VSIMEM.sub(member, str(exc))


def _read_layers(gpkg: bytes, member: str) -> list[tuple[str, dict, np.ndarray, np.ndarray, list]]:
    """[(layer, meta, fids, WKB geometries, field arrays)] of every layer that has a geometry column."""
    import pyogrio
    import pyogrio.raw

    with warnings.catch_warnings():
        # Read from memory, the GeoPackage has no file name: GDAL warns about the missing ".gpkg".
        warnings.filterwarnings("ignore", message=".*non conformant file extension.*", category=RuntimeWarning)
        try:
            layers = pyogrio.list_layers(io.BytesIO(gpkg))
        except Exception as exc:  # noqa: BLE001 - GDAL's errors on a foreign file
            # GDAL opens no GeoPackage without a layer: "no layer" and "not a GeoPackage" read alike.
            raise _fail(f"no layer could be read from {member} (GDAL: {_gdal_says(exc, member)})") from None
        if len(layers) == 0:
            raise _fail(f"no layer in {member}")
        read = []
        for layer, geometry_type in layers:
            if geometry_type is None:  # an attribute table
                continue
            try:
                meta, fids, geometries, fields = pyogrio.raw.read(io.BytesIO(gpkg), layer=str(layer), return_fids=True,
                                                                  datetime_as_string=True)
            except Exception as exc:  # noqa: BLE001
                raise _fail(f"layer {layer!r} of {member} cannot be read ({_gdal_says(exc, member)})") from None
            read.append((str(layer), meta, fids, geometries, fields))
    if not read:
        raise _fail(f"no layer with a geometry in {member} (layers: {', '.join(str(n) for n, _ in layers)})")
    return read


def _text(value) -> str | None:
    """An attribute as written, as text; None (unknown) for a missing value."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _positions(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """x, y (NaN where not a point or polygon) and the geometry type of each feature."""
    import shapely

    shapes = shapely.from_wkb(geometries, on_invalid="ignore")
    kinds = [shape.geom_type if shape is not None and not shape.is_empty else "" for shape in shapes]
    placeable = np.array([kind in _POINTS for kind in kinds], dtype=bool)
    x, y = np.full(len(kinds), np.nan), np.full(len(kinds), np.nan)
    if placeable.any():
        points = shapely.point_on_surface(shapes[placeable])  # a point stays itself; a polygon: a point inside
        x[placeable], y[placeable] = shapely.get_x(points), shapely.get_y(points)
    return x, y, kinds


def _to_wgs84(x: np.ndarray, y: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    from pyproj import Transformer
    from pyproj.exceptions import CRSError

    try:
        transformer = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    except CRSError as exc:
        raise _fail(f"the file's coordinate system {crs!r} is not one pyproj knows ({exc})") from None
    lon, lat = transformer.transform(x, y)
    return np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)


def _field(columns, guesses) -> list[str]:
    """The file's columns matching the guessed names, in the guesses' order (a field renamed
    "<name> (IGN)" because it shares an own column's name still counts as <name>)."""
    by_folded = {}
    for column in columns:
        by_folded.setdefault(fold(str(column).removesuffix(RENAMED)).strip(), column)
    return [by_folded[g] for g in guesses if g in by_folded]


def _code(value, kind: str) -> str | None:
    """The two-character département of a code ("59", "2A", "97"), None when unreadable."""
    if not isinstance(value, str):  # a missing value (NaN in a text column)
        return None
    text = value.strip().upper()
    if kind == "departement":
        if _DEPARTEMENT_CODE.match(text):
            return text.zfill(2)[:2] if text.isdigit() and len(text) <= 2 else text[:2]
        by_name = {fold(name).strip(): code for code, name in DEPARTEMENTS.items()}
        return by_name.get(fold(text).strip())
    text = text.replace(" ", "")
    if text.isdigit() and len(text) == 4:  # a code stored as a number lost its leading zero (2408 = 02408)
        text = text.zfill(5)
    return text[:2] if _COMMUNE_CODE.match(text) else None


def _departements(frame: pd.DataFrame) -> tuple[pd.Series, list[str]]:
    """Each row's département from the first guessed code field with a readable value; the fields used."""
    found = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    used = []
    for kind, guesses in CODE_FIELDS:
        for column in _field(frame.columns, guesses):
            codes = frame[column].map(lambda value, kind=kind: _code(value, kind))
            if codes.notna().any():
                used.append(column)
            found = found.where(found.notna(), codes)
    return found, used


def _frame(layers) -> tuple[pd.DataFrame, list[str], int]:
    """Every feature of every layer: own columns (lat/lon in WGS 84) and attributes as text."""
    frames, problems, kinds_seen, skipped = [], [], set(), 0
    for layer, meta, fids, geometries, fields in layers:
        x, y, kinds = _positions(geometries)
        kinds_seen.update(k for k in kinds if k)
        crs = meta.get("crs") or ""
        if not crs:
            problems.append(f"layer {layer!r} names no coordinate system: read as Lambert-93 ({SOURCE_CRS})")
        placed = np.isfinite(x) & np.isfinite(y)
        lat, lon = np.full(len(x), np.nan), np.full(len(x), np.nan)
        if placed.any():
            lat[placed], lon[placed] = _to_wgs84(x[placed], y[placed], crs or SOURCE_CRS)
        attributes = {}
        for name, values in zip(meta["fields"], fields):
            column = f"{name}{RENAMED}" if name in OWN_COLUMNS else str(name)
            attributes[column] = [_text(v) for v in values]
        frame = pd.DataFrame({"fid": [str(f) for f in fids], "layer": layer, "lat": lat, "lon": lon,
                              **attributes})
        unplaced = int(np.isnan(lat).sum())
        skipped += unplaced
        if unplaced:
            problems.append(f"{unplaced} feature(s) of layer {layer!r} without a point or polygon geometry: skipped")
        frames.append(frame.dropna(subset=["lat", "lon"]))
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if frame.empty:
        seen = ", ".join(sorted(kinds_seen)) or "none"
        raise _fail(f"no point or polygon geometry in the GeoPackage (geometry types found: {seen})")
    return frame, problems, skipped


def _names(frame: pd.DataFrame) -> pd.Series:
    names = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    for column in _field(frame.columns, NAME_FIELDS):
        values = frame[column].where(frame[column].fillna("").str.strip() != "")
        names = names.where(names.notna(), values)
    return names.where(names.notna(), "fid " + frame["fid"])


def _by_commune_name(frame: pd.DataFrame, communes: pd.DataFrame | None) -> tuple[pd.Series, pd.Series]:
    """(département from the commune name field matched to the communes list, accents and case folded
    — a name several communes share resolved by the nearest of them to the point —, whether ambiguous).
    A name whose commune lies over NAME_MATCH_KM from the point (a namesake elsewhere) is not used."""
    found = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    ambiguous = pd.Series(False, index=frame.index)
    columns = _field(frame.columns, COMMUNE_NAME_FIELDS)
    if not columns or communes is None or communes.empty:
        return found, ambiguous
    by_key = communes.assign(key=communes["name"].map(normalize_name)).groupby("key")
    for index, written in frame[columns[0]].items():
        if not isinstance(written, str) or not written.strip() or normalize_name(written) not in by_key.groups:
            continue
        same_name = by_key.get_group(normalize_name(written))
        point = frame.loc[index, ["lat", "lon"]].to_numpy(dtype=float)
        km = geo.geodesic_km(np.full(len(same_name), point[0]), np.full(len(same_name), point[1]),
                             same_name["lat"].to_numpy(dtype=float), same_name["lon"].to_numpy(dtype=float))
        nearest = int(np.nanargmin(km)) if np.isfinite(km).any() else 0
        if np.isfinite(km[nearest]) and km[nearest] > NAME_MATCH_KM:
            continue
        found[index] = str(same_name["departement"].iloc[nearest])
        ambiguous[index] = same_name["departement"].nunique() > 1
    return found, ambiguous


def parse(raw: bytes, communes: pd.DataFrame | None = None, outlines: dict | None = None) -> pd.DataFrame:
    """The region's data centres: OWN_COLUMNS then the file's attributes; `attrs["problems"]`.

    The département: a code field when the file has one; else EnRezo's commune name (`com_nom`)
    matched to `communes` (the region's communes list); else the point in `outlines`; else, without
    outlines, a row in the region's bounding box is kept with its département unknown."""
    member, gpkg = gpkg_in_archive(raw)
    frame, problems, skipped = _frame(_read_layers(gpkg, member))
    total = len(frame)
    departement, used = _departements(frame)
    by_name, ambiguous = _by_commune_name(frame, communes)
    from_name = departement.isna() & by_name.notna()
    departement = departement.where(departement.notna(), by_name)
    from_point = departement.isna()
    if outlines and from_point.any():
        departement[from_point] = geo.departements_of_points(frame.loc[from_point, "lat"],
                                                             frame.loc[from_point, "lon"], outlines)
    issues = []
    if (from_name & ambiguous).any():
        issues.append(rowcounts.issue("by_name_ambiguous", frame.loc[from_name & ambiguous, "fid"]))
    if outlines and (from_point & departement.isin(list(DEPARTEMENTS))).any():
        issues.append(rowcounts.issue("by_point", frame.loc[from_point & departement.isin(list(DEPARTEMENTS)), "fid"]))
    in_box = frame["lat"].between(REGION_BBOX["lat_min"], REGION_BBOX["lat_max"]) & frame["lon"].between(
        REGION_BBOX["lon_min"], REGION_BBOX["lon_max"])
    keep = departement.isin(list(DEPARTEMENTS)) | (departement.isna() & in_box & (not outlines))
    by_box = int((departement.isna() & in_box & (not outlines)).sum())
    if by_box:
        fields = f" ({', '.join(used)} empty or unreadable)" if used else " (no département or commune code field)"
        problems.append(f"{by_box} feature(s) kept because they lie in the region's bounding box{fields}: the box "
                        "also covers parts of Île-de-France, Grand Est and Belgium")
    frame = frame[keep].copy()
    if frame.empty:
        raise _fail(f"no feature in the region (départements {', '.join(DEPARTEMENTS)}): {total} feature(s) read, "
                    "none there")
    frame["departement"] = departement[keep]
    frame["name"] = _names(frame)
    attributes = [c for c in frame.columns if c not in OWN_COLUMNS]
    frame = frame[[*OWN_COLUMNS, *attributes]].reset_index(drop=True)
    # Read: every feature; placed: those of the region (each has a point); refused: no usable geometry.
    frame.attrs["rows"] = rowcounts.counts(total + skipped, len(frame), len(frame), skipped)
    frame.attrs["issues"] = issues
    frame.attrs["problems"] = problems + [rowcounts.describe(found) for found in issues]
    return frame
