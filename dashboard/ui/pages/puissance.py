"""/puissance: is there power for all this? The projects' announced demand against the region's supply
and grid, the energy it would use, the load per 400 kV substation, and a verdict with its sources."""

import streamlit as st

from dashboard.data import repository as data
from dashboard.domain.filters import apply_filters
from dashboard.domain.power import default_load_factor
from dashboard.export.formats import frames_xlsx_bytes
from dashboard.export.naming import chart_file_stem
from dashboard.export.power_tables import grid_table, projects_table, published_table
from dashboard.export.tables import to_csv_bytes
from dashboard.figures.power import build_energy_by_year, build_grid_map, build_power_by_year, measure_label
from dashboard.i18n import fmt_mw, fmt_range, fmt_ratio, fmt_twh, t
from dashboard.i18n.escape import escape_markdown, markdown_table
from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.power_controls import (FACTOR_KEY, FACTOR_MAX, FACTOR_MIN, FACTOR_STEP, MEASURE_KEY,
                                                     keep_in_url, url_problems, wanted)
from dashboard.ui.components.power_verdict import cannot_say, verdict_lines
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.tabs import expander_on_demand, tabs_on_demand

PAGE = "puissance"
TABS_KEY = "power_tabs"
CANNOT_KEY = "power_cannot"  # what the figures cannot say (expander, built once opened)
PROJECTS_KEY = "power_projects"  # the projects table (expander, built once opened)
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

dataset, filters, lang = page_setup(PAGE)
st.title(t("power_page.title", lang))
st.caption(t("power_page.intro", lang))
selected = apply_filters(dataset.sites, filters)
if (selected["project_type"] == "region").all():  # the filters leave no site: said; the supply stays
    empty_state(lang)
answer = st.container()  # the verdict, above the controls it depends on
controls = st.container()  # the measure and the load factor, above the charts they change

factor = data.per_state(dataset, ("power-default-load-factor",), lambda: default_load_factor(dataset))
default_percent = round(factor.value * 100)
request = wanted(default_percent)  # the widgets' values, else the address's (shareable), else the defaults
view = data.power_view(dataset, filters, request.measure, request.factor / 100)


def once(name: str, compute):
    """compute() once per state of the page (shared, read-only): a run redraws, it does not rebuild."""
    return data.per_state(dataset, (name, filters, view.measure, view.load_factor, lang), compute)



def notes(fig) -> None:
    said = (fig.layout.meta or {}).get("notes", [])
    if said:
        st.caption("\n".join(f"- {escape_markdown(note)}" for note in said))


def power() -> None:
    fig = once("power-by-year", lambda: build_power_by_year(view, dataset.sources, lang))
    chart(fig, "power-by-year", PAGE, filters, lang)
    notes(fig)


def load_factor_control() -> None:
    """The load factor, on the tab whose chart it changes (the verdict's energy line follows it too)."""
    st.slider(t("power_page.load_factor", lang), FACTOR_MIN, FACTOR_MAX, step=FACTOR_STEP, key=FACTOR_KEY,
              value=request.factor)
    words = "load_factor_default" if factor.source_ids else "load_factor_unsourced"
    st.caption(escape_markdown(t(f"power_page.{words}", lang, factor=fmt_ratio(factor.value, lang),
                                 mw=fmt_mw(factor.mw, lang), twh=fmt_twh(factor.twh, lang),
                                 exact=fmt_ratio(factor.exact, lang))))


def energy() -> None:
    load_factor_control()
    fig = once("power-energy-by-year", lambda: build_energy_by_year(view, dataset.sources, lang))
    chart(fig, "power-energy-by-year", PAGE, filters, lang)
    notes(fig)
    share = view.share
    if share is None:
        st.caption(t("power_page.no_share", lang))
    else:
        st.metric(t("power_page.share", lang, year=share.year),
                  fmt_range(share.low, share.high, "ratio", lang),
                  help=t("power_page.share_value", lang, share=fmt_range(share.low, share.high, "ratio", lang),
                         low=fmt_range(share.consumption_low, share.consumption_low, "TWh", lang),
                         high=fmt_range(share.consumption_high, share.consumption_high, "TWh", lang)),
                  delta=None)


