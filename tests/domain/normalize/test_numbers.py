"""Numbers as the source's language writes them: separators, number words, approximation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from dashboard.domain.normalize import Count, NormalizeError, Quantity, parse_count, parse_quantity
from tests.domain.normalize.cases import NBSP, NNBSP, THIN, check_quantity, quantity

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
    assert marked == Quantity(plain.value, plain.unit, True, qualifier=marked.qualifier)
    assert marked.qualifier in ("approx", "at_most", "at_least")  # never "exact" nor a range
    assert not plain.approximate and plain.qualifier == "exact"



# --------------------------------------------------------------------------- by the source's language


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("20,000 m²", 20_000, "m2"),  # the silently wrong numbers, read right
        quantity("5,460 MWe", 5460, "MW"),
        quantity("€1,500 million", 1.5e9, "EUR"),
        quantity("1,500,000 €", 1_500_000, "EUR"),
        quantity("1,234.5 m²", 1234.5, "m2"),
        quantity("1.5 GW", 1500, "MW"),
        quantity("1.500 MW", 1.5, "MW"),  # a point is decimal in English, whatever follows
        quantity("0.125 MW", 0.125, "MW"),
        quantity("26 000 m²", 26_000, "m2"),  # space groups are read in both languages
        quantity("26000 m²", 26_000, "m2"),
        quantity("between 1 and 1.5 GW", 1000, "MW"),
    ],
)
def test_english_numbers(text, expected):
    check_quantity(text, expected, lang="en")


@pytest.mark.parametrize(
    "text, expected",
    [
        quantity("1.500 emplois", 1500, "jobs"),  # a point before three digits groups thousands
        quantity("26.000 m²", 26_000, "m2"),
        quantity("1.500.000 €", 1_500_000, "EUR"),
        quantity("1.500,5 m²", 1500.5, "m2"),
        quantity("1,5 GW", 1500, "MW"),
        quantity("1.5 GW", 1500, "MW"),  # a lone point before other than three digits is decimal
        quantity("0.500 MW", 0.5, "MW"),  # "0.500" groups nothing
        quantity("0,125 MW", 0.125, "MW"),  # nor does "0,125": not ambiguous
        quantity("1 234,567 m²", 1234.567, "m2"),  # thousands already grouped: the comma is decimal
        quantity(f"1{NNBSP}234,567 m²", 1234.567, "m2"),
        quantity("2026,5 m²", 2026.5, "m2"),  # four digits before the comma: no thousands group
        quantity("20,0 m²", 20, "m2"),
        quantity("20,00 m²", 20, "m2"),
        quantity("20,0000 m²", 20, "m2"),
    ],
)
def test_french_numbers(text, expected):
    check_quantity(text, expected, lang="fr")
    if text.startswith(("1.500", "26.000")):
        assert parse_quantity(text) == parse_quantity(text, lang="fr")  # French is the default


@pytest.mark.parametrize("text", ["20,000 m²", "1,500 emplois", "5,460 MWe", "€1,500 million", "1,567 MW"])
def test_comma_before_three_digits_is_ambiguous_in_french(text):
    with pytest.raises(NormalizeError) as error:
        parse_quantity(text, lang="fr")
    message = str(error.value)
    number = text.split()[0].lstrip("€")
    assert f'"{number}" is ambiguous in French' in message
    assert f'write thousands with a space ("{number.replace(",", " ")}")' in message
    assert 'lang="en"' in message


@pytest.mark.parametrize(
    "text, lang, reason",
    [
        ("1,5 GW", "en", '"1,5" is not an English number'),
        ("1,50 MW", "en", '"1,50" is not an English number'),
        ("0,500 MW", "en", '"0,500" is not an English number'),
        ("1 000,000 €", "en", '"1 000,000" is not an English number'),
        ("1.500.000 €", "en", '"1.500.000" is not an English number'),
        ("1,500,000 €", "fr", "ambiguous number"),
        ("1,500.5 €", "fr", "ambiguous number"),
        ("1.50.000 €", "fr", "ambiguous number"),
    ],
)
def test_numbers_foreign_to_the_language_are_refused(text, lang, reason):
    with pytest.raises(NormalizeError, match=reason):
        parse_quantity(text, lang=lang)


@pytest.mark.parametrize("text", ["1e309 €", "1E309 €", "2.5e3 MW", "1,5e6 euros", "3e-2 %"])
def test_scientific_notation_is_named(text):
    with pytest.raises(NormalizeError) as error:
        parse_quantity(text)
    assert "is scientific notation" in str(error.value)
    assert "more than one number" not in str(error.value)


def test_lang_must_be_known():
    for parse in (lambda: parse_quantity("1 MW", lang="de"), lambda: parse_count("1 site", lang="EN")):
        with pytest.raises(ValueError, match="lang must be one of fr, en"):
            parse()


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("supérieur à 5 milliards d'euros", "fr", 5e9, "EUR"),
        ("supérieure à 20 MW", "fr", 20, "MW"),
        ("quelque 4 000 emplois", "fr", 4000, "jobs"),
        ("plus de 1.500 emplois", "fr", 1500, "jobs"),
        ("au-delà de 100 MW", "fr", 100, "MW"),
        ("au maximum 30 ha", "fr", 300_000, "m2"),
        ("estimé à 2 milliards d'euros", "fr", 2e9, "EUR"),
        ("inférieur à 10 %", "fr", 0.1, "ratio"),
        ("more than 1,000 jobs", "en", 1000, "jobs"),
        ("over 200 MW", "en", 200, "MW"),
        ("some 2,000 jobs", "en", 2000, "jobs"),
        ("up to 1 GW", "en", 1000, "MW"),
        ("in excess of €1bn", "en", 1e9, "EUR"),
        ("an estimated 500 jobs", "en", 500, "jobs"),
        ("at most 30 MW", "en", 30, "MW"),
        ("above 20 ha", "en", 200_000, "m2"),
        ("un peu plus de 300 MW", "fr", 300, "MW"),
        ("a little over 1,000 jobs", "en", 1000, "jobs"),
    ],
)
def test_approximation_words(text, lang, value, unit):
    check_quantity(text, Quantity(float(value), unit, True), lang=lang)


# --------------------------------------------------------------------------- properties by language

EXACT_DECIMALS = st.decimals(0, 10**12, places=3, allow_nan=False, allow_infinity=False)


def ambiguous_in_french(written: str) -> bool:
    """The shape refused in French: 1 to 3 digits (not a lone 0), a comma, exactly three digits."""
    whole, _, fraction = written.partition(",")
    return whole.isdigit() and len(whole) <= 3 and whole != "0" and len(fraction) == 3


@settings(max_examples=400, deadline=None)
@given(number=EXACT_DECIMALS | st.integers(0, 10**15).map(Decimal), unit=st.sampled_from(["MW", "m²", "€", "%"]))
@example(number=Decimal("26000"), unit="m²")
@example(number=Decimal("1234567.891"), unit="€")
@example(number=Decimal("20.5"), unit="MW")
def test_every_babel_french_number_reads_back(number, unit):
    from babel.numbers import format_decimal

    written = format_decimal(number, locale="fr_FR")  # narrow no-break spaces, decimal comma
    assume(unit != "%" or number <= 100)
    text = f"{written}{NBSP}{unit}"
    if ambiguous_in_french(written):  # "1,567": 1.567 for Babel, but a copied "1,567" means 1567
        with pytest.raises(NormalizeError, match="ambiguous in French"):
            parse_quantity(text, lang="fr")
        return
    got = parse_quantity(text, lang="fr")
    factor = Decimal("0.01") if unit == "%" else 1
    assert got.value == float(number * factor)
    assert got.high == got.value


@settings(max_examples=400, deadline=None)
@given(number=EXACT_DECIMALS | st.integers(0, 10**15).map(Decimal), unit=st.sampled_from(["MW", "m2", "EUR", "jobs"]))
@example(number=Decimal("20000"), unit="m2")
@example(number=Decimal("5460"), unit="MW")
def test_every_english_number_reads_back(number, unit):
    assume(unit != "jobs" or number == number.to_integral_value())
    written = format(int(number) if unit == "jobs" else number, ",")  # "1,234,567.891"
    got = parse_quantity(f"{written} {unit}", lang="en")
    assert got.value == float(number)
