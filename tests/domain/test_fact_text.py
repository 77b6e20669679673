"""domain.fact_text: a fact's value in the reader's format, and the words a table shows for it: the
source's when quoted, our paraphrase never (its value in the reader's format instead)."""

from __future__ import annotations

import math

import pytest

from dashboard.domain.fact_text import fact_words, format_value
from dashboard.i18n.names import quoted_words

# Our paraphrase of a French article, jotted down in English (seed 070: ACC's jobs).
ABOUT_2000_JOBS = {"raw_value": "about 2 000 jobs", "value": 2000.0, "value_low": 2000.0, "value_high": 2000.0,
                   "qualifier": "approx", "approximate": True, "unit": "jobs"}


@pytest.mark.parametrize("lang, shown", [("fr", "≈\u202f2\u202f000"), ("en", "≈\u00a02,000")])
def test_a_paraphrase_shows_its_value_in_the_reader_format_never_our_words(lang, shown):
    assert fact_words("jobs", ABOUT_2000_JOBS, False, lang) == shown
    assert format_value("jobs", ABOUT_2000_JOBS, lang) == shown


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_source_words_are_shown_as_written_in_both_languages(lang):
    fact = {**ABOUT_2000_JOBS, "raw_value": "près de 2000 emplois"}
    assert fact_words("jobs", fact, True, lang) == "près de 2000 emplois"


def test_a_status_keyword_is_a_status_in_the_reader_language():
    fact = {"raw_value": "operational"}
    assert fact_words("status", fact, True, "fr") == "En service"
    assert fact_words("status", fact, False, "en") == "Operational"


def test_a_paraphrased_date_reads_as_a_date_in_words():
    fact = {"raw_value": "2023-05-30", "period_start": "2023-05-30", "period_end": "2023-05-30"}
    assert fact_words("commissioning", fact, False, "fr") == "30 mai 2023"


def test_quotation_marks_follow_the_reader_language():
    assert quoted_words("1,5 milliard d'euros", "fr") == "« 1,5 milliard d'euros »"
    assert quoted_words("up to 700 MW", "en") == "“up to 700 MW”"
    assert quoted_words(math.nan, "fr") == "" and quoted_words(None, "en") == ""
