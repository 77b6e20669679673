"""A position known only to an area says so on the map's hover card (issue 9: Cambrai)."""

from __future__ import annotations

from dashboard.figures import map as fmap
from tests.fixtures import site


def test_area_precision_is_named_in_the_hover_card():
    row = site("campus", "data_center", name="Campus, Cambrai", commune="Cambrai", departement="59",
               lat=50.17217, lon=3.24131, location_precision="area", location_source="insee")
    assert "connue seulement à la zone près" in fmap._hover(row, None, "fr")
    assert "known only to the area" in fmap._hover(row, None, "en")
