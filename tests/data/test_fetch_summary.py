"""`make fetch-opendata` (python -m dashboard.data.opendata fetch): per dataset, the file's date and
rows read / in the region / placed / refused, from files served by a local server."""

from __future__ import annotations

import datetime
import json

from dashboard.config import DATA_DIR
from dashboard.data import opendata, osm_grid
from tests.fixtures import COMMUNES_JSON, cartofriches_csv, datagouv_listing, outlines_geojson, overpass_json


def test_fetch_prints_each_files_date_and_its_rows(local_http, monkeypatch, tmp_path, capsys):
    base = local_http.base
    local_http.routes.update({
        "/outlines.geojson": (200, json.dumps(outlines_geojson(("59", "62", "80", "60", "02", "75"))).encode()),
        "/substations.csv": (200, (DATA_DIR / "reference" / "postes-electriques-rte-hauts-de-france.csv").read_bytes()),
        "/communes.json": (200, json.dumps(COMMUNES_JSON).encode()),
        "/api": (200, datagouv_listing(base)),
        "/static/friches-standard-2026-04-15.csv": (200, cartofriches_csv()),
        "/api/interpreter": (200, overpass_json(border=True)),
    })
    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path / "cache"))
    for name, path in (("OUTLINES", "/outlines.geojson"), ("SUBSTATIONS", "/substations.csv"),
                       ("COMMUNES", "/communes.json"), ("CARTOFRICHES", "/api")):
        monkeypatch.delenv(f"HDF_OPENDATA_{name}", raising=False)
        monkeypatch.setenv(f"HDF_OPENDATA_{name}_URL", base + path)
    monkeypatch.delenv("HDF_OPENDATA_OSM_GRID", raising=False)
    monkeypatch.setenv("HDF_OPENDATA_OSM_GRID_URL", osm_grid.query_url(base + "/api/interpreter"))
    assert opendata.main(["fetch", "outlines", "substations", "communes", "cartofriches", "osm_grid"]) == 0
    out = {line.split(":")[0]: line for line in capsys.readouterr().out.splitlines()}
    today = datetime.date.today().isoformat()
    assert out["outlines"].endswith(f"file of {today}; 5 département outlines kept")
    assert out["substations"].endswith(f"file of {today}; 661 rows read, 641 in the region, 641 placed, 20 refused")
    assert out["communes"].endswith(f"file of {today}; 6 rows read, 5 in the region, 5 placed, 0 refused")
    # The row without a commune code is placed with the outlines just downloaded.
    assert out["cartofriches"].endswith("file of 2026-04-15; 9 rows read, 6 in the region, 5 placed, 1 refused")
    assert out["osm_grid"].endswith("file of 2026-11-20; 12 rows read, 8 in the region, 7 placed, 1 refused")
