"""/siting's suitability surface: the region's H3 cells scored with the user's preset and weights
(choropleth with its legend) and the best zones (commune, brownfield, 400 kV point)."""

from __future__ import annotations

from functools import partial

import streamlit as st

from dashboard.data import repository as data
from dashboard.domain import siting, surface
from dashboard.domain.filters import Filters
from dashboard.domain.tables import Dataset
from dashboard.export.surface_zones import zones_csv_bytes, zones_geojson_bytes
from dashboard.figures.surface import build_surface_map, zones_table
from dashboard.i18n import t
from dashboard.ui.components.chart import chart, chart_key
from dashboard.ui.components.siting_candidates import on_map_click

SHIPPED_RESOLUTIONS = (6, 7)  # 8 (≈ 49,000 cells) rescoring fits the budget, the choropleth does not
N_ZONES = 10


def surface_section(dataset: Dataset, filters: Filters, preset: siting.Preset, weights, lang: str,
                    style: str = "carto-positron", outlines: dict | str | None = None) -> None:
    """The section; `style` and `outlines` as on the page's score map (same basemap choice)."""
    st.subheader(t("surface.section", lang))
    st.caption(t("surface.intro", lang))
    resolution = st.segmented_control(t("surface.resolution", lang), SHIPPED_RESOLUTIONS, default=SHIPPED_RESOLUTIONS[0],
                                      required=True, key="siting_surface_res",
                                      format_func=lambda r: t(f"surface.resolution_{r}", lang))
    scored = data.surface_scores(dataset.sites, resolution, preset, weights)
    if not scored.attrs.get("from_outlines"):
        st.caption(t("surface.bbox_note", lang))
    chart_id = f"siting-surface-r{resolution}"
    # A click on a hexagon adds a candidate at its centre (ui/components/siting_candidates).
    chart(build_surface_map(scored, lang, style, outlines), chart_id, "siting", filters, lang,
          on_click=partial(on_map_click, chart_key(chart_id)))
    st.caption(t("surface.cells", lang, n=len(scored), excluded=int(scored["excluded"].sum()),
                 brownfields=int(scored["brownfield_cell"].sum())))
    st.subheader(t("surface.zones", lang))
    zones = surface.best_zones(scored, N_ZONES)
    if zones.empty:
        st.info(t("surface.no_zone", lang), icon=":material/info:")
        return
    st.caption(t("surface.zones_intro", lang, n=len(zones), km=f"{surface.ZONE_SPACING_KM:g}"))
    st.dataframe(zones_table(zones, lang), hide_index=True, width="stretch")
    zone_downloads(zones, f"siting__best-zones__r{resolution}__{preset.key}", lang)


def zone_downloads(zones, stem: str, lang: str) -> None:
    """The best zones as CSV and GeoJSON (export.surface_zones), written when clicked."""
    row = st.container(horizontal=True, gap="small")
    for fmt, make, mime in (("csv", zones_csv_bytes, "text/csv"), ("geojson", zones_geojson_bytes, "application/geo+json")):
        with row:
            st.download_button(t(f"surface.download_{fmt}", lang), data=partial(make, zones, lang), file_name=f"{stem}.{fmt}",
                               mime=mime, key=f"siting-zones-{fmt}", on_click="ignore", icon=":material/download:",
                               help=t("surface.download_help", lang, n=len(zones)), width="content")
