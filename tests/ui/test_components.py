"""dashboard.ui.components in AppTest: the sidebar filters and the URL stay in step across reruns and
page changes, the language toggle relabels everything (menu included), reset clears the filters
but keeps the language, other pages' own query parameters survive, notices show hostile values
as plain text."""

from __future__ import annotations


import pytest
from streamlit.testing.v1 import AppTest


from dashboard.ui.components.sidebar import FILTERS_PANEL_KEY, LANGUAGE_BUTTON_KEY, RESET_BUTTON_KEY
from tests.conftest import APP


@pytest.fixture
def at(sample_data) -> AppTest:
    return AppTest.from_file(str(APP), default_timeout=60)


def multiselect(at: AppTest, index: int):
    """A filter widget (0 type, 1 département, 2 status, 3 site), the panel opened if it is closed."""
    if not at.sidebar.multiselect:
        at.session_state[FILTERS_PANEL_KEY] = True
        at.run()
    return at.sidebar.multiselect[index]


def test_the_filters_in_force_are_said_at_load_and_their_widgets_drawn_once_opened(at):
    at.run()
    assert not at.sidebar.multiselect
    said = next(m.value for m in at.sidebar.markdown if m.value.startswith("Aucun filtre\u00a0: tous les sites."))
    assert said.endswith(":small[:gray[L'adresse de la page garde les filtres\u00a0: copiez-la pour partager cette vue.]]")
    assert RESET_BUTTON_KEY not in [b.key for b in at.sidebar.button]  # nothing to reset: no button
    at.query_params.update({"type": "data_center", "dep": "59"})
    at.run()
    said = next(m.value for m in at.sidebar.markdown if "Type de projet" in m.value)
    assert "**Type de projet**\u00a0: Centre de données" in said and "**Département**\u00a0: 59 Nord" in said
    assert not at.sidebar.multiselect and projects(at) == "1"  # closed, yet in force
    assert not at.sidebar.button(key=RESET_BUTTON_KEY).disabled  # something to reset
    assert multiselect(at, 1).value == ["59"]
    multiselect(at, 1).set_value([]).run()  # the choice made in the panel is said in the same run
    said = " ".join(m.value for m in at.sidebar.markdown)
    assert "Département" not in said and "Centre de données" in said and at.query_params == {"type": "data_center"}


def projects(at: AppTest) -> str:
    return next(m.value for m in at.metric if m.label in ("Projets", "Projects"))


def titles(at: AppTest) -> set[str]:
    return {info["page_name"] for info in at._registered_pages.values()}


def test_a_sidebar_choice_goes_into_the_url_and_narrows_the_page(at):
    at.run()
    multiselect(at, 0).set_value(["data_center"]).run()
    assert not at.exception
    assert at.query_params == {"type": "data_center"}
    assert projects(at) == "2"
    # A further rerun keeps the choice (the widget now starts from the URL).
    at.run()
    assert multiselect(at, 0).value == ["data_center"]
    assert projects(at) == "2"


def test_the_url_fills_the_sidebar(at):
    at.query_params.update({"type": "data_center", "dep": "59"})
    at.run()
    assert multiselect(at, 0).value == ["data_center"]
    assert multiselect(at, 1).value == ["59"]
    assert projects(at) == "1"


def test_filters_survive_a_page_change_that_drops_the_query_string(at):
    at.query_params.update({"type": "data_center", "lang": "en"})
    at.run()
    at.query_params.clear()  # st.navigation's menu links carry no query string
    at.switch_page("ui/pages/data.py").run()
    assert not at.exception
    assert at.title[0].value == "Data"
    assert set(at.dataframe[0].value["Type"]) == {"Data centre"}
    assert at.query_params == {"type": "data_center", "lang": "en"}  # written back: still shareable
    assert "Données" not in titles(at)


def test_a_new_url_wins_over_the_session(at):
    at.query_params.update({"type": "data_center"})
    at.run()
    at.query_params.clear()
    at.query_params.update({"type": "battery"})  # e.g. a shared link opened in the same tab
    at.run()
    assert projects(at) == "1"
    assert multiselect(at, 0).value == ["battery"]


