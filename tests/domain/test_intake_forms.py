"""The forms press prose writes figures, statuses and dates in (dashboard.domain.intake: figures, rules,
attach): general readings, each tested on sentences of our own, not on any evaluated article. On the
shipped seeds' sites."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.data.intake_seed import shipped_dataset
from dashboard.domain.intake import scan, status_keyword


@pytest.fixture(scope="module")
def sites():
    return shipped_dataset().sites


def _scan(text, sites, lang="fr", published=dt.date(2025, 1, 10)):
    return scan(text, lang=lang, published=published, sites=sites)


def _values(result, attribute):
    return [(c.value, c.entity_id) for c in result.candidates if c.attribute == attribute and not c.held]


def _statuses(result):
    return [(status_keyword(c), c.entity_id) for c in result.candidates if c.attribute == "status" and not c.held]


@pytest.mark.parametrize("text, lang, value", [
    ("At Escaudain the campus should bring around a thousand jobs.", "en", "around a thousand jobs"),
    ("At Escaudain the campus will create one thousand jobs.", "en", "one thousand jobs"),
    ("At Escaudain the campus should bring a hundred jobs.", "en", "a hundred jobs"),
    ("À Escaudain, le campus apportera un millier d'emplois.", "fr", "un millier d'emplois"),
])
def test_a_count_of_jobs_in_words_is_read(text, lang, value, sites):
    assert _values(_scan(text, sites, lang), "jobs") == [(value, "escaudain-dc")]


def test_one_job_is_no_figure(sites):
    assert _values(_scan("At Escaudain, one job in three will go to local people.", sites, "en"), "jobs") == []


@pytest.mark.parametrize("text, lang", [
    ("À Arras, les serveurs de la citadelle tournent depuis mars 2015.", "fr"),
    ("À Arras, le data center de la citadelle fonctionne depuis 2015.", "fr"),
    ("In Arras, the citadel data centre has been running since 2015.", "en"),
    ("In Arras, the citadel data centre is now up and running.", "en"),
    ("In Arras, Décima has opened its data centre in the citadel.", "en"),
])
def test_running_since_or_up_and_running_is_operational(text, lang, sites):
    assert _statuses(_scan(text, sites, lang, dt.date(2016, 5, 1))) == [("operational", "arras-citadelle-dc")]


def test_a_consultation_opened_is_no_opening_of_the_site(sites):
    text = "In Arras, the council has opened a public consultation on the citadel data centre."
    assert _statuses(_scan(text, sites, "en", dt.date(2016, 5, 1))) == []


def test_a_company_announcing_a_project_at_one_place_is_that_sites_status(sites):
    # Data4 runs two of our sites: the place named after the verb, without a comma, says which
    text = "Data4 has announced a new AI campus in Escaudain, with its own training centre."
    assert _statuses(_scan(text, sites, "en")) == [("announced", "escaudain-dc")]
    text = "By announcing on Monday that it had picked Escaudain, Data4 ended months of rumours."
    assert ("announced", "escaudain-dc") in _statuses(_scan(text, sites, "en"))
    # the place after a comma is the money's, not the announcement's object: the company's plan, held
    text = "Data4 has announced €20 billion for France, most of it for its Escaudain project."
    assert _statuses(_scan(text, sites, "en")) == []
