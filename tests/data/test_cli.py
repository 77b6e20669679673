"""dashboard.data.cli: the one convention of the commands (argparse, exit 0/1/2, errors on stderr)."""

from __future__ import annotations

import sys

import pytest

from dashboard.data import cli


def test_the_program_is_named_as_the_user_typed_it(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/venv/bin/hdf-build", "--out", "x"])
    assert cli.prog("dashboard.build") == "hdf-build"
    monkeypatch.setattr(sys, "argv", ["/repo/dashboard/build.py", "--out", "x"])
    assert cli.prog("dashboard.build") == "python -m dashboard.build"


def test_a_usage_error_exits_2_with_the_usage_on_stderr(capsys):
    parser = cli.Parser(prog="hdf-test")
    parser.add_argument("--out", required=True)
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["--out", "x", "--bogus"])
    assert exit_.value.code == cli.USAGE == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: hdf-test") and "hdf-test: error: " in err and "--bogus" in err


def test_an_error_is_said_on_stderr(capsys):
    cli.error("communes: download failed")
    assert capsys.readouterr() == ("", "error: communes: download failed\n")


def test_a_writable_folder_is_created_and_a_file_in_the_way_is_named(tmp_path):
    assert cli.writable_folder(tmp_path / "new" / "out") == ""
    assert (tmp_path / "new" / "out").is_dir()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert cli.writable_folder(blocker) == f"{blocker} exists and is not a folder"
    assert cli.writable_folder(blocker / "out").startswith(f"cannot create the folder {blocker / 'out'}")
