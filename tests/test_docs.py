"""The docs name only what exists: every module path and every `dashboard.…` name that
docs/ARCHITECTURE.md and README.md write resolves to a file or an attribute of the package."""

from __future__ import annotations

import importlib
import re

import pytest

from dashboard.config import REPO_ROOT

DOCS = ("docs/ARCHITECTURE.md", "README.md")
LAYERS = ("ui", "export", "figures", "data", "domain", "i18n")
# A path under the package, written from the repository ("dashboard/data/geocode.py") or from a
# layer ("data/geocode.py"); placeholders such as <namespace> are not paths.
PATH = re.compile(r"(?<![\w/.<>-])((?:dashboard/)?(?:" + "|".join(LAYERS) + r")/[\w/]+\.py|dashboard/\w+\.py)\b")
BARE = re.compile(r"`(\w+\.py)`")  # a module named in a list after its folder: `decoration.py`
DOTTED = re.compile(r"\bdashboard(?:\.\w+)+")


def paths_named(text: str) -> list[str]:
    return sorted({m if m.startswith("dashboard/") else f"dashboard/{m}" for m in PATH.findall(text)})


def resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            target = importlib.import_module(".".join(parts[:i]))
        except ModuleNotFoundError:
            continue
        for name in parts[i:]:
            if not hasattr(target, name):
                return False
            target = getattr(target, name)
        return True
    return False


@pytest.mark.parametrize("doc", DOCS)
def test_every_module_path_a_doc_names_exists(doc):
    text = (REPO_ROOT / doc).read_text(encoding="utf-8")
    assert [p for p in paths_named(text) if not (REPO_ROOT / p).is_file()] == []
    files = {p.name for folder in ("dashboard", "tests", "scripts", "benchmarks") for p in (REPO_ROOT / folder).rglob("*.py")}
    assert sorted({name for name in BARE.findall(text) if name not in files}) == []


@pytest.mark.parametrize("doc", DOCS)
def test_every_dashboard_name_a_doc_writes_resolves(doc):
    text = (REPO_ROOT / doc).read_text(encoding="utf-8")
    assert sorted({name.rstrip(".") for name in DOTTED.findall(text) if not resolves(name.rstrip("."))}) == []


def test_the_check_catches_a_moved_module():
    text = "`domain/siting/scoring.py` and `data/geocode.py`; `dashboard/devserver.py` moved to tests/"
    assert paths_named(text) == ["dashboard/data/geocode.py", "dashboard/devserver.py", "dashboard/domain/siting/scoring.py"]
    assert not (REPO_ROOT / "dashboard/devserver.py").exists()
    assert resolves("dashboard.domain.siting.evaluate") and not resolves("dashboard.filters.Filters")
