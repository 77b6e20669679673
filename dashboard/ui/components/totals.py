"""The overview's totals: each in its qualifier's words ("jusqu'à 2 952 MW"), with what it adds
and what it leaves out, and the pill that brings abandoned projects back (`abandoned=1` in the URL)."""

from __future__ import annotations

import streamlit as st

from dashboard.domain import overview as ov
from dashboard.domain.filters import ABANDONED_PARAM, Filters
from dashboard.domain.schema import ATTRIBUTE_OF_COLUMN
from dashboard.figures.base import left_out_notes
from dashboard.i18n import fmt_quantity, fmt_value, t
from dashboard.i18n.escape import escape_markdown


def total_caption(total: ov.Total, column: str, lang: str) -> str:
    """How many values the total adds, the kind it adds, what it leaves out, disputed terms."""
    if total.value is None:
        text = t("overview_page.none_known", lang, unknown=total.unknown)
    elif total.unknown:
        text = t("overview_page.known_of", lang, known=total.known, unknown=total.unknown)
    else:
        text = t("overview_page.all_known", lang, known=total.known)
    if total.measure:  # what it adds, then what it leaves out
        kind = t(f"measures.{ATTRIBUTE_OF_COLUMN[column]}.{total.measure}", lang)
        text = t("overview_page.total_holds", lang, measure=kind) + "  \n" + text
    for note in left_out_notes(total.left_out, ATTRIBUTE_OF_COLUMN[column], lang):  # names are data: escaped
        text += "  \n" + escape_markdown(note)
    if total.conflicts:
        text += "  \n" + t("overview_page.conflicts", lang, n=total.conflicts)
    return text


def total_text(total: ov.Total, unit: str, lang: str) -> str:
    """The total as a bound when a term is one: "jusqu'à 2 952 MW", "au moins 73 %", "≈ 14 138"."""
    if total.value is None:
        return t("unknown", lang)
    if total.qualifier in ("at_most", "at_least"):  # an upper bound adds the high ends, a lower one the low ends
        value = fmt_quantity(total.high if total.qualifier == "at_most" else total.value, unit, lang)
        return t(f"overview_page.total_{total.qualifier}", lang, value=value)
    return fmt_value(total.value, total.high, unit, lang, total.qualifier)


def abandoned_toggle(filters: Filters, lang: str) -> None:
    """Abandoned projects out of the totals by default; a pill brings them back (`abandoned=1` in the URL)."""
    label = t("overview_page.with_abandoned", lang)
    chosen = st.pills(t("overview_page.totals_scope", lang), [label], default=[label] if filters.with_abandoned else [],
                      selection_mode="multi", key="overview_with_abandoned")
    wanted = label in (chosen or [])
    if wanted != filters.with_abandoned:
        if wanted:
            st.query_params[ABANDONED_PARAM] = "1"
        else:
            del st.query_params[ABANDONED_PARAM]
        st.rerun()
