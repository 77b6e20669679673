"""Whose figure it is when the sentence points elsewhere (dashboard.domain.intake.scope and rules): a
job-loss word belongs to the count it stands next to, a credit line names no place, a place the
dataset does not know nearer the figure than any of ours holds it, a relative clause about another
company is that company's, a count is no year. On the shipped seeds' sites."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.domain.intake.review import review_table
from tests.fixtures import scan_article as _scan


def _reasons(result):
    return {e.value: e.reason for e in result.excluded}


def _assert_no_jobs_left_out_for(result, reason):
    assert not [c for c in result.candidates if c.attribute == "jobs"]
    assert reason in _reasons(result).values()


def test_a_job_loss_word_is_the_count_it_stands_next_to(sites):
    text = ("Mecaware s'installe sur l'ancien site Bridgestone de Béthune. Une centaine d'emplois sont attendus, "
            "après le licenciement de 863 salariés à la fermeture de l'usine.")
    result = _scan(text, sites)
    assert [c.value for c in result.candidates if c.attribute == "jobs"] == ["Une centaine d'emplois"]
    assert _reasons(result)["863 salariés"] == "job_losses"


def test_a_job_protection_plan_signed_by_the_staff_is_a_job_loss(sites):
    text = "À Béthune, la production de pneus s'est arrêtée après un PSE signé par les 863 salariés."
    assert _reasons(_scan(text, sites))["863 salariés"] == "job_losses"


def test_a_credit_line_names_no_place(sites):
    text = ("Verkor construira sa gigafactory à Bourbourg.\n"
            "Photo : Verkor a signé une lettre d'intention pour 1.200 emplois d'ici 2025. © Radio France")
    jobs = [c for c in _scan(text, sites, published=dt.date(2022, 3, 1)).candidates if c.attribute == "jobs"]
    assert [(c.value, c.entity_id) for c in jobs] == [("1.200 emplois", "verkor-bourbourg")]


def test_a_place_the_dataset_does_not_know_nearer_the_figure_holds_it(sites):
    text = ("SoftBank a été retenu pour un data center de 400 MW à Bouchain. Le développeur Eclairion a été "
            "retenu pour un data center de 330 MW à Loire-sur-Rhône.")
    candidates = _scan(text, sites).candidates
    assert {(c.value, c.entity_id, c.held) for c in candidates if c.attribute == "power"} == {
        ("400 MW", "bouchain-softbank-dc", ""), ("330 MW", "bouchain-softbank-dc", "other_place")}
    held = [c for c in candidates if c.held == "other_place"]
    assert held[0].held_words == ("Loire-sur-Rhône",)
    assert "Loire-sur-Rhône" in review_table(held, "fr")["problem"].iloc[0]


def test_another_plant_of_the_company_named_by_its_town_holds_its_figures(sites):
    text = "ACC makes its battery cells at Billy-Berclau. Its plant at Nersac employs 198 workers."
    [jobs] = [c for c in _scan(text, sites, "en").candidates if c.attribute == "jobs"]
    assert (jobs.entity_id, jobs.held, jobs.held_words) == ("acc-billy-berclau", "other_place", ("Nersac",))
    # Said as a relative clause about the town, the figure is the town's: left out.
    text = "ACC, qui produit ses cellules à Billy-Berclau, ferme le pôle chimie de Nersac, qui emploie 198 salariés."
    assert _reasons(_scan(text, sites))["198 salariés"] == "other_subject"


def test_a_sentence_about_the_site_itself_keeps_a_nearby_commune(sites):
    # "It" carries the article's site: Craywick is where it stands, a commune the dataset does not list.
    text = "ProLogium will build its gigafactory in Dunkerque. It will be built on a 180 ha site at Craywick."
    [land] = [c for c in _scan(text, sites, "en").candidates if c.attribute == "land_area"]
    assert (land.entity_id, land.held) == ("prologium-dunkerque", "")


def test_a_relative_clause_about_another_company_is_that_companys(sites):
    text = ("La gigafactory d'ACC s'élèvera à Douvrin, à côté de l'ancienne Française de Mécanique, qui a compté "
            "jusqu'à 6 000 salariés.")
    assert _reasons(_scan(text, sites, published=dt.date(2020, 9, 3)))["jusqu'à 6 000 salariés"] == "other_subject"


def test_a_count_of_staff_is_no_year_and_producing_is_a_start(sites):
    text = "À Douvrin, on parle de 2000 salariés pour la nouvelle usine d'ACC, qui pourrait produire dès 2023."
    result = _scan(text, sites, published=dt.date(2020, 9, 3))
    assert {(c.attribute, c.value) for c in result.candidates} >= {("jobs", "2000 salariés"),
                                                                  ("commissioning", "dès 2023")}


@pytest.mark.parametrize("text, lang", [
    ("ACC opens its gigafactory in Billy-Berclau, one of four in the northern region, which is expected to create "
     "around 20,000 jobs by 2030.", "en"),
    ("Verkor inaugure son usine de Bourbourg. 20 000 nouveaux emplois doivent être créés dans le Dunkerquois.", "fr"),
    ("ACC produit à Billy-Berclau. La région attend cinq gigafactories, qui devraient créer 20 000 emplois au total.",
     "fr"),
])
def test_jobs_said_of_a_territory_are_not_a_sites(text, lang, sites):
    _assert_no_jobs_left_out_for(_scan(text, sites, lang), "territory")


def test_jobs_a_plant_brings_to_the_region_are_the_plants(sites):
    text = "ACC has opened its gigafactory in Billy-Berclau. It will bring the region around 2,000 direct jobs by 2030."
    assert [c.entity_id for c in _scan(text, sites, "en").candidates if c.attribute == "jobs"] == ["acc-billy-berclau"]


def test_a_start_ups_valuation_is_not_an_investment(sites):
    text = "Verkor inaugure son usine de Bourbourg. La start-up, valorisée plus de 1 milliard d'euros, recrute."
    result = _scan(text, sites)
    assert not [c for c in result.candidates if c.attribute == "investment"]


def test_jobs_created_in_a_territory_thanks_to_a_site_are_the_sites(sites):
    text = "3000 emplois seront créés dans le Dunkerquois grâce à l'implantation de ProLogium, l'usine de batteries."
    assert [c.entity_id for c in _scan(text, sites).candidates if c.attribute == "jobs"] == ["prologium-dunkerque"]


def test_a_place_after_a_superlative_is_the_comparisons_scope_not_the_figures_site(sites):
    # « du Pas-de-Calais » says which zone is the largest, not that the département has the jobs.
    text = "La plus grande zone industrielle du Pas-de-Calais accueillera un millier d'emplois."
    jobs = [c for c in _scan(text, sites).candidates if c.attribute == "jobs"]
    assert [c.entity_id for c in jobs] == [None]


def test_english_forms_of_another_place_and_a_territory(sites):
    text = ("EDF has chosen SoftBank for a 400MW data center at Bouchain. Eclairion was picked for a 330MW facility in "
            "Loire-sur-Rhône.")
    powers = {(c.value, c.held) for c in _scan(text, sites, "en").candidates if c.attribute == "power"}
    assert powers == {("400MW", ""), ("330MW", "other_place")}
    text = "Verkor opened its gigafactory in Bourbourg. The Dunkirk area is expected to gain 20,000 jobs."
    assert _reasons(_scan(text, sites, "en"))["20,000 jobs"] == "territory"


def test_a_figure_said_of_the_sites_together_is_held_and_a_phase_named_before_is_a_step(sites):
    text = ("AESC's Douai plant employs 1,000 people, while ACC's Billy-Berclau factory has 1,200 workers. "
            "Together they represent €4 billion of investment.")
    [money] = [c for c in _scan(text, sites, "en").candidates if c.attribute == "investment"]
    assert money.held == "several_sites"
    text = "The first phase of the Le Bosquel campus, 200 MW, is due in 2028; the full 1 GW will follow by 2031."
    result = _scan(text, sites, "en")
    assert [c.value for c in result.candidates if c.attribute == "power"] == ["1 GW"]
    assert _reasons(result)["200 MW"] == "phase"


def test_a_total_that_names_the_site_as_one_of_its_parts_is_not_the_sites(sites):
    text = ("Brookfield will invest €20bn in French AI infrastructure by 2030, including a 1GW data center campus in "
            "Cambrai.")
    result = _scan(text, sites, "en")
    assert _reasons(result)["€20bn"] == "whole"
    assert [(c.value, c.entity_id) for c in result.candidates if c.attribute == "power"] == [
        ("1GW", "cambrai-evalley-dc")]


def test_a_neighbour_named_before_a_relative_clause_without_a_comma_has_its_figure(sites):
    text = ("AESC a inauguré sa gigafactory de Douai, à côté de l'usine Renault ElectriCity qui emploie 4 000 "
            "personnes. L'usine d'AESC emploie déjà 700 salariés.")
    result = _scan(text, sites)
    assert _reasons(result)["4 000 personnes"] == "other_subject"
    assert [c.value for c in result.candidates if c.attribute == "jobs"] == ["700 salariés"]


def test_a_place_in_an_aside_about_the_company_is_not_where_the_figure_is(sites):
    # « en Europe » describes Mobivia; « y » is Béthune: not left out as elsewhere (held: a company named).
    text = ("Black Star emploie 58 salariés à Béthune. Mobivia, qui compte 11 000 salariés en Europe, y a investi "
            "6 millions d'euros.")
    result = _scan(text, sites)
    assert "6 millions d'euros" not in _reasons(result)
    [money] = [c for c in result.candidates if c.attribute == "investment"]
    assert money.entity_id == "black-star-bethune"


def test_a_host_described_as_a_former_air_base_keeps_its_area(sites):
    text = "The Cambrai campus sits on the E-Valley logistics park, a former air base of 320 hectares."
    [land] = [c for c in _scan(text, sites, "en").candidates if c.attribute == "land_area"]
    assert (land.value, land.entity_id) == ("320 hectares", "e-valley-ba103")


def test_several_projects_in_one_article_each_sentence_keeps_its_own_site(sites):
    text = ("À Cambrai, Brookfield et Data4 préparent un campus de 1 GW. Le site, sur l'ancienne base aérienne, "
            "représentera 10 milliards d'euros. À Escaudain, Data4 vise 700 MW. Plus au sud, à Rantigny, un "
            "hyperscaler prévoit 300 MW.")
    figures = {(c.value, c.entity_id) for c in _scan(text, sites).candidates}
    # the place its own sentence names outweighs the company of the sentence before; an air base said as
    # where the site is (an aside) is no other object
    assert figures == {("1 GW", "cambrai-evalley-dc"), ("10 milliards d'euros", "cambrai-evalley-dc"),
                       ("700 MW", "escaudain-dc"), ("300 MW", "rantigny-dc")}


def test_the_three_sites_named_over_several_sentences_are_together(sites):
    text = ("SoftBank's Loon-Plage site will host 1.5 GW. In Bosquel, the Sesterce joint venture plans 1 GW. The "
            "Bouchain project is set at 400 MW. Together, the three sites cost €45 billion.")
    [money] = [c for c in _scan(text, sites, "en").candidates if c.attribute == "investment"]
    assert money.held == "several_sites"


def test_a_sentence_opening_next_door_on_one_of_our_sites_is_that_sites(sites):
    text = "EDF confirme deux réacteurs à Gravelines. À côté, le data center d'OVHcloud tourne avec 10 MW."
    assert [(c.value, c.entity_id) for c in _scan(text, sites).candidates] == [("10 MW", "ovh-gravelines")]


@pytest.mark.parametrize("text, reason", [
    ("À Cambrai, le campus de Data4 atteindra 1 GW. Dans l'Hexagone, Data4 exploite déjà 250 MW.", "elsewhere"),
    ("À Loon-Plage, SoftBank bâtira 1,5 GW. Sur le territoire national, le groupe vise 5 GW.", "national"),
    ("À Rantigny, le campus atteindra 300 MW. Le gouvernement a identifié 35 sites prêts à l'emploi pour 1 200 "
     "hectares.", "several_projects"),
])
def test_the_country_by_other_names_and_a_count_of_sites_are_not_a_sites_scope(text, reason, sites):
    result = _scan(text, sites)
    assert len(result.candidates) == 1 and reason in _reasons(result).values()


def test_a_campus_holding_several_data_centers_keeps_its_area(sites):
    text = "À Escaudain, le projet prévoit un campus de 38 hectares accueillant plusieurs data centers."
    assert [(c.value, c.entity_id) for c in _scan(text, sites).candidates] == [("38 hectares", "escaudain-dc")]


@pytest.mark.parametrize("text, lang", [
    ("Béthune : Mecaware s'installe sur l'ancien site Bridgestone. L'usine de pneus employait 863 salariés avant sa "
     "fermeture.", "fr"),
    ("Mecaware moves into the former Bridgestone plant in Béthune, which employed 863 people until it closed.", "en"),
    ("Verkor's plant in Bourbourg stands where a former refinery once employed 1,500 workers.", "en"),
])
def test_a_count_of_staff_in_the_past_is_a_former_occupants(text, lang, sites):
    _assert_no_jobs_left_out_for(_scan(text, sites, lang), "history")


def test_a_count_the_site_has_employed_so_far_is_the_sites(sites):
    text = "AESC's Douai gigafactory has employed 650 people since it opened."
    assert [c.value for c in _scan(text, sites, "en").candidates if c.attribute == "jobs"] == ["650 people"]


def test_even_if_is_no_condition(sites):
    text = "À Dunkerque, ProLogium investira plus de 5 milliards d'euros, même s'il a connu des retards."
    assert [c.value for c in _scan(text, sites).candidates if c.attribute == "investment"] == [
        "plus de 5 milliards d'euros"]


def test_a_neighbour_described_at_length_is_a_landmark_and_its_status_is_its_own(sites):
    text = ("À Dunkerque, ProLogium dispose d'un terrain de 100 hectares, juste en face de la gigafactory inaugurée "
            "l'an dernier par Verkor. ProLogium a posé la pierre inaugurale de son usine.")
    candidates = _scan(text, sites).candidates
    assert [(c.value, c.entity_id) for c in candidates if c.attribute == "land_area"] == [
        ("100 hectares", "prologium-dunkerque")]
    assert not [c for c in candidates if c.attribute == "status"]  # Verkor's inauguration; a foundation stone


def test_a_place_the_dataset_does_not_know_is_carried_to_the_next_sentence_naming_none(sites):
    text = ("SoftBank will build a 400MW data center at Bouchain. Eclairion was chosen for a data centre at the former "
            "Loire-sur-Rhône power station. Its capacity is put at about 350MW.")
    held = {(c.value, c.held, c.held_words) for c in _scan(text, sites, "en").candidates if c.attribute == "power"}
    assert held == {("400MW", "", ()), ("about 350MW", "other_place", ("Loire-sur-Rhône",))}


def test_the_region_is_no_topic_site_and_a_power_plant_is_another_object(sites):
    text = ("Les Hauts-de-France accueillent un nouveau projet. Un data center verra le jour à Escaudain. Ce data "
            "center générera 2 400 emplois permanents.")
    assert [(c.value, c.entity_id) for c in _scan(text, sites).candidates if c.attribute == "jobs"] == [
        ("2 400 emplois", "escaudain-dc")]
    text = ("SoftBank will run a 400MW data center at Bouchain. The site is home to an operating combined cycle power "
            "plant generating 585MW.")
    result = _scan(text, sites, "en")
    assert [c.value for c in result.candidates] == ["400MW"] and _reasons(result)["585MW"] == "other_object"


def test_a_departement_in_brackets_after_a_town_is_no_subject(sites):
    text = ("Un data center de cinq milliards d'euros sera construit près de Valenciennes (Nord). Il s'élèvera sur "
            "la friche Usinor d'Escaudain.")
    [money] = [c for c in _scan(text, sites).candidates if c.attribute == "investment"]
    assert money.entity_id == "escaudain-dc"


def test_an_area_occupied_or_a_power_produced_in_the_past_is_a_former_occupants(sites):
    text = "À Béthune, l'ancien site Bridgestone passe à SIG. Le repreneur exploitait déjà 75 000 m² d'entrepôts dans l'usine."
    assert _reasons(_scan(text, sites))["75 000 m²"] == "history"
    text = "À Bouchain, SoftBank bâtira un data center. La centrale au charbon du site produisait 250 MW."
    assert "250 MW" not in {c.value for c in _scan(text, sites).candidates}


def test_money_for_associated_infrastructure_is_not_the_campus(sites):
    text = ("À Cambrai, Data4 bâtira un campus de 1 GW. Le projet prévoit aussi 3 milliards d'euros pour les infrastructures "
            "connexes, réseaux et fibre.")
    result = _scan(text, sites)
    assert [c.value for c in result.candidates] == ["1 GW"]
    assert _reasons(result)["3 milliards d'euros"] == "other_object"


def test_a_town_locating_another_and_a_headquarters_town_are_landmarks(sites):
    text = "OVHcloud investira 180 millions d'euros pour un datacenter à Gravelines près de Dunkerque. Il ouvrira en 2027."
    assert {(c.value, c.entity_id) for c in _scan(text, sites).candidates} == {
        ("180 millions d'euros", "ovh-gravelines"), ("en 2027", "ovh-gravelines")}
    text = "À Gravelines, le data center d'OVHcloud, proche du siège de l'entreprise (Roubaix), disposera de 10 MW."
    assert [(c.value, c.entity_id) for c in _scan(text, sites).candidates] == [("10 MW", "ovh-gravelines")]


def test_a_status_said_of_a_former_occupant_is_not_the_sites(sites):
    for text in ("À Gravelines, OVHcloud s'installe dans une ancienne usine abandonnée par le groupe Rexam.",
                 "À Gravelines, OVHcloud s'installe dans une ancienne usine abandonnée depuis 2010."):
        assert not [c for c in _scan(text, sites).candidates if c.attribute == "status"], text


@pytest.mark.parametrize("text, lang, reason", [
    ("Data4 will build a campus at Escaudain. The Hauts-de-France region aims for 10 GW of data centres by 2035.", "en",
     "territory"),
    ("Data4 construira un campus à Escaudain. Le Nord compte déjà 12 data centers pour 300 MW.", "fr", "region"),
    ("Data4 construira un campus à Escaudain. La ville compte 9 000 habitants et 40 hectares de zones d'activité.", "fr",
     "territory"),
    ("Data4 will build a campus at Escaudain. Brookfield, which manages €900 billion of assets, backs it.", "en",
     "not_investment"),
    ("Data4 will build a campus at Escaudain. Its owner Brookfield earned €5 billion last year.", "en", "not_investment"),
    ("Data4 construira un campus à Escaudain. RTE investira 200 millions d'euros dans le raccordement.", "fr",
     "other_object"),
])
def test_a_territorys_a_companys_or_the_grids_figure_is_no_sites(text, lang, reason, sites):
    result = _scan(text, sites, lang)
    assert [c for c in result.candidates if c.attribute != "status"] == []
    assert reason in _reasons(result).values()


def test_a_region_named_as_a_source_or_in_a_newspapers_name_leaves_the_figure_to_the_site(sites):
    text = "À Dunkerque, la gigafactory de Verkor coûtera 2,5 milliards d'euros, selon la Région."
    assert [(c.value, c.entity_id) for c in _scan(text, sites).candidates] == [("2,5 milliards d'euros", "verkor-bourbourg")]
    # a town as the subject of what it gives the site is no territory's figure
    text = "À Quaëdypre, la commune pourrait céder à Microsoft un terrain de trente hectares pour son data center."
    assert [c.value for c in _scan(text, sites).candidates if c.attribute == "land_area"] == ["trente hectares"]


@pytest.mark.parametrize("text, lang", [
    ("At Escaudain, Data4 will add a 20 MW solar farm next to the campus.", "en"),
    ("À Escaudain, une ferme solaire de 20 MW alimentera le campus.", "fr"),
    ("At Escaudain, Data4 will open a €10 million training centre beside the campus.", "en"),
    ("À Escaudain, Data4 ouvrira un centre de formation de 10 millions d'euros.", "fr"),
    ("At Escaudain, the campus's backup generators will total 300 MW.", "en"),
])
def test_the_sites_own_power_sources_and_annexes_are_other_objects(text, lang, sites):
    result = _scan(text, sites, lang)
    assert [c for c in result.candidates if c.attribute != "status"] == []
    assert set(_reasons(result).values()) == {"other_object"}


def test_a_comparative_is_no_superlative_its_place_is_elsewhere(sites):
    text = "À Escaudain, le campus de 700 MW sera deux fois plus puissant que celui de Marseille, de 350 MW."
    result = _scan(text, sites)
    assert [c.value for c in result.candidates if c.attribute == "power"] == ["700 MW"]
    assert _reasons(result)["350 MW"] == "elsewhere"


@pytest.mark.parametrize("text, lang", [
    ("ACC, qui produit à Billy-Berclau, arrête un atelier : une trentaine d'emplois sont concernés.", "fr"),
    ("À Billy-Berclau, 200 emplois sont menacés par l'arrêt d'une ligne d'ACC.", "fr"),
    ("At Billy-Berclau, 200 jobs at ACC are under threat after a line stopped.", "en"),
])
def test_jobs_at_stake_are_losses(text, lang, sites):
    result = _scan(text, sites, lang)
    assert [c for c in result.candidates if c.attribute == "jobs"] == []
    assert "job_losses" in _reasons(result).values()


def test_an_objects_word_that_names_the_kind_of_a_site_the_article_names_is_that_site(sites):
    """« ces réacteurs » in an article about the EPR2 reactor pair, 'the former air base' in one about
    E-Valley (whose name says it is one) are the site, not another object beside it; a figure of each one
    stays no site's, and an object of another kind stays another object (our own sentences)."""
    def read(text, lang="fr"):
        result = _scan(text, sites, lang=lang)
        return ([(c.attribute, c.value, c.entity_id) for c in result.candidates if c.attribute != "status"],
                {e.value: e.reason for e in result.excluded})

    assert read("Gravelines accueillera la paire de réacteurs EPR2 d'EDF. Le chantier avance : ces réacteurs doivent "
                "entrer en service à l'horizon 2037.")[0] == [("commissioning", "à l'horizon 2037", "gravelines-epr2")]
    assert read("At Gravelines, EDF is preparing its EPR2 reactor pair. The reactors are due to come online by "
                "2037.", "en")[0] == [("commissioning", "by 2037", "gravelines-epr2")]
    assert read("À Cambrai-Épinoy, E-Valley poursuit sa reconversion. Les 300 hectares de l'ancienne base aérienne "
                "accueillent déjà des entrepôts.")[0] == [("land_area", "300 hectares", "e-valley-ba103")]
    assert read("Gravelines accueillera la paire de réacteurs EPR2 d'EDF, deux réacteurs de 1 650 MW chacun.")[1] == {
        "1 650 MW": "other_object"}
    assert read("À Escaudain, Data4 prépare son campus. Une réserve naturelle de 6 hectares sera préservée.")[1] == {
        "6 hectares": "other_object"}


