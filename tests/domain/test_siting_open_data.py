"""Siting with the open datasets: OSM substations and 400 kV lines, Cartofriches candidates."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.data import cartofriches, osm_grid
from dashboard.domain import geo, siting
from dashboard.domain.filters import Filters
from tests.fixtures import cartofriches_csv, overpass_json, sample_dataset


@pytest.fixture(scope="module")
def grid() -> pd.DataFrame:
    return osm_grid.parse(overpass_json())


@pytest.fixture(scope="module")
def brownfields() -> pd.DataFrame:
    return cartofriches.parse_csv(cartofriches_csv())


def test_osm_substations_join_the_targets_once(grid):
    sites = sample_dataset().sites
    targets = geo.grid_targets(sites, None, grid)
    # OSM's Warande (way 2, 400 kV) is the seeds' Warande 400 kV (0.02 km away): kept once, as the seed.
    assert list(targets.kv400["origin"]).count("seeds") == 2
    assert "Poste de Warande" not in set(targets.kv400["name"])
    assert targets.has_225kv and list(targets.kv225["name"]) == ["OSM node 5"]  # unnamed: its OSM id


def test_evaluate_scores_large_brownfields_and_measures_the_400kv_line(grid, brownfields):
    sites = sample_dataset().sites
    request = siting.Request.of(Filters(), None, "300mw", [])  # needs 20 ha
    ev = siting.evaluate(sites, None, request, grid=grid, brownfields=brownfields)
    found = ev.scored[ev.scored["project_type"] == siting.BROWNFIELD_TYPE].set_index("site_id")
    # 25 ha (Lille) and 30 ha (Béthune) are big enough; 8 ha, 1.2 ha and the unplaced one are not.
    assert sorted(found.index) == ["cartofriches-59350_1", "cartofriches-62119_7"]
    assert (found["value_brownfield"] == 1).all() and found["url"].str.startswith("https://cartofriches").all()
    assert ev.n_brownfields == 2 and "dist_400kv_line" not in ev.scored.attrs["set_aside"]
    assert ev.scored["input_dist_400kv_line"].notna().all()
    lille = found.loc["cartofriches-59350_1"]
    # Lille lies east of the Avelin–Warande line's first segment: the line is nearer than the substation.
    assert lille["nearest_400kv_line_km"] <= lille["nearest_400kv_km"]


def test_brownfields_follow_the_departement_filter_and_can_be_left_out(grid, brownfields):
    sites = sample_dataset().sites
    only_62 = siting.evaluate(sites, None, siting.Request.of(Filters(deps=("62",)), None, "300mw", []),
                              grid=grid, brownfields=brownfields)
    assert list(only_62.scored.loc[only_62.scored["project_type"] == "brownfield", "site_id"]) == [
        "cartofriches-62119_7"]
    none = siting.evaluate(sites, None, siting.Request.of(Filters(), None, "300mw", [], brownfields=False),
                           grid=grid, brownfields=brownfields)
    assert not (none.scored["project_type"] == "brownfield").any() and none.n_brownfields == 0


def test_without_open_data_the_line_criterion_is_set_aside():
    ev = siting.evaluate(sample_dataset().sites, None, siting.Request.of(Filters(), None, "300mw", []))
    assert "dist_400kv_line" in ev.scored.attrs["set_aside"] and ev.n_brownfields == 0
    assert np.isnan(ev.scored["value_dist_400kv_line"]).all()
