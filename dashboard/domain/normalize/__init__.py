"""Read the quantities, periods and counts that seed files quote verbatim (French or English).

Pure Python (no pandas), cached, fast enough for the whole seed base many times over.

    parse_quantity("1,5 milliard d'euros")    -> Quantity(1.5e9, "EUR", approximate=False)
    parse_quantity("une trentaine d'emplois") -> Quantity(30.0, "jobs", approximate=True)
    parse_quantity("1 500", expected_unit="m2") -> Quantity(1500.0, "m2", approximate=False)
    parse_period("début 2026")                -> Period(2026-01-01, 2026-04-30)
    parse_count("une dizaine de sites")       -> Count(10, approximate=True)

Anything that cannot be read raises `NormalizeError` (a ValueError) quoting the text and why;
a non-string (None, a number, a date from YAML) raises it too. Results are cached per text
(`clear_caches()` empties the caches); errors are not cached.

Conventions and decisions
-------------------------
Numbers
    * A comma is ALWAYS a decimal separator: "1,5" = 1.5 and "26,000" = 26.0 (not 26 000).
      A point is a decimal separator too: "1.5" = 1.5, so "1.500" = 1.5. A number with two
      separators ("1.500.000", "1,500,000") is rejected as ambiguous.
    * Thousands are grouped by a space, a no-break space (U+00A0), a narrow no-break space
      (U+202F) or a thin space, in groups of exactly three digits: "26 000", "5 460".
    * Values are computed in decimal and rounded once to a float, so "0,1 %" is exactly 0.001.
    * Number words (French and English, 0 to 99, with "cent"/"hundred", "mille"/"thousand",
      million, milliard/billion) are read: "deux millions d'euros", "vingt-cinq emplois".
      "billion" is the English 10**9 (French sources say "milliard").
    * Digits and number words are not mixed ("1,5 million deux" and "1 cent" are refused),
      except for scales: "2 millions", "1,5 milliard".
    * "6 × 910 MWe" (also "6 x 910", "6 * 910") is computed: 5460 MW.
Quantities (unit in the base unit of `UNITS`)
    * EUR: €, EUR, euro(s), d'euros, before or after the number; k€/M€/Md€, keur/meur.
      The abbreviated scales k, M, mn, Md, Mds, Mrd, bn need digits before them and are only
      read for euros (an area of "80 m" is metres, not 80 million m²); the words (mille,
      million(s), milliard(s), billion(s)) work with any unit and after number words.
    * m2: m², m2, km², ha, hectare(s), square metres, mètres carrés.
    * MW: kW, MW, MWe, GW, GWe and the words (méga)watt(s). Energy (MWh) is rejected.
    * jobs: emploi(s), job(s), poste(s), salarié(s), ETP, FTE, with "directs"/"direct"
      allowed. A number of jobs must be whole ("1.500 emplois" = 1.5 is rejected).
    * ratio: %, pour cent, percent, per cent -> 0..1 ("80 %" -> 0.8). Outside 0..100 % is
      rejected. A unitless number read as a ratio (expected_unit="ratio") must be in 0..1.
    * A unitless number raises unless `expected_unit` is given; a text whose unit differs
      from `expected_unit` raises.
    * Words that are neither number, scale, unit nor one of a few fillers (de, d', of,
      direct(s)) are rejected: "30 MW IT" raises rather than silently dropping "IT".
Approximation
    approximate=True for environ, près de, presque, plus de, au moins, jusqu'à, quelque,
    moins de, de l'ordre de, about, around, nearly, almost, over, more than, up to, some,
    at least, less than, approximately, roughly, ~, ≈, <, >, and for the collective
    numerals une dizaine (10), douzaine (12), quinzaine (15), vingtaine (20), trentaine (30),
    quarantaine (40), cinquantaine (50), soixantaine (60), centaine (100), un millier (1000)
    and the English "a dozen" (12). They combine with units and scales: "une centaine de MW",
    "une centaine de millions d'euros" (1e8).
Periods (start and end inclusive)
    * "2026"; "2025-09" (ISO year-month); "2026-02-12"; "12/02/2026" (day first, French
      order); "09/2025"; "septembre 2025", "sept. 2025", "Sept 2025"; "16 septembre 2020",
      "1er mai 2021", "12 February 2026", "February 12, 2026".
    * Parts of a year: début/early/beginning/start = 1 Jan - 30 Apr; mi/mid/milieu/middle =
      1 May - 31 Aug; fin/late/end = 1 Sep - 31 Dec. Parts of a month ("fin mars 2026"):
      days 1-10, 11-20, 21-end.
    * Semesters (S1/S2, H1/H2, 1er/2e semestre, first/second half), quarters (T1-T4, Q1-Q4,
      1er..4e trimestre, first..fourth quarter), seasons (printemps/spring = Mar-May,
      été/summer = Jun-Aug, automne/autumn/fall = Sep-Nov; winter is ambiguous and rejected).
    * Leading words that do not change the span are dropped: en, in, courant, during,
      à partir de, from, dès, by, d'ici, vers, around... So "from 2030", "à partir de 2030",
      "by 2031", "d'ici 2031" and "courant 2027" are the year itself.
    * Ranges "2027-2028", "2027–28", "de 2027 à 2028", "between 2027 and 2028",
      "fin 2026 - début 2027", "septembre-octobre 2025", "T3-T4 2026": start of the first
      to end of the last; the left side may borrow the end of the right one ("du 12 au 15
      mars 2026"), but not a bare year ("S1 - 2026" is refused, "S1-2026" is S1).
      "2025-09" is a month (ISO), "2027-28" a range (28 is no month).
    * Years must be within 1900..2100.
Counts
    A number (digits or words, collectives allowed) followed by the counted thing in free
    words: "huit data centers", "8", "eight data centres", "une dizaine de sites". A unit of
    measure (MW, €, %, m²...) is rejected; the value must be whole.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

__all__ = [
    "UNITS",
    "Count",
    "NormalizeError",
    "Period",
    "Quantity",
    "clear_caches",
    "parse_count",
    "parse_period",
    "parse_quantity",
]

UNITS = ("EUR", "m2", "MW", "jobs", "ratio")

_CACHE_SIZE = 1 << 16  # real seed values repeat a lot; 65 536 entries is a few MB at most
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_LARGEST = Decimal("1e100")  # far beyond any real figure; keeps float() finite


class NormalizeError(ValueError):
    """A text that cannot be read as the quantity, period or count asked for."""


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # in the base unit
    unit: str  # one of UNITS
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date  # inclusive
    end: dt.date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    approximate: bool = False


class _Unreadable(Exception):
    """Internal: why a text cannot be read; the public functions add the text itself."""


# --------------------------------------------------------------------------- public API


def parse_quantity(text: object, expected_unit: str | None = None) -> Quantity:
    """Read an amount, area, power, number of jobs or percentage, in its base unit.

    With `expected_unit`, a unitless number is read in that unit and another unit raises.
    """
    _require_text(text, "a quantity")
    if expected_unit is not None and expected_unit not in UNITS:
        raise ValueError(f"expected_unit must be one of {', '.join(UNITS)}, not {expected_unit!r}")
    try:
        return _cached_quantity(text, expected_unit)
    except _Unreadable as why:
        raise NormalizeError(f'cannot read a quantity in "{text}": {why}') from None


def parse_period(text: object) -> Period:
    """Read a year, month, day, part of a year, semester, quarter or a range of those."""
    _require_text(text, "a period")
    try:
        return _cached_period(text)
    except _Unreadable as why:
        raise NormalizeError(f'cannot read a period in "{text}": {why}') from None


def parse_count(text: object) -> Count:
    """Read a plain count such as "huit data centers" or "une dizaine de sites"."""
    _require_text(text, "a count")
    try:
        return _cached_count(text)
    except _Unreadable as why:
        raise NormalizeError(f'cannot read a count in "{text}": {why}') from None


def clear_caches() -> None:
    """Forget cached results (benchmarks; tests)."""
    _cached_quantity.cache_clear()
    _cached_period.cache_clear()
    _cached_count.cache_clear()


def _require_text(text: object, what: str) -> None:
    if not isinstance(text, str):
        raise NormalizeError(f"cannot read {what} in {text!r}: not a string ({type(text).__name__})")


# --------------------------------------------------------------------------- shared cleaning

_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4")  # ’ ‘ ʼ ´ -> '


def _clean(text: str) -> str:
    """Lower case, NFC accents, straight apostrophes, every run of whitespace as one space.

    str.split() splits on U+00A0 and U+202F too, so thousands groups become "26 000".
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        for apostrophe in _APOSTROPHES:  # str.replace beats str.translate on short texts
            if apostrophe in text:
                text = text.replace(apostrophe, "'")
    return " ".join(text.lower().split())


