"""Letters of another script that look Latin ("Аzur Dаtacenter" with two Cyrillic А): read as the
Latin letters they imitate when names are matched, and the words that mix scripts flagged, so a
look-alike name is matched to the site it imitates but never kept without a reviewer's look.

The look-alikes come from Unicode's confusables table (TR39) through `confusable_homoglyphs`;
only Cyrillic and Greek letters with a one-letter Latin look-alike are folded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from confusable_homoglyphs import categories, confusables

FOLDED_SCRIPTS = frozenset({"CYRILLIC", "GREEK"})
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def latin_lookalike(char: str) -> str:
    """The Latin letter a Cyrillic or Greek letter imitates ("А" -> "A", "р" -> "p"), else `char`."""
    if char.isascii() or not char.isalpha() or categories.alias(char) not in FOLDED_SCRIPTS:
        return char
    found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=True) or []
    latin = [h["c"] for entry in found for h in entry["homoglyphs"] if len(h["c"]) == 1 and h["c"].isascii()]
    return latin[0] if latin else char


def _scripts(word: str) -> set[str]:
    return {categories.alias(c) for c in word if c.isalpha()}


def mixed_script_words(text: str) -> list[str]:
    """The words of `text` that mix Latin letters with Cyrillic or Greek ones, in order, once each."""
    words = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not word.isascii() and "LATIN" in (scripts := _scripts(word)) and scripts & FOLDED_SCRIPTS:
            if word not in words:
                words.append(word)
    return words


def foreign_letters(word: str) -> list[str]:
    """The Cyrillic or Greek letters of a word, once each, in order: what a reader cannot see."""
    letters = [c for c in word if c.isalpha() and categories.alias(c) in FOLDED_SCRIPTS]
    return list(dict.fromkeys(letters))
