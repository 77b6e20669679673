"""Data truth: undated facts, ties, quoting, State counts and the schedule's history."""

from __future__ import annotations

import pytest

from dashboard.data.seeds import load_seeds
from dashboard.domain.schema import SCHEDULE_COLUMNS
from dashboard.domain.tables import build_tables
from tests.seedkit import base_documents, write_seeds


def build(tmp_path, docs):
    return build_tables(load_seeds(write_seeds(tmp_path / "seeds", docs)))


def site(dataset, site_id):
    return dataset.sites.set_index("site_id").loc[site_id]


def facts_of(dataset, site_id, attribute):
    facts = dataset.facts
    return facts[(facts.site_id == site_id) & (facts.attribute == attribute)].set_index("source_id")


def test_an_undated_fact_never_wins_over_a_dated_one(tmp_path):
    docs = base_documents()
    # A later file, undated, with a bigger figure: the dated 1,5 Md€ stays current.
    docs["003_article-b.yaml"]["facts"][1] = {"entity": "dc", "attribute": "investment", "value": "3 Md€",
                                              "as_of": "undated"}
    dataset = build(tmp_path, docs)
    assert site(dataset, "dc")["investment_eur"] == pytest.approx(1.5e9)
    investment = facts_of(dataset, "dc", "investment")
    assert investment["is_current"].to_dict() == {"article-a": True, "article-b": False}
    assert investment.loc["article-b", "as_of"] == ""


def test_a_fact_without_as_of_is_undated_and_current_only_when_nothing_is_dated(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"].append({"entity": "dc", "attribute": "power", "value": "240 MW"})
    dataset = build(tmp_path, docs)
    assert dataset.problems.empty
    assert site(dataset, "dc")["power_mw"] == pytest.approx(240)
    assert bool(facts_of(dataset, "dc", "power").loc["article-b", "is_current"]) is True
    # The data's date and the row's freshness ignore undated facts.
    assert dataset.as_of == "2025-09"
    assert site(dataset, "dc")["latest_fact_as_of"] == "2025-09"


def test_a_tie_on_as_of_shows_both_values_as_a_conflict(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"][1]["as_of"] = "2025-09"  # 2 Md€, same date as 1,5 Md€
    dataset = build(tmp_path, docs)
    investment = facts_of(dataset, "dc", "investment")
    assert investment["is_current"].to_dict() == {"article-a": True, "article-b": True}
    assert investment["tie"].to_dict() == {"article-a": True, "article-b": True}
    dc = site(dataset, "dc")
    assert bool(dc["investment_eur_conflict"]) is True
    # Neither source is picked: the row spans both figures.
    assert (dc["investment_eur_low"], dc["investment_eur_high"]) == pytest.approx((1.5e9, 2e9))


def test_the_same_figure_on_the_same_date_is_not_a_tie(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"][1].update(value="1,5 milliard d'euros", as_of="2025-09")
    dataset = build(tmp_path, docs)
    assert not facts_of(dataset, "dc", "investment")["tie"].any()


def test_quoted_defaults_to_true_a_paraphrase_says_so_and_a_status_is_never_quoted(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][2].update(value="about 30 jobs", quoted=False)
    dataset = build(tmp_path, docs)
    facts = dataset.facts.set_index(["site_id", "attribute"])
    assert bool(facts.loc[("dc", "investment"), "quoted"].iloc[0]) is True
    assert bool(facts.loc[("dc", "jobs"), "quoted"]) is False
    assert bool(facts.loc[("dc", "status"), "quoted"]) is False


def test_quoted_must_be_a_boolean(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][0]["quoted"] = "no"
    problems = build(tmp_path, docs).problems
    assert problems[["record", "field", "value"]].values.tolist() == [["facts[0]", "quoted", "no"]]


def test_retrieved_is_kept_apart_from_published(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["source"]["retrieved"] = "2026-11-29"
    sources = build(tmp_path, docs).sources.set_index("source_id")
    assert sources.loc["article-a", ["published", "retrieved"]].tolist() == ["2025-09-16", "2026-11-29"]
    assert sources.loc["article-b", "retrieved"] == ""


def test_area_precision_is_accepted_and_a_made_up_one_is_not(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["entities"][0]["location_precision"] = "area"
    assert site(build(tmp_path, docs), "host-site")["location_precision"] == "area"
    docs["002_article-a.yaml"]["entities"][0]["location_precision"] = "guessed"
    problems = build(tmp_path / "bad", docs).problems
    assert problems["field"].tolist()[0] == "location_precision"  # (its facts are then refused too)


def test_state_identified_sites_are_a_history_apart_from_the_target(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["entities"].append({"id": "hdf", "name": "Hauts-de-France", "project_type": "region"})
    docs["002_article-a.yaml"]["facts"] += [
        {"entity": "hdf", "attribute": "state_identified_sites", "value": "7 sites", "as_of": "2025-02-08"},
        {"entity": "hdf", "attribute": "data_center_target", "value": "huit data centers", "as_of": "2025-09"},
    ]
    docs["003_article-b.yaml"]["facts"].append(
        {"entity": "hdf", "attribute": "state_identified_sites", "value": "16 sites", "as_of": "2025-05"})
    dataset = build(tmp_path, docs)
    hdf = site(dataset, "hdf")
    assert hdf["data_center_target"] == 8
    assert hdf["state_identified_sites"] == 16
    counts = facts_of(dataset, "hdf", "state_identified_sites")
    assert not counts["conflict"].any()  # a count that grows is a history, not a disagreement


def test_schedule_keeps_every_commissioning_period_in_order(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"].append(
        {"entity": "dc", "attribute": "commissioning", "value": "fin 2026", "as_of": "2026-02-12"})
    schedule = build(tmp_path, docs).schedule
    assert list(schedule.columns) == list(SCHEDULE_COLUMNS)
    rows = schedule[schedule.site_id == "dc"]
    assert rows["raw_value"].tolist() == ["début 2026", "fin 2026"]
    assert rows["source_id"].tolist() == ["article-a", "article-b"]
