"""A small synthetic Dataset with the schema's columns, for tests of figures and pages.

    from tests.fixtures import sample_dataset, make_dataset, site, fact, source

`sample_dataset()` is a fixed, hand-written region (test data, not facts): two data centres (one
with conflicting investment figures and an approximate power, one with unknown investment), a
battery plant, two recycling plants, two industrial host sites (one with an occupancy history
56 % → 60 % → 80 %, one with unknown occupancy), Gravelines, two 400 kV substations and the
region row. Build your own with `make_dataset(sites=[site(...)], facts=[fact(...)], ...)`:
`sites.source_ids`, `sites.as_of`, `sites.latest_fact_as_of` and the `schedule` table are derived from the
facts the way the build does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import json
import locale
import subprocess
import sys
import threading
import time
import traceback
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pandas as pd

from dashboard.domain.schema import (
    FACTS_COLUMNS,
    OCCUPANCY_COLUMNS,
    PROBLEMS_COLUMNS,
    SCHEDULE_COLUMNS,
    SITES_COLUMNS,
    SOURCES_COLUMNS,
    VALUE_COLUMNS,
)
from dashboard.domain.tables import Dataset

NAN = float("nan")
_TEXT_COLUMNS = ("operator", "commune", "departement", "location_precision", "location_source", "host_site_id")
_COLUMN_OF = {"investment": "investment_eur", "power": "power_mw", "floor_area": "floor_area_m2",
              "land_area": "land_area_m2", "jobs": "jobs", "occupancy": "occupancy_rate",
              "commissioning": "commissioning", "announced": "announced", "status": "status"}
_UNIT_OF = {"investment": "EUR", "power": "MW", "floor_area": "m2", "land_area": "m2", "jobs": "jobs",
            "occupancy": "ratio"}


def site(site_id: str, project_type: str, **values) -> dict:
    """A `sites` row: every schema column, unknown (NaN / '' / False) unless given."""
    row: dict = {column: NAN for column in SITES_COLUMNS}
    row.update({column: "" for column in _TEXT_COLUMNS})
    row.update({f"{c}_approx": False for c in VALUE_COLUMNS} | {f"{c}_conflict": False for c in VALUE_COLUMNS})
    row.update(site_id=site_id, name=site_id, project_type=project_type, status="unknown",
               commissioning_start=None, commissioning_end=None, announced_start=None,
               nearest_400kv_name="", nearest_225kv_name="", source_ids="", as_of="", latest_fact_as_of=None,
               fast_track=False)
    unknown = set(values) - set(SITES_COLUMNS)
    if unknown:
        raise KeyError(f"not a sites column: {sorted(unknown)}")
    row.update(values)
    return row


def fact(site_id: str, attribute: str, value: object, as_of: str, source_id: str, **values) -> dict:
    """A `facts` row; `value` is the normalized number (or the status text, or a (start, end) period)."""
    row = {
        "fact_id": f"{source_id}:{site_id}:{attribute}:{as_of}",
        "site_id": site_id,
        "attribute": attribute,
        "column": _COLUMN_OF.get(attribute, attribute),
        "raw_value": str(value),
        "quoted": attribute != "status",  # the source's words, unless said otherwise (quoted=False)
        "value": NAN,
        "value_low": NAN,
        "value_high": NAN,
        "unit": _UNIT_OF.get(attribute, ""),
        "approximate": False,
        "qualifier": "",  # '' = read from `approximate` and the range (domain.retained.site_qualifiers)
        "measure": "",
        "projection": False,
        "period_start": None,
        "period_end": None,
        "as_of": as_of,
        "source_id": source_id,
        "also_source_ids": "",
        "note": "",
        "is_current": True,
        "conflict": False,
        "tie": False,
    }
    if isinstance(value, tuple):
        row["period_start"], row["period_end"] = value
    elif isinstance(value, (int, float)):
        row["value"] = row["value_low"] = row["value_high"] = float(value)
    values.setdefault("raw_value", row["raw_value"])
    row.update(values)
    return row


def source(source_id: str, publisher: str, published: str, **values) -> dict:
    row = {"source_id": source_id, "publisher": publisher, "title": f"Article {source_id}",
           "url": f"https://example.org/{source_id}", "published": published, "language": "fr",
           "licence": "", "reliability": "secondary"}
    row.update(values)
    return row


def make_dataset(sites=(), facts=(), occupancy=(), sources=(), problems=()) -> Dataset:
    """A Dataset from row dicts; fills sites.source_ids and sites.as_of from the facts when empty."""
    facts_df = pd.DataFrame(list(facts), columns=list(FACTS_COLUMNS))
    sites_df = pd.DataFrame(list(sites), columns=list(SITES_COLUMNS))
    for i, row in sites_df.iterrows():
        own = facts_df[facts_df["site_id"] == row["site_id"]]
        if not row["source_ids"]:
            ids = set(own["source_id"]) | ({row["location_source"]} if row["location_source"] else set())
            sites_df.at[i, "source_ids"] = ";".join(sorted(ids))
        dated = own["as_of"].fillna("").astype(str)
        dated = dated[dated != ""]
        if not row["as_of"] and not dated.empty:
            sites_df.at[i, "as_of"] = max(dated)
        if row["latest_fact_as_of"] is None or pd.isna(row["latest_fact_as_of"]):
            sites_df.at[i, "latest_fact_as_of"] = max(dated) if not dated.empty else ""
    schedule = facts_df[facts_df["attribute"] == "commissioning"].sort_values(["site_id", "as_of", "source_id"])
    return Dataset(
        sites=sites_df,
        facts=facts_df,
        occupancy=pd.DataFrame(list(occupancy), columns=list(OCCUPANCY_COLUMNS)),
        sources=pd.DataFrame(list(sources), columns=list(SOURCES_COLUMNS)),
        problems=pd.DataFrame(list(problems), columns=list(PROBLEMS_COLUMNS)),
        schedule=schedule[list(SCHEDULE_COLUMNS)].reset_index(drop=True),
    )


def sample_dataset() -> Dataset:
    """The fixed test region described in the module docstring."""
    centroid = {"location_precision": "commune_centroid", "location_source": "insee"}
    exact = {"location_precision": "exact", "location_source": "rte"}
    sites = [
        site("hdf", "region", name="Hauts-de-France", data_center_target=10, state_identified_sites=16),
        site("dc-bethune", "data_center", name="DC Béthune", operator="Azur", commune="Béthune", departement="62",
             lat=50.53, lon=2.64, host_site_id="host-bethune", status="announced", **centroid,
             investment_eur=1.5e9, investment_eur_conflict=True, power_mw=200.0, power_mw_approx=True,
             commissioning_start="2027-01-01", commissioning_end="2028-12-31", announced_start="2025-09-01"),
        site("dc-dunkerque", "data_center", name="DC Dunkerque", operator="Nordic", commune="Dunkerque",
             departement="59", lat=51.03, lon=2.37, status="planned", **exact, power_mw=1000.0,
             announced_start="2024-02-01"),
        site("bat-douai", "battery", name="Gigafactory Douai", operator="Batt", commune="Douai", departement="59",
             lat=50.37, lon=3.08, status="operational", **centroid, investment_eur=2e9, jobs=1000.0,
             commissioning_start="2025-06-01", commissioning_end="2025-06-30", announced_start="2021-06-01"),
        site("rec-dunkerque", "recycling", name="Recyclage Dunkerque", operator="Rec", commune="Dunkerque",
             departement="59", lat=51.02, lon=2.30, status="under_construction", **centroid,
             investment_eur=4.5e8, investment_eur_approx=True, power_mw=50.0,
             commissioning_start="2026-01-01", commissioning_end="2026-12-31"),
        site("rec-bethune", "recycling", name="Recyclage Béthune", operator="Cycle", commune="Béthune",
             departement="62", lat=50.531, lon=2.641, host_site_id="host-bethune", status="announced", **centroid),
        site("host-bethune", "industrial_site", name="Ex-Bridgestone Béthune", commune="Béthune", departement="62",
             lat=50.532, lon=2.642, **centroid, occupancy_rate=0.8, floor_area_m2=26000.0),
        site("host-amiens", "industrial_site", name="Friche Amiens", commune="Amiens", departement="80",
             lat=49.89, lon=2.30, **centroid),
        site("gravelines", "power_plant", name="CNPE de Gravelines", operator="EDF", commune="Gravelines",
             departement="59", lat=51.0144, lon=2.135, status="operational", **exact, power_mw=5460.0),
        site("ss-warande", "substation", name="Warande 400 kV", operator="RTE", commune="Bourbourg",
             departement="59", lat=50.95, lon=2.21, voltage_kv=400.0, status="operational", **exact),
        site("ss-avelin", "substation", name="Avelin 400 kV", operator="RTE", commune="Avelin", departement="59",
             lat=50.54, lon=3.08, voltage_kv=400.0, status="operational", **exact),
    ]
    facts = [
        fact("hdf", "data_center_target", 10, "2025-02", "src-b"),
        fact("hdf", "state_identified_sites", 7, "2025-02", "src-c", raw_value="7 sites", quoted=False),
        fact("hdf", "state_identified_sites", 16, "2025-05", "src-d", raw_value="16 sites", quoted=False),
        fact("dc-bethune", "investment", 1.5e9, "2025-09", "src-a", conflict=True, raw_value="1,5 milliard"),
        fact("dc-bethune", "investment", 1e9, "2025-06", "src-b", conflict=True, is_current=False,
             raw_value="un milliard"),
        fact("dc-bethune", "power", 200, "2025-09", "src-a", approximate=True, raw_value="environ 200 MW"),
        fact("dc-bethune", "commissioning", ("2027-01-01", "2028-12-31"), "2025-09", "src-a", raw_value="2027-2028"),
        fact("dc-bethune", "commissioning", ("2026-01-01", "2026-04-30"), "2025-06", "src-b", is_current=False,
             raw_value="début 2026"),
        fact("dc-bethune", "announced", ("2025-09-01", "2025-09-30"), "2025-09", "src-a"),
        fact("dc-dunkerque", "power", 1000, "2024-02", "src-b"),
        fact("dc-dunkerque", "announced", ("2024-02-01", "2024-02-29"), "2024-02", "src-b"),
        fact("bat-douai", "investment", 2e9, "2024-11", "src-d"),
        fact("bat-douai", "commissioning", ("2025-06-01", "2025-06-30"), "2024-11", "src-d"),
        fact("rec-dunkerque", "investment", 4.5e8, "2024-03", "src-c", approximate=True),
        fact("rec-dunkerque", "power", 50, "2024-03", "src-c"),
        fact("rec-dunkerque", "commissioning", ("2026-01-01", "2026-12-31"), "2024-03", "src-c"),
        fact("rec-bethune", "status", "announced", "2025-09", "src-a"),
        fact("host-bethune", "occupancy", 0.56, "2024-03", "src-c", is_current=False),
        fact("host-bethune", "occupancy", 0.60, "2024-11", "src-d", is_current=False),
        fact("host-bethune", "occupancy", 0.80, "2025-09", "src-a"),
        fact("host-bethune", "floor_area", 26000, "2025-09", "src-a"),
        fact("gravelines", "power", 5460, "2024", "rte"),
    ]
    occupancy = [
        {"site_id": "host-bethune", "as_of": "2024-03", "occupancy_rate": 0.56, "source_id": "src-c",
         "approximate": False},
        {"site_id": "host-bethune", "as_of": "2024-11", "occupancy_rate": 0.60, "source_id": "src-d",
         "approximate": False},
        {"site_id": "host-bethune", "as_of": "2025-09", "occupancy_rate": 0.80, "source_id": "src-a",
         "approximate": False},
    ]
    sources = [
        source("src-a", "Horizon Actu", "2025-09-16"),
        source("src-b", "La Voix du Nord", "2025-06-10"),
        source("src-c", "Les Échos", "2024-03-05"),
        source("src-d", "France 3 Régions", "2024-11-20"),
        source("insee", "INSEE", "2024", title="Code officiel géographique 2024", licence="Licence Ouverte 2.0"),
        source("rte", "RTE (ODRÉ)", "2024", title="Postes électriques RTE"),
    ]
    return make_dataset(sites, facts, occupancy, sources)


# --------------------------------------------------------------------------------------------
# Open-data files in their publishers' real formats, quirks included (test data, not facts)
# --------------------------------------------------------------------------------------------

# The 50 columns of the real "friches-standard.csv", in order (research note
# opendata-real-formats-2026-12): the position only in `geompoint` (WKT, longitude first).
CARTOFRICHES_COLUMNS = (
    "site_id", "site_nom", "site_type", "site_adresse", "site_identif_date", "site_actu_date", "site_url",
    "site_ademe_url", "site_securite", "site_occupation", "site_statut", "site_projet_url", "site_reconv_annee",
    "site_reconv_type", "activite_libelle", "activite_code", "activite_fin_annee", "comm_nom", "comm_insee",
    "bati_type", "bati_nombre", "bati_surface", "bati_pollution", "bati_vacance", "bati_patrimoine", "bati_etat",
    "local_ancien_annee", "local_recent_annee", "proprio_type", "proprio_personne", "proprio_nom",
    "sol_pollution_annee", "sol_pollution_existe", "sol_pollution_origine", "sol_pollution_commentaire",
    "sol_depollution_fiche", "unite_fonciere_surface", "unite_fonciere_refcad", "urba_zone_type", "urba_zone_lib",
    "urba_zone_formdomi", "urba_doc_type", "desserte_distance", "desserte_commentaire", "source_nom", "source_url",
    "source_producteur", "source_contact", "geompoint", "geomsurf",
)
CARTOFRICHES_HEADER = ";".join(CARTOFRICHES_COLUMNS)
# What every row of the real files holds (from the two real rows in the research note); a row
# overrides what it needs, every other cell is empty.
_CARTOFRICHES_COMMON = {
    "site_type": "inconnu", "site_identif_date": "2022-10-10", "site_actu_date": "2022-10-10",
    "site_securite": "inconnu", "site_occupation": "inconnu", "bati_type": "inconnu", "bati_nombre": "2.0",
    "bati_pollution": "inconnu", "bati_vacance": "inconnu", "bati_patrimoine": "inconnu", "bati_etat": "inconnu",
    "local_ancien_annee": "1971.0", "local_recent_annee": "1971.0", "proprio_personne": "personne morale",
    "sol_pollution_existe": "inconnu", "sol_pollution_origine": "inconnu", "urba_doc_type": "PLU",
    "source_nom": "Site Basias ou Basol non vérifié par le Cerema",
    "source_url": "https://www.data.gouv.fr/fr/datasets/inventaire-des-sites-pollues/",
}


def cartofriches_row(**cells) -> str:
    """One row of the real layout: the 50 columns in order, empty cells where nothing is given, text
    holding `;` or `"` quoted as the real files quote it."""
    values = {**_CARTOFRICHES_COMMON, **cells}
    unknown = set(values) - set(CARTOFRICHES_COLUMNS)
    assert not unknown, f"not a Cartofriches column: {unknown}"

    def cell(value: str) -> str:
        return f'"{value}"' if (";" in value or '"' in value) else value

    return ";".join(cell(str(values.get(column, ""))) for column in CARTOFRICHES_COLUMNS)


CARTOFRICHES_ROWS = (
    # A name with \" escapes (said of some copies), ";" inside a quoted activity, a parcel list.
    cartofriches_row(site_id="59350_1", site_nom='Ancienne filature \\"La Lys\\"', site_type="friche industrielle",
                     site_statut="friche sans projet", activite_libelle="Filature ; tissage", comm_nom="LILLE",
                     comm_insee="59350", unite_fonciere_surface="250000.0",
                     unite_fonciere_refcad="{59350000AB0051,59350000AB0052}", urba_zone_type="U",
                     geompoint="POINT (3.047 50.6311)"),
    cartofriches_row(site_id="62119_7", site_nom="Ex-usine Béthune", site_type="friche industrielle",
                     site_statut="friche avec projet", comm_nom="BETHUNE", comm_insee="62119",
                     unite_fonciere_surface="300000.0", urba_zone_type="AU", geompoint="POINT (2.6333 50.5303)"),
    # A bare NA (accepted as missing), a reconversion year.
    cartofriches_row(site_id="80021_3", site_nom="NA", site_statut="friche reconvertie", site_reconv_annee="2021.0",
                     comm_nom="AMIENS", comm_insee="80021", unite_fonciere_surface="12000.0",
                     geompoint="POINT (2.2957 49.8942)"),
    cartofriches_row(site_id="02691_2", site_nom="Site ferroviaire", site_type="friche ferroviaire",
                     site_statut="site avec projet", comm_nom="SAINT-QUENTIN", comm_insee="02691",
                     unite_fonciere_surface="80000.0", urba_zone_type="U", geompoint="POINT (3.2876 49.8465)"),
    # No point: kept and counted, not mapped. Markup in a name stays text.
    cartofriches_row(site_id="60057_9", site_nom="Dépôt <b>Beauvais</b>", site_type="friche commerciale",
                     site_statut="friche potentielle", comm_nom="BEAUVAIS", comm_insee="60057",
                     unite_fonciere_surface="5000.0", urba_zone_type="U"),
    # Outside the region (by its commune code): left out.
    cartofriches_row(site_id="75056_1", site_nom="Hors région", site_statut="friche sans projet", comm_nom="PARIS",
                     comm_insee="75056", unite_fonciere_surface="900000.0", geompoint="POINT (2.35 48.85)"),
    # No commune code (132 such rows in the late-2025 file): placed by its point, in the Somme of
    # the test outlines, with a replacement character as the real files have.
    cartofriches_row(site_id="00000_41", site_nom="Ancienne centrale \ufffdnergie", site_statut="friche potentielle",
                     unite_fonciere_surface="37899.0", geompoint="POINT (2.0 49.95)"),
    # No commune code, a point outside the region (Charleville-Mézières): left out, not refused.
    cartofriches_row(site_id="00000_42", site_statut="friche sans projet", geompoint="POINT (4.72 49.77)"),
    # Neither a point nor a commune code: refused, named.
    cartofriches_row(site_id="00000_43", site_statut="friche potentielle", unite_fonciere_surface="1200.0"),
)


def cartofriches_csv(rows=CARTOFRICHES_ROWS, header: str = CARTOFRICHES_HEADER, bom: bool = True) -> bytes:
    """A "friches-standard" CSV in the real layout (50 columns, `;`, empty cells; BOM and CRLF as
    some copies have them)."""
    text = "\r\n".join((header, *rows)) + "\r\n"
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def datagouv_listing(base: str, csv_path: str = "/static/friches-standard-2026-04-15.csv") -> bytes:
    """data.gouv.fr's dataset API answer: an older and the current CSV, a GeoPackage."""
    import json

    resources = [
        {"title": "friches-standard.csv", "format": "csv", "last_modified": "2025-04-22T12:55:40",
         "url": base + "/static/20250422-125540/friches-standard.csv"},
        {"title": "friches-standard-2026-04-15.csv", "format": "csv", "last_modified": "2026-04-29T12:48:52",
         "url": base + csv_path},
        {"title": "friches_surfaces.gpkg", "format": "gpkg", "last_modified": "2026-04-29T12:48:52",
         "url": base + "/static/friches.gpkg"},
    ]
    return json.dumps({"id": "x", "slug": "sites-references-dans-cartofriches", "resources": resources}).encode()


