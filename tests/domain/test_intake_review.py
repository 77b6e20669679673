"""What /ajouter shows of an extraction (dashboard.domain.intake.review): text from a paste or an
upload (HTML tags stripped, binary refused), size limits, values in the reader's format, and the
highlighted sentence with every character of the article escaped."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.domain.intake import extract_facts
from dashboard.domain.intake.review import (
    MAX_CHARS,
    UnreadableInput,
    checked_text,
    entity_options,
    format_normalized,
    highlighted_sentence,
    html_to_text,
    review_table,
    text_of_upload,
)
from tests.fixtures import sample_dataset

PUBLISHED = dt.date(2026, 3, 10)


def test_html_keeps_the_visible_text_only():
    page = ("<html><head><title>T</title><style>p{color:red}</style></head><body><h1>Béthune</h1>"
            "<p>Le data center aura <b>240&nbsp;MW</b>.</p><script>alert('x')</script><p>Fin.</p></body></html>")
    assert html_to_text(page) == "Béthune\nLe data center aura 240 MW.\nFin."  # inline tags do not cut a sentence


def test_uploads_are_decoded_and_html_is_stripped():
    assert text_of_upload("Le data center aura 240 MW.".encode(), "a.txt") == "Le data center aura 240 MW."
    assert text_of_upload(b"\xef\xbb\xbf<p>240 MW</p>", "a.html") == "240 MW"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\xff\xfe\xfd\xfc" * 10, bytes(range(1, 32)) * 4])
def test_binary_uploads_are_refused(data):
    with pytest.raises(UnreadableInput) as refused:
        text_of_upload(data, "photo.txt")
    assert refused.value.reason == "binary" and refused.value.detail == "photo.txt"


def test_empty_and_oversized_texts_are_refused():
    with pytest.raises(UnreadableInput, match="empty"):
        checked_text("  \n ")
    with pytest.raises(UnreadableInput) as refused:
        checked_text("x" * (MAX_CHARS + 1))
    assert refused.value.reason == "too_long" and refused.value.detail == "100 001"
    assert checked_text("240 MW") == "240 MW"


def test_values_are_shown_in_the_readers_format():
    dataset = sample_dataset()
    text = ("À Béthune, Azur investira entre 30 et 35 milliards d'euros pour 240 MW, avec une mise en service "
            "prévue fin 2027.")
    candidates = {c.attribute: c for c in extract_facts(text, lang="fr", published=PUBLISHED, dataset=dataset)}
    assert format_normalized(candidates["investment"], "fr").replace("\u00a0", " ") == "30–35 Md €"  # a range
    assert format_normalized(candidates["power"], "fr") == "240\u00a0MW"
    assert format_normalized(candidates["power"], "en") == "240\u00a0MW"
    assert format_normalized(candidates["commissioning"], "fr") == "septembre 2027 – décembre 2027"
    table = review_table(list(candidates.values()), "fr")
    assert list(table["entity"]) == ["dc-bethune"] * 3 and table["keep"].all()
    options = entity_options(dataset.sites)
    assert list(options)[0] == "new" and "ss-warande" not in options  # substations are not offered


def test_the_highlighted_sentence_escapes_the_article():
    text = "[Cliquez](javascript:alert(1)) <b>Azur</b> :red[prévoit] **240 MW** à Béthune."
    [candidate] = extract_facts(text, lang="fr", published=PUBLISHED, dataset=sample_dataset())
    shown = highlighted_sentence(candidate)
    assert ":orange-background[**240 MW**]" in shown.replace("\\", "")  # our markup around the value
    assert "](javascript" not in shown and "<b>" not in shown and ":red[" not in shown
    assert "&lt;b&gt;" in shown


def test_an_upload_over_the_limit_is_refused_by_name_before_it_is_decoded():
    from dashboard.domain.intake.review import MAX_UPLOAD_MB, text_of_upload

    with pytest.raises(UnreadableInput) as refused:
        text_of_upload(b"a" * (MAX_UPLOAD_MB * 1_000_000 + 1), "grand.html")
    assert (refused.value.reason, refused.value.detail) == ("upload_too_big", "grand.html")
    assert text_of_upload(b"300 MW", "petit.txt") == "300 MW"


def test_prepared_text_cleans_and_checks_the_limit_after_cleaning():
    from dashboard.domain.intake.review import prepared_text

    cleaned = prepared_text("2\u20604\u20600 MW")
    assert (cleaned.text, cleaned.removed) == ("240 MW", (("\u2060", 2),))
    with pytest.raises(UnreadableInput) as refused:  # one character NFKC writes as 18
        prepared_text("\ufdfa" * (MAX_CHARS // 10))
    assert refused.value.reason == "too_long"
    with pytest.raises(UnreadableInput, match="empty"):
        prepared_text("\u200b\u200b \u2060")


def test_each_highlighted_sentence_carries_its_sentence_not_the_whole_paste():
    from dashboard.domain.intake import rules
    from dashboard.domain.intake.review import highlighted_sentence

    text = "Le campus prévoit " + ", ".join(f"{100 + i} MW" for i in range(8000)) + "."  # 100 000 characters, one "sentence"
    candidates = extract_facts(text, lang="fr")
    assert len(candidates) == 8000
    longest = max(len(highlighted_sentence(c)) for c in candidates)
    assert longest <= 2 * rules.MAX_SENTENCE + 40  # every character escaped at most once, plus the highlight
    assert all(c.sentence in text and c.value in c.sentence for c in candidates)
