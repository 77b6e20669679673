"""A company's figure is not a site's (dashboard.domain.intake.company): a figure whose sentence names a
site only through its operator is held ("company_scope", the reason said) when the article is about
several of the operator's sites or the sentence widens the scope; an article about the operator's one
site keeps it. On the shipped seeds' sites."""

from __future__ import annotations

import datetime as dt


from dashboard.domain.intake import scan
from dashboard.domain.intake.review import review_table

PUBLISHED = dt.date(2026, 6, 2)


def _candidates(text, sites, lang="fr"):
    return scan(text, lang=lang, published=PUBLISHED, sites=sites).candidates


def _held_reason(text, sites, attribute, lang="en"):
    """Why the one candidate of `attribute` is held ("" when it is not)."""
    [candidate] = [c for c in _candidates(text, sites, lang) if c.attribute == attribute]
    return candidate.held


def _ticked(candidates):
    return {(c.attribute, c.value, c.entity_id) for c in candidates if not c.held}


def test_a_figure_said_of_the_operator_in_several_regions_is_held_not_given_to_its_site(sites):
    text = ("Le premier campus de Data4, d'une capacité de 1 GW, sera construit à Cambrai. Le développeur, qui "
            "prévoyait déjà plus de 500 MW dans plusieurs régions françaises, veut tripler cette capacité.")
    candidates = _candidates(text, sites)
    assert _ticked(candidates) == {("power", "1 GW", "cambrai-evalley-dc")}
    [held] = [c for c in candidates if c.value == "plus de 500 MW"]
    assert (held.held, held.held_words) == ("company_scope", ("Data4",))


def test_the_reason_is_said_in_words_a_reader_understands(sites):
    text = "À Cambrai, Data4 bâtira un campus de 1 GW. Data4 exploite déjà 1,5 GW de data centers au total."
    held = [c for c in _candidates(text, sites) if c.held == "company_scope"]
    assert held and all(c.entity_id == "cambrai-evalley-dc" for c in held)
    table = review_table(held, "fr")
    assert not table["keep"].any()
    assert "Chiffre de l'entreprise, site non nommé" in table["problem"].iloc[0] and "«\u00a0Data4\u00a0»" in table["problem"].iloc[0]
    assert "company's figure" in review_table(held, "en")["problem"].iloc[0]


def test_a_sentence_naming_only_the_operator_of_several_named_sites_is_held(sites):
    # The article names three of SoftBank's sites: its sentence naming only SoftBank says no one of them.
    text = ("SoftBank will build AI data centres at Loon-Plage, Le Bosquel and Bouchain. SoftBank expects "
            "the programme to employ 2,000 people.")
    assert _held_reason(text, sites, "jobs") == "company_scope"


def test_an_article_about_the_operators_one_site_keeps_its_figure(sites):
    # Verkor runs one site of ours: its sentence about Verkor's plant, widened by nothing, is the site's.
    text = ("Verkor inaugure sa gigafactory de Bourbourg, près de Dunkerque. Verkor y emploiera 1 200 personnes "
            "d'ici 2027.")
    assert ("jobs", "1 200 personnes", "verkor-bourbourg") in _ticked(_candidates(text, sites))


def test_the_subject_carried_from_the_sentence_before_counts(sites):
    # The sentence names no site; the one before names Cambrai by its commune: the subject carried is a place.
    text = "Brookfield et Data4 construiront un campus à Cambrai. Il atteindra 1 GW."
    assert ("power", "1 GW", "cambrai-evalley-dc") in _ticked(_candidates(text, sites))


def test_a_generic_word_of_an_operators_name_names_no_site(sites):
    # "Azur Datacenter" gave the alias "datacenter": every article about data centres named Béthune's campus.
    text = "Datacenters : la France en comptera 300 de plus, pour 15 milliards d'euros."
    assert not [c for c in _candidates(text, sites) if c.entity_id == "bethune-azur-dc"]


def test_every_held_reason_is_said_in_french_english_and_by_the_command_line():
    from dashboard.data.intake_cli import HELD_WORDS
    from dashboard.domain.intake.attach import HELD_REASONS
    from dashboard.i18n import t

    for reason in HELD_REASONS:
        assert reason in HELD_WORDS  # `python -m dashboard.intake` prints why a row is held (KeyError before)
        for lang in ("fr", "en"):
            said = t(f"ajouter_page.held_{reason}", lang, words="«\u00a0X\u00a0»")
            assert "X" in said and "held_" not in said