@pytest.mark.parametrize("text, lang", [
    ("La société finlandaise Nordcloud veut bâtir à Saint-Quentin un centre de données de 40 MW.", "fr"),
    ("The Dutch group Nordcloud will build a 40 MW data centre in Saint-Quentin.", "en"),
])
def test_a_nationality_says_who_builds_not_where(sites, text, lang):
    result = _scan(text, sites, lang=lang)
    assert [(c.attribute, c.value) for c in result.candidates] == [("power", "40 MW")], _reasons(result)


def test_a_country_named_as_the_place_still_holds_the_figure_elsewhere(sites):
    result = _scan("Nordcloud a ouvert en Finlande un centre de données de 40 MW.", sites)
    assert not result.candidates and _reasons(result) == {"40 MW": "elsewhere"}



@pytest.mark.parametrize("text, lang", [
    ("Le parc éolien en mer de Dunkerque a été autorisé vendredi. Il aura une puissance de 600 MW, plus que tous les "
     "parcs en service en Belgique.", "fr"),
    ("The offshore wind farm off Dunkirk was approved on Friday. It will have a capacity of 600 MW, more than any "
     "farm now running in Belgium.", "en"),
    ("The offshore wind farm off Dunkirk was approved on Friday. It will reach 600 MW and be the largest of its kind, "
     "ahead of the farms planned in Spain.", "en"),
])
def test_a_place_named_by_a_comparison_after_the_figure_is_not_where_it_is(text, lang, sites):
    result = _scan(text, sites, lang)
    assert [(c.value, c.entity_id) for c in result.candidates if c.attribute == "power"] == [
        ("600 MW", "dunkerque-offshore-wind")]


