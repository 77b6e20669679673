"""dashboard.domain.siting: registry, value functions, weights, score, exclusions, sensitivity."""

from __future__ import annotations

import json
import math
import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.domain import geo
from dashboard.domain import siting
from dashboard.figures import base as fmap
from dashboard.figures import siting as fs
from dashboard.figures import siting_map as fsm
from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.schema import GRID_COLUMNS
from dashboard.domain.siting import CRITERIA, EXCLUSIONS, PRESETS
from tests.fixtures import layer_geojson, sample_dataset


def site(**overrides) -> dict:
    row = {
        "site_id": "s",
        "name": "S",
        "project_type": "data_center",
        "lat": 50.5,
        "lon": 2.6,
        "host_site_id": None,
        "land_area_m2": 200_000.0,
        "gravelines_km": 70.0,
        "nearest_400kv_name": "AVELIN",
        "nearest_400kv_km": 5.0,
        "fast_track": False,
        "nearest_225kv_name": "X",
        "nearest_225kv_km": 3.0,
    }
    row.update(overrides)
    return row


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


# --- registry ----------------------------------------------------------------------------


def test_registry_has_the_required_criteria_documented_in_both_languages():
    assert {"dist_400kv", "dist_225kv", "dist_gravelines", "brownfield", "land_area", "dist_lille"} <= set(CRITERIA)
    for criterion in CRITERIA.values():
        for text in (
            criterion.label,
            criterion.short,
            criterion.meaning,
            criterion.formula,
            criterion.source,
            criterion.source_short,
            criterion.freshness,
            criterion.limits,
        ):
            assert text["fr"].strip() and text["en"].strip(), criterion.key
        for preset in PRESETS.values():
            params = preset.params[criterion.key]
            for lang in ("fr", "en"):
                assert "{" not in criterion.formula_text(params, lang)


def test_default_weights_sum_to_100():
    assert sum(siting.DEFAULT_WEIGHTS.values()) == 100


def test_presets_change_the_thresholds():
    assert set(PRESETS) == {"30mw", "300mw", "1gw"}
    by_power = sorted(PRESETS.values(), key=lambda p: p.power_mw)
    # Bigger campus: 400 kV needed closer, more land needed.
    zeros = [p.params["dist_400kv"]["zero"] for p in by_power]
    needs = [p.params["land_area"]["need"] for p in by_power]
    assert zeros == sorted(zeros, reverse=True) and len(set(zeros)) == 3
    assert needs == sorted(needs) and len(set(needs)) == 3
    for preset in PRESETS.values():
        assert set(preset.exclusions) <= set(EXCLUSIONS)


def test_formula_text_is_filled_with_the_preset():
    text = CRITERIA["dist_400kv"].formula_text(PRESETS["1gw"].params["dist_400kv"], "fr")
    assert "2 km" in text and "20 km" in text


# --- value functions ---------------------------------------------------------------------


def test_closer_is_better():
    values = siting.closer_is_better(pd.Series([0, 2, 11, 20, 50, np.nan]), full=2, zero=20)
    assert list(values[:5]) == [1.0, 1.0, 0.5, 0.0, 0.0]
    assert math.isnan(values[5])


def test_larger_is_better_and_yes_is_better():
    assert list(siting.larger_is_better(pd.Series([0, 10, 20, 80]), need=20)) == [0.0, 0.5, 1.0, 1.0]
    values = siting.yes_is_better(pd.Series([1.0, 0.0, np.nan]))
    assert list(values[:2]) == [1.0, 0.0] and math.isnan(values[2])


# --- weights -----------------------------------------------------------------------------


@given(st.dictionaries(st.sampled_from(list(CRITERIA)), st.one_of(st.floats(-10, 1000), st.just(float("nan")))))
def test_normalized_weights_always_sum_to_one(weights):
    shares = siting.normalize_weights(weights)
    assert set(shares) == set(CRITERIA)
    assert sum(shares.values()) == pytest.approx(1.0)
    assert all(v >= 0 for v in shares.values())


@given(st.dictionaries(st.sampled_from(list(CRITERIA)), st.floats(0, 100)))
def test_displayed_percentages_sum_to_exactly_100(weights):
    assert sum(siting.weights_percent(weights).values()) == 100


def test_all_zero_weights_mean_equal_weights():
    shares = siting.normalize_weights({k: 0 for k in CRITERIA})
    assert len(set(shares.values())) == 1


def test_unknown_criterion_is_refused():
    with pytest.raises(KeyError):
        siting.normalize_weights({"nope": 1})


# --- score -------------------------------------------------------------------------------


def test_score_is_0_to_100_and_contributions_add_up():
    scored = siting.score(frame(site(site_id="a"), site(site_id="b", nearest_400kv_km=25.0, land_area_m2=np.nan)))
    assert scored["score"].between(0, 100).all()
    contrib = scored[[f"contrib_{k}" for k in CRITERIA]].sum(axis=1)
    np.testing.assert_allclose(contrib, scored["score"])


