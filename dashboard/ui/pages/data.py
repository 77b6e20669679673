"""Data (`/data`): the filtered table of sites, its downloads (CSV, GeoJSON, XLSX, the whole dataset as a
data package; all safe to open in a spreadsheet),
and the sources with their links, dates and licences."""

from __future__ import annotations

import dataclasses

import streamlit as st

from dashboard.domain.filters import apply_filters
from dashboard.domain.tables import source_ids_in
from dashboard.export import tables as csv_export
from dashboard.export.tables import site_table, sources_table, styled
from dashboard.i18n import t
from dashboard.ui.components.downloads import data_downloads
from dashboard.ui.components.footer import footer
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.site_links import site_url

dataset, filters, lang = page_setup("data")
st.title(t("data_page.title", lang))
st.caption(t("data_page.intro", lang))

sites = apply_filters(dataset.sites, filters)
table = site_table(dataset, sites, lang)

if table.frame.empty:
    empty_state(lang)
    footer(dataset, lang, set())
else:
    st.write(t("data_page.rows", lang, n=len(table.frame)))
    name = csv_export.column_label("name", lang)
    page = t("data_page.page", lang)
    # On screen only (not in the downloads): each row links to its site's page.
    with_links = table.frame.copy()
    with_links.insert(1, page, [site_url(site_id, lang) for site_id in table.site_ids])
    st.dataframe(
        styled(dataclasses.replace(table, frame=with_links)),
        hide_index=True,
        width="stretch",
        height=36 * (min(len(table.frame), 18) + 1) + 4,
        placeholder=t("unknown", lang),  # a missing number reads "inconnu", never "None" or 0
        column_config={
            name: st.column_config.TextColumn(name, pinned=True, width=280),
            page: st.column_config.LinkColumn(page, display_text=t("data_page.open_page", lang), pinned=True,
                                              width=90),
        },
    )
    shown = source_ids_in(sites[sites["project_type"] != "region"])
    sources = dataset.sources[dataset.sources["source_id"].isin(shown)]
    listed = sources_table(sources, lang)
    data_downloads(dataset, table, sites, listed, filters, lang)
    st.subheader(t("data_page.sources", lang))
    st.caption(t("data_page.sources_caption", lang, n=len(sources)))
    link = t("tables.link", lang)
    st.dataframe(
        listed,
        hide_index=True,
        placeholder="",
        width="stretch",
        column_config={
            link: st.column_config.LinkColumn(link, display_text=t("data_page.open", lang), width=70),
            t("tables.title", lang): st.column_config.TextColumn(width=480),
        },
    )
    footer(dataset, lang, shown)