def test_an_article_naming_only_the_town_of_a_site_and_not_its_kind_holds_the_towns_figures(sites):
    # "Douvrin" is in ACC's name ("Gigafactory ACC, Billy-Berclau / Douvrin") as where it is: a town.
    text = "Douvrin. La zone d'activités accueillera dix nouvelles entreprises et un millier d'emplois."
    [jobs] = [c for c in _candidates(text, sites) if c.attribute == "jobs"]
    assert (jobs.entity_id, jobs.held, jobs.held_words) == ("acc-billy-berclau", "town_only", ("Douvrin",))
    assert "ne nomme que la commune" in review_table([jobs], "fr")["problem"].iloc[0]
    # Said of a battery plant, the same town names the gigafactory.
    text = "Douvrin. La gigafactory de batteries accueillera un millier d'emplois."
    [jobs] = [c for c in _candidates(text, sites) if c.attribute == "jobs"]
    assert (jobs.entity_id, jobs.held) == ("acc-billy-berclau", "")


def test_another_companys_project_at_one_of_our_towns_is_a_new_project_not_held_for_our_site(sites):
    # The headline names Hydrelia, the body again, our site only by its town: Hydrelia's own project, ticked
    # for a site the dataset does not know (named after the company and the town), not held against ours.
    text = ("Hydrelia annonce 150 emplois à Douvrin\n"
            "Le groupe Hydrelia va construire à Douvrin une unité d'électrolyse de 80 MW. Hydrelia y investira "
            "200 millions d'euros et embauchera 150 personnes.")
    found = {(c.attribute, c.value): c for c in _candidates(text, sites)}
    for key in (("power", "80 MW"), ("investment", "200 millions d'euros")):
        assert (found[key].entity_id, found[key].held) == (None, "")
        assert found[key].proposed_name == "Projet Hydrelia, Douvrin"
    text = ("Electrolysis: Hydrelia picks Douvrin for a 80 MW unit\n"
            "Hydrelia will build its first electrolyser at Douvrin, with 80 MW, and plans to invest €200 million.")
    assert {(c.entity_id, c.held) for c in _candidates(text, sites, "en") if c.attribute == "power"} == {(None, "")}


def test_a_headline_naming_no_company_again_keeps_the_towns_figures_held(sites):
    # A name said once (a zone, a word in capitals) is no company the article is about.
    text = ("Douvrin : le parc Artois-Flandres attend 300 emplois\n"
            "Douvrin. La zone d'activités accueillera dix nouvelles entreprises et un millier d'emplois.")
    [jobs] = [c for c in _candidates(text, sites) if c.value == "un millier d'emplois"]
    assert (jobs.entity_id, jobs.held) == ("acc-billy-berclau", "town_only")


def test_a_company_noun_carries_the_company_named_a_few_sentences_before(sites):
    text = ("Data4 will build campuses at Escaudain and Cambrai. Both sites sit on old industrial land. The company "
            "will hire 400 people.")
    [jobs] = [c for c in _candidates(text, sites, "en") if c.attribute == "jobs"]
    assert (jobs.held, jobs.held_words) == ("company_scope", ("Data4",))


def test_a_company_noun_after_another_companys_sentence_is_that_companys(sites):
    # Li-Cycle, none of our sites, is the subject last named: « L'entreprise » is Li-Cycle, not Verkor.
    text = ("Li-Cycle s'installera à Harnes. Verkor construit sa gigafactory de batteries à Bourbourg. Li-Cycle ira "
            "dans un bâtiment existant. L'entreprise emploiera une trentaine d'employés.")
    [jobs] = [c for c in _candidates(text, sites) if c.attribute == "jobs"]
    assert jobs.entity_id is None


def test_a_companys_founding_year_is_no_date_of_the_project(sites):
    text = "Hydrovolt, une entreprise créée en 2020, a annoncé une usine de recyclage à Hordain. Elle ouvrira mi-2027."
    dates = [c.value for c in _candidates(text, sites) if c.attribute in ("announced", "commissioning")]
    assert dates == ["mi-2027"]


def test_a_headline_committing_money_to_french_ai_is_the_companys(sites):
    text = ("SoftBank commits €75bn to French AI\nSoftBank will build a 1.5 GW AI data centre at Loon-Plage, on the "
            "port of Dunkirk.")
    assert _held_reason(text, sites, "investment") == "company_scope"


def test_shareholders_money_brought_to_the_company_is_no_sites_investment(sites):
    text = "Verkor emploiera 1 200 personnes à Bourbourg. Ses actionnaires ont apporté 850 millions d'euros à l'entreprise."
    assert not [c for c in _candidates(text, sites) if c.attribute == "investment"]