OVERPASS_TIMEOUT_REMARK = 'runtime error: Query timed out in "query" at line 1 after 181 seconds.'
OVERPASS_MEMORY_REMARK = "runtime error: Query run out of memory using about 2048 MB of RAM."
# Belgian objects by the border, tagged as Belgium does (380 / 220 kV): France's 400 / 225 kV classes.
OVERPASS_BORDER_ELEMENTS = (
    {"type": "way", "id": 201, "tags": {"power": "line", "voltage": "380000", "operator": "Elia", "name": "Avelgem - Avelin"},
     "geometry": [{"lat": 50.78, "lon": 3.44}, {"lat": 50.66, "lon": 3.25}, {"lat": 50.54, "lon": 3.08}]},
    {"type": "node", "id": 202, "lat": 50.73, "lon": 3.9, "tags": {"power": "substation", "voltage": "220000;70000",
                                                                   "operator": "Elia", "name": "Tertre"}},
)


def _overpass_answer(elements, timestamp: str, remark: str = "") -> bytes:
    """The envelope Overpass answers with (version, generator, osm3s), and its remark if any."""
    import json

    answer = {"version": 0.6, "generator": "Overpass API 0.7.62.1 084b4234",
              "osm3s": {"timestamp_osm_base": timestamp,
                        "copyright": "The data included in this document is from www.openstreetmap.org. The data is "
                                     "made available under ODbL."},
              "elements": list(elements)}
    if remark:
        answer["remark"] = remark
    return json.dumps(answer).encode()


