"""Reading seed files in any state (issue 13): bad dates written without quotes, Windows encodings,
unreadable files reported once at their root, duplicate source ids, size limits, odd content.
Each test failed on the reader before this change (a traceback, a lost record, or a wrong file)."""

from __future__ import annotations

import pytest
import yaml

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build, seedfiles
from dashboard.domain import seed_records
from dashboard.data.seeds import load_seeds
from tests.seedkit import base_documents, write_seeds


def dump(document) -> str:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


def folder_with(tmp_path, extra: dict[str, object] | None = None, docs=None):
    folder = write_seeds(tmp_path / "seeds", docs or base_documents())
    for name, content in (extra or {}).items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def test_unquoted_impossible_as_of_is_one_fact_problem_with_its_line(tmp_path):
    text = dump(base_documents()["003_article-b.yaml"]) + (
        "- entity: dc\n  attribute: power\n  value: 30 MW\n  as_of: 2026-13-45\n"
    )
    folder = folder_with(tmp_path, {"003_article-b.yaml": text})
    bundle = load_seeds(folder)
    assert len(bundle.problems) == 1, [str(p) for p in bundle.problems]
    problem = bundle.problems[0]
    assert (problem.file, problem.record, problem.field, problem.value) == (
        "003_article-b.yaml", "facts[2]", "as_of", "2026-13-45")
    assert "not a real date" in problem.reason and problem.line == len(text.splitlines()) - 3
    # The file's two other facts and every other file still load.
    assert len([f for f in bundle.facts if f["source_id"] == "article-b"]) == 2
    assert len(bundle.facts) == 8


def test_unquoted_impossible_published_date_keeps_the_source_as_undated(tmp_path):
    text = dump(base_documents()["003_article-b.yaml"]).replace("published: 2025-02", "published: 2025-02-30")
    assert "published: 2025-02-30" in text
    bundle = load_seeds(folder_with(tmp_path, {"003_article-b.yaml": text}))
    (problem,) = bundle.problems
    assert problem.severity == "warning" and problem.field == "published" and "read as unknown" in problem.reason
    source = next(s for s in bundle.sources if s["source_id"] == "article-b")
    assert source["published"] == ""
    assert len([f for f in bundle.facts if f["source_id"] == "article-b"]) == 2


def test_unquoted_valid_dates_read_like_quoted_ones(tmp_path):
    docs = base_documents()
    text = dump(docs["003_article-b.yaml"]).replace("as_of: 2025-02\n", "as_of: 2025-02-14\n")
    bundle = load_seeds(folder_with(tmp_path, {"003_article-b.yaml": text}))
    assert bundle.problems == []
    assert {f["as_of"] for f in bundle.facts if f["source_id"] == "article-b"} == {"2025-02-14"}


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_windows_encoded_file_is_read_with_a_warning_naming_it(tmp_path, encoding):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][0]["note"] = "l’usine de Béthune — 5 €" if encoding == "cp1252" else "Béthune"
    text = dump(docs["002_article-a.yaml"])
    bundle = load_seeds(folder_with(tmp_path, {"002_article-a.yaml": text.encode(encoding)}))
    (problem,) = bundle.problems
    assert problem.file == "002_article-a.yaml" and problem.severity == "warning"
    assert "Windows-1252" in problem.reason
    assert len(bundle.entities) == 2 and len(bundle.facts) == 8
    assert docs["002_article-a.yaml"]["facts"][0]["note"] in {f["note"] for f in bundle.facts}


def test_file_neither_utf8_nor_windows_1252_is_refused_naming_it(tmp_path):
    bundle = load_seeds(folder_with(tmp_path, {"004_bytes.yaml": b"source:\n  id: a\x81\x8d\n"}))
    (problem,) = bundle.problems
    assert problem.file == "004_bytes.yaml" and problem.severity == "error"
    assert "nor Windows-1252" in problem.reason and "0x81" in problem.reason
    assert len(bundle.facts) == 8


def test_unreadable_file_is_reported_once_with_its_dependents_and_located_entities_kept(tmp_path):
    docs = base_documents()
    broken = dump(docs["002_article-a.yaml"]) + "oops: [unclosed\n"
    communes = dump(docs["001_insee.yaml"]) + "oops: [unclosed\n"
    bundle = load_seeds(folder_with(tmp_path, {"002_article-a.yaml": broken}))
    (root,) = bundle.problems
    assert root.file == "002_article-a.yaml" and "not valid YAML" in root.reason
    # article-b's 2 facts are about entities 002 declares: listed under the root, not as 2 more problems.
    assert "2 facts in 1 file(s) refer to its entities" in root.reason
    assert len(root.dependents) == 2 and all(d.startswith("003_article-b.yaml:") for d in root.dependents)

    # The communes source unreadable: the entities it locates are kept, the root says so.
    bundle = load_seeds(folder_with(tmp_path / "b", {"001_insee.yaml": communes}))
    (root,) = bundle.problems
    assert "2 entities in 1 file(s) are located by its source (kept)" in root.reason
    assert {e["site_id"] for e in bundle.entities} == {"host-site", "dc"} and len(bundle.facts) == 8