def test_perfect_site_scores_100_and_hopeless_site_0():
    best = site(
        site_id="best",
        lat=siting.LILLE_LAT,
        lon=siting.LILLE_LON,
        host_site_id="friche",
        land_area_m2=1e7,
        gravelines_km=0.0,
        nearest_400kv_km=0.0,
        nearest_225kv_km=0.0,
        fast_track=True,
    )
    worst = site(
        site_id="worst",
        lat=43.6,
        lon=1.44,
        land_area_m2=0.0,
        gravelines_km=900.0,
        nearest_400kv_km=200.0,
        nearest_225kv_km=200.0,
    )
    worst_row = dict(worst, brownfield=False)
    scored = siting.score(frame(best, worst_row)).set_index("site_id")
    assert scored.loc["best", "score"] == pytest.approx(100)
    assert scored.loc["worst", "score"] == pytest.approx(0)


def test_weights_matter():
    near_grid = site(site_id="grid", nearest_400kv_km=0.0, land_area_m2=60_000.0)
    big_land = site(site_id="land", nearest_400kv_km=25.0, land_area_m2=1e7)
    rows = frame(near_grid, big_land)
    grid_first = siting.score(rows, {"dist_400kv": 100}).set_index("site_id")
    land_first = siting.score(rows, {"land_area": 100}, siting.PRESETS["30mw"]).set_index("site_id")
    assert grid_first.loc["grid", "rank"] == 1
    assert land_first.loc["land", "rank"] == 1


def test_missing_data_earns_nothing_and_lowers_confidence():
    documented = site(site_id="documented", land_area_m2=0.0, nearest_225kv_km=500.0, brownfield=False,
                      nearest_400kv_line_km=500.0)
    gaps = site(site_id="gaps", land_area_m2=np.nan, nearest_225kv_km=np.nan)  # brownfield unknown too
    scored = siting.score(frame(documented, gaps)).set_index("site_id")
    # No credit without evidence: unknown counts like the worst known value...
    assert scored.loc["gaps", "score"] == pytest.approx(scored.loc["documented", "score"])
    # ...and the confidence says how much is known: 4 of the 8 criteria (distances to 400 kV, Gravelines
    # and Lille, and the fast-track designation, known for every site of the seeds).
    assert scored.loc["documented", "confidence"] == 1.0
    assert scored.loc["gaps", "confidence"] == pytest.approx(4 / len(siting.CRITERIA))
    assert scored.loc["gaps", "n_with_data"] == 4
    assert math.isnan(scored.loc["gaps", "value_land_area"]) and scored.loc["gaps", "contrib_land_area"] == 0


def test_a_criterion_without_any_data_is_set_aside():
    # Before RTE's dataset is downloaded no site has a 225 kV distance: the other weights share it.
    rows = frame(
        site(site_id="a", nearest_225kv_km=np.nan, host_site_id="friche", nearest_400kv_line_km=4.0),
        site(site_id="b", nearest_225kv_km=np.nan, nearest_400kv_km=9.0),
    )
    scored = siting.score(rows)
    assert scored.attrs["set_aside"] == ["dist_225kv"]
    without = siting.score(rows, {k: w for k, w in siting.DEFAULT_WEIGHTS.items() if k != "dist_225kv"})
    np.testing.assert_allclose(scored["score"], without["score"])
    assert (scored["confidence"] < 1).all()  # still shown: a dataset is missing


def test_confidence_counts_only_weighted_criteria():
    scored = siting.score(frame(site(land_area_m2=np.nan)), {"dist_400kv": 50, "land_area": 50})
    assert scored["n_criteria"].iloc[0] == 2
    assert scored["confidence"].iloc[0] == 0.5


def test_no_data_at_all_gives_no_score_and_no_rank():
    empty = {k: np.nan for k in ("gravelines_km", "nearest_400kv_km", "nearest_225kv_km", "land_area_m2", "lat", "lon")}
    row = site(**empty)
    row.pop("fast_track")  # no designation known either
    scored = siting.score(frame(row))
    assert math.isnan(scored["score"].iloc[0]) and math.isnan(scored["rank"].iloc[0])
    assert scored["confidence"].iloc[0] == 0


def test_brownfield_from_host_site_industrial_type_or_candidate_answer():
    rows = frame(
        site(site_id="host", host_site_id="ex-bridgestone"),
        site(site_id="industrial", project_type="industrial_site"),
        site(site_id="unknown"),
        dict(site(site_id="no", project_type="candidate"), brownfield=False),
    )
    inputs = siting.criterion_inputs(rows)
    assert list(inputs["brownfield"][:2]) == [1.0, 1.0]
    assert math.isnan(inputs["brownfield"].iloc[2])
    assert inputs["brownfield"].iloc[3] == 0.0


