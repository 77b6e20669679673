"""A range is shown as a range in the reader's format, and the normalizer reads it back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.domain.normalize import parse_quantity
from dashboard.i18n import fmt_mw, fmt_range, fmt_value

NBSP, NNBSP = "\u00a0", "\u202f"


def plain(text: str) -> str:
    """Babel's no-break spaces as plain spaces, to write the expectations legibly."""
    return text.replace(NBSP, " ").replace(NNBSP, " ")


@pytest.mark.parametrize(
    "low, high, unit, french, english",
    [
        (30e9, 35e9, "EUR", "30–35 Md €", "€30–35bn"),
        (10e6, 14e6, "EUR", "10–14 M €", "€10–14m"),
        (5e8, 1.5e9, "EUR", "500 M € – 1,5 Md €", "€500m – €1.5bn"),  # different scales keep their own
        (300, 500, "MW", "300–500 MW", "300–500 MW"),
        (1000, 1500, "MW", "1 000–1 500 MW", "1,000–1,500 MW"),
        (20_000, 30_000, "m2", "20 000–30 000 m²", "20,000–30,000 m²"),
        (50_000, 300_000, "m2", "5–30 ha", "5–30 ha"),  # both ends in the high end's unit
        (0.2, 0.3, "ratio", "20–30 %", "20–30%"),
        (1500, 2000, "jobs", "1 500–2 000", "1,500–2,000"),
        (7, 8, "count", "7–8", "7–8"),
    ],
)
def test_ranges_in_the_readers_format(low, high, unit, french, english):
    assert plain(fmt_range(low, high, unit, "fr")) == french
    assert plain(fmt_range(low, high, unit, "en")) == english


def test_a_single_value_is_written_once():
    assert fmt_range(300, 300, "MW", "fr") == fmt_mw(300, "fr")
    assert fmt_range(300, float("nan"), "MW", "en") == fmt_mw(300, "en")
    assert fmt_range(300, None, "MW", "fr") == fmt_mw(300, "fr")


def test_unknown_low_end_is_unknown():
    assert fmt_range(float("nan"), 500, "MW", "fr") == "inconnu"
    assert fmt_range(None, 500, "MW", "en") == "unknown"


def test_approximate_range_is_marked_once():
    text = fmt_range(300, 500, "MW", "fr", approximate=True)
    assert plain(text) == "≈ 300–500 MW"  # the sign held by a narrow no-break space


# Values the formatters write exactly (compact euros keep one decimal), by unit.
EXACT_VALUES = {
    "EUR": st.builds(lambda m, e: m * 10**e, st.integers(1, 99), st.integers(6, 9)),
    "MW": st.integers(1, 9_999),
    "m2": st.integers(1, 99_999),
    "ratio": st.integers(0, 100).map(lambda p: p / 100),
    "jobs": st.integers(1, 999_999),
}


@settings(max_examples=300, deadline=None)
@given(
    unit=st.sampled_from(sorted(EXACT_VALUES)),
    data=st.data(),
    lang=st.sampled_from(["fr", "en"]),
    approximate=st.booleans(),
)
def test_the_normalizer_reads_a_formatted_range_back(unit, data, lang, approximate):
    ends = sorted(data.draw(st.lists(EXACT_VALUES[unit], min_size=2, max_size=2, unique=True)))
    text = fmt_range(ends[0], ends[1], unit, lang, approximate=approximate)
    expected_unit = "jobs" if unit == "jobs" else None  # jobs are written as plain numbers
    got = parse_quantity(text, expected_unit, lang=lang)
    assert got.unit == unit
    assert got.approximate == approximate
    assert (got.low, got.high) == pytest.approx((ends[0], ends[1]), rel=1e-12)
    assert got.is_range


@pytest.mark.parametrize("low, high, unit, lang, qualifier, expected", [
    (700, 700, "MW", "fr", "at_most", "≤\u202f700\u00a0MW"),
    (0.73, 0.73, "ratio", "fr", "at_least", "≥\u202f73\u00a0%"),
    (30, 30, "jobs", "fr", "approx", "≈\u202f30"),
    (3e10, 3.5e10, "EUR", "fr", "range", "30–35\u00a0Md\u00a0€"),
    (1.5, 1.5, "MW", "fr", "exact", "1,5\u00a0MW"),
    (700, 700, "MW", "en", "at_most", "≤\u00a0700\u00a0MW"),
    (1e10, 1e10, "EUR", "en", "at_most", "≤\u00a0€10bn"),
    (float("nan"), float("nan"), "MW", "fr", "at_most", "inconnu"),
])
def test_a_value_is_written_as_the_source_bounds_it(low, high, unit, lang, qualifier, expected):
    assert fmt_value(low, high, unit, lang, qualifier) == expected
