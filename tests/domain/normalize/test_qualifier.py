"""The qualifier (how the source bounds its figure) and the projection flag beside low/high."""

from __future__ import annotations

import pytest

from dashboard.domain.normalize import QUALIFIERS, parse_count, parse_quantity


@pytest.mark.parametrize(
    "text, lang, qualifier, low, high",
    [
        ("240 MW", "fr", "exact", 240, 240),
        ("environ 30 emplois", "fr", "approx", 30, 30),
        ("près de 2 000 emplois", "fr", "approx", 2000, 2000),
        ("une trentaine d'emplois", "fr", "approx", 30, 30),
        ("about 30 jobs", "en", "approx", 30, 30),
        ("jusqu'à 700 MW", "fr", "at_most", 700, 700),
        ("jusqu’à 700 MW", "fr", "at_most", 700, 700),
        ("up to 10 bn EUR", "en", "at_most", 1e10, 1e10),
        ("au plus 50 MW", "fr", "at_most", 50, 50),
        ("plus de 73 %", "fr", "at_least", 0.73, 0.73),
        ("more than 500 jobs", "en", "at_least", 500, 500),
        ("over 1 GW", "en", "at_least", 1000, 1000),
        ("au moins 40 ha", "fr", "at_least", 4e5, 4e5),
        ("plus d'une centaine de salariés", "fr", "at_least", 100, 100),  # a bound on an approximate number
        ("30 à 35 milliards d'euros", "fr", "range", 3e10, 3.5e10),
        ("entre 300 et 500 MW", "fr", "range", 300, 500),
    ],
)
def test_the_qualifier_says_how_the_source_bounds_the_figure(text, lang, qualifier, low, high):
    got = parse_quantity(text, lang=lang)
    assert got.qualifier == qualifier
    assert (got.low, got.high) == (pytest.approx(low), pytest.approx(high))
    assert not got.projection


@pytest.mark.parametrize(
    "text, lang, value, qualifier",
    [
        ("à terme, 50 mégawatts", "fr", 50, "exact"),
        ("80 % once Azur moves in", "en", 0.8, "exact"),
        ("50 MW d'ici 2030", "fr", 50, "exact"),
        ("objectif de 1 000 emplois", "fr", 1000, "exact"),
        ("jusqu'à 700 MW prévus", "fr", 700, "at_most"),
        ("expected 240 MW", "en", 240, "exact"),
        ("80 % une fois qu'Azur sera installé", "fr", 0.8, "exact"),
    ],
)
def test_projection_words_are_read_as_a_projection_and_the_number_kept(text, lang, value, qualifier):
    got = parse_quantity(text, lang=lang)
    assert got.projection
    assert got.value == pytest.approx(value)
    assert got.qualifier == qualifier


def test_without_projection_words_the_rest_of_the_text_still_has_to_be_read():
    with pytest.raises(ValueError, match="Azur"):
        parse_quantity("80 % Azur moves in", lang="en")  # an unknown word stays an error


def test_counts_carry_the_qualifier_too():
    assert parse_count("au moins huit sites").qualifier == "at_least"
    assert parse_count("10 à 15 sites").qualifier == "range"
    assert parse_count("une dizaine de sites").qualifier == "approx"
    assert parse_count("huit data centers").qualifier == "exact"


def test_every_qualifier_is_in_the_vocabulary():
    assert set(QUALIFIERS) == {"exact", "approx", "at_most", "at_least", "range"}
