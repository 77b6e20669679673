"""The seed file the intake proposes: the documented format, validated by the build's reader with the
shipped seeds, problems tied to their row, never written over an existing file nor without the
setting; and `python -m dashboard.intake` end to end, whose file the build accepts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dashboard.config import REPO_ROOT
from dashboard.data import intake_seed
from dashboard.data.build import main as build_main
from dashboard.data.intake_cli import main as intake_main
from dashboard.data.intake_seed import NEW, NewSite, SeedExists, SeedRow, SeedsNotWritable, SourceInfo
from dashboard.data.seeds import load_seeds
from dashboard.domain.intake import extract_facts
from tests.fixtures import run_main_in_process

SOURCE = SourceInfo("https://example.org/article-1", "La Voix du Test", "2026-03-10", "fr", "Un titre")
ARTICLE = (
    "Béthune : Azur Datacenter agrandit son projet\n"
    "Sur l'ancien site Bridgestone, Azur Datacenter portera la puissance de son data center à 300 MW. "
    "La mise en service est désormais prévue fin 2027, pour 1,8 milliard d'euros."
)


@pytest.fixture
def seeds(shipped_seeds_copy) -> Path:
    return shipped_seeds_copy


def test_a_reviewed_article_becomes_a_seed_the_build_accepts(seeds):
    candidates = extract_facts(ARTICLE, lang="fr", published=intake_seed.published_date("2026-03-10"),
                               dataset=intake_seed.shipped_dataset(seeds))
    rows = intake_seed.rows_from_candidates(candidates, "2026-03-10")
    draft = intake_seed.make_seed(SOURCE, rows, seeds)
    assert draft.valid, draft.problems
    assert draft.file_name[:3].isdigit() and draft.file_name[3] == "_" and draft.file_name.endswith(".yaml")
    document = yaml.safe_load(draft.text)
    assert document["source"]["url"] == SOURCE.url and document["source"]["language"] == "fr"
    assert {(f["attribute"], f["value"], f["entity"]) for f in document["facts"]} == {
        ("power", "300 MW", "bethune-azur-dc"),
        ("commissioning", "fin 2027", "bethune-azur-dc"),
        ("investment", "1,8 milliard d'euros", "bethune-azur-dc"),
    }
    (seeds / draft.file_name).write_text(draft.text, encoding="utf-8")
    bundle = load_seeds(seeds)
    assert bundle.problems == []
    assert sum(f["source_id"] == document["source"]["id"] for f in bundle.facts) == 3


def test_problems_are_listed_per_row(seeds):
    rows = [
        SeedRow("bethune-azur-dc", "power", "300 MW", "2026-03-10"),
        SeedRow("bethune-azur-dc", "jobs", "beaucoup", "2026-03-10"),
        SeedRow("no-such-site", "power", "10 MW", "2026-03-10"),
        SeedRow("bethune-azur-dc", "power", "10 MW", "2026-13"),
    ]
    draft = intake_seed.make_seed(SOURCE, rows, seeds)
    assert not draft.valid
    by_row = {row: problem.field for row, problem in draft.problems}
    assert by_row == {1: "value", 2: "entity", 3: "as_of"}


def test_an_undated_fact_is_written_undated_and_the_source_says_when_it_was_read(seeds):
    draft = intake_seed.make_seed(SOURCE, [SeedRow("bethune-azur-dc", "power", "300 MW", None)], seeds)
    assert draft.valid, draft.problems
    document = yaml.safe_load(draft.text)
    assert document["facts"][0]["as_of"] == "undated"
    assert document["source"]["retrieved"] == dt.date.today().isoformat()


def test_a_new_site_is_declared_and_its_missing_position_is_a_problem(seeds):
    rows = [SeedRow(NEW, "power", "96 MW", "2026-03-10", new_name="Projet Evroc, Arras")]
    draft = intake_seed.make_seed(SOURCE, rows, seeds)
    document = yaml.safe_load(draft.text)
    assert document["entities"][0]["name"] == "Projet Evroc, Arras"
    assert document["facts"][0]["entity"] == document["entities"][0]["id"]
    assert draft.problems and draft.problems[0][0] == 0  # the entity's problem points at its fact's row
    [(_, problem)] = draft.problems  # said once, by name, not as the build's "departement missing"
    assert (problem.field, problem.value) == ("commune", "Projet Evroc, Arras")


def test_a_new_site_placed_at_its_communes_centre_builds(seeds):
    rows = [SeedRow(NEW, "power", "96 MW", "2026-03-10", new_name="Projet Evroc, Arras"),
            SeedRow(NEW, "jobs", "50 emplois", "2026-03-10", new_name="Projet Evroc, Arras"),
            SeedRow(NEW, "investment", "30 M€", "2026-03-10", new_name="Usine X")]
    assert intake_seed.new_site_names(rows) == ["Projet Evroc, Arras", "Usine X"]
    arras = NewSite("data_center", commune="Arras", departement="62", lat=50.289833, lon=2.765524)
    draft = intake_seed.make_seed(SOURCE, rows, seeds, new_sites={"Projet Evroc, Arras": arras})
    assert [(row, p.value) for row, p in draft.problems] == [(2, "Usine X")]  # the unplaced one, on its row

    usine = NewSite("battery", commune="Douai", departement="59", lat=50.37, lon=3.08)
    draft = intake_seed.make_seed(SOURCE, rows, seeds, new_sites={"Projet Evroc, Arras": arras, "Usine X": usine})
    assert draft.valid, draft.problems
    entities = yaml.safe_load(draft.text)["entities"]
    assert entities[0] == {"id": "projet-evroc-arras", "name": "Projet Evroc, Arras", "project_type": "data_center",
                           "commune": "Arras", "departement": "62", "lat": 50.28983, "lon": 2.76552,
                           "location_precision": "commune_centroid", "location_source": "insee-cog-2024-communes"}
    assert entities[1]["project_type"] == "battery"
    shipped = load_seeds(seeds)
    assert intake_seed.COMMUNES_SOURCE in {s["source_id"] for s in shipped.sources}  # the source that places it


def test_a_status_row_writes_its_keyword_and_keeps_the_words_in_the_note(seeds):
    [candidate] = extract_facts("Azur Datacenter a inauguré son data center de Béthune.", lang="fr",
                                published=intake_seed.published_date("2026-03"), dataset=intake_seed.shipped_dataset(seeds))
    [row] = intake_seed.rows_from_candidates([candidate], "2026-03")
    assert (row.value, row.note, row.as_of) == ("operational", "« inauguré »", "2026-03")


def test_saving_needs_the_setting_and_never_overwrites(seeds, monkeypatch):
    draft = intake_seed.make_seed(SOURCE, [SeedRow("bethune-azur-dc", "power", "300 MW", "2026-03-10")], seeds)
    monkeypatch.delenv("HDF_INTAKE_WRITABLE_SEEDS", raising=False)
    with pytest.raises(SeedsNotWritable):
        intake_seed.save_seed(draft, seeds)
    assert not (seeds / draft.file_name).exists()
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    path = intake_seed.save_seed(draft, seeds)
    assert path.read_text(encoding="utf-8") == draft.text
    with pytest.raises(SeedExists):
        intake_seed.save_seed(intake_seed.SeedDraft(draft.file_name, "changed", []), seeds)
    assert path.read_text(encoding="utf-8") == draft.text


@pytest.mark.parametrize("text", ["", "hier", "2026-13-01", "2026-02-30", "12/02/2026"])
def test_a_publication_date_that_does_not_parse_is_refused(text):
    with pytest.raises(ValueError, match="date"):
        intake_seed.parse_published(text)


def run_cli_process(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.intake", *args], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The command's main in this process (tests.fixtures.run_main_in_process); the first test below
    runs the command and the build in processes of their own."""
    return run_main_in_process(intake_main, *args)


