"""/map's selection: the layers a reader switches on and off, and the sites each one shows."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.geo import points_in_outlines

# Layers the user switches on and off, and the project types each one shows.
LAYERS: dict[str, tuple[str, ...]] = {
    "projects": ("data_center",),
    "plants": ("battery", "recycling"),
    "hosts": ("industrial_site",),
    "power": ("power_plant", "substation"),
    "outlines": (),
    # Open-data layers: no project type, their data passed in the figure's options.
    "brownfields": (),
    "osm_grid": (),
    "ign_datacenters": (),
}
# Off until the reader asks: IGN's data-centre layer (its file is read only when it is on).
OFF_BY_DEFAULT = ("ign_datacenters",)
DEFAULT_LAYERS = tuple(layer for layer in LAYERS if layer not in OFF_BY_DEFAULT)
# Map layer -> the open dataset it draws (dashboard.data.opendata.DATASETS).
OPEN_LAYERS = {"brownfields": "cartofriches", "osm_grid": "osm_grid", "ign_datacenters": "ign_datacenters"}
CONTEXT_TYPES = LAYERS["power"]  # grid context: kept on the map whatever the project filters


def mappable(sites: pd.DataFrame) -> pd.DataFrame:
    """Rows with a position (the region row and entities without coordinates are not drawn)."""
    return sites[(sites["project_type"] != "region") & sites["lat"].notna() & sites["lon"].notna()]


def select_map_sites(sites: pd.DataFrame, filters: Filters, layers) -> pd.DataFrame:
    """The sites on the map: those passing the filters, plus the grid context when its layer is on."""
    keep = CONTEXT_TYPES if "power" in layers else ()
    shown = apply_filters(sites, filters, keep_types=keep)
    types = {ptype for layer in layers for ptype in LAYERS.get(layer, ())}
    return shown[(shown["project_type"] != "region") & shown["project_type"].isin(types)]


def ign_in_region(centres: pd.DataFrame | None, outlines: dict | None) -> tuple[pd.DataFrame | None, int, int]:
    """IGN's data centres for the map: (rows kept, rows left out, rows placed by the box only).

    A row whose file gives no département code was kept by the parser when it lies in the region's
    bounding box, which also covers Paris's northern suburbs and bits of Grand Est and Belgium. With
    the département outlines, such a row is kept only inside them; without, it stays and is counted
    as placed by the box only (the page says so)."""
    if centres is None or centres.empty or "departement" not in centres.columns:
        return centres, 0, 0
    unknown = centres["departement"].isna() | (centres["departement"].astype(str).str.strip() == "")
    if not unknown.any():
        return centres, 0, 0
    if not outlines:
        return centres, 0, int(unknown.sum())
    inside = points_in_outlines(centres.loc[unknown, "lat"], centres.loc[unknown, "lon"], outlines)
    drop = centres.index[unknown][~inside]
    return centres.drop(index=drop), len(drop), 0
