"""The shipped seeds, checked against issue 9's findings: they build clean, French values are
quoted or marked as paraphrases, no recording dates, State counts apart, locations fixed."""

from __future__ import annotations

import re

import pytest
import yaml

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build
from tests.frenchcheck import french_problems

# English words that never appear in a French source's own words.
ENGLISH_WORDS = re.compile(r"\b(?:EUR|bn|about|jobs|up to|more than|million euros|summer|end of|by \d{4}|around)\b")


@pytest.fixture(scope="module")
def dataset():
    return build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)


def site(dataset, site_id):
    return dataset.sites.set_index("site_id").loc[site_id]


def test_shipped_seeds_build_with_no_problem(dataset):
    assert dataset.problems.empty, dataset.problems.to_dict("records")


def test_no_french_source_value_reads_as_english_unless_marked_as_a_paraphrase(dataset):
    languages = dataset.sources.set_index("source_id")["language"]
    facts = dataset.facts[dataset.facts["source_id"].map(languages) == "fr"]
    english = facts[facts["raw_value"].str.contains(ENGLISH_WORDS) & facts["quoted"]]
    # "5 mds EUR" is the AFP headline's own words.
    assert english["raw_value"].tolist() == ["5 mds EUR"]


def test_no_fact_carries_a_recording_date():
    for path in sorted(DEFAULT_SEEDS_DIR.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for fact in document.get("facts") or []:
            assert "date recorded" not in str(fact.get("note", "")), (path.name, fact)
            assert not (str(fact.get("as_of")) == "2026-06" and "2026-06" not in str(document["source"]["published"])), (
                path.name, fact)


def test_undated_facts_never_hold_the_current_value_over_dated_ones(dataset):
    facts = dataset.facts
    dated = facts["as_of"].fillna("") != ""
    has_dated = dated.groupby([facts["site_id"], facts["attribute"]]).transform("any")
    assert not (facts["is_current"] & ~dated & has_dated).any()
    # Neomat: Orano's dated 1 300 jobs, not the SPPPI's undated 1 700.
    assert site(dataset, "neomat-gravelines")["jobs"] == 1300


def test_state_counts_are_not_the_target(dataset):
    facts = dataset.facts[dataset.facts["site_id"] == "hauts-de-france"]
    counts = facts[facts["attribute"] == "state_identified_sites"].sort_values(["as_of", "source_id"])
    # La Gazette's "huit futurs data centers" (Feb 2025) counts the State's sites at that date, not
    # the region's target (issue 21's audit moved it here from data_center_target).
    assert counts[["as_of", "value", "source_id"]].values.tolist() == [
        ["2025-02", 8, "lagazette-2025-02-hdf-data-centers"],
        ["2025-02-08", 7, "latribune-afp-2025-02-08-sites-map"],
        ["2025-02-12", 8, "collectif-accad-13189-lvdn-bertrand"],
        ["2025-02-12", 8, "dailymotion-x9e20ry-bfmtv-bertrand"],
        ["2025-05", 16, "lemonde-cgshares-2025-05"],
    ]
    # January 2026 (LeMagIT): no regional count of all the State's sites, but 3 of the 5 sites of at
    # least 700 MW in France are in the region, a count of its own that never joins the history above.
    large = facts[facts["attribute"] == "state_large_sites"]
    assert large[["as_of", "value", "source_id"]].values.tolist() == [["2026-01", 3, "lemagit-2026-02-03-datacenters-ia"]]
    target = facts[facts["attribute"] == "data_center_target"]
    assert set(target["value"]) == {8}
    assert not target["conflict"].any() and not target["tie"].any()


def test_cambrai_campus_is_at_cambrai_known_only_to_the_area(dataset):
    cambrai = site(dataset, "cambrai-evalley-dc")
    assert cambrai["commune"] == "Cambrai"
    assert (cambrai["lat"], cambrai["lon"]) == pytest.approx((50.17217, 3.24131))
    assert cambrai["location_precision"] == "area"


def test_delta_fm_facts_describe_nouvelle_eglise_not_vieille_eglise(dataset):
    facts = dataset.facts
    nouvelle = facts[facts["site_id"] == "nouvelle-eglise-porte-opale"]
    assert sorted(nouvelle["attribute"]) == ["jobs", "land_area"]
    assert set(nouvelle["source_id"]) == {"deltafm-2025-02-data-centers-sans-microsoft"}
    vieille = facts[facts["site_id"] == "microsoft-vieille-eglise"]
    assert "deltafm-2025-02-data-centers-sans-microsoft" not in set(vieille["source_id"])
    assert site(dataset, "nouvelle-eglise-porte-opale")["commune"] == "Nouvelle-Église"


def test_update_facts_are_in(dataset):
    facts = dataset.facts.set_index(["site_id", "attribute", "source_id"])
    assert facts.loc[("ex-bridgestone-bethune", "occupancy", "lagazette-2022-11-bridgestone-nouvelle-vie-verte"),
                     "as_of"] == "2022-11-23"
    bosquel_jobs = dataset.facts[(dataset.facts.site_id == "le-bosquel-dc") & (dataset.facts.attribute == "jobs")]
    assert sorted(bosquel_jobs["value"]) == [40, 400] and bosquel_jobs["conflict"].all()
    tenants = dataset.sites[dataset.sites["host_site_id"] == "ex-bridgestone-bethune"]["site_id"]
    assert {"black-star-bethune", "bringback-bethune", "lpi-bethune", "ennea-bethune"} <= set(tenants)
    brownfields = dataset.facts[dataset.facts["attribute"].str.startswith("brownfield_sites_")]
    somme = brownfields[(brownfields.site_id == "departement-80-somme")
                        & (brownfields.attribute == "brownfield_sites_without_project")]
    assert somme.sort_values("as_of")[["as_of", "value"]].values.tolist() == [["2024-08-19", 399], ["2025-02", 602]]


# Pages that show no date, whose facts still carry a date because the page itself gives the
# event's date (issue 21: a date borrowed from another source or inferred never dates a fact).
PAGE_DATED_EVENTS = {
    "sites-vauban-arras-pole-numerique",  # « Date de mise en service : mai 2014 »
    "black-star-mobivia-bethune",  # « July 2, 2021 », « in 2022 », « June 2023 »
    "lagazette-bethune-deux-societes-recyclage-2025",  # its headline's « en 2025 »
    "mtom-mag-18580-ovh-gravelines",  # opened « en 2013 »
    # The power page's annual figures: each dated by the year it measures, which the page names.
    "lagazette-edf-devoile-epr2-gravelines",  # « le 10 février 2022 » (the announcement)
    "vvikipidea-centrale-gravelines",  # « Production annuelle 32,28 TWh (2019) »
    "lagazette-gravelines-objectif-60-ans",  # « en 2025 »
    "radio6-gravelines-production-2025",  # « En 2025 »
    "rte-bilan-hdf-2019",  # the 2019 bilan
    "rte-hdf-2020-crise-sanitaire",  # « par rapport à 2019 »: 2020
    "lagazette-rte-electrifier-economie",  # « en 2022 contre 50,7 TWh en 2021 »
    "polenergie-rte-bilan-hdf-2023",  # the 2023 bilan
}


def test_undated_pages_date_a_fact_only_with_the_pages_own_event_date(dataset):
    published = dataset.sources.set_index("source_id")["published"].fillna("")
    facts = dataset.facts
    on_undated_pages = facts[facts["source_id"].map(published) == ""]
    dated = on_undated_pages[on_undated_pages["as_of"].fillna("") != ""]
    assert set(dated["source_id"]) == PAGE_DATED_EVENTS
    # The borrowed dates the audit removed: DCmag's Béthune figures, the Escaudain land, Etix Lille 4.
    for source_id in ("dcmag-nebius-bethune-240mw", "dcmag-escaudain-consortium-data4", "123ru-420198437-etix-lille-4",
                      "livingwellnesstribe-noyon-inovia", "deltafm-verkor-a-peine-inaugure", "prudencia-verkor-bourbourg"):
        assert (facts.loc[facts["source_id"] == source_id, "as_of"].fillna("") == "").all(), source_id


def test_issue_21_audit_corrections(dataset):
    facts = dataset.facts
    by_key = facts.set_index(["site_id", "attribute", "source_id"])
    # OVH Gravelines: the 2012 article speaks of a plan; the site opened in 2013.
    assert by_key.loc[("ovh-gravelines", "status", "jde-89517-ovh-gravelines-10e-reacteur"), "raw_value"] == "planned"
    ovh = site(dataset, "ovh-gravelines")
    assert ovh["status"] == "operational"
    assert by_key.loc[("ovh-gravelines", "status", "mtom-mag-18580-ovh-gravelines"), "as_of"] == "2013"
    # Its 20 000 m² and 9 ha belong to the JDE, not to OVH's page.
    ovh_page = facts[facts["source_id"] == "ovh-a1141-datacenter-gravelines"]
    assert sorted(ovh_page["attribute"]) == ["investment", "jobs", "power"]
    # The ex-Bridgestone site: 32 ha of land (La Tribune) retained; the blog's undated 160,000 sqm and
    # Le Monde's 200 000 m² plant each in conflict with its like.
    bridgestone = site(dataset, "ex-bridgestone-bethune")
    assert bridgestone["land_area_m2"] == 320_000 and bridgestone["land_area_m2_conflict"]
    assert by_key.loc[("ex-bridgestone-bethune", "land_area", "gridreadiness-nebius-bethune-brownfield"), "as_of"] == ""
    floor = facts[(facts.site_id == "ex-bridgestone-bethune") & (facts.attribute == "floor_area")]
    assert sorted(floor["value"]) == [160_000, 200_000] and floor["conflict"].all()
    # Escaudain: the 5 bn EUR is AFP's, the 700 MW DCmag's and IDC Nova's, not the agglomeration's.
    agglo = facts[facts["source_id"] == "agglo-porteduhainaut-campus-data-centers"]
    assert sorted(agglo["attribute"]) == ["commissioning", "fast_track", "grid_substation", "jobs"]
    # Summaries are paraphrases: "by 2031" (The AI Insider), "up to 700 MW" (IDC Nova).
    assert not facts.loc[facts["raw_value"].isin(["by 2031", "up to 700 MW"]), "quoted"].any()


def test_the_court_of_audits_brownfield_portfolio_is_in_with_each_source_apart(dataset):
    facts = dataset.facts[dataset.facts["attribute"].str.startswith("brownfield_portfolio_")]
    by_source = facts.set_index(["attribute", "source_id"])
    for source_id in ("eco121-2023-09-crc-friches-regionales", "vigieecolo-24-friches-700-sites"):
        assert by_source.loc[("brownfield_portfolio_sites", source_id), "value"] == 700
        assert by_source.loc[("brownfield_portfolio_area", source_id), "value"] == 160_000_000  # 16 000 ha in m²
    # Dated by Eco121 (Sept 2023); the undated repost never holds the current value.
    current = facts[facts["is_current"]]
    assert set(current["source_id"]) == {"eco121-2023-09-crc-friches-regionales"}
    assert not facts["conflict"].any()
    # Not a Cartofriches status count: the brownfield page's four attributes stay apart.
    assert not dataset.facts["attribute"].isin(["brownfield_sites_total"]).any()


def test_measures_and_projections_set_in_the_audit(dataset):
    facts = dataset.facts.set_index(["site_id", "attribute", "source_id"])
    assert facts.loc[("escaudain-dc", "jobs", "thepraguepost-afp-594708-escaudain"), "measure"] == "on_site_daily"
    assert facts.loc[("escaudain-dc", "power", "dcmag-escaudain-consortium-data4"), "measure"] == "grid_connection"
    assert facts.loc[("ovh-gravelines", "power", "wedemain-ovh-gravelines-chtilicon-valley"), "measure"] == "long_run_need"
    assert facts.loc[("loon-plage-softbank-dc", "investment", "deltafm-dunkerque-500-emplois-data-center"),
                     "measure"] == "programme"
    black_star = dataset.facts[(dataset.facts.site_id == "black-star-bethune") & (dataset.facts.attribute == "jobs")]
    target = black_star[black_star["projection"]]
    assert target["raw_value"].tolist() == ["nearly 200 jobs"] and not target["is_current"].any()


# Our notes once written into the publisher field, in either language (issue 24): now a
# structured `publisher_note`, worded in the reader's language by i18n.names.publisher_label.
OUR_PUBLISHER_NOTES = re.compile(r"\b(?:via|reproduced|reproduit|copy|copie|excerpt|quoting|quoted|relaying|"
                                 r"reporting|reposting|aggregator|agrégateur|wire|video|portal|consultation|blog)\b",
                                 re.IGNORECASE)


def test_publishers_are_the_sources_names_as_written_and_our_notes_structured(dataset):
    written = dataset.sources.set_index("source_id")["publisher_as_written"]
    assert [p for p in written if OUR_PUBLISHER_NOTES.search(p)] == []
    noted = dataset.sources[dataset.sources["publisher_note"] != ""].set_index("source_id")
    assert len(noted) >= 30
    row = noted.loc["lemonde-jeunediplome-2023-05-bethune-renaissance"]
    assert (row["publisher_as_written"], row["publisher_note"], row["publisher_note_name"]) == \
        ("Le Monde", "reproduced_on", "jeunediplome.net")
    assert row["publisher"] == "Le Monde (texte reproduit sur jeunediplome.net)"  # built tables: French
    english = dataset.in_language("en").sources.set_index("source_id")
    assert english.loc[row.name, "publisher"] == "Le Monde (text reproduced on jeunediplome.net)"


def test_substations_carry_rte_names_as_written_and_our_prefix_in_the_reader_language(dataset):
    substations = dataset.sites[dataset.sites["project_type"] == "substation"].set_index("site_id")
    assert len(substations) == 19
    assert not substations["name_as_written"].str.contains("Poste|kV").any()
    assert (substations["name"] == "Poste 400 kV " + substations["name_as_written"]).all()
    english = dataset.in_language("en").sites.set_index("site_id")
    assert english.loc["rte-weppe", "name"] == "WEPPES 400 kV substation"
    assert not english["name"].str.contains("Poste").any()
    # The nearest substation is named as RTE writes it, under a column that says what it is.
    nearest = dataset.sites["nearest_400kv_name"].dropna()
    assert set(nearest) <= set(substations["name_as_written"]) and "WEPPES" in set(nearest)
    assert (english["nearest_400kv_name"].dropna() == dataset.sites.set_index("site_id")["nearest_400kv_name"]
            .dropna()).all()


def test_no_title_is_our_bracketed_description_and_every_description_has_both_languages(dataset):
    """Issue 24: a title in brackets was our English description shown on French pages; now the
    source's own title as written, or our description in French and English (i18n.names.title_label)."""
    sources = dataset.sources.set_index("source_id")
    titled = sources[sources["title_as_written"] != ""]
    assert [t for t in titled["title_as_written"] if t.startswith("[") and t.endswith("]")] == []
    described = sources[sources["title_as_written"] == ""]
    assert len(described) >= 60
    assert ((described["description_fr"] != "") & (described["description_en"] != "")).all()
    assert (described["description_fr"] != described["description_en"]).all()
    assert ((titled["description_fr"] == "") & (titled["description_en"] == "")).all()
    assert not dataset.problems["field"].astype(str).str.startswith(("title", "description")).any()
    # our French words read as French (no ISO date, no decimal point, no-break spaces: the label's)
    for label in described["title"]:
        assert french_problems(label) == [], label
    row = "reuters-boursorama-2026-02-12-nebius"
    assert sources.loc[row, "title"] == \
        "[Dépêche Reuters sur Boursorama\u00a0: Nebius va ouvrir un data center IA à Béthune]"
    assert dataset.in_language("en").sources.set_index("source_id").loc[row, "title"] == \
        "[Reuters dispatch on Boursorama: Nebius to open an AI data centre at Béthune]"
    # a real title: as written, in its language, in both languages
    etix = "Etix doubles down on edge data centers in France"
    assert etix in set(sources["title"]) and etix in set(dataset.in_language("en").sources["title"])


# Our English words once in a source's licence, a site's name or operator (issue 24): the licence
# is the terms as stated (that we take facts only, every footer says in the reader's language);
# names and operators are ours, in French like the others.
OUR_ENGLISH = re.compile(r"\b(?:facts only|with|unconfirmed|Wikipedia text|gigafactory,)", re.IGNORECASE)


def test_licences_names_and_operators_carry_none_of_our_english_words(dataset):
    licences = [v for v in dataset.sources["licence"] if OUR_ENGLISH.search(str(v))]
    assert licences == []
    names = [v for column in ("name_as_written", "operator") for v in dataset.sites[column].dropna()
             if OUR_ENGLISH.search(str(v))]
    assert names == []
    sites = dataset.sites.set_index("site_id")
    assert sites.loc["acc-billy-berclau", "name"] == "Gigafactory ACC, Billy-Berclau / Douvrin"
    assert sites.loc["loon-plage-softbank-dc", "operator"] == "SoftBank Group / Schneider Electric"
    # An operator is the companies' names with signs every language reads: no word of ours, French or English.
    # (« Ennea Groupe » is a company's name, « (groupe Envision) » our words.)
    ours = re.compile(r"\((?:groupe|group) |\b(?:avec|with|joint venture|filiale)\b", re.IGNORECASE)
    assert [v for v in dataset.sites["operator"].dropna() if ours.search(str(v))] == []
    assert dataset.sources.set_index("source_id").loc["reuters-boursorama-2026-02-12-nebius", "licence"] == "© Reuters"


# Our French words in a site's name (ours): such a site has its English name (`name_en`) for English pages.
OUR_FRENCH_IN_NAMES = re.compile(r"\b(?:Ancien|ancienne|usine|Centrale|Projet|abandonné|Campus de|Parc|Paire|Ligne|"
                                 r"Zone|région|trajectoire|Procédure|reconditionnement|régénération|site de|"
                                 r"matériaux|numérique|Data center IA|Gigafactory [A-Z])")


def test_sites_named_in_our_french_words_have_an_english_name(dataset):
    sites = dataset.sites[dataset.sites["project_type"] != "substation"].set_index("site_id")
    french = sites[sites["name"].str.contains(OUR_FRENCH_IN_NAMES)]
    assert len(french) >= 30
    assert [s for s, english in french["name_en"].items() if not english] == []
    english = dataset.in_language("en").sites.set_index("site_id")
    assert english.loc["gravelines-npp", "name"] == "Gravelines nuclear power plant"
    assert english.loc["microsoft-zouafques", "name"] == "Microsoft data-centre project, Zouafques (abandoned)"
    assert english.loc["ovh-gravelines", "name"] == "OVHcloud Gravelines (GRA)"  # a proper name in both
    assert sites.loc["gravelines-npp", "name"] == "Centrale nucléaire de Gravelines"  # French tables: French
    assert [n for n in english["name"] if OUR_FRENCH_IN_NAMES.search(n)] == []