def test_lille_distance_is_geodesic():
    inputs = siting.criterion_inputs(frame(site(lat=50.5303, lon=2.6333)))
    expected = geo.geodesic_km(50.5303, 2.6333, siting.LILLE_LAT, siting.LILLE_LON)
    assert inputs["lille_km"].iloc[0] == pytest.approx(expected)


# --- exclusions --------------------------------------------------------------------------


def test_exclusions_exclude_and_say_why():
    rows = frame(
        site(site_id="ok", nearest_400kv_km=5.0),
        site(site_id="far", nearest_400kv_km=16.0),
        site(site_id="small", land_area_m2=100_000.0),  # 10 ha < 20 ha
        site(site_id="nodata", nearest_400kv_km=np.nan, land_area_m2=np.nan),
    )
    scored = siting.score(rows, preset="1gw").set_index("site_id")
    assert not scored.loc["ok", "excluded"] and scored.loc["ok", "rank"] == 1
    assert scored.loc["far", "excluded"] and scored.loc["far", "exclusion_reasons"] == "far_from_400kv"
    assert scored.loc["small", "excluded"] and scored.loc["small", "exclusion_reasons"] == "too_small"
    assert math.isnan(scored.loc["far", "rank"]) and math.isnan(scored.loc["small", "rank"])
    # Excluded sites keep their score, for reference.
    assert not math.isnan(scored.loc["far", "score"])
    # Missing data: not excluded, but reported as unchecked.
    assert not scored.loc["nodata", "excluded"]
    assert set(scored.loc["nodata", "unchecked"].split(";")) == {"far_from_400kv", "too_small"}


def test_user_limit_overrides_the_preset_and_none_turns_a_rule_off():
    rows = frame(site(nearest_400kv_km=16.0))
    assert siting.score(rows, preset="1gw")["excluded"].iloc[0]
    assert not siting.score(rows, preset=PRESETS["1gw"].with_exclusions(far_from_400kv=20.0))["excluded"].iloc[0]
    assert not siting.score(rows, preset=PRESETS["1gw"].with_exclusions(far_from_400kv=None, too_small=None))[
        "excluded"
    ].iloc[0]
    with pytest.raises(KeyError):
        PRESETS["1gw"].with_exclusions(nope=1.0)


def test_ranking_puts_excluded_last():
    rows = frame(
        site(site_id="far", nearest_400kv_km=40.0, land_area_m2=1e8),
        site(site_id="ok"),
        site(site_id="ok2", nearest_400kv_km=9.0),
    )
    order = list(siting.ranking(siting.score(rows, preset="1gw"))["site_id"])
    assert order == ["ok", "ok2", "far"]


# --- monotonicity (property) ---------------------------------------------------------------

km = st.floats(0, 300, allow_nan=False)
maybe_km = st.one_of(st.just(float("nan")), km)


@settings(max_examples=300, deadline=None)
@given(
    d_near=km,
    extra=st.floats(0, 300),
    d225=maybe_km,
    grav=maybe_km,
    land=st.one_of(st.just(float("nan")), st.floats(0, 2e6)),
    host=st.sampled_from([None, "friche"]),
    lat=st.floats(48.8, 51.1),
    lon=st.floats(1.3, 4.3),
    weights=st.dictionaries(st.sampled_from(list(CRITERIA)), st.floats(0, 100)),
    preset=st.sampled_from(list(PRESETS)),
    others=st.lists(km, max_size=4),
)
def test_closer_to_400kv_never_lowers_the_score(
    d_near, extra, d225, grav, land, host, lat, lon, weights, preset, others
):
    def run(distance: float) -> pd.Series:
        rows = [
            site(
                site_id="me",
                nearest_400kv_km=distance,
                nearest_225kv_km=d225,
                gravelines_km=grav,
                land_area_m2=land,
                host_site_id=host,
                lat=lat,
                lon=lon,
            )
        ]
        rows += [site(site_id=f"o{i}", nearest_400kv_km=d) for i, d in enumerate(others)]
        return siting.score(frame(*rows), weights, preset).set_index("site_id").loc["me"]

    near, far = run(d_near), run(d_near + extra)
    if not math.isnan(far["score"]):
        assert near["score"] >= far["score"] - 1e-9
    else:  # nothing weighted has data: no score either way
        assert math.isnan(near["score"])
    assert near["excluded"] <= far["excluded"]  # getting closer never causes an exclusion
    if not math.isnan(far["rank"]):
        assert near["rank"] <= far["rank"]  # nor a worse rank


# --- sensitivity -------------------------------------------------------------------------


