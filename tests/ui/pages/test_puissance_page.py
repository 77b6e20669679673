"""/puissance in AppTest: from the shipped seeds alone (no download), in French and English, the
verdict's numbers linked to their sources; the measure kind, the load factor and a filter change
the charts and the verdict; on the sample dataset (no power outlook) the default load factor is
said to be unsourced; the tables' downloads are offered."""

from __future__ import annotations

import re

import pytest

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build
from dashboard.data import repository
from dashboard.ui.pages.puissance import CANNOT_KEY, FACTOR_KEY, MEASURE_KEY, PROJECTS_KEY, TABS_KEY
from tests.fixtures import assert_clean, markdown_tables, plotly_figures

LINK = re.compile(r"\[[^\]]+\]\(https?://[^)]+\)")


@pytest.fixture(scope="module")
def seeds():
    return build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)


@pytest.fixture
def app(run_page, monkeypatch, seeds):
    monkeypatch.setattr(repository, "load_dataset", lambda: (seeds, []))
    return lambda **params: run_page("puissance", **params)


def plain(text: str) -> str:
    """Non-breaking spaces and group separators read as plain spaces ("5 460 MW", "« measure »")."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def verdict(at) -> str:
    """The verdict's lines (Markdown, in plain spaces), under its heading in the same element."""
    heading, lines = plain(at.markdown[0].value).split("\n\n", 1)
    assert heading in ("### En bref", "### In short")
    return lines


def on_energy_tab(at):
    """The page with its energy tab open: the load factor's slider is drawn there."""
    at.session_state[TABS_KEY] = "Énergie par année"
    return at.run()


def titles(at) -> list[str]:
    return [fig["layout"]["title"]["text"] for fig in plotly_figures(at)]


def test_the_page_answers_from_the_seeds_alone_with_every_number_linked(app):
    at = app()
    assert at.title[0].value == "Y a-t-il assez de puissance\u00a0?"
    text = verdict(at)
    assert "5 460 MW" in text  # Gravelines' net capacity
    for line in text.splitlines()[:2]:
        assert LINK.search(line), line  # the demand and Gravelines' capacity link to their sources
    assert "Dunkerque" in text and "3 500 MW" in text
    cannot = at.expander[0]
    assert cannot.label == "Ce que ces chiffres ne disent pas"
    assert "n'est pas publiée" not in " ".join(m.value for m in at.markdown)  # built once opened
    assert titles(at)[0].startswith("Puissance annoncée par année — puissance du site")
    at.session_state[CANNOT_KEY] = True
    at.run()
    assert "n'est pas publiée" in " ".join(m.value for m in at.markdown)


def test_the_projects_table_is_built_once_opened_with_its_count(app):
    at = app()
    (projects,) = [e for e in at.expander if e.label.startswith("Projets et puissance annoncée")]
    assert projects.label == "Projets et puissance annoncée (8 projets)"
    assert not markdown_tables(at)
    at.session_state[PROJECTS_KEY] = True
    at.run()
    (table,) = markdown_tables(at)
    assert len(table) == 8 and {"Projet", "Puissance", "Sources"} <= set(table.columns)


def test_english_page(app):
    at = app(lang="en")
    assert at.title[0].value == "Is there power for all this?"
    assert "announced demand" in verdict(at) and "Gravelines" in verdict(at)
    assert titles(at)[0].startswith("Announced power by year")


def test_the_measure_kind_changes_the_chart_and_the_verdict_and_never_adds_kinds(app):
    at = app()
    measure = at.segmented_control(key=MEASURE_KEY)
    assert measure.value == "site_total"  # the kind with the most projects
    assert measure.options[:2] == ["puissance du site (7 projets)", "capacité de raccordement au réseau (1 projet)"]
    before, chart_before = verdict(at), titles(at)[0]
    at = measure.set_value("grid_connection").run()
    assert_clean(at)
    assert titles(at)[0] != chart_before and "capacité de raccordement" in titles(at)[0]
    assert verdict(at) != before and "capacité de raccordement" in verdict(at)


def test_the_load_factor_is_set_on_the_energy_tab_and_changes_the_energy_and_the_verdict(app):
    at = app()
    assert not at.slider  # on the tab whose chart it changes; the page says where
    assert any("Le facteur de charge se règle dans l'onglet «\u00a0Énergie par année\u00a0»" in c.value
               for c in at.caption)
    at = on_energy_tab(at)
    slider = at.slider(key=FACTOR_KEY)
    assert slider.value == 40  # RTE's 2030 trajectory: 4,3 GW and 15 TWh
    assert any("4\u202f300" in c.value or "4 300" in c.value for c in at.caption)
    before = verdict(at)
    at = slider.set_value(80).run()
    assert_clean(at)
    after = verdict(at)
    assert after != before and "80 %" in after


def test_a_sidebar_filter_changes_the_demand(app):
    everything = verdict(app())
    somme = verdict(app(dep="80"))  # Le Bosquel only
    assert somme != everything and "1 000 MW" in somme


