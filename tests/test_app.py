"""dashboard/app.py: the navigation (URL paths, titles in the reader's language), every page of the
app runs on the sample data without an exception, a missing page file or figure module stops the start by name, and an
unexpected error is a short message, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.ui.pages import PAGES as APP_PAGES


ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dashboard" / "app.py"
PAGES = tuple(key for key, _ in APP_PAGES)
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
              "investment": "Investissements", "puissance": "Puissance", "data": "Données", "siting": "Implantation",
              "ajouter": "Ajouter des faits", "site": "Fiche d'un site"}
    assert pages == {key: french[key] for key in PRESENT}


def test_menu_titles_follow_lang_in_the_url(sample_data):
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()
    english = {"overview": "Overview", "map": "Map", "occupancy": "Occupancy", "investment": "Investment",
               "puissance": "Power", "data": "Data", "siting": "Siting", "ajouter": "Add facts", "site": "Site profile"}
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


def _copy_app(tmp_path: Path, pages: dict[str, str], leave_out: tuple[str, ...] = ()) -> Path:
    """app.py beside a ui/pages/ folder holding the given page scripts, a stub for every other
    listed page, and none for the pages in `leave_out`."""
    folder = tmp_path / "dashboard"
    (folder / "ui" / "pages").mkdir(parents=True)
    shutil.copy(APP, folder / "app.py")
    for name in PAGES:
        if name not in leave_out:
            body = pages.get(name, f"import streamlit as st\nst.title('{name} stub')\n")
            (folder / "ui" / "pages" / f"{name}.py").write_text(body, encoding="utf-8")
    return folder / "app.py"


@pytest.fixture
def error_details():
    """Errors shown in full to the test (readers get them redacted: .streamlit/config.toml)."""
    from streamlit import config as st_config

    before = st_config.get_option("client.showErrorDetails")
    st_config.set_option("client.showErrorDetails", "full")
    yield
    st_config.set_option("client.showErrorDetails", before)


def test_a_missing_page_file_stops_the_start_by_name(tmp_path, error_details):
    app = _copy_app(tmp_path, {}, leave_out=("occupancy",))
    at = AppTest.from_file(str(app), default_timeout=60).run()
    assert len(at.exception) == 1
    assert "page file(s) listed in dashboard/ui/pages PAGES are missing" in at.exception[0].value
    assert "ui/pages/occupancy.py" in at.exception[0].value


def test_a_missing_figure_module_stops_the_start_by_name(monkeypatch, error_details):
    from dashboard.figures import registry

    monkeypatch.setattr(registry, "FIGURE_MODULES", (*registry.FIGURE_MODULES, "gone"))
    with pytest.raises(ModuleNotFoundError, match="dashboard.figures.gone"):
        registry.all_charts()
    at = AppTest.from_file(str(APP), default_timeout=60).run()  # the app checks the registry as it starts
    assert len(at.exception) == 1 and "dashboard.figures.gone" in at.exception[0].value


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
