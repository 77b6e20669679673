"""Find the figures of an article: spans of text the normalizer can read, with their unit.

The scanner only finds where a figure may stand (a number with a unit, a dated period); the
normalizer decides what it means (`parse_quantity` / `parse_period`, in the article's language).
A span that the normalizer refuses is dropped, except the refusals that tell an analyst's rule
(another currency, energy in GWh), which are kept as `Mention.refused` so the extractor can say
why it left them out.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass

from dashboard.domain.normalize import NormalizeError, Period, Quantity, parse_period, parse_quantity

# --------------------------------------------------------------------------- shared pieces

_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f\u2009.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORD_NUMBERS = (
    "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
    "quarante|cinquante|soixante|cent|mille|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred|thousand|cents"
)
_COLLECTIVE = (r"(?:une|un|a)\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|"
               r"millier|dozen|hundred|thousand|million|billion)")
_NUMBER = rf"(?:{_DIGITS}|{_COLLECTIVE}|(?:{_WORD_NUMBERS})(?:[- ](?:{_WORD_NUMBERS}))*)"
_APPROX = (
    r"(?:environ|près\s+de|près\s+d['’]|pres\s+de|presque|quasiment|plus\s+de|plus\s+d['’]|au\s+moins|jusqu['’]à|jusqu['’]a|"
    r"quelque|quelques|moins\s+de|de\s+l['’]ordre\s+de|autour\s+de|supérieure?s?\s+à|inférieure?s?\s+à|"
    r"about|around|nearly|almost|over|more\s+than|up\s+to|some|at\s+least|less\s+than|approximately|"
    r"roughly|~|≈)"
)
# A hedge before its number: a space after it, none after an elision (« plus d'une centaine », « près d'un million »).
_HEDGE = rf"{_APPROX}(?:(?<=['’])|\s+)"
_SCALE = r"(?:milliards?|millions?|billions?|mille|thousand|mds?|mrds?|md|mn|bn|m|b|k)"  # "€1.2B": a headline's billion
_CURRENCY_WORD = r"(?:€|eur\b|euros?\b|d['’]euros\b)"
_OTHER_CURRENCY = r"(?:\$|us\$|usd\b|dollars?\b|£|gbp\b|livres?\s+sterling|chf\b|francs?\s+suisses|yens?\b|¥|yuans?\b)"
_POWER = r"(?:[kmgt]wh\b|kw(?:e)?\b|mw(?:e)?\b|gw(?:e)?\b|mégawatts?\b|megawatts?\b|gigawatts?\b|kilowatts?\b)"
_AREA = r"(?:m²|m2\b|km²|km2\b|ha\b|hectares?\b|mètres\s+carrés\b|metres\s+carres\b|square\s+met(?:re|er)s\b|sqm\b|sq\.?\s?m\b)"
_JOB_ADJECTIVES = (
    r"(?:permanents?|pérennes?|directs?|indirects?|nouveaux|new|permanent|skilled|direct|full-time|"
    r"qualifiés?|supplémentaires|additional|locaux|local|présents|créés?|equivalents?|équivalents?)"
)
_JOBS = (r"(?:emplois?\b|postes?\b|salariés?\b|salaries\b|jobs?\b|etp\b|ftes?\b|employees\b|employés\b|positions?\b|posts?\b|"
         r"staff\b|collaborat(?:eur|eurs|rices)\b|recrutements?\b|cdi\b|embauches?\b|hires\b|roles\b)")
_RATIO = r"(?:%|pour\s+cent\b|percent\b|per\s+cent\b)"
_UNIT = rf"(?:{_CURRENCY_WORD}|{_OTHER_CURRENCY}|{_POWER}|{_AREA}|{_RATIO}|(?:{_JOB_ADJECTIVES}\s+){{0,3}}{_JOBS})"

_ONE_NUMBER = rf"(?:{_OTHER_CURRENCY}\s?|€\s?)?{_NUMBER}(?:\s?{_SCALE}\b)?"
_RANGE = (
    rf"(?:(?:entre|between)\s+{_ONE_NUMBER}(?:\s?{_UNIT})?\s+(?:et|and)\s+{_ONE_NUMBER}"
    rf"|(?:de|from)\s+{_ONE_NUMBER}\s+(?:à|a|to)\s+{_ONE_NUMBER}"
    rf"|{_ONE_NUMBER}\s?(?:-|–|—|à|to)\s?{_ONE_NUMBER})"
)
# A quantity: approximation words, a number or a range, a scale, "de"/"d'"/"of", a unit.
_CURRENCY_FIRST = (
    rf"(?:€|eur\s?(?=\d)|{_OTHER_CURRENCY})\s?{_NUMBER}(?:\s?{_SCALE}\b)?"
    rf"(?:\s?(?:-|–|to)\s?(?:€|{_OTHER_CURRENCY})?\s?{_NUMBER}(?:\s?{_SCALE}\b)?)?(?:\s?{_UNIT})?"
)
QUANTITY = re.compile(
    rf"(?<![\w.,])(?:{_HEDGE})?(?:{_CURRENCY_FIRST}|(?:{_RANGE}|{_ONE_NUMBER})(?:[\s-]?(?:de\s+|d['’]|of\s+)?{_UNIT}))"
    rf"(?!\w)",
    re.IGNORECASE,
)
_JOB_ADJECTIVE_WORDS = re.compile(rf"\s{_JOB_ADJECTIVES}(?=\s)", re.IGNORECASE)
_NUMBER_HYPHEN = re.compile(r"(?<=\d)-(?=[^\W\d])")
_OTHER_CURRENCY_RE = re.compile(_OTHER_CURRENCY, re.IGNORECASE)
_ENERGY_RE = re.compile(r"[kmgt]wh\b", re.IGNORECASE)
_HOURS_AFTER = re.compile(r"[-\s]?(?:hours?|heures?)\b", re.IGNORECASE)  # a power unit then "-hours": energy

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janv\\.?|févr\\.?|sept\\.?|oct\\.?|nov\\.?|déc\\.?|jan\\.?|feb\\.?|aug\\.?|dec\\.?"
)
_SEASON = r"(?:printemps|été|ete|automne|hiver|spring|summer|autumn|fall|winter)"
_PART = r"(?:début|debut|mi|milieu|fin|early|mid|middle|late|end|beginning|start)"
_ORDINAL = r"(?:premier|première|1er|1re|second|seconde|deuxième|2e|2nd|troisième|3e|third|3rd|quatrième|4e|fourth|4th|first|dernier|last)"
_YEAR = r"(?:19|20)\d{2}"
_PERIOD_CORE = (
    rf"(?:(?:{_PART}[ -](?:(?:de\s+l['’]|de\s+la\s+|du\s+|of\s+the\s+|of\s+|d['’]|de\s+(?=(?:19|20)\d\d))\s*)?)?"
    rf"(?:(?:{_ORDINAL}\s+(?:semestre|semester|half|moitié|moitie|trimestre|quarter)|[sh][12]|[tq][1-4]|[1-4]q|{_SEASON}|année|year)\s+"
    rf"(?:(?:de\s+l['’]|de\s+|d['’]|of\s+the\s+|of\s+)\s*)?)?"
    rf"(?:\d{{1,2}}(?:er|re|e)?\s+)?(?:(?:{_MONTHS})\s+)?{_YEAR}"
    rf"(?:\s?(?:-|–|/|à|au|to)\s?(?:(?:{_PART}\s+)?(?:(?:{_MONTHS})\s+)?{_YEAR}|\d{{2}}\b))?)"
)
_PERIOD_PREFIX = (
    r"(?:à\s+l['’]horizon|a\s+l['’]horizon|horizon|au\s+plus\s+tard\s+(?:en|fin|à)?|d['’]ici\s+(?:à|la|le)?|d['’]ici|dès\s+(?:la|le)?|dès|"
    r"à\s+partir\s+de|à\s+compter\s+de|courant|en|au|à|in|by|at|towards?|from|no\s+later\s+than|as\s+early\s+as|around|vers|"
    r"pas\s+avant|not\s+(?:before|until)|no\s+earlier\s+than)"
)
PERIOD = re.compile(
    rf"(?<![\w.,/-])(?:{_PERIOD_PREFIX}\s+)?(?:la\s+|le\s+|l['’]|the\s+)?(?:mois\s+(?:de\s+|d['’])|month\s+of\s+)?{_PERIOD_CORE}"
    rf"(?:\s+(?:au\s+plus\s+tard|at\s+the\s+latest))?(?![\w/-]|[.,]\d)",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(rf"^(?:\w+(?:'|\s))*?{_YEAR}$")


@dataclass(frozen=True)
class Mention:
    """A figure found in the text: its span, the words as written, what the normalizer read."""

    start: int
    end: int
    value: str
    normalized: Quantity | Period | None
    refused: str = ""  # why the analyst's rules refuse it ("currency", "energy"), else ""

    @property
    def is_period(self) -> bool:
        return isinstance(self.normalized, Period)


def _accepts_lang(function) -> bool:
    try:
        return "lang" in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


# The normalizer reads the article's language when it can (ranges, English thousands).
_QUANTITY_LANG = _accepts_lang(parse_quantity)
_PERIOD_LANG = _accepts_lang(parse_period)


def read_quantity(text: str, lang: str) -> Quantity:
    cleaned = _JOB_ADJECTIVE_WORDS.sub("", f" {text} ").strip()  # "400 permanent skilled jobs" -> "400 jobs"
    cleaned = _NUMBER_HYPHEN.sub(" ", cleaned)  # "a 240-megawatt data centre"
    return parse_quantity(cleaned, lang=lang) if _QUANTITY_LANG else parse_quantity(cleaned)


def read_period(text: str, lang: str) -> Period:
    return parse_period(text, lang=lang) if _PERIOD_LANG else parse_period(text)


def _quantity_mentions(text: str, offset: int, lang: str, depth: int = 0) -> list[Mention]:
    """Every quantity in `text` (which starts at `offset` in the article). A span the normalizer
    refuses is searched again from its second number: "en 2026 à 240 MW" is no range, "240 MW" is
    a figure."""
    mentions = []
    for match in QUANTITY.finditer(text):
        value = match.group(0).strip()
        start = offset + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        if _OTHER_CURRENCY_RE.search(value):
            mentions.append(Mention(start, start + len(value), value, None, refused="currency"))
            continue
        hours = _HOURS_AFTER.match(text, match.end())  # "9 gigawatt-hours"
        if _ENERGY_RE.search(value) or hours:
            value += hours.group(0) if hours else ""
            mentions.append(Mention(start, start + len(value), value, None, refused="energy"))
            continue
        bare = value[hedged.end():] if (hedged := re.match(_HEDGE, value, re.IGNORECASE)) else value  # « près d'un emploi sur deux »
        if not re.search(r"\d", value) and bare.split()[0].lower() in ("un", "une", "one"):
            if not re.match(rf"{_COLLECTIVE}|(?:un|one)[- ](?:{_WORD_NUMBERS}|milliards?|millions?|billions?|gigawatts?|"
                            rf"m[ée]gawatts?)\b", bare, re.IGNORECASE):
                continue  # "un emploi": an article, not a figure
        if _SCALE_ALONE.match(value) and _VAGUE_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue  # "a few hundred people", « plusieurs milliers »: no figure (not 100 nor 1,000)
        try:
            mentions.append(Mention(start, start + len(value), value, read_quantity(value, lang)))
            continue
        except NormalizeError:
            pass
        hedge = re.match(_HEDGE, value, re.IGNORECASE)
        numbers = list(re.finditer(r"\d", value))
        if hedge and len(numbers) and not _TWO_NUMBERS.search(value):  # "supérieur à 5 milliards"
            inner = value[hedge.end():]
            try:
                mentions.append(Mention(start + hedge.end(), start + len(value), inner, read_quantity(inner, lang)))
                continue
            except NormalizeError:
                pass
        second = _TWO_NUMBERS.search(value)
        if second and depth < 3 and _YEAR_FIRST.match(value):  # "2026 à 240 MW"; a real range stays out
            mentions.extend(_quantity_mentions(value[second.start(1):], start + second.start(1), lang, depth + 1))
    return mentions


_SCALE_ALONE = re.compile(r"(?:hundred|thousand|cents?|mille)\b", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(r"(?:few|several|many|plusieurs|quelques|des)\s+$", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}\s")
_TWO_NUMBERS = re.compile(r"\d[\d\s.,]*?[^\d\s.,]+[^\d]*?(\d)")


# A count of people after a word of employment is a count of jobs: "is expected to employ up to 1,000
# people", "emploiera environ 300 personnes" (not "a town of 40,000 people").
_PEOPLE = re.compile(rf"(?<![\w.,])(?:{_HEDGE})?(?:(?:between|entre)\s+{_NUMBER}\s+(?:and|et)\s+)?{_NUMBER}\s+"
                     rf"(?P<hired>(?:newly|recently|just)\s+hired\s+)?"  # '700 newly hired workers': hired, so jobs
                     rf"(?P<people>people|personnes|workers|travailleurs)\b", re.IGNORECASE)  # "between 1,000 and 1,200 people"
_EMPLOY_BEFORE = re.compile(r"(?:employ\w*|emploi\w*|hir(?:e|es|ed|ing)|recrut\w*|embauch\w*|workforce|staff|headcount|effectifs?|"
                            r"(?:fera|feront|faire|fait|font) travailler)"
                            r"\W+(?:\w+\W+){0,4}$", re.IGNORECASE)
# … or right after it: « 1 200 personnes qui seront recrutées », "400 people will be hired".
# … or people who will work there: "150 people will work at the plant", « 150 personnes travailleront dans l'usine »
_EMPLOY_AFTER = re.compile(r"\W+(?:qui\s+)?(?:\w+\s+){0,2}(?:recrut\w*|embauch\w*|employ\w*|hired|"
                           r"work\w*\s+(?:at|in|for)(?!\s+the\s+(?:construction|building)\s+site)|travaill\w*\s+(?:dans|à|a|pour))\b", re.IGNORECASE)


def _people_as_jobs(text: str, lang: str, taken: list[Mention]) -> list[Mention]:
    mentions = []
    for match in _PEOPLE.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in taken):
            continue
        if not (match.group("hired") or _EMPLOY_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
                or _EMPLOY_AFTER.match(text, match.end())):
            continue
        if _SCALE_ALONE.match(match.group(0)) and _VAGUE_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue  # "a few hundred people"
        value = match.group(0)
        try:
            read = value.replace(match.group("hired"), "") if match.group("hired") else value
            mentions.append(Mention(match.start(), match.end(), value, read_quantity(read, lang)))
        except NormalizeError:
            continue
    return mentions


# A bare number after "and" / "then" / "puis" that follows a count of jobs or a power is another of the
# same: "about 1,000 people by 2024 and about 2,500 by 2030", "50 salariés fin 2025, puis 200". Found so
# the rules see it (the figure before is a step, the date after is its own), never proposed.
_BARE_NEXT = re.compile(rf"(?:[^.;\d]|(?:19|20)\d\d){{0,30}}?(?:,\s*|\s)(?:and|et|then|puis|rising to|growing to|"
                        rf"to reach|pour atteindre)\s+(?P<value>(?:{_APPROX}\s+)?{_DIGITS})(?![\w%€$£²]|[.,]\d|\s?(?:{_SCALE}|{_UNIT})\b)",
                        re.IGNORECASE)
_CONTINUED_UNITS = ("jobs", "MW")


def _bare_continuations(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    found = []
    for mention in mentions:
        unit = getattr(mention.normalized, "unit", None)
        if unit not in _CONTINUED_UNITS:
            continue
        match = _BARE_NEXT.match(text, mention.end)
        if not match or is_bare_year(match.group("value").split()[-1]):
            continue
        start, value = match.start("value"), match.group("value")
        if any(m.start < start + len(value) and start < m.end for m in mentions):
            continue
        # Read, so a figure before it is a step and a date after it its horizon; refused as a figure of
        # its own: a bare number reads as no quantity in a seed (the reviewer adds it by hand).
        found.append(Mention(start, start + len(value), value, None, refused="bare_number"))
    return found


# "passer de 600 à 2000 employés", "grow from 600 to 2,000 employees": a path, not a range; its end is the figure.
_PATH_BEFORE = re.compile(r"(?:pass\w*|grow\w*|grew|ris\w*|rose|go|goes|going|increas\w*|augment\w*|mont\w*|évolu\w*|evolu\w*)"
                          r"\s+(?:[^.;]{0,60}?\s(?:et|and)\s+)?$", re.IGNORECASE)  # "passer de 13 à 40 GWh, et de 600 à 2000 employés"
_PATH = re.compile(r"(?:de|from)\s+.+?\s+(?:à|a|to)\s+(?P<end>.+)", re.IGNORECASE)


def _path_ends(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    ends = []
    for mention in mentions:
        path = _PATH.fullmatch(mention.value)
        if path and _PATH_BEFORE.search(text[max(0, mention.start - 90) : mention.start]):
            try:
                start = mention.start + path.start("end")
                ends.append(Mention(start, mention.end, path.group("end"), read_quantity(path.group("end"), lang)))
                continue
            except NormalizeError:
                pass
        ends.append(mention)
    return ends


def find_quantities(text: str, lang: str) -> list[Mention]:
    mentions = _path_ends(text, lang, _quantity_mentions(text, 0, lang))
    mentions = sorted(mentions + _people_as_jobs(text, lang, mentions), key=lambda m: m.start)
    return sorted(mentions + _bare_continuations(text, lang, mentions), key=lambda m: m.start)


def find_periods(text: str, lang: str) -> list[Mention]:
    mentions = []
    for match in PERIOD.finditer(text):
        value = match.group(0).strip()
        start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        try:
            period = read_period(value, lang)
        except (NormalizeError, ValueError):
            continue
        mentions.append(Mention(start, start + len(value), value, period))
    return mentions


def is_bare_year(value: str) -> bool:
    """"2028", "en 2028", "in 2028": a year with at most leading words (no part, season, month)."""
    words = value.lower().split()
    return len(words) <= 2 and bool(re.fullmatch(_YEAR, words[-1])) and (len(words) == 1 or words[0] in ("en", "in"))
