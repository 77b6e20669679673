"""The dates of a figure: whether a period is a commissioning or an announcement (the nearest keyword
decides), and the date a sentence gives its event (the fact's as-of date). On the folded text."""

from __future__ import annotations

import datetime as dt
import re

from dashboard.domain.intake.rules import ANNOUNCED, COMMISSIONING, CONSTRUCTION, PROCEDURE_OPENS


def commissioning_or_announced(sentence_folded: str, position: int, value_folded: str) -> str | None:
    """The attribute of a period at `position` in its sentence: the nearest keyword decides (none when it
    is a consultation's or a debate's opening)."""
    if PROCEDURE_OPENS.search(sentence_folded, max(0, position - 80), position):
        return None
    prefixed = re.match(r"(?:d ici|a l horizon|horizon|au plus tard|by|no later than)\b", value_folded) or re.search(
        r"(?:au plus tard|at the latest)$", value_folded)
    best, best_distance = None, 10**9
    # the works first: at equal distance « les travaux de l'usine démarreront en 2026 » is the works' start
    for kind, pattern in ((None, CONSTRUCTION), ("commissioning", COMMISSIONING), ("announced", ANNOUNCED)):
        for match in pattern.finditer(sentence_folded):
            if prefixed and position <= match.start() < position + len(value_folded):
                continue  # the horizon's own "d'ici"
            distance = match.start() - position if match.start() >= position else position - match.end()
            distance = abs(distance) + (20 if match.start() > position else 0)  # a keyword before reads first
            if distance < best_distance:
                best, best_distance = kind, distance
    if prefixed:  # a horizon is a commissioning, unless it is the works' or the equipment's, said right before it
        return None if best is None and best_distance <= 15 else "commissioning"
    # a bare year far from its keyword dates something else: "the most instructive case study of 2026"
    reach = 40 if re.fullmatch(r"(?:(?:en|in) )?(?:19|20)\d\d", value_folded) else 90
    return best if best_distance <= reach else None


_MONTH_NUMBERS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "february": 2, "march": 3,
    "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
}  # fmt: skip
_EVENT_DATE = re.compile(
    r"(?<![a-z0-9])(?:le |on |the )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday) )?(\d{1,2})(?:er|st|nd|rd|th)? (" + "|".join(_MONTH_NUMBERS) + r")"
    r"(?: ((?:19|20)\d{2}))?(?![0-9])"
)


def event_date(sentence_folded: str, published: dt.date | None, skip: list[tuple[int, int]]) -> str | None:
    """The date a sentence gives its event ("le 11 mai 2023", "mardi 4 novembre"), as YYYY-MM-DD; a date
    without a year takes the publication's year (the year before if that would be after publication)."""
    for match in _EVENT_DATE.finditer(sentence_folded):
        if any(start <= match.start(1) < end for start, end in skip):
            continue
        day, month = int(match.group(1)), _MONTH_NUMBERS[match.group(2)]
        if match.group(3):
            year = int(match.group(3))
        elif published:
            year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        else:
            continue
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if published is None or date <= published:
            return date.isoformat()
    return None


# An announcement whose object is a count of three or more things is a programme's, no site's date: « le président
# avait annoncé six réacteurs », 'the minister announced five new gigafactories'.
_ANNOUNCES_SEVERAL = re.compile(r"(?<![a-z])(?:annonc\w*|officialis\w*|devoil\w*|announc\w*|unveil\w*)\s+(?:\w+\s+){0,2}?"
                                r"(?:(?<![\d ])(?:[3-9]|[1-9]\d)|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|plusieurs|three|"
                                r"four|five|six|seven|eight|nine|ten|twelve|several)\s+(?!(?:milliards?|millions?|mds?|bn|billions?|"
                                r"emplois|postes|salaries|jobs|employees|people|personnes|mw|gw|megawatts|gigawatts|hectares|ha)\b)"
                                r"(?:\w+\s+)?[a-z]+s(?![a-z])")


def announces_several(sentence_folded: str) -> bool:
    return bool(_ANNOUNCES_SEVERAL.search(sentence_folded))
