"""Reading numbers the way the source's language writes them, in digits or in words.

Shared by quantities and counts: the number words, the locale-aware reading of digits,
the tokenizer, approximation markers and the split of a range "300 à 500" into its ends.
"""

from __future__ import annotations

import re
from decimal import Decimal

from dashboard.domain.normalize.text import Unreadable, marker_pattern

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


# --------------------------------------------------------------------------- lexicon

# Token kinds.
# Ordered: the kinds below FILLER are kept as they are; RANGE and after join the ends of a range.
NUM, WORD_NUM, HUNDRED, COLLECTIVE, SCALE, UNIT, FILLER, OTHER, RANGE, RANGE_START, AND, REFUSED = range(12)
NUMBER_KINDS = frozenset((NUM, WORD_NUM, HUNDRED, COLLECTIVE, SCALE))

COLLECTIVES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
    "dozen": 12,
}  # fmt: skip
_SCALE_WORDS = {
    "mille": 3, "thousand": 3, "milliers": 3,
    "million": 6, "millions": 6,
    "milliard": 9, "milliards": 9, "billion": 9, "billions": 9,
}  # fmt: skip
SCALE_ABBREVIATIONS = {"k": 3, "m": 6, "mn": 6, "mio": 6, "md": 9, "mds": 9, "mrd": 9, "mrds": 9, "bn": 9, "b": 9}
_STANDALONE_SCALES = frozenset({"mille"})  # "mille emplois" needs no number before it
# Words between a number and its unit that do not change what is counted: "400 permanent skilled
# jobs", "2 400 emplois pérennes" (the intake proposes such values as written; the build reads them).
_FILLER_WORDS = ("de", "d'", "of", "direct", "directs", "permanent", "permanents", "pérenne", "pérennes", "perenne",
                 "perennes", "nouveaux", "new", "full-time", "skilled", "qualifiés", "qualifies", "qualified",
                 "equivalent", "équivalent", "équivalents", "equivalents")  # '300 full-time equivalent jobs'
_RANGE_WORDS = ("-", "–", "—", "à", "to")  # "300-500 MW", "300 à 500 MW", "300 to 500 MW"
_RANGE_STARTS = ("entre", "between", "from")  # "entre 300 et 500", "between 1 and 1.5", "from 2 to 3"

_Entry = tuple[int, object]
Lexicon = dict[str, _Entry]


def number_lexicon() -> Lexicon:
    """Number words, collectives, scale words, fillers and range words (no units)."""
    lexicon: Lexicon = {w: (WORD_NUM, Decimal(n)) for w, n in _number_words().items()}
    lexicon |= {w: (HUNDRED, None) for w in ("cent", "cents", "hundred")}
    lexicon |= {w: (COLLECTIVE, Decimal(n)) for w, n in COLLECTIVES.items()}
    lexicon |= {w: (SCALE, Decimal(10) ** p) for w, p in _SCALE_WORDS.items()}
    lexicon |= {w: (FILLER, None) for w in _FILLER_WORDS}
    lexicon |= {w: (RANGE, None) for w in _RANGE_WORDS}
    lexicon |= {w: (RANGE_START, None) for w in _RANGE_STARTS}
    lexicon |= {w: (AND, None) for w in ("et", "and")}
    return lexicon


def scale_abbreviations() -> Lexicon:
    return {w: (SCALE, Decimal(10) ** p) for w, p in SCALE_ABBREVIATIONS.items()}


# --------------------------------------------------------------------------- approximation

APPROX_MARKERS = marker_pattern((
    "environ", "env.", "près de", "près d'", "pres de", "pres d'", "presque", "quasiment",
    "plus de", "plus d'", "+ de", "au moins", "jusqu'à", "jusqu'a", "quelque", "autour de",
    "de l'ordre de", "à peu près", "moins de", "moins d'", "approximativement",
    "un peu plus de", "un peu plus d'", "un peu moins de", "un peu moins d'", "a little over",
    "a little more than", "slightly more than", "slightly over", "slightly less than",
    "supérieur à", "supérieure à", "supérieurs à", "supérieures à", "superieur à", "superieur a",
    "inférieur à", "inférieure à", "inférieurs à", "inférieures à", "au-delà de", "au delà de",
    "au maximum", "au minimum", "au plus", "maximum", "minimum", "estimé à", "estimée à", "estimés à", "estimées à",
    "about", "around", "nearly", "almost", "over", "more than", "up to", "some", "at least",
    "less than", "approximately", "approx.", "approx", "roughly", "circa", "above", "below",
    "under", "in excess of", "upwards of", "at most", "an estimated", "estimated at", "just over",
    "just under", "~", "≈", ">=", "<=", "≥", "≤", ">", "<",
))  # fmt: skip

