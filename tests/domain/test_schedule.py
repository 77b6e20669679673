"""Schedule slips and freshness (dashboard.domain.schedule)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.data.seeds import load_seeds
from dashboard.domain.schedule import months_between, schedule_slips, stale_projects
from dashboard.domain.tables import build_tables
from tests.seedkit import base_documents, write_seeds


def dataset_with(tmp_path, extra_facts=(), announced=None):
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"] += list(extra_facts)
    if announced:
        docs["003_article-b.yaml"]["facts"].append(
            {"entity": "dc", "attribute": "announced", "value": announced, "as_of": announced})
    return build_tables(load_seeds(write_seeds(tmp_path / "seeds", docs)))


def commissioning(value, as_of="2026-02-12"):
    fact = {"entity": "dc", "attribute": "commissioning", "value": value}
    if as_of is not None:
        fact["as_of"] = as_of
    return fact


@pytest.mark.parametrize(("earlier", "later", "months"), [
    (dt.date(2026, 4, 30), dt.date(2026, 12, 31), 8),
    (dt.date(2026, 12, 31), dt.date(2026, 4, 30), -8),
    (dt.date(2028, 12, 31), dt.date(2031, 12, 31), 36),
])
def test_months_between(earlier, later, months):
    assert months_between(earlier, later) == months


def test_slip_from_the_first_promise_to_the_latest_with_both_sources(tmp_path):
    data = dataset_with(tmp_path, [commissioning("fin 2026")], announced="2025-05")
    slips = schedule_slips(data.schedule, data.sites, data.facts)
    row = slips.set_index("site_id").loc["dc"]
    assert (row["first_value"], row["latest_value"]) == ("début 2026", "fin 2026")
    assert row["slip_months"] == 8  # end of April 2026 -> end of December 2026
    assert (row["first_source_ids"], row["latest_source_ids"]) == ("article-a", "article-b")
    assert (row["first_as_of"], row["latest_as_of"]) == ("2025-09", "2026-02-12")
    assert row["announced_start"] == dt.date(2025, 5, 1)
    assert not row["conflict"]


def test_a_tie_on_the_latest_date_keeps_both_values_and_is_a_conflict(tmp_path):
    data = dataset_with(tmp_path, [commissioning("fin 2026"), commissioning("été 2026")])
    # Same as-of, same source file: still two promises on one date, so a tie.
    row = schedule_slips(data.schedule, data.sites, data.facts).set_index("site_id").loc["dc"]
    assert set(row["latest_value"].split(" / ")) == {"fin 2026", "été 2026"}
    assert row["conflict"]
    assert row["slip_months"] == 8  # measured to the latest of the tied ends


def test_an_undated_promise_is_listed_but_never_used_for_the_slip(tmp_path):
    data = dataset_with(tmp_path, [commissioning("2031", as_of=None)])
    row = schedule_slips(data.schedule, data.sites, data.facts).set_index("site_id").loc["dc"]
    assert row["latest_value"] == "début 2026"
    assert pd.isna(row["slip_months"])  # a single dated promise: no slip, never 0
    assert row["undated_values"] == "2031 (article-b)"


def test_slips_are_sorted_largest_first_and_skip_non_projects(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["entities"].append(dict(docs["002_article-a.yaml"]["entities"][1], id="dc2",
                                                       name="Second"))
    docs["003_article-b.yaml"]["facts"] += [
        commissioning("fin 2026"),
        {"entity": "dc2", "attribute": "commissioning", "value": "2027", "as_of": "2025-01"},
        {"entity": "dc2", "attribute": "commissioning", "value": "2030", "as_of": "2026-01"},
        {"entity": "host-site", "attribute": "commissioning", "value": "2030", "as_of": "2026-01"},
    ]
    data = build_tables(load_seeds(write_seeds(tmp_path / "seeds", docs)))
    slips = schedule_slips(data.schedule, data.sites, data.facts)
    assert slips["site_id"].tolist() == ["dc2", "dc"]
    assert slips["slip_months"].tolist() == [36, 8]


def test_empty_schedule_gives_an_empty_table(tmp_path):
    data = dataset_with(tmp_path)
    assert schedule_slips(data.schedule.iloc[0:0], data.sites, data.facts).empty


def test_stale_projects_are_older_than_six_months_of_the_given_day(tmp_path):
    data = dataset_with(tmp_path)  # dc's latest fact: 2025-09
    assert stale_projects(data.sites, dt.date(2026, 2, 28))["site_id"].tolist() == []
    stale = stale_projects(data.sites, dt.date(2026, 4, 2))
    assert stale["site_id"].tolist() == ["dc"]  # the host site is not a project
    assert stale["latest_fact_as_of"].tolist() == ["2025-09"]


def test_a_project_with_only_undated_facts_is_listed_as_stale_last(tmp_path):
    docs = base_documents()
    for fact in docs["002_article-a.yaml"]["facts"]:
        if fact["entity"] == "dc":
            fact["as_of"] = "undated"
    docs["003_article-b.yaml"]["facts"] = docs["003_article-b.yaml"]["facts"][:1]
    data = build_tables(load_seeds(write_seeds(tmp_path / "seeds", docs)))
    stale = stale_projects(data.sites, dt.date(2026, 11, 29))
    assert stale[["site_id", "latest_fact_as_of"]].values.tolist() == [["dc", ""]]


def test_a_commissioning_reported_on_or_after_its_day_is_a_record_not_a_promise(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"] += [
        {"entity": "host-site", "attribute": "commissioning", "value": "2025-06-20", "as_of": "2025-06-20"},
        {"entity": "dc", "attribute": "commissioning", "value": "2024", "as_of": "2026-01"},  # recalled later
    ]
    data = build_tables(load_seeds(write_seeds(tmp_path / "seeds", docs)))
    slips = schedule_slips(data.schedule, data.sites, data.facts).set_index("site_id")
    assert slips.loc["dc", "latest_value"] == "début 2026" and slips.loc["dc", "promises"] == 1


def test_a_project_dated_only_by_undated_sources_is_kept_and_marked_undated(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][3]["as_of"] = "undated"  # « début 2026 », the only promise
    data = build_tables(load_seeds(write_seeds(tmp_path / "seeds", docs)))
    row = schedule_slips(data.schedule, data.sites, data.facts).set_index("site_id").loc["dc"]
    assert (row["undated"], row["latest_value"], row["latest_as_of"], row["promises"]) == (True, "début 2026", "", 0)
    assert pd.isna(row["slip_months"])  # never compared: no slip
