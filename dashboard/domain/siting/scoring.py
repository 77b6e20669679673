"""The siting score: criteria values computed once per set of rows, weighted scores, ranks, exclusions,
and the sensitivity of the ranking to the weights.

Score of a site = 100 × Σ wᵢ·vᵢ / Σ wᵢ (see dashboard.domain.siting for the rules). Values,
weighting, ranks and sensitivity share `_Prepared`, so a weighting never recomputes the criteria's
values. What gets scored is in candidates.py; everything /siting shows, in one call, in
evaluation.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.domain import geo

from dashboard.domain.siting.criteria import (
    CRITERIA,
    DEFAULT_PRESET,
    EXCLUSIONS,
    get_preset,
    LILLE_LAT,
    LILLE_LON,
    normalize_weights,
    Preset,
    ROLE_ABANDONED,
    ROLE_CANDIDATE,
    ROLE_OPERATING,
)


# --------------------------------------------------------------------------------------------
# Inputs and score
# --------------------------------------------------------------------------------------------


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    return frame[name] if name in frame.columns else pd.Series(np.nan, index=frame.index)


def _numbers(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float)


def _brownfield(frame: pd.DataFrame) -> np.ndarray:
    """1 = reuses a brownfield / industrial site (a host site, a tenant of one, a brownfield candidate,
    or a source saying so), 0 = explicitly not (candidates), NaN = unknown."""
    given = _column(frame, "brownfield")
    if given.dtype.kind in "fb":  # already numbers (the surface's cells): no per-row work
        explicit = given.to_numpy(dtype=float)
    else:
        explicit = np.array(
            [np.nan if v is None or (isinstance(v, float) and np.isnan(v)) else float(bool(v)) for v in given],
            dtype=float,
        )
    if "host_site_id" in frame.columns:
        host = np.array([isinstance(v, str) and v.strip() != "" for v in frame["host_site_id"]], dtype=bool)
    else:
        host = np.zeros(len(frame), dtype=bool)
    industrial = (_column(frame, "project_type") == "industrial_site").to_numpy(dtype=bool)
    # A source says the site reuses a brownfield (the seeds' `brownfield_reuse`).
    said = (_column(frame, "brownfield_reuse") == True).to_numpy(dtype=bool)  # noqa: E712 - NaN, None: not said
    return np.where(np.isnan(explicit), np.where(host | industrial | said, 1.0, np.nan), explicit)


def _fast_track(frame: pd.DataFrame) -> np.ndarray:
    """1 = named among the State's fast-track sites, 0 = not named (the list is published), NaN when
    the rows carry no designation at all (the surface's cells)."""
    if "fast_track" not in frame.columns:
        return np.full(len(frame), np.nan)
    return np.array([1.0 if v is True or v == 1 else 0.0 for v in frame["fast_track"]], dtype=float)


def _joined(keys: np.ndarray, key: str, hit: np.ndarray) -> np.ndarray:
    """Append `key` (";"-joined) where `hit`, as object-array operations (no Python loop per row)."""
    return np.where(hit, np.where(keys == "", key, keys + ";" + key), keys)


def roles(frame: pd.DataFrame) -> np.ndarray:
    """Each row's role in the ranking (criteria.ROLES): an abandoned project, or an operating data
    centre, is there for reference; every other row is a candidate place."""
    status = _column(frame, "status").astype(object).to_numpy()
    kind = _column(frame, "project_type").astype(object).to_numpy()
    operating = (status == "operational") & (kind == "data_center")
    return np.where(status == "abandoned", ROLE_ABANDONED, np.where(operating, ROLE_OPERATING, ROLE_CANDIDATE))


def criterion_inputs(frame: pd.DataFrame) -> pd.DataFrame:
    """The raw input of every criterion, one column each (see Criterion.input_column)."""
    lat, lon = _numbers(frame, "lat"), _numbers(frame, "lon")
    return pd.DataFrame(
        {
            "nearest_400kv_km": _numbers(frame, "nearest_400kv_km"),
            "nearest_225kv_km": _numbers(frame, "nearest_225kv_km"),
            "nearest_400kv_line_km": _numbers(frame, "nearest_400kv_line_km"),
            "gravelines_km": _numbers(frame, "gravelines_km"),
            "brownfield": _brownfield(frame),
            "land_ha": _numbers(frame, "land_area_m2") / 10_000,
            "fast_track": _fast_track(frame),
            # Precomputed by the suitability surface (once per data version); else measured here.
            "lille_km": _numbers(frame, "lille_km") if "lille_km" in frame.columns
            else geo.geodesic_km(lat, lon, LILLE_LAT, LILLE_LON),
        },
        index=frame.index,
    )


@dataclass(frozen=True)
class _Prepared:
    """What the score needs from the rows, computed once for any number of weightings."""

    inputs: pd.DataFrame  # criterion_inputs(frame)
    values: dict[str, np.ndarray]  # criterion -> 0..1, NaN = no data
    has_data: dict[str, np.ndarray]
    excluded: np.ndarray
    role: np.ndarray  # criteria.ROLES per row
    reasons: list[str]  # ";"-joined Exclusion keys per row
    unchecked: list[str]
    waived: list[str]  # ";"-joined Exclusion keys that would have excluded the row but do not apply to it

    @property
    def unranked(self) -> np.ndarray:
        """Rows without a candidate's rank: excluded, or there for reference."""
        return self.excluded | (self.role != ROLE_CANDIDATE)


def _prepare(frame: pd.DataFrame, preset: Preset) -> _Prepared:
    inputs = criterion_inputs(frame)
    n = len(frame)
    values = {k: c.values(inputs[c.input_column], preset.params.get(k, {})) for k, c in CRITERIA.items()}
    excluded = np.zeros(n, dtype=bool)
    reasons = np.full(n, "", dtype=object)
    unchecked = np.full(n, "", dtype=object)
    waived = np.full(n, "", dtype=object)
    for key, rule in EXCLUSIONS.items():
        limit = preset.exclusions.get(key)
        if limit is None:
            continue
        hit = rule.mask(inputs, limit)
        spared = hit & rule.waived(inputs)
        waived = _joined(waived, key, spared)
        hit &= ~spared
        excluded |= hit
        reasons = _joined(reasons, key, hit)
        unchecked = _joined(unchecked, key, inputs[rule.input_column].isna().to_numpy())
    return _Prepared(
        inputs=inputs,
        values=values,
        has_data={k: ~np.isnan(v) for k, v in values.items()},
        excluded=excluded,
        role=roles(frame),
        reasons=list(reasons),
        unchecked=list(unchecked),
        waived=list(waived),
    )


def prepare(frame: pd.DataFrame, preset: Preset | str = DEFAULT_PRESET) -> _Prepared:
    """The criteria's values and exclusions for rows: independent of the weights, so one
    preparation serves any number of weightings (`weighted_scores`)."""
    return _prepare(frame, get_preset(preset))


def weighted_scores(prepared: _Prepared, weights: Mapping[str, float] | None = None) -> dict[str, np.ndarray]:
    """score, rank and confidence of prepared rows for one weighting (only vector arithmetic)."""
    n = len(prepared.excluded)
    active, _, _, total = _weighted(prepared, normalize_weights(weights), n)
    with_data = np.sum([prepared.has_data[k] for k in active], axis=0) if active else np.zeros(n)
    return {"score": total, "rank": _rank(total, prepared.unranked),
            "confidence": with_data / max(len(active), 1)}


def _weighted(prepared: _Prepared, shares: Mapping[str, float], n: int):
    """(active criteria, criteria in play, points per criterion, total score) for one weighting."""
    active = [k for k in CRITERIA if shares[k] > 0]
    # Criteria in play: weighted and with data for at least one row; their weights sum to 1.
    in_play = [k for k in active if prepared.has_data[k].any()]
    total_weight = sum(shares[k] for k in in_play)
    contributions = {
        k: 100 * np.nan_to_num(prepared.values[k]) * (shares[k] / total_weight if k in in_play else 0.0)
        for k in CRITERIA
    }
    total = np.sum(list(contributions.values()), axis=0) if in_play else np.full(n, np.nan)
    return active, in_play, contributions, total


def _rank(total: np.ndarray, unranked: np.ndarray) -> np.ndarray:
    """1 = best; ties share the best rank (method="min"); NaN for unranked (excluded, reference) or
    unscored rows."""
    return pd.Series(np.where(unranked, np.nan, total)).rank(method="min", ascending=False).to_numpy()


def score_prepared(frame: pd.DataFrame, prepared: _Prepared, shares: Mapping[str, float]) -> pd.DataFrame:
    n = len(frame)
    active, in_play, contributions, total = _weighted(prepared, shares, n)
    has_data = prepared.has_data
    n_with_data = np.sum([has_data[k] for k in active], axis=0).astype(int) if active else np.zeros(n, dtype=int)
    columns: dict[str, object] = {
        c: frame[c].to_numpy() for c in ("site_id", "name", "project_type") if c in frame.columns
    }
    columns.update(
        score=total,
        rank=_rank(total, prepared.unranked),
        excluded=prepared.excluded,
        role=prepared.role,
        rule_unchecked=np.array([u != "" for u in prepared.unchecked], dtype=bool) & ~prepared.excluded,
        exclusion_reasons=prepared.reasons,
        unchecked=prepared.unchecked,
        waived_exclusions=prepared.waived,
        n_criteria=np.full(n, len(active)),
        n_with_data=n_with_data,
        confidence=n_with_data / max(len(active), 1),
    )
    for key, criterion in CRITERIA.items():
        columns[f"input_{key}"] = prepared.inputs[criterion.input_column].to_numpy()
        columns[f"value_{key}"] = prepared.values[key]  # NaN = no data
        columns[f"contrib_{key}"] = contributions[key]  # points; 0 without data or weight
    out = pd.DataFrame(columns, index=frame.index)
    out.attrs["in_play"] = in_play
    out.attrs["set_aside"] = [k for k in active if k not in in_play]
    out.attrs["weights_used"] = weights_used(shares, in_play)
    return out


def weights_used(shares: Mapping[str, float], in_play: list[str]) -> dict[str, float]:
    """The share (0–1) each criterion's points are computed with: the nominal weights of the
    criteria in play, renormalised to sum to 1 (a criterion set aside for lack of data weighs 0),
    so a criterion's points = 100 × weight used × value."""
    total = sum(shares[k] for k in in_play)
    return {k: (shares[k] / total if k in in_play and total > 0 else 0.0) for k in CRITERIA}


def score(
    frame: pd.DataFrame, weights: Mapping[str, float] | None = None, preset: Preset | str = DEFAULT_PRESET
) -> pd.DataFrame:
    """Score 0–100, exclusions, confidence and per-criterion detail for every row of `frame`.

    Columns: site_id, name (when in frame), score, rank (1 = best, among the candidate places not
    excluded; NaN for excluded ones and for those there for reference), role (criteria.ROLES:
    candidate, operating, abandoned), rule_unchecked (an exclusion rule could not be checked for
    lack of data: the row is ranked, marked), excluded, exclusion_reasons (";"-joined Exclusion keys), unchecked
    (exclusions that could not be checked for lack of data), waived_exclusions (rules the row breaks
    that do not apply to it: a fast-track site far from today's substations), confidence (0–1: share of the
    weighted criteria with data), n_with_data, n_criteria, and for each criterion k:
    input_k (raw), value_k (0–1, NaN = no data), contrib_k (points; they add up to the score).
    `attrs["set_aside"]` lists the weighted criteria without data for any row.
    """
    preset = get_preset(preset)
    return score_prepared(frame, _prepare(frame, preset), normalize_weights(weights))


def ranking(scored: pd.DataFrame) -> pd.DataFrame:
    """Scored rows in ranking order: ranked sites by rank, then the unranked (excluded, reference,
    unscored) by score."""
    order = scored.assign(_unranked=scored["rank"].isna(), _score=scored["score"].fillna(-1))
    order = order.sort_values(["_unranked", "rank", "_score"], ascending=[True, True, False], kind="stable")
    return order.drop(columns=["_unranked", "_score"])


SENSITIVITY_COLUMNS = ["criterion", "direction", "site_id", "name", "base_rank", "rank", "places_gained"]


def sensitivity_prepared(
    frame: pd.DataFrame, prepared: _Prepared, shares: Mapping[str, float], base_rank: np.ndarray, delta: float
) -> pd.DataFrame:
    ranked = np.flatnonzero(~np.isnan(base_rank))
    if ranked.size == 0:
        return pd.DataFrame(columns=SENSITIVITY_COLUMNS)
    n = len(frame)
    criteria, directions, ranks = [], [], []
    for key in CRITERIA:
        for direction in (-1, 1):
            changed = dict(shares)
            changed[key] = shares[key] * (1 + direction * delta)
            total = _weighted(prepared, normalize_weights(changed), n)[3]
            ranks.append(_rank(total, prepared.unranked)[ranked])
            criteria.append(key)
            directions.append(direction)
    blocks = len(criteria)
    rows = np.tile(ranked, blocks)
    out = pd.DataFrame(
        {
            "criterion": np.repeat(np.array(criteria, dtype=object), ranked.size),
            "direction": np.repeat(np.array(directions, dtype=np.int64), ranked.size),
            "site_id": _column(frame, "site_id").iloc[rows].to_numpy(),
            "name": _column(frame, "name").iloc[rows].to_numpy(),
            "base_rank": np.tile(base_rank[ranked], blocks),
            "rank": np.concatenate(ranks),
        }
    )
    out["places_gained"] = out["base_rank"] - out["rank"]
    return out


def sensitivity(
    frame: pd.DataFrame,
    weights: Mapping[str, float] | None = None,
    preset: Preset | str = DEFAULT_PRESET,
    delta: float = 0.2,
) -> pd.DataFrame:
    """How the ranking moves when each weight changes by −delta and +delta (others renormalized).

    Long table, one row per (criterion, direction, ranked site): criterion, direction (−1 / +1),
    site_id, name, base_rank, rank, places_gained (base_rank − rank: > 0 moves up). Only sites
    ranked in the base case are listed. A weight at 0 stays at 0 (no movement).
    The criteria's values are computed once; each of the 2 × len(CRITERIA) weightings only
    re-weights them (vectorized).
    """
    preset = get_preset(preset)
    prepared = _prepare(frame, preset)
    shares = normalize_weights(weights)
    base_total = _weighted(prepared, shares, len(frame))[3]
    return sensitivity_prepared(frame, prepared, shares, _rank(base_total, prepared.unranked), delta)


def sensitivity_summary(sens: pd.DataFrame) -> pd.DataFrame:
    """Per criterion and direction: sites that move, the largest move, whether the leader changes."""
    columns = ["criterion", "direction", "sites_moved", "max_places", "leader_changes"]
    if sens.empty:
        return pd.DataFrame(columns=columns)
    criterion = sens["criterion"].to_numpy(dtype=object)
    direction = sens["direction"].to_numpy()
    gained = sens["places_gained"].to_numpy(dtype=float)
    leader = (sens["base_rank"].to_numpy(dtype=float) == 1) & (sens["rank"].to_numpy(dtype=float) != 1)
    rows = []
    for key, sign in dict.fromkeys(zip(criterion, direction)):  # groups in order of appearance
        mask = (criterion == key) & (direction == sign)
        moves = np.abs(gained[mask])
        rows.append(
            (
                key,
                sign,
                int(np.count_nonzero(gained[mask] != 0)),
                float(np.nanmax(moves)) if not np.isnan(moves).all() else np.nan,
                bool(leader[mask].any()),
            )
        )
    return pd.DataFrame(rows, columns=columns)


def scored_rows(frame: pd.DataFrame, weights=None, preset: Preset | str = DEFAULT_PRESET) -> pd.DataFrame:
    """The rows of a scoring frame with their own columns and the `score` columns, in ranking order."""
    return with_scores(frame, score(frame, weights, preset))


def with_scores(frame: pd.DataFrame, scored: pd.DataFrame) -> pd.DataFrame:
    merged = pd.concat(
        [frame, scored.drop(columns=[c for c in ("site_id", "name", "project_type") if c in scored])], axis=1
    )
    merged.attrs = dict(scored.attrs)
    return ranking(merged).reset_index(drop=True)
