"""Cerema's brownfield inventory "Sites référencés dans Cartofriches", read for the region.

The dataset's files are dated and renamed at each revision (`friches-standard-2026-04-15.csv`),
so the download first asks data.gouv.fr's dataset API for the current resources and takes the
newest "friches-standard" CSV (`resolve`). The CSV's quirks, as published:
- `;`-separated, UTF-8, sometimes with a byte-order mark;
- a missing value is a bare, unquoted `NA`;
- quotes inside quoted text are escaped `\\"` (not RFC 4180's `""`), which strict parsers reject:
  pandas reads them with `escapechar="\\\\"`;
- a row that still cannot be read is reported (line number) and skipped; the other rows stay.

`parse_csv` keeps the sites of départements 02, 59, 60, 62, 80 (from `comm_insee`, else `dep`) and
normalizes the columns the product uses (see BROWNFIELD_COLUMNS). Pure parsing: no network here;
dashboard.data.opendata downloads, caches (Parquet) and dates the file.
"""

from __future__ import annotations

import io
import json
import re

import numpy as np
import pandas as pd

from dashboard.domain.brownfields import BROWNFIELD_COLUMNS, STATUS_OF
from dashboard.domain.schema import DEPARTEMENTS

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
        na_values=["NA"],
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


def parse_csv(raw: bytes) -> pd.DataFrame:
    """The region's brownfields (BROWNFIELD_COLUMNS), `attrs["problems"]` listing what was skipped."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CartofrichesError(f"not UTF-8 text ({exc})") from None
    frame, skipped = _read(text)
    missing = [c for c in ("site_id", "site_statut") if c not in frame.columns]
    if missing:
        raise CartofrichesError(f"column(s) {', '.join(missing)} missing (have {', '.join(frame.columns[:8])}…)")
    insee = _text(_column(frame, "comm_insee")).str.zfill(5)
    dep = insee.str[:2].where(insee.str.match(r"^\d{2}"), _text(_column(frame, "dep")).str.zfill(2))
    frame, insee, dep = frame[dep.isin(DEPARTEMENTS)], insee[dep.isin(DEPARTEMENTS)], dep[dep.isin(DEPARTEMENTS)]
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
            "insee": insee,
            "departement": dep,
            "surface_m2": surface.where(surface > 0),
            "lat": pd.to_numeric(_column(frame, "lat"), errors="coerce"),
            "lon": pd.to_numeric(_column(frame, "long", "lon"), errors="coerce"),
            "zoning": _text(_column(frame, "urba_zone_type")),
            "reconv_year": pd.to_numeric(_column(frame, "site_reconv_annee"), errors="coerce"),
            "url": [RECORD_URL.format(site_id=s) if s else "" for s in site_id],
        }
    )
    out = out[out["site_id"] != ""].drop_duplicates("site_id").reset_index(drop=True)
    bad_position = ~(out["lat"].between(-90, 90) & out["lon"].between(-180, 180))
    out.loc[bad_position, ["lat", "lon"]] = np.nan
    out = out[list(BROWNFIELD_COLUMNS)]
    problems = [f"row skipped (cannot be read): {line}" for line in skipped]
    if bad_position.any():
        problems.append(f"{int(bad_position.sum())} site(s) without a readable lat/long: counted, not mapped")
    out.attrs["problems"] = problems
    return out
