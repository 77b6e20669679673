"""/siting: a transparent suitability score for the sites and the user's candidate locations.

Thin page: the criteria, presets, exclusions and scoring live in dashboard.domain.siting (one call,
siting.evaluate, cached by the repository), the controls, ranking table and methodology in
dashboard.ui.components.siting_*, the figures in dashboard.figures.siting (drawn through the chart
registry, as the batch export draws them). The reader's candidates live in the URL (`?cand=`,
ui/components/siting_candidates): a click on the map or a typed place adds one, ranked at once.
"""

from __future__ import annotations

from functools import partial

import streamlit as st

from dashboard.data import repository as data
from dashboard.domain import siting
from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.tables import Dataset, source_ids_in
from dashboard.figures import siting as fs
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.basemap import basemap_control
from dashboard.ui.components.chart import chart, chart_key
from dashboard.ui.components.footer import footer
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.sidebar import page_setup
from dashboard.ui.components.site_links import remember_siting_request
from dashboard.ui.components.siting_candidates import CLICK_GRID_RESOLUTION, added_notice, on_map_click, url_candidates
from dashboard.ui.components.siting_controls import preset_in_force, settings_panel
from dashboard.ui.components.siting_methodology import methodology
from dashboard.ui.components.siting_results import (around_the_results, below_the_results, ranking_order,
                                                     ranking_view, sensitivity_text, sources_caption)
from dashboard.ui.components.opendata import origin_text
from dashboard.ui.components.surface import surface_section
from dashboard.ui.components.tabs import expander_on_demand

CHARTS = {spec.chart_id: spec for spec in fs.CHARTS}
FIRST_SCREEN_MAP_HEIGHT = 470  # px: the map and the first ranks within a 1400×900 screen


# The open data a view of the page depends on: with the Request, the key of what a state shows.
STATE_FILES = ("substations", "osm_grid", "cartofriches", "outlines", "communes")


def draw(chart_id: str, dataset: Dataset, filters: Filters, lang: str, options: dict, on_click=None,
         state: tuple | None = None) -> None:
    """A siting chart through the registry: the page's evaluation in the options, so the page and
    the export score by the same call. With `state` (every input besides the tables and options'
    evaluation), the figure is built once per state and shared read-only (repository.per_state)."""
    spec = CHARTS[chart_id]

    def build():
        return spec.build(dataset, filters, lang, {**spec.default_options, **options})

    fig = build() if state is None else data.per_state(dataset, ("siting", chart_id, lang, state), build)
    chart(fig, chart_id, "siting", filters, lang, on_click=on_click)


def render(dataset: Dataset, filters: Filters, lang: str) -> None:
    # Shown top to bottom: title and campus size, the URL's notices, the results (score map, top
    # ten), then the settings, notices and method. Sent map first: the browser fetches the chart
    # code once a chart arrives, and each element sent before it delayed that.
    head = st.container()
    url_notices = st.container()
    results = st.container()
    intro = st.container()
    preset = preset_in_force()
    outlines, _ = data.load_open_dataset("outlines")  # the polygons: is a candidate place in the region?
    weights, preset = settings_panel(preset, lang, outlines)  # weights, rules, places: drawn once opened
    settings = st.container()  # what the panel holds, in words, under it

    # Scores, ranking and sensitivity: computed once per (data, filters, weights, preset, candidates).
    with url_notices:
        candidates = url_candidates(lang, outlines)
    request = siting.Request.of(filters, weights, preset, candidates)
    remember_siting_request(request)  # a site's page scores with the same preset and weights
    evaluation, odre_error = data.siting_evaluation(dataset.sites, request)
    state = (request, data.open_data_version(STATE_FILES))  # what the views below depend on
    added = evaluation.candidates
    scored = evaluation.scored
    if scored.empty:
        around_the_results((head, intro, settings), weights, preset, evaluation, odre_error, lang)
        empty_state(lang) if apply_filters(dataset.sites, filters).empty else st.info(t("siting_page.nothing_to_score", lang))
        methodology(preset, weights, lang)
        return

    grid_ids = evaluation.grid_source_ids
    open_data = ["communes"] if not added.empty else []  # every candidate is named after its nearest commune
    options = {"evaluation": evaluation, "preset": preset, "weights": weights, "open_data": open_data}
    extra = [t("siting_page.candidates_source", lang)] if not added.empty else []
    caption = escape_markdown(sources_caption(weights, lang, extra))
    borders = data.drawn_outlines()  # what the maps draw of them, prepared once per file
    map_caption = caption
    if borders is not None:  # on the map only: which outlines file
        map_caption += " " + origin_text("outlines", None, lang)

    with results:
        map_column, ranking_column = st.columns([5, 4])
        with map_column:  # the basemap's choice under the map it draws
            drawn = st.container()
            style = basemap_control(t("siting_page.style", lang), "siting_style", lang, words="siting_page",
                                    styles=fs.STYLES)
            with drawn:
                draw("siting-score-map", dataset, filters, lang,
                     {**options, "style": style, "outlines": borders, "height": FIRST_SCREEN_MAP_HEIGHT,
                      "click_grid": data.click_grid(CLICK_GRID_RESOLUTION)},
                     on_click=partial(on_map_click, chart_key("siting-score-map")), state=(state, style))
                # One caption under the map, for the ranking beside it too: the same evaluation.
                st.caption(t("siting_page.click_hint", lang) + "  \n" + map_caption)
        with ranking_column:
            added_notice(scored, lang)  # the place a click or the form just added, with its rank
            checked_first = ranking_order(lang)
            ranking_view(scored, lang, preset.key, checked_first,
                         memo=lambda key, make: data.per_state(dataset, ("siting", key, lang, state), make))
    around_the_results((head, intro, settings), weights, preset, evaluation, odre_error, lang)

    def ranking_chart() -> None:
        draw("siting-ranking", dataset, filters, lang, options)
        st.caption(caption)

    def sensitivity() -> None:
        st.caption(t("siting_page.sensitivity_intro", lang))
        if evaluation.sensitivity.empty:
            st.info(t("siting_page.nothing_ranked", lang))
            return
        st.markdown(escape_markdown(sensitivity_text(evaluation.summary, lang)))
        draw("siting-sensitivity", dataset, filters, lang, options)
        st.caption(caption)

    def suitability() -> None:
        surface_section(dataset, filters, preset, weights, lang, style, borders)

    # The other charts below, each drawn once its expander is opened (a first tab would be drawn at load).
    for key, (label, panel) in below_the_results(lang, ranking_chart, sensitivity, suitability).items():
        expander_on_demand(label, key, panel)

    methodology(preset, weights, lang)
    cited = data.per_state(dataset, ("siting-sources", state), lambda: frozenset(
        source_ids_in(scored[scored["project_type"] != siting.CANDIDATE_TYPE]) | set(grid_ids)))
    footer(dataset, lang, cited)


dataset, filters, lang = page_setup("siting")
render(dataset, filters, lang)
