"""dashboard.domain.normalize, the public API: the issue's examples, errors, value objects, caching.

The conventions are tested beside their modules in tests/domain/normalize/.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import dashboard.normalize
from dashboard.domain import normalize
from dashboard.domain.normalize import (
    Count,
    NormalizeError,
    Period,
    Quantity,
    clear_caches,
    parse_count,
    parse_period,
    parse_quantity,
)
from tests.domain.normalize.cases import check_quantity, quantity


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


# --------------------------------------------------------------------------- the public API


def test_the_public_shim_is_the_domain_api():
    assert dashboard.normalize.parse_quantity is normalize.parse_quantity
    assert dashboard.normalize.parse_period is normalize.parse_period
    assert dashboard.normalize.parse_count is normalize.parse_count
    assert dashboard.normalize.Quantity is Quantity
    assert set(normalize.__all__) <= set(dir(dashboard.normalize))
    assert normalize.LANGS == ("fr", "en")


def test_existing_calls_keep_working():
    # positional expected_unit, no lang: French, as before
    assert parse_quantity("1 500", "m2") == Quantity(1500.0, "m2")
    assert parse_period("début 2026") == Period(date(2026, 1, 1), date(2026, 4, 30))
    assert parse_count("huit data centers") == Count(8)


def test_lang_is_part_of_the_cache_key():
    assert parse_quantity("1,500 MW", lang="en").value == 1500
    with pytest.raises(NormalizeError, match="ambiguous in French"):
        parse_quantity("1,500 MW", lang="fr")
    assert parse_quantity("1.500 MW", lang="fr").value == 1500
    assert parse_quantity("1.500 MW", lang="en").value == 1.5


@pytest.mark.parametrize(
    "text, lang, low, high, unit",
    [  # the issue's phrasings, each read as its source writes it
        ("20,000 m²", "en", 20_000, 20_000, "m2"),
        ("5,460 MWe", "en", 5460, 5460, "MW"),
        ("€1,500 million", "en", 1.5e9, 1.5e9, "EUR"),
        ("1.500 emplois", "fr", 1500, 1500, "jobs"),
        ("26.000 m²", "fr", 26_000, 26_000, "m2"),
        ("entre 300 et 500 MW", "fr", 300, 500, "MW"),
        ("300-500 MW", "fr", 300, 500, "MW"),
        ("30 à 35 milliards d'euros", "fr", 30e9, 35e9, "EUR"),
        ("between 1 and 1.5 GW", "en", 1000, 1500, "MW"),
        ("supérieur à 5 milliards d'euros", "fr", 5e9, 5e9, "EUR"),
        ("quelque 4 000 emplois", "fr", 4000, 4000, "jobs"),
    ],
)
def test_issue_9_quantities(text, lang, low, high, unit):
    got = parse_quantity(text, lang=lang)
    assert (got.low, got.high, got.unit) == (low, high, unit)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("à l'horizon 2030", date(2030, 1, 1), date(2030, 12, 31)),
        ("horizon 2028", date(2028, 1, 1), date(2028, 12, 31)),
        ("au plus tard en 2028", date(2028, 1, 1), date(2028, 12, 31)),
        ("by 2029 at the latest", date(2029, 1, 1), date(2029, 12, 31)),
        ("fin du premier semestre 2026", date(2026, 5, 1), date(2026, 6, 30)),
        ("fin T2 2026", date(2026, 6, 1), date(2026, 6, 30)),
        ("3Q 2026", date(2026, 7, 1), date(2026, 9, 30)),
        ("été 2026", date(2026, 6, 1), date(2026, 8, 31)),
        ("fin de l'été 2026", date(2026, 8, 1), date(2026, 8, 31)),
        ("late summer 2026", date(2026, 8, 1), date(2026, 8, 31)),
    ],
)
def test_issue_9_periods(text, start, end):
    assert parse_period(text) == Period(start, end)
