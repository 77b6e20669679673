"""The French page checker (tests/frenchcheck.py) finds what it is meant to find, and only that."""

import pytest

from tests.frenchcheck import french_problems

CLEAN = ("Sources\u00a0: RTE (ODRÉ, Licence Ouverte 2.0)\u00a0; INSEE; La Poste. Données à une date inconnue, "
         "en septembre 2025, le 2 juin 2026. 10,5\u00a0km, 1\u202f234 sites, 2 projets chiffrés. "
         "« huit » https://example.org/a.b/2024-01-02 fichier postes-2024.csv")


def test_a_clean_french_text_has_no_problem():
    assert french_problems(CLEAN) == []


@pytest.mark.parametrize("text, kind", [
    ("Tout sélectionner ou Select all", "English word"),
    ("Glissez ici — Upload", "English word"),
    ("bouton primary", "English word"),
    ("rang None", "English word"),
    ("valeur nan", "English word"),
    ("(Horizon Actu, au inconnu)", "contraction"),
    ("valeur écrite au septembre 2025", "contraction"),
    ("puissance 60.00 MW", "decimal point"),
    ("distance 10.5 km", "decimal point"),
    ("fichier du 2026-03-01", "ISO date"),
    ("Sources : RTE", "no-break space"),
    ("10 M € (Horizon Actu); 20 M €", "no-break space"),
    ("12 projet(s) chiffré(s)", "plural rule"),
    ("Le Monde (text reproduced on jeunediplome.net)", "English word"),
    ("Pôlénergie (relaying RTE)", "English word"),
    ("Poste le plus proche\u00a0: WEPPES 400 kV substation", "English word"),
    ("Licence © Reuters (facts only)", "English word"),
    ("Opérateur SoftBank Group (with Schneider Electric)", "English word"),
    ("Agence France-Presse, [La Gazette article – what became of the Bridgestone employees and site], 2023",
     "our description in English"),
    ("Grid Readiness, [Grid Readiness blog post – Nebius at Béthune], 2025", "our description in English"),
])
def test_each_problem_is_found(text, kind):
    problems = french_problems(text)
    assert problems and all(kind in p for p in problems), problems


def test_our_french_description_in_brackets_and_a_real_title_in_brackets_pass():
    assert french_problems("[Dépêche Reuters sur Boursorama\u00a0: Nebius va ouvrir un data center IA à Béthune]") == []
    assert french_problems("[The AI Insider, 1er juin 2026\u00a0: le projet de data center IA de SoftBank]") == []
    assert french_problems("[Infographies] La production d'électricité renouvelable dépasse 30\u00a0%") == []
