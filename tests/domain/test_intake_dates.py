"""Which dates are a project's commissioning (dashboard.domain.intake.scope and rules): a horizon that
dates a figure is that figure's, the equipment's installation is a step, a start conditional on the
project's approval (not on a permit) is its ordinary path; the next sentence's "other" site is not this
one's. On the shipped seeds' sites."""

from __future__ import annotations

import pytest

from dashboard.domain.intake import status_keyword
from tests.fixtures import scan_article as _scan


def _dates(result):
    return [c.value for c in result.candidates if c.attribute == "commissioning"]


def test_a_horizon_opening_its_sentence_dates_what_is_reached_after_it(sites):
    text = "E-Valley couvre 320 hectares. À l'horizon 2030, il approchera 3 500 emplois."
    result = _scan(text, sites)
    assert _dates(result) == [] and {e.value: e.reason for e in result.excluded}["À l'horizon 2030"] == "figure_date"
    assert [c.value for c in result.candidates if c.attribute == "jobs"] == ["3 500 emplois"]


def test_jobs_expected_by_a_year_date_the_jobs(sites):
    text = "À Béthune, Mecaware ouvrira son usine. Une centaine d'emplois sont attendus d'ici 2029."
    assert _dates(_scan(text, sites)) == []


def test_the_equipments_installation_is_a_step_the_production_start_the_date(sites):
    text = ("Mecaware s'installe à Béthune. Les équipements seront installés d'ici la fin de 2025 et la production "
            "doit démarrer courant 2026.")
    assert _dates(_scan(text, sites)) == ["courant 2026"]


def test_a_start_conditional_on_its_approval_or_permit_is_kept(sites):
    text = ("Data4 will build a campus at Escaudain. The consortium now has a feasibility study; if it is approved, "
            "the campus could be operational by 2030.")
    assert _dates(_scan(text, sites, "en")) == ["by 2030"]
    text = "À Escaudain, si le projet est validé, le site démarrera ses opérations mi-2027."
    assert _dates(_scan(text, sites)) == ["mi-2027"]
    # a true hypothesis, or a permit, stays a condition
    text = "À Escaudain, si le marché se retourne, le campus ouvrirait en 2032."
    assert _dates(_scan(text, sites)) == []
    text = "À Escaudain, si le permis est accordé, le site démarrera ses opérations mi-2027."
    assert _dates(_scan(text, sites)) == []


def test_the_next_sentences_other_site_does_not_take_the_figure(sites):
    text = ("Battri s'installe à Saint-Laurent-Blangy, sur l'Actiparc. Les machines sont en place. Cinquante "
            "emplois seront créés. Une autre usine, Mecaware, s'installe à Béthune.")
    [jobs] = [c for c in _scan(text, sites).candidates if c.attribute == "jobs"]
    assert jobs.entity_id == "battri-saint-laurent-blangy"


def test_production_should_start_is_a_start(sites):
    text = "Mecaware signed a lease on the former Bridgestone site in Béthune. Production should start in 2026."
    assert [(c.value, c.entity_id) for c in _scan(text, sites, "en").candidates
            if c.attribute == "commissioning"] == [("in 2026", "mecaware-bethune")]


def test_a_permit_received_or_obtained_is_a_permitted_status(sites):
    for text, lang in (("At Bouchain, SoftBank's 400MW data center received its building permit in May 2026.", "en"),
                       ("À Rantigny, le projet de data center a obtenu son permis de construire.", "fr")):
        statuses = [c for c in _scan(text, sites, lang).candidates if c.attribute == "status"]
        assert [status_keyword(c) for c in statuses] == ["permitted"], text


def test_a_range_of_people_employed_is_a_range_of_jobs(sites):
    text = "AESC's Douai gigafactory will employ between 1,000 and 1,200 people."
    [jobs] = [c for c in _scan(text, sites, "en").candidates if c.attribute == "jobs"]
    assert (jobs.value, jobs.normalized.value, jobs.normalized.high) == ("between 1,000 and 1,200 people", 1000, 1200)


