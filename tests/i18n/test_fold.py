"""dashboard.i18n.fold: the one accent/case fold and slug of the package."""

from __future__ import annotations

import pytest

from dashboard.i18n.fold import fold, slug


@pytest.mark.parametrize("text, folded", [
    ("Évry-Cœur", "evry-coeur"),
    ("BÉTHUNE", "bethune"),
    ("Ærø", "aerø"),  # ø is a letter of its own, not an o with a mark
    ("Straße", "strasse"),
    ("ǅ", "dz"),  # a compatibility character decomposed, its caron dropped
    (62, "62"),
])
def test_fold_removes_accents_and_case(text, folded):
    assert fold(text) == folded


def test_slug_is_ascii_words_joined_by_hyphens_and_cut_at_a_word():
    assert slug("La Voix du Nord — 2026-02-12") == "la-voix-du-nord-2026-02-12"
    assert slug("Œuvre d'Été (62)") == "oeuvre-d-ete-62"
    assert slug("Saint-Omer, Pas-de-Calais", limit=10) == "saint-omer"  # no trailing hyphen after the cut
    assert slug("!!!") == "" and slug("") == ""
