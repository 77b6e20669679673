"""The add-facts page (`/ajouter`) in AppTest: the explicit states (nothing pasted, no figure,
bad input), the review table and highlighted sentences of a pasted article, an edit carried into
the seed, the seed validated and offered, saving only with the setting, English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import repository as data
from dashboard.data.intake_seed import shipped_dataset

APP = Path(__file__).resolve().parents[3] / "dashboard" / "app.py"
ARTICLE = (
    "Béthune : Azur Datacenter agrandit son projet\n"
    "Sur l'ancien site Bridgestone, Azur Datacenter portera la puissance de son data center à 300 MW. "
    "La mise en service est désormais prévue fin 2027, pour 1,8 milliard d'euros."
)
NO_FIGURES = "Le maire de Béthune a reçu les porteurs du projet pour en discuter, sans rien annoncer."


@pytest.fixture
def seeds(shipped_seeds_copy, tmp_path, monkeypatch) -> Path:
    folder = shipped_seeds_copy
    monkeypatch.setenv("HDF_SEEDS_DIR", str(folder))
    monkeypatch.delenv("HDF_INTAKE_WRITABLE_SEEDS", raising=False)
    monkeypatch.setenv("HDF_WATCH_QUEUE", str(tmp_path / "watch"))  # the news watch's queue: empty
    dataset = shipped_dataset(folder)
    monkeypatch.setattr(data, "load_dataset", lambda: (dataset, []))
    return folder


@pytest.fixture
def page(seeds):
    def run(lang: str = "fr", **fields) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=60).run()
        at.query_params.clear()
        at.query_params.update({"lang": lang})
        at.switch_page("ui/pages/ajouter.py").run()
        for key, value in fields.items():
            at.text_input(key=key).input(value) if key != "intake-text" else at.text_area(key=key).input(value)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def fill(at: AppTest, text: str = ARTICLE, published: str = "2026-03-10") -> AppTest:
    at.text_input(key="intake-url").input("https://example.org/article")
    at.text_input(key="intake-publisher").input("La Voix du Test")
    at.text_input(key="intake-published").input(published)
    at.text_area(key="intake-text").input(text)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_page_asks_for_an_article_first(page):
    at = page()
    assert at.title[0].value == "Ajouter des faits"
    assert any("Collez le texte" in i.value for i in at.info)
    assert not at.get("arrow_data_frame") and not at.get("download_button")


def test_a_pasted_article_gives_a_review_table_sentences_and_a_valid_seed(page, seeds):
    at = fill(page())
    assert any("3 chiffres trouvés" in m.value for m in at.markdown)
    highlighted = [m.value for m in at.markdown if ":orange-background[" in m.value]
    assert len(highlighted) == 3 and any("**300 MW**" in h for h in highlighted)
    assert any("passe la validation" in s.value for s in at.success)
    [download] = at.get("download_button")
    assert re.fullmatch(r"Télécharger \d{3}_la-voix-du-test-2026-03-10\.yaml", download.proto.label)
    [code] = at.code
    document = yaml.safe_load(code.value)
    assert {(f["attribute"], f["value"], f["entity"]) for f in document["facts"]} == {
        ("power", "300 MW", "bethune-azur-dc"),
        ("commissioning", "fin 2027", "bethune-azur-dc"),
        ("investment", "1,8 milliard d'euros", "bethune-azur-dc"),
    }
    assert any("HDF_INTAKE_WRITABLE_SEEDS" in c.value for c in at.caption)  # saving is off by default
    assert not [b for b in at.button if b.key == "intake-save"]
    assert sorted(p.name for p in seeds.iterdir()) == sorted(p.name for p in DEFAULT_SEEDS_DIR.iterdir())


def test_a_text_without_figures_shows_the_empty_state(page):
    at = fill(page(), text=NO_FIGURES)
    assert any("Aucun chiffre trouvé" in i.value for i in at.info)
    assert not at.get("download_button")


FILLER = "\nLe conseil municipal a longuement débattu de la circulation et des espaces verts du quartier."


def long_article() -> str:
    """The article and filler past the length the server reads in a child process."""
    from dashboard.data.intake_process import IN_PROCESS_CHARS

    return ARTICLE + FILLER * (IN_PROCESS_CHARS // len(FILLER) + 1)


def test_a_long_article_is_read_in_a_child_process_and_reviewed_the_same(page):
    at = fill(page(), text=long_article())
    assert any("3 chiffres trouvés" in m.value for m in at.markdown)
    assert any("passe la validation" in s.value for s in at.success)


@pytest.mark.parametrize("lang, message", [
    ("fr", "La lecture de cet article a dépassé la limite de 0,05 s et a été arrêtée\u00a0: aucun chiffre n'en est retenu."),
    ("en", "Reading this article went over the 0.05 s limit and was stopped: no figure is kept from it."),
])
def test_a_reading_over_its_time_limit_is_stopped_and_said(page, monkeypatch, lang, message):
    monkeypatch.setenv("HDF_INTAKE_TIME_LIMIT_S", "0.05")  # shorter than the child's start
    at = fill(page(lang=lang), text=long_article())
    assert any(message in e.value for e in at.error), [e.value for e in at.error]
    assert not at.get("arrow_data_frame") and not at.get("download_button") and not at.exception


@pytest.mark.parametrize(
    ("text", "published", "message"),
    [
        ("x" * 5_000_000, "2026-03-10", "fait 5\u202f000\u202f000 caractères\u00a0: la limite est de 100\u202f000"),
        (ARTICLE, "hier", "Date de publication « hier » illisible"),
        ("   \n  ", "2026-03-10", "Collez le texte"),
    ],
    ids=["5-MB-paste", "unparseable-date", "blank-text"],
)
def test_bad_input_gets_a_clear_message(page, text, published, message):
    at = fill(page(), text=text, published=published)
    shown = [e.value for e in (*at.error, *at.warning, *at.info)]
    assert any(message in m for m in shown), shown
    assert not at.get("download_button")


def test_saving_needs_the_setting_and_writes_a_new_file_only(page, seeds, monkeypatch):
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    at = fill(page())
    [save] = [b for b in at.button if b.key == "intake-save"]
    before = set(p.name for p in seeds.iterdir())
    save.click().run()
    added = set(p.name for p in seeds.iterdir()) - before
    assert len(added) == 1 and any("Enregistré" in s.value for s in at.success)
    assert (seeds / added.pop()).read_text(encoding="utf-8").rstrip() == at.code[0].value.rstrip()


def test_the_page_speaks_english(page):
    at = fill(page(lang="en"))
    assert at.title[0].value == "Add facts"
    assert any("3 figures found" in m.value for m in at.markdown)


def test_an_injected_publisher_is_refused_with_its_field_and_adds_no_site(page, seeds, monkeypatch):
    """Issue 25 (1): a publisher with U+2028 and YAML after it; the page names the field, nothing is saved."""
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    at = page()
    at.text_input(key="intake-publisher").input("Pub\u2028entities: [{id: evil-site, name: Evil}]\u2028#")
    at.text_input(key="intake-url").input("https://example.org/article")
    at.text_input(key="intake-published").input("2026-03-10")
    at.text_area(key="intake-text").input(ARTICLE)
    at.run()
    assert not at.exception
    assert not any("inattendue" in e.value for e in at.error)
    assert any("problème" in w.value for w in at.warning) and not any("passe la validation" in s.value for s in at.success)
    [table] = [d.value for d in at.dataframe if "Champ" in d.value.columns]
    assert "éditeur" in set(table["Champ"]) and any("U+2028" in r for r in table["Raison"])
    assert "entities" not in yaml.safe_load(at.code[0].value)
    [save] = [b for b in at.button if b.key == "intake-save"]
    assert save.disabled


def test_saving_the_same_article_twice_says_where_it_already_is(page, seeds, monkeypatch):
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    at = fill(page())
    [save] = [b for b in at.button if b.key == "intake-save"]
    save.click().run()
    at.run()  # the next run sees the saved file
    [saved] = set(p.name for p in seeds.iterdir()) - set(p.name for p in DEFAULT_SEEDS_DIR.iterdir())
    [table] = [d.value for d in at.dataframe if "Raison" in d.value.columns]
    assert any("déjà dans les seeds" in r and saved in r for r in table["Raison"]), list(table["Raison"])
    assert [b for b in at.button if b.key == "intake-save"][0].disabled


def test_invisible_characters_are_removed_said_and_never_read_as_zero(page):
    at = fill(page(), text=ARTICLE.replace("300 MW", "3\u200b0\u200b0 MW").replace("fin 2027", "fin 2\u00ad027"))
    [warning] = [w.value for w in at.warning if "invisibles" in w.value]
    assert "U+200B × 2" in warning and "U+00AD × 1" in warning and "ZERO WIDTH" not in warning  # no English
    document = yaml.safe_load(at.code[0].value)
    assert {(f["attribute"], f["value"]) for f in document["facts"]} >= {("power", "300 MW"), ("commissioning", "fin 2027")}
    highlighted = [m.value for m in at.markdown if ":orange-background[" in m.value]
    assert any("**300 MW**" in h for h in highlighted) and not any("\u200b" in h for h in highlighted)


def test_the_upload_says_its_limit_before_the_upload(page):
    from dashboard.domain.intake.review import MAX_UPLOAD_MB

    for lang, words in (("fr", f"{MAX_UPLOAD_MB} Mo au plus (100\u202f000 caractères"), ("en", f"{MAX_UPLOAD_MB} MB (100,000")):
        at = page(lang=lang)
        [uploader] = at.get("file_uploader")
        assert words in uploader.proto.label
        assert uploader.proto.max_upload_size_mb == 10 * MAX_UPLOAD_MB  # a larger file still reaches our message


INJECTED = "entities: [{id: evil-site, name: Evil, project_type: data_center}]"
CORPUS = {  # issue 25's intake corpus: (publisher, title, article) -> a message the page must show
    "publisher-LS": (f"Pub\u2028{INJECTED}\u2028#", "", ARTICLE, "U+2028"),
    "publisher-PS": (f"Pub\u2029{INJECTED}", "", ARTICLE, "U+2029"),
    "publisher-NEL": (f"Pub\x85{INJECTED}", "", ARTICLE, "U+0085"),
    "publisher-CR": (f"Pub\r{INJECTED}", "", ARTICLE, "U+000D"),
    "title-LF": ("Pub", f"Titre\n{INJECTED}", ARTICLE, "U+000A"),
    "zero-width-digits": ("Pub", "", ARTICLE.replace("300 MW", "3\u200b0\u200b0 MW").replace("1,8", "1\u200b,8"), "U+200B"),
    "word-joiner-digits": ("Pub", "", ARTICLE.replace("300 MW", "3\u20600\u20600 MW"), "U+2060"),
    "soft-hyphen-digits": ("Pub", "", ARTICLE.replace("300 MW", "3\u00ad00 MW"), "U+00AD"),
    "bidi-override": ("Pub", "", ARTICLE.replace("300 MW", "\u202e300 MW\u202c"), "U+202E"),
    "cyrillic-look-alike": ("Pub", "", ARTICLE.replace("Azur Datacenter", "\u0410zur D\u0430tacenter"),
                            "«\u00a0\u0410zur\u00a0» (U+0410), «\u00a0D\u0430tacenter\u00a0» (U+0430)"),
    "too-long": ("Pub", "", "Azur Datacenter, 300 MW. " * 4100, "la limite est de 100\u202f000"),
}


@pytest.mark.parametrize(("publisher", "title", "text", "message"), CORPUS.values(), ids=CORPUS.keys())
def test_the_intake_corpus_gets_a_clear_message_and_breaks_nothing(page, seeds, monkeypatch, publisher, title, text, message):
    """0 tracebacks, 0 "erreur inattendue", 0 injected entities, 0 zeros from invisible characters."""
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    at = page()
    at.text_input(key="intake-url").input("https://example.org/article")
    at.text_input(key="intake-publisher").input(publisher)
    at.text_input(key="intake-title").input(title)
    at.text_input(key="intake-published").input("2026-03-10")
    at.text_area(key="intake-text").input(text)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    shown = [m.value for m in (*at.error, *at.warning, *at.info, *at.success)]
    tables = " ".join(d.value.to_csv() for d in at.dataframe)
    assert not any("inattendue" in m or "Traceback" in m for m in shown)
    assert any(message in m for m in shown) or message in tables, (shown, tables)
    for code in at.code:
        document = yaml.safe_load(code.value)
        assert "entities" not in document and "evil-site" not in {f["entity"] for f in document["facts"]}
        assert not any(str(f["value"]).lstrip().startswith("0 ") for f in document["facts"])  # no "0 MW"
    if at.code and any(b.key == "intake-save" and not b.disabled for b in at.button):
        [save] = [b for b in at.button if b.key == "intake-save"]
        save.click().run()
    assert not any("evil" in p.read_text(encoding="utf-8") for p in seeds.glob("*.yaml"))



def test_a_date_said_of_several_sites_is_unticked_and_its_reason_shown_under_its_sentence(page):
    at = fill(page(), "SoftBank : trois sites\nLes trois premiers sites de SoftBank, à Loon-Plage, au Bosquel et à "
                      "Bouchain, seront mis en service d'ici 2031. Au Bosquel, le campus mené avec Sesterce "
                      "atteindra 1 GW.", published="2026-06-02")
    [code] = [c.value for c in at.code if "facts:" in c.value]
    assert "2031" not in code and "1 GW" in code  # the held dates are not in the seed unless ticked
    reasons = [m.value for m in at.markdown if "La phrase nomme plusieurs sites" in m.value]
    assert len(reasons) == 3 and all("Ligne décochée" in r for r in reasons)
