"""Open data on the pages: brownfield and OSM layers on /map, the regional view on /occupancy,
the state without cache (what is missing, the command, a button that downloads from a local
server) and the file's date once there."""

from __future__ import annotations

import pytest

from dashboard.ui.components.opendata import OPEN_DATA_PANEL_KEY
from tests.fixtures import assert_clean, cartofriches_csv, datagouv_listing, overpass_json, plotly_figures


@pytest.fixture
def open_files(tmp_path, monkeypatch):
    carto = tmp_path / "friches-standard-2026-04-15.csv"
    carto.write_bytes(cartofriches_csv())
    grid = tmp_path / "overpass.json"
    grid.write_bytes(overpass_json())
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES", str(carto))
    monkeypatch.setenv("HDF_OPENDATA_OSM_GRID", str(grid))


def captions(at) -> str:
    return " ".join(c.value for c in at.caption).replace("\\", "")


def test_map_draws_brownfields_and_the_osm_grid_with_their_dates(run_page, open_files, outlines_file):
    at = run_page("map")
    names = [trace.get("name") for trace in plotly_figures(at)[0]["data"]]
    assert "Friche sans projet" in names and "Ligne 400 kV (OSM)" in names and "Poste 225 kV (OSM)" in names
    text = captions(at)
    assert "15 avril 2026" in text and "20 novembre 2026" in text and "ODbL" in text


def test_without_cache_the_map_says_what_is_missing_and_downloads_on_demand(run_page, local_http, tmp_path,
                                                                           monkeypatch, outlines_file):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    for name in ("CARTOFRICHES", "OSM_GRID"):
        monkeypatch.delenv(f"HDF_OPENDATA_{name}", raising=False)
    local_http.routes["/api"] = (200, datagouv_listing(local_http.base))
    local_http.routes["/static/friches-standard-2026-04-15.csv"] = (200, cartofriches_csv())
    monkeypatch.setenv("HDF_OPENDATA_CARTOFRICHES_URL", local_http.base + "/api")
    monkeypatch.setenv("HDF_OPENDATA_OSM_GRID_URL", local_http.base + "/down")  # 404: a clear failure
    at = run_page("map")
    assert not at.info  # named in one line at load, the notices drawn once the reader opens it
    # The IGN data-centre layer is off by default: named too, its file not read.
    (panel,) = [e for e in at.expander if e.label.startswith("Données ouvertes pas encore téléchargées (3)")]
    assert "Cartofriches" in panel.label and "OpenStreetMap" in panel.label and "datacenters" in panel.label
    at.session_state[OPEN_DATA_PANEL_KEY.format(key="map")] = True
    at.run()
    missing = " ".join(i.value for i in at.info).replace("\\", "")
    assert "fetch cartofriches" in missing and "fetch osm_grid" in missing
    labels = [b.label for b in at.button]
    at.button[labels.index("Télécharger\u00a0: Sites référencés dans Cartofriches")].click()
    at.run()
    assert "15 avril 2026" in captions(at)
    assert "Friche sans projet" in [trace.get("name") for trace in plotly_figures(at)[0]["data"]]
    (panel,) = [e for e in at.expander if e.label.startswith("Données ouvertes pas encore téléchargées (2)")]
    # A new label, and the panel stays open on the dataset still missing.
    still = " ".join(i.value for i in at.info).replace("\\", "")
    assert "fetch osm_grid" in still and "fetch cartofriches" not in still
    at.button[[b.label for b in at.button].index(
        "Télécharger\u00a0: OpenStreetMap — postes et lignes 225 / 400 kV (Overpass API)")].click()
    at.run()
    assert any("Téléchargement impossible" in w.value for w in at.warning) and not at.exception


def test_occupancy_regional_view_counts_statuses_and_the_share(run_page, open_files):
    at = run_page("occupancy")
    at.session_state["occupancy_tabs"] = "Les friches de la région (Cartofriches)"  # its on-demand tab
    at.run()
    assert_clean(at)
    figures = plotly_figures(at)
    status = next(f for f in figures if f["layout"].get("barmode") == "stack")
    assert {trace["name"] for trace in status["data"]} >= {"Friche sans projet", "Friche avec projet"}
    (share, _) = at.metric
    # Qualified: Lille (sans projet), Béthune and Saint-Quentin (avec projet), Amiens (reconvertie).
    assert share.value == "75\u00a0%"
