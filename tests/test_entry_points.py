"""The declared entry points: pyproject's dependencies are requirements.txt's packages, every
command is declared and follows one convention (dashboard.data.cli), and every documented
`python -m` form still runs."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import tomllib

import pytest

from dashboard.config import REPO_ROOT

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SCRIPTS = PYPROJECT["project"]["scripts"]
# The documented `python -m` forms and the command each one is.
MODULES = {"dashboard.build": "hdf-build", "dashboard.export": "hdf-export", "dashboard.intake": "hdf-intake",
           "dashboard.data.opendata": "hdf-opendata", "dashboard.watch": "hdf-watch"}


def _pins(lines) -> dict[str, str]:
    pins = {}
    for line in lines:
        match = re.match(r"^\s*([A-Za-z0-9_.-]+)\s*(?:==|>=)\s*([^\s;#]+)", line)
        if match:
            pins[match[1].lower()] = match[2]
    return pins


def test_declared_dependencies_are_the_pinned_requirements_at_least():
    required = _pins((REPO_ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines())
    declared = _pins(PYPROJECT["project"]["dependencies"])
    assert declared == required
    assert all(">=" in dep for dep in PYPROJECT["project"]["dependencies"])  # exact pins: constraints.txt


def test_every_command_is_declared_and_is_a_main():
    assert set(SCRIPTS) >= set(MODULES.values())
    for target in SCRIPTS.values():
        module, _, name = target.partition(":")
        assert callable(getattr(importlib.import_module(module), name)), target


@pytest.mark.parametrize("command", sorted(MODULES.values()))
def test_every_command_says_a_usage_error_with_exit_2(command, capsys, monkeypatch):
    module, _, name = SCRIPTS[command].partition(":")
    monkeypatch.setattr(sys, "argv", [f"/venv/bin/{command}"])
    main = getattr(importlib.import_module(module), name)
    with pytest.raises(SystemExit) as exit_:
        main(["--no-such-option"])
    assert exit_.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"usage: {command}") and f"\n{command}: error: " in err


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_documented_module_form_still_runs(module):
    done = subprocess.run([sys.executable, "-m", module, "--help"], cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: python -m {module}")
