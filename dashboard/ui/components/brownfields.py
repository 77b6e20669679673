"""/occupancy's regional view: the region's brownfields by status (Cartofriches), the share with a
project or reused, and its history from Cerema's published counts (seed facts)."""

from __future__ import annotations

import streamlit as st

from dashboard.domain import brownfields as bf
from dashboard.domain.filters import Filters
from dashboard.domain.tables import Dataset
from dashboard.figures.brownfields import build_share_history_chart, build_status_chart
from dashboard.i18n import fmt_ratio, t
from dashboard.ui.components.chart import chart
from dashboard.ui.components.opendata import open_dataset


def regional_brownfields(dataset: Dataset, filters: Filters, lang: str) -> set[str]:
    """Draws the section; returns the source ids of the published counts it shows."""
    st.header(t("brownfields.region_title", lang))
    st.caption(t("brownfields.region_intro", lang))
    current = open_dataset("cartofriches", lang, "occupancy")
    if current is not None and filters.deps:
        current = current[current["departement"].isin(filters.deps)].copy()
    if current is not None and not current.empty:
        level_col, measure_col = st.columns(2)
        level = level_col.radio(t("brownfields.level", lang), ("departement", "commune"), horizontal=True,
                                key="occupancy_bf_level", format_func=lambda k: t(f"brownfields.level_{k}", lang))
        measure = measure_col.radio(t("brownfields.measure", lang), ("sites", "hectares"), horizontal=True,
                                    key="occupancy_bf_measure", format_func=lambda k: t(f"brownfields.measure_{k}", lang))
        summary = bf.by_area(current, level)
        summary = bf.top_areas(summary, 15) if level == "commune" else summary
        chart(build_status_chart(summary, lang, measure), f"brownfields-{level}-{measure}", "occupancy", filters, lang)
        if measure == "hectares":
            st.caption(t("brownfields.hectares_note", lang, missing=int(current["surface_m2"].isna().sum())))
        share = bf.project_share(current)
        date = current.attrs.get("as_of", "")
        left, right = st.columns(2)
        left.metric(t("brownfields.share", lang), fmt_ratio(share["share"], lang) if share["qualified"] else
                    t("brownfields.no_share", lang),
                    help=t("brownfields.share_help", lang, done=share["with_project_or_reused"],
                           qualified=share["qualified"], date=date))
        right.metric(t("brownfields.share_ha", lang), fmt_ratio(share["share_hectares"], lang))
    history = bf.share_history(dataset.facts, dataset.sites, current)
    if filters.deps:
        history = history[history["area"].isin(filters.deps)]
    st.subheader(t("brownfields.history_title", lang))
    if history.empty:
        st.info(t("brownfields.no_history", lang), icon=":material/info:")
        return set()
    chart(build_share_history_chart(history, lang), "brownfields-share-history", "occupancy", filters, lang)
    st.caption(t("brownfields.history_note", lang))
    counted = dataset.facts[dataset.facts["attribute"].isin(bf.COUNT_ATTRIBUTES)]
    return set(counted["source_id"].astype(str))