def overpass_timeout_json() -> bytes:
    """A query that ran out of time: HTTP 200, no element, the remark."""
    return _overpass_answer([], "2026-11-20T08:00:00Z", OVERPASS_TIMEOUT_REMARK)


def overpass_partial_json() -> bytes:
    """A partial answer: some elements, then the remark (out of memory)."""
    import json

    elements = json.loads(overpass_json())["elements"][:3]
    return _overpass_answer(elements, "2026-11-20T08:00:00Z", OVERPASS_MEMORY_REMARK)


def overpass_json(timestamp: str = "2026-11-20T08:00:00Z", border: bool = False) -> bytes:
    """An Overpass API answer with the real tags' variety: several voltages, none, node / way /
    relation substations, a substation mapped twice, an object returned twice, 400 kV lines; with
    `border`, Belgian 380 / 220 kV objects too."""

    line_a = {"type": "way", "id": 101, "tags": {"power": "line", "voltage": "400000", "name": "Avelin - Warande"},
              "geometry": [{"lat": 50.54, "lon": 3.08}, {"lat": 50.75, "lon": 2.65}, {"lat": 50.95, "lon": 2.21}]}
    line_b = {"type": "way", "id": 102, "tags": {"power": "line", "voltage": "400000;225000", "circuits": "2"},
              "geometry": [{"lat": 50.0, "lon": 2.0}, {"lat": 50.0, "lon": 3.0}]}
    elements = [
        {"type": "node", "id": 1, "lat": 50.95, "lon": 2.21, "tags": {"power": "substation", "voltage": "400000",
                                                                     "name": "Warande"}},
        {"type": "way", "id": 2, "center": {"lat": 50.9501, "lon": 2.2102},
         "tags": {"power": "substation", "voltage": "400000;225000;90000", "name": "Poste de Warande"}},
        {"type": "relation", "id": 3, "center": {"lat": 50.54, "lon": 3.08},
         "tags": {"power": "substation", "voltage": "400000", "name": "Avelin"}},
        {"type": "way", "id": 4, "center": {"lat": 49.83, "lon": 2.83},
         "tags": {"power": "substation", "substation": "transmission", "name": "Sans tension"}},
        {"type": "node", "id": 5, "lat": 49.9, "lon": 2.3, "tags": {"power": "substation", "voltage": "225000"}},
        {"type": "node", "id": 5, "lat": 49.9, "lon": 2.3, "tags": {"power": "substation", "voltage": "225000"}},
        line_a, line_b, dict(line_a),
        {"type": "way", "id": 103, "tags": {"power": "line", "voltage": "400000"}, "geometry": [{"lat": 50.1, "lon": 2.5}]},
    ]
    return _overpass_answer([*elements, *(OVERPASS_BORDER_ELEMENTS if border else ())], timestamp)


