"""Open data downloaded on demand and cached, tested against a local server the test starts."""

from __future__ import annotations

import json
import pytest

from dashboard.data import opendata
from tests.fixtures import commune, outlines_geojson

OUTLINES = outlines_geojson(("59", "75"))  # Nord and, outside the region, Paris
SUBSTATIONS_CSV = (
    "Code poste;Nom poste;FONCTION;Etat;Tension (kV);Longitude poste (DD);Latitude poste (DD)\n"
    "AVELI;AVELIN;Poste de transformation;EN EXPLOITATION;400kV;3.0822;50.5253\n"
    "ABLAI;ABLAINCOURT;Poste de transformation;EN EXPLOITATION;225kV;2.8269;49.8345\n"
    "OLD;ANCIEN;Poste de transformation;ACCORD ADMINISTRATIF;400kV;2.0;50.0\n"
    "HT;HORS;Poste de transformation;EN EXPLOITATION;HORS TENSION;2.0;50.0\n"
)
COMMUNES = [commune("Béthune", "62119", "62", 2.6333, 50.5303), commune("Paris", "75056", "75", 2.35, 48.85)]


@pytest.fixture
def server(local_http, monkeypatch, tmp_path):
    """The three datasets, a maintenance page and a server error, served locally; returns the base URL."""
    local_http.routes.update({
        "/outlines.geojson": (200, json.dumps(OUTLINES).encode()),
        "/substations.csv": (200, SUBSTATIONS_CSV.encode("utf-8-sig")),
        "/communes.json": (200, json.dumps(COMMUNES).encode()),
        "/garbage": (200, b"<html>maintenance</html>"),
        "/broken": (500, b"oops"),
    })
    base = local_http.base
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES_URL", base + "/outlines.geojson")
    monkeypatch.setenv("HDF_OPENDATA_SUBSTATIONS_URL", base + "/substations.csv")
    monkeypatch.setenv("HDF_OPENDATA_COMMUNES_URL", base + "/communes.json")
    return base


def test_nothing_cached_means_none_not_an_error(server):
    assert opendata.load("outlines") is None


def test_fetch_outlines_caches_and_keeps_the_region_only(server, tmp_path):
    path = opendata.fetch("outlines")
    assert path == tmp_path / "cache" / "departements.geojson"
    outlines = opendata.load("outlines")
    assert [f["properties"]["code"] for f in outlines["features"]] == ["59"]


def test_fetch_substations_keeps_those_in_operation_with_a_voltage(server):
    opendata.fetch("substations")
    table = opendata.load("substations")
    assert table[["code", "voltage_kv"]].values.tolist() == [["AVELI", 400.0], ["ABLAI", 225.0]]
    assert set(table["function"]) == {"Poste de transformation"}
    assert table.loc[0, "lat"] == pytest.approx(50.5253)


def test_fetch_communes_keeps_the_region(server):
    opendata.fetch("communes")
    communes = opendata.load("communes")
    assert communes.to_dict("records") == [
        {"insee": "62119", "name": "Béthune", "departement": "62", "lat": 50.5303, "lon": 2.6333}]


def test_a_garbage_download_does_not_replace_a_good_cache(server, monkeypatch):
    opendata.fetch("outlines")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES_URL", server + "/garbage")
    with pytest.raises(opendata.OpenDataError, match="corrupt .not valid JSON"):
        opendata.fetch("outlines")
    assert opendata.load("outlines")["features"][0]["properties"]["code"] == "59"


def test_http_error_and_no_network_are_clear_errors(server, monkeypatch):
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES_URL", server + "/broken")
    with pytest.raises(opendata.OpenDataError, match=r"outlines: download from .*/broken failed"):
        opendata.fetch("outlines")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES_URL", "http://127.0.0.1:9/nothing-listens-here")
    with pytest.raises(opendata.OpenDataError, match="download from"):
        opendata.fetch("outlines", timeout=2)


def test_override_file_is_read_instead_of_the_cache(monkeypatch, tmp_path):
    local = tmp_path / "mine.geojson"
    local.write_text(json.dumps(OUTLINES))
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(local))
    assert len(opendata.load("outlines")["features"]) == 1


def test_corrupt_cache_file_is_named_in_the_error(monkeypatch, tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(bad))
    with pytest.raises(opendata.OpenDataError, match="bad.geojson"):
        opendata.load("outlines")


def test_command_line_fetch(server, capsys):
    assert opendata.main(["fetch", "outlines", "communes"]) == 0
    assert "outlines: saved" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:  # a usage error (dashboard.data.cli): exit 2, nothing fetched
        opendata.main(["fetch", "nope"])
    assert usage.value.code == 2
    assert "unknown dataset 'nope'" in capsys.readouterr().err


