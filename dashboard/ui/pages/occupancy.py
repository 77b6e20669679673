"""/occupancy: how full the industrial host sites are, one site's history, who moved in, and the
region's brownfields by status (Cartofriches) with their published history."""

import streamlit as st

from dashboard.domain.filters import apply_filters
from dashboard.domain.occupancy import default_history_site, history_of, select_hosts, selectable_hosts, tenants_table
from dashboard.domain.tables import source_ids_in
from dashboard.figures.occupancy import CHARTS
from dashboard.i18n import t
from dashboard.ui.components.brownfields import regional_brownfields
from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.site_links import site_url
from dashboard.ui.components.tabs import tabs_on_demand

TABS_KEY = "occupancy_tabs"

dataset, filters, lang = page_setup("occupancy")
st.title(t("occupancy_page.title", lang))
st.caption(t("occupancy_page.intro", lang))

hosts = select_hosts(dataset.sites, filters)
choices = selectable_hosts(dataset.sites, filters)
tenants_shown = [dataset.sites.iloc[0:0]]  # the tenants the open tab shows, for the footer's sources
selected = apply_filters(dataset.sites, filters)
brownfield_sources: set[str] = set()  # the published counts the region's tab shows


def region() -> None:
    brownfield_sources.update(regional_brownfields(dataset, filters, lang))


if choices.empty and (selected["project_type"] != "region").any():
    st.info(t("occupancy_page.no_host", lang), icon=":material/search_off:")
    region()
elif choices.empty:
    empty_state(lang)
    region()
else:
    by_site, history_spec = CHARTS

    def rates() -> None:
        if not hosts.empty:
            chart(by_site.build(dataset, filters, lang, {}), by_site.chart_id, "occupancy", filters, lang)
        if filters.active:
            st.caption(t("occupancy_page.scope_note", lang))

    def one_site() -> None:
        names = dict(zip(choices["site_id"], choices["name"]))
        options = choices.sort_values("name")["site_id"].tolist()
        default = default_history_site(choices, dataset.occupancy)
        site_id = st.selectbox(t("occupancy_page.site", lang), options, index=options.index(default),
                               format_func=lambda sid: names.get(sid, sid), key="occupancy_site")
        st.subheader(t("occupancy_page.history", lang))
        if history_of(dataset.occupancy, site_id).empty:
            st.info(t("occupancy_page.no_history", lang))
        else:
            fig = history_spec.build(dataset, filters, lang, {"site_id": site_id})
            chart(fig, f"{history_spec.chart_id}-{site_id}", "occupancy", filters, lang)
        st.subheader(t("occupancy_page.tenants", lang))
        table = tenants_table(dataset.sites, site_id, lang)
        tenants_shown.append(dataset.sites[dataset.sites["host_site_id"].astype(str) == site_id])
        if table.empty:
            st.info(t("occupancy_page.no_tenants", lang))
        else:
            page = t("occupancy_page.page", lang)
            table.insert(1, page, [site_url(tenant, lang) for tenant in table.index])  # each tenant's own page
            st.dataframe(table, hide_index=True, width="stretch", column_config={
                page: st.column_config.LinkColumn(page, display_text=t("occupancy_page.open_page", lang), width=100)})
            st.caption(t("occupancy_page.marks", lang))

    # One chart drawn at load; the other tabs' when they are opened.
    tabs_on_demand(TABS_KEY, {t("occupancy_page.tab_rates", lang): rates, t("occupancy_page.tab_site", lang): one_site,
                              t("brownfields.region_title", lang): region})

cited = source_ids_in(choices) | source_ids_in(tenants_shown[-1]) | brownfield_sources
footer(dataset, lang, cited)
