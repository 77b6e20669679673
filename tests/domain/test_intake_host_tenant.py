"""Which site « le site » is (dashboard.domain.intake.attach): in an article about one tenant of a host
site, where that tenant stands, so its figures are the tenant's; a host site described without its name
("l'ancienne usine") takes its own figures; « cette zone » is the site just named; numbers written in
words are read. On the shipped seeds' sites (the Bridgestone site at Béthune and its tenants)."""

from __future__ import annotations

import datetime as dt


from dashboard.domain.intake import scan


def _figures(text, sites):
    return {(c.attribute, c.value, c.entity_id, c.held)
            for c in scan(text, lang="fr", published=dt.date(2025, 1, 10), sites=sites).candidates}


def test_in_an_article_about_one_tenant_the_host_sites_dates_are_the_tenants(sites):
    text = ("Mecaware a signé le bail de sa future usine sur l'ancien site Bridgestone de Béthune. Les équipements "
            "seront posés sur le site et la production doit démarrer courant 2026.")
    assert ("commissioning", "courant 2026", "mecaware-bethune", "") in _figures(text, sites)


def test_the_host_keeps_its_own_area_and_an_article_naming_several_tenants_changes_nothing(sites):
    text = ("Mecaware s'installe sur l'ancien site Bridgestone de Béthune. L'ancien site Bridgestone s'étend sur "
            "32 hectares.")
    assert ("land_area", "32 hectares", "ex-bridgestone-bethune", "") in _figures(text, sites)
    text = ("Mecaware et Black Star s'installent sur l'ancien site Bridgestone de Béthune. Le site Bridgestone "
            "emploiera 300 salariés en 2026.")
    assert {e for _, v, e, _ in _figures(text, sites) if v == "300 salariés"} == {"ex-bridgestone-bethune"}


def test_a_company_that_runs_two_of_our_sites_names_no_tenant(sites):
    # Brookfield backs E-Valley and runs Cambrai's and Escaudain's campuses: E-Valley's jobs stay E-Valley's.
    text = ("Le parc E-Valley, porté par le fonds Brookfield, couvre 320 hectares. E-Valley comptera 3 500 "
            "emplois en 2030.")
    assert ("jobs", "3 500 emplois", "e-valley-ba103", "") in _figures(text, sites)


def test_a_host_described_as_the_former_plant_takes_its_own_staff(sites):
    text = ("Ennea Groupe rejoint Black Star et Bringback sur l'ancien site Bridgestone. En tout, une centaine de "
            "salariés travaillent aujourd'hui dans l'ancienne usine. Ennea a créé quatorze emplois.")
    figures = _figures(text, sites)
    assert ("jobs", "une centaine de salariés", "ex-bridgestone-bethune", "") in figures
    assert ("jobs", "quatorze emplois", "ennea-bethune", "") in figures  # a number in words


def test_a_demonstrative_points_at_the_site_just_named_not_the_articles_topic(sites):
    text = ("Zouafques : le terrain de Zouafques, de 17 hectares, reste en discussion pour un data center. Du côté de "
            "Nouvelle-Église, les élus sont prudents. Cette zone de 22 hectares pourrait accueillir un data center.")
    figures = _figures(text, sites)
    assert ("land_area", "22 hectares", "nouvelle-eglise-porte-opale", "") in figures
    assert ("land_area", "17 hectares", "microsoft-zouafques", "") in figures
