"""The data page's table (one row per site, columns in the reader's language) and its safe CSV.

Pure pandas, no Streamlit:

- `site_table(dataset, sites, lang)` → a `SiteTable`: the rows with labelled columns and raw values
  (numbers stay numbers, unknown stays empty — never 0), plus which cells are approximate;
- `styled(table, lang)` → a pandas Styler for the screen: numbers in the reader's format,
  "≈" before approximate values, "inconnu"/"unknown" for unknown ones; sorting still uses the numbers;
- `to_csv_bytes(frame, lang)` → CSV bytes safe to open in a spreadsheet: UTF-8 with a BOM (Excel
  reads the accents), `;` and a decimal comma in French, `,` and a decimal point in English, and
  every text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
  carriage return) prefixed with an apostrophe. Numbers, negative ones included, stay numbers.
- `sources_table(sources, lang)` → the sources with their links (http(s) only), dates and licences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
from pandas.io.formats.style import Styler

from dashboard.domain.retained import site_qualifiers, site_texts
from dashboard.domain.schema import ATTRIBUTE_OF_COLUMN, ATTRIBUTES, DEPARTEMENTS, MEASURES, VALUE_COLUMNS
from dashboard.domain.tables import Dataset
from dashboard.i18n import (
    fmt_date,
    fmt_eur,
    fmt_km,
    fmt_m2,
    fmt_mw,
    fmt_number,
    fmt_quantity,
    fmt_range,
    fmt_ratio,
    is_unknown,
    label_column,
    label_status,
    label_type,
    list_separator,
    t,
)
from dashboard.export.rounding import round_km
from dashboard.i18n.escape import http_url
from dashboard.i18n.periods import fmt_period
from dashboard.i18n.text.tables import TEXT as TABLE_TEXT

MEASURED_COLUMNS = tuple(c for c in VALUE_COLUMNS if ATTRIBUTE_OF_COLUMN[c] in MEASURES)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$")
BOM = "\ufeff"

# Beside each value (its low end, which sorts): the range's high end, how the source bounds it, and
# for jobs, power and investment what it measures, each in its own column (the downloads carry them).
COMPANION_COLUMNS = tuple(
    f"{column}_{part}" for column in VALUE_COLUMNS
    for part in ("high", "qualifier", *(("measure",) if column in MEASURED_COLUMNS else ()))
)

# Column ids of the table, in order; the labels come from i18n.label_column or dashboard/i18n/text/tables.py.
TABLE_COLUMNS = (  # the figures first, so they show without scrolling
    "name",
    "project_type",
    "status",
    *VALUE_COLUMNS,
    "notes",
    "commissioning",
    "announced",
    "operator",
    "commune",
    "departement",
    "gravelines_km",
    "nearest_400kv_name",
    "nearest_400kv_km",
    "nearest_225kv_name",
    "nearest_225kv_km",
    "location_precision",
    "as_of",
    "source_ids",
    *COMPANION_COLUMNS,
)
UNIT_OF = {spec.column: spec.unit for spec in ATTRIBUTES.values() if spec.column in VALUE_COLUMNS}
NUMBER_FORMATS = {
    "investment_eur": fmt_eur,
    "power_mw": fmt_mw,
    "floor_area_m2": fmt_m2,
    "land_area_m2": fmt_m2,
    "jobs": fmt_number,
    "occupancy_rate": fmt_ratio,
}
DISTANCE_COLUMNS = ("gravelines_km", "nearest_400kv_km", "nearest_225kv_km")


def column_label(column: str, lang: str) -> str:
    if column in TABLE_TEXT["fr"]:
        return t(f"tables.{column}", lang)
    base, _, part = column.rpartition("_")
    if column in COMPANION_COLUMNS:  # "Puissance (MW) – haut de fourchette"
        return f"{label_column(base, lang)} – {t(f'tables.companion_{part}', lang)}"
    return label_column(column, lang)


def qualifier_label(qualifier: object, lang: str) -> str:
    """The qualifier in words ('au plus', 'fourchette'); '' when unknown."""
    return t(f"measures.qualifier.{qualifier}", lang) if qualifier and not is_unknown(qualifier) else ""


def measure_label(column: str, measure: object, lang: str) -> str:
    """What a value of `column` measures, in words ('emplois indirects'); '' when unknown."""
    return t(f"measures.{ATTRIBUTE_OF_COLUMN[column]}.{measure}", lang) if measure and not is_unknown(measure) else ""


# --------------------------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteTable:
    frame: pd.DataFrame  # labelled columns, raw values (NaN / '' when unknown)
    approx: pd.DataFrame  # bool, same index, one column per labelled value column
    lang: str
    site_ids: tuple[str, ...] = ()  # the site of each row, in the frame's order (GeoJSON, links)
    qualifiers: pd.DataFrame | None = None  # the qualifier id of each value cell (exact, at_most, range…)


def _current_period_ends(dataset: Dataset, attribute: str) -> dict[str, object]:
    facts = dataset.facts
    current = facts[(facts["attribute"] == attribute) & facts["is_current"].astype(bool)]
    return dict(zip(current["site_id"], current["period_end"]))


def site_table(dataset: Dataset, sites: pd.DataFrame, lang: str) -> SiteTable:
    """The rows of `sites` (the region row left out) as the data page shows and exports them."""
    needed = ["site_id", "name", "project_type", "status", "operator", "commune", "departement", *VALUE_COLUMNS,
              *(f"{c}_{flag}" for c in VALUE_COLUMNS for flag in ("approx", "conflict", "high", "qualifier", "measure")),
              "commissioning_start",
              "commissioning_end", "announced_start", *DISTANCE_COLUMNS, "nearest_400kv_name",
              "nearest_225kv_name", "location_precision", "as_of", "source_ids"]
    rows = sites[[c for c in needed if c in sites.columns]]
    rows = rows[rows["project_type"] != "region"].sort_values(["project_type", "name"], kind="stable")
    announced_end = _current_period_ends(dataset, "announced")
    known = {c: rows[c].notna().to_numpy() for c in VALUE_COLUMNS}
    kinds = {c: site_qualifiers(rows, c).to_numpy() for c in VALUE_COLUMNS}
    projected = {c: _flags(rows, f"{c}_projection") & known[c] for c in VALUE_COLUMNS}
    conflict_flags = {c: _flags(rows, f"{c}_conflict") for c in VALUE_COLUMNS}
    separator = list_separator(lang)
    notes = []
    for i in range(len(rows)):
        parts = []
        # ≈ for approximations only: a bound (≤, ≥) is said as a bound, never as "approximate"
        for key, qualifier in (("approx_of", "approx"), ("at_most_of", "at_most"), ("at_least_of", "at_least")):
            columns = [column_label(c, lang) for c in VALUE_COLUMNS if known[c][i] and kinds[c][i] == qualifier]
            if columns:
                parts.append(t(f"tables.{key}", lang, columns=", ".join(columns)))
        projection = [column_label(c, lang) for c in VALUE_COLUMNS if projected[c][i]]
        if projection:
            parts.append(t("tables.projection_of", lang, columns=", ".join(projection)))
        conflict = [column_label(c, lang) for c in VALUE_COLUMNS if conflict_flags[c][i]]
        if conflict:
            parts.append(t("tables.conflict_of", lang, columns=", ".join(conflict)))
        notes.append(separator.join(parts))

    def text(column: str) -> list[str]:
        return ["" if is_unknown(v) else str(v) for v in rows[column]]

    data = {
        "name": text("name"),
        "project_type": [label_type(v, lang) for v in rows["project_type"]],
        "status": [label_status(v, lang) if not is_unknown(v) else t("unknown", lang) for v in rows["status"]],
        "operator": text("operator"),
        "commune": text("commune"),
        "departement": [f"{v} {DEPARTEMENTS[v]}" if v in DEPARTEMENTS else ("" if is_unknown(v) else str(v))
                        for v in rows["departement"]],
    }
    for column in VALUE_COLUMNS:
        data[column] = pd.to_numeric(rows[column], errors="coerce").to_numpy(dtype=float)
    for column in DISTANCE_COLUMNS:  # 0.1 km: what a straight-line distance to a point means
        data[column] = round_km(rows[column]).to_numpy(dtype=float)
    for column in VALUE_COLUMNS:  # the retained value's other faces (domain.retained)
        high = pd.to_numeric(rows.get(f"{column}_high", rows[column]), errors="coerce")
        data[f"{column}_high"] = high.where(high.notna(), pd.to_numeric(rows[column], errors="coerce")).to_numpy(float)
        data[f"{column}_qualifier"] = [qualifier_label(q, lang) if not is_unknown(v) else ""
                                       for q, v in zip(site_qualifiers(rows, column), rows[column])]
        if column in MEASURED_COLUMNS:
            data[f"{column}_measure"] = [measure_label(column, m, lang) if not is_unknown(v) else ""
                                         for m, v in zip(site_texts(rows, f"{column}_measure"), rows[column])]
    data["commissioning"] = [fmt_period(s, e, lang, unknown="") for s, e in zip(rows["commissioning_start"],
                                                                     rows["commissioning_end"])]
    data["announced"] = [fmt_period(s, announced_end.get(i), lang, unknown="") for s, i in zip(rows["announced_start"],
                                                                                    rows["site_id"])]
    data["nearest_400kv_name"] = text("nearest_400kv_name")
    data["nearest_225kv_name"] = text("nearest_225kv_name")
    data["location_precision"] = [t(f"tables.precision_{v}", lang) if not is_unknown(v) else ""
                                  for v in rows["location_precision"]]
    data["as_of"] = text("as_of")
    data["source_ids"] = [str(v).replace(";", ", ") if not is_unknown(v) else "" for v in rows["source_ids"]]
    data["notes"] = notes
    frame = pd.DataFrame({column_label(c, lang): data[c] for c in TABLE_COLUMNS})
    frame.index = range(len(frame))
    approx = pd.DataFrame({column_label(c, lang): _flags(rows, f"{c}_approx") for c in VALUE_COLUMNS},
                          index=frame.index)
    qualifiers = pd.DataFrame({column_label(c, lang): site_qualifiers(rows, c).to_numpy() for c in VALUE_COLUMNS},
                              index=frame.index)
    return SiteTable(frame, approx, lang, tuple(str(v) for v in rows["site_id"]), qualifiers)


def _flags(rows: pd.DataFrame, column: str):
    """A flag column as a numpy bool array (missing column or value: False)."""
    if column not in rows.columns:
        return pd.Series(False, index=rows.index).to_numpy()
    return rows[column].fillna(False).astype(bool).to_numpy()


def styled(table: SiteTable) -> Styler:
    """The table for the screen: each value as retained (≈, ≤, ≥ or a range "30–35 Md €"), unknown
    marked; sorting still uses the numbers (a range sorts by its low end)."""
    lang = table.lang
    frame = table.frame
    styler = frame.style
    unknown = t("unknown", lang)
    for column in DISTANCE_COLUMNS:
        styler = styler.format(lambda v: fmt_km(v, lang), subset=[column_label(column, lang)], na_rep=unknown)
    for column in VALUE_COLUMNS:
        label = column_label(column, lang)
        high_label = column_label(f"{column}_high", lang)
        unit = UNIT_OF[column]
        if table.qualifiers is not None and label in table.qualifiers:
            qualifier = table.qualifiers[label]
        else:  # a table built without qualifiers: its ≈ flags
            qualifier = table.approx[label].map({True: "approx", False: ""}) if label in table.approx else \
                pd.Series("", index=frame.index)
        ranged = (qualifier == "range") & frame[high_label].notna() if high_label in frame else qualifier == "x"
        for row in frame.index[ranged]:  # each range has its own high end
            styler = styler.format(lambda v, h=frame.at[row, high_label], u=unit: fmt_range(v, h, u, lang),
                                   subset=([row], [label]), na_rep=unknown)
        for kind, rows in frame.index[~ranged].groupby(qualifier[~ranged]).items():
            styler = styler.format(lambda v, k=kind, u=unit: fmt_quantity(v, u, lang, k), subset=(list(rows), [label]),
                                   na_rep=unknown)
    as_of = column_label("as_of", lang)
    styler = styler.format(lambda v: fmt_date(v, lang) if v else unknown, subset=[as_of])
    for column in VALUE_COLUMNS:
        high_label = column_label(f"{column}_high", lang)
        styler = styler.format(lambda v, u=UNIT_OF[column]: fmt_quantity(v, u, lang), subset=[high_label],
                               na_rep="")
    return styler


# --------------------------------------------------------------------------------------------
# Safe CSV
# --------------------------------------------------------------------------------------------


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet would evaluate gets a leading apostrophe; anything else is unchanged.

    Numbers are not text: they are returned as they are (a negative number stays a number), and so
    is a text that is just a plain number ("-12.5").
    """
    if not isinstance(value, str) or not value.startswith(FORMULA_PREFIXES):
        return value
    if _PLAIN_NUMBER.match(value):
        return value
    return "'" + value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with `safe_cell` applied to its headers and text cells: what every
    spreadsheet-bound download (CSV, XLSX, the data package's CSVs) writes."""
    safe = frame.copy()
    safe.columns = [safe_cell(str(c)) for c in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(safe_cell)
    return safe


def to_csv_bytes(frame: pd.DataFrame, lang: str) -> bytes:
    """CSV bytes for a spreadsheet in the reader's language, safe against formula injection."""
    safe = safe_frame(frame)
    separator, decimal = (";", ",") if lang == "fr" else (",", ".")
    text = safe.to_csv(index=False, sep=separator, decimal=decimal, float_format="%.15g", lineterminator="\r\n")
    return (BOM + text).encode("utf-8")


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


def sources_table(sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Publisher, title, date, licence, reliability and link of each source (newest first)."""
    rows = sources.sort_values("published", ascending=False, kind="stable")

    def words(column: str) -> list[str]:
        return ["" if is_unknown(v) else str(v) for v in rows[column]]

    return pd.DataFrame(
        {
            t("tables.publisher", lang): words("publisher"),
            t("tables.title", lang): words("title"),
            t("tables.published", lang): [fmt_date(v, lang) for v in rows["published"]],
            t("tables.link", lang): [http_url(v) for v in rows["url"]],
            t("tables.licence", lang): words("licence"),
            t("tables.reliability", lang): [t(f"tables.reliability_{v}", lang) if not is_unknown(v) and v else ""
                                            for v in rows["reliability"]],
            t("tables.source_id", lang): words("source_id"),
        }
    ).reset_index(drop=True)
