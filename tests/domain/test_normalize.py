"""dashboard.domain.normalize: quantities, periods and counts as French and English sources write them."""

from __future__ import annotations

import calendar
import dataclasses
import itertools
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from dashboard.domain.normalize import (
    UNITS,
    Count,
    NormalizeError,
    Period,
    Quantity,
    clear_caches,
    parse_count,
    parse_period,
    parse_quantity,
)

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def quantity(text, value, unit, approximate=False):
    """A test case: the text and the Quantity it must give."""
    return pytest.param(text, Quantity(float(value), unit, approximate), id=text)


def check_quantity(text: str, expected: Quantity, **kwargs) -> None:
    got = parse_quantity(text, **kwargs)
    assert (got.unit, got.approximate) == (expected.unit, expected.approximate)
    assert got.value == pytest.approx(expected.value, rel=1e-12, abs=1e-15)


# --------------------------------------------------------------------------- the issue's examples


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("1,5 milliard d'euros", 1.5e9, "EUR"),
        quantity("une trentaine d'emplois", 30, "jobs", True),
        quantity("26 000 m²", 26_000, "m2"),
        quantity("80 %", 0.8, "ratio"),
        quantity("80%", 0.8, "ratio"),
        quantity("6 × 910 MWe", 5460, "MW"),
        quantity("5 460 MWe", 5460, "MW"),
        quantity("240 MW", 240, "MW"),
        quantity("1 GW", 1000, "MW"),
        quantity("83 ha", 830_000, "m2"),
        quantity("jusqu'à 10 milliards d'euros", 1e10, "EUR", True),
        quantity("up to 1 GW", 1000, "MW", True),
        quantity("€2bn", 2e9, "EUR"),
        quantity("EUR 300 million", 3e8, "EUR"),
        quantity("75 M€", 7.5e7, "EUR"),
        quantity("1,5 Md€", 1.5e9, "EUR"),
        quantity("16 million euros", 1.6e7, "EUR"),
    ],
)
def test_issue_examples(text, expected):
    check_quantity(text, expected)


def test_issue_period_example():
    assert parse_period("début 2026") == Period(date(2026, 1, 1), date(2026, 4, 30))


# --------------------------------------------------------------------------- number conventions


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("1,5 GW", 1500, "MW"),  # decimal comma
        quantity("1.5 GW", 1500, "MW"),  # decimal point
        quantity("1.500 m²", 1500, "m2"),  # French: a point before three digits groups thousands
        quantity("26,5 m²", 26.5, "m2"),  # a comma is decimal
        quantity("26 000 m²", 26_000, "m2"),
        quantity(f"26{NBSP}000 m²", 26_000, "m2"),
        quantity(f"26{NNBSP}000 m²", 26_000, "m2"),
        quantity(f"26{THIN}000 m²", 26_000, "m2"),
        quantity(f"1{NNBSP}500{NNBSP}000 €", 1_500_000, "EUR"),
        quantity("1 500,5 m²", 1500.5, "m2"),
        quantity("26000 m²", 26_000, "m2"),
        quantity("0,5 MW", 0.5, "MW"),
        quantity("240MW", 240, "MW"),  # glued
        quantity("  240    MW  ", 240, "MW"),  # extra whitespace
        quantity("240\tMW\n", 240, "MW"),
        quantity("240 mw", 240, "MW"),  # case-insensitive
        quantity("1,5 MILLIARD D'EUROS", 1.5e9, "EUR"),
        quantity("1,5 milliard d’euros", 1.5e9, "EUR"),  # typographic apostrophe
        quantity("une trentaine d’emplois", 30, "jobs", True),
        quantity("1,5 Md. €", 1.5e9, "EUR"),  # abbreviation dot
    ],
)
def test_number_conventions(text, expected):
    check_quantity(text, expected)


