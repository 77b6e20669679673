"""i18n.names: a source's own words kept as written, our words around them in the reader's language."""

from __future__ import annotations

import math

import pytest

from dashboard.domain.schema import PUBLISHER_NOTES
from dashboard.i18n import t
from dashboard.i18n.names import publisher_label, site_label, title_label


def test_a_substation_label_is_rte_name_with_our_prefix_in_each_language():
    assert site_label("WEPPES", "substation", 400.0, "fr") == "Poste 400 kV WEPPES"
    assert site_label("WEPPES", "substation", 400.0, "en") == "WEPPES 400 kV substation"
    assert site_label("ATTAQUES (LES)", "substation", 400, "en") == "ATTAQUES (LES) 400 kV substation"
    assert site_label("X", "substation", 22.5, "fr") == "Poste 22,5 kV X"
    assert site_label("X", "substation", 22.5, "en") == "X 22.5 kV substation"
    assert site_label("X", "substation", math.nan, "fr") == "Poste X"
    assert site_label("X", "substation", None, "en") == "X substation"


def test_our_name_of_a_site_is_french_or_english_as_the_seed_gives_it():
    assert site_label("Centrale nucléaire de Gravelines", "power_plant", math.nan, "en",
                      "Gravelines nuclear power plant") == "Gravelines nuclear power plant"
    assert site_label("Centrale nucléaire de Gravelines", "power_plant", math.nan, "fr",
                      "Gravelines nuclear power plant") == "Centrale nucléaire de Gravelines"
    assert site_label("OVHcloud Gravelines (GRA)", "data_center", math.nan, "en", "") == "OVHcloud Gravelines (GRA)"
    assert site_label("WEPPES", "substation", 400.0, "en", "ignored") == "WEPPES 400 kV substation"


def test_other_sites_keep_their_name_and_an_unknown_name_stays_unknown():
    assert site_label("Azur Datacenter, Béthune", "data_center", math.nan, "en") == "Azur Datacenter, Béthune"
    assert site_label("Poste 400 kV", "data_center", 400.0, "en") == "Poste 400 kV"  # a name as written
    assert site_label(None, "substation", 400.0, "en") is None


def test_a_publisher_note_is_worded_in_the_reader_language_around_the_names_as_written():
    assert publisher_label("Le Monde", "reproduced_on", "jeunediplome.net", "fr") == \
        "Le Monde (texte reproduit sur jeunediplome.net)"
    assert publisher_label("Le Monde", "reproduced_on", "jeunediplome.net", "en") == \
        "Le Monde (text reproduced on jeunediplome.net)"
    assert publisher_label("Topimmo", "quoting", "La Voix du Nord", "fr") == "Topimmo (citant La Voix du Nord)"
    assert publisher_label("RTE", "open_data_portal", "ODRÉ", "en") == "RTE (ODRÉ open-data portal)"
    assert publisher_label("RTE", "open_data_portal", "ODRÉ", "fr") == "RTE (portail de données ouvertes ODRÉ)"
    assert publisher_label("pulse.bot", "aggregator", "", "fr") == "pulse.bot (agrégateur)"
    assert publisher_label("Eco121", "reporting", "CRC", "fr") == "Eco121 (source\u00a0: CRC)"  # French typography


def test_no_note_or_an_unknown_publisher_is_left_as_is():
    assert publisher_label("Horizon Actu", "", "", "en") == "Horizon Actu"
    assert publisher_label("Horizon Actu", math.nan, math.nan, "fr") == "Horizon Actu"
    assert publisher_label("", "via", "x", "fr") == ""


@pytest.mark.parametrize("kind", PUBLISHER_NOTES)
def test_every_kind_of_note_has_its_wording_in_both_languages(kind, monkeypatch):
    monkeypatch.setenv("HDF_STRICT_I18N", "1")
    for lang in ("fr", "en"):
        words = t(f"labels.note_{kind}", lang, name="NAME")
        assert ("NAME" in words) == PUBLISHER_NOTES[kind], (kind, lang, words)
    assert t(f"labels.note_{kind}", "fr", name="NAME") != t(f"labels.note_{kind}", "en", name="NAME") or \
        kind == "via" or kind == "blog"


def test_a_real_title_is_shown_as_written_in_both_languages():
    for lang in ("fr", "en"):
        assert title_label("Etix doubles down on edge data centers in France", "", lang) == \
            "Etix doubles down on edge data centers in France"
        assert title_label("[Infographies] La production dépasse 30 %", math.nan, lang) == \
            "[Infographies] La production dépasse 30 %"


def test_an_unknown_title_shows_our_description_in_brackets_in_the_reader_language():
    assert title_label("", "Dépêche Reuters sur Boursorama : Nebius va ouvrir un data center IA à Béthune", "fr") == \
        "[Dépêche Reuters sur Boursorama\u00a0: Nebius va ouvrir un data center IA à Béthune]"  # French typography
    assert title_label(math.nan, "Reuters dispatch on Boursorama: Nebius to open an AI data centre", "en") == \
        "[Reuters dispatch on Boursorama: Nebius to open an AI data centre]"


def test_a_title_neither_known_nor_described_says_so_in_the_reader_language():
    assert title_label("", "", "fr") == "[titre inconnu]"
    assert title_label(None, math.nan, "en") == "[title unknown]"
