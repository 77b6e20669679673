"""Cerema's brownfield inventory "Sites référencés dans Cartofriches", read for the region.

The dataset's files are dated and renamed at each revision (`friches-standard-2026-04-15.csv`),
so the download first asks data.gouv.fr's dataset API for the current resources and takes the
newest "friches-standard" CSV (`resolve`). The CSV as published (50 columns, research note
opendata-real-formats-2026-12):
- `;`-separated, UTF-8, sometimes with a byte-order mark; text quoted only where it holds `;`;
- the position only in `geompoint`, WKT with the longitude first (`POINT (2.986941 49.56997)`);
  there is no `long` / `lat` / `dep` / `site_surface` column (read where an edition has them);
- a missing value is an empty cell (a bare `NA` is read as missing too);
- numbers written as floats (`37899.0`); `site_reconv_annee` empty in every row seen;
- quotes inside quoted text escaped `\\"` in some copies: pandas reads them with `escapechar="\\\\"`;
- a row that still cannot be read is reported (line) and skipped; the other rows stay.

`parse_csv` keeps the sites of départements 02, 59, 60, 62, 80 (from `comm_insee`; without one,
from the point in the département outlines) and normalizes the columns the product uses (see
BROWNFIELD_COLUMNS), counting rows read, in the region, placed and refused. Pure parsing: no
network here; dashboard.data.opendata downloads, caches (Parquet) and dates the file.
"""

from __future__ import annotations

import io
import json
import re

import pandas as pd

from dashboard.data import rowcounts
from dashboard.domain import geo
from dashboard.domain.brownfields import BROWNFIELD_COLUMNS, STATUS_OF
from dashboard.domain.schema import DEPARTEMENTS, REGION_BBOX

DATASET_API_URL = "https://www.data.gouv.fr/api/1/datasets/sites-references-dans-cartofriches/"
DATASET_PAGE_URL = "https://www.data.gouv.fr/fr/datasets/sites-references-dans-cartofriches/"
# Public record of one site on Cerema's Cartofriches map (the link Cerema's own app builds).
RECORD_URL = "https://cartofriches.cerema.fr/cartofriches/?site={site_id}"
_DATE_IN_NAME = re.compile(r"(20\d{2})-?(\d{2})-?(\d{2})")


class CartofrichesError(ValueError):
    """The file is not a Cartofriches export the product can read; the message says why."""


def date_in_name(name: str) -> str:
    """'2026-04-15' for '…/friches-standard-2026-04-15.csv' (or a 20260429-… folder); '' if none.

    The last date in the name wins: in `…/20260429-124852/friches-standard-2026-04-15.csv` the
    data's own date is the file name's, the folder's is the upload's.
    """
    found = _DATE_IN_NAME.findall(name)
    return "-".join(found[-1]) if found else ""


def resolve(api_body: bytes) -> tuple[str, str]:
    """(URL of the newest "friches-standard" CSV, its date) from the dataset API's JSON."""
    try:
        resources = json.loads(api_body.decode("utf-8")).get("resources") or []
    except (ValueError, AttributeError) as exc:
        raise CartofrichesError(f"the data.gouv.fr dataset API answer is not the expected JSON ({exc})") from None
    csvs = []
    for resource in resources:
        url = str(resource.get("url") or "")
        label = f"{resource.get('title') or ''} {url}".lower()
        if "friches-standard" in label and (str(resource.get("format", "")).lower() == "csv" or url.endswith(".csv")):
            date = date_in_name(str(resource.get("title") or "")) or date_in_name(url)
            date = date or str(resource.get("last_modified") or "")[:10]
            csvs.append((date, url))
    if not csvs:
        raise CartofrichesError("the dataset lists no 'friches-standard' CSV resource")
    date, url = max(csvs)
    return url, date


def _read(text: str) -> tuple[pd.DataFrame, list[str]]:
    skipped: list[str] = []

    def bad_line(fields: list[str]) -> None:
        skipped.append(";".join(fields)[:80])
        return None

    frame = pd.read_csv(
        io.StringIO(text.replace("\r\n", "\n")),
        sep=";",
        dtype=str,
        na_values=["NA", ""],  # an empty cell (the real files) and a bare NA (said of some editions)
        keep_default_na=False,
        escapechar="\\",
        engine="python",
        on_bad_lines=bad_line,
    )
    return frame, skipped


def _column(frame: pd.DataFrame, *names: str) -> pd.Series:
    for name in names:
        if name in frame.columns:
            return frame[name]
    return pd.Series(pd.NA, index=frame.index, dtype=object)


def _text(series: pd.Series) -> pd.Series:
    return series.fillna("").astype(str).str.strip()


# `geompoint`, as the real files write it: WKT, longitude first ("POINT (2.986941 49.56997)").
_WKT_POINT = r"^\s*POINT\s*\(\s*([-+]?[\d.]+(?:[eE][-+]?\d+)?)\s+([-+]?[\d.]+(?:[eE][-+]?\d+)?)\s*\)\s*$"
_COMMUNE_CODE = r"^(\d{2}|2[AB])\d{3}$"


