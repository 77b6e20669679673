"""Periods: years, months, days, parts, semesters, quarters, seasons and ranges."""

from __future__ import annotations

import calendar
import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.domain.normalize import NormalizeError, Period, parse_period

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



# --------------------------------------------------------------------------- horizons and deadlines


@pytest.mark.parametrize(
    "text",
    [
        "à l'horizon 2030", "a l'horizon 2030", "horizon 2030", "à horizon 2030", "au plus tard en 2030",
        "2030 au plus tard", "au plus tard 2030", "by 2030 at the latest", "2030 at the latest",
        "no later than 2030", "not later than 2030", "d'ici 2030", "by 2030", "d'ici 2030 au plus tard",
    ],
)  # fmt: skip
def test_horizons_and_deadlines_are_that_year(text):
    assert parse_period(text) == Period(*year(2030))
    assert parse_period(text, lang="en") == Period(*year(2030))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("d'ici le mois de juin 2027", (date(2027, 6, 1), date(2027, 6, 30))),
        ("au mois d'août 2027", (date(2027, 8, 1), date(2027, 8, 31))),
        ("in the month of May 2027", (date(2027, 5, 1), date(2027, 5, 31))),
        ("pas avant l'automne 2027", (date(2027, 9, 1), date(2027, 11, 30))),
        ("pas avant 2030", year(2030)),
        ("not before 2030", year(2030)),
        ("no earlier than 2030", year(2030)),
        ("not until late 2027", (date(2027, 9, 1), date(2027, 12, 31))),
    ],
)  # fmt: skip
def test_a_month_named_as_such_and_a_lower_bound_are_their_span(text, expected):
    """« le mois de juin », 'the month of May'; « pas avant », 'not before' (the earliest: the words kept as
    written say the bound, as « à partir de » does)."""
    assert parse_period(text, lang="fr") == Period(*expected)
    assert parse_period(text, lang="en") == Period(*expected)


def test_deadline_on_a_part_of_a_year():
    assert parse_period("au plus tard fin 2028") == Period(date(2028, 9, 1), date(2028, 12, 31))
    assert parse_period("by end of 2028 at the latest") == Period(date(2028, 9, 1), date(2028, 12, 31))


# --------------------------------------------------------------------------- thirds of semesters, quarters, seasons


def months(first_year, first_month, last_year, last_month):
    return date(first_year, first_month, 1), date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])


THIRDS = [
    span("fin du premier semestre 2026", *months(2026, 5, 2026, 6)),
    span("début du second semestre 2026", *months(2026, 7, 2026, 8)),
    span("mi-S2 2026", *months(2026, 9, 2026, 10)),
    span("late H1 2026", *months(2026, 5, 2026, 6)),
    span("end of the first half of 2026", *months(2026, 5, 2026, 6)),
    span("fin T2 2026", *months(2026, 6, 2026, 6)),
    span("fin du T2 2026", *months(2026, 6, 2026, 6)),
    span("début Q3 2026", *months(2026, 7, 2026, 7)),
    span("mid-Q4 2026", *months(2026, 11, 2026, 11)),
    span("fin du 3e trimestre 2026", *months(2026, 9, 2026, 9)),
    span("été 2026", *months(2026, 6, 2026, 8)),
    span("fin de l'été 2026", *months(2026, 8, 2026, 8)),
    span("late summer 2026", *months(2026, 8, 2026, 8)),
    span("end of summer 2026", *months(2026, 8, 2026, 8)),
    span("début de l'automne 2026", *months(2026, 9, 2026, 9)),
    span("mi-printemps 2026", *months(2026, 4, 2026, 4)),
    span("hiver 2026", *months(2025, 12, 2026, 2)),
    span("winter 2026", *months(2025, 12, 2026, 2)),
    span("hiver 2025-2026", *months(2025, 12, 2026, 2)),
    span("winter 2025/26", *months(2025, 12, 2026, 2)),
    span("début de l'hiver 2026", *months(2025, 12, 2025, 12)),
    span("fin de l'hiver 2026", *months(2026, 2, 2026, 2)),
    span("dans la seconde moitié de 2026", *months(2026, 7, 2026, 12)),
    span("fin de la première moitié de 2026", *months(2026, 5, 2026, 6)),
    span("towards the end of 2026", *months(2026, 9, 2026, 12)),
    span("3Q 2026", *months(2026, 7, 2026, 9)),
    span("1Q 2027", *months(2027, 1, 2027, 3)),
    span("2H 2026", *months(2026, 7, 2026, 12)),
    span("end of 2026", *months(2026, 9, 2026, 12)),
    span("fin 2026 - début 2027", *months(2026, 9, 2027, 4)),
    span("fin T2 - début T3 2026", *months(2026, 6, 2026, 7)),
]


