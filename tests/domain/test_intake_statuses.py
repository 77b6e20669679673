"""The forms press prose writes statuses in (dashboard.domain.intake.statuses and attach): whether a sentence
says a project is announced, permitted, under construction, operational or abandoned, and whose act it
is. General readings, each tested on sentences of our own, not on any evaluated article. On the shipped
seeds' sites."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.domain.intake import status_keyword
from tests.fixtures import scan_article as _scan


def _statuses(result):
    return [(status_keyword(c), c.entity_id) for c in result.candidates if c.attribute == "status" and not c.held]


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


def test_a_plant_that_opens_its_doors_today_is_operational(sites):
    text = "Ce mardi, la gigafactory d'ACC ouvre ses portes à Billy-Berclau. Elle ouvrira un second bloc en 2026."
    assert _statuses(_scan(text, sites, published=dt.date(2023, 5, 30))) == [("operational", "acc-billy-berclau")]


def test_construction_began_beside_the_longest_building_in_france_is_the_sites(sites):
    text = "At Bourbourg, Verkor's plant is rising: \"Construction began in 2023,\" he says, \"it's the longest building in France.\""
    assert _statuses(_scan(text, sites, "en")) == [("under_construction", "verkor-bourbourg")]


@pytest.mark.parametrize("text, lang", [
    ("At Bourbourg, Verkor's plant gets €600 million from the bank, within the €2 billion financing package announced "
     "in May.", "en"),
    ("À Bourbourg, l'usine de Verkor reçoit 600 millions d'euros, dans le plan de financement annoncé en mai.", "fr"),
])
def test_a_financing_announced_is_no_announcement_of_the_project(text, lang, sites):
    assert _statuses(_scan(text, sites, lang)) == []


@pytest.mark.parametrize("text, lang, status, site", [
    ("À Fretin, le data center Etix Lille 4 est désormais en service.", "fr", "operational", "etix-lille-4"),
    ("À Fretin, le data center Etix Lille 4 a été mis en service en janvier.", "fr", "operational", "etix-lille-4"),
    ("At Fretin, Etix Lille 4 went into service in January.", "en", "operational", "etix-lille-4"),
    ("At Fretin, Etix Lille 4 has been commissioned.", "en", "operational", "etix-lille-4"),
    ("À Bourbourg, Verkor a lancé la construction de son usine.", "fr", "under_construction", "verkor-bourbourg"),
    ("À Bourbourg, l'usine de Verkor sort de terre.", "fr", "under_construction", "verkor-bourbourg"),
    ("At Bourbourg, Verkor has started building its plant.", "en", "under_construction", "verkor-bourbourg"),
    ("At Bourbourg, Verkor's plant is being built.", "en", "under_construction", "verkor-bourbourg"),
    ("À Escaudain, le projet de data center a été dévoilé mardi.", "fr", "announced", "escaudain-dc"),
    ("At Escaudain, the campus has been granted planning permission.", "en", "permitted", "escaudain-dc"),
    ("À Escaudain, le campus a obtenu son autorisation environnementale.", "fr", "permitted", "escaudain-dc"),
    ("À Escaudain, le préfet a délivré le permis de construire du campus.", "fr", "permitted", "escaudain-dc"),
    ("At Escaudain, Data4 has cancelled its campus project.", "en", "abandoned", "escaudain-dc"),
    ("À Escaudain, Data4 a annulé son projet de campus.", "fr", "abandoned", "escaudain-dc"),
    ("À Escaudain, le campus de Data4 est désormais en chantier.", "fr", "under_construction", "escaudain-dc"),
    ("À Escaudain, les travaux du campus ont commencé en mars.", "fr", "under_construction", "escaudain-dc"),
    ("At Escaudain, works on the campus began in March.", "en", "under_construction", "escaudain-dc"),
    ("At Escaudain, the campus is now live.", "en", "operational", "escaudain-dc"),
    ("At Escaudain, the campus began operating in March.", "en", "operational", "escaudain-dc"),
    ("À Escaudain, le campus est entré en exploitation en mars.", "fr", "operational", "escaudain-dc"),
])
def test_statuses_in_the_other_forms_press_writes_them(text, lang, status, site, sites):
    assert _statuses(_scan(text, sites, lang)) == [(status, site)]


@pytest.mark.parametrize("text, lang", [
    ("À Fretin, le data center Etix Lille 4 sera mis en service en 2026.", "fr"),
    ("At Fretin, Etix Lille 4 will be commissioned in 2026.", "en"),
    ("At Bourbourg, Verkor's plant will be built from 2026.", "en"),
    ("At Escaudain, the campus will go live in 2028.", "en"),
    ("À Escaudain, la réunion publique sur le campus a été annulée.", "fr"),
])
def test_a_future_start_is_no_status(text, lang, sites):
    assert _statuses(_scan(text, sites, lang)) == []


@pytest.mark.parametrize("text, lang", [
    ("À Gravelines, les réacteurs EPR2 seront bâtis sur un terrain que TotalEnergies abandonne.", "fr"),
    ("At Escaudain, the campus will stand on land that Nokia abandoned.", "en"),
])
def test_a_status_verb_in_an_object_relative_clause_is_its_subjects_act(text, lang, sites):
    assert _statuses(_scan(text, sites, lang)) == []


def test_a_site_abandoned_by_its_own_company_keeps_its_status(sites):
    text = "Microsoft a abandonné son projet de data center à Zouafques."
    assert _statuses(_scan(text, sites)) == [("abandoned", "microsoft-zouafques")]


def test_a_status_right_after_a_count_of_other_plants_is_theirs(sites):
    text = "Hydrovolt s'installe à Hordain. La région compte déjà quatre gigafactories en service ou en construction."
    assert _statuses(_scan(text, sites)) == []
    # the ones just named, referred to together, keep their status (held for each)
    text = "SoftBank a retenu Loon-Plage, Le Bosquel et Bouchain. Les trois projets ont été officialisés en mai."
    assert {c.held for c in _scan(text, sites).candidates if c.attribute == "status"} == {"several_sites"}


def test_a_company_that_announces_having_chosen_a_place_announces_its_project(sites):
    text = "Verkor annonce avoir retenu le port de Dunkerque pour bâtir sa gigafactory à Bourbourg."
    assert _statuses(_scan(text, sites)) == [("announced", "verkor-bourbourg")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Nebius annonce un nouveau datacenter de 200 MW à Béthune.", "fr", [("announced", "bethune-azur-dc")]),
    ("À Escaudain, Data4 dévoile un campus de data centers.", "fr", [("announced", "escaudain-dc")]),
    ("ACC unveils a new battery plant at Billy-Berclau.", "en", [("announced", "acc-billy-berclau")]),
    # money or jobs for a new plant announce it; for its own plant they do not
    ("Mecaware annonce 40 millions d'euros d'investissement dans une usine à Béthune.", "fr",
     [("announced", "mecaware-bethune")]),
    ("Mecaware announces €40 million for a new plant at Béthune.", "en", [("announced", "mecaware-bethune")]),
    ("Mecaware annonce 150 emplois dans son usine de Béthune.", "fr", []),
    # money, jobs or a capacity announced is no announcement of the project
    ("À Béthune, Nebius annonce une capacité de 200 MW.", "fr", []),
    ("Verkor annonce 1 200 emplois à Bourbourg.", "fr", []),
])
def test_the_present_with_the_project_as_its_object_announces_it(sites, text, lang, expected):
    """« X annonce / dévoile un datacenter à Y », 'unveils a plant': the present tense announces the project
    when the project is its object (our own sentences)."""
    assert _statuses(_scan(text, sites, lang=lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("À Bourbourg, le chantier de la gigafactory de Verkor avance vite.", "fr", [("under_construction", "verkor-bourbourg")]),
    ("À Bourbourg, après huit mois de travaux, la gigafactory de Verkor prend forme.", "fr",
     [("under_construction", "verkor-bourbourg")]),
    ("At Bourbourg, construction of Verkor's gigafactory is well under way.", "en",
     [("under_construction", "verkor-bourbourg")]),
    ("After only five months of work, Verkor's plant at Bourbourg already stands.", "en",
     [("under_construction", "verkor-bourbourg")]),
    ("At Bourbourg, Verkor's plant has already opened.", "en", [("operational", "verkor-bourbourg")]),
    # a project or talks going on are no works
    ("À Bourbourg, Verkor dit que le projet avance.", "fr", []),
    ("At Bourbourg, Verkor says talks are under way.", "en", []),
])
def test_a_progress_report_says_the_works_go_on(sites, text, lang, expected):
    """Works going on, as a progress report says them (« le chantier avance », 'construction is well under
    way', 'after five months of work'), are under construction; 'has already opened' is operational (our
    own sentences)."""
    assert _statuses(_scan(text, sites, lang=lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("À Douai, l'usine d'Envision AESC est en service, tandis qu'à Bourbourg la gigafactory de Verkor est en "
     "construction.", "fr", [("operational", "envision-aesc-douai"), ("under_construction", "verkor-bourbourg")]),
    ("In the region, two more battery plants have opened: one in Douai, the other in Billy-Berclau, and a third is "
     "under construction at Bourbourg.", "en", [("operational", "envision-aesc-douai"), ("operational", "acc-billy-berclau"),
                                          ("under_construction", "verkor-bourbourg")]),
    # plants counted near one place are theirs, not that place's site
    ("Three battery plants are under construction near Dunkirk, and the Douai plant has opened.", "en",
     [("operational", "envision-aesc-douai")]),
    # a clause naming no place says nothing of another site: the sentence's one status, as before
    ("ACC's plant at Billy-Berclau has opened, and more works are under way.", "en", [("operational", "acc-billy-berclau")]),
])
def test_each_clause_of_a_sentence_says_the_status_of_the_places_it_names(sites, text, lang, expected):
    """A sentence of several projects says a status per clause, each for the places its clause names; 'one
    in X, the other in Y' gives it to each (our own sentences)."""
    assert _statuses(_scan(text, sites, lang=lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("At Bourbourg, Verkor made headlines in May, announcing plans to build its gigafactory there.", "en",
     [("announced", "verkor-bourbourg")]),
    ("Verkor a fait sensation en mai, annonçant une usine à Bourbourg.", "fr", [("announced", "verkor-bourbourg")]),
    ("Verkor raised new funds, announcing a loan from the bank.", "en", []),
    # after a comma the participle says the subject's act, not the money noun's before it
    ("At Bourbourg, Verkor made the largest pledge, announcing plans to build its gigafactory there.", "en",
     [("announced", "verkor-bourbourg")]),
    ("At Bourbourg, the financing package announced in May will fund Verkor's gigafactory.", "en", []),
])
def test_the_participle_with_the_plan_as_its_object_announces_it(sites, text, lang, expected):
    """'announcing plans to build', « annonçant une usine »: the participle announces the project when its
    object is the plan or the plant, not money (our own sentences)."""
    assert _statuses(_scan(text, sites, lang=lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("À Béthune, les travaux de l'usine de Mecaware ont débuté en mars.", "fr", "under_construction"),
    ("À Béthune, le chantier de l'usine de Mecaware a été lancé en mars.", "fr", "under_construction"),
    ("At Béthune, work on Mecaware's plant began in March.", "en", "under_construction"),
    ("At Béthune, construction of Mecaware's plant started in March.", "en", "under_construction"),
    ("At Béthune, Mecaware's plant opened in March.", "en", "operational"),
    ("À Béthune, l'usine de Mecaware a ouvert en mars.", "fr", "operational"),
    ("At Béthune, Mecaware's plant is now producing batteries.", "en", "operational"),
    ("À Béthune, l'usine de Mecaware produit ses premières batteries depuis mars.", "fr", "operational"),
    ("À Béthune, l'usine de Mecaware tourne à plein régime.", "fr", "operational"),
])
def test_the_works_start_and_the_plants_opening_in_more_words(sites, text, lang, expected):
    """The works' start with words between (« les travaux de l'usine ont débuté », 'work on the plant began') and
    the plant as the subject of its opening or output ('the plant opened', « l'usine a ouvert », 'is now
    producing', « tourne à plein régime ») (our own sentences)."""
    assert _statuses(_scan(text, sites, lang=lang)) == [(expected, "mecaware-bethune")]


