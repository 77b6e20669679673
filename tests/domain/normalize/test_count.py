"""Counts: digits or words before the counted thing."""

from __future__ import annotations

import pytest

from dashboard.domain.normalize import Count, NormalizeError, parse_count

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
        ("plus de 20 data centers", Count(20, True, qualifier="at_least")),  # a bound, not ≈
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
        ("8 data centers sur 35 sites", "more than one number"),
    ],
)
def test_count_errors_quote_the_text(text, reason):
    with pytest.raises(NormalizeError) as error:
        parse_count(text)
    assert str(error.value).startswith(f'cannot read a count in "{text}": ')
    assert reason in str(error.value)



@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("10 à 15 sites", "fr", Count(10, False, 15)),
        ("entre 7 et 8 data centers", "fr", Count(7, False, 8)),
        ("7-8 sites", "fr", Count(7, False, 8)),
        ("une dizaine à une quinzaine de projets", "fr", Count(10, True, 15)),
        ("between 10 and 15 sites", "en", Count(10, False, 15)),
        ("8 sites à Dunkerque", "fr", Count(8)),  # "à" between words is no range
        ("8 sites entre Lille et Arras", "fr", Count(8)),
        ("1.200 sites", "fr", Count(1200)),
        ("1,200 sites", "en", Count(1200)),
    ],
)
def test_count_ranges_and_languages(text, lang, expected):
    got = parse_count(text, lang=lang)
    assert got == expected
    assert got.low == got.value <= got.high


@pytest.mark.parametrize(
    "text, lang, reason",
    [
        ("15 à 10 sites", "fr", "ends below its start (15 > 10)"),
        ("1,200 sites", "fr", "ambiguous in French"),
        ("10 GWh", "fr", "GWh is energy"),
        ("$5", "en", "US dollars"),
    ],
)
def test_count_range_and_language_errors(text, lang, reason):
    with pytest.raises(NormalizeError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_count(text, lang=lang)


def test_a_target_year_makes_a_count_a_projection():
    # "d'ici 2030" is the deadline of a target: the count is 8, a projection (before: refused)
    assert parse_count("8 data centers d'ici 2030") == Count(8, projection=True)
