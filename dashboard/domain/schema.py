"""Vocabularies shared by the seeds, the tables and the pages.

Kept in one place so that validation, the tables' columns and the filters agree.
"""

from __future__ import annotations

from dataclasses import dataclass

PROJECT_TYPES = (
    "data_center",
    "battery",
    "recycling",
    "industrial_site",  # an industrial host site (brownfield being reoccupied)
    "logistics",  # a logistics tenant of a host site
    "power_plant",
    "substation",
    "region",  # the region itself, for region-wide facts (no coordinates)
)

# What a new site proposed by intake can be: a site is somewhere ("region" has no position).
NEW_SITE_TYPES = tuple(kind for kind in PROJECT_TYPES if kind != "region")

STATUSES = (
    "announced",
    "planned",
    "permitted",
    "under_construction",
    "operational",
    "abandoned",
    "unknown",
)

# How well a position is known: "exact" (a source gives the spot), "commune_centroid" (known to the
# commune only; placed at its INSEE centroid), "area" (known only to a wider area, e.g. "Cambrai" for
# a plot somewhere in a park spanning several communes; placed at the centroid of the commune the
# sources name, never on a guessed commune).
LOCATION_PRECISIONS = ("exact", "commune_centroid", "area")

# An undated fact's `as_of` in the seeds (or no `as_of` at all): shown "non daté" / "undated".
UNDATED = "undated"

DEPARTEMENTS = {"02": "Aisne", "59": "Nord", "60": "Oise", "62": "Pas-de-Calais", "80": "Somme"}

LANGUAGES = ("fr", "en")
# Our remarks on facts (a seed fact's `note`) are written in English (seeds/README.md): shown on the
# pages of that language and in the data exports; pages of another language leave them out and say
# where they are.
NOTES_LANGUAGE = "en"

# Our note after a source's publisher (the seed's `publisher_note: {kind, name}`): where its text
# was read, or what kind of page it is. Kind -> whether it needs the `name` (a host, the original
# outlet, a portal: as written). Wordings in both languages: i18n/text/labels.py, i18n.names.
PUBLISHER_NOTES = {
    "via": True,  # via data.gouv.fr
    "reproduced_on": True,  # text reproduced on jeunediplome.net
    "copy_on": True,  # copy on gettotext.com
    "kiwix_copy_on": True,  # Kiwix copy on iiab.me
    "excerpt_on": True,  # excerpt on cgshares.com
    "quoted_on_forum": True,  # quoted on the oleocene.org forum
    "quoting": True,  # quoting La Voix du Nord
    "relaying": True,  # relaying RTE
    "reporting": True,  # a report of a body (the Chambre régionale des comptes)
    "aggregator": False,
    "aggregator_of": True,  # aggregator of Le Parisien
    "aggregator_citing": True,  # aggregator citing DCD
    "machine_translated_aggregator": False,
    "reposting_press_article": False,
    "wire": True,  # AFP wire
    "video_on": True,  # Dailymotion video
    "open_data_portal": True,  # ODRÉ open-data portal
    "consultation": True,  # RTE consultation
    "blog": False,
}

# Bounding box of the five départements' outlines (IGN Admin Express), rounded outwards.
REGION_BBOX = {"lat_min": 48.83, "lat_max": 51.09, "lon_min": 1.37, "lon_max": 4.26}


# IGN's data centres (dashboard.data.ign_datacenters): the columns the product adds before the
# file's own attributes (kept as written, their names unconfirmed).
IGN_DATACENTER_COLUMNS = ("fid", "layer", "name", "departement", "lat", "lon")
# EnRezo's `qualite_xy`, the location's precision: the codes whose meaning the research note gives
# (opendata-real-formats-2026-12: "1 = exact address … 5 = commune centre"). Any other code's
# meaning is not published there: it is shown as written, said to be the publisher's code.
IGN_PRECISION_FIELD = "qualite_xy"
IGN_QUALITE_XY = {"1": "exact_address", "5": "commune_centre"}


# Cartofriches `site_statut` values, as attribute suffixes (friche avec projet / sans projet /
# potentielle / reconvertie).
BROWNFIELD_STATUSES = ("with_project", "without_project", "potential", "reconverted")


# A site's designation by the State (attribute `fast_track`): "designated" = named among the sites
# of the fast-track connection procedure (CRE: 400 MW to 1 GW on RTE's 400 kV grid by 2028-2029).
FAST_TRACK_VALUES = ("designated",)
# A site a source says reuses an industrial brownfield (attribute `brownfield_reuse`): its only
# value; the source's words go in the note.
BROWNFIELD_REUSE_VALUES = ("former_industrial_site",)
# The keywords a designation attribute takes.
DESIGNATIONS = {"fast_track": FAST_TRACK_VALUES, "brownfield_reuse": BROWNFIELD_REUSE_VALUES}