def lambert93(lon: float, lat: float) -> tuple[float, float]:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True).transform(lon, lat)


# IGN / Cerema's data-centre download: EnRezo's "chaleur fatale — datacenter" layer with the fields a
# public application reads it with (research note opendata-real-formats-2026-12): fid, id, nom,
# categorie, com_nom, qualite_xy (1 = exact address … 5 = commune centre), source; no département.
# (id, nom, categorie, com_nom, qualite_xy, source, lon, lat)
ENREZO_FIELDS = ("id", "nom", "categorie", "com_nom", "qualite_xy", "source")
ENREZO_ROWS = (
    ("DC-1", "Centre <b>Lille</b>", "Datacenter", "Lille", 1, "Source A", 3.0573, 50.6292),
    ("DC-2", "Béthune DC", "Datacenter", "BETHUNE", 5, None, 2.6438, 50.5299),  # case and accents folded; no source
    ("DC-3", "Beaumont DC", "Datacenter", "Beaumont", 3, "Source A", 2.96, 50.46),  # two Beaumont: the point says 62
    ("DC-4", None, "Datacenter", None, 2, "Source A", 2.2525, 50.75),  # no name, no commune: from the point
    ("DC-5", "Homonyme", "Datacenter", "Beaumont", 1, "Source C", 1.44, 43.6),  # a namesake far away: not 62 or 02
)


def enrezo_gpkg(rows=ENREZO_ROWS, fields=ENREZO_FIELDS, squares=(), extra=None, layer="datacenter") -> bytes:
    """The EnRezo data-centre layer as a GeoPackage in Lambert-93 written by GDAL (pyogrio): a point
    per row, except the rows whose id is in `squares` (a 400 m square around the point); `fields`
    renames EnRezo's six fields (another case, unknown names); `extra` {field: value} adds
    attributes the file may also hold, the same value on every row."""
    import io

    import numpy as np
    import pyogrio.raw
    import shapely

    shapes = []
    for row in rows:
        x, y = lambert93(row[-2], row[-1])
        shapes.append(shapely.box(x - 200, y - 200, x + 200, y + 200) if row[0] in squares else shapely.Point(x, y))
    columns = [np.array([row[i] for row in rows], dtype=object) for i in range(len(ENREZO_FIELDS))]
    columns[4] = np.array([row[4] for row in rows], dtype=np.int32)
    names = list(fields)
    for name, value in (extra or {}).items():
        columns.append(np.array([value] * len(rows), dtype=object))
        names.append(name)
    buffer = io.BytesIO()
    pyogrio.raw.write(buffer, np.array([shapely.to_wkb(s) for s in shapes], dtype=object), columns, names,
                      driver="GPKG", layer=layer, crs="EPSG:2154", geometry_type="Unknown" if squares else "Point")
    return buffer.getvalue()