def test_sensitivity_lists_every_weight_both_ways_and_shows_moves():
    # Two sites nearly tied: one strong on the grid, one strong on land.
    grid = site(site_id="grid", nearest_400kv_km=0.0, land_area_m2=100_000.0)
    land = site(site_id="land", nearest_400kv_km=16.0, land_area_m2=400_000.0)
    rows = frame(grid, land)
    weights = {"dist_400kv": 30, "land_area": 30}
    base = siting.score(rows, weights).set_index("site_id")
    assert base.loc["grid", "score"] == pytest.approx(base.loc["land", "score"], abs=5)
    sens = siting.sensitivity(rows, weights, delta=0.2)
    assert set(sens["criterion"]) == set(CRITERIA)
    assert set(sens["direction"]) == {-1, 1}
    assert len(sens) == len(CRITERIA) * 2 * 2
    # +20 % on the grid weight keeps the grid site on top; +20 % on land puts the land site first.
    up_grid = sens[(sens.criterion == "dist_400kv") & (sens.direction == 1)].set_index("site_id")
    up_land = sens[(sens.criterion == "land_area") & (sens.direction == 1)].set_index("site_id")
    assert up_grid.loc["grid", "rank"] == 1
    assert up_land.loc["land", "rank"] == 1
    # A weight at 0 stays at 0: nothing moves.
    assert (sens[sens.criterion == "dist_lille"]["places_gained"] == 0).all()
    summary = siting.sensitivity_summary(sens).set_index(["criterion", "direction"])
    assert summary.loc[("dist_lille", 1), "sites_moved"] == 0


def test_sensitivity_reports_an_actual_rank_change():
    grid = site(site_id="grid", nearest_400kv_km=0.0, land_area_m2=100_000.0)
    land = site(site_id="land", nearest_400kv_km=16.0, land_area_m2=400_000.0)
    weights = {"dist_400kv": 50, "land_area": 50}
    base = siting.score(frame(grid, land), weights).set_index("site_id")["rank"]
    sens = siting.sensitivity(frame(grid, land), weights)
    moved = sens[sens["places_gained"] != 0]
    assert not moved.empty  # the two sites are close: ±20 % on one weight swaps them
    for row in moved.itertuples():
        assert row.base_rank == base[row.site_id]
        assert row.places_gained == row.base_rank - row.rank
    summary = siting.sensitivity_summary(sens)
    assert summary["leader_changes"].any()


def test_sensitivity_on_nothing_ranked_is_empty():
    assert siting.sensitivity(frame(site(nearest_400kv_km=99.0)), preset="1gw").empty


def reference_sensitivity(rows, weights, preset, delta=0.2) -> pd.DataFrame:
    """The definition, written the slow way: score again with each weight changed."""
    base = siting.score(rows, weights, preset)
    ranked = base[base["rank"].notna()]
    shares = siting.normalize_weights(weights)
    parts = []
    for key in CRITERIA:
        for direction in (-1, 1):
            changed = dict(shares, **{key: shares[key] * (1 + direction * delta)})
            rank = siting.score(rows, changed, preset)["rank"].reindex(ranked.index)
            parts.append(pd.DataFrame({"criterion": key, "direction": direction, "site_id": ranked["site_id"],
                                       "base_rank": ranked["rank"], "rank": rank}))
    return pd.concat(parts, ignore_index=True)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([0.0, 1.0, 4.0, 9.0, 16.0, 40.0, np.nan]),  # km to 400 kV (ties on purpose)
            st.sampled_from([0.0, 50_000.0, 200_000.0, 600_000.0, np.nan]),  # land
            st.sampled_from([None, "friche"]),
        ),
        min_size=1,
        max_size=8,
    ),
    st.dictionaries(st.sampled_from(list(CRITERIA)), st.sampled_from([0, 5, 10, 30, 100]), min_size=1),
    st.sampled_from(list(PRESETS)),
)
def test_vectorized_sensitivity_matches_scoring_again_with_each_weight_changed(sites, weights, preset):
    rows = frame(*(site(site_id=f"s{i}", nearest_400kv_km=km, land_area_m2=land, host_site_id=host)
                   for i, (km, land, host) in enumerate(sites)))
    sens = siting.sensitivity(rows, weights, preset)
    expected = reference_sensitivity(rows, weights, preset)
    if expected.empty:
        assert sens.empty
        return
    got = sens[["criterion", "direction", "site_id", "base_rank", "rank"]]
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert (sens["places_gained"] == sens["base_rank"] - sens["rank"]).all()


def test_ties_share_the_best_rank():
    rows = frame(site(site_id="a"), site(site_id="b"), site(site_id="c", nearest_400kv_km=25.0))
    ranks = siting.score(rows).set_index("site_id")["rank"]
    assert (ranks["a"], ranks["b"], ranks["c"]) == (1, 1, 3)


