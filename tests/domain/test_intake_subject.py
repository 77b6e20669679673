"""Readings of press prose for the intake's precision and right site (session 10), written as general rules
from the errors of the parts already read (held-out 2026-12c, batches 10-12): whose figure it is (the
article's subject, the sentence's grammatical subject, the name as the press writes it) and what a figure
counts. Each is tested on sentences of our own, not on any evaluated article. On the shipped seeds' sites."""

from __future__ import annotations

import pytest

from dashboard.domain.intake import status_keyword
from tests.fixtures import scan_article


def _proposed(text, sites, lang="fr"):
    return [(c.attribute, status_keyword(c) if c.attribute == "status" else c.value, c.entity_id)
            for c in scan_article(text, sites, lang).candidates if not c.held]


@pytest.mark.parametrize("text, lang", [
    ("Près de Cambrai, le parc e-Valley doit accueillir à terme 3 000 salariés.", "fr"),
    ("Near Cambrai, the e-Valley park is to employ 3,000 people in time.", "en"),
])
def test_a_name_written_with_a_lowercase_prefix_is_read(text, lang, sites):
    # « e-Valley »: the capital comes after the prefix; the park's own figure, not the campus of its town
    assert [p[2] for p in _proposed(text, sites, lang) if p[0] == "jobs"] == ["e-valley-ba103"]


@pytest.mark.parametrize("text, lang, words", [
    ("The Verkor plant at Bourbourg, said to be worth some €3bn, opened last week.", "en", "said to be"),
    ("Verkor's plant at Bourbourg will reportedly cost €3bn.", "en", "reportedly"),
    ("Selon nos informations, l'usine Verkor de Bourbourg coûtera 3 milliards d'euros.", "fr", "Selon nos informations"),
    ("L'usine Verkor de Bourbourg coûterait, dit-on, 3 milliards d'euros.", "fr", "dit-on"),
])
def test_a_figure_reported_as_hearsay_is_proposed_unticked_with_its_reason(text, lang, words, sites):
    from dashboard.domain.intake.review import held_reason

    [money] = [c for c in scan_article(text, sites, lang).candidates if c.attribute == "investment"]
    assert (money.entity_id, money.held, money.held_words) == ("verkor-bourbourg", "hearsay", (words,))
    assert "sans l'affirmer" in held_reason(money, "fr")


@pytest.mark.parametrize("text, lang", [
    ("The Verkor plant at Bourbourg will cost €3bn, the company said.", "en"),
    ("According to the region, Verkor's plant at Bourbourg will cost €3bn.", "en"),
    ("Selon la Région, l'usine Verkor de Bourbourg coûtera 3 milliards d'euros.", "fr"),
])
def test_a_figure_a_source_states_is_no_hearsay(text, lang, sites):
    assert [p[2] for p in _proposed(text, sites, lang) if p[0] == "investment"] == ["verkor-bourbourg"]


def test_postes_are_substations_in_an_article_about_a_poste_electrique(sites):
    text = ("Le gestionnaire du réseau construira un poste de 225 000 volts près de Bourbourg. "
            "Une ligne souterraine reliera ensuite les deux postes.")
    result = scan_article(text, sites)
    assert not [c for c in result.candidates if c.attribute == "jobs"]
    assert [e.reason for e in result.excluded if e.value == "deux postes"] == ["substations"]


@pytest.mark.parametrize("text", [
    # the same word for jobs: hiring said in the sentence, or no substation in the article
    "Le poste électrique de Bourbourg est prêt. L'usine Verkor de Bourbourg créera 1 200 postes.",
    "L'usine Verkor de Bourbourg ouvrira 1 200 postes d'ici 2026.",
])
def test_postes_are_jobs_where_the_article_speaks_of_hiring_or_of_no_substation(text, sites):
    assert [p[2] for p in _proposed(text, sites) if p[0] == "jobs"] == ["verkor-bourbourg"]
