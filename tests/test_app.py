"""dashboard/app.py: the navigation (URL paths, titles in the reader's language), every page of the
app runs on the sample data without an exception, missing page files are skipped, and an
unexpected error is a short message, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest


ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "app.py"
PAGES = ("overview", "map", "occupancy", "investment", "data", "siting", "ajouter", "site")
PRESENT = [p for p in PAGES if (APP.parent / "ui" / "pages" / f"{p}.py").is_file()]
# /ajouter works on an article, /site on one site: neither shows the filtered sites.
FILTERED = [p for p in PRESENT if p not in ("ajouter", "site")]


def registered(at: AppTest) -> dict[str, str]:
    """url path -> menu title of the pages st.navigation registered in the last run ('' is `/`)."""
    return {info["url_pathname"] or "overview": info["page_name"] for info in at._registered_pages.values()}


def test_navigation_has_a_url_path_per_page_and_french_titles(sample_data):
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    pages = registered(at)
    assert set(pages) == set(PRESENT)
    french = {"overview": "Vue d'ensemble", "map": "Carte", "occupancy": "Réoccupation",
              "investment": "Investissements", "data": "Données", "siting": "Implantation",
              "ajouter": "Ajouter des faits", "site": "Fiche d'un site"}
    assert pages == {key: french[key] for key in PRESENT}


def test_menu_titles_follow_lang_in_the_url(sample_data):
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    english = {"overview": "Overview", "map": "Map", "occupancy": "Occupancy", "investment": "Investment",
               "data": "Data", "siting": "Siting", "ajouter": "Add facts", "site": "Site profile"}
    assert registered(at) == {key: english[key] for key in PRESENT}


@pytest.mark.parametrize("page", PRESENT)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_runs_without_exception(sample_data, page, lang):
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.query_params["lang"] = lang
    at.switch_page(f"ui/pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert at.title, "every page has a title"
    assert any("Sources" in c.value for c in at.caption), "every page ends with the sources footer"


@pytest.mark.parametrize("page", FILTERED)
def test_every_page_shows_the_empty_state_when_filters_leave_nothing(sample_data, page):
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.query_params.update({"type": "battery", "dep": "62"})
    at.switch_page(f"ui/pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Aucun site ne correspond" in i.value for i in at.info)


def _copy_app(tmp_path: Path, pages: dict[str, str]) -> Path:
    """app.py beside a ui/pages/ folder holding only the given page scripts."""
    folder = tmp_path / "dashboard"
    (folder / "ui" / "pages").mkdir(parents=True)
    shutil.copy(APP, folder / "app.py")
    for name, body in pages.items():
        (folder / "ui" / "pages" / f"{name}.py").write_text(body, encoding="utf-8")
    return folder / "app.py"


def test_missing_page_files_are_skipped(tmp_path):
    app = _copy_app(tmp_path, {"overview": "import streamlit as st\nst.title('stub')\n",
                               "data": "import streamlit as st\nst.title('data stub')\n"})
    at = AppTest.from_file(str(app), default_timeout=60).run()
    assert not at.exception
    assert set(registered(at)) == {"overview", "data"}
    assert at.title[0].value == "stub"


def test_the_site_page_opens_from_the_app_with_its_links(sample_data):
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.query_params.update({"id": "dc-bethune"})
    at.switch_page("ui/pages/site.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "DC Béthune"
    # The host opens in place (a link-styled button: Streamlit ignores a page link to the page shown).
    at.button(key="site-link-host-bethune").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.query_params["id"] in ("host-bethune", ["host-bethune"])
    assert at.title[0].value.replace("\\", "") == "Ex-Bridgestone Béthune"  # the title's Markdown escapes read off


def test_a_failing_page_shows_a_short_message_not_a_traceback(tmp_path):
    app = _copy_app(tmp_path, {"overview": "raise ValueError('boom')\n"})
    at = AppTest.from_file(str(app), default_timeout=60).run()
    assert not at.exception  # no traceback element
    assert len(at.error) == 1
    assert "erreur inattendue" in at.error[0].value
    assert "boom" not in at.error[0].value and "Traceback" not in at.error[0].value