def test_sensitivity_summary_counts_moves_and_leader_changes():
    sens = pd.DataFrame(
        {
            "criterion": ["dist_400kv"] * 2 + ["land_area"] * 2,
            "direction": [1, 1, 1, 1],
            "site_id": ["a", "b", "a", "b"],
            "name": ["A", "B", "A", "B"],
            "base_rank": [1.0, 2.0, 1.0, 2.0],
            "rank": [1.0, 2.0, 2.0, 1.0],
        }
    ).assign(places_gained=lambda f: f["base_rank"] - f["rank"])
    summary = siting.sensitivity_summary(sens).set_index("criterion")
    assert list(summary.index) == ["dist_400kv", "land_area"]  # in order of appearance
    assert summary.loc["dist_400kv", "sites_moved"] == 0 and not summary.loc["dist_400kv", "leader_changes"]
    assert summary.loc["land_area", "sites_moved"] == 2 and summary.loc["land_area", "max_places"] == 1
    assert summary.loc["land_area", "leader_changes"]


# --- evaluate: the page's computation in one call, and its cache ------------------------------


def test_evaluate_gives_what_the_separate_steps_give(dataset):
    targets = geo.grid_targets(dataset.sites, None)
    cand = siting.Candidate(name="Arras", lat=50.291, lon=2.7775, origin="nominatim", land_ha=30.0)
    weights = {"dist_400kv": 50, "land_area": 10, "dist_lille": 40}
    preset = siting.PRESETS["300mw"].with_exclusions(far_from_400kv=None)
    flt = Filters(deps=("62", "59"), lang="en")
    ev = siting.evaluate(dataset.sites, None, siting.Request.of(flt, weights, preset, [cand]))
    cands = siting.candidates_frame([cand], targets)
    expected = siting.scored_rows(siting.scoring_frame(apply_filters(dataset.sites, flt), cands), weights, preset)
    pd.testing.assert_frame_equal(ev.scored, expected)
    assert ev.scored.attrs == expected.attrs
    rows = siting.scoring_frame(dataset.sites[dataset.sites["departement"].isin(["62", "59"])], cands)
    sens = siting.sensitivity(rows, weights, preset)
    pd.testing.assert_frame_equal(ev.sensitivity, sens)
    pd.testing.assert_frame_equal(ev.summary, siting.sensitivity_summary(sens))
    assert cand.site_id in set(ev.scored["site_id"]) and list(ev.candidates["site_id"]) == [cand.site_id]
    assert ev.kv400.equals(targets.kv400) and ev.gravelines == targets.gravelines and not ev.has_225kv
    assert ev.grid_source_ids == siting.grid_source_ids(dataset.sites)


def test_request_is_a_plain_key_without_the_language():
    fr = siting.Request.of(Filters(types=("data_center",)), None, "1gw", [])
    en = siting.Request.of(Filters(types=("data_center",), lang="en"), dict(siting.DEFAULT_WEIGHTS), "1gw", [])
    assert fr == en and hash(fr) == hash(en)
    assert fr != siting.Request.of(Filters(), None, "1gw", [])
    assert fr != siting.Request.of(Filters(types=("data_center",)), None, siting.PRESETS["1gw"].with_exclusions(
        too_small=None), [])
    assert fr.preset_obj() == siting.PRESETS["1gw"]


def test_siting_evaluation_is_computed_once_per_request(dataset, monkeypatch, tmp_path):
    from dashboard.data import repository as data

    monkeypatch.setenv("HDF_OPENDATA_DIR", str(tmp_path))  # no RTE substations file
    monkeypatch.delenv("HDF_OPENDATA_SUBSTATIONS", raising=False)
    calls = []
    real = siting.evaluate
    monkeypatch.setattr(siting, "evaluate", lambda *args, **kw: calls.append(args[2]) or real(*args, **kw))
    data._cached_siting.clear()
    request = siting.Request.of(Filters(), None, "300mw", [])
    first, error = data.siting_evaluation(dataset.sites, request)
    # The app gets the sites from load_dataset(): each run a fresh copy, unpickled from st.cache_data.
    fresh = pickle.loads(pickle.dumps(dataset.sites))
    again, _ = data.siting_evaluation(fresh, siting.Request.of(Filters(lang="en"), None, "300mw", []))
    assert len(calls) == 1  # same data, same request (the language is not part of it)
    assert error == ""  # no RTE file: no error, 225 kV set aside
    pd.testing.assert_frame_equal(first.scored, again.scored)
    data.siting_evaluation(dataset.sites, siting.Request.of(Filters(), None, "1gw", []))
    changed = dataset.sites.assign(land_area_m2=dataset.sites["land_area_m2"].fillna(0) + 1)
    data.siting_evaluation(changed, request)
    assert len(calls) == 3  # another preset, other data: computed again
    data._cached_siting.clear()


# --- candidates and the scored frame ----------------------------------------------------------