@pytest.mark.parametrize("text, lang", [
    ("At Béthune, the public consultation on Mecaware's plant opened in March.", "en"),
    ("À Béthune, la concertation sur l'usine de Mecaware a ouvert en mars.", "fr"),
])
def test_a_procedure_that_opens_is_no_opening_of_the_plant(sites, text, lang):
    assert [s for s, _ in _statuses(_scan(text, sites, lang=lang)) if s == "operational"] == []


@pytest.mark.parametrize("text, lang, expected", [
    ("À Béthune, le projet de Mecaware, annoncé il y a un an, prévoit une usine de recyclage.", "fr",
     [("announced", "mecaware-bethune")]),
    ("At Béthune, Mecaware's plant, unveiled in May, will recycle batteries.", "en", [("announced", "mecaware-bethune")]),
    # the closure of the plant announced is no announcement of the project
    ("À Béthune, la fermeture de l'usine de Mecaware, annoncée en mai, inquiète.", "fr", []),
])
def test_a_project_described_as_announced_is_announced(sites, text, lang, expected):
    """« Le projet, annoncé il y a un an, », 'the plant, unveiled in May,' (our own sentences)."""
    assert [s for s in _statuses(_scan(text, sites, lang=lang)) if s[0] == "announced"] == expected


@pytest.mark.parametrize("text, lang", [
    ("À Béthune, l'usine de Mecaware ouvre ses portes en 2027.", "fr"),
    ("À Béthune, la première pierre de l'usine de Mecaware sera posée en 2026.", "fr"),
    ("At Béthune, Mecaware's plant will be up and running in 2027.", "en"),
])
def test_a_stage_said_in_the_future_or_dated_after_the_article_is_not_reached(sites, text, lang):
    """« ouvre ses portes en 2027 » in an article of 2025, « la première pierre sera posée » (our own sentences;
    the unit tests' articles are published on 2025-01-10)."""
    assert _statuses(_scan(text, sites, lang=lang)) == []


