"""The data page's table in the formats GIS and spreadsheet users open: GeoJSON and XLSX.

Both are built from the same `SiteTable` the page shows (`tables.site_table`), so every download
holds the same rows, columns and labels as the screen:

- `to_geojson_bytes(table, sites, sources)` → a GeoJSON FeatureCollection (RFC 7946: WGS 84
  longitude/latitude, 6 decimals ≈ 0.1 m): one Point per site with every column of the table as
  properties, the site's id, and its sources (publisher, title, date, link, licence). Unknown stays
  null (never 0); a site without coordinates keeps its row with a null geometry.
- `to_xlsx_bytes(table, sources_table, lang)` → a workbook with the sites on a first sheet and the
  sources (links clickable) on a second one; numbers stay numbers, unknown cells stay empty, and
  text that a spreadsheet would run as a formula is neutralised by `tables.safe_frame` (the one
  implementation shared with the CSV).
"""

from __future__ import annotations

import io
import json
import math

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from dashboard.domain.tables import split_ids
from dashboard.export.tables import SiteTable, safe_frame
from dashboard.i18n.escape import http_url
from dashboard.i18n import is_unknown, t

COORDINATE_DECIMALS = 6  # ≈ 0.1 m; RFC 7946 §11.2 advises against more


def json_value(value: object) -> object:
    """A table cell as JSON: unknown (NaN, None, '') → null, numpy numbers → Python numbers."""
    if is_unknown(value) or (isinstance(value, str) and not value.strip()):
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _source_records(source_ids: str, sources: pd.DataFrame) -> list[dict]:
    by_id = sources.set_index("source_id", drop=False)
    records = []
    for source_id in split_ids(source_ids):
        if source_id not in by_id.index:
            records.append({"id": source_id})
            continue
        row = by_id.loc[source_id]
        records.append({
            "id": source_id,
            "publisher": json_value(row["publisher"]),
            "title": json_value(row["title"]),
            "published": json_value(row["published"]),
            "url": http_url(row["url"]),
            "licence": json_value(row["licence"]),
        })
    return records


def sites_geojson(table: SiteTable, sites: pd.DataFrame, sources: pd.DataFrame) -> dict:
    """The table's rows as a GeoJSON FeatureCollection (a dict ready for `json.dumps`)."""
    located = sites.drop_duplicates("site_id").set_index("site_id")
    features = []
    for site_id, (_, row) in zip(table.site_ids, table.frame.iterrows()):
        place = located.loc[site_id] if site_id in located.index else None
        lon, lat = (place["lon"], place["lat"]) if place is not None else (None, None)
        geometry = None
        if not is_unknown(lon) and not is_unknown(lat):
            geometry = {"type": "Point",
                        "coordinates": [round(float(lon), COORDINATE_DECIMALS), round(float(lat), COORDINATE_DECIMALS)]}
        properties = {"site_id": site_id} | {str(column): json_value(value) for column, value in row.items()}
        raw_ids = place["source_ids"] if place is not None else ""
        properties[t("formats.sources_detail", table.lang)] = _source_records("" if is_unknown(raw_ids) else raw_ids,
                                                                            sources)
        features.append({"type": "Feature", "id": site_id, "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "name": "sites", "features": features}


def to_geojson_bytes(table: SiteTable, sites: pd.DataFrame, sources: pd.DataFrame) -> bytes:
    """UTF-8 GeoJSON of the table (strict JSON: no NaN)."""
    collection = sites_geojson(table, sites, sources)
    return json.dumps(collection, ensure_ascii=False, allow_nan=False, indent=1).encode("utf-8")


def _write_sheet(sheet, frame: pd.DataFrame, link_column: str | None = None) -> None:
    safe = safe_frame(frame)
    sheet.append(list(safe.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in safe.itertuples(index=False):
        sheet.append([json_value(v) for v in values])
    if link_column is not None and link_column in frame.columns:
        column = list(frame.columns).index(link_column) + 1
        for row_number in range(2, sheet.max_row + 1):
            cell = sheet.cell(row=row_number, column=column)
            url = http_url(cell.value)
            if url:
                cell.hyperlink = url
                cell.style = "Hyperlink"
    for index, column in enumerate(safe.columns, start=1):
        longest = max([len(str(column))] + [len(str(v)) for v in safe[column] if not is_unknown(v)])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(10, longest + 2), 60)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions


def to_xlsx_bytes(table: SiteTable, sources: pd.DataFrame, lang: str, link_column: str | None = None) -> bytes:
    """An XLSX workbook: the sites (first sheet) and their sources (second sheet, `link_column`
    as clickable http(s) links)."""
    sources_sheet = t("formats.sources_sheet", lang)
    return frames_xlsx_bytes({t("formats.sites_sheet", lang): table.frame, sources_sheet: sources},
                             {sources_sheet: link_column} if link_column else None)


def frames_xlsx_bytes(sheets: dict[str, pd.DataFrame], links: dict[str, str] | None = None) -> bytes:
    """An XLSX workbook with one sheet per table (name -> frame), safe like every download; `links`
    names, per sheet, a column written as clickable http(s) links."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, frame in sheets.items():
        _write_sheet(workbook.create_sheet(name[:31]), frame, (links or {}).get(name))  # Excel: 31 characters
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