def test_candidates_frame_gets_grid_distances():
    sites = pd.DataFrame(
        [
            ("poste", "Poste d'Avelin", "substation", 50.5253, 3.0822, 400),
            ("gravelines-plant", "Centrale de Gravelines", "power_plant", 51.0144, 2.1350, np.nan),
        ],
        columns=["site_id", "name", "project_type", "lat", "lon", "voltage_kv"],
    )
    targets = geo.grid_targets(sites, None)
    cand = siting.Candidate(name="Béthune", lat=50.52994, lon=2.64379, origin="test", land_ha=12.0, brownfield=True)
    out = siting.candidates_frame([cand], targets)
    assert out["project_type"].iloc[0] == siting.CANDIDATE_TYPE
    assert out["nearest_400kv_name"].iloc[0] == "Poste d'Avelin"
    assert out["nearest_400kv_km"].iloc[0] == pytest.approx(geo.geodesic_km(50.52994, 2.64379, 50.5253, 3.0822))
    assert out["land_area_m2"].iloc[0] == 120_000
    assert math.isnan(out["nearest_225kv_km"].iloc[0])
    scored = siting.score(out)
    assert scored["input_brownfield"].iloc[0] == 1.0 and scored["input_land_area"].iloc[0] == 12.0
    assert siting.candidates_frame([], targets).empty


def test_scoring_frame_keeps_scored_types_with_a_position_and_adds_candidates():
    sites = frame(
        site(site_id="dc"), site(site_id="plant", project_type="power_plant"), site(site_id="nowhere", lat=np.nan)
    )
    cands = frame(site(site_id="cand", project_type="candidate"))
    assert list(siting.scoring_frame(sites)["site_id"]) == ["dc"]
    assert list(siting.scoring_frame(sites, cands)["site_id"]) == ["dc", "cand"]


# --- figures (dashboard.figures.siting): what they plot ---------------------------------------


@pytest.fixture(scope="module")
def dataset():
    ds = sample_dataset()
    ds.sites = geo.add_grid_distances(ds.sites.drop(columns=list(GRID_COLUMNS)), None)
    return ds


def scored_sites(dataset, filters, weights, preset, candidates=()):
    """The scored rows by the page's one scoring path (siting.evaluate), without RTE's dataset."""
    return siting.evaluate(dataset.sites, None, siting.Request.of(filters, weights, preset, list(candidates))).scored


def with_candidate(dataset, **overrides):
    targets = geo.grid_targets(dataset.sites, None)
    cand = siting.Candidate(**{"name": "Arras", "lat": 50.291, "lon": 2.7775, "origin": "nominatim", **overrides})
    return siting.candidates_frame([cand], targets), cand


def traces(fig, role):
    return [t for t in fig.data if (t.meta or {}).get("role") == role]


def test_scored_sites_follow_the_filters_and_keep_candidates(dataset):
    cands, cand = with_candidate(dataset)
    scored = scored_sites(dataset, Filters(deps=("80",)), None, "300mw", [cand])
    assert set(scored["site_id"]) == {"host-amiens", cand.site_id}
    everything = scored_sites(dataset, Filters(), None, "300mw")
    assert set(everything["project_type"]) <= set(siting.SCORED_TYPES)
    assert list(everything["site_id"]) == list(siting.ranking(everything)["site_id"])


def test_score_map_colours_ranked_sites_by_score_and_greys_out_excluded(dataset):
    cands, cand = with_candidate(dataset)
    scored = scored_sites(dataset, Filters(), None, siting.PRESETS["300mw"].with_exclusions(far_from_400kv=None), [cand])
    scored.loc[scored["site_id"] == "host-amiens", "excluded"] = True  # one excluded site for the test
    targets = geo.grid_targets(dataset.sites, None)
    fig = fsm.build_score_map(
        scored,
        {"lang": "fr", "substations": targets.kv400, "gravelines": targets.gravelines, "grid_source_ids": ["rte"]},
    )
    (ranked,) = traces(fig, "scored")
    by_id = scored.set_index("site_id")
    assert list(ranked.marker.color) == pytest.approx([by_id.loc[s, "score"] for s in ranked.customdata])
    assert ranked.marker.coloraxis == "coloraxis"
    assert (fig.layout.coloraxis.cmin, fig.layout.coloraxis.cmax) == (0, 100)
    (excluded,) = traces(fig, "excluded")
    assert list(excluded.customdata) == ["host-amiens"] and excluded.marker.color == fsm.EXCLUDED_COLOUR
    (candidates,) = traces(fig, "candidates")
    assert list(candidates.customdata) == [cand.site_id]
    assert len(traces(fig, "candidate-ring")) == 1
    assert len(traces(fig, "substations")[0].lat) == 2 and traces(fig, "gravelines")
    assert all(t.type == "scattermap" for t in fig.data)
    assert fig.layout.map.style == fsm.OFFLINE_STYLE
    meta = fig.layout.meta
    assert {"src-a", "src-b", "rte"} <= set(meta["source_ids"])
    assert meta["open_data"] == []  # no 225 kV distances: ODRÉ not drawn on
    hover = ranked.hovertext[list(ranked.customdata).index("dc-dunkerque")]
    assert "Score" in hover and "Warande 400 kV" in hover and "Confiance" in hover