def run_build(seeds: Path, out: Path) -> subprocess.CompletedProcess:
    return run_main_in_process(build_main, "--seeds", str(seeds), "--out", str(out))


def test_the_command_writes_a_seed_the_build_accepts(seeds, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = seeds / "090_la-voix-du-test.yaml"
    done = run_cli_process(str(article), "--url", SOURCE.url, "--publisher", SOURCE.publisher,
                           "--published", "2026-03-10", "--lang", "fr", "--seeds", str(seeds), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "300 MW" in done.stderr and out.is_file()
    build = subprocess.run([sys.executable, "-m", "dashboard.build", "--seeds", str(seeds), "--out", str(tmp_path / "t")],
                           cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    again = run_cli(str(article), "--url", SOURCE.url, "--publisher", SOURCE.publisher, "--published", "2026-03-10",
                    "--seeds", str(seeds), "--out", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_the_command_explains_bad_input(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    bad_date = run_cli(str(article), "--url", SOURCE.url, "--publisher", "X", "--published", "demain")
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr and "Traceback" not in bad_date.stderr
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    not_text = run_cli(str(binary), "--url", SOURCE.url, "--publisher", "X", "--published", "2026")
    assert not_text.returncode == 2 and "Traceback" not in not_text.stderr
    missing = run_cli(str(tmp_path / "nope.txt"), "--url", SOURCE.url, "--publisher", "X", "--published", "2026")
    assert missing.returncode == 2 and "cannot read" in missing.stderr


# --------------------------------------------------------------------------- injection (issue 25, point 1)

ROW = SeedRow("bethune-azur-dc", "power", "300 MW", "2026-03-10")
INJECTED = "entities: [{id: evil-site, name: Evil, project_type: data_center}]"
# Every line break YAML or str.splitlines() knows, and a control character.
BREAKS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00"]


def _no_injected_entity(draft) -> None:
    document = yaml.safe_load(draft.text)
    assert "evil-site" not in draft.text.replace(INJECTED, "") or "entities" not in document
    assert set(document) == {"source", "facts"} and [f["entity"] for f in document["facts"]] == ["bethune-azur-dc"]


@pytest.mark.parametrize("brk", BREAKS, ids=[f"U+{ord(b[-1]):04X}" for b in BREAKS])
@pytest.mark.parametrize("field_name", ["publisher", "title", "url"])
def test_a_line_break_in_a_source_field_is_refused_by_name_and_adds_nothing(seeds, brk, field_name):
    values = {"url": SOURCE.url, "publisher": "Pub", "title": "Titre"}
    values[field_name] = f"{values[field_name]}{brk}{INJECTED}{brk}#"
    source = SourceInfo(values["url"], values["publisher"], "2026-03-10", "fr", values["title"])
    draft = intake_seed.make_seed(source, [ROW], seeds)  # never raises
    assert not draft.valid
    [(row, problem)] = draft.problems
    assert row is None and problem.record == "source" and problem.field == field_name
    assert "line break or control character" in problem.reason and "U+" in problem.reason
    _no_injected_entity(draft)


@pytest.mark.parametrize("field_name", ["value", "new_name", "note", "as_of"])
def test_a_line_break_in_a_row_is_refused_on_its_row(seeds, field_name):
    rows = [ROW, SeedRow(NEW, "jobs", "50 emplois", "2026-03-10", new_name="Projet X")]
    setattr(rows[1], field_name, getattr(rows[1], field_name) + "\u2028" + INJECTED)
    draft = intake_seed.make_seed(SOURCE, rows, seeds)
    assert not draft.valid
    assert [(row, p.field) for row, p in draft.problems] == [(1, field_name)]


def test_the_comment_header_carries_no_user_text(seeds):
    source = SourceInfo(SOURCE.url, "Éditeur « spécial » #1", "2026-03-10", "fr", "Titre")
    draft = intake_seed.make_seed(source, [ROW], seeds)
    comments = [line for line in draft.text.splitlines() if line.lstrip().startswith("#")]
    assert comments and not any("spécial" in line or "Titre" in line for line in comments)
    assert yaml.safe_load(draft.text)["source"]["publisher"] == "Éditeur « spécial » #1"


def test_a_written_file_that_differs_from_the_review_is_refused(seeds, monkeypatch):
    """The read-back check: whatever the writer produced, a record the review did not show is refused."""
    real_render = intake_seed.render
    monkeypatch.setattr(intake_seed, "render", lambda document: real_render(document).replace(
        "facts:", "entities:\n- {id: evil-site, name: Evil}\nfacts:", 1))
    draft = intake_seed.make_seed(SOURCE, [ROW], seeds)
    assert not draft.valid
    [(row, problem)] = draft.problems
    assert row is None and problem.field == "entities" and "differs from the review" in problem.reason


def test_text_fields_read_back_as_text(seeds):
    """Values YAML would read as something else (a number, a date, a boolean, null) stay text."""
    rows = [SeedRow("bethune-azur-dc", "jobs", value, "2026-03-10") for value in ("2027", "yes", "null", "1e3")]
    source = SourceInfo(SOURCE.url, "true", "2026-03-10", "fr", "2026-03-10")
    draft = intake_seed.make_seed(source, rows, seeds)
    assert not intake_seed.read_back_problem(draft.text, intake_seed.seed_document(source, rows), draft.file_name)
    assert yaml.safe_load(draft.text)["source"]["publisher"] == "true"


def test_a_problem_on_an_entity_the_draft_does_not_have_points_at_no_row():
    document = {"facts": [{"entity": "a"}], "entities": []}
    problem = intake_seed.Problem("x.yaml", "entities[3]", "id", "evil", "bad")
    assert intake_seed._row_of(problem, document) is None
    assert intake_seed._row_of(intake_seed.Problem("x.yaml", "facts[9]", "", "", ""), document) is None


def test_the_command_refuses_an_injected_publisher_without_a_traceback(seeds, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = seeds / "150_injected.yaml"
    for brk in ("\u2028", "\n", "\x85"):
        done = run_cli(str(article), "--url", SOURCE.url, "--publisher", f"Pub{brk}{INJECTED}{brk}#",
                       "--published", "2026-03-10", "--seeds", str(seeds), "--out", str(out))
        assert done.returncode == 1 and "Traceback" not in done.stderr and "IndexError" not in done.stderr
        assert "publisher" in done.stderr and "line break" in done.stderr
        assert not out.exists()
        draft = out.with_name(out.name + ".draft")
        assert "evil-site" not in yaml.safe_load(draft.read_text(encoding="utf-8")).get("entities", [])
        draft.unlink()
    build = run_build(seeds, tmp_path / "t")
    assert build.returncode == 0, build.stderr


# --------------------------------------------------------------------------- validation as the build sees it (point 2)

def test_the_same_article_twice_is_refused_and_says_where(seeds, monkeypatch):
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    first = intake_seed.make_seed(SOURCE, [ROW], seeds)
    path = intake_seed.save_seed(first, seeds)
    again = intake_seed.make_seed(SOURCE, [ROW], seeds)
    assert again.file_name != first.file_name and not again.valid
    reasons = [p.reason for _, p in again.problems]
    assert any("already exists" in r and path.name in r for r in reasons), reasons
    moved = intake_seed.make_seed(SourceInfo(SOURCE.url, "Autre éditeur", "2026-03-11", "fr"), [ROW], seeds)
    assert any("same URL" in p.reason and path.name in p.reason for _, p in moved.problems)  # same article, other id
    with pytest.raises(ValueError):
        intake_seed.save_seed(again, seeds)


def test_a_draft_valid_when_made_is_not_saved_if_the_folder_changed_since(seeds, monkeypatch):
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    one = intake_seed.make_seed(SOURCE, [ROW], seeds, file_name="150_one.yaml")
    two = intake_seed.make_seed(SOURCE, [ROW], seeds, file_name="151_two.yaml")
    assert one.valid and two.valid  # each alone passes
    intake_seed.save_seed(one, seeds)
    with pytest.raises(ValueError, match="already exists"):
        intake_seed.save_seed(two, seeds)
    assert not (seeds / "151_two.yaml").exists()
    assert load_seeds(seeds).problems == []


def test_a_problem_naming_the_new_file_with_another_blocks_it(seeds):
    """The build names both files of a duplicate source id; the new file is one of them."""
    shipped = yaml.safe_load((seeds / "001_horizonactu-bethune-azur.yaml").read_text(encoding="utf-8"))["source"]
    text = intake_seed.render({"source": {**shipped, "url": shipped["url"] + "?copy"}, "facts": []})
    problems = intake_seed.validate(text, "150_copy.yaml", seeds)
    assert any(p.file == "001_horizonactu-bethune-azur.yaml, 150_copy.yaml" for p in problems), problems
    assert any("already exists" in p.reason and "001_horizonactu-bethune-azur.yaml" in p.reason for p in problems)


def test_a_problem_the_new_file_causes_in_another_file_blocks_it(seeds):
    """A new file sorted first that declares a shipped site: the build reports the duplicate in the
    SHIPPED file only; it appears only with the new file, so it is the new file's problem."""
    shipped = yaml.safe_load((seeds / "001_horizonactu-bethune-azur.yaml").read_text(encoding="utf-8"))
    [entity] = [e for e in shipped["entities"] if e["id"] == "bethune-azur-dc"]
    text = intake_seed.render({**intake_seed.seed_document(SOURCE, [ROW]), "entities": [entity]})
    problems = intake_seed.validate(text, "000_first.yaml", seeds)
    assert [(p.file, p.field, p.reason) for p in problems] == [
        ("001_horizonactu-bethune-azur.yaml", "id", "duplicate entity id")]
    (seeds / "120_other.yaml").write_text(intake_seed.render({
        "source": {"id": "other-2026", "publisher": "Autre", "title": "T", "url": "https://example.org/o",
                   "published": "2026-01-01", "retrieved": "2026-01-02", "language": "fr", "reliability": "primary"},
        "facts": [{"entity": "no-such-site", "attribute": "power", "value": "10 MW", "as_of": "2026-01-01"}],
    }), encoding="utf-8")
    assert load_seeds(seeds).problems  # the folder's own problem...
    assert intake_seed.validate(intake_seed.render(intake_seed.seed_document(SOURCE, [ROW])), "150_new.yaml", seeds) == []


# --------------------------------------------------------------------------- one size limit, invisible characters (3, 4)

def test_the_command_shares_the_pages_size_limit_and_never_reads_a_huge_file(tmp_path):
    from dashboard.domain.intake.review import MAX_CHARS

    long_text = tmp_path / "long.txt"
    long_text.write_text("Azur Datacenter, 300 MW. " * (MAX_CHARS // 25 + 1), encoding="utf-8")
    done = run_cli(str(long_text), "--url", SOURCE.url, "--publisher", "X", "--published", "2026")
    assert done.returncode == 2 and "too long" in done.stderr and f"{MAX_CHARS:,}" in done.stderr
    assert "Traceback" not in done.stderr
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # 10 MB, sparse: refused by its size, before any read
        handle.truncate(10_000_000)
    done = run_cli(str(huge), "--url", SOURCE.url, "--publisher", "X", "--published", "2026")
    assert done.returncode == 2 and "too long" in done.stderr and "Traceback" not in done.stderr


def test_the_command_reads_split_figures_whole_and_says_what_it_removed(seeds, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE.replace("300 MW", "3\u200b0\u200b0 MW").replace("1,8", "1\u2060,\u20608"), encoding="utf-8")
    done = run_cli(str(article), "--url", SOURCE.url, "--publisher", SOURCE.publisher, "--published", "2026-03-10",
                   "--seeds", str(seeds))
    assert "U+200B ZERO WIDTH SPACE × 2" in done.stderr and "U+2060 WORD JOINER × 2" in done.stderr
    values = {f["attribute"]: f["value"] for f in yaml.safe_load(done.stdout)["facts"]}
    assert values["power"] == "300 MW" and values["investment"] == "1,8 milliard d'euros"


def test_the_command_flags_look_alike_names(seeds, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE.replace("Azur Datacenter", "\u0410zur D\u0430tacenter"), encoding="utf-8")
    done = run_cli(str(article), "--url", SOURCE.url, "--publisher", SOURCE.publisher, "--published", "2026-03-10",
                   "--seeds", str(seeds))
    assert "Traceback" not in done.stderr
    assert "Cyrillic or Greek look-alike letters: \u0410zur, D\u0430tacenter" in done.stderr
    assert " 0.90" not in done.stderr  # the candidates' confidence, one per line: none at 0.90


def test_two_runs_of_the_command_on_one_article_leave_the_build_working(seeds, tmp_path):
    """Issue 25 (2): the second run names the file that already holds the article; the build still runs."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    common = (str(article), "--url", SOURCE.url, "--publisher", SOURCE.publisher, "--published", "2026-03-10",
              "--seeds", str(seeds))
    first = run_cli(*common, "--out", str(seeds / "150_first.yaml"))
    second = run_cli(*common, "--out", str(seeds / "151_second.yaml"))
    assert first.returncode == 0, first.stderr
    assert second.returncode == 1 and "already exists in the seeds: 150_first.yaml" in second.stderr
    assert not (seeds / "151_second.yaml").exists() and (seeds / "151_second.yaml.draft").exists()
    build = run_build(seeds, tmp_path / "t")
    assert build.returncode == 0, build.stderr


def test_the_command_leaves_out_a_date_said_of_several_sites_and_says_why(seeds, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Les trois premiers sites de SoftBank, à Loon-Plage, au Bosquel et à Bouchain, seront mis en "
                       "service d'ici 2031. Au Bosquel, le campus mené avec Sesterce atteindra 1 GW.", encoding="utf-8")
    done = run_cli(str(article), "--url", SOURCE.url, "--publisher", SOURCE.publisher, "--published", "2026-06-02",
                   "--seeds", str(seeds))
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("held, not written: its sentence names several sites (Loon-Plage, Bosquel, Bouchain)") == 3
    facts = yaml.safe_load(done.stdout)["facts"]
    assert [(f["entity"], f["attribute"], f["value"]) for f in facts] == [("le-bosquel-dc", "power", "1 GW")]


def test_an_article_without_a_title_gets_our_description_in_both_languages(seeds):
    """Issue 24: no English "[X article]" where the title should be; the build reads the
    description and shows it in the reader's language."""
    untitled = SourceInfo(SOURCE.url, "La Voix du Test", "2026-03-10", "fr", "  ")
    draft = intake_seed.make_seed(untitled, [SeedRow("bethune-azur-dc", "power", "300 MW", "2026-03-10")], seeds)
    assert draft.valid, draft.problems
    source = yaml.safe_load(draft.text)["source"]
    assert "title" not in source
    assert source["description"] == {"fr": "Article publié par La Voix du Test",
                                     "en": "Article published by La Voix du Test"}


def test_jobs_in_the_other_nouns_press_writes_them_pass_the_validator(seeds):
    candidates = extract_facts("At Escaudain, the campus will create 500 positions and employ 300 staff; it costs EUR 5 "
                               "billion.", lang="en", dataset=intake_seed.shipped_dataset(seeds))
    assert {c.value for c in candidates} == {"500 positions", "300 staff", "EUR 5 billion"}
    draft = intake_seed.make_seed(SOURCE, intake_seed.rows_from_candidates(candidates, "2026-03-10"), seeds)
    assert draft.valid, draft.problems


@pytest.mark.parametrize("kind, source, row", [
    ("line_break", SourceInfo(SOURCE.url, "Pub\u2028lisher", "2026-03-10", "fr"), ROW),
    ("unplaced_site", SOURCE, SeedRow(NEW, "power", "96 MW", "2026-03-10", new_name="Projet X")),
    ("bad_date", SOURCE, SeedRow("bethune-azur-dc", "power", "300 MW", "le 3 mars")),
    ("unknown_site", SOURCE, SeedRow("no-such-site", "power", "300 MW", "2026-03-10")),
    ("bad_value", SOURCE, SeedRow("bethune-azur-dc", "power", "beaucoup", "2026-03-10")),
])
def test_each_problem_of_a_draft_has_a_kind_the_page_says_in_both_languages(seeds, kind, source, row):
    from dashboard.data.intake_checks import problem_kind
    from dashboard.i18n import translations

    draft = intake_seed.make_seed(source, [row], seeds)
    assert [problem_kind(problem) for _, problem in draft.problems] == [kind], draft.problems
    assert set(translations(f"seed_problems.{kind}")) == {"fr", "en"}


NEW_PROJECT = ("Saint-Quentin : Nordcloud prévoit un data center de 40 MW\n"
               "La société Nordcloud veut bâtir à Saint-Quentin un centre de données de 40 MW, pour 200 millions d'euros.")


def test_the_command_places_a_new_site_at_the_commune_it_is_given(seeds, tmp_path, embedded_open_data):
    article = tmp_path / "article.txt"
    article.write_text(NEW_PROJECT, encoding="utf-8")
    common = (str(article), "--url", SOURCE.url, "--publisher", SOURCE.publisher, "--published", "2026-03-10",
              "--seeds", str(seeds))
    unplaced = run_cli(*common)
    assert unplaced.returncode == 1 and "needs its commune" in unplaced.stderr

    placed = run_cli(*common, "--commune", "saint quentin", "--type", "battery")
    assert placed.returncode == 0, placed.stderr
    [entity] = yaml.safe_load(placed.stdout)["entities"]
    assert (entity["commune"], entity["departement"], entity["project_type"]) == ("Saint-Quentin", "02", "battery")
    assert entity["location_precision"] == "commune_centroid"

    unknown = run_cli(*common, "--commune", "Atlantis")
    assert unknown.returncode == 2 and "no commune of the region is named 'Atlantis'" in unknown.stderr
    assert "Traceback" not in unknown.stderr
