"""Readings of press prose for the intake's right site (session 12): which of our sites a place or a name
says, when a town holds several of them, and the names the press gives a site (the seeds' own sources'
naming). Each is tested on sentences of our own, not on any evaluated article. On the shipped seeds' sites."""

from __future__ import annotations

import pytest

from tests.fixtures import scan_article


def _proposed(text, sites, lang="fr"):
    return {(c.attribute, c.value, c.entity_id) for c in scan_article(text, sites, lang).candidates if not c.held}


@pytest.mark.parametrize("text, lang, area, money", [
    ("Le chimiste coréen Solvix construira à Dunkerque une usine d'électrolyte pour batteries de 20 000 m², "
     "un investissement de 60 millions d'euros.", "fr", "20 000 m²", "60 millions d'euros"),
    ("The Korean chemicals maker Solvix will build a 20,000 m² battery electrolyte plant in Dunkirk, an "
     "investment of €60 million.", "en", "20,000 m²", "€60 million"),
])
def test_a_town_of_several_battery_plants_names_none_of_them(text, lang, area, money, sites):
    # Dunkerque holds ProLogium's and Verkor's gigafactories: the town alone does not say which (a new project)
    assert _proposed(text, sites, lang) == {("floor_area", area, None), ("investment", money, None)}


@pytest.mark.parametrize("text, lang, value", [
    ("Le fabricant coréen d'électrolyte pour batteries Solvix s'installera à Dunkerque. La production démarrera en "
     "septembre 2027.", "fr", "en septembre 2027"),
    ("The Korean battery electrolyte maker Solvix will settle in Dunkirk. Production will start in September 2027.",
     "en", "in September 2027"),
])
def test_a_town_of_two_battery_plants_carried_from_the_sentence_before_names_neither(text, lang, value, sites):
    # the date's sentence names no place: the town carried from the one before does not say which of the two
    assert _proposed(text, sites, lang) == {("commissioning", value, None)}


def test_a_date_carried_to_a_place_we_do_not_know_stays_held(sites):
    text = ("The Korean battery electrolyte maker Solvix will settle in Dunkirk. Its partner Arkel will open a "
            "warehouse at Craywick in September 2027.")
    [date] = scan_article(text, sites, "en").candidates
    assert (date.held, date.held_words) == ("other_place", ("Craywick",))


def test_a_town_of_several_sites_with_the_sites_company_named_is_that_sites(sites):
    text = "ProLogium construira à Dunkerque une usine de batteries de 20 000 m²."
    assert _proposed(text, sites) == {("floor_area", "20 000 m²", "prologium-dunkerque")}


@pytest.mark.parametrize("text, lang, value", [
    ("Les deux EPR de Gravelines coûteront 17 milliards d'euros.", "fr", "17 milliards d'euros"),
    ("L'EPR 2 de Gravelines coûtera 17 milliards d'euros.", "fr", "17 milliards d'euros"),
    ("The two Gravelines EPRs are put at 17 billion euros.", "en", "17 billion euros"),
])
def test_a_reactor_code_is_written_with_a_space_or_by_its_letters(text, lang, value, sites):
    # « EPR2 » in the seeds' name; their sources write « les deux EPR à Gravelines », « l'EPR de Gravelines »
    assert _proposed(text, sites, lang) == {("investment", value, "gravelines-epr2")}


@pytest.mark.parametrize("text, lang, value", [
    ("La centrale de Gravelines emploie 2 100 salariés.", "fr", "2 100 salariés"),
    ("Le centre nucléaire de production d'électricité (CNPE) de Gravelines emploie 2 100 salariés.", "fr", "2 100 salariés"),
    ("At the Gravelines power station, EDF employs 2,100 people.", "en", "2,100 people"),
])
def test_a_town_of_several_sites_written_with_one_sites_kind_names_that_site(text, lang, value, sites):
    # Gravelines holds the nuclear plant, the EPR2 pair, OVHcloud's data centre and Neomat: « la centrale » is the plant
    assert _proposed(text, sites, lang) == {("jobs", value, "gravelines-npp")}


def test_a_wind_farm_written_with_its_town_is_the_farm(sites):
    # (Dunkerque holds two battery plants too: the batteries it will power do not make it theirs)
    text = "Le parc éolien en mer de Dunkerque, qui fournira l'électricité des batteries, sera mis en service en 2028."
    assert _proposed(text, sites) == {("commissioning", "en 2028", "dunkerque-offshore-wind")}


@pytest.mark.parametrize("text, value, site", [
    ("The wind farm off Dunkirk will be commissioned in 2028.", "in 2028", "dunkerque-offshore-wind"),
    ("The power station at Gravelines employs 2,100 people.", "2,100 people", "gravelines-npp"),
])
def test_a_town_of_several_sites_after_one_sites_kind_in_english_names_that_site(text, value, site, sites):
    # English puts the kind before the town with 'off', 'at', 'in', 'of', as French does with « de »
    [(_, _, entity)] = _proposed(text, sites, "en")
    assert entity == site and value in text


def test_the_plant_named_as_a_landmark_of_its_town_is_not_the_figures_site(sites):
    text = "Les deux EPR seront bâtis près de la centrale de Gravelines, pour 17 milliards d'euros."
    assert _proposed(text, sites) == {("investment", "17 milliards d'euros", "gravelines-epr2")}


HEADLINE = "La centrale nucléaire de Gravelines a battu son record de production\n"


@pytest.mark.parametrize("body, expected", [
    ("Le site a produit 35 TWh l'an dernier. Sur les 2 100 salariés, un quart travaille en horaires décalés.",
     {("jobs", "2 100 salariés", "gravelines-npp")}),
    # a sentence that names a place of its own is not the headline's site
    ("Le site a produit 35 TWh l'an dernier. À Flamanville, sur les 2 100 salariés, un quart travaille de nuit.", set()),
])
def test_a_sentence_naming_no_place_is_about_the_site_the_headline_names(body, expected, sites):
    assert _proposed(HEADLINE + body, sites) == expected


def test_the_kind_in_a_sites_english_name_is_its_own_not_another_object(sites):
    # « Parc éolien en mer de Dunkerque » is 'Dunkirk offshore wind farm' in the seeds' English name: 'the wind farm'
    # of an English article about it is the site itself, not another object beside it
    text = "EDF will build the Dunkirk offshore wind farm. Some 12 km from the coast, the wind farm will have a capacity of 600 MW."
    assert _proposed(text, sites, "en") == {("power", "600 MW", "dunkerque-offshore-wind")}


@pytest.mark.parametrize("text", [
    "Work is moving fast at Bouchain, south of Lille. EDF and GE will open the gas-fired power plant in 2027.",
    "EDF and GE pick Bouchain for a combined-cycle plant\nWork is moving fast at Bouchain. EDF and GE will open the "
    "plant in 2027.",
])
def test_an_operators_date_said_of_one_of_its_kinds_of_plant_is_that_plants(text, sites):
    # EDF runs a gas plant and nuclear ones: the kind said, in the sentence or the headline, tells which
    assert _proposed(text, sites, "en") == {("commissioning", "in 2027", "edf-bouchain-ccgt")}


def test_an_operators_date_said_of_a_sector_stays_the_companys_plan(sites):
    text = ("Le chantier avance à Bouchain. Dans le cadre de la relance du nucléaire, EDF mettra en service de nouvelles "
            "unités en 2027.")
    held = {(c.entity_id, c.held) for c in scan_article(text, sites).candidates if c.attribute == "commissioning"}
    assert held == {(site, "company_plan") for site in ("edf-bouchain-ccgt", "gravelines-epr2", "gravelines-npp")}