def test_score_map_in_english_and_with_odre(dataset):
    scored = scored_sites(dataset, Filters(), None, "300mw")
    scored["nearest_225kv_km"] = 3.0
    fig = fsm.build_score_map(scored, {"lang": "en", "style": "carto-positron"})
    assert fig.layout.title.text.startswith("Site suitability score")
    assert fig.layout.meta["open_data"] == ["substations"]


def test_score_map_basemaps_are_the_site_maps_ones(dataset):
    # The same styles as /map: CARTO as an inline raster style (offline, its tiles fail but the
    # style loads, so points and outlines still draw), white-bg as it is.
    scored = scored_sites(dataset, Filters(), None, "300mw")
    online = fsm.build_score_map(scored, {"style": "carto-positron"}).layout.map.style
    assert online == fmap.map_style("carto-positron")
    assert online["sources"]["carto-positron"]["type"] == "raster"
    assert all(tile.startswith("https://") for tile in online["sources"]["carto-positron"]["tiles"])
    assert fsm.build_score_map(scored, {"style": "white-bg"}).layout.map.style == "white-bg"
    assert fsm.build_score_map(scored).layout.map.style == fsm.OFFLINE_STYLE
    with pytest.raises(ValueError):
        fsm.build_score_map(scored, {"style": "mapbox://secret"})


def test_score_map_outlines_are_a_geojson_layer_under_the_points(dataset):
    outlines = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {"nom": "Nord « 59 »"},
                      "geometry": {"type": "Polygon",
                                   "coordinates": [[[2.0, 50.0], [4.2, 50.0], [4.2, 51.1], [2.0, 50.0]]]}}],
    }
    scored = scored_sites(dataset, Filters(), None, "300mw")
    fig = fsm.build_score_map(scored, {"outlines": outlines})
    (layer,) = fig.layout.map.layers
    assert (layer.sourcetype, layer.type, layer.below) == ("geojson", "line", "traces")
    assert layer.source.startswith("data:application/geo+json;base64,")
    # Drawn as the borders of what was given, each border once.
    assert layer_geojson(layer.source) == json.loads(json.dumps(geo.border_lines(outlines)))
    assert "outlines" in fig.layout.meta["open_data"]
    assert not fsm.build_score_map(scored).layout.map.layers


def test_ranking_chart_splits_each_score_into_criterion_points(dataset):
    preset = siting.PRESETS["300mw"].with_exclusions(far_from_400kv=None)
    scored = scored_sites(dataset, Filters(), None, preset)
    fig = fs.build_ranking_chart(scored, {"lang": "fr", "preset": preset})
    bars = [t for t in fig.data if t.type == "bar"]
    assert {t.meta["criterion"] for t in bars} <= set(CRITERIA)
    labels = list(bars[0].y)
    ranked = scored[scored["rank"].notna()].sort_values("rank")
    # A site whose exclusion rule could not be checked for lack of data is marked.
    assert labels == [f"{int(r)}. {n}" + (" ⚠" if u else "")
                      for r, n, u in zip(ranked["rank"], ranked["name"], ranked["rule_unchecked"])]
    totals = np.sum([list(t.x) for t in bars], axis=0)
    np.testing.assert_allclose(totals, ranked["score"].to_numpy())
    assert fig.layout.barmode == "stack"
    assert fig.layout.yaxis.autorange == "reversed"  # best on top


def test_ranking_chart_leaves_excluded_sites_out_and_says_so(dataset):
    scored = scored_sites(dataset, Filters(), None, "300mw")
    fig = fs.build_ranking_chart(scored, {"lang": "en", "top_n": 1})
    n_excluded = int(scored["excluded"].sum())
    assert n_excluded > 0
    shown = set(next(t for t in fig.data if t.type == "bar").y)
    assert len(shown) == 1 and not any(name in label for label in shown for name in scored[scored["excluded"]]["name"])
    assert f"{n_excluded} excluded site{'' if n_excluded == 1 else 's'} not ranked" in fig.layout.title.text


def test_sensitivity_chart_plots_the_places_gained(dataset):
    rows = siting.scoring_frame(dataset.sites)
    weights = {"dist_400kv": 50, "land_area": 10, "dist_lille": 40}
    preset = siting.PRESETS["300mw"].with_exclusions(far_from_400kv=None)
    sens = siting.sensitivity(rows, weights, preset)
    fig = fs.build_sensitivity_chart(sens, {"lang": "fr", "rows": rows})
    (heat,) = fig.data
    assert len(heat.x) == 2 * len(CRITERIA)
    ranked = sens.drop_duplicates("site_id").sort_values(["base_rank", "name"])
    assert list(heat.y) == [f"{int(r)}. {n}" for r, n in zip(ranked["base_rank"], ranked["name"])]
    column = list(CRITERIA).index("dist_lille") * 2 + 1  # +20 % on Lille
    expected = sens[(sens.criterion == "dist_lille") & (sens.direction == 1)].set_index("site_id")["places_gained"]
    assert [row[column] for row in heat.z] == list(expected.reindex(ranked["site_id"]))
    assert heat.zmid == 0
    assert "20 %" in fig.layout.title.text


