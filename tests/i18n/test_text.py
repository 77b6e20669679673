"""dashboard/i18n/text: every table listed and loaded at start-up, French and English with the same
words and the same {placeholders}, and a missing table or word failing by name."""

from __future__ import annotations

import string

import pytest

import dashboard.i18n as i18n
from dashboard.config import REPO_ROOT
from dashboard.i18n.text import NAMESPACES

TEXT_DIR = REPO_ROOT / "dashboard" / "i18n" / "text"


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_the_list_of_namespaces_is_the_folder():
    assert sorted(NAMESPACES) == sorted(p.stem for p in TEXT_DIR.glob("*.py") if p.stem != "__init__")
    assert len(set(NAMESPACES)) == len(NAMESPACES)


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_french_and_english_have_the_same_words_and_placeholders(namespace):
    table = i18n._TABLES[namespace]
    fr, en = table["fr"], table["en"]
    assert sorted(set(fr) - set(en)) == [], f"{namespace}: French only"
    assert sorted(set(en) - set(fr)) == [], f"{namespace}: English only"
    differ = {key: (_placeholders(fr[key]), _placeholders(en[key])) for key in fr
              if _placeholders(fr[key]) != _placeholders(en[key])}
    assert differ == {}, f"{namespace}: placeholders differ"


def test_a_missing_table_stops_the_start_by_name(monkeypatch):
    monkeypatch.setattr(i18n, "NAMESPACES", (*NAMESPACES, "gone_page"))
    with pytest.raises(ModuleNotFoundError, match="dashboard.i18n.text.gone_page"):
        i18n._load_tables()


def test_a_table_without_english_stops_the_start_by_name(monkeypatch):
    import dashboard.i18n.text.geocode as geocode_text

    monkeypatch.setattr(geocode_text, "TEXT", {"fr": dict(geocode_text.TEXT["fr"])})
    with pytest.raises(ImportError, match=r"dashboard\.i18n\.text\.geocode: TEXT must be a table per language"):
        i18n._load_tables()


def test_a_removed_word_fails_where_it_is_used_by_name(monkeypatch):
    from dashboard.data.geocode import GeocodeError

    without = {lang: {k: v for k, v in words.items() if k != "error_timeout"}
               for lang, words in i18n._TABLES["geocode"].items()}
    monkeypatch.setitem(i18n._TABLES, "geocode", without)
    with pytest.raises(i18n.MissingTranslation, match="'geocode.error_timeout'"):
        GeocodeError("timeout", "Lille").message("en")
