"""python -m dashboard.export: writes every chart for the filters and prints what it wrote; bad
arguments exit 2 with a clear message and no traceback; a missing Chromium says how to install
it; a chart over the time limit fails clearly without stopping the others."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dashboard.figures import registry as charts
from dashboard import export
from dashboard.export import cli, renderer
from dashboard.domain.filters import Choices
from tests.export.test_export import CHARTS, make_dataset, needs_chromium, png_size, silent_server, svg_texts  # noqa: F401

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def small(monkeypatch):
    """The CLI on the tests' small dataset and two charts."""
    monkeypatch.setattr(cli, "load_dataset", make_dataset)
    monkeypatch.setattr(charts, "all_charts", lambda: list(CHARTS))
    if not os.environ.get("BROWSER_PATH") and os.path.exists("/usr/bin/chromium"):
        monkeypatch.setenv("BROWSER_PATH", "/usr/bin/chromium")


def run_main(argv, capsys) -> tuple[int, str, str]:
    try:
        code = export.main(argv)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def run_cli(*args, env=None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.export", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


# --------------------------------------------------------------------------------------------
# Bad arguments: exit 2, a message naming what is wrong, no traceback


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "gif"], "argument --format: invalid choice: 'gif' (choose from 'png', 'svg', 'pdf')"),
        (["--lang", "de"], "argument --lang: invalid choice: 'de' (choose from 'fr', 'en')"),
        (["--width", "0"], "argument --width: must be positive: '0'"),
        (["--height", "tall"], "argument --height: not a number: 'tall'"),
        (["--scale", "-2"], "argument --scale: must be positive: '-2'"),
        (["--timeout", "0"], "argument --timeout: must be positive: '0'"),
        ([], "the following arguments are required: --out"),
    ],
)
def test_bad_arguments_exit_2_with_a_clear_message(small, tmp_path, capsys, args, message):
    argv = args if not args or "--out" in args else ["--out", str(tmp_path / "out"), *args]
    if not args:
        argv = []
    code, out, err = run_main(argv, capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err and out == ""
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "param, value, valid",
    [
        ("--type", "spaceport", "battery, data_center"),
        ("--dep", "75", "59, 62"),
        ("--status", "dreamt", "announced, operational, under_construction"),
        ("--site", "dc-paris", "bat-douai, dc-bethune, dc-cambrai"),
    ],
)
def test_unknown_filter_value_names_it_and_the_valid_ones(small, tmp_path, capsys, param, value, valid):
    code, out, err = run_main(["--out", str(tmp_path), param, f"data_center,{value}" if param == "--type" else value],
                              capsys)
    assert code == 2
    assert f"{param}: unknown value(s) '{value}'; valid values: {valid}" in err
    assert "Traceback" not in err and out == ""
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_filter_value_is_refused_before_chromium_starts(small, tmp_path, capsys, monkeypatch):
    started = []
    monkeypatch.setattr(cli, "get_exporter", lambda **kwargs: started.append(kwargs))
    code, _, err = run_main(["--out", str(tmp_path), "--type", "nope"], capsys)
    assert code == 2 and "--type: unknown value(s) 'nope'" in err
    assert started == []


def test_the_valid_values_are_the_filters_choices():
    choices = Choices.from_sites(make_dataset().sites)
    assert choices.deps == ("59", "62") and choices.types == ("battery", "data_center")


def test_an_out_folder_that_cannot_be_written_exits_2(small, tmp_path, capsys):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    code, out, err = run_main(["--out", str(a_file)], capsys)
    assert code == 2 and f"--out: {a_file} exists and is not a folder" in err
    code, out, err = run_main(["--out", str(a_file / "below")], capsys)
    assert code == 2 and f"--out: cannot create the folder {a_file / 'below'}" in err
    assert "Traceback" not in err


def test_bad_argument_in_a_real_process_shows_no_traceback(tmp_path):
    result = run_cli("--out", str(tmp_path), "--format", "tiff")
    assert result.returncode == 2
    assert "invalid choice: 'tiff'" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.startswith("usage: python -m dashboard.export")


def test_missing_chromium_exits_1_with_install_hint(small, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "nowhere" / "chromium"))
    # As in a new process: no shared exporter yet (another test on this worker may have started one,
    # whose running browser would serve the export without looking for Chromium).
    monkeypatch.setattr(renderer, "_EXPORTER", None)
    code, out, err = run_main(["--out", str(tmp_path / "out")], capsys)
    assert code == 1
    assert "apt-get install chromium" in err and "Traceback" not in err
    assert out == ""


