"""/ajouter's « À examiner (N) » tab in AppTest: the news watch's queued articles, newest first,
reviewed as a pasted article; saving the seed marks the article accepted (the same writer as the
paste flow), dismissing records why; an empty queue says so and when the watch last ran."""

from __future__ import annotations

import pytest

from dashboard.data import newswatch
from dashboard.i18n.escape import escape_markdown
from tests.fixtures import queue_article
from tests.ui.pages.test_ajouter_page import page, seeds  # noqa: F401  (fixtures)

@pytest.fixture
def queue(seeds):  # noqa: F811
    folder = seeds.parent / "watch"
    queue_article(folder, "older", "Béthune : le projet grandit", "2026-11-20")
    queue_article(folder, "newer", "Béthune : Azur Datacenter agrandit son projet", "2026-12-05")
    return folder


def test_the_tab_lists_the_queue_newest_first_and_reviews_an_article_as_a_paste(page, queue):  # noqa: F811
    at = page()
    assert [tab.label for tab in at.tabs] == ["Coller un article", "À examiner (2)"]
    [pick] = [s for s in at.selectbox if s.key == "watch-pick"]
    assert pick.options[0].startswith("5 décembre 2026 — La Gazette du Test — Béthune : Azur")  # the title as written
    assert any("Dernière veille\u00a0: 6 décembre 2026 (6 flux lus sur 7, 2 articles ajoutés)" in c.value for c in at.caption)
    assert any("passe la validation" in s.value for s in at.success)
    [code] = [c for c in at.code if "news.example.org/newer" in c.value]  # the newest article's seed
    assert "300 MW" in code.value and "La Gazette du Test" in code.value
    assert sum("Télécharger" in d.proto.label for d in at.get("download_button")) == 1


def test_saving_the_seed_marks_the_article_accepted(page, queue, seeds, monkeypatch):  # noqa: F811
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    at = page()
    [save] = [b for b in at.button if b.key == "watch-save"]
    before = {p.name for p in seeds.iterdir()}
    save.click().run()
    [added] = {p.name for p in seeds.iterdir()} - before
    assert "https://news.example.org/newer" in (seeds / added).read_text(encoding="utf-8")
    [accepted] = [a for a in newswatch.queued(queue) if a.id == "newer"]
    assert (accepted.status, accepted.seed_file) == (newswatch.ACCEPTED, added)
    assert [a.id for a in newswatch.pending(queue)] == ["older"]


def test_dismissing_records_why(page, queue):  # noqa: F811
    at = page()
    [form_select] = [s for s in at.selectbox if s.label == "Pourquoi\u00a0?"]
    form_select.select("elsewhere")
    [submit] = [b for b in at.button if "Écarter" in b.label]
    submit.click().run()
    [dismissed] = [a for a in newswatch.queued(queue) if a.id == "newer"]
    assert (dismissed.status, dismissed.reason) == (newswatch.DISMISSED, "hors de la région")
    assert [a.id for a in newswatch.pending(queue)] == ["older"]
    assert any("Article écarté\u00a0: hors de la région" in m.value for m in at.success)


def test_an_empty_queue_says_so(page):  # noqa: F811
    at = page()
    assert [tab.label for tab in at.tabs] == ["Coller un article", "À examiner (0)"]
    assert any("Aucun article en attente" in i.value for i in at.info)
    assert any("n'a jamais tourné" in c.value for c in at.caption)


def test_downloading_the_seed_with_saving_off_marks_the_article_accepted_not_saved(page, queue, monkeypatch):  # noqa: F811
    monkeypatch.delenv("HDF_INTAKE_WRITABLE_SEEDS", raising=False)
    at = page()
    assert not [b for b in at.button if b.key == "watch-save"]  # saving is off: the download is the acceptance
    [download] = [d for d in at.download_button if d.key == "watch-download"]
    download.click().run()
    [accepted] = [a for a in newswatch.queued(queue) if a.id == "newer"]
    assert (accepted.status, accepted.reason) == (newswatch.ACCEPTED, newswatch.NOT_SAVED)
    assert accepted.seed_file.endswith(".yaml") and accepted.decided
    assert [a.id for a in newswatch.pending(queue)] == ["older"]  # it leaves the review list…
    assert [tab.label for tab in at.tabs] == ["Coller un article", "À examiner (1)"]  # …and its count
    [said] = [s.value for s in at.success if "Article accepté" in s.value]
    assert "non enregistré" in said and escape_markdown(accepted.seed_file) in said


def test_downloading_a_draft_that_fails_validation_accepts_nothing(page, seeds, monkeypatch):  # noqa: F811
    monkeypatch.delenv("HDF_INTAKE_WRITABLE_SEEDS", raising=False)
    folder = seeds.parent / "watch"
    queue_article(folder, "nameless", "Béthune : Azur Datacenter agrandit son projet", "2026-12-05", publisher="")
    at = page()
    [download] = [d for d in at.download_button if d.key == "watch-download"]
    assert "brouillon" in download.proto.label  # a seed without its publisher fails validation
    download.click().run()
    assert [a.id for a in newswatch.pending(folder)] == ["nameless"]