@dataclass(frozen=True)
class Attribute:
    """How a seed attribute is read and which `sites` column it feeds."""

    name: str
    kind: str  # "quantity" | "period" | "status" | "count" | "designation" | "reference"
    unit: str | None  # expected unit for quantities
    column: str  # column in the sites table (periods feed <column>_start/_end)
    history: bool = False  # a time series (kept whole, never a conflict)
    sites_column: bool = True  # False: kept in facts only (histories read by their own page)
    # A scenario (a plan studied, not decided): kept in the facts table to be drawn as a
    # scenario (dashed), never a site's value.
    scenario: bool = False


ATTRIBUTES: dict[str, Attribute] = {
    a.name: a
    for a in (
        Attribute("investment", "quantity", "EUR", "investment_eur"),
        Attribute("power", "quantity", "MW", "power_mw"),
        Attribute("floor_area", "quantity", "m2", "floor_area_m2"),
        Attribute("land_area", "quantity", "m2", "land_area_m2"),
        Attribute("jobs", "quantity", "jobs", "jobs"),
        Attribute("occupancy", "quantity", "ratio", "occupancy_rate", history=True),
        Attribute("commissioning", "period", None, "commissioning"),
        Attribute("announced", "period", None, "announced"),
        Attribute("status", "status", None, "status", history=True),
        # The region's own target ("huit data centers"), not the State's site counts.
        Attribute("data_center_target", "count", None, "data_center_target"),
        # Sites the State identified for data centres in the region (7 of 28, 8 of 35, 16 of 65...):
        # a count that grows over time, hence a history.
        Attribute("state_identified_sites", "count", None, "state_identified_sites", history=True),
        # Cerema Cartofriches counts of brownfield sites by status, on département entities
        # (project_type "region" with a `departement`), one fact per snapshot: histories for the brownfield page.
        *(
            Attribute(f"brownfield_sites_{status}", "count", None, f"brownfield_sites_{status}",
                      history=True, sites_column=False)
            for status in BROWNFIELD_STATUSES
        ),
        # The State's sites in the region able to host campuses of at least 700 MW (3 of the 5 in
        # France, Jan 2026): a count apart from state_identified_sites, which counts every site.
        Attribute("state_large_sites", "count", None, "state_large_sites", history=True, sites_column=False),
        # The regional court of audit's brownfield "portfolio" (700 sites, 16 000 ha, Sept 2023): all
        # statuses together, unlike the Cartofriches counts by status above.
        Attribute("brownfield_portfolio_sites", "count", None, "brownfield_portfolio_sites", history=True,
                  sites_column=False),
        Attribute("brownfield_portfolio_area", "quantity", "m2", "brownfield_portfolio_area_m2", history=True,
                  sites_column=False),
        # The power page (dashboard.domain.power). A fact's `by:` gives the year its figure is
        # for (period_start/period_end) when that is not its as-of (a horizon, a plan).
        # Named among the State's fast-track sites (value: FAST_TRACK_VALUES; the source's words in the note).
        Attribute("fast_track", "designation", None, "fast_track"),
        # Built on an industrial brownfield (value: BROWNFIELD_REUSE_VALUES): counts as reuse in siting.
        Attribute("brownfield_reuse", "designation", None, "brownfield_reuse"),
        # The 400 kV substation a source names for a site's connection (value: its entity id).
        Attribute("grid_substation", "reference", None, "grid_substation", sites_column=False),
        # Annual energy (TWh): a plant's output, a region's consumption or production; one fact a year.
        Attribute("annual_energy", "quantity", "TWh", "annual_energy_twh", history=True, sites_column=False),
        Attribute("annual_consumption", "quantity", "TWh", "annual_consumption_twh", history=True,
                  sites_column=False),
        Attribute("annual_production", "quantity", "TWh", "annual_production_twh", history=True,
                  sites_column=False),
        # A plant's units and the power of one ("6 × 910 MWe"): capacities after a closure or of a
        # pair of new reactors are computed from them, and said to be computed.
        Attribute("unit_count", "count", None, "unit_count", sites_column=False),
        Attribute("unit_power", "quantity", "MW", "unit_power_mw", sites_column=False),
        # Extra demand a grid operator expects in a zone by a horizon (`by:`), e.g. RTE for Dunkirk.
        Attribute("extra_demand", "quantity", "MW", "extra_demand_mw", history=True, sites_column=False),
        # What a line or a zone's network can carry (RTE, the press), before or after works.
        Attribute("transmission_capacity", "quantity", "MW", "transmission_capacity_mw", history=True,
                  sites_column=False),
        # Units a plan would close by a horizon (`by:`): a scenario, not a fact.
        Attribute("closure_scenario", "count", None, "closure_scenario", sites_column=False, scenario=True),
    )
}

# A sites column's attribute: "power_mw" -> "power", "jobs" -> "jobs".
ATTRIBUTE_OF_COLUMN = {spec.column: name for name, spec in ATTRIBUTES.items()}


@dataclass(frozen=True)
class Measures:
    """What the facts of one attribute may measure (a fact's `measure:`), and the kind a fact
    without one measures. Totals add one kind at a time."""

    attribute: str
    kinds: tuple[str, ...]
    default: str