def test_people_to_be_hired_are_jobs_and_the_horizon_before_them_is_theirs(sites):
    text = "Verkor construit sa gigafactory à Bourbourg. D'ici 2027, ce sont 1 200 personnes qui seront recrutées."
    result = _scan(text, sites)
    assert [(c.attribute, c.value) for c in result.candidates] == [("jobs", "1 200 personnes")]


def test_an_event_placed_elsewhere_right_after_its_status_word_is_not_the_sites(sites):
    text = "Verkor a inauguré fin juin à Grenoble son usine pilote et ouvrira d'ici 2025 son usine de Bourbourg."
    candidates = _scan(text, sites).candidates
    assert not [c for c in candidates if c.attribute == "status"]
    assert [(c.value, c.entity_id) for c in candidates] == [("d'ici 2025", "verkor-bourbourg")]


def test_after_an_opening_horizon_another_companys_subject_keeps_its_figures(sites):
    text = ("AESC construira sa gigafactory à Douai. À l'horizon 2025, Renault compte créer 700 emplois directs dans "
            "le Nord, en plus de ses usines de Douai et Maubeuge.")
    result = _scan(text, sites)
    assert not result.candidates
    assert {e.value: e.reason for e in result.excluded}["700 emplois"] == "other_subject"


def test_a_horizon_before_a_capacity_is_the_capacitys(sites):
    text = "AESC construira sa gigafactory à Douai. Elle doit afficher à l'horizon 2030 une capacité totale de 24 GWh."
    assert _dates(_scan(text, sites)) == []


def test_a_bare_year_far_from_any_start_word_dates_nothing(sites):
    text = ("Nebius will build a 240 MW campus in Béthune, which reaches full capacity later; the project is the most "
            "talked-about case study of 2026.")
    assert _dates(_scan(text, sites, "en")) == []


def test_the_start_of_production_said_as_a_noun_dates_the_commissioning(sites):
    """The start of production as a noun, with what is made between: 'the start of cell production in the
    first half of 2028', « le lancement de la production de cellules en 2028 » (our own sentences)."""
    english = _scan("At Billy-Berclau, ACC's works go on, aiming at the start of cell production in the first half "
                    "of 2028.", sites, lang="en")
    french = _scan("À Billy-Berclau, ACC poursuit ses travaux en vue du lancement de la production de cellules en mars "
                   "2028.", sites)
    assert [(c.value, c.entity_id) for c in english.candidates if c.attribute == "commissioning"] == [
        ("in the first half of 2028", "acc-billy-berclau")]
    assert [(c.value, c.entity_id) for c in french.candidates if c.attribute == "commissioning"] == [
        ("en mars 2028", "acc-billy-berclau")]


@pytest.mark.parametrize("text, lang, value", [
    ("À Béthune, la mise en service de l'usine de Mecaware est prévue dans la seconde moitié de 2027.", "fr",
     "la seconde moitié de 2027"),
    ("À Béthune, l'usine de Mecaware doit entrer en service à compter de 2027.", "fr", "à compter de 2027"),
    # the whole phrase, not its year alone: 'by the middle of 2027', 'toward the end of 2027', 'at the start of 2027'
    ("At Béthune, Mecaware's plant is due to open by the middle of 2027.", "en", "by the middle of 2027"),
    ("At Béthune, Mecaware's plant is due to open toward the end of 2027.", "en", "toward the end of 2027"),
    ("At Béthune, Mecaware's plant is due to open at the start of 2027.", "en", "at the start of 2027"),
])
def test_the_date_finder_reads_the_forms_the_normalizer_reads(sites, text, lang, value):
    """« la seconde moitié de 2027 » (a half said as « moitié ») and « à compter de 2027 » are dates the
    normalizer reads; the intake's finder missed them (our own sentences)."""
    assert [(c.value, c.entity_id) for c in _scan(text, sites, lang=lang).candidates
            if c.attribute == "commissioning"] == [(value, "mecaware-bethune")]