def test_a_place_before_the_figure_stays_where_it_is(sites):
    text = "The offshore wind farm off Dunkirk was approved on Friday. In Spain, the group will build a 600 MW farm."
    result = _scan(text, sites, "en")
    assert not [c for c in result.candidates if c.attribute == "power"]
    assert _reasons(result)["600 MW"] == "elsewhere"


@pytest.mark.parametrize("home", ["the Lyon start-up", "the Lyon battery maker", "the Lyon-based company"])
def test_a_town_naming_a_companys_home_says_who_not_where(home, sites):
    text = f"Mecaware s'installe à Béthune. Mecaware, {home}, will run the plant, which should open in 2027."
    result = _scan(text, sites, "en")
    assert [(c.value, c.entity_id) for c in result.candidates] == [("in 2027", "mecaware-bethune")]


@pytest.mark.parametrize("text, lang, value", [
    ("ACC's gigafactory at Billy-Berclau opened in 2023. Its future looks bright since Europe moved to ban new petrol "
     "cars by 2035.", "en", "by 2035"),
    ("Verkor is building its gigafactory at Bourbourg. Europe's yearly battery capacity should grow sixfold by 2030.",
     "en", "by 2030"),
    ("Verkor construit sa gigafactory à Bourbourg. La capacité de l'Europe en batteries doit atteindre 1 000 GWh "
     "d'ici 2030.", "fr", "d'ici 2030"),
])
def test_europe_named_by_itself_is_elsewhere(text, lang, value, sites):
    result = _scan(text, sites, lang)
    assert value not in [c.value for c in result.candidates]
    assert _reasons(result)[value] == "elsewhere"


def test_europes_largest_says_a_rank_not_a_place(sites):
    text = "Nebius will build one of Europe's largest AI data centres at Béthune, with 240 MW."
    assert [(c.value, c.entity_id) for c in _scan(text, sites, "en").candidates] == [("240 MW", "bethune-azur-dc")]