# --------------------------------------------------------------------------- phrases and tokens

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
_COMPOUND_HYPHEN = re.compile(r"(?<=\d)-(?=[^\W\d_])")  # "a 1-GW campus", "467-emplois": no range


def _square_unit(match: re.Match[str]) -> str:
    return " km2 " if match["k1"] or match["k2"] or match["k3"] else " m2 "


def rewrite_phrases(s: str) -> str:
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
    if "-" in s:
        s = _COMPOUND_HYPHEN.sub(" ", s)
    return s



_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?: \d{3})+(?!\d)(?:[.,]\d+)*|\d+(?:[.,]\d+)*)"  # "26 000", "1,5", "2026"
    r"|(?P<word>k?m2(?!\d)|[^\W\d_]+(?:-[^\W\d_]+)*'?)"  # words incl. m², d', vingt-cinq
    r"|(?P<sym>\S)"  # €, %, anything else
)

Token = tuple[int, object, str]  # (kind, value, raw text)

# Locale shapes of a number once its space groups are removed (see read_decimal).
_EN_NUMBER = re.compile(r"(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?")
_FR_POINT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_FR_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_FR_AMBIGUOUS_COMMA = re.compile(r"[1-9]\d{0,2},\d{3}")


def read_decimal(raw: str, lang: str) -> Decimal:
    """A number in digits as the source's language writes it.

    English: a comma groups thousands in threes ("20,000"), a point is decimal ("1.5").
    French: a comma is decimal ("1,5"); thousands are grouped by spaces (already one space
    here) or by points before groups of exactly three digits ("1.500" = 1500); a lone point is
    read as decimal too ("1.5"). "20,000" (a comma before exactly three digits) is refused as
    ambiguous: a French writer means 20, a copied English figure 20 000.
    """
    digits = raw.replace(" ", "")
    if "," not in digits and "." not in digits:
        return Decimal(digits)
    spaced = len(digits) != len(raw)
    if lang == "fr" and "." not in digits and digits.count(",") == 1:  # "1,5", "1 234,56": the common case
        comma = digits.index(",")  # the token pattern guarantees digits on both sides
        if spaced or len(digits) - comma != 4 or comma > 3 or digits[0] == "0":
            return Decimal(digits.replace(",", "."))
    if lang == "en":
        if spaced and "," in digits or not _EN_NUMBER.fullmatch(digits):
            raise Unreadable(
                f'"{raw}" is not an English number: a comma groups thousands in threes (20,000) '
                "and a point is the decimal separator (1.5)"
            )
        return Decimal(digits.replace(",", ""))
    if not spaced and _FR_POINT_THOUSANDS.fullmatch(digits):  # "1.500", "1.500.000,5"
        return Decimal(digits.replace(".", "").replace(",", "."))
    if not spaced and _FR_AMBIGUOUS_COMMA.fullmatch(digits):
        thousands, decimal = digits.replace(",", " "), Decimal(digits.replace(",", ".")).normalize()
        raise Unreadable(
            f'"{raw}" is ambiguous in French ({thousands}, or {str(decimal).replace(".", ",")} with a decimal '
            f'comma?): write thousands with a space ("{thousands}"); if the source is English, read it with lang="en"'
        )
    if not _FR_NUMBER.fullmatch(digits):
        raise Unreadable(
            f'ambiguous number "{raw}" (in French a comma is the decimal separator; '
            "group thousands with spaces)"
        )
    return Decimal(digits.replace(",", "."))


def tokenize(s: str, lexicon: Lexicon, lang: str) -> tuple[list[Token], bool]:
    """Numbers and known words as (kind, value, raw), and whether a range word is among them.

    Fillers and lone dots are dropped; a refused unit raises at once.
    """
    tokens: list[Token] = []
    append = tokens.append
    ranged = False
    for number, word, symbol in _TOKEN.findall(s):  # findall: no match objects, faster
        if number:
            append((NUM, read_decimal(number, lang), number))
            continue
        raw = word or symbol
        entry = lexicon.get(raw)
        if entry is None:
            if raw != ".":  # abbreviation dots: "Md.", "env."
                append((OTHER, None, raw))
        elif entry[0] < FILLER:  # numbers and units: the common case first
            append((entry[0], entry[1], raw))
        elif entry[0] == REFUSED:
            raise Unreadable(str(entry[1]))
        elif entry[0] != FILLER:
            append((entry[0], entry[1], raw))
            ranged = True
    return tokens, ranged


# --------------------------------------------------------------------------- ranges


