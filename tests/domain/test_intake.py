"""The intake extractor, one rule at a time: each rule with a sentence it must take and one it must
leave out. Sites come from the synthetic `sample_dataset` (DC Béthune by Azur, DC Dunkerque by
Nordic, Gigafactory Douai, the ex-Bridgestone host site in Béthune...)."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.domain.intake import LANGS, Candidate, extract_facts, scan, status_keyword
from dashboard.domain.normalize import Period, Quantity
from tests.fixtures import sample_dataset

PUBLISHED = dt.date(2026, 3, 10)


@pytest.fixture(scope="module")
def dataset():
    return sample_dataset()


def facts(text: str, dataset, lang: str = "fr", published=PUBLISHED) -> list[Candidate]:
    return extract_facts(text, lang=lang, published=published, dataset=dataset)


def only(text: str, dataset, lang: str = "fr", published=PUBLISHED) -> Candidate:
    found = facts(text, dataset, lang, published)
    assert len(found) == 1, [(c.attribute, c.value) for c in found]
    return found[0]


def reasons(text: str, dataset, lang: str = "fr") -> dict[str, str]:
    return {e.value: e.reason for e in scan(text, lang=lang, published=PUBLISHED, sites=dataset.sites).excluded}


# --------------------------------------------------------------------------- the candidate itself


def test_a_candidate_quotes_the_article_and_points_at_its_span(dataset):
    text = "À Béthune, Azur investira 1,5 milliard d'euros dans le data center."
    candidate = only(text, dataset)
    assert candidate.attribute == "investment"
    assert candidate.value == "1,5 milliard d'euros" == text[candidate.start : candidate.end]
    assert candidate.normalized == Quantity(1.5e9, "EUR", False) or candidate.normalized.value == 1.5e9
    assert candidate.entity_id == "dc-bethune"
    assert candidate.entity_hint in ("Azur", "Béthune")
    assert candidate.sentence == text
    assert candidate.as_of == "2026-03-10"
    assert 0 < candidate.confidence <= 1


def test_bad_arguments_are_refused_with_a_message(dataset):
    with pytest.raises(ValueError, match="lang must be one of fr, en"):
        extract_facts("240 MW", lang="de", dataset=dataset)
    with pytest.raises(TypeError, match="published"):
        extract_facts("240 MW", lang="fr", published="2026-03-10", dataset=dataset)
    assert LANGS == ("fr", "en")


def test_a_text_without_figures_gives_nothing(dataset):
    assert facts("Le maire a reçu les porteurs du projet à Béthune pour en discuter.", dataset) == []
    assert facts("", dataset) == []


def test_without_a_dataset_every_figure_is_a_new_project_with_a_proposed_name():
    [candidate] = extract_facts("Evroc construira un campus de 96 MW à Arras.", lang="fr", published=PUBLISHED)
    assert candidate.entity_id is None
    assert "Arras" in candidate.proposed_name and "Evroc" in candidate.proposed_name


# --------------------------------------------------------------------------- attributes from the unit and words


@pytest.mark.parametrize(
    ("text", "attribute", "value"),
    [
        ("Le data center de Béthune aura une puissance de 240 MW.", "power", 240.0),
        ("Azur prévoit un campus de 1 GW à Béthune.", "power", 1000.0),
        ("Azur va réhabiliter un bâtiment de 26 000 m² à Béthune.", "floor_area", 26000.0),
        ("Le data center d'Azur occupera un terrain de 20 000 m² à Béthune.", "land_area", 20000.0),
        ("Le data center d'Azur s'étendra sur 38 ha à Béthune.", "land_area", 380000.0),
        ("Le data center d'Azur à Béthune créera 500 emplois.", "jobs", 500.0),
        ("Azur ouvrira 30 postes à Béthune.", "jobs", 30.0),
        ("Le data center d'Azur emploiera 200 salariés à Béthune.", "jobs", 200.0),
        ("L'ancien site Ex-Bridgestone de Béthune est occupé à 80 %.", "occupancy", 0.8),
    ],
)
def test_the_unit_and_the_words_around_give_the_attribute(dataset, text, attribute, value):
    candidate = only(text, dataset)
    assert candidate.attribute == attribute
    assert candidate.normalized.value == pytest.approx(value)


def test_a_percentage_that_is_not_an_occupancy_is_left_out(dataset):
    assert facts("À Béthune, 98 % des anciens salariés ont retrouvé un travail.", dataset) == []


@pytest.mark.parametrize(
    "text",
    [
        "La mise en service du data center d'Azur à Béthune est prévue fin 2026.",
        "L'ouverture du data center de Béthune est attendue en 2027.",
        "La livraison du data center d'Azur à Béthune interviendra au second semestre 2027.",
        "Le data center de Béthune sera opérationnel d'ici 2028.",
    ],
)
def test_a_period_near_commissioning_words_is_a_commissioning(dataset, text):
    candidate = only(text, dataset)
    assert candidate.attribute == "commissioning"
    assert isinstance(candidate.normalized, Period)
    assert candidate.entity_id == "dc-bethune"


def test_a_period_near_announcement_words_is_the_announcement(dataset):
    found = facts("Le data center d'Azur à Béthune a été annoncé en septembre 2025.", dataset)
    # the date is the announcement's, and the passive says the project's status (statuses.STATUS_WORDS)
    assert [(c.attribute, c.value) for c in found] == [("status", "a été annoncé"), ("announced", "en septembre 2025")]
    assert found[1].normalized == Period(dt.date(2025, 9, 1), dt.date(2025, 9, 30))


def test_a_year_with_no_commissioning_or_announcement_word_is_not_a_fact(dataset):
    assert facts("Azur, créée en 2019, est installée à Béthune.", dataset) == []
    assert facts("Les travaux du data center de Béthune commenceront en 2027.", dataset) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Azur a inauguré le data center de Béthune.", "operational"),
        ("Nordic a abandonné son projet de Dunkerque.", "abandoned"),
        ("À Béthune, les travaux du data center d'Azur viennent de débuter.", "under_construction"),
        ("Le permis de construire du data center de Dunkerque a été accordé.", "permitted"),
    ],
)
def test_status_words_give_a_status_and_keep_the_articles_words(dataset, text, status):
    candidate = only(text, dataset)
    assert candidate.attribute == "status"
    assert status_keyword(candidate) == status
    assert candidate.normalized is None
    assert candidate.value == text[candidate.start : candidate.end]


def test_a_status_in_the_conditional_is_not_taken(dataset):
    assert facts("Nordic pourrait abandonner son projet de Dunkerque.", dataset) == []


def test_a_dated_event_takes_its_own_date_as_of(dataset):
    found = facts("Azur a inauguré le 20 février 2026 à Béthune un data center de 240 MW.", dataset)
    assert {c.attribute for c in found} == {"power", "status"}
    assert {c.as_of for c in found} == {"2026-02-20"}  # not the publication's 2026-03-10


def test_as_of_is_unknown_when_neither_article_nor_sentence_dates_it(dataset):
    [candidate] = facts("Le data center de Béthune aura 240 MW.", dataset, published=None)
    assert candidate.as_of is None


def test_english_articles_use_the_english_grammar(dataset):
    candidate = only("Azur will build a 240-megawatt data centre in Béthune.", dataset, lang="en")
    assert (candidate.attribute, candidate.normalized.value, candidate.entity_id) == ("power", 240.0, "dc-bethune")
    candidate = only("The Béthune data centre is expected to come online by 2029.", dataset, lang="en")
    assert candidate.attribute == "commissioning" and candidate.normalized.start == dt.date(2029, 1, 1)


# --------------------------------------------------------------------------- what an analyst leaves out


def test_a_figure_for_all_of_france_or_another_country_is_left_out(dataset):
    text = "Nordic investira jusqu'à 75 milliards d'euros pour 5 GW en France."
    assert facts(text, dataset) == []
    assert set(reasons(text, dataset).values()) == {"elsewhere"}
    assert facts("Nordic exploite déjà un site de 150 MW en Finlande.", dataset) == []
    assert facts("Nordic exploits a 150 MW site in Finland.", dataset, lang="en") == []
    # ...but the same figure placed at one of our sites is taken
    assert only("Nordic prévoit 150 MW à Dunkerque.", dataset).entity_id == "dc-dunkerque"


def test_a_company_wide_figure_is_left_out(dataset):
    assert facts("Nordic expects to deliver 800 MW of capacity worldwide in 2026.", dataset, lang="en") == []


def test_unit_costs_are_left_out(dataset):
    text = "À Béthune, un data center coûte environ 10 millions d'euros par MW."
    assert facts(text, dataset) == []
    assert "unit_cost" in reasons(text, dataset).values()


def test_past_history_is_left_out(dataset):
    text = "À Amiens, la friche a accueilli des hauts-fourneaux jusqu'en 1988 sur 38 ha."
    assert facts(text, dataset) == []
    assert "history" in reasons(text, dataset).values()
    text = "En 2020, la fermeture de l'usine de Béthune avait laissé 863 salariés sans emploi."
    assert facts(text, dataset) == []


def test_other_currencies_are_left_out(dataset):
    text = "CBRE estimates costs at $2.4 billion for the Béthune data centre."
    assert facts(text, dataset, lang="en") == []
    assert reasons(text, dataset, lang="en") == {"$2.4 billion": "currency"}


def test_energy_is_not_power(dataset):
    text = "Le data center de Dunkerque consommera 230 GWh par an."
    assert facts(text, dataset) == []
    assert reasons(text, dataset) == {"230 GWh": "energy"}


@pytest.mark.parametrize(
    "text",
    [
        "« Pour 1 000 emplois oui, mais pas à n'importe quel prix », dit un élu de Dunkerque.",
        "Si le permis est accordé, le data center de Dunkerque créera 300 emplois.",
    ],
)
def test_conditional_statements_are_left_out(dataset, text):
    assert facts(text, dataset) == []
    assert "conditional" in reasons(text, dataset).values()


def test_a_figure_repeated_in_a_photo_caption_counts_once(dataset):
    text = (
        "Azur va réhabiliter un bâtiment de 26 000 m² à Béthune.\n"
        "Photo : le bâtiment de 26 000 m² d'Azur à Béthune. © Horizon Actu"
    )
    [candidate] = facts(text, dataset)
    assert candidate.start < text.index("Photo") and not candidate.in_caption


def test_a_part_or_a_first_phase_is_left_out_for_the_whole(dataset):
    text = "Le data center de Dunkerque prévoit 2 400 emplois à terme, dont 600 emplois dans une première phase."
    [candidate] = facts(text, dataset)
    assert candidate.normalized.value == 2400


def test_a_nature_reserve_a_road_or_a_power_plant_beside_the_site_is_left_out(dataset):
    text = "Le campus de Dunkerque couvrira 38 ha. Six hectares seront dédiés à une réserve naturelle."
    [candidate] = facts(text, dataset)
    assert candidate.normalized.value == 380_000  # m²
    assert reasons(text, dataset) == {"Six hectares": "other_object"}
    text = "The Dunkerque site still runs a 585 MW gas plant, and the data centre will reach 400 MW."
    [candidate] = facts(text, dataset, lang="en")
    assert candidate.normalized.value == 400 and reasons(text, dataset, lang="en")["585 MW"] == "other_object"


def test_a_national_pledge_is_left_out_beside_the_sites_figure(dataset):
    text = "Nordic's pledge of up to 75 billion euros was the summit's largest. The Dunkirk campus will reach 1 GW."
    [candidate] = facts(text, dataset, lang="en")
    assert candidate.attribute == "power" and candidate.entity_id == "dc-dunkerque"
    assert "national" in reasons(text, dataset, lang="en").values()


def test_a_date_right_after_another_figure_is_that_figures_horizon_not_a_commissioning(dataset):
    text = "La gigafactory de Douai produira 9 GWh en 2024 et créera 2 500 emplois d'ici 2030."
    assert [c.attribute for c in facts(text, dataset)] == ["jobs"]
    assert reasons(text, dataset)["d'ici 2030"] == "figure_date"


def test_steps_before_a_final_date_are_left_out(dataset):
    text = "Le data center de Béthune vise 120 MW à la fin de 2026 et sa pleine capacité à la fin de 2027."
    [candidate] = facts(text, dataset)
    assert candidate.attribute == "commissioning" and candidate.normalized.start.year == 2027


def test_a_clause_with_another_named_subject_is_not_the_sites(dataset):
    text = "À Dunkerque, Nordic ouvrira un data center, tandis que Schneider Electric bâtira une usine de 500 emplois."
    assert facts(text, dataset) == []
    assert reasons(text, dataset)["500 emplois"] == "other_subject"


def test_a_headline_figure_left_out_in_the_body_is_left_out_in_the_headline(dataset):
    text = "Nordic to invest 20 bn euros\nNordic will invest 20 billion euros in France, mostly at Dunkirk."
    assert facts(text, dataset, lang="en") == []
    assert "headline_of_excluded" in reasons(text, dataset, lang="en").values()


def test_a_city_then_france_is_an_address_not_the_country(dataset):
    found = facts("Nordic opened a 2MW data centre in Dunkirk, France.", dataset, "en", PUBLISHED)
    assert {(c.attribute, c.entity_id) for c in found} == {("power", "dc-dunkerque"), ("status", "dc-dunkerque")}


# --------------------------------------------------------------------------- which site


def test_entities_match_with_accents_and_case_folded(dataset):
    assert only("Le data center de BETHUNE aura 240 MW.", dataset).entity_id == "dc-bethune"
    assert only("Le data center de bethune aura 240 MW.", dataset).entity_hint == ""  # lower case: not a name
    assert only("Le data center d'Azur aura 240 MW.", dataset).entity_id == "dc-bethune"


def test_a_typo_in_a_name_still_matches(dataset):
    assert only("Le data center de Dunkerqe aura 1 GW.", dataset).entity_id == "dc-dunkerque"


def test_the_neighbouring_sentence_names_the_site(dataset):
    text = "Nordic a présenté son projet de Dunkerque. Le campus aura une puissance de 1 GW."
    assert only(text, dataset).entity_id == "dc-dunkerque"


def test_the_nearest_site_wins_in_a_sentence_naming_two(dataset):
    text = "À Douai, la gigafactory emploie 1 000 personnes, tandis qu'à Dunkerque le data center aura 1 GW."
    found = {c.attribute: c.entity_id for c in facts(text, dataset, "fr", PUBLISHED)}
    assert found["power"] == "dc-dunkerque"
    assert found["jobs"] != "dc-dunkerque"  # the people Douai's gigafactory employs are jobs, Douai's


def test_occupancy_goes_to_the_host_site(dataset):
    candidate = only("À Béthune, le site Ex-Bridgestone est désormais occupé à 80 %.", dataset)
    assert candidate.entity_id == "host-bethune"


# --------------------------------------------------------------------------- the normalizer's grammar, by language


def test_a_range_stays_a_range(dataset):
    candidate = only("Le data center de Dunkerque aura entre 300 et 500 MW.", dataset)
    assert candidate.value == "entre 300 et 500 MW"
    assert (candidate.normalized.low, candidate.normalized.high) == (300.0, 500.0)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Azur will refurbish a 20,000 m² building in Béthune.", "en", 20000.0),
        ("Le data center de Béthune créera 1.500 emplois.", "fr", 1500.0),
        ("Le data center de Béthune créera 1 500 emplois.", "fr", 1500.0),
    ],
)
def test_thousands_are_read_by_the_articles_language(dataset, text, lang, value):
    assert only(text, dataset, lang=lang).normalized.value == value


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Le data center de Béthune sera opérationnel à l'horizon 2030.", "fr", dt.date(2030, 1, 1), dt.date(2030, 12, 31)),
        ("La mise en service du data center de Béthune est prévue fin de l'été 2026.", "fr",
         dt.date(2026, 8, 1), dt.date(2026, 8, 31)),
        ("The Béthune data centre will be operational by 2029 at the latest.", "en",
         dt.date(2029, 1, 1), dt.date(2029, 12, 31)),
        ("The first capacity at Béthune should come online in late summer 2026.", "en",
         dt.date(2026, 8, 1), dt.date(2026, 8, 31)),
    ],
)
def test_horizons_deadlines_and_seasons_are_commissioning_periods(dataset, text, lang, start, end):
    candidate = only(text, dataset, lang=lang)
    assert candidate.attribute == "commissioning"
    assert (candidate.normalized.start, candidate.normalized.end) == (start, end)


# --------------------------------------------------------------------------- bounded intake (issue 25, point 3)

def test_no_sentence_is_longer_than_the_bound_and_none_is_lost():
    from dashboard.domain.intake import rules

    text = ", ".join(f"{10 + i} MW" for i in range(3000)) + "."  # 30 000 characters, no full stop inside
    spans = rules.sentences(text)
    assert max(end - start for start, end in spans) <= rules.MAX_SENTENCE
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))  # contiguous
    assert all(not text[end - 1].isdigit() or not text[end].isdigit() for _, end in spans[:-1])  # never inside a number


def test_every_figure_of_a_paste_without_full_stops_is_read_whole():
    figures = [f"{100 + i} MW" for i in range(2000)]
    found = scan("Le campus prévoit " + ", ".join(figures) + ".", lang="fr")
    assert sorted(c.normalized.value for c in found.candidates) == [float(100 + i) for i in range(2000)]


@pytest.mark.parametrize("separator", [", ", " ", " et "])
def test_a_cut_long_sentence_never_splits_a_figure_from_its_unit(separator):
    figures = [f"{1000 + i} MW" for i in range(1500)]
    found = scan("Le campus prévoit " + separator.join(figures) + ".", lang="fr")
    assert sorted(c.normalized.value for c in found.candidates) == [float(1000 + i) for i in range(1500)]
    assert all(c.value in c.sentence for c in found.candidates)