def test_decimal_values_are_rounded_once():
    # Computed in decimal, so these are the floats the literals give, not 0.1 * 0.01 etc.
    assert parse_quantity("0,1 %").value == 0.001
    assert parse_quantity("12,3 %").value == 0.123
    assert parse_quantity("1,1 Md€").value == 1_100_000_000.0
    assert parse_quantity("0,3 GW").value == 300.0
    assert parse_quantity("500 kW").value == 0.5


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("26 mille m²", 26_000, "m2"),
        quantity("300 k€", 300_000, "EUR"),
        quantity("300 K€", 300_000, "EUR"),
        quantity("300 keur", 300_000, "EUR"),
        quantity("3 thousand jobs", 3000, "jobs"),
        quantity("1 million d'euros", 1e6, "EUR"),
        quantity("2 millions d'euros", 2e6, "EUR"),
        quantity("75 M€", 7.5e7, "EUR"),
        quantity("75 M EUR", 7.5e7, "EUR"),
        quantity("75 MEUR", 7.5e7, "EUR"),
        quantity("16 mn euros", 1.6e7, "EUR"),
        quantity("16 mio €", 1.6e7, "EUR"),
        quantity("1 milliard d'euros", 1e9, "EUR"),
        quantity("2 milliards d'euros", 2e9, "EUR"),
        quantity("1,5 Md€", 1.5e9, "EUR"),
        quantity("2 Mds €", 2e9, "EUR"),
        quantity("2 Mrd €", 2e9, "EUR"),
        quantity("€2bn", 2e9, "EUR"),
        quantity("2 bn €", 2e9, "EUR"),
        quantity("2 billion euros", 2e9, "EUR"),  # English short scale
        quantity("2 billions d'euros", 2e9, "EUR"),
        quantity("2,5 millions de m²", 2.5e6, "m2"),  # scale words work with any unit
    ],
)
def test_scale_words(text, expected):
    check_quantity(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("€2bn", 2e9, "EUR"),
        quantity("€ 300 millions", 3e8, "EUR"),
        quantity("300 €", 300, "EUR"),
        quantity("300€", 300, "EUR"),
        quantity("300 EUR", 300, "EUR"),
        quantity("EUR 300", 300, "EUR"),
        quantity("EUR 300 million", 3e8, "EUR"),
        quantity("1 euro", 1, "EUR"),
        quantity("300 euros", 300, "EUR"),
        quantity("300 millions d'euros", 3e8, "EUR"),
        quantity("300 millions d’euros", 3e8, "EUR"),
        quantity("16 million euros", 1.6e7, "EUR"),
        quantity("75 M€", 7.5e7, "EUR"),
        quantity("1,5 Md€", 1.5e9, "EUR"),
        quantity("1,5 milliard d'euros", 1.5e9, "EUR"),
    ],
)
def test_currency_forms(text, expected):
    check_quantity(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("26 000 m²", 26_000, "m2"),
        quantity("26 000 m2", 26_000, "m2"),
        quantity("26000m2", 26_000, "m2"),
        quantity("2 km²", 2e6, "m2"),
        quantity("2 km2", 2e6, "m2"),
        quantity("83 ha", 830_000, "m2"),
        quantity("1 hectare", 10_000, "m2"),
        quantity("12,5 hectares", 125_000, "m2"),
        quantity("300 square metres", 300, "m2"),
        quantity("300 square meters", 300, "m2"),
        quantity("300 sq m", 300, "m2"),
        quantity("300 mètres carrés", 300, "m2"),
        quantity("3 square kilometres", 3e6, "m2"),
        quantity("3 kilomètres carrés", 3e6, "m2"),
    ],
)
def test_areas(text, expected):
    check_quantity(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("500 kW", 0.5, "MW"),
        quantity("500 kWe", 0.5, "MW"),
        quantity("240 MW", 240, "MW"),
        quantity("240 MWe", 240, "MW"),
        quantity("1 GW", 1000, "MW"),
        quantity("1,8 GWe", 1800, "MW"),
        quantity("240 mégawatts", 240, "MW"),
        quantity("240 megawatts", 240, "MW"),
        quantity("2 gigawatts", 2000, "MW"),
        quantity("6 × 910 MWe", 5460, "MW"),
        quantity("6 x 910 MWe", 5460, "MW"),
        quantity("2*120 MW", 240, "MW"),
        quantity("environ 6 × 910 MWe", 5460, "MW", True),
    ],
)
def test_power(text, expected):
    check_quantity(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("300 emplois", 300, "jobs"),
        quantity("1 emploi", 1, "jobs"),
        quantity("300 emplois directs", 300, "jobs"),
        quantity("300 jobs", 300, "jobs"),
        quantity("1 job", 1, "jobs"),
        quantity("300 direct jobs", 300, "jobs"),
        quantity("300 postes", 300, "jobs"),
        quantity("1 poste", 1, "jobs"),
        quantity("300 salariés", 300, "jobs"),
        quantity("1 salarié", 1, "jobs"),
        quantity("300 ETP", 300, "jobs"),
        quantity("1 200 emplois", 1200, "jobs"),
        quantity("1,2 million d'emplois", 1_200_000, "jobs"),
    ],
)
def test_jobs(text, expected):
    check_quantity(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("80 %", 0.8, "ratio"),
        quantity("80%", 0.8, "ratio"),
        quantity(f"80{NNBSP}%", 0.8, "ratio"),
        quantity("80 pour cent", 0.8, "ratio"),
        quantity("80 pourcent", 0.8, "ratio"),
        quantity("80pour cent", 0.8, "ratio"),
        quantity("80 percent", 0.8, "ratio"),
        quantity("80 per cent", 0.8, "ratio"),
        quantity("12,5 %", 0.125, "ratio"),
        quantity("100 %", 1, "ratio"),
        quantity("0 %", 0, "ratio"),
        quantity("environ 80 %", 0.8, "ratio", True),
    ],
)
def test_percentages(text, expected):
    check_quantity(text, expected)


# --------------------------------------------------------------------------- approximation

