"""An article's text made plain before it is read: NFKC (full-width digits, ligatures, no-break
spaces to their plain forms; the units' superscripts ² and ³ kept as written) and the invisible characters removed, so that "1<ZWSP>5<ZWSP>0<ZWSP>0"
reads as 1500, never as a "0" after an invisible break.

    cleaned = clean_article(text)     # Cleaned(text, removed=(("\\u200b", 3), ...))

Removed everywhere: format characters (Unicode category Cf: zero-width space and joiners, word
joiner, soft hyphen, byte-order mark, bidi marks, embeddings, overrides and isolates...), the other
default-ignorable ones (fillers, variation selectors, the combining grapheme joiner), control
characters; combining marks right after a digit. Line and paragraph separators (U+2028, U+2029,
NEL, vertical tab, form feed) become line breaks. Linear in the text's length: each distinct
character is looked at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # read as "\n"
_KEPT_CONTROLS = "\t\n\r"
_IGNORABLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0" + "".join(map(chr, range(0xFE00, 0xFE10)))
)  # default-ignorable code points that are not Cf


_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[tuple[str, int], ...] = ()  # (character, how many times), most frequent first


def _invisible(char: str) -> bool:
    category = unicodedata.category(char)
    if category == "Cc":
        return char not in _KEPT_CONTROLS and char not in LINE_BREAKS
    return category == "Cf" or char in _IGNORABLE or 0xE0100 <= ord(char) <= 0xE01EF


def _without_invisible(text: str, removed: Counter[str]) -> str:
    distinct = set(text)
    invisible = {c for c in distinct if _invisible(c)}
    removed.update({c: text.count(c) for c in invisible})
    return text.translate({ord(c): None for c in invisible} | {ord(c): "\n" for c in LINE_BREAKS if c in distinct})


# NFKC would write "m²" as "m2": a value is kept as the article writes it, so the superscripts of
# units stay (the normalizer reads "m²" and "m³").
_UNIT_SUPERSCRIPTS = re.compile("([\u00b2\u00b3])")


def _nfkc_keeping_units(text: str) -> str:
    return "".join(part if _UNIT_SUPERSCRIPTS.fullmatch(part) else unicodedata.normalize("NFKC", part)
                   for part in _UNIT_SUPERSCRIPTS.split(text))


def clean_article(text: str) -> Cleaned:
    """The text to read and what was removed from it (see the module docstring)."""
    if text.isascii() and not _ASCII_CONTROLS.search(text):
        return Cleaned(text)
    removed: Counter[str] = Counter()
    text = _without_invisible(text, removed)  # first, so that the characters are listed as written
    text = _without_invisible(_nfkc_keeping_units(text), removed)
    marks = {c for c in set(text) if unicodedata.category(c) in ("Mn", "Me")}
    if marks:
        after_digit = re.compile(r"(?<=\d)[" + "".join(re.escape(c) for c in marks) + r"]+")
        for match in after_digit.finditer(text):
            removed.update(match.group(0))
        text = after_digit.sub("", text)
    return Cleaned(text, tuple(sorted(removed.items(), key=lambda kv: (-kv[1], kv[0]))))


def describe(removed: tuple[tuple[str, int], ...], names: bool = True) -> str:
    """ "U+200B ZERO WIDTH SPACE × 4, U+00AD SOFT HYPHEN × 1" (names=False: code points only)."""
    def one(char: str, count: int) -> str:
        name = f" {unicodedata.name(char, '')}".rstrip() if names else ""
        return f"U+{ord(char):04X}{name} × {count}"

    return ", ".join(one(char, count) for char, count in removed)
