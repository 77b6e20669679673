"""/siting's methodology block, written from the criteria registry (dashboard.domain.siting): each
criterion's meaning, formula for the chosen preset, source, freshness and limits; the exclusions;
the presets' thresholds."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.domain import siting
from dashboard.i18n import colon, t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.siting_text import label_of, percent
from dashboard.ui.components.tabs import expander_on_demand

METHODOLOGY_KEY = "siting_methodology"  # the method's expander (open: drawn)


def methodology(preset: siting.Preset, weights: dict, lang: str) -> None:
    """The method, drawn once its expander is opened (a page of text and a table below the fold)."""

    def draw() -> None:
        st.markdown(t("siting_page.method_score", lang))
        st.markdown(t("siting_page.method_distances", lang))
        shares = siting.weights_percent(weights)
        for key, criterion in siting.CRITERIA.items():
            weight = f"{t('siting_page.weight_now', lang)} {percent(shares[key], lang)}"
            st.markdown(f"#### {escape_markdown(label_of(criterion, lang))} — {weight}")
            rows = [
                (t("siting_page.meaning", lang), criterion.meaning),
                (
                    t("siting_page.formula", lang, preset=label_of(preset, lang)),
                    {lang: criterion.formula_text(preset.params.get(key, {}), lang)},
                ),
                (t("siting_page.source", lang), criterion.source),
                (t("siting_page.freshness", lang), criterion.freshness),
                (t("siting_page.limits", lang), criterion.limits),
            ]
            st.markdown(
                "\n".join(
                    f"- **{head}**{colon(lang)}{escape_markdown(body.get(lang, body.get('fr', '')))}" for head, body in rows
                )
            )
        st.markdown(f"#### {t('siting_page.exclusions', lang)}")
        st.markdown(
            "\n".join(
                f"- **{escape_markdown(label_of(rule, lang))}**{colon(lang)}"
                + (
                    escape_markdown(rule.rule_text(preset.exclusions[key], lang))
                    if preset.exclusions.get(key) is not None
                    else "—"
                )
                for key, rule in siting.EXCLUSIONS.items()
            )
        )
        st.markdown(f"#### {t('siting_page.presets_table', lang)}")
        table = {}
        for p in siting.PRESETS.values():
            column = {}
            for key, criterion in siting.CRITERIA.items():
                params = p.params.get(key, {})
                if params:
                    column[label_of(criterion, lang)] = ", ".join(f"{k} = {v:g}" for k, v in params.items())
            for key, rule in siting.EXCLUSIONS.items():
                limit = p.exclusions.get(key)
                column[label_of(rule, lang)] = "—" if limit is None else f"{limit:g} {rule.unit}"
            table[label_of(p, lang)] = column
        st.dataframe(pd.DataFrame(table), width="stretch")

    expander_on_demand(t("siting_page.methodology", lang), METHODOLOGY_KEY, draw)
