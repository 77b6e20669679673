"""IGN's "Localisation et caractérisation des datacenters en France" (Portail cartographique des
énergies renouvelables, data with Cerema), read for the region.

The download is a 7z archive (0.3 MB, edition of 2024-04-01) holding a GeoPackage in Lambert-93
(EPSG:2154), France métropolitaine: by its name, Cerema's EnRezo "chaleur fatale — datacenter" layer.
What is known and what is not (research note opendata-real-formats-2026-12):
- the archive's folders: unknown; the one `.gpkg` member is read wherever it lies (an extracted
  `.gpkg` is read as well, for a local copy);
- the layers: unknown; every layer with point or polygon features is read (a polygon is placed at
  a point inside it, shapely's representative point), its CRS read from the file (Lambert-93 when
  the file names none), reprojected to WGS 84 with pyproj;
- the attributes: EnRezo's, as a public application reads the layer (`fid`, `id`, `nom`,
  `categorie`, `com_nom`, `qualite_xy`, `source`; compared without case or accents); the download's
  own names are unconfirmed, so every attribute is kept as written, as text (an empty value stays
  empty, never 0). The columns the product adds: `name` from `nom` (else "fid <feature id>") and
  `departement` — the file has none — from `com_nom` matched to the region's communes, else from the
  point in the départements' outlines; without either, a feature in the region's bounding box
  (REGION_BBOX) is kept with its département unknown, and `attrs["problems"]` says so (the box also
  covers the north of Île-de-France and bits of Grand Est and Belgium).
- `qualite_xy`, the location's precision: kept as written here; the codes the note explains (1 =
  exact address … 5 = commune centre) are put in words on the map (schema.IGN_QUALITE_XY).

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
# EnRezo's field names (compared without case or accents).
NAME_FIELD = "nom"
COMMUNE_NAME_FIELD = "com_nom"  # the commune's name; the file names no département, so it comes from this
NAME_MATCH_KM = 20  # a commune named in the row is trusted when its centre is this close to the point
_POINTS = ("Point", "MultiPoint", "Polygon", "MultiPolygon")
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


def _field(columns, wanted: str) -> str | None:
    """The file's column named `wanted` without case or accents (a field renamed "<name> (IGN)"
    because it shares an own column's name still counts as <name>), None when there is none."""
    for column in columns:
        if fold(str(column).removesuffix(RENAMED)).strip() == wanted:
            return column
    return None


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
    column = _field(frame.columns, NAME_FIELD)
    if column is None:
        return "fid " + frame["fid"]
    names = frame[column].where(frame[column].fillna("").str.strip() != "")
    return names.where(names.notna(), "fid " + frame["fid"])


def _by_commune_name(frame: pd.DataFrame, communes: pd.DataFrame | None) -> tuple[pd.Series, pd.Series]:
    """(département from the commune name field matched to the communes list, accents and case folded
    — a name several communes share resolved by the nearest of them to the point —, whether ambiguous).
    A name whose commune lies over NAME_MATCH_KM from the point (a namesake elsewhere) is not used."""
    found = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    ambiguous = pd.Series(False, index=frame.index)
    column = _field(frame.columns, COMMUNE_NAME_FIELD)
    if column is None or communes is None or communes.empty:
        return found, ambiguous
    by_key = communes.assign(key=communes["name"].map(normalize_name)).groupby("key")
    for index, written in frame[column].items():
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

    The département: EnRezo's commune name (`com_nom`) matched to `communes` (the region's communes
    list); else the point in `outlines`; else, without outlines, a row in the region's bounding box
    is kept with its département unknown."""
    member, gpkg = gpkg_in_archive(raw)
    frame, problems, skipped = _frame(_read_layers(gpkg, member))
    total = len(frame)
    departement, ambiguous = _by_commune_name(frame, communes)
    from_name = departement.notna()
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
        column = _field(frame.columns, COMMUNE_NAME_FIELD)
        fields = (f" (no {COMMUNE_NAME_FIELD} field)" if column is None
                  else f" ({column} empty or not matched to a commune of the region)")
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