APPROX_MARKERS_BEFORE = (
    "environ", "près de", "presque", "plus de", "au moins", "jusqu'à", "jusqu’à", "quelque",
    "moins de", "de l'ordre de", "autour de", "quasiment", "à peu près",
    "about", "around", "nearly", "almost", "over", "more than", "up to", "some", "at least",
    "less than", "approximately", "approx.", "roughly", "circa", "~", "≈", ">", "<",
)  # fmt: skip


@pytest.mark.parametrize("marker", APPROX_MARKERS_BEFORE)
def test_approximation_markers(marker):
    check_quantity(f"{marker} 300 MW", Quantity(300.0, "MW", True))
    check_quantity(f"{marker.upper()} 1,5 milliard d'euros", Quantity(1.5e9, "EUR", True))


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("300 MW environ", 300, "MW", True),  # after the number
        quantity("~300 MW", 300, "MW", True),  # glued
        quantity("≈300 MW", 300, "MW", True),
        quantity("près d'un milliard d'euros", 1e9, "EUR", True),  # elided
        quantity("plus d'un millier d'emplois", 1000, "jobs", True),
        quantity("plus d’1 milliard d’euros", 1e9, "EUR", True),
        quantity("+ de 500 emplois", 500, "jobs", True),
        quantity("300 MW", 300, "MW", False),
    ],
)
def test_approximation_forms(text, expected):
    check_quantity(text, expected)


@pytest.mark.parametrize("text", ["environmental 300 MW", "Overhaul 300 MW", "somewhere 300 MW"])
def test_markers_are_whole_words(text):
    # "environ" inside "environment" is no marker: the word is unknown and refused.
    with pytest.raises(NormalizeError, match="unknown unit or word"):
        parse_quantity(text)


COLLECTIVES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip


@pytest.mark.parametrize("word, value", COLLECTIVES.items())
def test_collective_numerals(word, value):
    check_quantity(f"une {word} d'emplois", Quantity(float(value), "jobs", True))
    check_quantity(f"une {word} de MW", Quantity(float(value), "MW", True))
    assert parse_count(f"une {word} de sites") == Count(value, True)


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("un millier d'emplois", 1000, "jobs", True),
        quantity("une centaine de MW", 100, "MW", True),
        quantity("une centaine de millions d'euros", 1e8, "EUR", True),
        quantity("une dizaine de milliers d'emplois", 10_000, "jobs", True),
        quantity("une vingtaine d'hectares", 200_000, "m2", True),
        quantity("deux cents emplois", 200, "jobs", False),  # "cent" is exact, "centaine" is not
        quantity("a dozen jobs", 12, "jobs", True),
    ],
)
def test_collectives_combine_with_scales_and_units(text, expected):
    check_quantity(text, expected)


# --------------------------------------------------------------------------- number words


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("un milliard d'euros", 1e9, "EUR"),
        quantity("deux millions d'euros", 2e6, "EUR"),
        quantity("trois GW", 3000, "MW"),
        quantity("cent emplois", 100, "jobs"),
        quantity("mille emplois", 1000, "jobs"),
        quantity("mille deux cents emplois", 1200, "jobs"),
        quantity("deux cent cinquante emplois", 250, "jobs"),
        quantity("vingt-cinq emplois", 25, "jobs"),
        quantity("vingt et un emplois", 21, "jobs"),
        quantity("soixante-dix emplois", 70, "jobs"),
        quantity("soixante et onze emplois", 71, "jobs"),
        quantity("quatre-vingts emplois", 80, "jobs"),
        quantity("quatre-vingt-dix-neuf emplois", 99, "jobs"),
        quantity("nonante emplois", 90, "jobs"),
        quantity("seventy-five jobs", 75, "jobs"),
        quantity("twenty one jobs", 21, "jobs"),
        quantity("a hundred jobs", 100, "jobs"),
        quantity("one hundred jobs", 100, "jobs"),
        quantity("two thousand jobs", 2000, "jobs"),
        quantity("a billion euros", 1e9, "EUR"),
        quantity("trois millions deux cent mille euros", 3_200_000, "EUR"),
    ],
)
def test_number_words(text, expected):
    check_quantity(text, expected)


# --------------------------------------------------------------------------- expected_unit


def test_expected_unit_reads_a_bare_number():
    assert parse_quantity("1 500", expected_unit="m2") == Quantity(1500.0, "m2", False)
    assert parse_quantity("0,8", expected_unit="ratio") == Quantity(0.8, "ratio", False)
    assert parse_quantity("environ 300", expected_unit="jobs") == Quantity(300.0, "jobs", True)
    assert parse_quantity("2bn", expected_unit="EUR") == Quantity(2e9, "EUR", False)
    assert parse_quantity("1,5 milliard", expected_unit="EUR") == Quantity(1.5e9, "EUR", False)


def test_expected_unit_accepts_the_same_unit():
    assert parse_quantity("1 GW", expected_unit="MW") == Quantity(1000.0, "MW", False)


