"""Seed dates at their own precision ('2025', '2025-09', '2025-09-16'): parsed once, and periods
written at the precision the source gave. The one period formatter of the project."""

from __future__ import annotations

import datetime as dt
import functools

import pandas as pd

from dashboard.i18n import fmt_date, is_unknown, t


def to_timestamp(value: object) -> pd.Timestamp:
    """'2025', '2025-09', '2025-09-16', a date or a Timestamp -> Timestamp; NaT when unknown."""
    if is_unknown(value):
        return pd.NaT
    if isinstance(value, (str, dt.date)):  # the seeds' dates: few distinct values, read once each
        return _timestamp(value)
    return pd.to_datetime(value, errors="coerce")


@functools.lru_cache(maxsize=8192, typed=True)
def _timestamp(value: str | dt.date) -> pd.Timestamp:
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 4 and text.isdigit():
            text += "-01-01"
        elif len(text) == 7:
            text += "-01"
        return pd.to_datetime(text[:10], errors="coerce", format="%Y-%m-%d")
    return pd.to_datetime(value, errors="coerce")


def fmt_period(start: object, end: object, lang: str, unknown: str | None = None) -> str:
    """A period at the precision the source gave: '2027', '2027–2028', 'juin 2025', '30 mai 2023',
    'janvier 2026 – avril 2026', else 'from – to'. An unknown start is `unknown` (default: the word
    "inconnu" / "unknown"; the data table's files want '')."""
    s, e = to_timestamp(start), to_timestamp(end)
    if pd.isna(s):
        return t("unknown", lang) if unknown is None else unknown
    if pd.isna(e) or e <= s:
        return fmt_date(s.date(), lang)

    def month(ts: pd.Timestamp) -> str:
        return fmt_date(f"{ts.year}-{ts.month:02d}", lang)

    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    if s.day == 1 and e.is_month_end:
        return month(s) if (s.year, s.month) == (e.year, e.month) else f"{month(s)} – {month(e)}"
    return f"{fmt_date(s.date(), lang)} – {fmt_date(e.date(), lang)}"