@pytest.mark.parametrize("text, expected", THIRDS)
def test_parts_of_semesters_quarters_and_seasons(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        ("fin 12 mars 2026", "only a year, semester, quarter, season or month"),
        ("fin 2026-02-12", "only a year, semester, quarter, season or month"),
        ("hiver 2024-2026", "two consecutive years"),
        ("5Q 2026", "unknown date form"),
    ],
)
def test_part_and_season_errors(text, reason):
    with pytest.raises(NormalizeError, match=reason):
        parse_period(text)


SPANS_IN_THIRDS = {  # how each span is named, and its length in months
    "S1 {y}": 6, "second semestre {y}": 6, "T1 {y}": 3, "Q2 {y}": 3, "3e trimestre {y}": 3, "Q4 {y}": 3,
    "printemps {y}": 3, "summer {y}": 3, "automne {y}": 3, "hiver {y}": 3, "{y}": 12,
}  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(y=st.integers(1901, 2100), name=st.sampled_from(sorted(SPANS_IN_THIRDS)), english=st.booleans())
def test_thirds_tile_their_span_in_whole_months(y, name, english):
    whole = parse_period(name.format(y=y))
    parts = ("early", "mid", "late") if english else ("début", "mi", "fin")
    thirds = [parse_period(f"{part} {name.format(y=y)}") for part in parts]
    assert thirds[0].start == whole.start and thirds[-1].end == whole.end
    for before, after in itertools.pairwise(thirds):
        assert (after.start - before.end).days == 1
    length = SPANS_IN_THIRDS[name] // 3
    for third in thirds:
        assert third.start.day == 1
        assert third.end.day == calendar.monthrange(third.end.year, third.end.month)[1]
        month_count = (third.end.year - third.start.year) * 12 + third.end.month - third.start.month + 1
        assert month_count == length


@settings(max_examples=100, deadline=None)
@given(y=st.integers(1901, 2100))
def test_seasons_are_meteorological_and_tile_the_year_from_december(y):
    seasons = [parse_period(f"{s} {y}") for s in ("hiver", "printemps", "été", "automne")]
    assert seasons[0].start == date(y - 1, 12, 1)
    assert seasons[-1].end == date(y, 11, 30)
    for before, after in itertools.pairwise(seasons):
        assert (after.start - before.end).days == 1


# --------------------------------------------------------------------------- numeric dates by language


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("02/12/2026", "fr", date(2026, 12, 2)),  # day first in French
        ("25/12/2026", "en", date(2026, 12, 25)),  # day first when the first number is above 12
        ("12/25/2026", "en", date(2026, 12, 25)),  # month first (US) when the second is
        ("05/05/2026", "en", date(2026, 5, 5)),  # the same either way
        ("2026-12-02", "en", date(2026, 12, 2)),
    ],
)
def test_numeric_dates_by_language(text, lang, expected):
    assert parse_period(text, lang=lang) == Period(expected, expected)


def test_numeric_date_ambiguous_in_english():
    with pytest.raises(NormalizeError, match="ambiguous in English"):
        parse_period("02/12/2026", lang="en")


def test_period_lang_must_be_known():
    with pytest.raises(ValueError, match="lang must be one of fr, en"):
        parse_period("2026", lang="de")
