"""One fact as a reader reads it, in the reader's language: its value in the reader's format
(`format_value`), and the words a table shows for it (`fact_words`): the source's own words when
the seed quotes them; our paraphrase (`quoted: false`) is ours, in whatever language it was jotted
down in, never shown as the source's words: its value in the reader's format instead (issue 24).
The site sheet (/site, its PDF) and the overview's facts tables read them; quotation marks:
i18n.names.quoted_words."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.schema import ATTRIBUTES
from dashboard.i18n import fmt_quantity, fmt_value, is_unknown, label_status, t
from dashboard.i18n.periods import fmt_period


def flag(value: object) -> bool:
    """A yes/no cell: unknown (NaN, None, NA) is no."""
    return not is_unknown(value) and bool(value)


def format_value(attribute: str, fact: pd.Series | dict, lang: str) -> str:
    """A fact's value in the reader's format: '≈ 1,5 Md €', '34 – 35 ha', 'juin 2026', 'Annoncé'."""
    spec = ATTRIBUTES.get(attribute)
    approximate = flag(fact.get("approximate"))
    if spec is not None and spec.kind == "status":
        return label_status(str(fact.get("raw_value")), lang)
    if spec is not None and spec.kind == "period":
        text = fmt_period(fact.get("period_start"), fact.get("period_end"), lang)
        return text or t("unknown", lang)
    unit = spec.unit if spec is not None and spec.unit else str(fact.get("unit") or "")
    low, high = fact.get("value_low"), fact.get("value_high")
    qualifier = fact.get("qualifier")
    if is_unknown(qualifier) or not qualifier:  # facts read before qualifiers: the ≈ flag
        qualifier = "approx" if approximate else ""
    if not is_unknown(low) and not is_unknown(high):  # a range stays a range, a bound a bound
        return fmt_value(low, high, unit, lang, qualifier)
    return fmt_quantity(fact.get("value"), unit, lang, qualifier)


def fact_words(attribute: str, fact: pd.Series | dict, quoted: bool, lang: str) -> str:
    """What a table shows as a fact's words beside its wording column: the source's as written
    when `quoted` ("1,5 milliard d'euros"), else, for our paraphrase (and a status keyword), its
    value in the reader's format ("≈ 2 000", "Annoncé")."""
    if quoted and attribute != "status":
        return "" if is_unknown(fact.get("raw_value")) else str(fact["raw_value"])
    return format_value(attribute, fact, lang)