def seven_zip(files: dict[str, bytes]) -> bytes:
    """A 7z archive (py7zr, LZMA2) holding `files` {member name: bytes}."""
    import io

    import py7zr

    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, mode="w") as archive:
        for name, data in files.items():
            archive.writestr(data, name)
    return buffer.getvalue()


def ign_datacenters_7z(**gpkg_options) -> bytes:
    """The IGN download as published: a 7z holding a folder with the EnRezo GeoPackage and a readme."""
    return seven_zip({"ENR_1-0_ENREZO-C-FAT-DTCNTR/datacenter.gpkg": enrezo_gpkg(**gpkg_options),
                      "ENR_1-0_ENREZO-C-FAT-DTCNTR/LISEZ-MOI.txt": b"test archive"})


# --- pages in a browser --------------------------------------------------------------------------

# MapLibre's own messages when the online basemap cannot load (the test machine is offline).
OFFLINE_MAP_ERRORS = {"Map error.", "Style is not done loading."}


def assert_page_clean(page) -> None:
    """No traceback element, no error box, no dialog fired, no uncaught JavaScript error (a
    Playwright page opened by tests/browser/conftest.py, which records dialogs and errors)."""
    from tests.devserver import exception_count, main_text

    assert exception_count(page) == 0, main_text(page)[:2000]
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0, main_text(page)[:2000]
    assert "Traceback" not in main_text(page)
    assert page.dialogs == []
    assert [e for e in page.errors if e not in OFFLINE_MAP_ERRORS] == []


# --- pages in AppTest -------------------------------------------------------------------------

def assert_clean(at) -> None:
    """No exception element and no error box on a page run in AppTest."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def plotly_figures(at, as_sent: bool = False) -> list[dict]:
    """The plotly figures an AppTest run drew, as dicts (AppTest sees them only as raw protos): the
    title back in layout.title as the builder wrote it (the page sends it bold in the template:
    ui.components.chart.title_bold_once) unless `as_sent`."""
    figures = [json.loads(element.proto.spec) for element in at.get("plotly_chart")]
    for figure in figures:
        sent = figure.get("layout", {}).get("template", {}).get("layout", {}).get("title")
        if sent and not as_sent and "title" not in figure["layout"]:
            figure["layout"]["title"] = {**sent, "text": sent["text"].removeprefix("<b>").removesuffix("</b>")}
    return figures


def markdown_tables(at) -> list[pd.DataFrame]:
    """The Markdown tables (dashboard.i18n.escape.markdown_table) of an AppTest run, read as a
    browser would show them (markdown-it, GFM tables): cells as their text, and each linked cell's
    address in `frame.attrs["links"][(row, column)]`."""
    import markdown_it

    parser = markdown_it.MarkdownIt("gfm-like")
    frames = []
    for element in at.markdown:
        tokens = parser.parse(element.value)
        rows, links, row = [], {}, None
        for index, token in enumerate(tokens):
            if token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                rows.append(row)
            elif token.type == "inline" and row is not None and tokens[index - 1].type in ("th_open", "td_open"):
                children = token.children or []
                row.append("".join(c.content for c in children if c.type in ("text", "code_inline")))
                href = next((c.attrGet("href") for c in children if c.type == "link_open"), None)
                if href is not None:
                    links[(len(rows) - 1, len(row) - 1)] = href
        if rows:
            frame = pd.DataFrame(rows[1:], columns=rows[0])
            frame.attrs["links"] = {(r, rows[0][c]): href for (r, c), href in links.items()}
            frames.append(frame)
    return frames


def figures_in_every_tab(at, key: str) -> list[dict]:
    """The figures of a page whose charts sit in on-demand tabs (ui.components.tabs): each tab is
    opened in turn (`at.session_state[key] = label`, rerun) and its figures collected, in order;
    the first tab is open again at the end, as at load."""
    figures = []
    labels = [tab.label for tab in at.tabs]
    for label in labels:
        at.session_state[key] = label
        at.run()
        assert_clean(at)
        figures += [fig for fig in plotly_figures(at) if fig not in figures]
    at.session_state[key] = labels[0]
    at.run()
    return figures


# --- département outlines (test geometry, not real outlines) -----------------------------------

# Rough rectangles around the five départements.
TEST_OUTLINES = {
    "59": ("Nord", (2.05, 50.0, 4.25, 51.09)),
    "62": ("Pas-de-Calais", (1.55, 50.0, 3.15, 51.0)),
    "80": ("Somme", (1.38, 49.58, 3.2, 50.37)),
    "60": ("Oise", (1.69, 49.06, 3.16, 49.76)),
    "02": ("Aisne", (2.96, 48.84, 4.25, 50.07)),
    "75": ("Paris", (2.22, 48.81, 2.47, 48.9)),  # outside the region: the loader must drop it
}


def outlines_geojson(codes=("59", "62", "80", "60", "02")) -> dict:
    """A FeatureCollection of rectangles for the given INSEE département codes (geo.api.gouv.fr's
    `code` / `nom` properties)."""
    features = []
    for code in codes:
        name, (x0, y0, x1, y1) = TEST_OUTLINES[code]
        ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
        features.append({"type": "Feature", "properties": {"code": code, "nom": name},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    return {"type": "FeatureCollection", "features": features}


# --- the commune list (geo.api.gouv.fr JSON; test positions) -----------------------------------

def commune(name: str, code: str, departement: str, lon: float, lat: float) -> dict:
    return {"nom": name, "code": code, "codeDepartement": departement,
            "centre": {"type": "Point", "coordinates": [lon, lat]}}


COMMUNES_JSON = [
    commune("Béthune", "62119", "62", 2.64379, 50.52994),
    commune("Saint-Omer", "62765", "62", 2.2525, 50.75),
    commune("Lille", "59350", "59", 3.04702, 50.63108),
    commune("Beaumont", "62100", "62", 2.96, 50.46),
    commune("Beaumont", "02055", "02", 3.5, 49.6),
    commune("Toulouse", "31555", "31", 1.44, 43.6),
]


# The same kind of list as read by opendata.load("communes"): one row per commune.
COMMUNES_FRAME = pd.DataFrame(
    [
        ("62765", "Saint-Omer", "62", 50.75, 2.2525),
        ("62119", "Béthune", "62", 50.53, 2.64),
        ("62100", "Beaumont", "62", 50.46, 2.96),
        ("02055", "Beaumont", "02", 49.6, 3.5),
        ("59350", "Lille", "59", 50.63, 3.05),
        ("80021", "Amiens", "80", 49.89, 2.30),
    ],
    columns=["insee", "name", "departement", "lat", "lon"],
)


# --- local HTTP servers (never the internet) ---------------------------------------------------

def nominatim_place(name: str, lat: str, lon: str, display: str, address: dict) -> dict:
    """One result of Nominatim's JSON (format=json, addressdetails=1)."""
    result = {"lat": lat, "lon": lon, "display_name": display, "address": address}
    if name:
        result["name"] = name
    return result