def _positions(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(lat, lon) from `geompoint`, else from `lat` / `long` where an edition has them."""
    point = _text(_column(frame, "geompoint")).str.extract(_WKT_POINT, flags=re.IGNORECASE)
    lon, lat = pd.to_numeric(point[0], errors="coerce"), pd.to_numeric(point[1], errors="coerce")
    lat = lat.where(lat.notna(), pd.to_numeric(_column(frame, "lat"), errors="coerce"))
    lon = lon.where(lon.notna(), pd.to_numeric(_column(frame, "long", "lon"), errors="coerce"))
    return lat.astype(float), lon.astype(float)


def parse_csv(raw: bytes, outlines: dict | None = None) -> pd.DataFrame:
    """The region's brownfields (BROWNFIELD_COLUMNS).

    Position: `geompoint` (WKT), else `lat` / `long`. Département: `comm_insee`'s first two
    characters, else `dep` where an edition has it, else the outline of `outlines` (the
    départements' GeoJSON) the point lies in. `attrs["rows"]`: rows read, in the region, placed
    (in the region with a position) and refused (unreadable, or neither a point nor a commune code);
    `attrs["problems"]`: each kind of problem counted, with the first row ids."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CartofrichesError(f"not UTF-8 text ({exc})") from None
    frame, skipped = _read(text)
    missing = [c for c in ("site_id", "site_statut") if c not in frame.columns]
    if missing:
        raise CartofrichesError(f"column(s) {', '.join(missing)} missing (have {', '.join(frame.columns[:8])}…)")
    read = len(frame) + len(skipped)
    row_ids = _text(frame["site_id"]).where(_text(frame["site_id"]) != "", "row " + pd.Series(
        range(2, len(frame) + 2), index=frame.index).astype(str))  # line 1 is the header
    insee = _text(_column(frame, "comm_insee")).str.upper()
    insee = insee.where(~insee.str.fullmatch(r"\d{4}"), insee.str.zfill(5))  # a code read as a number: 2691
    has_code = insee.str.fullmatch(_COMMUNE_CODE)
    lat, lon = _positions(frame)
    readable = lat.between(-90, 90) & lon.between(-180, 180)
    lat, lon = lat.where(readable), lon.where(readable)
    dep = insee.str[:2].where(has_code, _text(_column(frame, "dep")).str.zfill(2).where(
        _text(_column(frame, "dep")) != ""))
    by_point = dep.isna() & readable
    if by_point.any() and outlines:
        dep[by_point] = geo.departements_of_points(lat[by_point], lon[by_point], outlines)
    issues = [rowcounts.issue("unreadable", skipped)] if skipped else []
    neither = dep.isna() & ~readable
    if neither.any():
        issues.append(rowcounts.issue("no_point_no_code", row_ids[neither]))
    if not outlines and by_point.any():
        issues.append(rowcounts.issue("no_outlines", row_ids[by_point]))
    in_region = dep.isin(DEPARTEMENTS)
    # A point far from its commune's région (a slip in the file) is not drawn there; the row is kept.
    astray = in_region & readable & ~(lat.between(REGION_BBOX["lat_min"], REGION_BBOX["lat_max"])
                                      & lon.between(REGION_BBOX["lon_min"], REGION_BBOX["lon_max"]))
    if astray.any():
        issues.append(rowcounts.issue("astray", row_ids[astray]))
        lat, lon = lat.where(~astray), lon.where(~astray)
    frame, insee, dep, lat, lon = (x[in_region] for x in (frame, insee, dep, lat, lon))
    status_raw = _text(_column(frame, "site_statut")).str.lower()
    surface = pd.to_numeric(_column(frame, "unite_fonciere_surface"), errors="coerce")
    surface = surface.where(surface > 0, pd.to_numeric(_column(frame, "site_surface"), errors="coerce"))
    site_id = _text(frame["site_id"])
    out = pd.DataFrame(
        {
            "site_id": site_id,
            "name": _text(_column(frame, "site_nom")),
            "site_type": _text(_column(frame, "site_type")),
            "status": status_raw.map(STATUS_OF).fillna("unknown"),
            "status_raw": status_raw,
            "commune": _text(_column(frame, "comm_nom")),
            "insee": insee.where(insee.str.fullmatch(_COMMUNE_CODE), ""),
            "departement": dep,
            "surface_m2": surface.where(surface > 0),
            "lat": lat,
            "lon": lon,
            "zoning": _text(_column(frame, "urba_zone_type")),
            "reconv_year": pd.to_numeric(_column(frame, "site_reconv_annee"), errors="coerce"),
            "url": [RECORD_URL.format(site_id=s) if s else "" for s in site_id],
        }
    )
    no_id = out["site_id"] == ""
    if no_id.any():
        issues.append(rowcounts.issue("no_id", row_ids[in_region][no_id.to_numpy()]))
    out = out[~no_id].drop_duplicates("site_id").reset_index(drop=True)
    out = out[list(BROWNFIELD_COLUMNS)]
    unplaced = out["lat"].isna() | out["lon"].isna()
    if unplaced.any():
        issues.append(rowcounts.issue("unplaced", out.loc[unplaced, "site_id"]))
    if out["reconv_year"].isna().all():  # the reconversion year: no chart of it, it is said missing
        issues.append(rowcounts.issue("not_published", ["site_reconv_annee"]))
    refused = len(skipped) + int(neither.sum()) + (int(by_point.sum()) if not outlines else 0)
    out.attrs["rows"] = rowcounts.counts(read, len(out), (~unplaced).sum(), refused)
    out.attrs["issues"] = issues
    out.attrs["problems"] = [rowcounts.describe(found) for found in issues]
    return out
