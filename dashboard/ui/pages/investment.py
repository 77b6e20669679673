"""/investment: who invests how much, where, and when the projects come into service."""

import streamlit as st

from dashboard.domain.filters import apply_filters
from dashboard.domain.investment import select_projects
from dashboard.domain.tables import source_ids_in
from dashboard.figures.investment import CHARTS, notes_of
from dashboard.domain.schedule import project_slips
from dashboard.figures.schedule import CHARTS as SCHEDULE_CHARTS
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.chart import chart
from dashboard.ui.components.facts import slip_table
from dashboard.ui.components.footer import footer
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.tabs import tabs_on_demand

TABS_KEY = "investment_tabs"

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
    specs = {spec.chart_id: spec for spec in (*CHARTS, *SCHEDULE_CHARTS)}

    def draw(chart_id: str) -> None:
        """The chart, then its notes (what was left out, each conflicting source's figure)."""
        spec = specs[chart_id]
        fig = spec.build(dataset, filters, lang, dict(spec.default_options))
        chart(fig, chart_id, "investment", filters, lang)
        notes = notes_of(fig)
        if notes:
            st.caption("\n".join(f"- {escape_markdown(note)}" for note in notes))

    def schedule() -> None:
        """Promised commissioning over time: the chart, then the delay table sorted by slip."""
        draw("investment-schedule-slips")
        slip_table(project_slips(dataset, filters), dataset, lang)

    # One chart drawn at load; the others when their tab is opened.
    tabs = {"tab_project": "investment-by-project", "tab_type": "investment-by-type",
            "tab_departement": "investment-by-departement", "tab_cumulative": "investment-cumulative"}
    panels = {t(f"investment_page.{word}", lang): (lambda chart_id=chart_id: draw(chart_id))
              for word, chart_id in tabs.items()}
    panels[t("investment_page.when", lang)] = schedule
    tabs_on_demand(TABS_KEY, panels)

footer(dataset, lang, source_ids_in(shown))
