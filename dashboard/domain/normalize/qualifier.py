"""How a source bounds its figure (the qualifier) and whether it states it as a projection.

    qualifier: "exact"    "240 MW"
               "approx"   "environ 30", "près de 2 000", "une trentaine", "about 30"
               "at_most"  "jusqu'à 700 MW", "up to 10 bn", "au plus", "moins de"
               "at_least" "plus de 73 %", "more than", "over", "au moins"
               "range"    "30 à 35 milliards" (both ends kept; a bound word on a range is kept as range)
    projection: the text says the figure is a target or a forecast ("à terme", "prévu", "expected",
               "once …", "d'ici", "objectif"); the projection words are taken out before reading the number.
"""

from __future__ import annotations

import re

QUALIFIERS = ("exact", "approx", "at_most", "at_least", "range")

# Bound words among the normalizer's approximation markers (numbers.APPROX_MARKERS); every other
# marker (environ, about, près de, ~ …) and the collectives ("une trentaine") are "approx".
AT_MOST_MARKERS = frozenset((
    "jusqu'à", "jusqu'a", "au plus", "au maximum", "maximum", "moins de", "moins d'", "un peu moins de",
    "un peu moins d'", "inférieur à", "inférieure à", "inférieurs à", "inférieures à", "up to", "at most",
    "less than", "slightly less than", "below", "under", "just under", "<", "<=", "≤",
))  # fmt: skip
AT_LEAST_MARKERS = frozenset((
    "plus de", "plus d'", "+ de", "au moins", "au minimum", "minimum", "un peu plus de", "un peu plus d'",
    "supérieur à", "supérieure à", "supérieurs à", "supérieures à", "superieur à", "superieur a",
    "au-delà de", "au delà de", "more than", "over", "at least", "above", "in excess of", "upwards of",
    "a little over", "a little more than", "slightly more than", "slightly over", "just over", ">", ">=", "≥",
))  # fmt: skip

# Projection words, in cleaned (lower-case, straight apostrophe) text. "once …" and "une fois …"
# take the rest of the clause with them ("80 % once Azur moves in"); "d'ici 2030" / "à l'horizon
# 2030" their year.
_PROJECTION = re.compile(
    r"(?:,\s*)?\b(?:"
    r"(?:once|une fois (?:que|qu'))\b.*$"
    r"|(?:d'ici(?: à| a)?|à l'horizon|a l'horizon|by) (?:(?:la )?fin |end of )?\d{4}\b"
    r"|à terme\b|a terme\b|prévu(?:e|s|es)?\b|prevu(?:e|s|es)?\b|expected\b|objectif(?: de)?\b"
    r"|target(?:ed)?(?: of)?\b|projected\b|planned\b|eventually\b|ultimately\b|attendu(?:e|s|es)?\b"
    r")",
)


def split_projection(text: str) -> tuple[str, bool]:
    """The cleaned text without its projection words, and whether there were any."""
    stripped, found = _PROJECTION.subn(" ", text)
    return (" ".join(stripped.replace(" ,", ",").split()).strip(" ,"), True) if found else (text, False)


def qualifier_of(markers: list[str], collective: bool, is_range: bool) -> str:
    """The qualifier from the markers the normalizer found (cleaned text), a collective ("une
    trentaine") and the range. One bound word makes a bound, even on an approximate number
    ("plus d'une centaine" is at least 100); bound words that disagree, or none, are approximate."""
    if is_range:
        return "range"
    bounds = {"at_most" if m in AT_MOST_MARKERS else "at_least" if m in AT_LEAST_MARKERS else "approx"
              for m in markers} - {"approx"}
    if len(bounds) == 1:
        return bounds.pop()
    return "approx" if markers or collective else "exact"
