"""The architecture the folders show is the one the code has (docs/ARCHITECTURE.md).

- import-linter checks the contracts in pyproject.toml: each layer imports only from the layers
  below it (app and server > ui > export > figures > data > domain > i18n > config), figures do no I/O, the domain
  uses neither Streamlit nor plotly, and only the repository caches with Streamlit;
- pages stay thin (≤ 150 lines) and every module under dashboard/ within a line budget (≤ 400):
  a module that grows past it is split by job, never excused by its docstring.
"""

from __future__ import annotations

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
    for name in ("__init__.py", "app.py", "server.py", "config.py"):
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


def over_budget(root) -> dict[str, int]:
    """{module path under root: its line count} for every module over MODULE_MAX_LINES."""
    lines = {path.relative_to(root).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in sorted(root.rglob("*.py"))}
    return {name: n for name, n in lines.items() if n > MODULE_MAX_LINES}


def test_every_module_is_within_the_line_budget():
    over = {f"dashboard/{name}": n for name, n in over_budget(PACKAGE).items()}
    assert not over, f"over the budget of {MODULE_MAX_LINES} lines, split them by job: {over}"


def test_the_budget_check_can_fail(tmp_path):
    """The budget is a real bound: a module one line over it is reported, one at it is not."""
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "long.py").write_text("x = 1\n" * (MODULE_MAX_LINES + 1), encoding="utf-8")
    (tmp_path / "pkg" / "fits.py").write_text("x = 1\n" * MODULE_MAX_LINES, encoding="utf-8")
    assert over_budget(tmp_path) == {"pkg/long.py": MODULE_MAX_LINES + 1}
