"""Readings of press prose found on development batch 10 (tests/intake_eval_dev10.py) and written as
general rules: an announcement said as a noun, an opening said with a pronoun,
a status still to come, the landscape's past, a total of direct and indirect jobs, a count of today
before a whole, a growth's horizon, a share of another thing. Each is tested on sentences of our own,
not on any evaluated article. On the shipped seeds' sites."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.domain.intake import scan, status_keyword


def _proposed(text, sites, lang="fr", published=dt.date(2025, 1, 10)):
    result = scan(text, lang=lang, published=published, sites=sites)
    return [(c.attribute, status_keyword(c) if c.attribute == "status" else c.value, c.entity_id)
            for c in result.candidates if not c.held]


@pytest.mark.parametrize("text, lang, site", [
    ("La semaine a été marquée par l'annonce par Data4 de son projet à Escaudain.", "fr", "escaudain-dc"),
    ("The announcement on Monday that Verkor will build its plant in Bourbourg pleased the port.", "en", "verkor-bourbourg"),
    ("Monday's announcement, June 3, that Verkor will build in Bourbourg pleased the port.", "en", "verkor-bourbourg"),
])
def test_an_announcement_said_as_a_noun(text, lang, site, sites):
    assert ("status", "announced", site) in _proposed(text, sites, lang)


def test_the_announcement_of_a_closure_is_no_announcement_of_the_project(sites):
    assert not [p for p in _proposed("Deux ans après l'annonce de la fermeture, le site Bridgestone de Béthune revit.", sites)
                if p[0] == "status"]


@pytest.mark.parametrize("text, lang", [
    ("Gravelines : ce bâtiment abritait une usine. OVHcloud l'a ouvert en 2015, après des travaux.", "fr"),
    ("Gravelines: the building used to hold a factory. OVHcloud opened it in 2015, after works.", "en"),
])
def test_an_opening_said_with_a_pronoun_is_the_site_the_sentence_before_names(text, lang, sites):
    proposed = _proposed(text, sites, lang, dt.date(2020, 1, 1))
    assert ("status", "operational", "ovh-gravelines") in proposed
    assert [p[2] for p in proposed if p[0] == "commissioning"] == ["ovh-gravelines"]


@pytest.mark.parametrize("text, lang", [
    ("ProLogium will build its plant in Dunkirk. Production is expected to begin in 2027.", "en"),
    ("ProLogium will build its plant in Dunkirk. Its first line starts operating in 2027.", "en"),
])
def test_production_set_to_begin_or_a_plant_starting_to_operate_dates_it(text, lang, sites):
    assert ("commissioning", "in 2027", "prologium-dunkerque") in _proposed(text, sites, lang)


@pytest.mark.parametrize("text, lang", [
    ("Nous avons visité l'usine ACC de Billy-Berclau avant son inauguration, jeudi prochain.", "fr"),
    ("We toured the ACC plant at Billy-Berclau ahead of its inauguration next week.", "en"),
    ("Near abandoned coal mines, the ACC plant at Billy-Berclau makes batteries.", "en"),
    ("À Billy-Berclau, près des puits de mine abandonnés, l'usine ACC fabrique des batteries.", "fr"),
])
def test_a_status_still_to_come_or_the_landscape_s_past_is_no_status_of_the_site(text, lang, sites):
    assert not [p for p in _proposed(text, sites, lang) if p[0] == "status"]


@pytest.mark.parametrize("text", [
    "À Gravelines, le projet Neomat promet 900 emplois : 700 emplois directs et 200 indirects.",
    "À Escaudain, quelque 3 000 emplois directs et indirects sont attendus.",
])
def test_a_total_of_direct_and_indirect_jobs_is_not_the_site_s_jobs(text, sites):
    jobs = [p[1] for p in _proposed(text, sites) if p[0] == "jobs"]
    assert not [j for j in jobs if "900" in j or "3 000" in j]


def test_today_s_count_before_a_whole_is_a_step(sites):
    text = "À Douai, l'usine d'Envision compte 300 emplois aujourd'hui, 600 l'an prochain et 1 500 à terme."
    assert not [p for p in _proposed(text, sites) if p[0] == "jobs" and "300" in p[1]]


def test_a_growth_s_horizon_is_no_commissioning(sites):
    text = "À Saint-Laurent-Blangy, Battri traite 10 000 tonnes et veut tripler ce volume d'ici 2027."
    assert not [p for p in _proposed(text, sites) if p[0] == "commissioning"]


def test_a_share_of_another_thing_is_no_occupancy_but_a_share_of_the_site_s_capacity_is(sites):
    assert not [p for p in _proposed("À Gravelines, OVHcloud a réutilisé 40 % des serveurs retirés.", sites)
                if p[0] == "occupancy"]
    assert ("occupancy", "70 %", "ex-bridgestone-bethune") in _proposed(
        "L'ancien site Bridgestone de Béthune est occupé à 70 % de sa capacité.", sites)


def test_other_plants_compared_with_the_site_do_not_widen_its_figure_to_the_company(sites):
    text = ("The minister visits the site in Dunkirk where a battery plant is to rise. ProLogium will build it. The "
            "fourth plant of its kind, it means an investment of 3 billion euros, on top of what the other three "
            "factories have brought.")
    assert ("investment", "3 billion euros", "prologium-dunkerque") in _proposed(text, sites, "en")


def test_a_phases_count_with_no_whole_is_the_sites_and_a_step_beside_a_whole(sites):
    alone = "À Harnes, l'usine de recyclage emploiera 30 salariés en phase 1."
    assert [p[1] for p in _proposed(alone, sites) if p[0] == "jobs"] == ["30 salariés"]
    whole = alone + " À terme, elle emploiera 120 salariés."
    assert [p[1] for p in _proposed(whole, sites) if p[0] == "jobs"] == ["120 salariés"]


def test_a_town_a_news_pleased_or_let_down_is_its_people_not_a_site_of_the_figure(sites):
    text = "The news that Envision will open in Douai by 2026 delighted the town and disappointed Dunkirk."
    proposed = _proposed(text, sites, "en")
    assert [p[2] for p in proposed if p[0] == "commissioning"] == ["envision-aesc-douai"]


def test_a_count_at_its_commissioning_is_a_step_beside_a_later_whole(sites):
    text = ("À Douai, l'usine d'Envision comptera 800 salariés à sa mise en service fin 2025. "
            "À terme, 2 500 emplois sont attendus en 2030.")
    assert [p[1] for p in _proposed(text, sites) if p[0] == "jobs"] == ["2 500 emplois"]


def test_a_start_said_mise_en_route_is_no_road(sites):
    text = "Le projet Neomat s'implante à Gravelines. La première mise en route aura lieu fin 2027."
    assert ("commissioning", "fin 2027", "neomat-gravelines") in _proposed(text, sites)


def test_a_date_whose_subject_is_a_count_of_other_plants_is_theirs(sites):
    text = "ACC makes batteries at Billy-Berclau. Four more large battery plants should open by 2027."
    assert not [p for p in _proposed(text, sites, "en") if p[0] == "commissioning"]


@pytest.mark.parametrize("text, status, site", [
    ("La start-up Mecaware annonce son implantation à Béthune, sur l'ancien site Bridgestone.", "announced",
     "mecaware-bethune"),
    ("À Bourbourg, Verkor met officiellement en route son usine de cellules.", "operational", "verkor-bourbourg"),
])
def test_a_company_announcing_its_arrival_or_starting_its_plant_up(text, status, site, sites):
    assert ("status", status, site) in _proposed(text, sites)


@pytest.mark.parametrize("text, lang", [
    ("At Fretin, Etix Lille 4 will have three IT rooms of 500 square meters.", "en"),
    ("À Fretin, Etix Lille 4 comptera trois salles informatiques de 500 m².", "fr"),
])
def test_the_area_of_each_of_several_rooms_is_not_the_site_s_floor_area(text, lang, sites):
    assert not [p for p in _proposed(text, sites, lang) if p[0] in ("floor_area", "land_area")]
    # one building of so many square metres is the site's
    one = "À Fretin, Etix Lille 4 occupe un bâtiment de 1 500 m²."
    assert ("floor_area", "1 500 m²", "etix-lille-4") in _proposed(one, sites)


def test_workers_newly_hired_are_jobs_a_town_s_people_are_not(sites):
    assert ("jobs", "450 recently hired workers", "envision-aesc-douai") in _proposed(
        "At Douai, 450 recently hired workers assemble cells for Envision.", sites, "en")
    assert not [p for p in _proposed("Billy-Berclau, a town of 4,000 people, hosts ACC.", sites, "en") if p[0] == "jobs"]


def test_an_announcement_with_the_subject_after_the_verb(sites):
    text = "Verkor construira sa gigafactory de cellules à Bourbourg, a-t-il annoncé lundi."
    assert ("status", "announced", "verkor-bourbourg") in _proposed(text, sites)


def test_people_hired_on_the_building_site_are_its_workforce(sites):
    text = "À Gravelines, jusqu'à 6 000 salariés seront embauchés sur le chantier des réacteurs EPR2."
    assert not [p for p in _proposed(text, sites) if p[0] == "jobs"]


def test_an_intertitle_repeating_the_body_follows_the_body(sites):
    text = ("Dunkerque : le parc éolien en mer sera mis en service en 2028\n"
            "Les projets ne manquent pas dans le Dunkerquois, dont deux réacteurs EPR2 à Gravelines.\n"
            "Quarante emplois\n"
            "Le parc éolien en mer de Dunkerque aura 600 MW. Son exploitation créera quarante emplois.")
    jobs = [p for p in _proposed(text, sites) if p[0] == "jobs"]
    assert [p[2] for p in jobs] == ["dunkerque-offshore-wind"]


def test_a_territory_s_consumption_is_no_site_s_power(sites):
    text = ("À Gravelines, deux réacteurs EPR2 sont prévus. La consommation de l'agglomération dunkerquoise devrait "
            "passer de 2 gigawatts à 4 d'ici 2040.")
    assert not [p for p in _proposed(text, sites) if p[0] == "power"]
