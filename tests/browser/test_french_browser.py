"""Every page rendered in French reads as French (tests/frenchcheck.py: no English UI word, no
None/nan, no "au inconnu", no decimal point, no ISO date, no-break spaces before ; : ! ?, plural
rules instead of "(s)"); every page in English shows none of the French UI words.

The sources' own titles are quoted as written (some in English, some with a plain space before a
colon): they are data, not the page's words, and are taken out of the text before the check; our
description of a source whose title is unknown is ours, in the reader's language, and is checked."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from dashboard.data.build import build_dataset
from tests import devserver
from tests.frenchcheck import french_problems

PAGES_DIR = Path(__file__).resolve().parents[2] / "dashboard" / "ui" / "pages"
PAGES = ["/", "/map", "/occupancy", "/investment", "/puissance", "/data", "/siting", "/site?id=escaudain-dc",
         "/site?id=ex-bridgestone-bethune", "/ajouter"]
PRESENT = [p for p in PAGES if (PAGES_DIR / f"{p.split('?')[0].strip('/') or 'overview'}.py").is_file()]
# French UI words an English page must not show (none of them is in a site's or a source's name).
FRENCH_WORDS = ("Filtres", "Aucun filtre", "inconnu", "Télécharger", "Sources\u00a0:", "Sources :",
                "données arrêtées", "projet(s)", "non vérifié", "à une date", "Carte des", "Réglages",
                # our words around a source's own (issue 24: i18n.names): a substation's prefix, a
                # publisher's note
                "Poste 400 kV", "texte reproduit", "relayant", "citant", "portail de données ouvertes",
                # our description of a source whose title is unknown (i18n.names.title_label)
                "[Dépêche", "[Article de", "[Brève", "[Reportage",
                # our French names of sites (seeds' `name_en` on English pages)
                "Centrale nucléaire", "(abandonné)", "Ancien site", "usine de recyclage")


@cache
def quoted_data() -> tuple[str, ...]:
    """The sources' titles, publishers and values as written, longest first (a publisher's
    name as written: our note after it, in the reader's language, stays in the text checked; so
    does our bracketed description of a source whose title is unknown)."""
    dataset = build_dataset(warn=lambda *_: None)
    texts = set()
    # the facts' words as written only: our paraphrases (quoted: false) are ours, checked as the page's
    quoted = dataset.facts[dataset.facts["quoted"].fillna(True).astype(bool)]
    for table, columns in ((dataset.sources, ("title_as_written", "publisher_as_written")), (quoted, ("raw_value",))):
        for column in columns:
            if column in table:
                texts.update(str(v) for v in table[column].dropna() if len(str(v)) > 3)
    return tuple(sorted(texts, key=len, reverse=True))


def page_words(page) -> str:
    """The page's visible text without the sources' own words."""
    devserver.wait_for_settled(page, timeout_ms=1000)  # the last fragments (tables, captions) after the run's end
    text = page.locator('[data-testid="stMain"]').inner_text()
    text = text.replace("\u202f", "\u00a0")
    for quoted in quoted_data():
        text = text.replace(quoted, " ")
    return text


@pytest.mark.parametrize("path", PRESENT)
def test_every_page_reads_as_french(open_page, shoot, path):
    page = open_page(path)
    problems = french_problems(page_words(page))
    shoot(f"french-{path.strip('/').replace('?', '-') or 'overview'}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("path", PRESENT)
def test_english_pages_have_no_french_ui_words(open_page, path):
    page = open_page(path + ("&" if "?" in path else "?") + "lang=en")
    text = page_words(page)
    found = [word for word in FRENCH_WORDS if word in text]
    assert found == [], found
