"""The seed file the intake proposes: the documented format, validated by the build's reader with the
shipped seeds, problems tied to their row, never written over an existing file nor without the
setting; and `python -m dashboard.intake` end to end, whose file the build accepts."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from dashboard.config import DEFAULT_SEEDS_DIR, REPO_ROOT
from dashboard.data import intake_seed
from dashboard.data.intake_seed import NEW, SeedExists, SeedRow, SeedsNotWritable, SourceInfo
from dashboard.data.seeds import load_seeds
from dashboard.domain.intake import extract_facts

SOURCE = SourceInfo("https://example.org/article-1", "La Voix du Test", "2026-03-10", "fr", "Un titre")
ARTICLE = (
    "Béthune : Azur Datacenter agrandit son projet\n"
    "Sur l'ancien site Bridgestone, Azur Datacenter portera la puissance de son data center à 300 MW. "
    "La mise en service est désormais prévue fin 2027, pour 1,8 milliard d'euros."
)


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(DEFAULT_SEEDS_DIR, folder)
    return folder


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


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.intake", *args], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120)


def test_the_command_writes_a_seed_the_build_accepts(seeds, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = seeds / "090_la-voix-du-test.yaml"
    done = run_cli(str(article), "--url", SOURCE.url, "--publisher", SOURCE.publisher, "--published", "2026-03-10",
                   "--lang", "fr", "--seeds", str(seeds), "--out", str(out))
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
