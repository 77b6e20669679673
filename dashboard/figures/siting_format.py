"""What the /siting charts share (dashboard.figures.siting, siting_map): the criterion colours, the
default options, numbers remembered per value, the preset's label and the sources' metadata."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from dashboard.domain import siting
from dashboard.domain.tables import split_ids
from dashboard.figures.base import OFFLINE_STYLE
from dashboard.i18n import fmt_km, fmt_number, is_unknown

DEFAULT_TOP_N = 25
DEFAULT_OPTIONS = {"preset": siting.DEFAULT_PRESET, "weights": None, "style": OFFLINE_STYLE, "outlines": None}



@lru_cache(maxsize=8192)
def _number(value: float, lang: str, digits: int) -> str:
    return fmt_number(value, lang, digits=digits)


def num(value: object, lang: str, digits: int = 0) -> str:
    """i18n.fmt_number, remembered per value (Babel's formatting dominates the builders' time)."""
    return fmt_number(value, lang, digits=digits) if is_unknown(value) else _number(float(value), lang, digits)


def km(value: object, lang: str) -> str:
    """i18n.fmt_km, remembered per value."""
    return fmt_km(value, lang) if is_unknown(value) else _number(float(value), lang, 1) + "\u00a0km"


def preset_label(preset, lang: str) -> str:
    preset = siting.get_preset(preset)
    return preset.label.get(lang, preset.label["fr"])


def chart_meta(rows: pd.DataFrame, options: dict) -> dict:
    ids = {sid for value in rows.get("source_ids", pd.Series(dtype=object)) for sid in split_ids(value)}
    ids |= set(options.get("grid_source_ids") or ())
    open_data = list(options.get("open_data") or [])
    if "nearest_225kv_km" in rows and rows["nearest_225kv_km"].notna().any() and "substations" not in open_data:
        open_data.append("substations")
    if options.get("outlines") and "outlines" not in open_data:
        open_data.append("outlines")
    return {"source_ids": sorted(ids), "open_data": open_data}