def grid() -> None:
    st.caption(t("power_page.grid_intro", lang))
    fig = build_grid_map(view, dataset.sources, lang, "carto-positron", data.drawn_outlines())
    chart(fig, "power-grid-load", PAGE, filters, lang)
    st.dataframe(grid_table(view, dataset.sources, lang), hide_index=True, width="stretch")
    st.info(t("power_page.grid_unpublished", lang), icon=":material/info:")
    st.dataframe(published_table(view, dataset.sources, lang), hide_index=True, width="stretch",
                 column_config={t("power_page.col_link", lang): st.column_config.LinkColumn()})


# The charts are sent before the verdict and the controls, whose containers sit above them (the
# order of sending changed nothing measurable in the browser's load: bench_pages, timeline runs).
tabs_on_demand(TABS_KEY, {t("power_page.tab_power", lang): power, t("power_page.tab_energy", lang): energy,
                          t("power_page.tab_grid", lang): grid})

with answer:
    url_problems(request, view, default_percent, lang)
    # The heading in the verdict's element: each element drawn adds to the page's load.
    st.markdown(once("power-verdict", lambda: f"### {t('power_page.verdict_title', lang)}\n\n"
                     + "\n".join(f"- {line}" for line in verdict_lines(view, dataset.sources, lang))))
    expander_on_demand(t("power_page.cannot_title", lang), CANNOT_KEY,  # built once opened
                       lambda: st.markdown(once("power-cannot", lambda: "\n".join(f"- {line}" for line in cannot_say(view, lang)))))

with controls:
    if view.measures:
        st.segmented_control(t("power_page.measure", lang), list(view.measures), key=MEASURE_KEY, required=True,
                             default=view.measure, help=t("power_page.measure_help", lang),
                             format_func=lambda m: t("power_page.measure_option", lang, label=measure_label(m, lang),
                                                     n=view.measures[m]))
    st.caption(t("power_page.filters_apply", lang) + " "
               + t("power_page.load_factor_where", lang, tab=t("power_page.tab_energy", lang)))
    keep_in_url(view, default_percent)

projects = once("power-projects", lambda: projects_table(view, dataset.sources, lang))
# A Markdown table (a st.dataframe at load costs about a tenth of a bare page's load), built once
# opened: drawn at load, its rows and the expander above were about 4 % of the page's load.
expander_on_demand(t("power_page.projects_table_n", lang, n=len(projects)), PROJECTS_KEY,
                   lambda: st.markdown(once("power-projects-markdown", lambda: markdown_table(projects))))


def workbook() -> bytes:
    return frames_xlsx_bytes({t("power_page.sheet_projects", lang): projects,
                              t("power_page.sheet_grid", lang): grid_table(view, dataset.sources, lang),
                              t("power_page.sheet_published", lang): published_table(view, dataset.sources, lang)},
                             {t("power_page.sheet_published", lang): t("power_page.col_link", lang)})


stem = chart_file_stem(PAGE, "tables", filters)
# A menu like each chart's « Exporter », drawn once opened: the buttons drawn at load brought
# Streamlit's download-button code with the page.
tables_menu = st.popover(t("power_page.downloads", lang), icon=":material/download:")
tables_menu.download_button(t("power_page.csv", lang), data=lambda: to_csv_bytes(projects, lang), file_name=stem + ".csv",
                            mime="text/csv", icon=":material/download:", on_click="ignore", key="power-csv",
                            width="stretch")
tables_menu.download_button(t("power_page.xlsx", lang), data=workbook, file_name=stem + ".xlsx", mime=XLSX_MIME,
                            icon=":material/download:", on_click="ignore", key="power-xlsx", width="stretch")

footer(dataset, lang, {i for cell in view.demand["source_ids"] for i in cell.split(";") if i}
       | {i for line in view.supply for i in line.source_ids} | set(view.consumption["source_id"])
       | set(view.production["source_id"]) | set(view.grid_figures["source_id"]))
