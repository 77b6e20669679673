"""The bad-input corpus (tests/badinput.py) through the build command and every page of the app in
AppTest: no traceback anywhere, no valid record lost, and what each case must say is said.

scripts/badinput_report.py prints the same counts for the whole corpus (the issue's before/after)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data.build import build_dataset
from dashboard.data.build import main as build_main
from dashboard.ui.components.sidebar import FILTERS_PANEL_KEY
from dashboard.ui.components.siting_controls import SETTINGS_KEY
from tests.badinput import CASES, Counts, SeedIndex, case_env, write_case
from tests.fixtures import run_main_in_process

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "app.py"
PAGES = ("overview", "map", "occupancy", "investment", "data", "siting")
INDEX = SeedIndex.read(ROOT / "seeds")


@pytest.fixture(scope="module")
def written_case(tmp_path_factory):
    """`written_case(case, folder)` writes the case into `folder`, returns the records expected. Each
    case is written once for the module (the 10 MB seed takes seconds) and copied for each test."""
    written: dict[str, tuple[Counts, Path]] = {}

    def write(spec, folder: Path) -> Counts:
        if spec.name not in written:
            template = tmp_path_factory.mktemp(f"case-{spec.name}")
            written[spec.name] = write_case(spec, template, INDEX), template
        expected, template = written[spec.name]
        shutil.copytree(template, folder, dirs_exist_ok=True)
        return expected

    return write


@pytest.fixture(params=CASES, ids=[case.name for case in CASES])
def case(request, tmp_path, monkeypatch, written_case):
    expected = written_case(request.param, tmp_path)
    env = case_env(tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("HDF_OPENDATA_SUBSTATIONS_MIN_ROWS")  # the corpus' caches are real-sized
    monkeypatch.delenv("HDF_OPENDATA_COMMUNES_MIN_ROWS")
    return request.param, expected, env, tmp_path


# The case run as `python -m dashboard.build` in a process of its own; the others run the command's
# main in this process (tests.fixtures.run_main_in_process: the same output, exit code and printed
# traceback, without a process start and its imports, ~2 s a case here). The settings are the
# environment's in both (the case fixture sets them).
REAL_PROCESS_CASE = "broken-001"
assert REAL_PROCESS_CASE in {c.name for c in CASES}, REAL_PROCESS_CASE


def test_build_command_never_prints_a_traceback(case):
    spec, _, env, folder = case
    args = ("--seeds", env["HDF_SEEDS_DIR"], "--out", str(folder / "tables"))
    if spec.name == REAL_PROCESS_CASE:
        result = subprocess.run([sys.executable, "-m", "dashboard.build", *args], env={**os.environ, **env},
                                capture_output=True, text=True, cwd=ROOT, timeout=300)
    else:
        result = run_main_in_process(build_main, *args)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode in (0, 1)
    if result.returncode == 1:  # refused: it says which file
        assert ".yaml" in result.stderr


def test_no_valid_record_is_lost(case):
    _, expected, env, _ = case
    dataset = build_dataset(Path(env["HDF_SEEDS_DIR"]), warn=lambda message: None)
    loaded = Counts(len(dataset.sources), len(dataset.sites), len(dataset.facts))
    assert expected.lost(loaded) == 0 and loaded.lost(expected) == 0, (expected, loaded)


def run_page(page: str, query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params.update(query or {})
    at.run()
    return at.switch_page(f"ui/pages/{page}.py").run()


# Every page for these cases here (one of each kind: a date, an unreadable file with dependents, a
# duplicate id, huge numbers, hostile names, the three caches); scripts/badinput_report.py runs
# every page for every case (19 x 6) for the counts.
APP_CASES = ("unquoted-bad-as-of", "broken-001", "duplicate-source-id", "huge-numbers", "hostile-names",
             "truncated-substations", "markdown-substations", "corrupt-communes")


@pytest.mark.parametrize("name", APP_CASES)
def test_every_page_shows_the_rest_without_an_error(name, tmp_path, monkeypatch, written_case):
    written_case(next(c for c in CASES if c.name == name), tmp_path)
    for key, value in case_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("HDF_OPENDATA_SUBSTATIONS_MIN_ROWS")
    monkeypatch.delenv("HDF_OPENDATA_COMMUNES_MIN_ROWS")
    for page in PAGES:
        at = run_page(page)
        assert not at.exception, (page, [e.value for e in at.exception])
        assert not [e.value for e in at.error if "inattendue" in e.value], page
        assert at.title, page
        # No Markdown or HTML from data or a file: the hostile values show as typed.
        for element in (*at.info, *at.warning, *at.caption, *at.markdown, *at.success):
            text = element.value
            assert "](http://127.0.0.1" not in text and "**B**" not in text and "<b>bold" not in text, (page, text)


def test_cases_say_what_is_wrong(tmp_path, monkeypatch, written_case):
    """The open-data cases: a corrupt cache is reported as corrupt (with counts), as plain text."""
    by_name = {case.name: case for case in CASES}
    for name, page, words in (("truncated-substations", "overview", "rows read, expected ≥ 100"),
                              ("markdown-substations", "overview", "corrupt"),
                              ("corrupt-communes", "siting", "inutilisable")):
        folder = tmp_path / name
        written_case(by_name[name], folder)
        for key, value in case_env(folder).items():
            monkeypatch.setenv(key, value)
        monkeypatch.delenv("HDF_OPENDATA_SUBSTATIONS_MIN_ROWS", raising=False)
        monkeypatch.delenv("HDF_OPENDATA_COMMUNES_MIN_ROWS", raising=False)
        at = run_page(page)
        if page == "siting":  # the place search (which reads the communes) is in the settings panel
            at.session_state[SETTINGS_KEY] = True
            at.run()
        texts = [e.value for e in (*at.info, *at.caption, *at.warning)]
        assert any(words in text.replace("\\", "") for text in texts), (name, texts)
        assert "not downloaded" not in " ".join(texts) and "pas téléchargée" not in " ".join(texts), name


def test_repeated_url_keys_are_merged_not_dropped():
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params["type"] = ["data_center", "battery"]
    at.session_state[FILTERS_PANEL_KEY] = True  # the filter widgets, drawn
    at.run()
    sidebar_types = at.sidebar.multiselect[0].value
    assert set(sidebar_types) == {"data_center", "battery"}