def test_expected_unit_refuses_another_unit():
    with pytest.raises(NormalizeError, match=r'"240 MW".*the unit is MW, expected EUR'):
        parse_quantity("240 MW", expected_unit="EUR")


def test_expected_unit_must_be_a_unit():
    with pytest.raises(ValueError, match="expected_unit"):
        parse_quantity("240 MW", expected_unit="kg")


def test_bare_ratio_outside_0_1_is_refused():
    with pytest.raises(NormalizeError, match="between 0 and 1"):
        parse_quantity("80", expected_unit="ratio")


def test_money_abbreviations_are_not_read_for_other_units():
    # "80 m" for an area is metres, not 80 million m²
    with pytest.raises(NormalizeError, match='abbreviation "m"'):
        parse_quantity("80 m", expected_unit="m2")
    with pytest.raises(NormalizeError, match='abbreviation "k"'):
        parse_quantity("5k emplois")


def test_units_constant():
    assert UNITS == ("EUR", "m2", "MW", "jobs", "ratio")


# --------------------------------------------------------------------------- quantity errors


@pytest.mark.parametrize(
    "text, reason",
    [
        ("blah", "no number"),
        ("", "empty text"),
        ("   ", "empty text"),
        ("1 500", "no unit"),
        ("30 MWh", "MWh is energy, not power"),
        ("300 GWh", "GWh is energy, not power"),
        ("$300 million", "in US dollars"),
        ("30 MW IT", 'unknown unit or word "it"'),
        ("-5 %", 'no number before "-"'),
        ("30 MW 40", "more than one number"),
        ("30 MW et 40 m²", "more than one number"),
        ("phase 2 : 30 MW", "more than one number"),
        ("30 € MW", "more than one unit"),
        ("1,500,000 €", "ambiguous number"),
        ("150 %", "between 0 and 1"),
        ("1.5 emplois", "whole"),
        ("M€", 'abbreviation "m" needs a number in digits'),
        ("un M€", 'abbreviation "m" needs a number in digits'),
        ("1,5 million deux MW", "digits and the number word"),
        ("1 cent euros", "digits and the number word"),
        ("vingt centaine d'emplois", 'cannot read "centaine" here'),
        ("30 deux MW", "digits and the number word"),
        ("millions d'euros", 'no number before "millions"'),
        ("MW 80", "stands before the number"),
        ("des centaines d'emplois", "no number"),
        ("6 × 2 × 910 MW", "more than one multiplication"),
        ("1" + "0" * 120 + " €", "too large"),
    ],
)
def test_quantity_errors_quote_the_text(text, reason):
    with pytest.raises(NormalizeError) as error:
        parse_quantity(text)
    message = str(error.value)
    assert message.startswith(f'cannot read a quantity in "{text}": ')
    assert reason in message


def test_error_message_format():
    with pytest.raises(NormalizeError) as error:
        parse_quantity("blah")
    assert str(error.value) == 'cannot read a quantity in "blah": no number'


@pytest.mark.parametrize("value", [None, 42, 1.5, b"240 MW", ["240 MW"], {"v": 1}, date(2026, 1, 1)])
@pytest.mark.parametrize("parse", [parse_quantity, parse_period, parse_count])
def test_non_strings_are_refused(parse, value):
    with pytest.raises(NormalizeError, match="not a string") as error:
        parse(value)
    assert repr(value) in str(error.value)


def test_normalize_error_is_a_value_error():
    assert issubclass(NormalizeError, ValueError)


# --------------------------------------------------------------------------- counts

FRENCH_0_20 = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    "vingt",
)  # fmt: skip
ENGLISH_0_20 = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",
)  # fmt: skip


@pytest.mark.parametrize("value, word", enumerate(FRENCH_0_20))
def test_french_count_words(value, word):
    assert parse_count(f"{word} data centers") == Count(value, False)


@pytest.mark.parametrize("value, word", enumerate(ENGLISH_0_20))
def test_english_count_words(value, word):
    assert parse_count(f"{word} data centres") == Count(value, False)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("huit data centers", Count(8)),
        ("8", Count(8)),
        ("8 data centers", Count(8)),
        ("eight data centres", Count(8)),
        ("Huit Data Centers", Count(8)),
        ("une dizaine de sites", Count(10, True)),
        ("une quinzaine de projets", Count(15, True)),
        ("un millier de sites", Count(1000, True)),
        ("a dozen data centres", Count(12, True)),
        ("plus de 20 data centers", Count(20, True)),
        ("about 15 sites", Count(15, True)),
        ("1 000 sites", Count(1000)),
        ("vingt-cinq projets", Count(25)),
        ("un data center", Count(1)),
        ("3 millions de foyers", Count(3_000_000)),
    ],
)
def test_counts(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "empty text"),
        ("des sites", "no number"),
        ("8 MW", "is a unit"),
        ("80 %", "is a unit"),
        ("1,5 sites", "whole"),
        ("8 sites et 3 projets", "more than one number"),
        ("8 data centers d'ici 2030", "more than one number"),
    ],
)
def test_count_errors_quote_the_text(text, reason):
    with pytest.raises(NormalizeError) as error:
        parse_count(text)
    assert str(error.value).startswith(f'cannot read a count in "{text}": ')
    assert reason in str(error.value)


