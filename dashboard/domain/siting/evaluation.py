"""Everything /siting shows, in one call: a `Request` (the scores' inputs as plain values, a cache
key), `evaluate` and its `Evaluation` (dashboard.data.repository.siting_evaluation caches it)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.domain import geo, grid_lines
from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.siting.candidates import (
    add_line_distances,
    brownfield_candidates,
    Candidate,
    candidates_frame,
    scoring_frame,
)
from dashboard.domain.siting.criteria import DEFAULT_PRESET, DEFAULT_WEIGHTS, get_preset, normalize_weights, Preset
from dashboard.domain.siting.scoring import (
    prepare,
    score_prepared,
    sensitivity_prepared,
    sensitivity_summary,
    with_scores,
)
from dashboard.domain.tables import source_ids_in


def grid_source_ids(sites: pd.DataFrame) -> list[str]:
    """Sources of what the distances are measured to: Gravelines and the seeds' 400 kV substations."""
    grid = sites[
        ((sites["project_type"] == "substation") & (pd.to_numeric(sites["voltage_kv"], errors="coerce") == 400))
        | (sites["site_id"] == geo.GRAVELINES_SITE_ID)
        | ((sites["project_type"] == "power_plant") & sites["name"].fillna("").str.lower().str.contains("gravelines"))
    ]
    return sorted(source_ids_in(grid))


# --------------------------------------------------------------------------------------------
# The /siting page's computation, once per request (cached by dashboard.data.siting_evaluation)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """Everything the scores depend on besides the data, as plain values (a cache key)."""

    filters: Filters = Filters()  # the language is left out: the scores do not depend on it
    weights: tuple[tuple[str, float], ...] = ()
    preset: str = DEFAULT_PRESET
    exclusions: tuple[tuple[str, float | None], ...] = ()
    candidates: tuple[Candidate, ...] = ()
    delta: float = 0.2
    brownfields: bool = True  # score Cartofriches brownfields of at least the preset's land need

    @classmethod
    def of(cls, filters: Filters | None, weights: Mapping[str, float] | None, preset: Preset | str,
           candidates: list[Candidate] = (), delta: float = 0.2, brownfields: bool = True) -> Request:
        preset = get_preset(preset)
        filters = filters or Filters()
        return cls(
            filters=Filters(filters.types, filters.sites, filters.deps, filters.statuses),
            weights=tuple((k, float(v)) for k, v in (DEFAULT_WEIGHTS if weights is None else weights).items()),
            preset=preset.key,
            exclusions=tuple(sorted(preset.exclusions.items())),
            candidates=tuple(candidates),
            delta=float(delta),
            brownfields=bool(brownfields),
        )

    def preset_obj(self) -> Preset:
        return get_preset(self.preset).with_exclusions(**dict(self.exclusions))


@dataclass(frozen=True)
class Evaluation:
    """What the /siting page shows, computed from the data and a Request."""

    scored: pd.DataFrame  # sites of the scored types passing the filters + candidates, score columns, ranking order
    sensitivity: pd.DataFrame  # sensitivity() of the same rows
    summary: pd.DataFrame  # sensitivity_summary()
    candidates: pd.DataFrame  # candidates_frame()
    kv400: pd.DataFrame  # the 400 kV substations measured against (context on the map)
    gravelines: tuple[str, float, float] | None
    has_225kv: bool
    grid_source_ids: list[str]
    n_brownfields: int = 0  # Cartofriches brownfields scored (at least the preset's land need)


def evaluate(sites: pd.DataFrame, odre: pd.DataFrame | None, request: Request, grid: pd.DataFrame | None = None,
             brownfields: pd.DataFrame | None = None) -> Evaluation:
    """Scores, ranking and sensitivity for a request, the criteria's values computed once.

    grid: the OSM grid (dashboard.data.osm_grid), for the 400 kV lines and OSM's substations;
    brownfields: Cartofriches (domain.brownfields), scored as candidates when request.brownfields.
    """
    targets = geo.grid_targets(sites, odre, grid)
    preset = request.preset_obj()
    candidates = candidates_frame(list(request.candidates), targets)
    found = brownfield_candidates(brownfields, preset, targets, request.filters.deps) if request.brownfields else None
    extra = candidates if found is None or found.empty else (
        found if candidates.empty else pd.concat([candidates, found], ignore_index=True))
    frame = scoring_frame(apply_filters(sites, request.filters), extra)
    frame = add_line_distances(frame, grid_lines.lines_of(grid, 400))
    prepared = prepare(frame, preset)
    shares = normalize_weights(dict(request.weights))
    base = score_prepared(frame, prepared, shares)
    sens = sensitivity_prepared(frame, prepared, shares, base["rank"].to_numpy(dtype=float), request.delta)
    return Evaluation(
        scored=with_scores(frame, base),
        sensitivity=sens,
        summary=sensitivity_summary(sens),
        candidates=candidates,
        kv400=targets.kv400,
        gravelines=targets.gravelines,
        has_225kv=targets.has_225kv,
        grid_source_ids=grid_source_ids(sites),
        n_brownfields=0 if found is None else len(found),
    )
