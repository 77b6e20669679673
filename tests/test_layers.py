"""The architecture the folders show is the one the code has (docs/ARCHITECTURE.md).

- import-linter checks the contracts in pyproject.toml: each layer imports only from the layers
  below it (ui > export > figures > data > domain > i18n > config), figures do no I/O, the domain
  uses neither Streamlit nor plotly, and only the repository caches with Streamlit;
- pages stay thin, and a module over 400 lines says in its docstring why it is one thing.
"""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from dashboard.config import REPO_ROOT

PACKAGE = REPO_ROOT / "dashboard"
PAGE_MAX_LINES = 150
MODULE_MAX_LINES = 400


def test_import_contracts_are_kept():
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports; "
                             "raise SystemExit(lint_imports(config_filename='pyproject.toml', no_cache=True))"],
                            cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_a_broken_layer_would_be_reported(tmp_path):
    """The check itself can fail: a domain module that imports Streamlit breaks a contract."""
    package = tmp_path / "dashboard"
    for layer in ("ui", "export", "figures", "data", "domain", "i18n"):
        (package / layer).mkdir(parents=True)
        (package / layer / "__init__.py").write_text("")
    for name in ("__init__.py", "app.py", "config.py"):
        (package / name).write_text("")
    (package / "domain" / "bad.py").write_text("import streamlit\nfrom dashboard.data import repository\n")
    (package / "data" / "repository.py").write_text("import streamlit\n")
    (tmp_path / "pyproject.toml").write_text((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports; "
                             "raise SystemExit(lint_imports(config_filename='pyproject.toml', no_cache=True))"],
                            cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(tmp_path)})
    assert result.returncode != 0
    assert "dashboard.domain.bad -> dashboard.data.repository" in result.stdout
    assert "dashboard.domain.bad -> streamlit" in result.stdout


@pytest.mark.parametrize("page", sorted((PACKAGE / "ui" / "pages").glob("*.py")), ids=lambda p: p.name)
def test_pages_are_thin(page):
    lines = len(page.read_text(encoding="utf-8").splitlines())
    assert lines <= PAGE_MAX_LINES, f"{page.name}: {lines} lines; move controls and text into ui/components"


def _long_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if len(path.read_text(encoding="utf-8").splitlines()) > MODULE_MAX_LINES:
            yield path


@pytest.mark.parametrize("path", list(_long_modules()), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_long_module_says_why_it_is_one_thing(path):
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    assert "cohesive" in docstring.lower() or "kept whole" in docstring.lower(), (
        f"{path.relative_to(REPO_ROOT)} is over {MODULE_MAX_LINES} lines: split it, or say in its docstring "
        "why it is one cohesive thing")
