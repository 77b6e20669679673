"""/investment: who invests how much, where, and when the projects come into service."""

import streamlit as st

from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer, sources_of
from dashboard.ui.components.notices import empty_state, md_escape
from dashboard.ui.components.sidebar import page_setup
from dashboard.figures.investment import CHARTS, notes_of, select_projects
from dashboard.domain.filters import apply_filters
from dashboard.i18n import tr

PAGE_TEXT = {
    "fr": {
        "title": "Investissements",
        "intro": "Montants annoncés par projet (centres de données, batteries, recyclage). « ≈ » : valeur "
                 "approximative ; « ⚠ » : les sources ne donnent pas le même chiffre (chaque chiffre est montré). "
                 "Un montant inconnu n'est jamais compté comme 0.",
        "when": "Calendrier",
        "no_project": "La sélection ne contient aucun projet chiffrable ici (centre de données, batterie, "
                      "recyclage) : les sites d'accueil, centrales et postes électriques n'ont pas d'investissement "
                      "de projet.",
    },
    "en": {
        "title": "Investment",
        "intro": "Announced amounts by project (data centres, batteries, recycling). \"≈\": approximate value; "
                 "\"⚠\": the sources give different figures (each one is shown). An unknown amount is never "
                 "counted as 0.",
        "when": "Schedule",
        "no_project": "The selection holds no project this page can chart (data centre, battery, recycling): "
                      "host sites, power plants and substations carry no project investment.",
    },
}

dataset, filters, lang = page_setup("investment")
st.title(tr(PAGE_TEXT, "title", lang))
st.caption(tr(PAGE_TEXT, "intro", lang))

shown = select_projects(dataset.sites, filters)
selected = apply_filters(dataset.sites, filters)
if shown.empty and (selected["project_type"] != "region").any():
    st.info(tr(PAGE_TEXT, "no_project", lang), icon=":material/search_off:")
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
            st.caption("\n".join(f"- {md_escape(note)}" for note in notes))

    draw("investment-by-project")
    draw("investment-by-type")
    draw("investment-by-departement")
    st.subheader(tr(PAGE_TEXT, "when", lang))
    draw("investment-cumulative")
    draw("investment-timeline")

footer(dataset, lang, sources_of(shown))