def test_missing_chromium_in_a_real_process(tmp_path):
    # No BROWSER_PATH and a PATH without any Chromium.
    env = {k: v for k, v in os.environ.items() if k != "BROWSER_PATH"}
    env["PATH"] = str(Path(sys.executable).parent)
    result = subprocess.run([sys.executable, "-m", "dashboard.export", "--out", str(tmp_path)], cwd=REPO,
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1
    assert "apt-get install chromium" in result.stderr and "Traceback" not in result.stderr


# --------------------------------------------------------------------------------------------
# Writing


@needs_chromium
def test_writes_every_chart_and_prints_one_line_per_file(small, tmp_path, capsys):
    out_dir = tmp_path / "new" / "folder"
    code, out, err = run_main(["--out", str(out_dir), "--width", "640", "--height", "480", "--scale", "2",
                               "--dep", "59", "--type", "data_center,battery"], capsys)
    assert code == 0, err
    names = ["investment__investment-by-site__type-data_center+battery_dep-59.png",
             "map__site-map__type-data_center+battery_dep-59.png"]
    assert out.splitlines() == [str(out_dir / name) for name in names]
    for name in names:
        assert png_size((out_dir / name).read_bytes()) == (1280, 960)
    assert "2 of 2 chart(s) written" in err


@needs_chromium
def test_svg_in_english_carries_english_words(small, tmp_path, capsys):
    code, out, err = run_main(["--out", str(tmp_path), "--format", "svg", "--lang", "en", "--site", "dc-cambrai"],
                              capsys)
    assert code == 0, err
    path = tmp_path / "investment__investment-by-site__site-dc-cambrai_lang-en.svg"
    text = svg_texts(path.read_bytes())
    assert "Investment by site" in text and "Site: Campus IA Cambrai" in text
    assert "Gigafactory" not in text and "AFP <via> Arab News" in text


@needs_chromium
def test_a_chart_over_the_time_limit_fails_clearly_and_the_others_are_written(small, tmp_path, capsys,
                                                                              monkeypatch, silent_server):
    import time

    real = export.Exporter.render

    def hanging_maps(self, fig, options=export.RenderOptions(), timeout=None):
        if any(trace.type == "scattermap" for trace in fig.data):
            fig = fig.to_dict()
            fig["layout"]["map"]["style"] = f"{silent_server}/style.json"  # never answers: the map never loads
        return real(self, fig, options, timeout)

    monkeypatch.setattr(export.Exporter, "render", hanging_maps)
    started = time.monotonic()
    code, out, err = run_main(["--out", str(tmp_path), "--timeout", "3"], capsys)
    assert time.monotonic() - started < 60
    assert code == 1
    assert out.splitlines() == [str(tmp_path / "investment__investment-by-site.png")]
    assert "error: map/site-map: the export did not finish within the time limit (3 s)." in err
    assert "Traceback" not in err


@needs_chromium
def test_the_real_charts_of_every_page_piped_into_head_are_all_written_without_a_traceback(tmp_path):
    """`python -m dashboard.export --out DIR --format svg | head -1`, as a user runs it: the real seeds
    and figure modules end to end, and the reader goes away after one line. (One process for both:
    each real export of every chart takes 15-20 s; that every written file is printed, one line
    each, is test_writes_every_chart_and_prints_one_line_per_file's.)"""
    process = subprocess.Popen([sys.executable, "-m", "dashboard.export", "--out", str(tmp_path), "--format", "svg"],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = process.stdout.readline()
    process.stdout.close()
    _, err = process.communicate(timeout=300)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert process.returncode == 0, err
    specs = charts.all_charts()
    # Written and printed in the registry's order: the first line is the first chart's file.
    assert first.strip() == str(tmp_path / f"{specs[0].page}__{specs[0].chart_id}.svg")
    written = list(tmp_path.glob("*.svg"))
    assert {path.name for path in written} == {f"{spec.page}__{spec.chart_id}.svg" for spec in specs}
    assert {"overview", "map", "occupancy", "investment"} <= {path.name.split("__")[0] for path in written}
    for path in written:
        data = path.read_bytes()
        ET.fromstring(data)
        text = svg_texts(data)
        assert "Tous les sites" in text and "données arrêtées" in text
        assert len(data) > 5_000
