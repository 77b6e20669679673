"""From seeds to tables: current values, history, conflicts, unknowns and provenance."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.domain.schema import FACTS_COLUMNS, OCCUPANCY_COLUMNS, SITES_COLUMNS, SOURCES_COLUMNS
from dashboard.data.seeds import load_seeds
from dashboard.domain.tables import build_tables, source_ids_in, split_ids
from tests.fixtures import sample_dataset
from tests.seedkit import base_documents, write_seeds


@pytest.fixture
def dataset(tmp_path):
    return build_tables(load_seeds(write_seeds(tmp_path / "seeds", base_documents())))


def site(dataset, site_id):
    return dataset.sites.set_index("site_id").loc[site_id]


def test_tables_have_the_contract_columns(dataset):
    assert list(dataset.sites.columns) == list(SITES_COLUMNS)
    assert list(dataset.facts.columns) == list(FACTS_COLUMNS)
    assert list(dataset.occupancy.columns) == list(OCCUPANCY_COLUMNS)
    assert list(dataset.sources.columns) == list(SOURCES_COLUMNS)


def test_current_value_is_the_latest_as_of_and_older_values_stay(dataset):
    dc = site(dataset, "dc")
    assert dc["investment_eur"] == pytest.approx(1.5e9)  # 2025-09 beats 2025-02 (2 Md€)
    investments = dataset.facts[(dataset.facts.site_id == "dc") & (dataset.facts.attribute == "investment")]
    assert sorted(investments["value"]) == [1.5e9, 2e9]
    assert investments.set_index("source_id")["is_current"].to_dict() == {"article-a": True, "article-b": False}


def test_two_sources_that_disagree_are_flagged_as_a_conflict(dataset):
    assert bool(site(dataset, "dc")["investment_eur_conflict"]) is True
    assert bool(site(dataset, "dc")["floor_area_m2_conflict"]) is False
    conflicted = dataset.facts[dataset.facts["conflict"]]
    assert set(conflicted["source_id"]) == {"article-a", "article-b"}


def test_same_figure_from_two_sources_is_not_a_conflict(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"][1]["value"] = "1 500 millions d'euros"
    dataset = build_tables(load_seeds(write_seeds(tmp_path / "s", docs)))
    assert bool(site(dataset, "dc")["investment_eur_conflict"]) is False


def test_occupancy_history_is_kept_in_order_and_is_not_a_conflict(dataset):
    history = dataset.occupancy[dataset.occupancy.site_id == "host-site"]
    assert list(history["as_of"]) == ["2025-02", "2025-09"]
    assert list(history["occupancy_rate"]) == pytest.approx([0.6, 0.8])
    assert list(history["source_id"]) == ["article-b", "article-a"]
    host = site(dataset, "host-site")
    assert host["occupancy_rate"] == pytest.approx(0.8)
    assert bool(host["occupancy_rate_conflict"]) is False


def test_approximate_flag_and_period_are_carried(dataset):
    dc = site(dataset, "dc")
    assert dc["jobs"] == 30 and bool(dc["jobs_approx"]) is True
    assert bool(dc["investment_eur_approx"]) is False
    assert dc["commissioning_start"] == dt.date(2026, 1, 1)
    assert dc["commissioning_end"] == dt.date(2026, 4, 30)
    assert dc["status"] == "under_construction"


def test_unknown_stays_unknown_never_zero(dataset):
    host = site(dataset, "host-site")
    for column in ("investment_eur", "power_mw", "jobs", "land_area_m2"):
        assert pd.isna(host[column]), column
    assert host["status"] == "unknown"  # no status fact


def test_every_site_cites_its_sources_including_where_its_position_comes_from(dataset):
    assert site(dataset, "dc")["source_ids"] == "article-a;article-b;insee-communes"
    assert site(dataset, "host-site")["source_ids"] == "article-a;article-b;insee-communes"
    cited = {s for ids in dataset.sites["source_ids"] for s in ids.split(";")}
    assert cited <= set(dataset.sources["source_id"])


def test_site_as_of_is_its_latest_fact(dataset):
    assert site(dataset, "dc")["as_of"] == "2025-09"
    assert dataset.as_of == "2025-09"


def test_rejected_records_are_listed_and_valid_ones_kept(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][1]["value"] = "vingt-six mille"
    dataset = build_tables(load_seeds(write_seeds(tmp_path / "s", docs)))
    assert len(dataset.problems) == 1
    assert dataset.problems.iloc[0][["file", "record", "field"]].tolist() == ["002_article-a.yaml", "facts[1]", "value"]
    dc = site(dataset, "dc")
    assert pd.isna(dc["floor_area_m2"]) and dc["investment_eur"] == pytest.approx(1.5e9)


def test_source_ids_in_reads_every_id():
    ids = source_ids_in(sample_dataset().sites)
    assert {"src-a", "src-b", "insee", "rte"} <= ids and "" not in ids


@pytest.mark.parametrize(("cell", "ids"), [("a;b", ["a", "b"]), ("a;;b;", ["a", "b"]), ("", []), (None, []),
                                           (float("nan"), []), ("solo", ["solo"])])
def test_split_ids_reads_a_cell_in_order(cell, ids):
    assert split_ids(cell) == ids


def test_in_language_is_the_same_tables_in_french_and_one_labelled_copy_in_english(dataset):
    assert dataset.in_language("fr") is dataset
    english = dataset.in_language("en")
    assert english is dataset.in_language("en")  # made once
    assert english.facts is dataset.facts and english.occupancy is dataset.occupancy
    assert list(english.sites.columns) == list(SITES_COLUMNS)
    assert list(english.sources.columns) == list(SOURCES_COLUMNS)
    # Names that are not substations, and publishers without a note, are the same in both.
    assert english.sites["name"].tolist() == dataset.sites["name"].tolist()
    assert english.sources["publisher"].tolist() == dataset.sources["publisher"].tolist()


def test_a_dataset_made_without_the_written_columns_keeps_its_names(tmp_path):
    dataset = sample_dataset()
    english = dataset.in_language("en")
    assert english.sites["name"].tolist() == dataset.sites["name"].tolist()
    assert english.sources["publisher"].tolist() == dataset.sources["publisher"].tolist()
