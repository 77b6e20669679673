"""Issue 25 (3, 4): the article's text made plain before it is read. A figure whose digits an
invisible character splits is read whole (never "0"), what was removed is listed, and the text
is otherwise the same (NFKC only)."""

from __future__ import annotations

import pytest

from dashboard.domain.intake import extract_facts, scan
from dashboard.domain.intake.cleaning import clean_article, describe
from tests.fixtures import sample_dataset

ZWSP, WJ, SHY, ZWJ, ZWNJ, BOM, LRM, RLO, PDF, LRI, PDI = (
    "\u200b", "\u2060", "\u00ad", "\u200d", "\u200c", "\ufeff", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069")
INVISIBLE = {"ZWSP": ZWSP, "WJ": WJ, "SHY": SHY, "ZWJ": ZWJ, "ZWNJ": ZWNJ, "BOM": BOM, "LRM": LRM, "RLO": RLO,
             "LRI": LRI, "CGJ": "\u034f", "VS16": "\ufe0f", "HANGUL_FILLER": "\u3164", "NUL": "\x00"}


def split(text: str, char: str) -> str:
    """Every digit of `text` followed by `char`."""
    return "".join(c + char if c.isdigit() else c for c in text)


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
@pytest.mark.parametrize(("written", "unit", "value"), [
    ("1500 millions d'euros", "EUR", 1.5e9), ("240 MW", "MW", 240.0), ("1 500 emplois", "jobs", 1500.0)])
def test_a_figure_split_by_an_invisible_character_is_read_whole(char, written, unit, value):
    text = f"Azur Datacenter investit à Béthune : le data center aura {split(written, char)} à terme."
    found = scan(text, lang="fr")
    assert [(c.normalized.unit, c.normalized.value) for c in found.candidates if c.normalized] == [(unit, value)]
    assert not any(c.normalized.value == 0 for c in found.candidates if c.normalized)
    assert found.removed and found.removed[0][0] == char


@pytest.mark.parametrize("text", [
    f"{RLO}300 MW{PDF} pour le campus", f"{LRI}300{PDI} MW pour le campus", f"3{SHY}0{ZWJ}0 MW pour le campus",
    f"{BOM}300 MW pour le campus", "３００ MW pour le campus", "300\u2009MW pour le campus", "3\u03010\u03010 MW pour le campus"])
def test_bidi_controls_full_width_digits_and_marks_read_as_plain_digits(text):
    [candidate] = extract_facts(text, lang="fr")
    assert candidate.normalized.value == 300.0 and candidate.value == "300 MW"


def test_what_was_removed_is_listed_with_counts_and_names():
    cleaned = clean_article(f"1{ZWSP}5{ZWSP}0{ZWSP}0 MW et 2{SHY}4 ha")
    assert cleaned.text == "1500 MW et 24 ha"
    assert cleaned.removed == ((ZWSP, 3), (SHY, 1))
    assert describe(cleaned.removed) == "U+200B ZERO WIDTH SPACE × 3, U+00AD SOFT HYPHEN × 1"
    assert describe(cleaned.removed, names=False) == "U+200B × 3, U+00AD × 1"


def test_line_separators_become_line_breaks_and_plain_text_is_unchanged():
    assert clean_article("Titre\u2028Corps\u2029Fin\x85.").text == "Titre\nCorps\nFin\n."
    plain = "Azur Datacenter : 300 MW, 1,8 milliard d'euros.\nLigne deux."
    assert clean_article(plain) == clean_article(plain) and clean_article(plain).text == plain
    accented = "Béthune, Loon-Plage, « 20 000 m² », œuvre"
    # NFKC, but a unit's superscript stays as written: the value reads « m² » as the article does.
    assert clean_article(accented).text == "Béthune, Loon-Plage, « 20 000 m² », œuvre"
    assert clean_article(clean_article(accented).text).removed == ()  # idempotent


def test_a_value_in_square_metres_is_kept_as_written_after_cleaning():
    [candidate] = extract_facts(f"Le bâtiment de 26{ZWSP} 000 m² accueillera le data center.", lang="fr")
    assert candidate.value == "26 000 m²" and candidate.normalized.value == 26_000


def test_names_split_by_invisible_characters_still_name_the_site():
    dataset = sample_dataset()
    name = dataset.sites.loc[dataset.sites["project_type"] == "data_center", "name"].iloc[0]
    plain = extract_facts(f"{name} : 300 MW.", lang="fr", dataset=dataset)
    hidden = extract_facts(f"{split(name, ZWSP).replace(' ', ' ' + ZWJ)} : 300 MW.", lang="fr", dataset=dataset)
    assert [c.entity_id for c in hidden] == [c.entity_id for c in plain]
