"""A site's score table (dashboard.export.site_sheet): the weight each criterion's points are
computed with is shown beside the nominal one, so that points = weight used × value can be
checked by hand from the table alone; a site there for reference says so instead of a rank."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.domain import geo, siting
from dashboard.domain.site_profile import site_profile
from dashboard.export.site_sheet import site_sheet
from tests.fixtures import sample_dataset


def _number(text: str) -> float:
    """A number as the French table writes it ("24,1 %", "0,87", "—" = no data: 0)."""
    text = text.replace("\u00a0", "").replace("\u202f", "").replace("%", "").replace(",", ".").strip()
    return 0.0 if text in ("—", "") else float(text)


@pytest.fixture(scope="module")
def dataset():
    ds = sample_dataset()
    ds.sites = geo.add_grid_distances(ds.sites, None)  # no ODRÉ file: the 225 kV criterion is set aside
    return ds


@pytest.mark.parametrize("preset", list(siting.PRESETS))
def test_every_sites_points_are_recomputed_by_hand_from_the_weights_table(dataset, preset):
    request = siting.Request.of(None, None, preset)
    evaluation = siting.evaluate(dataset.sites, None, request)
    assert evaluation.scored.attrs["set_aside"]  # so the weights used differ from the nominal ones
    checked = 0
    for site_id in evaluation.scored["site_id"]:
        profile = site_profile(dataset, site_id, evaluation)
        table = site_sheet(profile, "fr", request).criteria
        assert {"Poids utilisé", "Poids nominal", "Valeur 0–1", "Points"} <= set(table.columns)
        used = table["Poids utilisé"].map(_number)
        assert used.sum() == pytest.approx(100, abs=0.2)  # the weights used sum to 100 %
        for weight, value, points in zip(used, table["Valeur 0–1"].map(_number), table["Points"].map(_number)):
            # Shown rounded: the weight to 0.1 %, the value to 0.01, the points to 0.1.
            slack = 0.05 * value + 0.005 * weight + 0.05 + 1e-9
            assert abs(weight * value - points) <= slack, (site_id, weight, value, points)
            checked += 1
        total = sum(_number(p) for p in table["Points"])
        assert total == pytest.approx(profile.score.score, abs=0.05 * len(table) + 1e-9)
    assert checked


def test_a_criterion_set_aside_weighs_nothing_and_the_others_are_renormalised(dataset):
    request = siting.Request.of(None, None, siting.DEFAULT_PRESET)
    evaluation = siting.evaluate(dataset.sites, None, request)
    used = evaluation.scored.attrs["weights_used"]
    nominal = siting.normalize_weights(None)
    assert used["dist_225kv"] == 0 and nominal["dist_225kv"] > 0
    assert sum(used.values()) == pytest.approx(1)
    aside = evaluation.scored.attrs["set_aside"]
    assert all(used[k] == 0 for k in aside)
    assert used["dist_400kv"] == pytest.approx(nominal["dist_400kv"] / (1 - sum(nominal[k] for k in aside)))
    table = site_sheet(site_profile(dataset, "dc-dunkerque", evaluation), "fr", request).criteria
    first = table.iloc[0]  # 400 kV: 25 % nominal, more once 225 kV is set aside
    assert first["Poids nominal"] == "25\u00a0%" and _number(first["Poids utilisé"]) > 25


def test_an_operating_site_is_scored_for_reference_without_a_rank(dataset):
    ds = sample_dataset()
    ds.sites = geo.add_grid_distances(ds.sites, None)
    ds.sites.loc[ds.sites["site_id"] == "dc-dunkerque", ["status", "project_type"]] = ["operational", "data_center"]
    request = siting.Request.of(None, None, siting.DEFAULT_PRESET)
    evaluation = siting.evaluate(ds.sites, None, request)
    row = evaluation.scored.set_index("site_id").loc["dc-dunkerque"]
    assert row["role"] == siting.ROLE_OPERATING and pd.isna(row["rank"])
    sheet = site_sheet(site_profile(ds, "dc-dunkerque", evaluation), "fr", request)
    assert "data center en service\u00a0: pour référence, hors classement des candidats" in sheet.score_summary
    assert "rang" not in sheet.score_summary and "exclu" not in sheet.score_summary
