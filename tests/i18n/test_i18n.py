"""Numbers in the reader's format; unknown written as unknown, never 0."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from dashboard.i18n import (
    fmt_date,
    fmt_eur,
    fmt_km,
    fmt_m2,
    fmt_mw,
    fmt_ratio,
    label_status,
    label_type,
    t,
    translations,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "formatter, value, french, english",
    [
        (fmt_eur, 1.5e9, f"1,5{NBSP}Md{NBSP}€", "€1.5bn"),
        (fmt_eur, 16e6, f"16{NBSP}M{NBSP}€", "€16m"),
        (fmt_m2, 26000, f"26{NBSP}000{NBSP}m²", f"26,000{NBSP}m²"),
        (fmt_m2, 830000, f"83{NBSP}ha", f"83{NBSP}ha"),
        (fmt_ratio, 0.8, f"80{NBSP}%", "80%"),
        (fmt_mw, 5460, f"5{NBSP}460{NBSP}MW", f"5,460{NBSP}MW"),
        (fmt_km, 12.345, f"12,3{NBSP}km", f"12.3{NBSP}km"),
    ],
)
def test_numbers_in_the_readers_format(formatter, value, french, english):
    assert formatter(value, "fr").replace("\u202f", NBSP) == french
    assert formatter(value, "en") == english


@pytest.mark.parametrize("formatter", [fmt_eur, fmt_m2, fmt_ratio, fmt_mw, fmt_km])
@pytest.mark.parametrize("unknown", [None, float("nan"), ""])
def test_unknown_is_written_as_unknown(formatter, unknown):
    assert formatter(unknown, "fr") == "inconnu"
    assert formatter(unknown, "en") == "unknown"


def test_approximate_values_are_marked():
    assert fmt_eur(1e7, "fr", approximate=True).startswith("≈\u202f")
    assert not fmt_eur(1e7, "fr").startswith("≈")


def test_partial_dates_keep_their_precision():
    assert fmt_date("2025", "fr") == "2025"
    assert fmt_date("2025-09", "fr") == "septembre 2025"
    assert fmt_date("2025-09", "en") == "September 2025"
    assert fmt_date(dt.date(2026, 2, 12), "fr") == "12 février 2026"
    assert fmt_date("", "en") == "unknown"


def test_labels_and_fallback_to_french():
    assert label_type("data_center", "fr") == "Centre de données"
    assert label_type("data_center", "en") == "Data centre"
    assert label_status("abandoned", "en") == "Abandoned"
    assert t("filters", "de") == "Filtres"  # unknown language -> French


def test_namespaced_words_and_their_placeholders(monkeypatch):
    import dashboard.i18n as i18n

    monkeypatch.setitem(i18n._TABLES, "sample", {"fr": {"k": "{n} sites", "only_fr": "seul"}, "en": {"k": "{n} sites!"}})
    assert t("sample.k", "en", n=3) == "3 sites!"
    assert t("siting_page.col_rank", "en") == "Rank"  # a table of dashboard/i18n/text/


def test_a_missing_word_is_an_error_under_test_and_plain_words_for_a_reader(monkeypatch):
    import dashboard.i18n as i18n

    monkeypatch.setitem(i18n._TABLES, "sample", {"fr": {"only_fr": "seul"}, "en": {}})
    for key, lang in (("sample.only_fr", "en"), ("sample.excluded_because", "fr"), ("no_such_namespace.word", "fr")):
        with pytest.raises(i18n.MissingTranslation, match=repr(key)):
            t(key, lang)
    monkeypatch.setenv("HDF_STRICT_I18N", "0")  # as the app runs for readers
    assert t("sample.only_fr", "en") == "seul"  # the French word
    assert t("sample.excluded_because", "fr") == "excluded because"  # never a raw key
    assert t("no_such_namespace.word", "fr") == "word"
    assert translations("map.title") == {"fr": t("map.title", "fr"), "en": t("map.title", "en")}


@pytest.mark.parametrize("value, fr, en", [
    (None, "à une date inconnue", "at an unknown date"),
    ("2025", "en 2025", "in 2025"),
    ("2025-09", "en septembre 2025", "in September 2025"),
    ("2026-06-02", "le 2 juin 2026", "on 2 June 2026"),
])
def test_a_date_as_a_complement_is_contracted_in_words(value, fr, en):
    from dashboard.i18n import fmt_on_date

    assert fmt_on_date(value, "fr") == fr and fmt_on_date(value, "en") == en


@pytest.mark.parametrize("value, fr, en", [
    ("2026-06-02", "données arrêtées le 2 juin 2026", "data as of 2 June 2026"),
    ("2025-09", "données arrêtées en septembre 2025", "data as of September 2025"),
    ("2025-04", "données arrêtées en avril 2025", "data as of April 2025"),
    ("2025", "données arrêtées en 2025", "data as of 2025"),
    (None, "données arrêtées à une date inconnue", "data as of an unknown date"),
    ("", "données arrêtées à une date inconnue", "data as of an unknown date"),
])
def test_the_data_date_reads_at_its_precision(value, fr, en):
    from dashboard.i18n import fmt_data_as_of

    assert fmt_data_as_of(value, "fr") == fr and fmt_data_as_of(value, "en") == en
    assert " au " not in fmt_data_as_of(value, "fr")


def test_first_upper_keeps_the_rest_as_written():
    from dashboard.i18n import first_upper

    assert first_upper("data as of 2 June 2026") == "Data as of 2 June 2026" and first_upper("") == ""


@pytest.mark.parametrize(
    "written, typeset",
    [
        ("Sources : {items} ; voir aussi", "Sources\u00a0: {items}\u00a0; voir aussi"),
        ("Pourquoi ?", "Pourquoi\u00a0?"),
        ("Attention!", "Attention\u00a0!"),
        ("https://example.org/a:b", "https://example.org/a:b"),  # not a sign ending a word
        ("10:30", "10:30"),
    ],
)
def test_french_tables_put_a_no_break_space_before_double_signs(written, typeset):
    from dashboard.i18n import french_typography

    assert french_typography(written) == typeset


def test_the_tables_as_loaded_are_typeset_and_the_values_untouched():
    # The table's words get the no-break space; a value put in (a source's title) stays as written.
    assert t("ajouter_page.found", "fr", n=2).startswith("2 chiffres trouvés.")
    assert t("watch.option", "fr", date="5 mai 2026", publisher="P", title="Béthune : X (1 fois)", n="3") \
        == "5 mai 2026 — P — Béthune : X (1 fois) (3 chiffres)"


@pytest.mark.parametrize(
    "n, french, english",
    [
        (0, "0 chiffre trouvé", "0 figures found"),
        (1, "1 chiffre trouvé", "1 figure found"),
        (2, "2 chiffres trouvés", "2 figures found"),
        (np.int64(1), "1 chiffre trouvé", "1 figure found"),  # a count straight from pandas
        ("1\u202f000", "1\u202f000 chiffres trouvés", "1\u202f000 figures found"),  # already fmt_number's
        ("1", "1 chiffre trouvé", "1 figure found"),
    ],
)
def test_plural_marks_follow_the_count_by_each_languages_rule(n, french, english):
    assert t("ajouter_page.found", "fr", n=n).startswith(french)
    assert t("ajouter_page.found", "en", n=n).startswith(english)


def test_list_separator_is_typeset_in_french():
    from dashboard.i18n import list_separator

    assert list_separator("fr") == "\u00a0; " and list_separator("en") == "; "
