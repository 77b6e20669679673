"""/puissance's tables and their downloads: bounds written as bounds, one row per measure kind, the
published grid figures with their links, an XLSX with one sheet per table."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from dashboard.domain import power
from dashboard.domain.filters import Filters
from dashboard.export.formats import frames_xlsx_bytes
from dashboard.export.power_tables import grid_table, projects_table, published_table
from dashboard.export.tables import to_csv_bytes
from tests.fixtures import power_dataset


def test_tables_say_bounds_kinds_and_sources_and_download_as_csv_and_xlsx():
    dataset = power_dataset()
    view = power.power_view(dataset, Filters())
    projects = projects_table(view, dataset.sources, "fr").set_index("Projet")
    assert projects.loc["Big", "Puissance"] == "≤ 1\u202f000\u00a0MW"  # « jusqu'à 1 GW »: a bound, not ≈
    assert projects.loc["Mid", "Puissance"] == "100–200\u00a0MW"
    assert projects.loc["It", "Mesure"] == "puissance informatique"
    assert projects.loc["Someday", "Compté à partir de"] == "inconnu"
    grid = grid_table(view, dataset.sources, "en")
    assert set(grid["Attached as"]) == {"named by a source", "nearest"}
    published = published_table(view, dataset.sources, "fr")
    assert list(published["Horizon"]) == ["2030", "2040"] and published["Lien"].str.startswith("https://").all()
    assert to_csv_bytes(projects.reset_index(), "fr").decode("utf-8-sig").startswith("Projet;Statut;")
    workbook = load_workbook(io.BytesIO(frames_xlsx_bytes({"Projets": projects.reset_index(), "Chiffres": published},
                                                          {"Chiffres": "Lien"})))
    assert workbook.sheetnames == ["Projets", "Chiffres"]
    assert workbook["Chiffres"].cell(row=2, column=7).hyperlink is not None