def test_a_stage_reached_keeps_its_status_beside_a_later_date_of_another_event(sites):
    text = "À Béthune, les travaux de l'usine de Mecaware viennent de débuter et la mise en service est prévue en 2027."
    assert _statuses(_scan(text, sites)) == [("under_construction", "mecaware-bethune")]


@pytest.mark.parametrize("text, lang, expected", [
    ("À Béthune, Mecaware a décroché son permis de construire.", "fr", "permitted"),
    ("À Béthune, le préfet a accordé l'autorisation environnementale à l'usine de Mecaware.", "fr", "permitted"),
    ("À Béthune, l'usine de Mecaware a été autorisée par arrêté préfectoral.", "fr", "permitted"),
    ("À Béthune, Mecaware a mis fin à son projet d'usine.", "fr", "abandoned"),
    ("À Béthune, le projet d'usine de Mecaware a été annulé.", "fr", "abandoned"),
    ("At Béthune, Mecaware's plant project has been axed.", "en", "abandoned"),
])
def test_permits_and_abandonments_in_more_words(sites, text, lang, expected):
    """« a décroché son permis », « accordé l'autorisation environnementale », « a mis fin à son projet », 'the
    project has been axed' (our own sentences; a project suspended or on hold is not abandoned and not read)."""
    assert _statuses(_scan(text, sites, lang=lang)) == [(expected, "mecaware-bethune")]


