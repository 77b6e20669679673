"""/map's "Centres de données (IGN, 2024)" layer: off by default (its file then not read), named in
the one-line panel of missing open data with a button that downloads it from a local server, drawn
with its date and licence once switched on."""

from __future__ import annotations

import pytest

from dashboard.ui.components.opendata import OPEN_DATA_PANEL_KEY
from tests.fixtures import assert_clean, ign_datacenters_7z, plotly_figures

ARCHIVE = "ENR_1-0_ENREZO-C-FAT-DTCNTR_GPKG_LAMB93_FXX_2024-04-01.7z"
LAYER = "Centres de données (IGN, 2024)"
BUTTON = "Télécharger\u00a0: Localisation et caractérisation des datacenters en France"


@pytest.fixture
def cache(tmp_path, monkeypatch, outlines_file):
    """An empty open-data cache; no other layer's file, the IGN one never overridden."""
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    for name in ("CARTOFRICHES", "OSM_GRID", "IGN_DATACENTERS"):
        monkeypatch.delenv(f"HDF_OPENDATA_{name}", raising=False)
    return tmp_path


def ign_trace(at) -> dict | None:
    (figure,) = plotly_figures(at)
    return next((trace for trace in figure["data"] if trace.get("name") == LAYER), None)


def text_of(elements) -> str:
    return " ".join(e.value for e in elements).replace("\\", "")


def test_switched_on_the_layer_draws_the_region_s_centres_with_date_and_licence(run_page, cache, monkeypatch):
    path = cache / ARCHIVE
    path.write_bytes(ign_datacenters_7z())
    monkeypatch.setenv("HDF_OPENDATA_IGN_DATACENTERS", str(path))
    at = run_page("map")
    assert ign_trace(at) is None  # off by default
    assert "ign_datacenters" not in at.pills(key="map_layers").value
    at.pills(key="map_layers").set_value([*at.pills(key="map_layers").value, "ign_datacenters"]).run()
    assert_clean(at)
    trace = ign_trace(at)
    assert trace is not None and len(trace["lat"]) == 4
    assert any("Centre &lt;b&gt;Lille&lt;/b&gt;" in text for text in trace["hovertext"])
    captions = text_of(at.caption)
    assert "Localisation et caractérisation des datacenters en France" in captions
    assert "licence non confirmée" in captions and "2024-04-01" in captions
    (figure,) = plotly_figures(at)
    assert "IGN / Cerema" in " ".join(a["text"] for a in figure["layout"]["annotations"])


def test_off_the_file_is_not_read_on_it_is_and_a_broken_one_is_named(run_page, cache, monkeypatch):
    path = cache / ARCHIVE
    path.write_bytes(b"<html>not an archive</html>")
    monkeypatch.setenv("HDF_OPENDATA_IGN_DATACENTERS", str(path))
    at = run_page("map")
    # Off: a file is there, so the layer is not listed as missing, and the file is not read.
    assert not at.warning and not any("datacenters" in e.label for e in at.expander)
    at.session_state["map_layers"] = ["projects", "ign_datacenters"]
    at.run()
    assert_clean(at)
    assert "le fichier local ne peut pas être lu" in text_of(at.warning) and "not a 7z archive" in text_of(at.warning)
    assert ign_trace(at) is None and not at.exception


def test_missing_it_is_named_in_the_panel_and_its_button_downloads_it(run_page, cache, local_http, monkeypatch):
    local_http.routes["/" + ARCHIVE] = (200, ign_datacenters_7z())
    monkeypatch.setenv("HDF_OPENDATA_IGN_DATACENTERS_URL", local_http.base + "/" + ARCHIVE)
    at = run_page("map")
    (panel,) = [e for e in at.expander if e.label.startswith("Données ouvertes pas encore téléchargées")]
    assert "Localisation et caractérisation des datacenters en France" in panel.label
    assert local_http.requests == []  # nothing downloaded at load
    at.session_state[OPEN_DATA_PANEL_KEY.format(key="map")] = True
    at.run()
    assert "fetch ign_datacenters" in text_of(at.info)
    at.button[[b.label for b in at.button].index(BUTTON)].click()
    at.run()
    assert_clean(at)
    assert local_http.requests == ["/" + ARCHIVE]
    assert not any("datacenters" in e.label for e in at.expander)  # downloaded: no longer missing
    at.session_state["map_layers"] = ["ign_datacenters"]
    at.run()
    assert len(ign_trace(at)["lat"]) == 4 and "1 avril 2024" in text_of(at.caption)
