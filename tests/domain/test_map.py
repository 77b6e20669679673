"""dashboard.domain.map: what the map draws of the open layers."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.map import ign_in_region
from tests.fixtures import outlines_geojson

# Nord's test outline (tests.fixtures) holds Lille; Paris lies outside every test outline.
CENTRES = pd.DataFrame({
    "name": ["Lille DC", "Sans code, Lille", "Sans code, Paris"],
    "departement": ["59", None, ""],
    "lat": [50.63, 50.62, 48.86],
    "lon": [3.06, 3.05, 2.35],
})


def test_rows_without_a_code_are_kept_only_inside_the_outlines():
    kept, left_out, by_box = ign_in_region(CENTRES, outlines_geojson(("59",)))
    assert list(kept["name"]) == ["Lille DC", "Sans code, Lille"] and (left_out, by_box) == (1, 0)


def test_without_outlines_they_stay_and_are_counted_as_placed_by_the_box():
    kept, left_out, by_box = ign_in_region(CENTRES, None)
    assert kept.equals(CENTRES) and (left_out, by_box) == (0, 2)


def test_rows_with_codes_or_no_table_pass_as_they_are():
    coded = CENTRES.iloc[:1]
    assert ign_in_region(coded, None) == (coded, 0, 0)
    assert ign_in_region(None, None) == (None, 0, 0)