def test_the_language_toggle_relabels_the_page(at):
    at.run()
    assert "Vue d'ensemble" in titles(at)
    assert at.sidebar.button(key=LANGUAGE_BUTTON_KEY).label == "English"  # named in its own language
    at.sidebar.button(key=LANGUAGE_BUTTON_KEY).click().run()
    assert not at.exception
    assert at.query_params == {"lang": "en"}
    assert at.title[0].value == "Data centres in Hauts-de-France"
    assert at.sidebar.header[0].value == "Filters"
    # The menu is built from the URL's lang before the page runs: the rerun above rebuilt it in
    # English (AppTest keeps the page registry of a first run only; the browser test checks it).
    assert at.sidebar.button(key=LANGUAGE_BUTTON_KEY).label == "Français"
    at.sidebar.button(key=LANGUAGE_BUTTON_KEY).click().run()
    assert at.query_params == {} and at.title[0].value.startswith("Centres de données")  # and back


def test_reset_clears_the_filters_and_keeps_the_language(at):
    at.query_params.update({"type": "data_center", "status": "planned", "lang": "en"})
    at.run()
    assert projects(at) == "1"
    at.sidebar.button(key=RESET_BUTTON_KEY).click().run()
    assert not at.exception
    assert at.query_params == {"lang": "en"}
    assert projects(at) == "8"
    assert multiselect(at, 0).value == []


def test_other_query_parameters_are_kept(at):
    at.query_params.update({"type": "data_center", "lat": "50.5", "lon": "2.6"})
    at.run()
    multiselect(at, 1).set_value(["62"]).run()
    assert at.query_params == {"type": "data_center", "dep": "62", "lat": "50.5", "lon": "2.6"}


def test_hostile_values_are_dropped_with_a_plain_text_notice(at):
    at.query_params.update({"type": "[x](javascript:alert(1))", "site": "\x00", "lang": "xx"})
    at.run()
    assert not at.exception
    notices = [w.value for w in at.warning]
    assert len(notices) == 3
    assert "\\[x\\]\\(javascript\\:alert\\(1\\)\\)" in notices[0]  # escaped: shown as typed, not a link
    assert "U\\+0000" in notices[1]  # the NUL made visible (Markdown-escaped "+")
    assert at.query_params == {}  # the URL is cleaned up
    assert at.title[0].value == "Centres de données en Hauts-de-France"




def test_every_open_dataset_says_what_it_brings_in_both_languages():
    """A French page once said « sans lui, pas de 400 kV lines and substations… »: the registry's
    English purpose inside a French sentence."""
    from dashboard.data.opendata import DATASETS
    from dashboard.i18n import t

    for name, entry in DATASETS.items():
        french, english = t(f"opendata.purpose_{name}", "fr"), t(f"opendata.purpose_{name}", "en")
        assert english == entry.purpose  # the registry's words, for the command line
        assert french != english and "opendata." not in french, name


def test_the_footer_lists_the_sources_with_their_links_once_opened(run_page):
    from dashboard.ui.components.footer import SOURCES_KEY

    at = run_page("investment")
    footer_line = next(c.value for c in at.caption if c.value.startswith("Sources"))
    label = next(e.label for e in at.expander if e.label.startswith("Sources ("))
    assert not any("](http" in m.value for m in at.markdown)  # closed: no list drawn yet
    at.session_state[SOURCES_KEY] = True
    at.run()
    listed = [line for m in at.markdown for line in m.value.splitlines() if line.startswith("- ")]
    assert len(listed) == int(label.split("(")[1].rstrip(")"))  # one line per source counted
    assert any("](https://" in line for line in listed)
    assert all(line.split(",")[0][2:].replace("\\", "") in footer_line.replace("\\", "") for line in listed)


def test_an_opened_panel_stays_open_when_its_label_changes(run_page):
    """The footer's "Sources (N)" opened, then a filter changes N: the list is still shown, for the
    new count; closed again, it stays closed after a further change."""
    from dashboard.ui.components.footer import SOURCES_KEY

    def listed(at: AppTest) -> int:
        return sum(line.startswith("- ") for m in at.markdown for line in m.value.splitlines())

    def label(at: AppTest) -> str:
        return next(e.label for e in at.expander if e.label.startswith("Sources ("))

    at = run_page("investment")
    at.session_state[SOURCES_KEY] = True
    at.run()
    everything = label(at)
    assert listed(at) == int(everything.split("(")[1].rstrip(")"))
    at.query_params["type"] = "battery"
    at.run()
    assert label(at) != everything and listed(at) == int(label(at).split("(")[1].rstrip(")"))
    at.session_state[SOURCES_KEY] = False
    at.run()
    batteries = label(at)
    at.query_params["type"] = "data_center"
    at.run()
    assert label(at) not in (everything, batteries) and listed(at) == 0
