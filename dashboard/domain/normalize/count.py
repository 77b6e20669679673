"""Counts: "huit data centers", "une dizaine de sites", "10 à 15 projets"."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dashboard.domain.normalize import numbers as num
from dashboard.domain.normalize.qualifier import qualifier_of, split_projection
from dashboard.domain.normalize.quantity import REFUSED_UNITS, UNIT_WORDS
from dashboard.domain.normalize.text import CACHE_SIZE, RangeEnds, Unreadable, check_arguments, clean, failure


@dataclass(frozen=True, slots=True)
class Count(RangeEnds):
    """A whole count; a range "10 à 15 sites" has value = low = 10 and high = 15."""

    value: int  # the low end of a range
    approximate: bool = False
    high: int | None = None  # the high end of a range; None (the default) means value
    qualifier: str | None = None  # how the source bounds it (qualifier.QUALIFIERS); None: from the flags
    projection: bool = False  # stated as a target or forecast


# The counted thing is free text; only units of measure are refused.
_LEXICON = (
    num.number_lexicon()
    | {w: (num.UNIT, u) for w, u in UNIT_WORDS.items() if u[2]}
    | REFUSED_UNITS
)


def parse_count(text: object, *, lang: str = "fr") -> Count:
    """Read a plain count such as "huit data centers", "une dizaine de sites" or "10 à 15 sites"."""
    try:
        return _cached_count(text, lang)
    except (Unreadable, TypeError) as why:
        raise failure("a count", text, lang, why) from None


@lru_cache(maxsize=CACHE_SIZE)
def _cached_count(text: str, lang: str) -> Count:
    check_arguments("a count", text, lang)
    s = clean(text)
    if not s:
        raise Unreadable("empty text")
    s, projection = split_projection(s)
    markers = num.APPROX_MARKERS.findall(s)
    s = num.APPROX_MARKERS.sub(" ", s) if markers else s
    tokens, ranged = num.tokenize(num.rewrite_phrases(s), _LEXICON, lang)
    units = [t[2] for t in tokens if t[0] == num.UNIT]
    if units:
        raise Unreadable(f'"{units[0]}" is a unit: this is a quantity, not a count')
    low_tokens, high_tokens = num.split_range(tokens, free_words=True) if ranged else (tokens, None)
    ends = [num.read_number(side) for side in (low_tokens, high_tokens) if side is not None]
    for number, *_ in ends:
        if number != number.to_integral_value():
            raise Unreadable("a count must be a whole number")
    low, high = int(ends[0][0]), int(ends[-1][0])
    if high < low:
        raise Unreadable(f"the range ends below its start ({low} > {high})")
    collective = any(end[1] for end in ends)
    return Count(low, bool(markers) or collective, high, qualifier_of(markers, collective, high != low), projection)
