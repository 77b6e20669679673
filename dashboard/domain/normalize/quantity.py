"""Quantities: amounts (EUR), areas (m2), power (MW), jobs and ratios, single or ranges; annual energy
(TWh) only when asked for (`expected_unit="TWh"`): everywhere else energy is refused as not power."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from dashboard.domain.normalize import numbers as num
from dashboard.domain.normalize.qualifier import qualifier_of, split_projection
from dashboard.domain.normalize.text import CACHE_SIZE, RangeEnds, Unreadable, check_arguments, clean, failure

UNITS = ("EUR", "m2", "MW", "jobs", "ratio", "TWh")
_LARGEST = Decimal("1e100")  # far beyond any real figure; keeps float() finite


@dataclass(frozen=True, slots=True)
class Quantity(RangeEnds):
    """A value in its base unit; a range "300 à 500 MW" has value = low = 300 and high = 500."""

    value: float  # in the base unit; the low end of a range
    unit: str  # one of UNITS
    approximate: bool = False
    high: float | None = None  # the high end of a range; None (the default) means value
    qualifier: str | None = None  # how the source bounds it (qualifier.QUALIFIERS); None: from the flags
    projection: bool = False  # stated as a target or forecast ("à terme", "once …")


# word -> (unit, power of ten to the base unit, is a unit of measure (not a countable noun))
UNIT_WORDS: dict[str, tuple[str, int, bool]] = {
    **dict.fromkeys(("€", "eur", "euro", "euros"), ("EUR", 0, True)),
    "keur": ("EUR", 3, True),
    "meur": ("EUR", 6, True),
    **dict.fromkeys(("m²", "m2"), ("m2", 0, True)),
    **dict.fromkeys(("km²", "km2"), ("m2", 6, True)),
    **dict.fromkeys(("ha", "hectare", "hectares"), ("m2", 4, True)),
    **dict.fromkeys(("kw", "kwe", "kilowatt", "kilowatts"), ("MW", -3, True)),
    **dict.fromkeys(("mw", "mwe", "megawatt", "megawatts", "mégawatt", "mégawatts"), ("MW", 0, True)),
    **dict.fromkeys(("gw", "gwe", "gigawatt", "gigawatts"), ("MW", 3, True)),
    **dict.fromkeys(
        ("emploi", "emplois", "job", "jobs", "poste", "postes", "salarié", "salariés", "salarie",
         "salaries", "etp", "fte", "employees",
         # the people a site employs, as articles count them ("will employ up to 1,000 people")
         "people", "personnes", "workers", "employés", "employes",
         # other nouns press gives the jobs: '500 positions', '300 staff', « 300 collaborateurs », « 200 CDI »
         "position", "positions", "post", "posts", "staff", "ftes", "collaborateur", "collaborateurs",
         "collaboratrices", "recrutement", "recrutements", "cdi",
         # the hires counted: « 150 embauches », '150 hires', '150 new roles'
         "embauche", "embauches", "hire", "hires", "role", "roles"),
        ("jobs", 0, False),
    ),
    "%": ("ratio", -2, True),
}  # fmt: skip

# Units that are refused whatever is asked, with the reason (the message names the unit).
_FOREIGN_CURRENCIES = {
    **dict.fromkeys(("$", "usd", "dollar", "dollars"), "US dollars ($, USD)"),
    **dict.fromkeys(("£", "gbp", "pound", "pounds", "sterling"), "pounds sterling (£, GBP)"),
    **dict.fromkeys(("chf",), "Swiss francs (CHF)"),
    **dict.fromkeys(("¥", "yen", "jpy"), "yen (¥, JPY)"),
    **dict.fromkeys(("yuan", "cny", "rmb"), "yuan (CNY)"),
}
_ENERGY_UNITS = {
    **dict.fromkeys(("wh", "kwh", "kilowattheure", "kilowattheures"), "kWh"),
    **dict.fromkeys(("mwh", "mégawattheure", "mégawattheures", "megawattheure", "megawattheures"), "MWh"),
    **dict.fromkeys(("gwh", "gigawattheure", "gigawattheures"), "GWh"),
    **dict.fromkeys(("twh", "térawattheure", "térawattheures", "terawattheure", "terawattheures"), "TWh"),
}
REFUSED_UNITS: num.Lexicon = {
    **{
        word: (num.REFUSED, f"the amount is in {name}: only amounts in euros are read")
        for word, name in _FOREIGN_CURRENCIES.items()
    },
    **{
        word: (num.REFUSED, f"{name} is energy, not power: only power is read (kW, MW, GW)")
        for word, name in _ENERGY_UNITS.items()
    },
}

_LEXICON = (
    num.number_lexicon()
    | num.scale_abbreviations()
    | {w: (num.UNIT, u) for w, u in UNIT_WORDS.items()}
    | REFUSED_UNITS
)

# Annual energy, read only when the caller expects TWh (a region's consumption, a plant's output):
# energy words become units, power words are refused (a capacity is not an energy).
_ENERGY_POWERS = {"kWh": -9, "MWh": -6, "GWh": -3, "TWh": 0}
_ENERGY_LEXICON = (
    num.number_lexicon()
    | num.scale_abbreviations()
    | {w: (num.UNIT, ("TWh", _ENERGY_POWERS[name], True)) for w, name in _ENERGY_UNITS.items() if w != "wh"}
    | {w: (num.REFUSED, f"{w} is power, not energy: an annual energy is read in kWh, MWh, GWh or TWh")
       for w, (unit, _, _) in UNIT_WORDS.items() if unit == "MW"}
    | {w: entry for w, entry in REFUSED_UNITS.items() if w not in _ENERGY_UNITS}
)

# "6 × 910 MWe": a whole multiplier in front of the number.
_MULTIPLIER = re.compile(r"(?<![\d.,])(\d+) ?[×x*] ?(?=\d)")


def parse_quantity(text: object, expected_unit: str | None = None, *, lang: str = "fr") -> Quantity:
    """Read an amount, area, power, number of jobs or percentage, in its base unit.

    `lang` is the language the text is written in ("fr" or "en"): it decides what a comma
    and a point mean. With `expected_unit`, a unitless number is read in that unit and
    another unit raises. A range ("300 à 500 MW") gives value = low and high.
    """
    if expected_unit is not None and expected_unit not in UNITS:
        raise ValueError(f"expected_unit must be one of {', '.join(UNITS)}, not {expected_unit!r}")
    try:
        return _cached_quantity(text, expected_unit, lang)
    except (Unreadable, TypeError) as why:
        raise failure("a quantity", text, lang, why) from None


# One end of a range (or the single number): its number, whether a collective made it
# approximate, its run of number tokens, and its own (unit, power of ten) if any. A plain
# tuple: this is the hot path.
_End = tuple[Decimal, bool, list[num.Token], tuple[str, int] | None]


@lru_cache(maxsize=CACHE_SIZE)
def _cached_quantity(text: str, expected_unit: str | None, lang: str) -> Quantity:
    check_arguments("a quantity", text, lang)
    s = clean(text)
    if not s:
        raise Unreadable("empty text")
    s, projection = split_projection(s)
    markers = num.APPROX_MARKERS.findall(s)
    s = num.APPROX_MARKERS.sub(" ", s) if markers else s
    s, multiplier = _strip_multiplier(s)
    lexicon = _ENERGY_LEXICON if expected_unit == "TWh" else _LEXICON
    tokens, ranged = num.tokenize(num.rewrite_phrases(s), lexicon, lang)
    low_tokens, high_tokens = num.split_range(tokens) if ranged else (tokens, None)
    number, collective, run, own_unit = _read_end(low_tokens)
    if high_tokens is None:
        unit, power = _resolve_unit(own_unit, expected_unit)
        if unit != "EUR" and len(run) > 1:  # an abbreviation follows digits
            _check_abbreviations(run, unit)
        value = (number * multiplier).scaleb(power)  # exact decimal arithmetic...
        _check_value(value, unit)
        value_float = float(value)  # ...rounded once: "0,1 %" is 0.001
        qualifier = qualifier_of(markers, collective, False)
        return Quantity(value_float, unit, bool(markers) or collective, value_float, qualifier, projection)
    high_number, high_collective, high_run, high_unit = _read_end(high_tokens)
    if own_unit and high_unit and own_unit[0] != high_unit[0]:
        raise Unreadable(f"the two ends of the range are in different units ({own_unit[0]}, {high_unit[0]})")
    unit, high_power = _resolve_unit(high_unit or own_unit, expected_unit)
    low_power = own_unit[1] if own_unit else high_power
    if unit != "EUR":
        _check_abbreviations(run + high_run, unit)
    if not any(kind == num.SCALE for kind, _, _ in run):  # "30 à 35 milliards": 30 milliards
        number *= num.trailing_scale(high_run) or 1
    low_value = (number * multiplier).scaleb(low_power)
    high_value = (high_number * multiplier).scaleb(high_power)
    _check_value(low_value, unit)
    _check_value(high_value, unit)
    if high_value < low_value:
        raise Unreadable(f"the range ends below its start ({low_value.normalize():f} > {high_value.normalize():f})")
    approximate = bool(markers) or collective or high_collective
    qualifier = qualifier_of(markers, collective or high_collective, high_value != low_value)
    return Quantity(float(low_value), unit, approximate, float(high_value), qualifier, projection)


def _strip_multiplier(s: str) -> tuple[str, int]:
    if "×" not in s and "x" not in s and "*" not in s:  # the common case, without a regex
        return s, 1
    matches = _MULTIPLIER.findall(s)
    if not matches:
        return s, 1
    if len(matches) > 1:
        raise Unreadable("more than one multiplication")
    return _MULTIPLIER.sub("", s), int(matches[0])


def _read_end(tokens: list[num.Token]) -> _End:
    """The number and its unit; a currency may stand before the number, others after."""
    number, collective, first, last = num.read_number(tokens)
    unknown = [t[2] for t in tokens if t[0] == num.OTHER]
    if unknown:
        raise Unreadable(f'unknown unit or word "{unknown[0]}"')
    units = [(i, t) for i, t in enumerate(tokens) if t[0] == num.UNIT]
    if len(units) > 1:
        raise Unreadable(f"more than one unit ({', '.join(t[2] for _, t in units)})")
    unit = None
    if units:
        position, (_, (name, power, _is_measure), raw) = units[0]
        if position < first and name != "EUR":
            raise Unreadable(f'the unit "{raw}" stands before the number')
        unit = (name, power)
    return number, collective, tokens[first : last + 1], unit


def _resolve_unit(unit: tuple[str, int] | None, expected_unit: str | None) -> tuple[str, int]:
    if unit is None:
        if expected_unit is None:
            raise Unreadable("no unit (pass expected_unit to read a bare number)")
        return expected_unit, 0
    if expected_unit is not None and unit[0] != expected_unit:
        raise Unreadable(f"the unit is {unit[0]}, expected {expected_unit}")
    return unit


def _check_abbreviations(run: list[num.Token], unit: str) -> None:
    """k, M, Md, bn... are read for euros only: "80 m" of land is metres, not 80 million m²."""
    abbreviation = next((t[2] for t in run if t[2] in num.SCALE_ABBREVIATIONS), None)
    if abbreviation:
        raise Unreadable(f'the abbreviation "{abbreviation}" is only read for euros; write the word')


def _check_value(value: Decimal, unit: str) -> None:
    if not value.is_finite() or value > _LARGEST:
        raise Unreadable("the number is too large")
    if unit == "ratio" and not 0 <= value <= 1:
        raise Unreadable("a ratio must be between 0 and 1 (0 to 100 %)")
    if unit == "jobs" and value != value.to_integral_value():
        raise Unreadable("a number of jobs must be whole")