def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a list of phrases, the wordy ones matched as whole words (longest first).

    A single leading \\b (rather than a lookbehind per phrase) keeps the regex engine's
    first-character scan: about ten times faster.
    """
    ordered = sorted(markers, key=len, reverse=True)
    words = [re.escape(m) + (r"(?!\w)" if m[-1].isalnum() else "") for m in ordered if m[0].isalnum()]
    symbols = [re.escape(m) for m in ordered if not m[0].isalnum()]
    return re.compile(r"\b(?:" + "|".join(words) + ")|" + "|".join(symbols))


# --------------------------------------------------------------------------- number words

_FR_0_16 = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
)  # fmt: skip
_EN_0_19 = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_FR_TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,  # Belgium, Switzerland
}  # fmt: skip


def _french_teen(n: int) -> str:
    return _FR_0_16[n] if n <= 16 else "dix-" + _FR_0_16[n - 10]


def _number_words() -> dict[str, int]:
    """Every French and English word for 0..99, hyphenated ("vingt-et-un", "twenty-one")."""
    words = {w: n for n, w in enumerate(_FR_0_16)} | {"zero": 0, "une": 1}
    words |= {_french_teen(n): n for n in (17, 18, 19)}
    words |= {w: n for n, w in enumerate(_EN_0_19)}
    for tens_word, tens in _FR_TENS.items():
        words[tens_word] = tens
        words[f"{tens_word}-et-un"] = words[f"{tens_word}-et-une"] = tens + 1
        words |= {f"{tens_word}-{_FR_0_16[u]}": tens + u for u in range(2, 10)}
    for base_word, base in (("soixante", 60), ("quatre-vingt", 80)):  # 70..79, 90..99
        words |= {f"{base_word}-{_french_teen(n)}": base + n for n in range(10, 20)}
    words["soixante-et-onze"] = 71
    words["quatre-vingt"] = words["quatre-vingts"] = 80
    words |= {f"quatre-vingt-{_FR_0_16[u]}": 80 + u for u in range(1, 10)}
    words["quatre-vingt-une"] = 81
    for tens_word, tens in _EN_TENS.items():
        words[tens_word] = tens
        words |= {f"{tens_word}-{_EN_0_19[u]}": tens + u for u in range(1, 10)}
    return words


# --------------------------------------------------------------------------- quantity lexicon

# Token kinds.
_NUM, _WORD_NUM, _HUNDRED, _COLLECTIVE, _SCALE, _UNIT, _FILLER, _OTHER = range(8)
_NUMBER_KINDS = frozenset((_NUM, _WORD_NUM, _HUNDRED, _COLLECTIVE, _SCALE))

_COLLECTIVES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
    "dozen": 12,
}  # fmt: skip
_SCALE_WORDS = {
    "mille": 3, "thousand": 3, "milliers": 3,
    "million": 6, "millions": 6,
    "milliard": 9, "milliards": 9, "billion": 9, "billions": 9,
}  # fmt: skip
_SCALE_ABBREVIATIONS = {"k": 3, "m": 6, "mn": 6, "mio": 6, "md": 9, "mds": 9, "mrd": 9, "mrds": 9, "bn": 9}
_STANDALONE_SCALES = frozenset({"mille"})  # "mille emplois" needs no number before it

# word -> (unit, power of ten to the base unit, is a unit of measure (not a countable noun))
_UNIT_WORDS: dict[str, tuple[str, int, bool]] = {
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
         "salaries", "etp", "fte", "employees"),
        ("jobs", 0, False),
    ),
    "%": ("ratio", -2, True),
}  # fmt: skip
_FILLER_WORDS = ("de", "d'", "of", "direct", "directs")


def _lexicon(*, for_count: bool) -> dict[str, tuple[int, object]]:
    lexicon: dict[str, tuple[int, object]] = {w: (_WORD_NUM, Decimal(n)) for w, n in _number_words().items()}
    lexicon |= {w: (_HUNDRED, None) for w in ("cent", "cents", "hundred")}
    lexicon |= {w: (_COLLECTIVE, Decimal(n)) for w, n in _COLLECTIVES.items()}
    lexicon |= {w: (_SCALE, Decimal(10) ** p) for w, p in _SCALE_WORDS.items()}
    lexicon |= {w: (_FILLER, None) for w in _FILLER_WORDS}
    if for_count:  # the counted thing is free text; only units of measure are refused
        lexicon |= {w: (_UNIT, u) for w, u in _UNIT_WORDS.items() if u[2]}
    else:
        lexicon |= {w: (_SCALE, Decimal(10) ** p) for w, p in _SCALE_ABBREVIATIONS.items()}
        lexicon |= {w: (_UNIT, u) for w, u in _UNIT_WORDS.items()}
    return lexicon


_QUANTITY_LEXICON = _lexicon(for_count=False)
_COUNT_LEXICON = _lexicon(for_count=True)

_APPROX_MARKERS = _marker_pattern((
    "environ", "env.", "près de", "près d'", "pres de", "pres d'", "presque", "quasiment",
    "plus de", "plus d'", "+ de", "au moins", "jusqu'à", "jusqu'a", "quelque", "autour de",
    "de l'ordre de", "à peu près", "moins de", "moins d'", "approximativement",
    "about", "around", "nearly", "almost", "over", "more than", "up to", "some", "at least",
    "less than", "approximately", "approx.", "approx", "roughly", "circa",
    "~", "≈", ">=", "<=", "≥", "≤", ">", "<",
))  # fmt: skip

# "6 × 910 MWe": a whole multiplier in front of the number.
_MULTIPLIER = re.compile(r"(?<![\d.,])(\d+) ?[×x*] ?(?=\d)")

# Phrases rewritten to single tokens before tokenizing; each guarded by a cheap substring test.
_NOT_AFTER_A_LETTER = r"(?<![^\W\d_])"  # like \b, but "80pour cent" glued to digits is fine
_PERCENT_PHRASE = re.compile(_NOT_AFTER_A_LETTER + r"(?:pour ?cent|per ?cent)\b")
_SQUARE_PHRASE = re.compile(
    _NOT_AFTER_A_LETTER + r"(?:square (?P<k1>kilo)?met(?:re|er)s?|sq\.? ?(?P<k2>k)?m|sqm"
    r"|(?P<k3>kilo)?m[èe]tres? carr[ée]s?)(?!\w)"
)
_A_BEFORE_SCALE = re.compile(r"(?<!\w)a (?=(?:dozen|hundred|thousand|million|billion)\b)")
_FR_TENS_ET = re.compile(r"\b(vingt|trente|quarante|cinquante|soixante) et (une?|onze)\b")
_EN_TENS_UNITS = re.compile(rf"\b({'|'.join(_EN_TENS)}) ({'|'.join(_EN_0_19[1:10])})\b")


def _square_unit(match: re.Match[str]) -> str:
    return " km2 " if match["k1"] or match["k2"] or match["k3"] else " m2 "


def _rewrite_phrases(s: str) -> str:
    if "cent" in s:
        s = _PERCENT_PHRASE.sub(" % ", s)
    if "carr" in s or "sq" in s:
        s = _SQUARE_PHRASE.sub(_square_unit, s)
    if "a " in s:
        s = _A_BEFORE_SCALE.sub("one ", s)
    if " et " in s:
        s = _FR_TENS_ET.sub(r"\1-et-\2", s)
    if "ty " in s:
        s = _EN_TENS_UNITS.sub(r"\1-\2", s)
    return s


_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?: \d{3})+(?!\d)(?:[.,]\d+)*|\d+(?:[.,]\d+)*)"  # "26 000", "1,5", "2026"
    r"|(?P<word>k?m2(?!\d)|[^\W\d_]+(?:-[^\W\d_]+)*'?)"  # words incl. m², d', vingt-cinq
    r"|(?P<sym>\S)"  # €, %, anything else
)

_Token = tuple[int, object, str]  # (kind, value, raw text)


def _read_decimal(raw: str) -> Decimal:
    digits = raw.replace(" ", "")
    separators = digits.count(",") + digits.count(".")
    if separators > 1:
        raise _Unreadable(
            f'ambiguous number "{raw}" (a comma or a point is a decimal separator; group thousands with spaces)'
        )
    return Decimal(digits.replace(",", ".")) if separators else Decimal(digits)


def _tokenize(s: str, lexicon: dict[str, tuple[int, object]]) -> list[_Token]:
    """Numbers and known words as (kind, value, raw); fillers and lone dots are dropped."""
    tokens = []
    for number, word, symbol in _TOKEN.findall(s):  # findall: no match objects, faster
        if number:
            tokens.append((_NUM, _read_decimal(number), number))
            continue
        raw = word or symbol
        entry = lexicon.get(raw)
        if entry is None:
            if raw != ".":  # abbreviation dots: "Md.", "env."
                tokens.append((_OTHER, None, raw))
        elif entry[0] != _FILLER:
            tokens.append((entry[0], entry[1], raw))
    return tokens


def _combine_number(run: list[_Token]) -> tuple[Decimal, bool]:
    """The value of a run of number tokens: "1,5 milliard", "deux cent mille", "une trentaine".

    Returns the value and whether a collective numeral made it approximate.
    """
    total = Decimal(0)
    group: Decimal | None = None  # the part below the current scale
    last_scale: Decimal | None = None
    approximate = False
    previous: tuple[int, object] | None = None
    for kind, value, raw in run:
        _check_sequence(previous, kind, raw, has_digits=run[0][0] == _NUM)
        if kind == _NUM:
            group = value
        elif kind == _WORD_NUM:
            group = (group or 0) + value
        elif kind == _HUNDRED:
            group = (1 if group is None else group) * 100
        elif kind == _COLLECTIVE:
            group = value
            approximate = True
        else:  # a scale applies to the group, or to everything when it is the largest yet
            if last_scale is None or value > last_scale:
                base = total + group if group is not None else (total or 1)
                total = base * value
            else:
                total += (1 if group is None else group) * value
            last_scale, group = value, None
        previous = (kind, value)
    return total + (group or 0), approximate


def _check_sequence(previous: tuple[int, object] | None, kind: int, raw: str, *, has_digits: bool) -> None:
    """Refuse what no one writes: "30 40", "1,5 million deux", "1 cent", "vingt centaine"."""
    previous_kind = previous[0] if previous else None
    if kind == _NUM and previous is not None:
        raise _Unreadable(f'more than one number ("{raw}")')
    if kind in (_WORD_NUM, _HUNDRED, _COLLECTIVE) and has_digits:
        raise _Unreadable(f'digits and the number word "{raw}" together')
    if kind == _WORD_NUM and previous_kind not in (None, _HUNDRED, _SCALE):
        raise _Unreadable(f'more than one number ("{raw}")')
    if kind == _HUNDRED and previous_kind not in (None, _WORD_NUM, _SCALE):
        raise _Unreadable(f'cannot read "{raw}" here')
    if kind == _COLLECTIVE and previous is not None and previous != (_WORD_NUM, 1):  # "une trentaine"
        raise _Unreadable(f'cannot read "{raw}" here (une {raw}, a {raw})')
    if kind == _SCALE:
        if raw in _SCALE_ABBREVIATIONS and previous_kind != _NUM:  # "75 M€", not "un M€"
            raise _Unreadable(f'the abbreviation "{raw}" needs a number in digits before it')
        if previous is None and raw not in _STANDALONE_SCALES:
            raise _Unreadable(f'no number before "{raw}"')


def _read_number(tokens: list[_Token]) -> tuple[Decimal, bool, int, int]:
    """The one number in the tokens: (value, approximate, first index, last index)."""
    positions = [i for i, token in enumerate(tokens) if token[0] in _NUMBER_KINDS]
    if not positions:
        raise _Unreadable("no number")
    first, last = positions[0], positions[-1]
    if last - first + 1 != len(positions):
        numbers = [tokens[i][2] for i in positions]
        raise _Unreadable(f"more than one number ({', '.join(numbers)})")
    value, approximate = _combine_number(tokens[first : last + 1])
    return value, approximate, first, last


@lru_cache(maxsize=_CACHE_SIZE)
def _cached_quantity(text: str, expected_unit: str | None) -> Quantity:
    s = _clean(text)
    if not s:
        raise _Unreadable("empty text")
    s, markers = _APPROX_MARKERS.subn(" ", s)
    s, multiplier = _strip_multiplier(s)
    tokens = _tokenize(_rewrite_phrases(s), _QUANTITY_LEXICON)
    number, collective, first, last = _read_number(tokens)
    unit, power = _read_unit(tokens, first, last, expected_unit)
    if unit != "EUR":
        abbreviation = next((t[2] for t in tokens[first : last + 1] if t[2] in _SCALE_ABBREVIATIONS), None)
        if abbreviation:
            raise _Unreadable(f'the abbreviation "{abbreviation}" is only read for euros; write the word')
    value = (number * multiplier).scaleb(power)  # exact decimal arithmetic...
    _check_range(value, unit)
    return Quantity(float(value), unit, bool(markers) or collective)  # ...rounded once: "0,1 %" = 0.001


def _strip_multiplier(s: str) -> tuple[str, int]:
    if "×" not in s and "x" not in s and "*" not in s:  # the common case, without a regex
        return s, 1
    matches = _MULTIPLIER.findall(s)
    if not matches:
        return s, 1
    if len(matches) > 1:
        raise _Unreadable("more than one multiplication")
    return _MULTIPLIER.sub("", s), int(matches[0])


def _read_unit(tokens: list[_Token], first: int, last: int, expected_unit: str | None) -> tuple[str, int]:
    """The unit and its power of ten; a currency may stand before the number, others after."""
    unknown = [t[2] for t in tokens if t[0] == _OTHER]
    if unknown:
        raise _Unreadable(f'unknown unit or word "{unknown[0]}"')
    units = [(i, t) for i, t in enumerate(tokens) if t[0] == _UNIT]
    if len(units) > 1:
        raise _Unreadable(f"more than one unit ({', '.join(t[2] for _, t in units)})")
    if not units:
        if expected_unit is None:
            raise _Unreadable("no unit (pass expected_unit to read a bare number)")
        return expected_unit, 0
    position, (_, unit_entry, raw) = units[0]
    unit, power, _is_measure = unit_entry
    if position < first and unit != "EUR":
        raise _Unreadable(f'the unit "{raw}" stands before the number')
    if expected_unit is not None and unit != expected_unit:
        raise _Unreadable(f"the unit is {unit}, expected {expected_unit}")
    return unit, power


def _check_range(value: Decimal, unit: str) -> None:
    if not value.is_finite() or value > _LARGEST:
        raise _Unreadable("the number is too large")
    if unit == "ratio" and not 0 <= value <= 1:
        raise _Unreadable("a ratio must be between 0 and 1 (0 to 100 %)")
    if unit == "jobs" and value != value.to_integral_value():
        raise _Unreadable("a number of jobs must be whole")


# --------------------------------------------------------------------------- counts


@lru_cache(maxsize=_CACHE_SIZE)
def _cached_count(text: str) -> Count:
    s = _clean(text)
    if not s:
        raise _Unreadable("empty text")
    s, markers = _APPROX_MARKERS.subn(" ", s)
    tokens = _tokenize(_rewrite_phrases(s), _COUNT_LEXICON)
    number, collective, _, _ = _read_number(tokens)
    units = [t[2] for t in tokens if t[0] == _UNIT]
    if units:
        raise _Unreadable(f'"{units[0]}" is a unit: this is a quantity, not a count')
    if number != number.to_integral_value():
        raise _Unreadable("a count must be a whole number")
    return Count(int(number), bool(markers) or collective)


# --------------------------------------------------------------------------- periods

_MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1,
    "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "août": 8, "aout": 8, "aoû": 8, "august": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "december": 12, "dec": 12,
}  # fmt: skip
_ORDINALS = {
    **dict.fromkeys(("premier", "première", "premiere", "1er", "1re", "1ère", "first", "1st"), 1),
    **dict.fromkeys(("second", "seconde", "deuxième", "deuxieme", "2e", "2ème", "2eme", "2nd"), 2),
    **dict.fromkeys(("troisième", "troisieme", "3e", "3ème", "3eme", "third", "3rd"), 3),
    **dict.fromkeys(("quatrième", "quatrieme", "4e", "4ème", "4eme", "fourth", "4th"), 4),
    **dict.fromkeys(("dernier", "last"), 4),  # last quarter (a "last semester" is refused below)
}  # fmt: skip
# Part of a year or a month -> "early" | "mid" | "late".
_PARTS = {
    **dict.fromkeys(("début", "debut", "early", "beginning", "start"), "early"),
    **dict.fromkeys(("mi", "mid", "milieu", "middle"), "mid"),
    **dict.fromkeys(("fin", "late", "end"), "late"),
}
_PART_OF_YEAR_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_PART_OF_MONTH_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_SEASONS = {
    **dict.fromkeys(("printemps", "spring"), (3, 5)),
    **dict.fromkeys(("été", "ete", "summer"), (6, 8)),
    **dict.fromkeys(("automne", "autumn", "fall"), (9, 11)),
}

# Leading words that do not change the span ("en 2028", "à partir de 2030", "d'ici fin 2026").
_PERIOD_PREFIX_WORDS = (
    "à partir de", "à partir du", "a partir de", "a partir du", "à compter de", "à compter du",
    "dans le courant de", "dans le courant du", "au cours de", "au cours du", "d'ici à", "d'ici a",
    "d'ici", "courant", "dès", "en", "au", "à", "le", "la", "du", "de", "des", "entre", "vers",
    "pour", "prévu", "prévue", "environ", "année", "in", "on", "at", "the", "by", "from",
    "during", "starting", "as of", "as from", "for", "around", "about", "circa", "between",
    "year", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
_PERIOD_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in sorted(_PERIOD_PREFIX_WORDS, key=len, reverse=True)) + r") "
    r"|(?:d'|l'))+"
)

_ABBREVIATION_DOT = re.compile(r"(?<=[^\W\d_])\.")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = f"(?P<month>{_alternation(_MONTHS)})"
_ORDINAL = f"(?P<ordinal>{_alternation(_ORDINALS)})"
_PART = f"(?P<part>{_alternation(_PARTS)})"
_YEAR = r"(?P<year>\d{4})"
_OF = r"(?:(?:de|du|of|the|d'|l'|année|year) ?)*"  # "fin de l'année 2026", "end of the year 2026"

_DAY_SUFFIX = "(?:er|re|ère|e|st|nd|rd|th)?"

_Span = tuple[dt.date, dt.date]  # (start, end), inclusive
_Match = re.Match[str]


def _year(match: _Match) -> int:
    year = int(match["year"])
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise _Unreadable(f"year {year} is outside {_MIN_YEAR}-{_MAX_YEAR}")
    return year


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def _day(year: int, month: int, day: int) -> tuple[dt.date, dt.date]:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise _Unreadable(f"no such date {year}-{month:02d}-{day:02d}") from None
    return date, date


def _whole_year(m: _Match) -> _Span:
    return _months(_year(m), 1, 12)


def _iso_date(m: _Match) -> _Span:
    return _day(_year(m), int(m["month"]), int(m["day"]))


def _iso_month(m: _Match) -> _Span | None:
    month = int(m["month"])  # "2027-28" is no month: fall through to the range reading
    return _months(_year(m), month, month) if 1 <= month <= 12 else None


def _named_month(m: _Match) -> _Span:
    month = _MONTHS[m["month"]]
    return _months(_year(m), month, month)


def _named_day(m: _Match) -> _Span:
    day = 1 if m["day"] == "premier" else int(m["day"])  # "1er" is read as 1 + suffix "er"
    return _day(_year(m), _MONTHS[m["month"]], day)


def _part_of_year(m: _Match) -> _Span:
    return _months(_year(m), *_PART_OF_YEAR_MONTHS[_PARTS[m["part"]]])


def _part_of_month(m: _Match) -> _Span:
    year, month = _year(m), _MONTHS[m["month"]]
    first, last = _PART_OF_MONTH_DAYS[_PARTS[m["part"]]]
    last = min(last, calendar.monthrange(year, month)[1])
    return dt.date(year, month, first), dt.date(year, month, last)


def _semester(m: _Match) -> _Span:
    number = _ORDINALS[m["ordinal"]] if m["ordinal"] else int(m["number"])  # "2e" or S2
    if number > 2 or m["ordinal"] in ("dernier", "last"):
        raise _Unreadable(f'no semester "{m["ordinal"] or m["number"]}"')
    return _months(_year(m), 6 * number - 5, 6 * number)


def _quarter(m: _Match) -> _Span:
    number = _ORDINALS[m["ordinal"]] if m["ordinal"] else int(m["number"])
    return _months(_year(m), 3 * number - 2, 3 * number)


def _season(m: _Match) -> _Span:
    return _months(_year(m), *_SEASONS[m["season"]])


def _winter(m: _Match) -> _Span:
    raise _Unreadable("winter spans two years; give the months")


_SEMESTER_CODE = r"[sh](?P<number>[12])"  # S1, H2
_QUARTER_CODE = r"[tq](?P<number>[1-4])"  # T3, Q4

# Forms of a single period, each matched against the whole cleaned text; split by whether the
# text starts with a digit so that a text is tried against half of them.
_DIGIT_FORMS = [
    (re.compile(_YEAR), _whole_year),
    (re.compile(rf"{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})"), _iso_date),
    (re.compile(rf"{_YEAR}-(?P<month>\d{{2}})"), _iso_month),
    (re.compile(rf"(?P<day>\d{{1,2}})([/.-])(?P<month>\d{{1,2}})\2{_YEAR}"), _iso_date),  # day first
    (re.compile(rf"(?P<month>\d{{1,2}})/{_YEAR}"), _iso_month),
    (re.compile(rf"(?P<day>\d{{1,2}}){_DAY_SUFFIX} {_MONTH} {_YEAR}"), _named_day),
    (re.compile(rf"{_ORDINAL} (?:semestre|semester|half) {_OF}{_YEAR}"), _semester),  # "2e semestre"
    (re.compile(rf"{_ORDINAL} (?:trimestre|quarter) {_OF}{_YEAR}"), _quarter),
    (re.compile(rf"{_YEAR}[ /-]?{_SEMESTER_CODE}(?P<ordinal>)"), _semester),  # "2026-S1"
    (re.compile(rf"{_YEAR}[ /-]?{_QUARTER_CODE}(?P<ordinal>)"), _quarter),
]
_WORD_FORMS = [
    (re.compile(rf"{_MONTH} {_YEAR}"), _named_month),
    (re.compile(rf"(?P<day>premier) {_MONTH} {_YEAR}"), _named_day),
    (re.compile(rf"{_MONTH} (?P<day>\d{{1,2}}){_DAY_SUFFIX} {_YEAR}"), _named_day),
    (re.compile(rf"{_PART}[ -]{_OF}{_YEAR}"), _part_of_year),  # "fin 2026", "mi-2026"
    (re.compile(rf"{_PART}[ -]{_OF}{_MONTH} {_YEAR}"), _part_of_month),  # "mi-juin 2026"
    (re.compile(rf"(?:{_ORDINAL} (?:semestre|semester|half)|{_SEMESTER_CODE}) {_OF}{_YEAR}"), _semester),
    (re.compile(rf"{_SEMESTER_CODE}[/-]{_YEAR}(?P<ordinal>)"), _semester),  # "S1-2026"
    (re.compile(rf"(?:{_ORDINAL} (?:trimestre|quarter)|{_QUARTER_CODE}) {_OF}{_YEAR}"), _quarter),
    (re.compile(rf"{_QUARTER_CODE}[/-]{_YEAR}(?P<ordinal>)"), _quarter),  # "Q1/2026"
    (re.compile(rf"(?P<season>{_alternation(_SEASONS)}) {_OF}{_YEAR}"), _season),
    (re.compile(rf"(?:hiver|winter) {_OF}{_YEAR}"), _winter),
]

_RANGE_SEPARATOR = re.compile(r" ?[–—/-] ?| (?:à|a|au|to|until|till|through|jusqu'à|jusqu'a|jusqu'en|jusqu'au|et|and) ")
_ANY_YEAR = re.compile(r"\d{4}")
_TWO_DIGITS = re.compile(r"\d{2}")


def _tidy_period_text(text: str) -> str:
    s = _clean(text)
    if "." in s:
        s = _ABBREVIATION_DOT.sub("", s)  # "févr." -> "févr"; dates like 12.02.2026 keep theirs
    if "," in s:
        s = " ".join(s.replace(",", " ").split())  # "February 12, 2026"
    return s


def _single_period(s: str) -> _Span | None:
    """The span of one period (no range), or None when no form matches."""
    s = s.strip()
    if s and not s[0].isdigit():  # no leading word starts with a digit
        s = _PERIOD_PREFIX.sub("", s)
    if not s:
        return None
    for pattern, read in _DIGIT_FORMS if s[0].isdigit() else _WORD_FORMS:
        match = pattern.fullmatch(s)
        if match:
            span = read(match)
            if span is not None:
                return span
    return None


def _period_range(s: str) -> _Span | None:
    """A range "A - B": start of A to end of B; B may be "28" after "2027", and A may borrow
    the end of B ("septembre-octobre 2025", "du 12 au 15 mars 2026")."""
    for separator in _RANGE_SEPARATOR.finditer(s):
        left, right = s[: separator.start()].strip(), s[separator.end() :].strip()
        if not left or not right:
            continue
        first = _single_period(left)
        if first is not None and _TWO_DIGITS.fullmatch(right):
            right = str(first[0].year // 100 * 100 + int(right))
        last = _single_period(right)
        if last is None:
            continue
        if first is None and not _ANY_YEAR.search(left):
            first = _borrowing_period(left, right)
        if first is None:
            continue
        if last[1] < first[0]:
            raise _Unreadable("the range ends before it starts")
        return first[0], last[1]
    return None


def _borrowing_period(left: str, right: str) -> _Span | None:
    """`left` completed by the last words of `right`: "12" + "mars 2026", "septembre" + "2025"."""
    words = right.split()
    for count in range(1, len(words)):  # never the whole of `right`: "S1-2026" is no range
        span = _single_period(f"{left} {' '.join(words[-count:])}")
        if span is not None:
            return span
    return None


@lru_cache(maxsize=_CACHE_SIZE)
def _cached_period(text: str) -> Period:
    s = _tidy_period_text(text)
    if not s:
        raise _Unreadable("empty text")
    span = _single_period(s) or _period_range(s)
    if span is None:
        raise _Unreadable("unknown date form" if _ANY_YEAR.search(s) else "no year")
    return Period(*span)