# --------------------------------------------------------------------------- periods


def span(text, start, end=None):
    return pytest.param(text, Period(start, end or start), id=text)


def year(y):
    return date(y, 1, 1), date(y, 12, 31)


PERIODS = [
    # years, ISO and numeric dates
    span("2026", *year(2026)),
    span("  2026 ", *year(2026)),
    span("2025-09", date(2025, 9, 1), date(2025, 9, 30)),
    span("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    span("2026-02-12", date(2026, 2, 12)),
    span("12/02/2026", date(2026, 2, 12)),  # day first
    span("12.02.2026", date(2026, 2, 12)),
    span("09/2025", date(2025, 9, 1), date(2025, 9, 30)),
    # abbreviated and unaccented months
    span("janv. 2026", date(2026, 1, 1), date(2026, 1, 31)),
    span("févr. 2026", date(2026, 2, 1), date(2026, 2, 28)),
    span("fev 2026", date(2026, 2, 1), date(2026, 2, 28)),
    span("fevrier 2026", date(2026, 2, 1), date(2026, 2, 28)),
    span("avr. 2026", date(2026, 4, 1), date(2026, 4, 30)),
    span("juil. 2026", date(2026, 7, 1), date(2026, 7, 31)),
    span("aout 2026", date(2026, 8, 1), date(2026, 8, 31)),
    span("sept. 2025", date(2025, 9, 1), date(2025, 9, 30)),
    span("Sept 2025", date(2025, 9, 1), date(2025, 9, 30)),
    span("Sep 2025", date(2025, 9, 1), date(2025, 9, 30)),
    span("oct. 2025", date(2025, 10, 1), date(2025, 10, 31)),
    span("déc. 2025", date(2025, 12, 1), date(2025, 12, 31)),
    span("decembre 2025", date(2025, 12, 1), date(2025, 12, 31)),
    span("Jan 2026", date(2026, 1, 1), date(2026, 1, 31)),
    span("Feb. 2026", date(2026, 2, 1), date(2026, 2, 28)),
    span("SEPTEMBER 2025", date(2025, 9, 1), date(2025, 9, 30)),
    # days
    span("16 septembre 2020", date(2020, 9, 16)),
    span("le 16 septembre 2020", date(2020, 9, 16)),
    span("mercredi 16 septembre 2020", date(2020, 9, 16)),
    span("1er mai 2021", date(2021, 5, 1)),
    span("premier mai 2021", date(2021, 5, 1)),
    span("12 February 2026", date(2026, 2, 12)),
    span("12th February 2026", date(2026, 2, 12)),
    span("February 12, 2026", date(2026, 2, 12)),
    span("February 12th, 2026", date(2026, 2, 12)),
    span("Thursday, February 12, 2026", date(2026, 2, 12)),
    span("29 février 2024", date(2024, 2, 29)),
    # parts of a year
    span("début 2026", date(2026, 1, 1), date(2026, 4, 30)),
    span("Début 2026", date(2026, 1, 1), date(2026, 4, 30)),
    span("debut 2026", date(2026, 1, 1), date(2026, 4, 30)),
    span("au début de 2026", date(2026, 1, 1), date(2026, 4, 30)),
    span("early 2026", date(2026, 1, 1), date(2026, 4, 30)),
    span("beginning of 2026", date(2026, 1, 1), date(2026, 4, 30)),
    span("start of 2026", date(2026, 1, 1), date(2026, 4, 30)),
    span("mi-2026", date(2026, 5, 1), date(2026, 8, 31)),
    span("mi 2026", date(2026, 5, 1), date(2026, 8, 31)),
    span("mid-2026", date(2026, 5, 1), date(2026, 8, 31)),
    span("mid 2026", date(2026, 5, 1), date(2026, 8, 31)),
    span("milieu 2026", date(2026, 5, 1), date(2026, 8, 31)),
    span("milieu de 2026", date(2026, 5, 1), date(2026, 8, 31)),
    span("middle of 2026", date(2026, 5, 1), date(2026, 8, 31)),
    span("fin 2026", date(2026, 9, 1), date(2026, 12, 31)),
    span("fin d'année 2026", date(2026, 9, 1), date(2026, 12, 31)),
    span("late 2026", date(2026, 9, 1), date(2026, 12, 31)),
    span("end 2026", date(2026, 9, 1), date(2026, 12, 31)),
    span("end-2026", date(2026, 9, 1), date(2026, 12, 31)),
    span("end of 2027", date(2027, 9, 1), date(2027, 12, 31)),
    span("the end of 2027", date(2027, 9, 1), date(2027, 12, 31)),
    # parts of a month: days 1-10, 11-20, 21-end
    span("début septembre 2025", date(2025, 9, 1), date(2025, 9, 10)),
    span("early March 2026", date(2026, 3, 1), date(2026, 3, 10)),
    span("mi-juin 2026", date(2026, 6, 11), date(2026, 6, 20)),
    span("mid-June 2026", date(2026, 6, 11), date(2026, 6, 20)),
    span("fin février 2026", date(2026, 2, 21), date(2026, 2, 28)),
    span("end of March 2026", date(2026, 3, 21), date(2026, 3, 31)),
    # words that leave the span as is
    span("courant 2027", *year(2027)),
    span("dans le courant de 2027", *year(2027)),
    span("en 2028", *year(2028)),
    span("in 2028", *year(2028)),
    span("à partir de 2030", *year(2030)),
    span("a partir de 2030", *year(2030)),
    span("dès 2030", *year(2030)),
    span("from 2030", *year(2030)),
    span("by 2031", *year(2031)),
    span("d'ici 2031", *year(2031)),
    span("d’ici 2031", *year(2031)),
    span("d'ici à 2031", *year(2031)),
    span("vers 2030", *year(2030)),
    span("d'ici fin 2026", date(2026, 9, 1), date(2026, 12, 31)),
    span("by the end of 2027", date(2027, 9, 1), date(2027, 12, 31)),
    span("à partir du second semestre 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("en septembre 2025", date(2025, 9, 1), date(2025, 9, 30)),
    # semesters
    span("premier semestre 2026", date(2026, 1, 1), date(2026, 6, 30)),
    span("1er semestre 2026", date(2026, 1, 1), date(2026, 6, 30)),
    span("au premier semestre 2026", date(2026, 1, 1), date(2026, 6, 30)),
    span("second semestre 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("2e semestre 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("2ème semestre 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("deuxième semestre 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("S1 2026", date(2026, 1, 1), date(2026, 6, 30)),
    span("S2 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("S1-2026", date(2026, 1, 1), date(2026, 6, 30)),
    span("2026-S2", date(2026, 7, 1), date(2026, 12, 31)),
    span("H1 2026", date(2026, 1, 1), date(2026, 6, 30)),
    span("H2 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("first half 2026", date(2026, 1, 1), date(2026, 6, 30)),
    span("first half of 2026", date(2026, 1, 1), date(2026, 6, 30)),
    span("the second half of 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("1st half 2026", date(2026, 1, 1), date(2026, 6, 30)),
    # quarters
    span("T1 2026", date(2026, 1, 1), date(2026, 3, 31)),
    span("T2 2026", date(2026, 4, 1), date(2026, 6, 30)),
    span("T3 2026", date(2026, 7, 1), date(2026, 9, 30)),
    span("T4 2026", date(2026, 10, 1), date(2026, 12, 31)),
    span("Q1 2026", date(2026, 1, 1), date(2026, 3, 31)),
    span("Q2 2026", date(2026, 4, 1), date(2026, 6, 30)),
    span("Q3 2026", date(2026, 7, 1), date(2026, 9, 30)),
    span("Q4 2026", date(2026, 10, 1), date(2026, 12, 31)),
    span("Q3-2026", date(2026, 7, 1), date(2026, 9, 30)),
    span("2026 Q3", date(2026, 7, 1), date(2026, 9, 30)),
    span("2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
    span("1er trimestre 2026", date(2026, 1, 1), date(2026, 3, 31)),
    span("premier trimestre 2026", date(2026, 1, 1), date(2026, 3, 31)),
    span("2e trimestre 2026", date(2026, 4, 1), date(2026, 6, 30)),
    span("deuxième trimestre 2026", date(2026, 4, 1), date(2026, 6, 30)),
    span("3e trimestre 2026", date(2026, 7, 1), date(2026, 9, 30)),
    span("troisième trimestre 2026", date(2026, 7, 1), date(2026, 9, 30)),
    span("4e trimestre 2026", date(2026, 10, 1), date(2026, 12, 31)),
    span("4ème trimestre 2026", date(2026, 10, 1), date(2026, 12, 31)),
    span("quatrième trimestre 2026", date(2026, 10, 1), date(2026, 12, 31)),
    span("dernier trimestre 2026", date(2026, 10, 1), date(2026, 12, 31)),
    span("first quarter of 2026", date(2026, 1, 1), date(2026, 3, 31)),
    span("second quarter 2026", date(2026, 4, 1), date(2026, 6, 30)),
    span("third quarter of 2026", date(2026, 7, 1), date(2026, 9, 30)),
    span("fourth quarter of 2026", date(2026, 10, 1), date(2026, 12, 31)),
    span("last quarter of 2026", date(2026, 10, 1), date(2026, 12, 31)),
    # seasons
    span("printemps 2026", date(2026, 3, 1), date(2026, 5, 31)),
    span("spring 2026", date(2026, 3, 1), date(2026, 5, 31)),
    span("été 2026", date(2026, 6, 1), date(2026, 8, 31)),
    span("summer 2026", date(2026, 6, 1), date(2026, 8, 31)),
    span("automne 2026", date(2026, 9, 1), date(2026, 11, 30)),
    span("autumn 2026", date(2026, 9, 1), date(2026, 11, 30)),
    span("fall 2026", date(2026, 9, 1), date(2026, 11, 30)),
    # ranges: start of the first to end of the last
    span("2027-2028", date(2027, 1, 1), date(2028, 12, 31)),
    span("2027–2028", date(2027, 1, 1), date(2028, 12, 31)),
    span("2027 - 2028", date(2027, 1, 1), date(2028, 12, 31)),
    span("2027–28", date(2027, 1, 1), date(2028, 12, 31)),
    span("2027-28", date(2027, 1, 1), date(2028, 12, 31)),  # 28 is no month: a range
    span("2027/2028", date(2027, 1, 1), date(2028, 12, 31)),
    span("de 2027 à 2028", date(2027, 1, 1), date(2028, 12, 31)),
    span("entre 2027 et 2028", date(2027, 1, 1), date(2028, 12, 31)),
    span("between 2027 and 2028", date(2027, 1, 1), date(2028, 12, 31)),
    span("from 2027 to 2028", date(2027, 1, 1), date(2028, 12, 31)),
    span("fin 2026 - début 2027", date(2026, 9, 1), date(2027, 4, 30)),
    span("mi-2026 – fin 2027", date(2026, 5, 1), date(2027, 12, 31)),
    span("septembre-octobre 2025", date(2025, 9, 1), date(2025, 10, 31)),
    span("septembre à décembre 2025", date(2025, 9, 1), date(2025, 12, 31)),
    span("T3-T4 2026", date(2026, 7, 1), date(2026, 12, 31)),
    span("S2 2026 – S1 2027", date(2026, 7, 1), date(2027, 6, 30)),
    span("2026-02-12 - 2026-03-01", date(2026, 2, 12), date(2026, 3, 1)),
    span("du 12 au 15 mars 2026", date(2026, 3, 12), date(2026, 3, 15)),
    span("du 1er au 15 mars 2026", date(2026, 3, 1), date(2026, 3, 15)),
]


@pytest.mark.parametrize("text, expected", PERIODS)
def test_periods(text, expected):
    assert parse_period(text) == expected


MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_name(month):
    last = calendar.monthrange(2024, month)[1]
    expected = Period(date(2024, month, 1), date(2024, month, last))
    assert parse_period(f"{MONTHS_FR[month - 1]} 2024") == expected
    assert parse_period(f"{MONTHS_EN[month - 1]} 2024") == expected
    assert parse_period(f"{MONTHS_EN[month - 1][:3]} 2024") == expected
    assert parse_period(f"2024-{month:02d}") == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "empty text"),
        ("blah", "no year"),
        ("bientôt", "no year"),
        ("16 septembre", "no year"),
        ("2026-02-30", "no such date"),
        ("31 février 2026", "no such date"),
        ("2030-2027", "ends before it starts"),
        ("fin 2027 - début 2026", "ends before it starts"),
        ("1850", "outside 1900-2100"),
        ("troisième semestre 2026", "no semester"),
        ("T5 2026", "unknown date form"),
        ("2026 2027", "unknown date form"),
        ("13/2026", "unknown date form"),
        ("S1 - 2026", "unknown date form"),
        ("- 2026", "unknown date form"),  # a bare year lends nothing: no range S1..2026
    ],
)
def test_period_errors_quote_the_text(text, reason):
    with pytest.raises(NormalizeError) as error:
        parse_period(text)
    assert str(error.value).startswith(f'cannot read a period in "{text}": ')
    assert reason in str(error.value)


# --------------------------------------------------------------------------- value objects and caching


def test_results_are_frozen():
    q = parse_quantity("240 MW")
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.value = 1.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        parse_period("2026").start = date(2000, 1, 1)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        parse_count("8").value = 1  # type: ignore[misc]


def test_period_must_not_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))


def test_repeated_texts_are_cached_and_errors_are_not():
    clear_caches()
    assert parse_quantity("240 MW") is parse_quantity("240 MW")
    assert parse_period("fin 2026") is parse_period("fin 2026")
    for _ in range(2):  # an error is raised every time, not remembered as a value
        with pytest.raises(NormalizeError):
            parse_quantity("blah")


def test_expected_unit_is_part_of_the_cache_key():
    assert parse_quantity("1 500", expected_unit="m2").unit == "m2"
    assert parse_quantity("1 500", expected_unit="jobs").unit == "jobs"
    with pytest.raises(NormalizeError):
        parse_quantity("1 500")


def test_module_does_not_import_pandas():
    code = "import sys, dashboard.domain.normalize; print('pandas' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- properties

# (how the unit is written, its unit, factor to the base unit, whole numbers only, largest number)
UNIT_FORMS = [
    ("€", "EUR", 1, False, None),
    ("EUR", "EUR", 1, False, None),
    ("euros", "EUR", 1, False, None),
    ("millions d'euros", "EUR", 10**6, False, None),
    ("Md€", "EUR", 10**9, False, None),
    ("m²", "m2", 1, False, None),
    ("m2", "m2", 1, False, None),
    ("ha", "m2", 10**4, False, None),
    ("km²", "m2", 10**6, False, None),
    ("kW", "MW", Decimal("0.001"), False, None),
    ("MW", "MW", 1, False, None),
    ("MWe", "MW", 1, False, None),
    ("GW", "MW", 1000, False, None),
    ("emplois", "jobs", 1, True, None),
    ("jobs", "jobs", 1, True, None),
    ("%", "ratio", Decimal("0.01"), False, 100),
    ("pour cent", "ratio", Decimal("0.01"), False, 100),
]


def french_number(integer: int, fraction: str, separator: str) -> str:
    """`integer` with thousands groups split by `separator`, then a decimal comma and `fraction`."""
    text = f"{integer:,}".replace(",", separator)
    return f"{text},{fraction}" if fraction else text


@settings(max_examples=400, deadline=None)
@given(
    integer=st.integers(0, 10**12),
    fraction=st.text("0123456789", max_size=4),
    separator=st.sampled_from([" ", NBSP, NNBSP]),
    unit_form=st.sampled_from(UNIT_FORMS),
    glue=st.sampled_from([" ", NBSP, ""]),
)
@example(integer=26_000, fraction="", separator=NNBSP, unit_form=UNIT_FORMS[5], glue=" ")
@example(integer=1, fraction="5", separator=" ", unit_form=UNIT_FORMS[4], glue=" ")
def test_french_numbers_read_back(integer, fraction, separator, unit_form, glue):
    written, unit, factor, whole, largest = unit_form
    number = Decimal(f"{integer}.{fraction or 0}")
    assume(not whole or number == number.to_integral_value())
    assume(largest is None or number <= largest)
    text = f"{french_number(integer, fraction, separator)}{glue}{written}"
    if 1 <= integer <= 999 and len(fraction) == 3:  # "20,000": 20 or 20 000? refused in French
        with pytest.raises(NormalizeError, match="ambiguous in French"):
            parse_quantity(text)
        return
    got = parse_quantity(text)
    assert got.unit == unit
    assert not got.approximate
    assert got.value == pytest.approx(float(number * factor), rel=1e-12, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(number=st.decimals(0, 10**9, places=3, allow_nan=False), unit_form=st.sampled_from(UNIT_FORMS))
def test_english_decimal_point_reads_back(number, unit_form):
    written, unit, factor, whole, largest = unit_form
    assume(not whole or number == number.to_integral_value())
    assume(largest is None or number <= largest)
    got = parse_quantity(f"{number:f} {written}", lang="en")  # plain digits and a decimal point
    assert got.unit == unit
    assert got.value == pytest.approx(float(number * factor), rel=1e-12, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(
    marker=st.sampled_from(APPROX_MARKERS_BEFORE),
    integer=st.integers(1, 10**6),
    unit_form=st.sampled_from([u for u in UNIT_FORMS if u[4] is None]),
)
def test_markers_only_add_approximation(marker, integer, unit_form):
    text = f"{integer} {unit_form[0]}"
    plain, marked = parse_quantity(text), parse_quantity(f"{marker} {text}")
    assert marked == Quantity(plain.value, plain.unit, True)
    assert not plain.approximate


@settings(max_examples=200, deadline=None)
@given(day=st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_dates_read_back(day):
    expected = Period(day, day)
    assert parse_period(day.isoformat()) == expected
    assert parse_period(f"{day.day} {MONTHS_FR[day.month - 1]} {day.year}") == expected
    assert parse_period(f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}") == expected
    assert parse_period(f"{day.day:02d}/{day.month:02d}/{day.year}") == expected


@settings(max_examples=100, deadline=None)
@given(y=st.integers(1900, 2100))
def test_parts_of_a_year_tile_the_year(y):
    parts = [parse_period(f"{word} {y}") for word in ("début", "mi", "fin")]
    quarters = [parse_period(f"T{q} {y}") for q in range(1, 5)]
    semesters = [parse_period(f"S{s} {y}") for s in (1, 2)]
    for tiles in (parts, quarters, semesters):
        assert tiles[0].start == date(y, 1, 1) and tiles[-1].end == date(y, 12, 31)
        for before, after in itertools.pairwise(tiles):
            assert (after.start - before.end).days == 1


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
@example(text="٣ MW")  # a non-ASCII digit
@example(text="²")
@example(text="0" * 40)
def test_any_text_reads_or_raises_normalize_error(text):
    for parse in (parse_quantity, parse_period, parse_count):
        try:
            parse(text)
        except NormalizeError as error:
            assert f'"{text}"' in str(error)