# Fake answers for a few queries (test data, not facts).
NOMINATIM_RESULTS = {
    "bethune": [nominatim_place("Béthune", "50.5303", "2.6333",
                                "Béthune, Pas-de-Calais, Hauts-de-France, France métropolitaine, 62400, France",
                                {"town": "Béthune", "ISO3166-2-lvl6": "FR-62", "postcode": "62400",
                                 "country_code": "fr"})],
    "arras": [nominatim_place("Arras", "50.2910", "2.7775", "Arras, Pas-de-Calais, France",
                              {"city": "Arras", "ISO3166-2-lvl6": "FR-62"})],
    "toulouse": [nominatim_place("Toulouse", "43.6045", "1.4440", "Toulouse, Haute-Garonne, Occitanie, France",
                                 {"city": "Toulouse", "ISO3166-2-lvl6": "FR-31", "postcode": "31000"})],
    # Two homonyms: the first result outside the region, the second inside.
    "beaumont": [nominatim_place("Beaumont", "45.75", "3.08", "Beaumont, Puy-de-Dôme, France", {"town": "Beaumont"}),
                 nominatim_place("Beaumont", "50.46", "2.96", "Beaumont, Pas-de-Calais, France",
                                 {"village": "Beaumont", "postcode": "62110"})],
    "12 rue de la gare, lille": [nominatim_place(
        "", "50.6365", "3.0700", "12, Rue de la Gare, Lille, Nord, Hauts-de-France, 59800, France",
        {"house_number": "12", "road": "Rue de la Gare", "city": "Lille", "postcode": "59800"})],
}


class _QuietHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/octet-stream"):
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
            pass


class FakeNominatim(_QuietHandler):
    """Nominatim's search API: answers from `results`; the query "slow" sleeps `slow_seconds`,
    "forbidden" → 403, "too many" → 429, "broken" → invalid JSON. Subclass to change them."""

    results: ClassVar[dict] = NOMINATIM_RESULTS
    slow_seconds: ClassVar[float] = 1.5
    calls: ClassVar[list] = []  # (query, user agent, monotonic time, params), shared with the test

    def do_GET(self):  # noqa: N802 (http.server API)
        params = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        query = params.get("q", [""])[0]
        type(self).calls.append((query, self.headers.get("User-Agent"), time.monotonic(), params))
        key = query.casefold()
        if key == "slow":
            time.sleep(self.slow_seconds)
        statuses = {"forbidden": (403, b"<html>blocked</html>"), "too many": (429, b"<html>slow down</html>"),
                    "broken": (200, b"this is not json")}
        if key in statuses:
            status, body = statuses[key]
            return self._send(status, body, "text/html")
        return self._send(200, json.dumps(self.results.get(key, [])).encode("utf-8"), "application/json")


class RoutesHandler(_QuietHandler):
    """Serves the server's `routes` {path: (status, body bytes)} (a path with a query string is
    looked up whole, then without its query); anything else is a 404. Logs each path asked in
    the server's `requests`."""

    def do_GET(self):  # noqa: N802 (http.server API)
        self.server.requests.append(self.path)
        routes = self.server.routes
        path = self.path if self.path in routes else self.path.split("?", 1)[0]
        status, body = routes.get(path, (404, b"not found"))
        self._send(status, body)


class LocalServer(ThreadingHTTPServer):
    routes: dict[str, tuple[int, bytes]]  # for RoutesHandler
    requests: list[str]

    @property
    def base(self) -> str:
        return f"http://{host_port(self)}"


@contextlib.contextmanager
def local_http_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[LocalServer]:
    """A threaded HTTP server on a free loopback port, shut down on exit."""
    httpd = LocalServer(("127.0.0.1", 0), handler)
    httpd.routes, httpd.requests = {}, []
    httpd.daemon_threads = True  # a sleeping handler (timeout tests) must not hold the teardown
    httpd.block_on_close = False
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


def host_port(httpd: ThreadingHTTPServer) -> str:
    return "{}:{}".format(*httpd.server_address)


def layer_geojson(source) -> dict:
    """A map layer's GeoJSON source as a dict: decoded from its `data:` URL (figures.base.line_layer)."""
    import base64
    import json

    prefix = "data:application/geo+json;base64,"
    if isinstance(source, str) and source.startswith(prefix):
        return json.loads(base64.b64decode(source[len(prefix):]))
    return source


# --- Open-data files of a given size, in the real formats (the completeness checks) ----------------

# Cerema's "friches-standard" CSV as published (shared/research/opendata-real-formats-2026-12.md):
# 50 columns, the position only in `geompoint` as WKT, empty cells for missing values, floats.
CARTOFRICHES_REAL_HEADER = (
    "site_id;site_nom;site_type;site_adresse;site_identif_date;site_actu_date;site_url;site_ademe_url;"
    "site_securite;site_occupation;site_statut;site_projet_url;site_reconv_annee;site_reconv_type;"
    "activite_libelle;activite_code;activite_fin_annee;comm_nom;comm_insee;bati_type;bati_nombre;bati_surface;"
    "bati_pollution;bati_vacance;bati_patrimoine;bati_etat;local_ancien_annee;local_recent_annee;proprio_type;"
    "proprio_personne;proprio_nom;sol_pollution_annee;sol_pollution_existe;sol_pollution_origine;"
    "sol_pollution_commentaire;sol_depollution_fiche;unite_fonciere_surface;unite_fonciere_refcad;"
    "urba_zone_type;urba_zone_lib;urba_zone_formdomi;urba_doc_type;desserte_distance;desserte_commentaire;"
    "source_nom;source_url;source_producteur;source_contact;geompoint;geomsurf"
)


