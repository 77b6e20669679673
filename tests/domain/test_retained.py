"""domain.retained: the one rule that decides each site's value per attribute (measure kind, then
observation before projection, then the latest dated as-of; a tie is a range), and the build's
report and check."""

from __future__ import annotations

import pytest

from dashboard.data.seeds import load_seeds
from dashboard.domain.retained import fact_report, retained_disagreements, retained_values
from dashboard.domain.tables import build_tables
from tests.seedkit import base_documents, write_seeds


def build(tmp_path, extra_facts=(), edit=None):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"].extend(extra_facts)
    if edit:
        edit(docs)
    bundle = load_seeds(write_seeds(tmp_path / "seeds", docs))
    assert bundle.problems == [], [str(p) for p in bundle.problems]
    return build_tables(bundle)


def retained(dataset, site_id, attribute):
    rows = retained_values(dataset.facts).set_index(["site_id", "attribute"])
    return rows.loc[(site_id, attribute)]


def test_the_default_kind_is_retained_before_a_later_figure_of_another_kind(tmp_path):
    dataset = build(tmp_path, [
        {"entity": "dc", "attribute": "jobs", "value": "4 000 emplois", "as_of": "2026-01", "measure": "indirect"},
    ])
    row = retained(dataset, "dc", "jobs")
    assert (row["low"], row["measure"], row["as_of"]) == (30.0, "direct", "2025-09")  # « une trentaine », older
    site = dataset.sites.set_index("site_id").loc["dc"]
    assert (site["jobs"], site["jobs_measure"], site["jobs_qualifier"]) == (30.0, "direct", "approx")


def test_another_kind_alone_is_retained_and_says_its_kind(tmp_path):
    def only_indirect(docs):
        docs["002_article-a.yaml"]["facts"][2].update(value="4 000 emplois", measure="indirect")

    row = retained(build(tmp_path, edit=only_indirect), "dc", "jobs")
    assert (row["low"], row["measure"], row["qualifier"]) == (4000.0, "indirect", "exact")


def test_an_observation_is_retained_before_a_later_projection(tmp_path):
    dataset = build(tmp_path, [
        {"entity": "host-site", "attribute": "occupancy", "value": "95 %", "as_of": "2026-03", "projection": True},
    ])
    row = retained(dataset, "host-site", "occupancy")
    assert (row["low"], row["projection"], row["as_of"]) == (0.8, False, "2025-09")


def test_an_undated_fact_never_replaces_a_dated_one_and_stands_alone_as_undated(tmp_path):
    dataset = build(tmp_path, [
        {"entity": "dc", "attribute": "power", "value": "300 MW", "as_of": "undated"},
        {"entity": "dc", "attribute": "power", "value": "jusqu'à 240 MW", "as_of": "2024-01"},
        {"entity": "host-site", "attribute": "jobs", "value": "une centaine de salariés", "as_of": "undated"},
    ])
    power = retained(dataset, "dc", "power")
    assert (power["high"], power["qualifier"], power["as_of"], power["undated"]) == (240.0, "at_most", "2024-01", False)
    jobs = retained(dataset, "host-site", "jobs")
    assert (jobs["low"], jobs["undated"], jobs["as_of"]) == (100.0, True, "")
    facts = dataset.facts.set_index("raw_value")
    assert not facts.loc["300 MW", "is_current"] and facts.loc["jusqu'à 240 MW", "is_current"]


def test_sources_that_disagree_on_the_same_date_are_a_range_over_both(tmp_path):
    def same_date(docs):
        docs["003_article-b.yaml"]["facts"][1].update(as_of="2025-09", value="jusqu'à 2 Md€")

    row = retained(build(tmp_path, edit=same_date), "dc", "investment")
    assert (row["low"], row["high"], row["qualifier"], row["tie"]) == (1.5e9, 2e9, "range", True)
    assert row["source_ids"] == "article-a;article-b"


def test_the_sources_of_a_retained_value_include_its_other_sources(tmp_path):
    def also(docs):
        docs["002_article-a.yaml"]["facts"][0]["also_sources"] = ["article-b"]

    dataset = build(tmp_path, edit=also)
    assert dataset.sites.set_index("site_id").loc["dc", "investment_eur_source_ids"] == "article-a;article-b"


def test_the_build_report_counts_undated_several_sources_paraphrased_projections_and_bounds(tmp_path):
    def mark(docs):
        facts = docs["002_article-a.yaml"]["facts"]
        facts[0]["also_sources"] = ["article-b"]
        facts[1].update(quoted=False, as_of="undated")
        facts[5]["projection"] = True

    dataset = build(tmp_path, [{"entity": "dc", "attribute": "power", "value": "jusqu'à 240 MW", "as_of": "2025"}],
                    edit=mark)
    assert fact_report(dataset.facts) == {"facts": 9, "undated": 1, "one_of_several": 0, "several_sources": 1,
                                          "paraphrased": 1, "projections": 1, "bounds": 1}


def test_the_builds_check_finds_a_sites_value_that_is_not_the_retained_one(tmp_path):
    dataset = build(tmp_path)
    assert retained_disagreements(dataset.sites, dataset.facts) == []
    sites = dataset.sites.copy()
    sites.loc[sites["site_id"] == "dc", "investment_eur_qualifier"] = "at_most"
    assert retained_disagreements(sites, dataset.facts) == [
        "dc investment: qualifier is 'at_most' in sites, 'exact' retained"]


@pytest.mark.parametrize("value, qualifier", [("jusqu'à 2 Md€", "at_most"), ("plus de 2 Md€", "at_least"),
                                              ("environ 2 Md€", "approx")])
def test_the_sites_table_keeps_the_bound_of_the_retained_fact(tmp_path, value, qualifier):
    def bound(docs):
        docs["003_article-b.yaml"]["facts"][1].update(value=value, as_of="2026-01")

    site = build(tmp_path, edit=bound).sites.set_index("site_id").loc["dc"]
    assert (site["investment_eur"], site["investment_eur_qualifier"], site["investment_eur_approx"]) == (
        2e9, qualifier, True)
