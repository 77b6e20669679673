"""/ajouter in AppTest: a figure of a project the data does not know yet goes to a new site, which the
reviewer places by its type and commune (the commune the article names first is suggested), so that
the seed builds; an unplaced new site and every other problem of the seed are said in the reader's
language, never in the checker's English."""

from __future__ import annotations

import pytest
import yaml

from tests.ui.pages.test_ajouter_page import fill, page, seeds  # noqa: F401  (fixtures)

NEW_PROJECT = ("Saint-Quentin : Nordcloud prévoit un data center de 40 MW\n"
               "La société Nordcloud veut bâtir un centre de données de 40 MW, pour 200 millions d'euros.")
NO_COMMUNE = ("Un nouveau data center de 40 MW\n"
              "La société Nordcloud veut bâtir un centre de données de 40 MW, pour 200 millions d'euros.")


@pytest.fixture(autouse=True)
def communes(embedded_open_data):
    """The communes list shipped in data/reference/, as on a fresh clone."""


def _widget(at, kind: str, suffix: str):
    [widget] = [w for w in getattr(at, kind) if str(w.key).endswith(suffix)]
    return widget


def test_a_new_project_is_placed_at_the_commune_the_article_names_and_builds(page):  # noqa: F811
    at = fill(page(), text=NEW_PROJECT)
    commune = _widget(at, "selectbox", "-commune")
    assert commune.label == "Commune de « Projet Nordcloud »"  # who, not the headline's rubric « Saint-Quentin : »
    assert any("passe la validation" in s.value for s in at.success)
    [entity] = yaml.safe_load(at.code[0].value)["entities"]
    assert (entity["name"], entity["commune"], entity["departement"]) == ("Projet Nordcloud", "Saint-Quentin", "02")
    assert entity["location_precision"] == "commune_centroid" and entity["location_source"] == "insee-cog-2024-communes"
    assert 49.8 < entity["lat"] < 49.9 and 3.2 < entity["lon"] < 3.35  # Saint-Quentin's centre

    _widget(at, "selectbox", "-type").set_value("battery").run()
    assert yaml.safe_load(at.code[0].value)["entities"][0]["project_type"] == "battery"


def test_an_unplaced_new_site_is_said_in_french_until_its_commune_is_picked(page):  # noqa: F811
    at = fill(page(), text=NO_COMMUNE)
    commune = _widget(at, "selectbox", "-commune")
    assert commune.value is None  # no commune named: none suggested
    assert not any("passe la validation" in s.value for s in at.success)
    [table] = [d.value for d in at.dataframe if "Raison" in d.value.columns]
    assert list(table["Champ"]) == ["commune"]
    [reason] = list(table["Raison"])
    assert reason.startswith("Le nouveau site « Projet Nordcloud » n'a pas de commune")
    assert "missing" not in reason and "needs" not in reason  # the checker's English stays off the page

    commune.set_value(next(i for i, label in enumerate(commune.options) if label == "Amiens (80)")).run()
    assert any("passe la validation" in s.value for s in at.success)
    [entity] = yaml.safe_load(at.code[0].value)["entities"]
    assert (entity["commune"], entity["departement"]) == ("Amiens", "80")


def test_the_new_site_form_and_its_problem_speak_english(page):  # noqa: F811
    at = fill(page(lang="en"), text=NO_COMMUNE)
    assert _widget(at, "selectbox", "-commune").label == "Commune of “Projet Nordcloud”"
    [table] = [d.value for d in at.dataframe if "Reason" in d.value.columns]
    assert list(table["Reason"])[0].startswith("The new site “Projet Nordcloud” has no commune")


def test_without_a_communes_list_the_page_says_a_new_site_cannot_be_placed_here(page, monkeypatch, tmp_path):  # noqa: F811
    monkeypatch.setenv("HDF_OPENDATA_REFERENCE_DIR", str(tmp_path / "none"))
    at = fill(page(), text=NO_COMMUNE)
    assert not [w for w in at.selectbox if str(w.key).endswith("-commune")]
    assert any("liste des communes n'est pas là" in w.value for w in at.warning)
    assert any("brouillon" in d.proto.label for d in at.get("download_button"))