def split_range(tokens: list[Token], *, free_words: bool = False) -> tuple[list[Token], list[Token] | None]:
    """(tokens, None) for one number; (low side, high side) for "300 à 500", "entre 1 et 2".

    Called only when `tokenize` saw a range word.

    With `free_words` (counts: "8 sites à Dunkerque"), a range word joins two ends only
    between two numbers; elsewhere it is an ordinary word.
    """
    kinds = [t[0] for t in tokens]
    if free_words:
        kinds = [
            OTHER if kind in (RANGE, AND) and not _between_numbers(kinds, i) else kind for i, kind in enumerate(kinds)
        ]
        tokens = [(kind, *token[1:]) for kind, token in zip(kinds, tokens, strict=True)]
    opened = RANGE_START in kinds  # "entre" / "between" / "from": "et" / "and" then join the ends
    separators = [i for i, kind in enumerate(kinds) if kind == RANGE or (opened and kind == AND)]
    kept = [i for i, kind in enumerate(kinds) if kind not in (RANGE_START, AND) or i in separators]
    if not separators:
        if opened and not free_words:
            raise Unreadable("a range needs two numbers (entre 300 et 500, between 1 and 2)")
        return [tokens[i] for i in kept], None
    if len(separators) > 1:
        raise Unreadable(f"more than one range ({', '.join(tokens[i][2] for i in separators)})")
    cut = separators[0]
    low = [tokens[i] for i in kept if i < cut]
    high = [tokens[i] for i in kept if i > cut]
    for side, where in ((low, "before"), (high, "after")):
        if not any(t[0] in NUMBER_KINDS for t in side):
            raise Unreadable(f'no number {where} "{tokens[cut][2]}" (a range needs a number on each side)')
    return low, high


def _between_numbers(kinds: list[int], i: int) -> bool:
    return 0 < i < len(kinds) - 1 and kinds[i - 1] in NUMBER_KINDS and kinds[i + 1] in NUMBER_KINDS


def trailing_scale(run: list[Token]) -> Decimal | None:
    """The scale words that end a number ("35 milliards" -> 10**9), for a range's bare low end."""
    scale = None
    for kind, value, _ in reversed(run):
        if kind != SCALE:
            break
        scale = value if scale is None else scale * value
    return scale


# --------------------------------------------------------------------------- combining number tokens


def combine_number(run: list[Token]) -> tuple[Decimal, bool]:
    """The value of a run of number tokens: "1,5 milliard", "deux cent mille", "une trentaine".

    Returns the value and whether a collective numeral made it approximate.
    """
    total = Decimal(0)
    group: Decimal | None = None  # the part below the current scale
    last_scale: Decimal | None = None
    approximate = False
    previous: tuple[int, object] | None = None
    for kind, value, raw in run:
        _check_sequence(previous, kind, raw, has_digits=run[0][0] == NUM)
        if kind == NUM:
            group = value
        elif kind == WORD_NUM:
            group = (group or 0) + value
        elif kind == HUNDRED:
            group = (1 if group is None else group) * 100
        elif kind == COLLECTIVE:
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
    if kind == NUM and previous is not None:
        raise Unreadable(f'more than one number ("{raw}")')
    if kind in (WORD_NUM, HUNDRED, COLLECTIVE) and has_digits:
        raise Unreadable(f'digits and the number word "{raw}" together')
    if kind == WORD_NUM and previous_kind not in (None, HUNDRED, SCALE):
        raise Unreadable(f'more than one number ("{raw}")')
    if kind == HUNDRED and previous_kind not in (None, WORD_NUM, SCALE):
        raise Unreadable(f'cannot read "{raw}" here')
    if kind == COLLECTIVE and previous is not None and previous != (WORD_NUM, 1):  # "une trentaine"
        raise Unreadable(f'cannot read "{raw}" here (une {raw}, a {raw})')
    if kind == SCALE:
        if raw in SCALE_ABBREVIATIONS and previous_kind != NUM:  # "75 M€", not "un M€"
            raise Unreadable(f'the abbreviation "{raw}" needs a number in digits before it')
        if previous is None and raw not in _STANDALONE_SCALES:
            raise Unreadable(f'no number before "{raw}"')


def read_number(tokens: list[Token]) -> tuple[Decimal, bool, int, int]:
    """The one number in the tokens: (value, approximate, first index, last index)."""
    positions = [i for i, token in enumerate(tokens) if token[0] in NUMBER_KINDS]
    if not positions:
        raise Unreadable("no number")
    first, last = positions[0], positions[-1]
    if last - first + 1 != len(positions):
        numbers = [tokens[i][2] for i in positions]
        raise Unreadable(f"more than one number ({', '.join(numbers)})")
    value, approximate = combine_number(tokens[first : last + 1])
    return value, approximate, first, last

