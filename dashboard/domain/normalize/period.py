"""Periods: a year, month or day, a part of one, a semester, quarter or season, or a range.

Start and end are inclusive. Every form is matched against the whole cleaned text; the
parts (début / mi / fin, early / mid / late) are read from the span they qualify.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dashboard.domain.normalize.text import CACHE_SIZE, Unreadable, check_arguments, clean, failure

_MIN_YEAR, _MAX_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date  # inclusive
    end: dt.date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")


def parse_period(text: object, *, lang: str = "fr") -> Period:
    """Read a year, month, day, part of a year, semester, quarter, season or a range of those.

    `lang` is the source's language: words of both languages are read either way, but a
    numeric date "02/12/2026" is day first in French and refused as ambiguous in English
    unless one of its numbers is above 12.
    """
    try:
        return _cached_period(text, lang)
    except (Unreadable, TypeError) as why:
        raise failure("a period", text, lang, why) from None


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
# Part of a span -> its third: 0 (early), 1 (mid), 2 (late).
_PARTS = {
    **dict.fromkeys(("début", "debut", "early", "beginning", "start"), 0),
    **dict.fromkeys(("mi", "mid", "milieu", "middle"), 1),
    **dict.fromkeys(("fin", "late", "end"), 2),
}
_PART_OF_MONTH_DAYS = ((1, 10), (11, 20), (21, 31))
_SEASONS = {  # meteorological seasons; winter (December to February) is read apart
    **dict.fromkeys(("printemps", "spring"), (3, 5)),
    **dict.fromkeys(("été", "ete", "summer"), (6, 8)),
    **dict.fromkeys(("automne", "autumn", "fall"), (9, 11)),
}

# Leading words that do not change the span ("en 2028", "à partir de 2030", "d'ici fin 2026"),
# including horizons and deadlines: "à l'horizon 2030", "au plus tard en 2028", "no later than 2029".
_PERIOD_PREFIX_WORDS = (
    "à partir de", "à partir du", "a partir de", "a partir du", "à compter de", "à compter du",
    "dans le courant de", "dans le courant du", "au cours de", "au cours du", "d'ici à", "d'ici a",
    "d'ici", "courant", "dès", "en", "au", "à", "le", "la", "du", "de", "des", "entre", "vers",
    "pour", "prévu", "prévue", "environ", "année", "in", "on", "at", "the", "by", "from",
    "during", "starting", "as of", "as from", "for", "around", "about", "circa", "between",
    "year", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "dans", "towards", "toward", "horizon", "a l'horizon", "au plus tard", "au plus tard en",
    "no later than", "not later than",
    # a month named as such, a lower bound (the span is the earliest; the words, kept as written, say the bound):
    # "d'ici le mois de juin 2024", "in the month of May 2025", "pas avant l'automne 2019", "not before 2030"
    "mois", "le mois de", "the month of", "month of", "pas avant", "not before", "no earlier than", "not until",
)  # fmt: skip
_PERIOD_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in sorted(_PERIOD_PREFIX_WORDS, key=len, reverse=True)) + r") "
    r"|(?:d'|l'))+"
)
_DEADLINE_SUFFIX = re.compile(r" (?:au plus tard|at the latest|at latest)$")  # "2028 au plus tard"

_ABBREVIATION_DOT = re.compile(r"(?<=[^\W\d_])\.")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = f"(?P<month>{_alternation(_MONTHS)})"
_ORDINAL = f"(?P<ordinal>{_alternation(_ORDINALS)})"
_YEAR = r"(?P<year>\d{4})"
_OF = r"(?:(?:de|du|la|of|the|année|year) |d'|l')*"  # "fin de l'année 2026", "end of the year 2026"
_PART_OF = re.compile(rf"(?P<part>{_alternation(_PARTS)})[ -]{_OF}")  # "fin du", "mi-", "late"

_DAY_SUFFIX = "(?:er|re|ère|e|st|nd|rd|th)?"

_Span = tuple[dt.date, dt.date]  # (start, end), inclusive
_Match = re.Match[str]


def _check_year(year: int) -> int:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise Unreadable(f"year {year} is outside {_MIN_YEAR}-{_MAX_YEAR}")
    return year


def _year(match: _Match) -> int:
    return _check_year(int(match["year"]))


def _months(year: int, first: int, last: int) -> _Span:
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def _month_run(first: int, last: int) -> _Span:
    """Months counted from year 0 (year * 12 + month - 1), first to last inclusive."""
    (y1, m1), (y2, m2) = divmod(first, 12), divmod(last, 12)
    return dt.date(y1, m1 + 1, 1), dt.date(y2, m2 + 1, calendar.monthrange(y2, m2 + 1)[1])


def _day(year: int, month: int, day: int) -> _Span:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise Unreadable(f"no such date {year}-{month:02d}-{day:02d}") from None
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


def _semester(m: _Match) -> _Span:
    number = _ORDINALS[m["ordinal"]] if m["ordinal"] else int(m["number"])  # "2e" or S2
    if number > 2 or m["ordinal"] in ("dernier", "last"):
        raise Unreadable(f'no semester "{m["ordinal"] or m["number"]}"')
    return _months(_year(m), 6 * number - 5, 6 * number)


def _quarter(m: _Match) -> _Span:
    number = _ORDINALS[m["ordinal"]] if m["ordinal"] else int(m["number"])
    return _months(_year(m), 3 * number - 2, 3 * number)


def _season(m: _Match) -> _Span:
    return _months(_year(m), *_SEASONS[m["season"]])


def _winter(m: _Match) -> _Span:
    """Winter YYYY is December YYYY-1 to February YYYY; "hiver 2025-2026" names both years."""
    if m["first"]:
        first, second = int(m["first"]), int(m["second"])
        if second < 100:  # "winter 2025/26"
            second += first // 100 * 100
        if second != first + 1:
            raise Unreadable("a winter spans two consecutive years (hiver 2025-2026)")
        year = _check_year(second)
    else:
        year = _year(m)
    return _month_run(12 * (year - 1) + 11, 12 * year + 1)


_SEMESTER_CODE = r"[sh](?P<number>[12])"  # S1, H2
_QUARTER_CODE = r"[tq](?P<number>[1-4])"  # T3, Q4
# "hiver 2026", "winter 2025/26"
_WINTER_YEARS = rf"(?:(?P<first>\d{{4}}) ?[-–/] ?(?P<second>\d{{4}}|\d{{2}})|{_YEAR})"

# Forms of a single period, each matched against the whole cleaned text; split by whether the
# text starts with a digit so that a text is tried against half of them.
_DIGIT_FORMS = [
    (re.compile(_YEAR), _whole_year),
    (re.compile(rf"{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})"), _iso_date),
    (re.compile(rf"{_YEAR}-(?P<month>\d{{2}})"), _iso_month),
    (re.compile(rf"(?P<day>\d{{1,2}})(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep){_YEAR}"), None),  # numeric
    (re.compile(rf"(?P<month>\d{{1,2}})/{_YEAR}"), _iso_month),
    (re.compile(rf"(?P<day>\d{{1,2}}){_DAY_SUFFIX} {_MONTH} {_YEAR}"), _named_day),
    (re.compile(rf"{_ORDINAL} (?:semestre|semester|half|moitié|moitie) {_OF}{_YEAR}"), _semester),  # "2e semestre"
    (re.compile(rf"{_ORDINAL} (?:trimestre|quarter) {_OF}{_YEAR}"), _quarter),
    (re.compile(rf"{_YEAR}[ /-]?{_SEMESTER_CODE}(?P<ordinal>)"), _semester),  # "2026-S1"
    (re.compile(rf"{_YEAR}[ /-]?{_QUARTER_CODE}(?P<ordinal>)"), _quarter),
    (re.compile(rf"(?P<number>[1-4])q {_YEAR}(?P<ordinal>)"), _quarter),  # "3Q 2026"
    (re.compile(rf"(?P<number>[12])h {_YEAR}(?P<ordinal>)"), _semester),  # "2H 2026"
]
_WORD_FORMS = [
    (re.compile(rf"{_MONTH} {_YEAR}"), _named_month),
    (re.compile(rf"(?P<day>premier) {_MONTH} {_YEAR}"), _named_day),
    (re.compile(rf"{_MONTH} (?P<day>\d{{1,2}}){_DAY_SUFFIX} {_YEAR}"), _named_day),
    (re.compile(rf"(?:{_ORDINAL} (?:semestre|semester|half|moitié|moitie)|{_SEMESTER_CODE}) {_OF}{_YEAR}"), _semester),
    (re.compile(rf"{_SEMESTER_CODE}[/-]{_YEAR}(?P<ordinal>)"), _semester),  # "S1-2026"
    (re.compile(rf"(?:{_ORDINAL} (?:trimestre|quarter)|{_QUARTER_CODE}) {_OF}{_YEAR}"), _quarter),
    (re.compile(rf"{_QUARTER_CODE}[/-]{_YEAR}(?P<ordinal>)"), _quarter),  # "Q1/2026"
    (re.compile(rf"(?P<season>{_alternation(_SEASONS)}) {_OF}{_YEAR}"), _season),
    (re.compile(rf"(?:hiver|winter) {_OF}{_WINTER_YEARS}"), _winter),
]

_RANGE_SEPARATOR = re.compile(
    r" ?[–—/-] ?| (?:à|a|au|to|until|till|through|jusqu'à|jusqu'a|jusqu'en|jusqu'au|et|and) "
)
_ANY_YEAR = re.compile(r"\d{4}")
_TWO_DIGITS = re.compile(r"\d{2}")


def _numeric_date(m: _Match, lang: str) -> _Span:
    """12/02/2026 is day first in French; in English only when unambiguous (one number > 12)."""
    first, second = int(m["day"]), int(m["month"])
    if lang == "en" and first != second and first <= 12 and second <= 12:
        raise Unreadable(
            f'"{m[0]}" is ambiguous in English (day or month first?): write the month in words or as YYYY-MM-DD'
        )
    if lang == "en" and second > 12:  # month first, the US way: 12/25/2026
        first, second = second, first
    return _day(_year(m), second, first)


def _part_of(part: int, span: _Span) -> _Span:
    """The first, middle or last third of a span in whole months; of a month, days 1-10, 11-20, 21-end."""
    start, end = span
    if start.day != 1 or end.day != calendar.monthrange(end.year, end.month)[1]:
        raise Unreadable("only a year, semester, quarter, season or month has a start, middle or end")
    first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
    months = last - first + 1
    if months == 1:
        low, high = _PART_OF_MONTH_DAYS[part]
        return dt.date(start.year, start.month, low), dt.date(start.year, start.month, min(high, end.day))
    if months % 3:
        raise Unreadable(f"a span of {months} months has no start, middle or end in whole months")
    third = months // 3
    return _month_run(first + part * third, first + part * third + third - 1)


def _tidy_period_text(text: str) -> str:
    s = clean(text)
    if "." in s:
        s = _ABBREVIATION_DOT.sub("", s)  # "févr." -> "févr"; dates like 12.02.2026 keep theirs
    if "," in s:
        s = " ".join(s.replace(",", " ").split())  # "February 12, 2026"
    if " at" in s or " au" in s:
        s = _DEADLINE_SUFFIX.sub("", s)
    return s


def _single_period(s: str, lang: str) -> _Span | None:
    """The span of one period (no range), or None when no form matches."""
    s = s.strip()
    if s and not s[0].isdigit():  # no leading word starts with a digit
        s = _PERIOD_PREFIX.sub("", s)
    if not s:
        return None
    if s[0].isdigit():
        forms = _DIGIT_FORMS
    else:
        part = _PART_OF.match(s)
        if part:  # "fin du premier semestre 2026": the last third of what follows
            whole = _single_period(s[part.end() :], lang)
            return None if whole is None else _part_of(_PARTS[part["part"]], whole)
        forms = _WORD_FORMS
    for pattern, read in forms:
        match = pattern.fullmatch(s)
        if match:
            span = _numeric_date(match, lang) if read is None else read(match)
            if span is not None:
                return span
    return None


def _period_range(s: str, lang: str) -> _Span | None:
    """A range "A - B": start of A to end of B; B may be "28" after "2027", and A may borrow
    the end of B ("septembre-octobre 2025", "du 12 au 15 mars 2026")."""
    for separator in _RANGE_SEPARATOR.finditer(s):
        left, right = s[: separator.start()].strip(), s[separator.end() :].strip()
        if not left or not right:
            continue
        first = _single_period(left, lang)
        if first is not None and _TWO_DIGITS.fullmatch(right):
            right = str(first[0].year // 100 * 100 + int(right))
        last = _single_period(right, lang)
        if last is None:
            continue
        if first is None and not _ANY_YEAR.search(left):
            first = _borrowing_period(left, right, lang)
        if first is None:
            continue
        if last[1] < first[0]:
            raise Unreadable("the range ends before it starts")
        return first[0], last[1]
    return None


def _borrowing_period(left: str, right: str, lang: str) -> _Span | None:
    """`left` completed by the last words of `right`: "12" + "mars 2026", "septembre" + "2025"."""
    words = right.split()
    for count in range(1, len(words)):  # never the whole of `right`: "S1-2026" is no range
        span = _single_period(f"{left} {' '.join(words[-count:])}", lang)
        if span is not None:
            return span
    return None


@lru_cache(maxsize=CACHE_SIZE)
def _cached_period(text: str, lang: str) -> Period:
    check_arguments("a period", text, lang)
    s = _tidy_period_text(text)
    if not s:
        raise Unreadable("empty text")
    span = _single_period(s, lang) or _period_range(s, lang)
    if span is None:
        raise Unreadable("unknown date form" if _ANY_YEAR.search(s) else "no year")
    return Period(*span)
