"""/occupancy: how full the industrial host sites are, one site's history, and who moved in."""

import streamlit as st

from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer, sources_of
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.sidebar import page_setup
from dashboard.figures.occupancy import (
    CHARTS,
    default_history_site,
    history_of,
    select_hosts,
    selectable_hosts,
    tenants_table,
)
from dashboard.domain.filters import apply_filters
from dashboard.i18n import tr

PAGE_TEXT = {
    "fr": {
        "title": "Réoccupation des sites industriels",
        "intro": "Taux d'occupation publié pour chaque site industriel d'accueil (dernier chiffre connu), "
                 "son évolution et les entreprises installées. Un taux non publié reste « inconnu ».",
        "scope_note": "Sites affichés : les sites d'accueil retenus par les filtres et ceux qui hébergent les "
                      "projets retenus.",
        "site": "Site d'accueil",
        "history": "Évolution du taux d'occupation",
        "no_history": "Aucun taux d'occupation publié pour ce site.",
        "tenants": "Occupants du site",
        "no_tenants": "Aucun occupant connu pour ce site.",
        "marks": "« ≈ » : valeur approximative ; « ⚠ » : les sources donnent des chiffres différents (la plus "
                 "récente est affichée) ; « inconnu » : aucune source ne donne la valeur.",
        "no_host": "La sélection ne contient aucun site industriel d'accueil ni aucun projet hébergé par un site.",
    },
    "en": {
        "title": "Reoccupation of industrial sites",
        "intro": "Published occupancy rate of each industrial host site (latest known figure), how it changed, and "
                 "the companies that moved in. A rate nobody published stays \"unknown\".",
        "scope_note": "Sites shown: the host sites the filters keep and those hosting the projects they keep.",
        "site": "Host site",
        "history": "Occupancy rate over time",
        "no_history": "No occupancy rate published for this site.",
        "tenants": "Tenants of the site",
        "no_tenants": "No known tenant for this site.",
        "marks": "\"≈\": approximate value; \"⚠\": the sources give different figures (the latest is shown); "
                 "\"unknown\": no source gives the value.",
        "no_host": "The selection holds no industrial host site and no project hosted on a site.",
    },
}

dataset, filters, lang = page_setup("occupancy")
st.title(tr(PAGE_TEXT, "title", lang))
st.caption(tr(PAGE_TEXT, "intro", lang))

hosts = select_hosts(dataset.sites, filters)
choices = selectable_hosts(dataset.sites, filters)
tenants_shown = dataset.sites.iloc[0:0]
selected = apply_filters(dataset.sites, filters)
if choices.empty and (selected["project_type"] != "region").any():
    st.info(tr(PAGE_TEXT, "no_host", lang), icon=":material/search_off:")
elif choices.empty:
    empty_state(lang)
else:
    by_site, history_spec = CHARTS
    if not hosts.empty:
        chart(by_site.build(dataset, filters, lang, {}), by_site.chart_id, "occupancy", filters, lang)
    if filters.active:
        st.caption(tr(PAGE_TEXT, "scope_note", lang))

    names = dict(zip(choices["site_id"], choices["name"]))
    options = choices.sort_values("name")["site_id"].tolist()
    default = default_history_site(choices, dataset.occupancy)
    site_id = st.selectbox(tr(PAGE_TEXT, "site", lang), options, index=options.index(default),
                           format_func=lambda sid: names.get(sid, sid), key="occupancy_site")

    st.subheader(tr(PAGE_TEXT, "history", lang))
    if history_of(dataset.occupancy, site_id).empty:
        st.info(tr(PAGE_TEXT, "no_history", lang))
    else:
        fig = history_spec.build(dataset, filters, lang, {"site_id": site_id})
        chart(fig, f"{history_spec.chart_id}-{site_id}", "occupancy", filters, lang)

    st.subheader(tr(PAGE_TEXT, "tenants", lang))
    table = tenants_table(dataset.sites, site_id, lang)
    tenants_shown = dataset.sites[dataset.sites["host_site_id"].astype(str) == site_id]
    if table.empty:
        st.info(tr(PAGE_TEXT, "no_tenants", lang))
    else:
        st.dataframe(table, hide_index=True, width="stretch")
        st.caption(tr(PAGE_TEXT, "marks", lang))

cited = sources_of(choices) | sources_of(tenants_shown)
footer(dataset, lang, cited)
