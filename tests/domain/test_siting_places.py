"""Candidate places by coordinates: typed forms, the URL's values, the nearest commune's name."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.domain import siting
from dashboard.domain.siting import places

COMMUNES = pd.DataFrame({"insee": ["62041", "59350"], "name": ["Arras", "Lille"], "departement": ["62", "59"],
                         "lat": [50.28945, 50.63108], "lon": [2.77636, 3.04702]})


def in_box(lat: float, lon: float) -> bool:
    return 49.0 <= lat <= 51.1 and 1.3 <= lon <= 4.3


@pytest.mark.parametrize("typed", ["50.29, 2.78", "50,29 ; 2,78", "50,29, 2,78", "50.29 2.78", "50,29;2,78",
                                   " 50.29,2.78 ", "50.29° N 2.78° E", "50,29 / 2,78"])
def test_typed_coordinates_with_points_or_decimal_commas(typed):
    assert places.parse_coordinates(typed) == (50.29, 2.78)


def test_south_and_west_and_names_that_are_not_coordinates():
    assert places.parse_coordinates("33.9 S, 18.4 W") == (-33.9, -18.4)
    for name in ("Arras", "12 rue de la Gare, 59000 Lille", "Béthune (62)", "", "50.29"):
        assert places.parse_coordinates(name) is None  # a name: the geocoder's


def test_two_numbers_that_cannot_be_a_position_are_refused_by_value():
    with pytest.raises(places.PlaceError) as error:
        places.parse_coordinates("95, 2")
    assert error.value.kind == "range" and error.value.value == "95, 2"


def test_url_values_round_trip_with_land_brownfield_origin_and_a_name_with_commas():
    candidate = siting.Candidate(name="12 rue de la Gare, Arras", lat=50.28912, lon=2.78111, origin="nominatim",
                                 land_ha=12.5, brownfield=True)
    value = places.to_param(candidate)
    assert value == "50.28912,2.78111,ha=12.5,bf=1,o=nominatim,name=12 rue de la Gare, Arras"
    assert places.from_param(value) == candidate
    clicked = siting.Candidate(name="Arras (…)", lat=50.29, lon=2.78, origin=places.ORIGIN_CLICK)
    assert places.to_param(clicked) == "50.29,2.78,o=click"  # named again from its position
    typed = siting.Candidate(name="Arras (…)", lat=50.29, lon=2.78, origin=places.ORIGIN_TYPED)
    assert places.to_param(typed) == "50.29,2.78"


@pytest.mark.parametrize("value, kind", [("abc", "unreadable"), ("50.29", "unreadable"), ("50.29,2.78,ha=x", "option"),
                                         ("50.29,2.78,bf=2", "option"), ("50.29,2.78,zz=1", "option"),
                                         ("91,2.78", "range")])
def test_bad_url_values_say_why(value, kind):
    with pytest.raises(places.PlaceError) as error:
        places.from_param(value)
    assert (error.value.kind, error.value.value) == (kind, value)


def test_the_urls_candidates_keep_every_valid_one_and_name_each_refused_value():
    values = ["50.29,2.78", "abc", "48.85,2.35", "50,29;2,78", "50.63,3.05,o=click"]
    kept, refused, beyond = places.candidates_from_params(values, COMMUNES, in_box)
    assert [(c.lat, c.lon) for c in kept] == [(50.29, 2.78), (50.63, 3.05)]  # the typed duplicate once
    assert kept[0].name == "Arras (50°17′24″\u00a0N 2°46′48″\u00a0E)" and kept[0].commune == "Arras"
    assert kept[0].departement == "62" and kept[1].commune == "Lille" and kept[1].origin == places.ORIGIN_CLICK
    assert [(e.kind, e.value) for e in refused] == [("unreadable", "abc"), ("outside", "48.85,2.35")]
    assert beyond == 0


def test_beyond_the_maximum_the_candidates_are_counted_not_scored():
    values = [f"50.{i:02d},2.5" for i in range(places.MAX_CANDIDATES + 3)]
    kept, refused, beyond = places.candidates_from_params(values, COMMUNES, in_box)
    assert len(kept) == places.MAX_CANDIDATES and beyond == 3 and not refused


def test_a_place_is_named_without_a_commune_list_and_a_geocoded_name_is_kept():
    bare = places.named([siting.Candidate(name="", lat=50.29, lon=2.78)], None)[0]
    assert bare.name == "50°17′24″\u00a0N 2°46′48″\u00a0E" and bare.commune == ""
    found = places.named([siting.Candidate(name="Gare d'Arras", lat=50.29, lon=2.78, commune="Arras")], COMMUNES)[0]
    assert found.name == "Gare d'Arras" and found.commune == "Arras"
    assert places.dms(-0.5, -1.25) == "0°30′00″\u00a0S 1°15′00″\u00a0W"
