"""dashboard.i18n.periods: one period formatter for every page and file (the precision the source
gave; unknown written as the word, or as '' in the data table's files)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.i18n.periods import fmt_period


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [("2027-01-01", "2027-12-31", "fr", "2027"), ("2027-01-01", "2028-12-31", "en", "2027–2028"),
     ("2025-06-01", "2025-06-30", "fr", "juin 2025"), (dt.date(2023, 5, 30), dt.date(2023, 5, 30), "fr", "30 mai 2023"),
     ("2026-01-01", "2026-04-30", "en", "January 2026 – April 2026"), (None, None, "fr", "inconnu")],
)
def test_fmt_period_keeps_the_precision_of_the_source(start, end, lang, expected):
    assert fmt_period(start, end, lang) == expected


@pytest.mark.parametrize(
    "start, end, lang, expected",
    [
        ("2027-01-01", "2027-12-31", "fr", "2027"),
        ("2026-01-01", "2028-12-31", "en", "2026–2028"),
        ("2025-09-01", "2025-09-30", "fr", "septembre 2025"),
        ("2024-02-01", "2024-02-29", "en", "February 2024"),
        ("2025-09-16", "2025-09-16", "fr", "16 septembre 2025"),
        ("2025-09-16", None, "en", "16 September 2025"),
        (None, None, "fr", ""),
        (float("nan"), float("nan"), "fr", ""),
    ],
)
def test_the_data_tables_periods_write_unknown_as_empty(start, end, lang, expected):
    assert fmt_period(start, end, lang, unknown="") == expected

