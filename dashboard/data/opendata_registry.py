"""The open datasets the product uses, each declared once (publisher, licence, URL, cache file,
reader, checks); every download and read goes through dashboard.data.opendata_store with them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dashboard import config
from dashboard.data import administrative, cartofriches, ign_datacenters, osm_grid, substations
from dashboard.data.opendata_checks import OpenDataError
from dashboard.domain.brownfields import BROWNFIELD_COLUMNS
from dashboard.domain.schema import IGN_DATACENTER_COLUMNS


@dataclass(frozen=True)
class OpenDataset:
    name: str
    title: str
    publisher: str
    licence: str
    page_url: str
    download_url: str
    filename: str
    # The reader: parse(raw, **{need: the loaded dataset (None when missing) for need in needs}).
    parse: Callable[..., object]
    # Used by the UI when the dataset is missing.
    purpose: str
    cadence: str = ""
    # Discovery step: the download URL answers with a listing (a data.gouv.fr dataset API), and
    # resolve(listing) -> (URL of the current file, its date).
    resolve: Callable[[bytes], tuple[str, str]] | None = None
    # Tabular datasets: parse() returns a DataFrame, cached as Parquet with its date in attrs
    # ("as_of", "url", "fetched", "sha256"); the raw download is not kept.
    tabular: bool = False
    # Fewest records a complete file has (a plausibility check; HDF_OPENDATA_<NAME>_MIN_ROWS).
    min_rows: int = 1
    # A table's columns the pages read, and those of them read as numbers (opendata_checks.check_table):
    # a cache or override without them is refused by name before any page indexes it.
    columns: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    # The copy shipped under data/reference/ (used when no download is cached) and its edition's date.
    embedded: str = ""
    embedded_as_of: str = ""
    embedded_source: str = ""  # its publisher, title and licence, as data/reference/README.md names them
    # Datasets the reader places rows with (the outlines, the communes), passed by name.
    needs: tuple[str, ...] = ()


DATASETS: dict[str, OpenDataset] = {
    d.name: d
    for d in (
        OpenDataset(
            name="outlines",
            title="Contours administratifs — départements (1000 m)",
            publisher="Etalab",
            licence="Licence Ouverte 2.0",
            page_url="https://etalab-datasets.geo.data.gouv.fr/contours-administratifs/",
            download_url="https://etalab-datasets.geo.data.gouv.fr/contours-administratifs/2024/geojson/departements-1000m.geojson",
            filename="departements.geojson",
            min_rows=5,  # the five départements (the national file has about 100)
            embedded="departements-hauts-de-france.geojson",
            embedded_as_of="2018",
            embedded_source="IGN, Admin Express COG 2018 (via france-geojson), Licence Ouverte",
            parse=administrative.parse_outlines,
            purpose="département outlines on the map",
        ),
        OpenDataset(
            name="substations",
            title="Postes électriques RTE",
            publisher="RTE (ODRÉ)",
            licence="RTE open data (ODRÉ)",
            page_url="https://odre.opendatasoft.com/explore/dataset/postes-electriques-rte/",
            download_url="https://odre.opendatasoft.com/explore/dataset/postes-electriques-rte/download/?format=csv&use_labels_for_header=true",
            filename="postes-electriques-rte.csv",
            min_rows=100,  # the region alone has over 600 substations
            embedded="postes-electriques-rte-hauts-de-france.csv",
            embedded_as_of="2024",  # the last edition with coordinates
            embedded_source="RTE, « postes-electriques-rte » (ODRÉ), Licence Ouverte 2.0",
            parse=substations.parse,
            columns=("code", "name", "function", "state", "voltage_kv", "lat", "lon"),
            numbers=("voltage_kv", "lat", "lon"),
            purpose="distances to 225 kV substations",
        ),
        OpenDataset(
            name="communes",
            title="Communes des Hauts-de-France (API Découpage administratif)",
            publisher="Etalab (geo.api.gouv.fr)",
            licence="Licence Ouverte 2.0",
            page_url="https://geo.api.gouv.fr/decoupage-administratif/communes",
            download_url="https://geo.api.gouv.fr/communes?codeRegion=32&fields=nom,code,codeDepartement,centre&format=json",
            filename="communes-hdf.json",
            min_rows=1000,  # the region has about 3,800 communes
            embedded="communes-hauts-de-france.csv",
            embedded_as_of="2024",
            embedded_source="INSEE, Code officiel géographique 2024, et La Poste, Base officielle des codes postaux "
                            "(data.gouv.fr), Licence Ouverte 2.0",
            parse=administrative.parse_communes,
            columns=("insee", "name", "departement", "lat", "lon"),
            numbers=("lat", "lon"),
            purpose="offline place search for candidate sites",
        ),
        OpenDataset(
            name="cartofriches",
            title="Sites référencés dans Cartofriches",
            publisher="Cerema (Ministère de la Transition écologique), data.gouv.fr",
            licence="Licence Ouverte 2.0",
            page_url=cartofriches.DATASET_PAGE_URL,
            download_url=cartofriches.DATASET_API_URL,
            filename="cartofriches-hdf.parquet",
            # A row without a commune code is placed by its point in the outlines.
            parse=cartofriches.parse_csv,
            needs=("outlines",),
            # The national file has about 28,000 sites (2025); the region's share is far above 100.
            min_rows=100,
            columns=BROWNFIELD_COLUMNS,
            numbers=("surface_m2", "lat", "lon"),
            purpose="brownfield map layer, brownfield siting candidates, brownfields by status on /occupancy",
            cadence="irregular dated snapshots (2025-04-22, 2026-04-15, …)",
            resolve=cartofriches.resolve,
            tabular=True,
        ),
        OpenDataset(
            name="osm_grid",
            title="OpenStreetMap — postes et lignes 225 / 400 kV (Overpass API)",
            publisher="OpenStreetMap contributors (Overpass API)",
            licence="ODbL 1.0 (© OpenStreetMap contributors)",
            page_url="https://www.openstreetmap.org/copyright",
            download_url=osm_grid.query_url(),
            filename="osm-grid-hdf.parquet",
            parse=osm_grid.parse,
            # The region's 400 kV lines alone are dozens of ways; an answer with fewer is cut short.
            min_rows=10,
            columns=osm_grid.OSM_GRID_COLUMNS,
            numbers=("voltage_kv", "lat", "lon"),
            purpose="400 kV lines and substations on the map, distance to the nearest 400 kV line",
            cadence="continuous (OSM edits); the cache is a snapshot at its download date",
            tabular=True,
        ),
        OpenDataset(
            name="ign_datacenters",
            title="Localisation et caractérisation des datacenters en France",
            publisher="IGN, Portail cartographique des énergies renouvelables (données Cerema)",
            licence="unconfirmed",  # the portal's page names none (docs/research: unconfirmed)
            page_url=ign_datacenters.PORTAL_URL,
            download_url=ign_datacenters.DOWNLOAD_URL,
            filename="ign-datacenters-hdf.parquet",
            # The département from EnRezo's commune name, else from the point in the outlines.
            parse=ign_datacenters.parse,
            needs=("communes", "outlines"),
            # How many of the 2024 edition's data centres lie in the region is unconfirmed: no floor
            # beyond one; a new edition is compared with the cached one.
            min_rows=1,
            columns=IGN_DATACENTER_COLUMNS,
            numbers=("lat", "lon"),
            purpose='data-centre layer on the map ("Data centres (IGN, 2024)")',
            cadence="dated editions (2024-04-01); refresh cadence unconfirmed",
            tabular=True,
        ),
    )
}


def dataset_for(name: str) -> OpenDataset:
    try:
        return DATASETS[name]
    except KeyError:
        raise OpenDataError(f"unknown dataset {name!r}; known: {', '.join(DATASETS)}") from None


def min_rows(dataset: OpenDataset) -> int:
    return config.opendata_min_rows(dataset.name, dataset.min_rows)


def download_url(name: str) -> str:
    return config.opendata_url(name, dataset_for(name).download_url)