def test_a_failing_server_is_asked_again_before_the_error(server, local_http, monkeypatch):
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES_URL", server + "/broken")
    with pytest.raises(opendata.OpenDataError, match=r"HTTP 500"):
        opendata.fetch("outlines")
    assert local_http.requests.count("/broken") == 1 + opendata.RETRIES


def test_a_download_records_its_sha256_and_a_changed_cache_file_is_refused(server, tmp_path):
    import hashlib

    path = opendata.fetch("outlines")
    record = json.loads(opendata.checksum_path("outlines").read_text(encoding="utf-8"))
    assert record["sha256"] == hashlib.sha256(json.dumps(OUTLINES).encode()).hexdigest()
    assert record["url"].endswith("/outlines.geojson") and record["fetched"]
    assert opendata.load("outlines") is not None
    path.write_text(json.dumps({"type": "FeatureCollection", "features": []}), encoding="utf-8")
    with pytest.raises(opendata.OpenDataError, match="changed since it was downloaded"):
        opendata.load("outlines")
    opendata.fetch("outlines")  # downloading again mends it
    assert opendata.load("outlines")["features"]


# --- Integrity (issue 13): a downloaded or cached file is checked before use ----------------------

ROW = "P{0:03d};POSTE {0};Poste de transformation;EN EXPLOITATION;225kV;2.{0:03d};50.{0:03d}\n"


def substations_csv(rows: int) -> str:
    return SUBSTATIONS_CSV.split("\n", 1)[0] + "\n" + "".join(ROW.format(i) for i in range(rows))


def test_a_cache_cut_off_mid_row_is_corrupt_not_partial(monkeypatch, tmp_path):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    text = substations_csv(300)
    (tmp_path / "postes-electriques-rte.csv").write_text(text[: len(text) // 2 + 7], encoding="utf-8")
    with pytest.raises(opendata.CorruptDataError, match=r"corrupt \(truncated: the last row has \d of 7 fields\), "
                                                        r"\d+ rows read, expected ≥ 1"):
        opendata.load("substations")


def test_too_few_rows_for_the_dataset_is_corrupt(monkeypatch, tmp_path):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    monkeypatch.delenv("HDF_OPENDATA_SUBSTATIONS_MIN_ROWS")  # the real minimum: 100 substations
    (tmp_path / "postes-electriques-rte.csv").write_text(substations_csv(40), encoding="utf-8")
    with pytest.raises(opendata.CorruptDataError, match="40 rows read, expected ≥ 100"):
        opendata.load("substations")


def test_a_truncated_commune_list_is_corrupt(monkeypatch, tmp_path):
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))
    text = json.dumps(COMMUNES * 50)
    (tmp_path / "communes-hdf.json").write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(opendata.CorruptDataError, match="corrupt .truncated JSON"):
        opendata.load("communes")


def test_checksum_recorded_at_download_and_verified(server, tmp_path):
    path = opendata.fetch("substations")
    manifest = json.loads(path.with_name(path.name + ".sha256.json").read_text())
    assert len(manifest["sha256"]) == 64 and manifest["rows"] == 4
    assert len(opendata.load("substations")) == 2
    # Changed since its download (same row count, one value edited): corrupt, not used.
    path.write_bytes(path.read_bytes().replace(b"AVELIN", b"AVELIX"))
    with pytest.raises(opendata.CorruptDataError, match="changed since it was downloaded.*expected 4"):
        opendata.load("substations")


# RTE's editions since June 2026 (ODRÉ, "au 16 juin 2026"): the same substations, no positions.
SUBSTATIONS_2026_CSV = (
    "code_poste;nom_poste;fonction;etat;tension;departement\n"
    "AVELI;AVELIN;Poste de transformation;EN EXPLOITATION;400kV;Nord\n"
    "FRAIS;FRAISES;Poste de transformation;EN EXPLOITATION;225kV;Marne\n"
)


def test_an_edition_without_coordinates_is_refused_by_name_and_the_cached_one_kept(server, local_http):
    opendata.fetch("substations")  # the earlier edition, with positions
    local_http.routes["/substations.csv"] = (200, SUBSTATIONS_2026_CSV.encode("utf-8-sig"))
    with pytest.raises(opendata.OpenDataError, match="no coordinates.*since June 2026.*osm_grid"):
        opendata.fetch("substations")
    assert opendata.load("substations")["code"].tolist() == ["AVELI", "ABLAI"]