@pytest.mark.parametrize("text, lang, value", [
    ("À Béthune, l'usine de Mecaware ouvrira ses portes d'ici le mois de juin 2027.", "fr", "d'ici le mois de juin 2027"),
    ("At Béthune, Mecaware's plant is due to open in the month of June 2027.", "en", "in the month of June 2027"),
    ("À Béthune, l'usine de Mecaware n'ouvrira pas avant l'automne 2027.", "fr", "pas avant l'automne 2027"),
    ("At Béthune, Mecaware's plant is due to open no earlier than 2028.", "en", "no earlier than 2028"),
])
def test_a_date_is_read_whole_with_its_month_word_or_its_lower_bound(sites, text, lang, value):
    """« d'ici le mois de juin », 'the month of June', « pas avant », 'no earlier than': the whole phrase, as written
    (the finder took « juin 2027 » or « l'automne 2027 », which an analyst would not write; our own sentences)."""
    assert [(c.value, c.entity_id) for c in _scan(text, sites, lang=lang).candidates
            if c.attribute == "commissioning"] == [(value, "mecaware-bethune")]


@pytest.mark.parametrize("text, lang, value", [
    ("À Béthune, l'usine de Mecaware ouvrirait en 2027.", "fr", "en 2027"),
    ("À Béthune, l'usine de Mecaware démarrera en 2027.", "fr", "en 2027"),
    ("À Béthune, l'usine de Mecaware verra le jour en 2027.", "fr", "en 2027"),
    ("À Béthune, l'usine de Mecaware fonctionnera en 2027.", "fr", "en 2027"),
    ("À Béthune, l'usine de Mecaware lancera sa production en 2027.", "fr", "en 2027"),
    ("At Béthune, Mecaware's plant will start up in 2027.", "en", "in 2027"),
    ("At Béthune, Mecaware's plant will enter service in 2027.", "en", "in 2027"),
])
def test_more_tenses_of_the_start_date_the_commissioning(sites, text, lang, value):
    """« ouvrirait », « démarrera », « verra le jour », 'will start up', 'enter service' (our own sentences)."""
    assert [(c.value, c.entity_id) for c in _scan(text, sites, lang=lang).candidates
            if c.attribute == "commissioning"] == [(value, "mecaware-bethune")]


def test_the_works_start_is_no_commissioning(sites):
    """« les travaux de l'usine démarreront en 2026 » dates the works, not the plant's start (our own sentence)."""
    text = "À Béthune, les travaux de l'usine de Mecaware démarreront en 2026, et l'usine ouvrira ses portes en 2027."
    assert [c.value for c in _scan(text, sites).candidates if c.attribute == "commissioning"] == ["en 2027"]


@pytest.mark.parametrize("text, lang, value", [
    ("À Béthune, l'usine de Mecaware sera inaugurée en 2027.", "fr", "en 2027"),
    ("À Béthune, Mecaware inaugurera son usine en 2027.", "fr", "en 2027"),
    ("At Béthune, Mecaware's plant will be inaugurated in 2027.", "en", "in 2027"),
])
def test_an_inauguration_to_come_dates_the_commissioning_and_is_no_status(sites, text, lang, value):
    """« sera inaugurée en 2027 », 'will be inaugurated': the opening's date, not an operational plant; a past
    inauguration stays operational (our own sentences)."""
    result = _scan(text, sites, lang=lang)
    assert [(c.attribute, c.value) for c in result.candidates] == [("commissioning", value)]
    past = _scan("À Béthune, l'usine de Mecaware a été inaugurée en mars 2025.", sites)
    assert [status_keyword(c) for c in past.candidates if c.attribute == "status"] == ["operational"]


@pytest.mark.parametrize("text, value", [
    ("At Béthune, Mecaware will put its recycling plant into service in the autumn of 2027.", "in the autumn of 2027"),
    ("The Béthune recycling plant of Mecaware is scheduled to be brought into operation in March 2027.", "in March 2027"),
    ("At Béthune, Mecaware's plant should go into operation in late 2027.", "in late 2027"),
])
def test_a_plant_brought_into_service_or_operation_dates_its_commissioning(sites, text, value):
    """'to bring / put the plant into service', 'into operation': the start said with its object between (« entrer
    en service » was read, 'enter service' too; our own sentences)."""
    assert [(c.value, c.entity_id) for c in _scan(text, sites, "en").candidates if c.attribute == "commissioning"] == [
        (value, "mecaware-bethune")]
