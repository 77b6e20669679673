"""dashboard.domain.communes: which commune a typed place names (the geocoder's offline half)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.domain.communes import close_communes, commune_choices, find_commune, first_commune_named
from tests.fixtures import COMMUNES_FRAME


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Saint-Omer", "62765"),
        ("ST OMER", "62765"),
        ("saint omer", "62765"),
        ("béthune", "62119"),
        ("BETHUNE", "62119"),
        ("12 rue de la Gare, 59000 Lille", "59350"),
        ("Lille, France", "59350"),
        ("Beaumont (02)", "02055"),
        ("Beaumont, 62", "62100"),
        ("80000 Amiens", "80021"),
    ],
)
def test_find_commune_is_accent_case_and_format_insensitive(query, expected):
    row, _ = find_commune(query, COMMUNES_FRAME)
    assert row["insee"] == expected


def test_homonyms_name_the_other_departements():
    row, others = find_commune("Beaumont", COMMUNES_FRAME)
    assert row["insee"] == "02055" and others == ("62",)


def test_find_commune_returns_none_for_unknown():
    assert find_commune("Atlantis", COMMUNES_FRAME) is None


def test_close_communes_suggests_a_misspelt_name():
    assert close_communes("Bethunne", COMMUNES_FRAME) == ["Béthune"]
    assert close_communes("Zzzz", COMMUNES_FRAME) == []


PLACES = pd.concat([COMMUNES_FRAME, pd.DataFrame(
    [("80001", "Rue", "80", 50.27, 1.67), ("59350", "Lille", "59", 50.63, 3.05),  # Lille again: a second postcode
     ("59360", "Loon-Plage", "59", 51.0, 2.22), ("80114", "Bosquel", "80", 49.74, 2.21)],
    columns=COMMUNES_FRAME.columns)], ignore_index=True)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le data center de Béthune ouvrira en 2027.", "62119"),
        ("Rue des Fleurs : un projet à Amiens.", "80021"),  # "Rue" opening a sentence is a word, not the commune
        ("Le projet de Lille, puis Amiens.", "59350"),  # one commune with two postcodes is still one name
        ("Beaumont accueille un campus ; Amiens aussi.", "80021"),  # a name two communes share is skipped
        ("Un campus à Loon-Plage.", "59360"),
        ("Fluidstack au Bosquel ? Non : à Le Bosquel.", "80114"),
        ("Un projet dans la région, sans commune nommée.", None),
    ],
)
def test_first_commune_named_takes_the_first_unambiguous_name(text, expected):
    choices = commune_choices(PLACES)
    found = first_commune_named(text, choices)
    assert (None if found is None else choices.places.iloc[found]["insee"]) == expected


def test_the_choices_are_one_row_per_commune_sorted_with_their_label():
    choices = commune_choices(PLACES)
    assert len(choices.places) == PLACES["insee"].nunique()  # Lille's two postcodes: one choice
    assert list(choices.places["name"]) == sorted(choices.places["name"])
    assert "Lille (59)" in choices.labels and choices.labels.count("Beaumont (62)") == 1
    assert "lille" in choices.unambiguous and "beaumont" not in choices.unambiguous  # two Beaumonts
    assert first_commune_named("Béthune", None) is None and commune_choices(None) is None