def test_sensitivity_chart_with_nothing_ranked_is_an_empty_figure():
    fig = fs.build_sensitivity_chart(siting.sensitivity(frame(site(nearest_400kv_km=99.0)), preset="1gw"))
    assert not fig.data


def test_siting_charts_are_registered_for_the_export(dataset):
    specs = {spec.chart_id: spec for spec in fs.CHARTS}
    assert set(specs) == {"siting-score-map", "siting-ranking", "siting-sensitivity"}
    for spec in specs.values():
        assert spec.page == "siting"
        fig = spec.build(dataset, Filters(), "en", dict(spec.default_options))
        assert fig.data and fig.layout.meta["source_ids"]


def test_exported_score_map_draws_the_cached_outlines_like_the_site_map(dataset, tmp_path, monkeypatch):
    path = tmp_path / "outlines.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"code": "80", "nom": "Somme"},
        "geometry": {"type": "Polygon", "coordinates": [[[1.4, 49.6], [3.2, 49.6], [3.2, 50.4], [1.4, 49.6]]]},
    }]}), encoding="utf-8")
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(path))
    from dashboard.export.batch import chart_inputs  # the batch reads what the spec asks for

    spec = next(spec for spec in fs.CHARTS if spec.chart_id == "siting-score-map")
    assert spec.inputs == {"outlines": "outlines", "odre": "substations"}
    fig = spec.build(dataset, Filters(), "fr", {**spec.default_options, **chart_inputs(spec)})
    assert [layer.sourcetype for layer in fig.layout.map.layers] == ["geojson"]
    assert "outlines" in fig.layout.meta["open_data"]
    monkeypatch.setenv("HDF_OPENDATA_OUTLINES", str(tmp_path / "missing.geojson"))
    assert not spec.build(dataset, Filters(), "fr", {**spec.default_options, **chart_inputs(spec)}).layout.map.layers


# --- the State's fast-track sites (issue 22) -----------------------------------------------


def test_a_fast_track_site_far_from_todays_substations_is_not_excluded_and_says_why():
    far = dict(nearest_400kv_km=40.0, nearest_225kv_km=40.0)
    rows = frame(site(site_id="fast", fast_track=True, **far), site(site_id="plain", **far))
    scored = siting.score(rows, preset="1gw").set_index("site_id")
    assert not scored.loc["fast", "excluded"] and scored.loc["fast", "rank"] == 1
    assert scored.loc["fast", "waived_exclusions"] == "far_from_400kv"
    assert scored.loc["plain", "excluded"] and scored.loc["plain", "exclusion_reasons"] == "far_from_400kv"
    assert scored.loc["plain", "waived_exclusions"] == ""
    # The waiver is for distance only: a fast-track site on too little land is still excluded.
    small = siting.score(frame(site(site_id="fast", fast_track=True, land_area_m2=10_000.0, **far)), preset="1gw")
    assert small.iloc[0]["excluded"] and small.iloc[0]["exclusion_reasons"] == "too_small"


def test_the_fast_track_criterion_scores_the_designation_and_is_written_in_the_method():
    rows = frame(site(site_id="fast", fast_track=True), site(site_id="plain"))
    scored = siting.score(rows).set_index("site_id")
    assert scored.loc["fast", "value_fast_track"] == 1 and scored.loc["plain", "value_fast_track"] == 0
    points = scored.loc["fast", "contrib_fast_track"]
    assert points > 0 and scored.loc["plain", "contrib_fast_track"] == 0
    assert scored.loc["fast", "score"] - scored.loc["plain", "score"] == pytest.approx(points)
    rule = siting.EXCLUSIONS["far_from_400kv"].rule_text(15, "fr")
    assert "fast-track" in rule and "planifié" in rule
    assert "fast-track" in siting.EXCLUSIONS["far_from_400kv"].rule_text(15, "en")
    # Rows with no designation at all (the surface's cells): the criterion is set aside, not 0.
    cells = frame({k: v for k, v in site().items() if k != "fast_track"})
    assert "fast_track" in siting.score(cells).attrs["set_aside"]


def test_the_1gw_preset_no_longer_excludes_le_bosquel_and_escaudain():
    from dashboard.config import DEFAULT_SEEDS_DIR
    from dashboard.data import build

    dataset = build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)
    scored = siting.score(siting.scoring_frame(dataset.sites), preset="1gw").set_index("site_id")
    for site_id in ("le-bosquel-dc", "escaudain-dc"):
        assert "far_from_400kv" not in scored.loc[site_id, "exclusion_reasons"], site_id
    assert scored.loc["le-bosquel-dc", "waived_exclusions"] == "far_from_400kv"  # 22,7 km from Argœuves
