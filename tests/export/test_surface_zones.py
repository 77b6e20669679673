"""The surface's best zones as downloads: read back, the GeoJSON with json + shapely, the CSV with pandas."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
import shapely
from shapely.geometry import shape

from dashboard.domain import geo, siting, surface
from dashboard.export.surface_zones import zones_csv_bytes, zones_frame, zones_geojson_bytes
from tests.domain.test_surface import NORD, data


@pytest.fixture(scope="module")
def zones() -> pd.DataFrame:
    communes = pd.DataFrame({"insee": ["59350", "59009"], "name": ["Lille", "Villeneuve-d'Ascq"],
                             "departement": ["59", "59"], "lat": [50.63108, 50.6233], "lon": [3.04702, 3.1450]})
    inputs = surface.surface_inputs(NORD, data(communes=communes), 7)
    scored = surface.score_surface(inputs, None, "30mw")
    return surface.best_zones(scored, 5)


def test_the_geojson_reads_back_as_the_zones_hexagons_with_their_rounded_measures(zones):
    collection = json.loads(zones_geojson_bytes(zones, "fr").decode("utf-8"))
    features = collection["features"]
    assert collection["type"] == "FeatureCollection" and len(features) == len(zones) == 5
    region = geo.region_geometry(NORD)
    for feature, (_, zone) in zip(features, zones.iterrows()):
        hexagon = shape(feature["geometry"])
        assert hexagon.geom_type in ("Polygon", "MultiPolygon") and hexagon.is_valid
        assert region.buffer(2e-5).contains(hexagon)  # cut to the outline, as on the map
        assert hexagon.contains(shapely.Point(zone["lon"], zone["lat"]))  # the cell around its centre
        props = feature["properties"]
        assert feature["id"] == props["Maille H3"] == zone["cell"]
        assert props["Score"] == round(zone["score"], 1)
        assert props["Distance au poste 400 kV (km)"] == round(zone["nearest_400kv_km"], 1)
        assert props["Distance au poste 400 kV\u00a0: nom"] == "AVELIN"
        assert props["Distance à la ligne 400 kV (km)"] == round(zone["nearest_400kv_line_km"], 1)
        assert props["Distance à Gravelines (km)"] == round(zone["gravelines_km"], 1)
        assert props["Distance à Lille (connectivité) (km)"] == round(zone["lille_km"], 1)
        assert props["Distance au poste 225 kV (km)"] is None  # unknown stays unknown, never 0
        assert props["Commune la plus proche"] in ("Lille", "Villeneuve-d'Ascq")
        for key in ("Score", "Distance au poste 400 kV (km)", "Friche (km)"):
            value = props[key]
            assert value is None or value == round(value, 1)  # no 15 decimals
    assert [f["properties"]["Rang"] for f in features] == [1, 2, 3, 4, 5]
    labels = set(features[0]["properties"])
    assert all(any(c.label["fr"] in label for label in labels) for c in siting.CRITERIA.values())  # every criterion


def test_the_csv_reads_back_with_pandas_as_the_same_table(zones):
    for lang, sep, decimal in (("fr", ";", ","), ("en", ",", ".")):
        read = pd.read_csv(io.BytesIO(zones_csv_bytes(zones, lang)), sep=sep, decimal=decimal, encoding="utf-8-sig")
        expected = zones_frame(zones, lang)
        assert list(read.columns) == list(expected.columns)
        assert list(read[expected.columns[0]]) == list(zones["cell"])
        score = "Score"
        assert read[score].tolist() == [round(s, 1) for s in zones["score"]]
        km = [c for c in read.columns if c.endswith("(km)")]
        assert km and all((read[c].dropna() == read[c].dropna().round(1)).all() for c in km)
        assert read[f"Distance {'au poste' if lang == 'fr' else 'to'} 400 kV{'' if lang == 'fr' else ' substation'} (km)"].notna().all()
    first = pd.read_csv(io.BytesIO(zones_csv_bytes(zones, "fr")), sep=";", decimal=",", encoding="utf-8-sig").iloc[0]
    assert first["Rang"] == 1 and first["Commune la plus proche"] in ("Lille", "Villeneuve-d'Ascq")
