"""URL query string <-> filters: shareable views, and hostile values dropped with a notice."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.filters import Choices, Filters, apply_filters, parse_query_params

SITES = pd.DataFrame(
    {
        "site_id": ["dc-a", "dc-b", "acc", "rte-aveli", "hauts-de-france"],
        "name": ["A", "B", "ACC", "Avelin", "Région"],
        "project_type": ["data_center", "data_center", "battery", "substation", "region"],
        "departement": ["62", "59", "62", "59", ""],
        "status": ["planned", "announced", "operational", "operational", "unknown"],
    }
)
CHOICES = Choices.from_sites(SITES)


def test_choices_come_from_the_data_without_the_region():
    assert CHOICES.types == ("battery", "data_center", "substation")
    assert "hauts-de-france" not in CHOICES.sites
    assert CHOICES.deps == ("59", "62")


def test_query_params_round_trip():
    filters = Filters(types=("data_center",), deps=("62", "59"), statuses=("planned",), lang="en")
    params = filters.to_query_params()
    assert params == {"type": "data_center", "dep": "62,59", "status": "planned", "lang": "en"}
    assert parse_query_params(params, CHOICES) == (filters, [])


def test_default_language_is_french_and_not_written_in_the_url():
    filters, notices = parse_query_params({}, CHOICES)
    assert filters == Filters() and filters.lang == "fr" and notices == []
    assert Filters().to_query_params() == {}


def test_unknown_values_are_dropped_with_a_notice_each():
    params = {"type": "data_center,<script>alert(1)</script>", "dep": "99", "lang": "de", "site": "dc-a,dc-a"}
    filters, notices = parse_query_params(params, CHOICES)
    assert filters == Filters(types=("data_center",), sites=("dc-a",), deps=(), lang="fr")
    assert [(n.param, n.value, n.reason) for n in notices] == [
        ("type", "<script>alert(1)</script>", "unknown"),
        ("dep", "99", "unknown"),
        ("lang", "de", "unknown"),
    ]


def test_absurdly_long_parameter_is_ignored_with_a_notice():
    filters, notices = parse_query_params({"site": "x" * 5000}, CHOICES)
    assert filters.sites == () and notices[0].reason == "too_long" and len(notices[0].value) < 50


def test_apply_filters_combines_filters_and_keeps_context_types():
    filters = Filters(types=("data_center",), deps=("62",))
    assert apply_filters(SITES, filters)["site_id"].tolist() == ["dc-a"]
    with_context = apply_filters(SITES, filters, keep_types=("substation",))
    assert with_context["site_id"].tolist() == ["dc-a", "rte-aveli"]
    assert len(apply_filters(SITES, Filters())) == len(SITES)


def test_filters_that_match_nothing_give_an_empty_frame():
    filters = Filters(types=("battery",), deps=("59",))
    assert apply_filters(SITES, filters).empty
