"""dashboard/data/intake_model.py: the shipped learned model is read from the package and decides what the
intake proposes only when `HDF_INTAKE_LEARNED` is set; every reader of articles asks it."""

from __future__ import annotations

import datetime as dt

from dashboard.data import intake_model, intake_process
from dashboard.data.intake_seed import shipped_dataset
from dashboard.domain.intake import scan
from dashboard.domain.intake.learned import DOUBT

TEXT = ("Escaudain : Data4 retenu pour le campus de data centers\n"
        "Le terrain de 38 ha a accueilli les hauts-fourneaux d'Usinor jusqu'en 1988, qui employaient alors 5 000 "
        "personnes. Le projet d'Escaudain, chiffré à 5 milliards d'euros, prévoit 2 400 emplois permanents.")


def test_the_model_decides_only_when_the_setting_says_so(monkeypatch):
    monkeypatch.delenv("HDF_INTAKE_LEARNED", raising=False)
    assert intake_model.chosen_model() is None
    monkeypatch.setenv("HDF_INTAKE_LEARNED", "1")
    assert intake_model.chosen_model() is intake_model.shipped_model()


def test_the_shipped_model_reads_an_article():
    model = intake_model.shipped_model()
    assert 0.0 < model.threshold < 1.0 and model.figure.weights and model.site.weights
    sites = shipped_dataset().sites
    chosen = scan(TEXT, lang="fr", published=dt.date(2025, 12, 1), sites=sites, model=model).candidates
    proposed = {(c.attribute, c.value, c.entity_id) for c in chosen if not c.held}
    assert ("investment", "5 milliards d'euros", "escaudain-dc") in proposed
    assert ("jobs", "2 400 emplois", "escaudain-dc") in proposed
    assert not any(c.value == "5 000 personnes" for c in chosen if not c.held)  # the furnaces' workforce in 1988


def test_the_paste_pages_reading_follows_the_setting(monkeypatch):
    sites = shipped_dataset().sites
    nothing = intake_model.model_from({"figure": {"intercept": -9.0, "weights": {}},
                                       "site": {"intercept": 0.0, "weights": {}}, "threshold": 0.5})
    monkeypatch.setattr(intake_model, "shipped_model", lambda: nothing)
    monkeypatch.delenv("HDF_INTAKE_LEARNED", raising=False)
    assert any(not c.held for c in intake_process.extract(TEXT, lang="fr", sites=sites))
    monkeypatch.setenv("HDF_INTAKE_LEARNED", "1")
    read = intake_process.extract(TEXT, lang="fr", sites=sites)
    assert read and {c.held for c in read} == {DOUBT}
