"""/ajouter in a real browser: paste an article, untick a row and edit a value in the review table,
download the seed and find the edits in it; a text without figures shows the explicit empty state;
a queued article's seed downloaded with saving off marks it accepted (« À examiner » empties)."""

from __future__ import annotations

import shutil

import pytest
import yaml

from dashboard.data import newswatch
from tests.devserver import exception_count, main_text, wait_for_app
from tests.fixtures import queue_article

ARTICLE = (
    "Béthune : Azur Datacenter agrandit son projet\n"
    "Sur l'ancien site Bridgestone, Azur Datacenter portera la puissance de son data center à 300 MW. "
    "La mise en service est désormais prévue fin 2027, pour 1,8 milliard d'euros."
)
NO_FIGURES = "Le maire de Béthune a reçu les porteurs du projet pour en discuter, sans rien annoncer."
ROW_HEIGHT = 35  # Streamlit's data grid: header and rows


def fill(page, text: str) -> None:
    for label, value in (("Adresse (URL)", "https://example.org/article"), ("Éditeur", "La Voix du Test"),
                         ("Date de publication", "2026-03-10")):
        box = page.get_by_role("textbox", name=label)
        box.fill(value)
        box.press("Tab")
        wait_for_app(page)
    page.get_by_label("Texte de l'article").fill(text)
    page.keyboard.press("Control+Enter")
    page.get_by_text("Collez le texte d'un article").wait_for(state="detached")  # the rerun with the text
    wait_for_app(page)


def focus_first_row(page, grid) -> None:
    """Select the first row's index cell (the grid is a canvas: no DOM cells to click)."""
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + ROW_HEIGHT * 1.5)
    page.wait_for_timeout(300)


def assert_clean(page) -> None:
    assert exception_count(page) == 0, main_text(page)[:2000]
    assert "Traceback" not in main_text(page)
    assert page.errors == []


def test_paste_edit_a_row_and_download_the_seed(open_page, shoot, page):
    open_page("/ajouter")
    fill(page, ARTICLE)
    assert "3 chiffres trouvés" in main_text(page)
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for()
    shoot("ajouter-review")

    focus_first_row(page, grid)
    for key in ("ArrowDown", "ArrowRight", "Space"):  # untick "Garder" on the commissioning row
        page.keyboard.press(key)
    page.locator('[data-testid="stCode"]').filter(has_not_text="fin 2027").wait_for()  # the rerun after it
    wait_for_app(page)
    focus_first_row(page, grid)
    for key in ("ArrowRight", "ArrowRight", "ArrowRight"):  # the power's value as written
        page.keyboard.press(key)
    page.keyboard.press("Enter")
    editor = page.locator("textarea.gdg-input")  # the cell editor (a loaded machine takes its time to open it)
    editor.fill("310 MW")
    editor.press("Enter")
    page.locator('[data-testid="stCode"]').filter(has_text="310 MW").wait_for()  # the rerun after the edit
    wait_for_app(page)
    assert "fin 2027" not in page.locator('[data-testid="stCode"]').inner_text()
    page.get_by_text("passe la validation").wait_for()

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Télécharger").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".yaml")
    document = yaml.safe_load(open(download.path(), encoding="utf-8"))
    facts = {(f["attribute"], f["value"]) for f in document["facts"]}
    assert facts == {("power", "310 MW"), ("investment", "1,8 milliard d'euros")}
    shoot("ajouter-edited")
    assert_clean(page)


def test_a_text_without_figures_shows_the_empty_state(open_page, shoot, page):
    open_page("/ajouter")
    fill(page, NO_FIGURES)
    assert "Aucun chiffre trouvé dans ce texte" in main_text(page)
    assert page.locator('[data-testid="stDataFrame"]').count() == 0
    assert page.get_by_role("button", name="Télécharger").count() == 0
    shoot("ajouter-empty")
    assert_clean(page)


def test_the_uploader_speaks_french_and_an_oversized_file_gets_a_message(open_page, shoot, page, tmp_path):
    """Streamlit's dropzone words ("Upload", "20MB per file") are replaced; the limit is in the label;
    a file over it (but under the widget's ceiling) reaches the page, which names the limit."""
    from dashboard.domain.intake.review import MAX_UPLOAD_MB

    open_page("/ajouter")
    zone = page.locator(".st-key-intake-file")
    zone.wait_for()
    assert f"{MAX_UPLOAD_MB} Mo au plus" in zone.locator('[data-testid="stWidgetLabel"]').text_content()
    assert not zone.locator('[data-testid="stFileUploaderDropzoneInstructions"]').is_visible()  # "20MB per file"
    assert not zone.get_by_text("Upload", exact=True).is_visible()
    button = zone.locator('[data-testid="stFileUploaderDropzone"] button')
    content = button.evaluate("b => getComputedStyle(b, '::after').content")
    assert content == '"Choisir un fichier"' and button.bounding_box()["width"] > 60
    big = tmp_path / "grand.html"
    big.write_bytes(b"<p>" + b"a" * (MAX_UPLOAD_MB * 1_000_000 + 10) + b"</p>")
    page.locator('.st-key-intake-file input[type="file"]').set_input_files(str(big))
    page.get_by_text("dépasse la limite de").wait_for()
    wait_for_app(page)
    shoot("ajouter-upload-too-big")
    assert_clean(page)


@pytest.fixture
def queued_articles(watch_queue_dir):
    """One article in the served app's review queue, removed after the test."""
    queue_article(watch_queue_dir, "newer", "Béthune : Azur Datacenter agrandit son projet", "2026-12-05")
    yield watch_queue_dir
    shutil.rmtree(watch_queue_dir / "articles")
    (watch_queue_dir / "state.json").unlink()


def test_downloading_a_queued_articles_seed_with_saving_off_accepts_it(open_page, shoot, page, queued_articles):
    open_page("/ajouter")
    page.get_by_role("tab", name="À examiner (1)").click()
    page.get_by_text("passe la validation").wait_for()
    assert "L'enregistrement direct dans seeds/ est désactivé" in main_text(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Télécharger").click()
    download = download_info.value
    document = yaml.safe_load(open(download.path(), encoding="utf-8"))
    assert document["source"]["url"] == "https://news.example.org/newer"
    page.get_by_role("tab", name="À examiner (0)").wait_for()  # the rerun after the download
    wait_for_app(page)
    page.get_by_role("tab", name="À examiner (0)").click()
    page.get_by_text("Aucun article en attente").wait_for()
    assert "non enregistré" in main_text(page)
    [article] = newswatch.queued(queued_articles)
    assert (article.status, article.reason, article.seed_file) == (
        newswatch.ACCEPTED, newswatch.NOT_SAVED, download.suggested_filename)
    shoot("ajouter-queue-accepted")
    assert_clean(page)
