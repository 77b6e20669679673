"""/investment: who invests how much, where, and when the projects come into service."""

import streamlit as st

from dashboard.domain.filters import apply_filters
from dashboard.domain.investment import select_projects
from dashboard.domain.tables import source_ids_in
from dashboard.figures.investment import CHARTS, notes_of
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.sidebar import page_setup

dataset, filters, lang = page_setup("investment")
st.title(t("investment_page.title", lang))
st.caption(t("investment_page.intro", lang))

shown = select_projects(dataset.sites, filters)
selected = apply_filters(dataset.sites, filters)
if shown.empty and (selected["project_type"] != "region").any():
    st.info(t("investment_page.no_project", lang), icon=":material/search_off:")
elif shown.empty:
    empty_state(lang)
else:
    specs = {spec.chart_id: spec for spec in CHARTS}

    def draw(chart_id: str) -> None:
        """The chart, then its notes (what was left out, each conflicting source's figure)."""
        spec = specs[chart_id]
        fig = spec.build(dataset, filters, lang, dict(spec.default_options))
        chart(fig, chart_id, "investment", filters, lang)
        notes = notes_of(fig)
        if notes:
            st.caption("\n".join(f"- {escape_markdown(note)}" for note in notes))

    draw("investment-by-project")
    draw("investment-by-type")
    draw("investment-by-departement")
    st.subheader(t("investment_page.when", lang))
    draw("investment-cumulative")
    draw("investment-timeline")

footer(dataset, lang, source_ids_in(shown))
