"""Distances in every export to what they mean: 0.1 km. A straight-line distance between a site
placed at best to some ten metres (often a commune's centre) and a substation or a plant says
nothing past the first decimal; the raw float carried 15. One helper for every export: the site
tables (CSV, XLSX, GeoJSON), the data package and the surface's best zones."""

from __future__ import annotations

import pandas as pd

KM_DIGITS = 1
KM_SUFFIX = "_km"  # the columns in kilometres, in the sites table and the surface


def round_km(values) -> pd.Series:
    """Distances in km to 0.1 km (unknown stays unknown: NaN); a Series keeps its index."""
    series = values if isinstance(values, pd.Series) else pd.Series(values)
    return pd.to_numeric(series, errors="coerce").round(KM_DIGITS)


def distances_rounded(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with every distance column (named '…_km') to 0.1 km; a copy only when one is there."""
    columns = [c for c in frame.columns if str(c).endswith(KM_SUFFIX)]
    if not columns:
        return frame
    out = frame.copy()
    for column in columns:
        out[column] = round_km(out[column])
    return out