def test_build_prints_the_root_once_with_dependents_and_no_traceback(tmp_path, capsys):
    docs = base_documents()
    folder = folder_with(tmp_path, {"002_article-a.yaml": dump(docs["002_article-a.yaml"]) + "x: [\n"})
    assert build.main(["--seeds", str(folder), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "1 problem(s)" in err and "Traceback" not in err
    assert err.count("003_article-b.yaml") == 2  # the two dependent facts, listed under the root


def test_build_writes_the_tables_when_there_are_only_warnings(tmp_path, capsys):
    docs = base_documents()
    folder = folder_with(tmp_path, {"003_article-b.yaml": dump(docs["003_article-b.yaml"]).encode("cp1252")})
    assert build.main(["--seeds", str(folder), "--out", str(tmp_path / "out")]) == 0
    assert "warning: 003_article-b.yaml" in capsys.readouterr().err
    assert (tmp_path / "out" / "facts.csv").is_file()


def test_too_large_seed_gets_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("HDF_SEED_MAX_BYTES", "2000")
    bundle = load_seeds(folder_with(tmp_path, {"004_big.yaml": "# " + "x" * 5000 + "\n"}))
    (problem,) = bundle.problems
    assert problem.file == "004_big.yaml" and problem.field == "size"
    assert "HDF_SEED_MAX_BYTES" in problem.reason and "split it" in problem.reason
    assert len(bundle.facts) == 8


def test_too_many_seed_files_says_which_were_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("HDF_SEED_MAX_FILES", "2")
    bundle = load_seeds(folder_with(tmp_path))
    problem = bundle.problems[0]
    assert problem.field == "files" and "HDF_SEED_MAX_FILES" in problem.reason and "002_article-a.yaml" in problem.reason


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "empty file"), (b"- a\n- b\n", "found a list"), (b"source: !!python/object/apply:os.system ['true']\n", "YAML"),
     (b"source:\n  id: a\x00b\n", "YAML")],
)
def test_odd_files_are_one_problem_each_and_the_rest_loads(tmp_path, content, words):
    bundle = load_seeds(folder_with(tmp_path, {"004_odd.yaml": content}))
    (problem,) = bundle.problems
    assert problem.file == "004_odd.yaml" and words in problem.reason
    assert len(bundle.facts) == 8


def test_byte_order_mark_is_read(tmp_path):
    bundle = load_seeds(folder_with(tmp_path, {"004_bom.yaml": b"\xef\xbb\xbf" + dump({"source": {
        "id": "bom", "publisher": "P", "title": "T", "url": "https://example.org/bom", "published": "2025",
        "language": "fr"}}).encode()}))
    assert bundle.problems == [] and "bom" in {s["source_id"] for s in bundle.sources}


def test_an_unexpected_error_reading_one_record_is_that_records_problem(tmp_path, monkeypatch):
    def explode(text, **options):
        raise TypeError("surprise")

    monkeypatch.setattr(seed_records.normalize, "parse_count", explode)
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"].append(
        {"entity": "dc", "attribute": "data_center_target", "value": "huit", "as_of": "2025-02"})
    bundle = load_seeds(folder_with(tmp_path, docs=docs))
    (problem,) = bundle.problems
    assert problem.record == "facts[2]" and "TypeError: surprise" in problem.reason
    assert len(bundle.facts) == 8


def _record_lines(node) -> list:
    if isinstance(node, dict):
        return [getattr(node, "line", None), *(line for value in node.values() for line in _record_lines(value))]
    if isinstance(node, list):
        return [line for value in node for line in _record_lines(value)]
    return []


@pytest.mark.skipif(seedfiles._FastSeedLoader is None, reason="PyYAML built without libyaml")
def test_libyaml_reads_every_shipped_seed_as_pyyaml_does_and_errors_stay_pyyaml_s():
    """The seeds are parsed by libyaml when PyYAML has it (the build's and the tests' time): the same
    documents and record lines as PyYAML's own parser; what libyaml refuses gets PyYAML's message."""
    for path in sorted(DEFAULT_SEEDS_DIR.glob("*.yaml")):
        text = path.read_text(encoding="utf-8-sig")
        fast = seedfiles.parse_seed_text(text)
        slow = yaml.load(text, Loader=seedfiles._SeedLoader)  # noqa: S506 - a SafeLoader subclass
        assert fast == slow and _record_lines(fast) == _record_lines(slow), path.name
        assert isinstance(yaml.load(text, Loader=seedfiles._FastSeedLoader), dict)  # noqa: S506 - libyaml read it
    for broken in ("a: [1, 2\n", "a: 1\n\tb: 2\n", "a: b\x00c\n", "a: 'x\n", "--- a\n--- b\n"):
        with pytest.raises(yaml.YAMLError) as slow_error:
            yaml.load(broken, Loader=seedfiles._SeedLoader)  # noqa: S506 - a SafeLoader subclass
        with pytest.raises(yaml.YAMLError) as error:
            seedfiles.parse_seed_text(broken)
        assert str(error.value) == str(slow_error.value)