@pytest.mark.parametrize("text, expected", [
    ("À Béthune, le projet de Mecaware avait été annoncé en grande pompe par le ministre.", [("announced", "mecaware-bethune")]),
    ("L'usine de recyclage de Mecaware, à Béthune, a déjà été annoncée l'an dernier.", [("announced", "mecaware-bethune")]),
    ("Deux nouveaux réacteurs EPR2 sont d'ailleurs annoncés à Gravelines.", [("announced", "gravelines-epr2")]),
    # jobs, money or an opening announced are no announcement of the project
    ("À Béthune, 120 emplois sont annoncés dans l'usine de Mecaware.", []),
    ("À Béthune, l'ouverture de l'usine de Mecaware est annoncée pour l'automne.", []),
])
def test_a_project_announced_in_the_passive_is_announced(sites, text, expected):
    """« avait été annoncé », « a déjà été annoncée », « sont d'ailleurs annoncés » (our own sentences)."""
    assert [s for s in _statuses(_scan(text, sites)) if s[0] == "announced"] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("À Béthune, Mecaware a officiellement choisi la zone de l'ancienne usine pour son recyclage.", "fr",
     [("announced", "mecaware-bethune")]),
    ("Mecaware made official its decision to put a recycling plant in Béthune.", "en", [("announced", "mecaware-bethune")]),
    ("Mecaware has officially picked Béthune for its recycling plant.", "en", [("announced", "mecaware-bethune")]),
    # a plain choice is not taken: the press writes it of a consortium, a shortlist, a supplier as well
    ("À Béthune, l'agglomération a choisi Mecaware pour l'ancienne usine.", "fr", []),
])
def test_a_place_chosen_officially_is_announced(sites, text, lang, expected):
    """« a officiellement choisi », 'made official its decision', 'officially picked' (the labelling conventions:
    'announced' when the project is made official or chosen; our own sentences)."""
    assert [s for s in _statuses(_scan(text, sites, lang=lang)) if s[0] == "announced"] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("À Béthune, la production y a démarré en janvier dans l'usine de Mecaware.", "fr", [("operational", "mecaware-bethune")]),
    ("Dans l'usine de Mecaware à Béthune, la production a déjà commencé.", "fr", [("operational", "mecaware-bethune")]),
    ("Mecaware's recycling plant in Béthune is already producing.", "en", [("operational", "mecaware-bethune")]),
    ("At Mecaware's Béthune plant, production is now under way.", "en", [("operational", "mecaware-bethune")]),
    # a start to come is no stage reached
    ("À Béthune, la production de l'usine de Mecaware démarrera en 2027.", "fr", []),
])
def test_production_started_is_operational(sites, text, lang, expected):
    """Production as the subject of its start, in the past (« la production y a démarré », 'is already producing',
    'production is under way'): the plant runs (our own sentences)."""
    assert [s for s in _statuses(_scan(text, sites, lang=lang, published=dt.date(2026, 5, 1))) if s[0] == "operational"] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("À Béthune, Mecaware a confirmé sa volonté d'implanter une usine de recyclage.", "fr", [("announced", "mecaware-bethune")]),
    ("Mecaware confirme qu'elle s'installe à Béthune, sur l'ancien site industriel.", "fr", [("announced", "mecaware-bethune")]),
    ("At Béthune, the minister confirmed on Monday that Mecaware will build its recycling plant.", "en",
     [("announced", "mecaware-bethune")]),
    # a figure or a partner confirmed is no project confirmed
    ("À Béthune, Mecaware a confirmé son chiffre d'affaires.", "fr", []),
])
def test_a_project_confirmed_is_announced(sites, text, lang, expected):
    """« a confirmé sa volonté d'implanter une usine », « confirme qu'elle s'installe », 'confirmed that X would
    build': the project made official (the labelling conventions' 'announced'; our own sentences)."""
    assert [s for s in _statuses(_scan(text, sites, lang=lang)) if s[0] == "announced"] == expected
