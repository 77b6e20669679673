"""What every parser of the normalizer shares: the error, the languages, text cleaning."""

from __future__ import annotations

import re
import unicodedata

LANGS = ("fr", "en")  # the language a source is written in decides how its numbers read
CACHE_SIZE = 1 << 16  # real seed values repeat a lot; 65 536 entries is a few MB at most


class NormalizeError(ValueError):
    """A text that cannot be read as the quantity, period or count asked for."""


class Unreadable(Exception):
    """Internal: why a text cannot be read; the public functions add the text itself."""


def failure(what: str, text: object, lang: object, why: Exception) -> Exception:
    """What a parser raises when its cached reader failed on `text` (the hit path stays one lookup).

    The reader checks its arguments (`check_arguments`) on a cache miss; an unhashable text (a
    list, a dict...) never reaches it, so it is checked here.
    """
    if isinstance(why, Unreadable):
        return NormalizeError(f'cannot read {what} in "{text}": {_explain(str(text), why)}')
    check_arguments(what, text, lang)  # raises for a text that is no string
    return why


_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?[eE][+-]?\d+(?!\w)")


def _explain(text: str, why: Unreadable) -> Unreadable | str:
    """A clearer reason for a text that could not be read, looked for only once it failed."""
    scientific = _SCIENTIFIC.search(text)
    if scientific:  # "1e309" reads as 1, "e", 309: say what it is rather than "more than one number"
        return (
            f'"{scientific[0]}" is scientific notation, which is not read: '
            "write the figure in digits or with a scale word (million, milliard)"
        )
    return why


def check_arguments(what: str, text: object, lang: object) -> None:
    if not isinstance(text, str):
        raise NormalizeError(f"cannot read {what} in {text!r}: not a string ({type(text).__name__})")
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")


class RangeEnds:
    """For a frozen dataclass with `value` and `high`: high defaults to value, never below it."""

    __slots__ = ()
    value: float
    high: float | None
    approximate: bool
    qualifier: str | None

    def __post_init__(self) -> None:
        if self.high is None:
            object.__setattr__(self, "high", self.value)
        elif self.high < self.value:  # the parsers pass both ends
            raise ValueError(f"a range's high end ({self.high}) is below its low end ({self.value})")
        if self.qualifier is None:  # built by hand: the plainest reading of the flags (parsers pass it)
            plain = "range" if self.high != self.value else "approx" if self.approximate else "exact"
            object.__setattr__(self, "qualifier", plain)

    @property
    def low(self) -> float:
        return self.value

    @property
    def is_range(self) -> bool:
        return self.high != self.value


_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4")  # ’ ‘ ʼ ´ -> '


def clean(text: str) -> str:
    """Lower case, NFC accents, straight apostrophes, every run of whitespace as one space.

    str.split() splits on U+00A0 and U+202F too, so thousands groups become "26 000".
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        for apostrophe in _APOSTROPHES:  # str.replace beats str.translate on short texts
            if apostrophe in text:
                text = text.replace(apostrophe, "'")
    return " ".join(text.lower().split())


def marker_pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a list of phrases, the wordy ones matched as whole words (longest first).

    A single leading \\b (rather than a lookbehind per phrase) keeps the regex engine's
    first-character scan: about ten times faster.
    """
    ordered = sorted(markers, key=len, reverse=True)
    words = [re.escape(m) + (r"(?!\w)" if m[-1].isalnum() else "") for m in ordered if m[0].isalnum()]
    symbols = [re.escape(m) for m in ordered if not m[0].isalnum()]
    return re.compile(r"\b(?:" + "|".join(words) + ")|" + "|".join(symbols))