def cartofriches_real_row(i: int) -> str:
    """Row `i` of the region (Nord, Lille's INSEE code), shaped like the published rows."""
    values = dict.fromkeys(CARTOFRICHES_REAL_HEADER.split(";"), "")
    values.update(site_id=f"59350_{i}", site_nom=f'"Friche n° {i} ; ancien dépôt"', site_type="inconnu",
                  site_identif_date="2022-10-10", site_statut="friche potentielle", comm_nom="LILLE",
                  comm_insee="59350", bati_nombre="2.0", unite_fonciere_surface=f"{1000 + i}.0",
                  unite_fonciere_refcad="{59350000AB0001,59350000AB0002}", urba_zone_type="U",
                  geompoint=f"POINT (3.{i % 1000:03d} 50.{i % 1000:03d})")
    return ";".join(values.values())


def cartofriches_real_csv(rows: int) -> bytes:
    return ("\n".join((CARTOFRICHES_REAL_HEADER, *map(cartofriches_real_row, range(rows)))) + "\n").encode("utf-8")


def overpass_lines_json(lines: int) -> bytes:
    """An Overpass answer holding `lines` 400 kV line ways (the query's `out geom` shape)."""
    import json

    elements = [{"type": "way", "id": 1000 + i, "tags": {"power": "line", "voltage": "400000;225000"},
                 "geometry": [{"lat": 50.0 + i / 1000, "lon": 2.0}, {"lat": 50.0 + i / 1000, "lon": 3.0}]}
                for i in range(lines)]
    return json.dumps({"version": 0.6, "osm3s": {"timestamp_osm_base": "2026-11-20T08:00:00Z"},
                       "elements": elements}).encode()


def ign_datacenters_7z_of(count: int) -> bytes:
    """The IGN 7z archive holding `count` data centres in Lille, EnRezo's fields."""
    rows = tuple((f"DC-{i}", f"DC {i}", "Datacenter", "Lille", 1, "Source", 3.05 + i / 10000, 50.62)
                 for i in range(count))
    return ign_datacenters_7z(rows=rows)


# --- The news watch: feeds and article pages in their real formats, with real feeds' quirks -------

class NewsHandler(_QuietHandler):
    """A news site: the server's `routes` {path: (status, body, headers)}; a `headers` "Location"
    makes a redirect; a path in the server's `slow` sleeps `slow_seconds` before answering. Logs
    (path, User-Agent) in `requests`."""

    slow_seconds: ClassVar[float] = 2.0

    def do_GET(self):  # noqa: N802 (http.server API)
        self.server.requests.append((self.path, self.headers.get("User-Agent", "")))
        if self.path in getattr(self.server, "slow", ()):
            time.sleep(self.slow_seconds)
        status, body, headers = self.server.routes.get(self.path, (404, b"<h1>Not found</h1>", {}))
        try:
            self.send_response(status)
            for name, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def news_page(title: str, paragraphs: list[str], published: str = "", site: str = "La Gazette Nord-Pas de Calais",
              canonical: str = "", chrome: str = "", lang: str = "fr") -> bytes:
    """An article page as news sites serve it: Open Graph and JSON-LD metadata, a menu, the article,
    comments and a footer (`chrome` changes the surrounding text, as a syndicating site does)."""
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    if canonical:
        meta += f'<link rel="canonical" href="{canonical}">'
    if published:
        meta += ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                 f'"headline":"{title}","datePublished":"{published}T08:00:00+01:00"}}</script>')
    context = ("Les élus locaux saluent une étape importante pour la reconversion du territoire et pour "
               "l'attractivité de la région, tout en rappelant que les habitants attendent des précisions "
               "sur le calendrier, le raccordement électrique et la consommation d'eau du projet." if lang == "fr" else
               "Local officials welcomed the news as a milestone for the area's industrial conversion, while "
               "residents are still waiting for details on the schedule, the grid connection and the water "
               "the project will use.")
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, context])
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>'
            f'<meta property="og:title" content="{title}">{meta}</head><body>'
            f'<nav><a href="/">Accueil</a> <a href="/eco">Économie</a> {chrome}</nav>'
            f"<main><article><h1>{title}</h1>{body}</article>"
            f'<section class="comments"><p>{chrome} Encore des promesses : 3 000 emplois, vraiment ?</p></section></main>'
            f"<footer>© 2026 {site}</footer></body></html>").encode("utf-8")


def rss_feed(items: list[dict], title: str = "Actualités économie") -> bytes:
    """RSS 2.0 as news sites publish it: `link` may be relative, `description` holds escaped HTML,
    `pubDate` in RFC 822 or missing."""
    from xml.sax.saxutils import escape

    parts = []
    for item in items:
        date = f"<pubDate>{item['date']}</pubDate>" if item.get("date") else ""
        parts.append(f"<item><title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
                     f"<description>{escape(item.get('description', '<p>Lire la <b>suite</b>…</p>'))}</description>"
                     f"{date}<guid isPermaLink=\"false\">{escape(item.get('guid', item['link']))}</guid></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>/</link><description>Les dernières actualités</description>"
            f"<language>fr-FR</language>{''.join(parts)}</channel></rss>").encode("utf-8")


def atom_feed(entries: list[dict], base: str = "") -> bytes:
    """Atom 1.0 with an xml:base, relative hrefs, `updated` dates and HTML summaries."""
    from xml.sax.saxutils import escape

    parts = "".join(
        f"<entry><title>{escape(e['title'])}</title><link rel=\"alternate\" href=\"{escape(e['link'])}\"/>"
        f"<id>{escape(e.get('id', e['link']))}</id><updated>{e.get('updated', '2026-12-01T09:00:00Z')}</updated>"
        f"<summary type=\"html\">{escape(e.get('summary', '<p>Summary</p>'))}</summary></entry>"
        for e in entries
    )
    base_attribute = f' xml:base="{base}"' if base else ""
    return ('<?xml version="1.0" encoding="utf-8"?>'
            f'<feed xmlns="http://www.w3.org/2005/Atom"{base_attribute}><title>Trade press</title>'
            f"<id>urn:trade</id><updated>2026-12-01T09:00:00Z</updated>{parts}</feed>").encode("utf-8")


