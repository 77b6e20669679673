"""Quantities: units, scales, expected_unit and the errors that name what is wrong."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.domain.normalize import UNITS, NormalizeError, Quantity, parse_quantity
from tests.domain.normalize.cases import NNBSP, check_quantity, quantity


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
        # the other nouns press gives jobs (the intake proposes them as written; the build reads them)
        quantity("500 positions", 500, "jobs"),
        quantity("500 new posts", 500, "jobs"),
        quantity("300 staff", 300, "jobs"),
        quantity("300 FTEs", 300, "jobs"),
        quantity("300 full-time equivalent jobs", 300, "jobs"),
        quantity("300 collaborateurs", 300, "jobs"),
        quantity("300 recrutements", 300, "jobs"),
        quantity("200 CDI", 200, "jobs"),
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
    assert UNITS == ("EUR", "m2", "MW", "jobs", "ratio", "TWh")


@pytest.mark.parametrize(
    "text, value, approximate",
    [
        ("32,27 térawattheures", 32.27, False),
        ("environ 2,3 TWh", 2.3, True),
        ("500 GWh", 0.5, False),
        ("entre 15 et 20 TWh", 15.0, False),
    ],
)
def test_annual_energy_is_read_in_twh_only_when_asked(text, value, approximate):
    quantity = parse_quantity(text, expected_unit="TWh")
    assert (quantity.unit, quantity.approximate) == ("TWh", approximate)
    assert quantity.value == pytest.approx(value)
    with pytest.raises(NormalizeError, match="is energy, not power"):
        parse_quantity(text)  # without the TWh request, energy stays refused


def test_power_is_refused_where_an_energy_is_expected():
    with pytest.raises(NormalizeError, match="is power, not energy"):
        parse_quantity("600 MW", expected_unit="TWh")


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




# --------------------------------------------------------------------------- ranges


def span_of(text, low, high, unit, approximate=False, lang="fr"):
    """A range case: the text, its language, and the Quantity it must give."""
    expected = Quantity(float(low), unit, approximate, float(high))
    return pytest.param(text, lang, expected, id=text)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        span_of("entre 300 et 500 MW", 300, 500, "MW"),
        span_of("300-500 MW", 300, 500, "MW"),
        span_of("300 - 500 MW", 300, 500, "MW"),
        span_of("300–500 MW", 300, 500, "MW"),
        span_of("300 à 500 MW", 300, 500, "MW"),
        span_of("de 300 à 500 MW", 300, 500, "MW"),
        span_of("300 MW à 500 MW", 300, 500, "MW"),
        span_of("500 kW à 1 MW", 0.5, 1, "MW"),  # each end keeps its own unit
        span_of("1 à 1,5 GW", 1000, 1500, "MW"),  # the low end takes the unit of the high end
        span_of("30 à 35 milliards d'euros", 30e9, 35e9, "EUR"),  # ... and its scale
        span_of("1,5 à 2 milliards d'euros", 1.5e9, 2e9, "EUR"),
        span_of("1 million à 1,5 milliard d'euros", 1e6, 1.5e9, "EUR"),
        span_of("10-14 M€", 10e6, 14e6, "EUR"),
        span_of("2 000 à 3 000 emplois", 2000, 3000, "jobs"),
        span_of("entre 20 et 30 %", 0.2, 0.3, "ratio"),
        span_of("entre 1.500 et 2.000 emplois", 1500, 2000, "jobs"),
        span_of("une trentaine à une quarantaine d'emplois", 30, 40, "jobs", True),
        span_of("environ 300 à 500 MW", 300, 500, "MW", True),
        span_of("between 1 and 1.5 GW", 1000, 1500, "MW", lang="en"),
        span_of("from 2 to 3 GW", 2000, 3000, "MW", lang="en"),
        span_of("300 to 500 MW", 300, 500, "MW", lang="en"),
        span_of("€10-14m", 10e6, 14e6, "EUR", lang="en"),
        span_of("€1,000-1,500 million", 1e9, 1.5e9, "EUR", lang="en"),
        span_of("between 1,000 and 1,500 jobs", 1000, 1500, "jobs", lang="en"),
        span_of("300-300 MW", 300, 300, "MW"),  # equal ends: one value
    ],
)
def test_ranges(text, lang, expected):
    got = parse_quantity(text, lang=lang)
    assert (got.unit, got.approximate) == (expected.unit, expected.approximate)
    assert (got.low, got.high) == pytest.approx((expected.low, expected.high), rel=1e-12)
    assert got.value == got.low
    assert got.is_range == (expected.low != expected.high)


def test_a_single_number_is_its_own_range():
    got = parse_quantity("240 MW")
    assert got.low == got.value == got.high == 240
    assert not got.is_range


@pytest.mark.parametrize(
    "text, reason",
    [
        ("500-300 MW", "the range ends below its start (500 > 300)"),
        ("300 000 à 1,5 million d'euros", "ends below its start"),  # the bare low end takes "million"
        ("300 MW à 5 ha", "different units (MW, m2)"),
        ("entre 300 MW", "a range needs two numbers"),
        ("300-400-500 MW", "more than one range"),
        ("- 5 MW", 'no number before "-"'),
        ("300 à MW", 'no number after "à"'),
        ("entre 300 et 500 et 600 MW", "more than one range"),
        ("300 à 500 MWh", "MWh is energy"),
    ],
)
def test_range_errors(text, reason):
    with pytest.raises(NormalizeError) as error:
        parse_quantity(text)
    assert reason in str(error.value)


def test_range_quantity_refuses_a_high_end_below_its_low_end():
    with pytest.raises(ValueError, match="below its low end"):
        Quantity(500.0, "MW", False, 300.0)
    assert Quantity(300.0, "MW").high == 300.0


@settings(max_examples=300, deadline=None)
@given(
    ends=st.lists(st.integers(0, 10**6), min_size=2, max_size=2),
    form=st.sampled_from(["{a}-{b} MW", "{a} à {b} MW", "entre {a} et {b} MW", "{a} – {b} MW", "de {a} à {b} MW"]),
)
def test_ranges_keep_low_at_most_high(ends, form):
    a, b = ends
    text = form.format(a=a, b=b)
    if a > b:
        with pytest.raises(NormalizeError, match="ends below its start"):
            parse_quantity(text)
        return
    got = parse_quantity(text)
    assert got.low <= got.high
    assert (got.low, got.high) == (a, b)


@settings(max_examples=200, deadline=None)
@given(a=st.integers(1, 999), b=st.integers(1, 999), scale=st.sampled_from([("millions", 10**6), ("milliards", 10**9)]))
def test_the_low_end_takes_the_scale_of_the_high_end(a, b, scale):
    low, high = sorted((a, b))
    got = parse_quantity(f"{low} à {high} {scale[0]} d'euros")
    assert (got.low, got.high) == (low * scale[1], high * scale[1])


# --------------------------------------------------------------------------- refused units


@pytest.mark.parametrize(
    "text, named",
    [
        ("$300 million", "US dollars"),
        ("$10-$14 million", "US dollars"),
        ("300 USD", "US dollars"),
        ("300 millions de dollars", "US dollars"),
        ("US$ 2bn", "US dollars"),
        ("£20m", "pounds sterling"),
        ("20 GBP", "pounds sterling"),
        ("CHF 5 millions", "Swiss francs"),
        ("¥1bn", "yen"),
        ("30 MWh", "MWh is energy"),
        ("300 GWh", "GWh is energy"),
        ("1 TWh", "TWh is energy"),
        ("300 kWh", "kWh is energy"),
        ("2 gigawattheures", "GWh is energy"),
    ],
)
def test_other_currencies_and_energy_are_refused_by_name(text, named):
    for lang in ("fr", "en"):
        with pytest.raises(NormalizeError) as error:
            parse_quantity(text, lang=lang)
        assert named in str(error.value)


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("1-GW", "en", 1000, "MW"),
        ("240-MW", "en", 240, "MW"),
        ("170-million euros", "en", 1.7e8, "EUR"),
        ("467-emplois", "fr", 467, "jobs"),
    ],
)
def test_a_hyphen_joining_a_number_to_its_unit_is_no_range(text, lang, value, unit):
    got = parse_quantity(text, lang=lang)
    assert (got.low, got.high, got.unit) == (value, value, unit)
