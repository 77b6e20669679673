"""What a count of people is (dashboard.domain.intake.counts): a construction site's workforce, a count to
date on the way to a target, a total of direct and indirect jobs are not the project's jobs. Sentences of
our own, on the shipped seeds' sites."""

from __future__ import annotations

import pytest

from tests.fixtures import scan_article as _scan


def _jobs(result):
    return [c.value for c in result.candidates if c.attribute == "jobs" and not c.held]


def _reasons(result):
    return {e.value: e.reason for e in result.excluded}


@pytest.mark.parametrize("text, lang, count", [
    ("À Bourbourg, 2 500 personnes seront embauchées pour construire l'usine de Verkor, qui emploiera 1 200 salariés.",
     "fr", "2 500 personnes"),
    ("At Bourbourg, Verkor will hire 2,500 people during construction, and the plant will employ 1,200 people.",
     "en", "2,500 people"),
])
def test_the_construction_workforce_is_not_the_plants_jobs(text, lang, count, sites):
    result = _scan(text, sites, lang)
    assert _reasons(result)[count] == "construction_workforce"
    assert _jobs(result) == ["1 200 salariés" if lang == "fr" else "1,200 people"]


def test_a_count_to_date_on_the_way_to_a_target_is_left_out(sites):
    text = "At Bourbourg, Verkor has created 400 jobs so far; its staff should grow to 1,200 people by 2027."
    result = _scan(text, sites, "en")
    assert _jobs(result) == ["1,200 people"] and _reasons(result)["400 jobs"] == "count_to_date"
    # alone, or beside another site's larger count, it is the site's count
    text = "At Bourbourg, Verkor has created 400 jobs so far."
    assert _jobs(_scan(text, sites, "en")) == ["400 jobs"]


def test_a_total_of_direct_and_indirect_jobs_is_not_the_sites(sites):
    text = ("Verkor : 4 000 emplois à Dunkerque\nÀ Bourbourg, l'usine de Verkor comptera 1 200 emplois directs et fera "
            "vivre 3 000 emplois indirects.")
    result = _scan(text, sites)
    assert _jobs(result) == ["1 200 emplois"] and _reasons(result)["4 000 emplois"] == "direct_and_indirect"


def test_money_a_bank_lent_is_no_investment(sites):
    text = "At Douai, the European Investment Bank lent AESC 450 million euros in 2023."
    result = _scan(text, sites, "en")
    assert [c for c in result.candidates if c.attribute == "investment"] == []


def test_a_count_so_far_then_a_target_in_its_sentence_is_a_count_to_date(sites):
    text = "At Bourbourg, Verkor employs 400 people so far; the company says the count should reach 1,200 next year."
    result = _scan(text, sites, "en")
    assert _jobs(result) == [] and _reasons(result)["400 people"] == "count_to_date"


@pytest.mark.parametrize("text, lang, count, date", [
    ("À Roubaix, OVHcloud a annoncé que ses 600 salariés actuels seraient mille en fin d'année, puis deux fois plus "
     "d'ici 2027.", "fr", "600 salariés", "d'ici 2027"),
    ("In Roubaix, OVHcloud says its 600 employees will be 1,000 by December, and twice as many by 2027.",
     "en", "600 employees", "by 2027"),
])
def test_a_count_that_will_be_another_is_a_step_and_a_multiples_horizon_its_date(text, lang, count, date, sites):
    result = _scan(text, sites, lang)
    assert _jobs(result) == [] and _reasons(result)[count] == "phase"
    assert [c for c in result.candidates if c.attribute == "commissioning"] == []


@pytest.mark.parametrize("text, lang, value", [
    ("À Béthune, l'usine de Mecaware annonce 150 embauches.", "fr", "150 embauches"),
    ("À Béthune, l'usine de Mecaware fera travailler 150 personnes.", "fr", "150 personnes"),
    ("At Béthune, Mecaware's plant will generate 150 new hires.", "en", "150 new hires"),
    ("At Béthune, Mecaware's plant will create up to 150 roles.", "en", "up to 150 roles"),
    ("At Béthune, 150 people will work at Mecaware's plant.", "en", "150 people"),
    ("À Béthune, 150 personnes travailleront dans l'usine de Mecaware.", "fr", "150 personnes"),
])
def test_hires_and_roles_are_counts_of_jobs(text, lang, value, sites):
    """« 150 embauches », '150 new hires', '150 roles', « fera travailler 150 personnes » count the site's jobs,
    and the seed reader reads them as jobs (our own sentences)."""
    from dashboard.domain.normalize import parse_quantity

    assert _jobs(_scan(text, sites, lang=lang)) == [value]
    assert parse_quantity(value, lang=lang).unit == "jobs"


def test_people_working_at_the_building_site_are_no_jobs(sites):
    assert _jobs(_scan("At Béthune, 150 people work at the construction site of Mecaware's plant.", sites, lang="en")) == []
