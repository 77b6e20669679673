"""dashboard.domain.communes: which commune a typed place names (the geocoder's offline half)."""

from __future__ import annotations

import pytest

from dashboard.domain.communes import close_communes, find_commune
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
