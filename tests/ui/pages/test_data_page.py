"""The data page (`/data`) in AppTest: renders without exception, its title, the table narrowed by
a URL filter, unknown values kept unknown, the CSV download, the sources, the empty state, English."""

from __future__ import annotations


import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.fixtures import assert_clean

from tests.conftest import APP


@pytest.fixture
def data_page(sample_data):
    """The data page of the app on the sample dataset, run with the given query params."""

    def run(**params) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=60).run()  # registers the pages
        at.query_params.clear()
        at.query_params.update(params)  # as if /data?<params> were opened
        at.switch_page("ui/pages/data.py").run()
        assert_clean(at)
        return at

    return run


def test_data_page_shows_every_site_but_the_region(data_page):
    at = data_page()
    assert at.title[0].value == "Données"
    table = at.dataframe[0].value
    assert len(table) == 10
    assert "Hauts-de-France" not in set(table["Nom"])
    assert any(m.value == "10 sites" for m in at.markdown)
    row = table.set_index("Nom").loc["DC Dunkerque"]
    assert pd.isna(row["Investissement (€)"])  # unknown, not 0
    assert at.dataframe[0].proto.placeholder == "inconnu"  # and shown as "inconnu", not "None"
    assert row["Puissance (MW)"] == 1000.0
    assert at.get("download_button")  # the CSV download is offered


def test_a_url_filter_narrows_the_table_and_its_sources(data_page):
    at = data_page(dep="80")
    table = at.dataframe[0].value
    assert table["Nom"].tolist() == ["Friche Amiens"]
    sources = at.dataframe[1].value
    assert sources["Identifiant"].tolist() == ["insee"]
    assert at.query_params["dep"] == "80"


def test_type_filter(data_page):
    at = data_page(type="data_center,battery")
    assert set(at.dataframe[0].value["Type"]) == {"Centre de données", "Batterie"}
    assert len(at.dataframe[0].value) == 3


def test_filters_leaving_nothing_show_the_empty_state(data_page):
    at = data_page(type="battery", dep="62")
    assert any("Aucun site ne correspond aux filtres" in i.value for i in at.info)
    assert not at.dataframe
    assert not at.get("download_button")


def test_english_labels(data_page):
    at = data_page(lang="en")
    assert at.title[0].value == "Data"
    table = at.dataframe[0].value
    assert {"Name", "Type", "Status", "Investment (€)", "Notes"} <= set(table.columns)
    assert "Data centre" in set(table["Type"])
    assert {"Publisher", "Title", "Date", "Licence", "Link"} <= set(at.dataframe[1].value.columns)


def test_hostile_query_parameters_show_notices_not_errors(data_page):
    at = data_page(type="<script>alert(1)</script>", dep="99", site="%00")
    assert len(at.warning) >= 3
    assert len(at.dataframe[0].value) == 10


def _downloads(at: AppTest) -> dict[str, object]:
    return {button.proto.label: button.proto for button in at.get("download_button")}


def test_the_sites_and_the_whole_dataset_are_offered_in_four_formats(data_page):
    downloads = _downloads(data_page(type="data_center"))
    assert list(downloads) == ["Sites (CSV)", "Sites (GeoJSON)", "Sites (Excel XLSX)", "Jeu complet (zip)"]
    assert "apostrophe" in downloads["Sites (CSV)"].help  # the reader is told about the neutralised cells
    assert "datapackage.json" in downloads["Jeu complet (zip)"].help
    # Built on click, not on every run of the page.
    assert all(proto.deferred_file_id for proto in downloads.values())


def test_the_downloads_speak_english(data_page):
    downloads = _downloads(data_page(lang="en"))
    assert "Whole dataset (zip)" in downloads
    assert "WGS 84" in downloads["Sites (GeoJSON)"].help
