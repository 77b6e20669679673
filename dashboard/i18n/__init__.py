"""French first, English on request: shared labels and numbers in the reader's format (Babel CLDR).

One `t(key, lang)` reads every word, from the tables of dashboard/i18n/text/<namespace>.py: the
words every page shares in `common` (read without a namespace: `t("unknown", lang)`), the words
of one page, figure or export in their own namespace (`t("siting_page.title", lang)`); project
types, statuses and columns in `project_types`, `statuses`, `columns` (`label_type`,
`label_status`, `label_column`).
Unknown values are written as unknown ("inconnu"), never as 0.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import numbers
import re

import pandas as pd
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_compact_currency, format_decimal, format_percent

from dashboard import config
from dashboard.i18n.text import NAMESPACES

LOCALES = {"fr": "fr_FR", "en": "en_GB"}
COMMON_NAMESPACE = "common"
log = logging.getLogger("dashboard.i18n")


def _lang(lang: str) -> str:
    return lang if lang in LOCALES else "fr"


class MissingTranslation(KeyError):
    """A word asked of t() that its table does not have (raised when HDF_STRICT_I18N is set)."""


def _load_tables() -> dict[str, dict]:
    """Every namespace listed in dashboard.i18n.text, imported now: a missing or broken table, or
    one without every language, fails here, at start-up, by name."""
    tables = {}
    for namespace in NAMESPACES:
        module = importlib.import_module(f"dashboard.i18n.text.{namespace}")
        text = getattr(module, "TEXT", None)
        if not isinstance(text, dict) or set(text) != set(LOCALES):
            raise ImportError(f"dashboard.i18n.text.{namespace}: TEXT must be a table per language {sorted(LOCALES)}",
                              name=module.__name__)
        tables[namespace] = {**text, "fr": {word: french_typography(value) if isinstance(value, str) else value
                                            for word, value in text["fr"].items()}}
    return tables


_SPACE_BEFORE = re.compile(r"(?<=\S)[ \u00a0]?([;:!?])(?=\s|$)")
_PLURAL_MARK = re.compile(r"\{(\w+)\}|\((s|x)\)")


def french_typography(text: str) -> str:
    """French punctuation: a no-break space before ; : ! ? (a space the tables write as a plain
    one, or none, becomes U+00A0), so the sign never starts a line."""
    return _SPACE_BEFORE.sub(lambda m: "\u00a0" + m.group(1), text)


_FORMATTED_COUNT = re.compile(r"\d+(?:[.,]\d+)?")


def _count(value: object) -> int | float | None:
    """A placeholder's value as a count: a number (numpy's too), or a number already written by
    fmt_number ('1\u202f000', '2,5'); anything else (a name, a date) is no count. A whole number
    stays an int (CLDR's English 'one' is 1 without decimals, never 1.0)."""
    if isinstance(value, str):
        digits = re.sub(r"[\s\u00a0\u202f]", "", value)
        value = float(digits.replace(",", ".")) if _FORMATTED_COUNT.fullmatch(digits) else None
    if not isinstance(value, numbers.Real) or isinstance(value, bool) or pd.isna(value):
        return None
    return int(value) if float(value).is_integer() else float(value)


def _plurals(text: str, values: dict, lang: str) -> str:
    """'{n} projet(s) chiffré(s)' -> '1 projet chiffré' / '2 projets chiffrés': each '(s)' (or
    '(x)') follows the count written last before it, by the language's CLDR plural rule (Babel:
    0 and 1 are singular in French, only 1 in English). A '(s)' with no count before it stays."""
    if "(" not in text:
        return text
    rule = Locale.parse(LOCALES[_lang(lang)])
    count: list[object] = [None]

    def replace(match: re.Match) -> str:
        if match.group(1) is not None:
            value = _count(values.get(match.group(1)))
            if value is not None:
                count[0] = value
            return match.group(0)
        if count[0] is None:
            return match.group(0)
        return "" if rule.plural_form(abs(count[0])) == "one" else match.group(2)

    return _PLURAL_MARK.sub(replace, text)


_TABLES: dict[str, dict] = _load_tables()


def _table(namespace: str) -> dict | None:
    """The words of a namespace (dashboard/i18n/text/<namespace>.py's TEXT), None for no such namespace."""
    return _TABLES.get(namespace)


def _missing(key: str, lang: str, french: str | None) -> str:
    """A word its table lacks: an error under test (HDF_STRICT_I18N), else the French word, else
    the key's last part in plain words (logged: a reader never sees a raw key or an error)."""
    if config.strict_i18n():
        raise MissingTranslation(f"no {lang!r} text for {key!r} in dashboard/i18n/text")
    log.warning("missing translation: %r in %r", key, lang)
    if french is not None:
        return french
    return key.rpartition(".")[2].replace("_", " ")


def t(key: str, lang: str, **values) -> str:
    """The word `key` in `lang`, with {placeholders} filled.

    `key` is a common word ("unknown", "as_of") or `namespace.word`, the namespace naming a table
    of dashboard/i18n/text/ ("siting_page.title"). A word the table lacks is an error under test;
    a reader gets the French word or, failing that, the key's last part in plain words."""
    namespace, dot, word = key.partition(".")
    table = _table(namespace) if dot else None
    if table is None:
        table, word = _TABLES[COMMON_NAMESPACE], key
    text = table.get(_lang(lang), {}).get(word)
    if text is None:
        text = _missing(key, _lang(lang), table["fr"].get(word))
    return _plurals(text, values, lang).format(**values) if values else text


def translations(key: str) -> dict[str, str]:
    """{"fr": ..., "en": ...}: `key` in every language (e.g. a chart's title in the registry);
    {} when no language has it (an optional word, e.g. a criterion's short label)."""
    namespace, dot, word = key.partition(".")
    table = (_table(namespace) if dot else None) or {}
    if not any(word in table.get(lang, {}) for lang in LOCALES):
        return {}
    return {lang: t(key, lang) for lang in LOCALES}


def colon(lang: str) -> str:
    """A label's colon: '\u00a0: ' in French (a non-breaking space before it), ': ' in English."""
    return "\u00a0: " if lang == "fr" else ": "


def list_separator(lang: str) -> str:
    """Between the items of a list: ' ; ' in French (a no-break space before it), '; ' in English."""
    return "\u00a0; " if lang == "fr" else "; "


def _label(namespace: str, value: str, lang: str) -> str:
    """A value's label, or the value itself when the table has no label for it (a code as is)."""
    return _table(namespace)[_lang(lang)].get(value, value)


def label_type(value: str, lang: str) -> str:
    return _label("project_types", value, lang)


def label_status(value: str, lang: str) -> str:
    return _label("statuses", value, lang)


def label_column(column: str, lang: str) -> str:
    return _label("columns", column, lang)


def shortened(text: object, limit: int) -> str:
    """`text` cut to at most `limit` characters, an ellipsis (…) marking the cut."""
    text = str(text)
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def is_unknown(value: object) -> bool:
    """NaN, None, NaT and empty text are all 'unknown'."""
    if isinstance(value, str):
        return value == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other non-scalars
        return False


# How a value's qualifier (normalize.QUALIFIERS) is written before it: "≈ 30", "≤ 700 MW", "≥ 73 %";
# "exact" and "range" ("30–35") need no sign.
QUALIFIER_SIGNS = {"approx": "≈", "at_most": "≤", "at_least": "≥"}


def _approx(text: str, approximate: bool | str, lang: str = "fr") -> str:
    """`text` with its qualifier's sign, held to it by a no-break space (narrow in French).

    `approximate` is a qualifier ("approx", "at_most", "at_least", "exact", "range") or a bool
    (True: "≈")."""
    if isinstance(approximate, str):
        sign = QUALIFIER_SIGNS.get(approximate)
    else:
        sign = "≈" if approximate else None
    if not sign:
        return text
    space = "\u202f" if _lang(lang) == "fr" else "\u00a0"
    return f"{sign}{space}{text}"


def fmt_number(value: object, lang: str, digits: int = 0, approximate: bool | str = False) -> str:
    if is_unknown(value):
        return t("unknown", lang)
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return _approx(format_decimal(float(value), format=pattern, locale=LOCALES[_lang(lang)]), approximate, lang)


def fmt_eur(value: object, lang: str, approximate: bool | str = False) -> str:
    """1,5 Md € in French; €1.5bn in English."""
    if is_unknown(value):
        return t("unknown", lang)
    value = float(value)
    if abs(value) < 1000:
        text = format_decimal(value, format="#,##0", locale=LOCALES[_lang(lang)]) + (" €" if lang == "fr" else "")
        text = text if lang == "fr" else f"€{text}"
    else:
        text = format_compact_currency(value, "EUR", locale=LOCALES[_lang(lang)], fraction_digits=1)
        if _lang(lang) == "en":
            text = text.replace("B", "bn").replace("M", "m").replace("K", "k")
    return _approx(text, approximate, lang)


def fmt_mw(value: object, lang: str, approximate: bool | str = False) -> str:
    if is_unknown(value):
        return t("unknown", lang)
    return _approx(fmt_number(value, lang, digits=1) + "\u00a0MW", approximate, lang)


def fmt_m2(value: object, lang: str, approximate: bool | str = False, hectares: bool | None = None) -> str:
    """26 000 m² in French, 26,000 m² in English; large areas (or all if `hectares`) in hectares."""
    if is_unknown(value):
        return t("unknown", lang)
    if hectares or (hectares is None and float(value) >= 100_000):
        return _approx(fmt_number(float(value) / 10_000, lang, digits=1) + "\u00a0ha", approximate, lang)
    return _approx(fmt_number(value, lang) + "\u00a0m²", approximate, lang)


def fmt_ratio(value: object, lang: str, approximate: bool | str = False) -> str:
    """80 % in French, 80% in English."""
    if is_unknown(value):
        return t("unknown", lang)
    return _approx(format_percent(float(value), locale=LOCALES[_lang(lang)]), approximate, lang)


def fmt_twh(value: object, lang: str, approximate: bool = False) -> str:
    """An annual energy: 44,1 TWh in French, 44.1 TWh in English."""
    if is_unknown(value):
        return t("unknown", lang)
    return _approx(fmt_number(value, lang, digits=1) + "\u00a0TWh", approximate)


# How each unit of the fact base is written; "jobs" and "count" are plain numbers.
_UNIT_FORMATTERS = {"EUR": fmt_eur, "MW": fmt_mw, "m2": fmt_m2, "ratio": fmt_ratio, "jobs": fmt_number,
                    "TWh": fmt_twh}
_NUMBER_CORE = re.compile(r"^(\D*?)(\d(?:.*\d)?)(\D*)$")  # prefix, the number, suffix: "€", "1.5", "bn"


def fmt_quantity(value: object, unit: str, lang: str, approximate: bool | str = False) -> str:
    """One value in its unit ("EUR", "MW", "m2", "ratio", "jobs", "count") in the reader's format.

    `approximate` (here and in every fmt_*): a qualifier ("at_most" -> "≤ 700 MW", "at_least",
    "approx") or a bool (True: "≈")."""
    formatter = _UNIT_FORMATTERS.get(unit, fmt_number)
    return formatter(value, lang, approximate=approximate)


def fmt_range(low: object, high: object, unit: str, lang: str, approximate: bool | str = False) -> str:
    """A range in the reader's format, never one number: "30–35 Md €", "300–500 MW", "€30–35bn".

    The unit is written once when both ends share it; ends with different scales keep their own
    ("500 M € – 1,5 Md €"). An unknown or equal high end gives the single value; an unknown low
    end gives "unknown".
    """
    if is_unknown(low):
        return t("unknown", lang)
    if is_unknown(high) or float(high) == float(low):
        return fmt_quantity(low, unit, lang, approximate)
    if unit == "m2":  # both ends in the same unit: "5–30 ha", not "50 000 m² – 30 ha"
        hectares = float(high) >= 100_000
        low_text, high_text = fmt_m2(low, lang, hectares=hectares), fmt_m2(high, lang, hectares=hectares)
    else:
        low_text, high_text = fmt_quantity(low, unit, lang), fmt_quantity(high, unit, lang)
    low_parts, high_parts = _NUMBER_CORE.match(low_text), _NUMBER_CORE.match(high_text)
    if low_parts is None or high_parts is None or low_parts[1] != high_parts[1]:
        text = f"{low_text} – {high_text}"
    elif low_parts[3] == high_parts[3]:  # same unit and scale: "30–35 Md €"
        text = f"{low_parts[1]}{low_parts[2]}–{high_parts[2]}{high_parts[3]}"
    else:  # same prefix, different scales: "500 M € – 1,5 Md €"
        text = f"{low_text} – {high_text}"
    return _approx(text, approximate, lang)


def fmt_value(low: object, high: object, unit: str, lang: str, qualifier: object = "") -> str:
    """A retained value as the source bounds it: "≤ 700 MW" (at_most: its high end), "≥ 73 %"
    (at_least: its low end), "≈ 30", "30–35 Md €" (a range), "240 MW" (exact). Every display of a
    value goes through here (or fmt_range / fmt_quantity with the qualifier)."""
    qualifier = qualifier if isinstance(qualifier, str) else ""
    if qualifier == "at_most" and not is_unknown(high) and not is_unknown(low):
        return fmt_quantity(high, unit, lang, "at_most")
    if qualifier == "at_least":
        return fmt_quantity(low, unit, lang, "at_least")
    return fmt_range(low, high, unit, lang, "approx" if qualifier == "approx" else "")


def _undated(value: object) -> bool:
    return is_unknown(value) or (isinstance(value, str) and not value.strip())


def _date_precision(value: object) -> str:
    """'unknown', 'period' (a seed's '2025' or '2025-09') or 'day': how a date is said in a sentence."""
    if _undated(value):
        return "unknown"
    return "period" if isinstance(value, str) and len(value.split("-")) < 3 else "day"


def fmt_on_date(value: object, lang: str) -> str:
    """A date as a complement in a sentence: 'en septembre 2025', 'en 2025', 'le 2 juin 2026', 'à une
    date inconnue' (never 'au inconnu' / 'au septembre 2025'); 'in September 2025', 'on 2 June 2026'."""
    precision = _date_precision(value)
    if precision == "unknown":
        return t("on_unknown_date", lang)
    return t("on_day" if precision == "day" else "in_period", lang, date=fmt_date(value, lang))


def first_upper(text: str) -> str:
    """A sentence's first letter in upper case, the rest as written (str.capitalize would lower 'June')."""
    return text[:1].upper() + text[1:]


def fmt_data_as_of(value: object, lang: str) -> str:
    """The date data holds for, in a sentence, at its precision (fmt_on_date's contractions in French):
    'données arrêtées le 2 juin 2026', '… en septembre 2025', '… en 2025', '… à une date inconnue'
    (never 'données au septembre 2025'); 'data as of 2 June 2026', '… September 2025', '… an unknown date'."""
    precision = _date_precision(value)
    date = "" if precision == "unknown" else fmt_date(value, lang)
    return t("data_as_of_" + precision, lang, date=date)


def fmt_as_of(value: object, lang: str) -> str:
    """A fact's as-of: its date at its precision, or "non daté" / "undated" when the source gives none."""
    if _undated(value):
        return t("undated", lang)
    return fmt_date(value, lang)


def fmt_slip(months: object, lang: str) -> str:
    """A schedule slip in months: "+8 mois", "-2 mois", "0 mois"; unknown (one promise only) stays unknown."""
    if is_unknown(months):
        return t("unknown", lang)
    months = int(months)
    return t("slip_months", lang, sign="+" if months > 0 else ("-" if months < 0 else ""), n=abs(months))


def label_wording(quoted: bool, attribute: str, lang: str) -> str:
    """How a raw value relates to its source: the source's words, a paraphrase, or our status keyword."""
    if attribute == "status":
        return t("keyword", lang)
    return t("as_written" if quoted else "paraphrase", lang)


def fmt_km(value: object, lang: str) -> str:
    if is_unknown(value):
        return t("unknown", lang)
    return fmt_number(value, lang, digits=1) + "\u00a0km"


def fmt_date(value: object, lang: str) -> str:
    """A date, or the partial dates of seeds ('2025', '2025-09') kept at their precision."""
    if is_unknown(value):
        return t("unknown", lang)
    locale = LOCALES[_lang(lang)]
    if isinstance(value, str):
        parts = value.split("-")
        try:
            if len(parts) == 1:
                return parts[0]
            if len(parts) == 2:
                return format_date(dt.date(int(parts[0]), int(parts[1]), 1), format="MMMM y", locale=locale)
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return format_date(value, format="long", locale=locale)
    return str(value)
