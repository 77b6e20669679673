"""Every proposed row passes the build's reader or is unticked with a message the reader
understands (ui/components/intake.checked_review, the build's seeds.value_problem)."""

from __future__ import annotations

import datetime as dt

from dashboard.data.seeds import value_problem
from dashboard.domain.intake import extract_facts
from dashboard.domain.intake.review import review_table
from dashboard.ui.components.intake import checked_review
from tests.fixtures import sample_dataset

TEXT = ("Le data center de Béthune créera environ 400 emplois permanents et aura 240 MW. "
        "The Béthune campus will support about 30 full-time jobs.")


def test_values_with_job_adjectives_are_read_by_the_build_as_the_intake_proposes_them():
    for attribute, value, lang in (("jobs", "approximately 400 permanent skilled jobs", "en"),
                                   ("jobs", "about 30 full-time jobs", "en"), ("jobs", "20 000 nouveaux emplois", "fr"),
                                   ("jobs", "2 400 emplois pérennes", "fr"), ("power", "240 MW", "fr")):
        assert value_problem(attribute, value, lang) is None, value
    assert value_problem("power", "240 GWh", "fr")  # energy is still refused, with the reader's reason
    assert value_problem("jobs", "1,5 emplois", "fr")


def test_a_row_the_build_would_refuse_is_unticked_and_said_in_french():
    candidates = extract_facts(TEXT, lang="fr", published=dt.date(2026, 3, 10), dataset=sample_dataset())
    table = review_table(candidates, "fr")
    table.loc[table["attribute"] == "power", "value"] = "240 GWh"  # what a misread would propose
    checked = checked_review(table, "fr", "fr")
    refused = checked[checked["problem"] != ""]
    assert list(refused["value"]) == ["240 GWh"] and not refused["keep"].any()
    assert refused["problem"].iloc[0] == ("« 240 GWh » ne se lit pas comme « Puissance »\u00a0: ligne décochée\u00a0; corrigez "
                                          "la valeur ou l'attribut avant de la garder.")
    assert checked.loc[checked["problem"] == "", "keep"].all()
    english = checked_review(table, "fr", "en")
    assert english.loc[english["value"] == "240 GWh", "problem"].iloc[0].startswith("“240 GWh” cannot be read as “Power”")


def test_a_row_the_extractor_held_back_stays_unticked_with_its_reason():
    from dashboard.data.intake_seed import shipped_dataset

    text = ("Les trois premiers sites de SoftBank, à Loon-Plage, au Bosquel et à Bouchain, seront mis en service "
            "d'ici 2031. Au Bosquel, le campus mené avec Sesterce atteindra 1 GW.")
    candidates = extract_facts(text, lang="fr", published=dt.date(2026, 6, 2), dataset=shipped_dataset())
    checked = checked_review(review_table(candidates, "fr"), "fr", "fr")
    held = checked[checked["attribute"] == "commissioning"]
    assert len(held) == 3 and not held["keep"].any()
    assert held["problem"].str.startswith("La phrase nomme plusieurs sites").all()
    assert checked.loc[checked["attribute"] == "power", "keep"].tolist() == [True]