def test_the_energy_and_grid_tabs_draw_their_charts_and_tables(app):
    at = app()
    at.session_state[TABS_KEY] = "Énergie par année"
    at = at.run()
    assert_clean(at)
    assert any(t.startswith("Énergie par année") for t in titles(at))
    at.session_state[TABS_KEY] = "Charge sur le réseau"
    at = at.run()
    assert_clean(at)
    assert any("poste 400 kV" in t for t in titles(at))
    grid = next(frame.value for frame in at.dataframe if "Poste 400 kV" in frame.value.columns)
    assert grid["Poste 400 kV"].str.contains("MASTAING").any()
    assert any("capacité d'accueil des postes n'est pas publiée" in i.value for i in at.info)


def test_on_the_sample_data_the_default_load_factor_is_said_to_be_unsourced(run_page):
    at = on_energy_tab(run_page("puissance"))
    assert at.slider(key=FACTOR_KEY).value == 50
    assert any("hypothèse non sourcée" in c.value for c in at.caption)


def url_param(at, name: str):
    """A query parameter of the page's address as AppTest holds it (a list or a string), None when absent."""
    value = at.query_params.get(name)
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def test_the_measure_and_the_load_factor_are_kept_in_the_address(app):
    at = app()
    assert url_param(at, "measure") is None and url_param(at, "load_factor") is None  # defaults left out
    at = at.segmented_control(key=MEASURE_KEY).set_value("grid_connection").run()
    at = on_energy_tab(at).slider(key=FACTOR_KEY).set_value(60).run()
    assert_clean(at)
    assert url_param(at, "measure") == "grid_connection" and url_param(at, "load_factor") == "60"
    at = at.slider(key=FACTOR_KEY).set_value(40).run()  # back to the default: out of the address
    assert url_param(at, "load_factor") is None and url_param(at, "measure") == "grid_connection"


def test_opening_a_shared_address_restores_the_measure_and_the_load_factor(app):
    shared = app(measure="grid_connection", load_factor="60")
    assert_clean(shared)
    assert not shared.warning
    assert shared.segmented_control(key=MEASURE_KEY).value == "grid_connection"
    assert "capacité de raccordement" in titles(shared)[0] and "capacité de raccordement" in verdict(shared)
    assert "60 %" in verdict(shared)  # the slider is on another tab: the address's value is the one used
    assert on_energy_tab(shared).slider(key=FACTOR_KEY).value == 60
    shared.session_state[TABS_KEY] = "Puissance par année"
    shared = shared.run()
    assert "60 %" in verdict(shared) and url_param(shared, "load_factor") == "60"  # kept, the slider gone
    # The same view as a reader who chose them on the page.
    chosen = app()
    chosen = chosen.segmented_control(key=MEASURE_KEY).set_value("grid_connection").run()
    chosen = on_energy_tab(chosen).slider(key=FACTOR_KEY).set_value(60).run()
    chosen.session_state[TABS_KEY] = "Puissance par année"
    chosen = chosen.run()
    assert verdict(chosen) == verdict(shared) and titles(chosen) == titles(shared)


@pytest.mark.parametrize("value", ["abc", "150", "42", "5", ""])
def test_an_unusable_load_factor_in_the_address_is_said_and_the_default_shown(app, value):
    at = app(load_factor=value)
    assert_clean(at)
    assert "40 %" in verdict(at)
    (warning,) = [plain(w.value) for w in at.warning]
    assert "« load_factor »" in warning and f"« {value} »" in warning
    assert "de 10 à 100 % par pas de 5" in warning and "Affiché à la place : 40 %" in warning
    assert url_param(at, "load_factor") is None  # the address no longer carries it
    at = on_energy_tab(at)
    assert at.slider(key=FACTOR_KEY).value == 40
    at = at.slider(key=FACTOR_KEY).set_value(70).run()
    assert not at.warning and url_param(at, "load_factor") == "70"


def test_a_measure_no_project_shown_has_is_said_and_the_default_shown_in_both_languages(app):
    at = app(measure="no_such_kind")
    assert_clean(at)
    assert at.segmented_control(key=MEASURE_KEY).value == "site_total"
    (warning,) = [plain(w.value) for w in at.warning]
    assert "« no\\_such\\_kind »" in warning and "puissance du site" in warning  # as written (escaped Markdown)
    # A real kind that the filters leave no project of (the Somme has site power only).
    at = app(lang="en", dep="80", measure="grid_connection")
    (warning,) = at.warning
    assert "“measure”" in warning.value and "“grid\\_connection”" in warning.value
    assert "Shown instead: site power" in warning.value
    # Markdown in the address is shown as written, never rendered.
    at = app(measure="**bold**")
    assert "\\*\\*bold\\*\\*" in at.warning[0].value


def test_the_tables_download_from_a_menu_as_csv_and_xlsx(app):
    """The page's tables in one « Télécharger les tableaux » menu (like each chart's « Exporter »):
    the projects as CSV, the three tables as a workbook."""
    at = app()
    (menu,) = [p for p in at.get("popover") if p.proto.popover.label == "Télécharger les tableaux"]
    buttons = {b.proto.label: b.proto for b in menu.get("download_button")}  # inside the menu
    assert "Projets (CSV)" in buttons and "Projets, réseau et chiffres publiés (XLSX)" in buttons
    assert buttons["Projets (CSV)"].id.endswith("power-csv")  # the data made once clicked (deferred)
    assert buttons["Projets, réseau et chiffres publiés (XLSX)"].id.endswith("power-xlsx")