def power_dataset() -> Dataset:
    """A small region for /puissance (test data, not facts): five data centres (a bound, a range, an
    abandoned one, one without a year, one with two measure kinds), a plant with a closure scenario, a
    pair of units, a zone's extra demand, regional consumption and a national power and energy outlook."""
    sites = [
        site("big", "data_center", name="Big", status="announced", commissioning_start="2030-01-01",
             nearest_400kv_name="Poste A", nearest_400kv_km=4.0, fast_track=True, departement="59"),
        site("mid", "data_center", name="Mid", status="under_construction", commissioning_start="2027-06-01",
             nearest_400kv_name="Poste A", nearest_400kv_km=2.0, departement="62"),
        site("gone", "data_center", name="Gone", status="abandoned", commissioning_start="2028-01-01",
             nearest_400kv_name="Poste A", nearest_400kv_km=1.0, departement="59"),
        site("someday", "data_center", name="Someday", status="announced",
             nearest_400kv_name="Poste B", nearest_400kv_km=9.0, departement="59"),
        site("it", "data_center", name="It", status="announced", commissioning_start="2029-01-01",
             nearest_400kv_name="Poste B", nearest_400kv_km=3.0, departement="80"),
        site("npp", "power_plant", name="Plant", status="operational"),
        site("new", "power_plant", name="New pair", status="announced", commissioning_start="2038-01-01",
             commissioning_end="2039-12-31"),
        site("zone", "region", name="Zone"),
        site("hauts-de-france", "region", name="Region"),
        site("national", "region", name="National"),
        site("sa", "substation", name="Poste A", lat=50.3, lon=3.3),
        site("sb", "substation", name="Poste B", lat=49.9, lon=2.3),
        site("sc", "substation", name="Poste C", lat=50.6, lon=3.0),
    ]
    facts = [
        fact("big", "power", 1000, "2026-01", "s1", qualifier="at_most", raw_value="jusqu'à 1 GW"),
        fact("big", "grid_substation", "sc", "2026-01", "s1", raw_value="sc"),
        fact("mid", "power", 100, "2026-02", "s2", value_high=200.0, raw_value="100 à 200 MW"),
        fact("gone", "power", 300, "2025-01", "s1"),
        fact("someday", "power", 700, "2025-05", "s3"),
        # Not retained: the build retains one kind per site (domain.retained), here the IT load.
        fact("it", "power", 300, "2025-05", "s3", measure="grid_connection", is_current=False),
        fact("it", "power", 200, "2025-05", "s3", measure="it_load"),
        fact("npp", "power", 5460, "2022", "s4", measure="generation"),
        fact("npp", "unit_power", 910, "2022", "s4"),
        fact("npp", "closure_scenario", 2, "2020-01", "s5", period_start="2035-01-01", period_end="2035-12-31"),
        fact("new", "unit_count", 2, "", "s6"),
        fact("new", "unit_power", 1670, "", "s6"),
        fact("new", "commissioning", ("2038-01-01", "2039-12-31"), "2022-06", "s6"),
        fact("zone", "extra_demand", 3500, "2023", "s7", period_start="2030-01-01"),
        fact("zone", "extra_demand", 4500, "2023", "s7", period_start="2040-01-01"),
        fact("hauts-de-france", "annual_consumption", 44.1, "2022", "s8"),
        fact("hauts-de-france", "annual_consumption", 46.7, "2023", "s8"),
        fact("national", "power", 4300, "2025-12", "s9", period_start="2030-01-01", measure="grid_connection"),
        fact("national", "annual_consumption", 15.0, "2025-12", "s9", period_start="2030-01-01"),
        fact("mid", "status", "under_construction", "2026-06", "s2"),
    ]
    sources = [source(f"s{i}", f"Publisher {i}", "2026-01") for i in range(1, 10)]
    return make_dataset(sites=sites, facts=facts, sources=sources)


QUEUED_ARTICLE = ("Béthune : Azur Datacenter agrandit son projet\n"
                  "Sur l'ancien site Bridgestone, Azur Datacenter portera la puissance de son data center à 300 MW. "
                  "La mise en service est désormais prévue fin 2027, pour 1,8 milliard d'euros.")


def queue_article(folder, article_id: str, title: str, published: str, text: str = QUEUED_ARTICLE,
                  publisher: str = "La Gazette du Test") -> None:
    """An article of the news watch's review queue in `folder` (its JSON file and a last run), as
    dashboard.data.newswatch writes them."""
    from dashboard.data import newswatch

    article = newswatch.QueuedArticle(
        id=article_id, url=f"https://news.example.org/{article_id}", feed="https://news.example.org/rss.xml",
        title=title, publisher=publisher, published=published, lang="fr",
        fetched="2026-12-06T06:15:00+00:00", text=text, fingerprint=article_id, figures=3)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "articles" / f"{article_id}.json").write_text(json.dumps(dataclasses.asdict(article), ensure_ascii=False))
    (folder / "state.json").write_text(json.dumps({"urls": {}, "fingerprints": {}, "last_run": {
        "at": "2026-12-06T06:15:00+00:00", "feeds": 7, "feeds_read": 6, "added": 2}}))


def run_main_in_process(main, *args: str) -> subprocess.CompletedProcess:
    """A command's `main(argv)` run in this process, as `python -m <module> args` would run it: stdout
    and stderr captured in the encoding a pipe gets (stdout strict, so a character it cannot carry
    still fails), the exit code (argparse's SystemExit included), and an uncaught exception printed
    as the interpreter prints it ('Traceback …', exit 1). It spares a process start and the imports
    (seconds a call on a loaded machine); keep one real process per command in its tests."""
    encoding = locale.getpreferredencoding(False)
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding=encoding, errors="strict", write_through=True)
    stderr = io.TextIOWrapper(err, encoding=encoding, errors="backslashreplace", write_through=True)
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = exit_.code
        except Exception:  # noqa: BLE001 (what the interpreter would print)
            traceback.print_exc()
            code = 1
        if code is not None and not isinstance(code, int):  # SystemExit("message")
            print(code, file=sys.stderr)
            code = 1
    return subprocess.CompletedProcess(["python", "-m", getattr(main, "__module__", "?"), *args], code or 0,
                                       out.getvalue().decode(encoding), err.getvalue().decode(encoding))


ARTICLE_PUBLISHED = dt.date(2025, 1, 10)  # the publication date the intake's unit tests give an article


def scan_article(text: str, sites, lang: str = "fr", published=ARTICLE_PUBLISHED):
    """The intake's reading of an article (our own test sentences) against `sites`."""
    from dashboard.domain.intake import scan

    return scan(text, lang=lang, published=published, sites=sites)