# The one table of measure kinds (labels: i18n/text/measures.py). A kind of another attribute, or
# an unknown one, is a validation error.
MEASURES: dict[str, Measures] = {
    m.attribute: m
    for m in (
        # permanent direct jobs; jobs of the works; indirect jobs; people on site each day; the
        # whole host site's staff (all its tenants)
        Measures("jobs", ("direct", "construction", "indirect", "on_site_daily", "host_site_total"), "direct"),
        # the IT load; the grid connection's capacity; the site's whole draw; power produced;
        # the need "à terme"
        Measures("power", ("it_load", "grid_connection", "site_total", "generation", "long_run_need"), "site_total"),
        # one site; one phase of it; a programme for a territory; a company's whole plan
        Measures("investment", ("site", "phase", "programme", "company_wide"), "site"),
        # occupancy: the share of the site as the source gives it (unspecified); of its surface; of
        # its capacity. Different shares are separate series on /occupancy, never one line.
        Measures("occupancy", ("unspecified", "surface", "capacity"), "unspecified"),
    )
}


def default_measure(attribute: str) -> str:
    """The kind a fact of `attribute` measures when it says none ('' for attributes without kinds)."""
    measures = MEASURES.get(attribute)
    return measures.default if measures else ""


# What the sites table says of each retained value besides its number: X_qualifier, X_measure...
RETAINED_FIELDS = ("qualifier", "measure", "projection", "as_of", "source_ids")

# Numeric value columns of `sites` that carry _approx / _conflict flags.
VALUE_COLUMNS = ("investment_eur", "power_mw", "floor_area_m2", "land_area_m2", "jobs", "occupancy_rate")

GRID_COLUMNS = (
    "gravelines_km",
    "nearest_400kv_name",
    "nearest_400kv_km",
    "nearest_225kv_name",
    "nearest_225kv_km",
)

ENTITY_COLUMNS = (
    "site_id",
    "name",  # the name the pages show (i18n.names.site_label; French in the built tables)
    "name_as_written",  # the source's own name (RTE's "WEPPES" for a substation)
    "name_en",  # our English name of a site whose name is ours (seeds' `name_en`; '' = none)
    "project_type",
    "operator",
    "commune",
    "departement",
    "lat",
    "lon",
    "location_precision",
    "location_source",
    "host_site_id",
    "voltage_kv",
)

SITES_COLUMNS = (
    *ENTITY_COLUMNS,
    "status",
    *VALUE_COLUMNS,
    "commissioning_start",
    "commissioning_end",
    "announced_start",
    "data_center_target",
    "state_identified_sites",
    "fast_track",
    "brownfield_reuse",
    *(f"{c}_low" for c in VALUE_COLUMNS),
    *(f"{c}_high" for c in VALUE_COLUMNS),
    *(f"{c}_approx" for c in VALUE_COLUMNS),
    *(f"{c}_conflict" for c in VALUE_COLUMNS),
    # The retained value's qualifier, measure kind, projection flag, as-of and sources
    # (domain.retained.retained_values), so a table, a chart and an export say the same.
    *(f"{c}_{field}" for c in VALUE_COLUMNS for field in RETAINED_FIELDS),
    "source_ids",
    "as_of",
    "latest_fact_as_of",
    *GRID_COLUMNS,
)

FACTS_COLUMNS = (
    "fact_id",
    "site_id",
    "attribute",
    "column",
    "raw_value",
    "quoted",
    "value",
    "value_low",
    "value_high",
    "unit",
    "approximate",
    "qualifier",  # exact | approx | at_most | at_least | range (normalize.QUALIFIERS)
    "measure",  # a kind of MEASURES[attribute] (its default when the seed says none); '' elsewhere
    "projection",  # a target or forecast: the seed's `projection: true` or the value's own words
    "period_start",
    "period_end",
    "as_of",
    "source_id",
    "also_source_ids",  # `;`-joined: other sources the seed lists as saying the same figure
    "note",
    "is_current",
    "conflict",
    "tie",
)

# Every commissioning period a source gave, over time (kept whole, like occupancy): the schedule's
# history, from which the slips are computed.
SCHEDULE_COLUMNS = ("site_id", "as_of", "period_start", "period_end", "raw_value", "quoted", "source_id")

OCCUPANCY_COLUMNS = ("site_id", "as_of", "occupancy_rate", "source_id", "approximate", "qualifier", "measure",
                     "projection")

SOURCES_COLUMNS = (
    "source_id", "publisher", "title", "url", "published", "retrieved", "language", "licence", "reliability",
    # `publisher` is the label the pages show (i18n.names.publisher_label; French in the built
    # tables); the source's name as written, our note's kind (PUBLISHER_NOTES) and its name.
    "publisher_as_written", "publisher_note", "publisher_note_name",
    # `title` is the label the pages show (i18n.names.title_label; French in the built tables): the
    # source's own title as written, else our description of it « [...] » in the reader's language.
    "title_as_written", *(f"description_{lang}" for lang in LANGUAGES),
)

PROBLEMS_COLUMNS = ("file", "line", "record", "field", "value", "reason", "severity", "dependents")
