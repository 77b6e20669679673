"""Suitability of sites for a data-centre campus: one declarative registry, a transparent score.

Pure (no Streamlit). The registry `CRITERIA` drives both the scoring and the methodology text
of the /siting page: each criterion says what it measures, how its raw value becomes a 0–1
value (as code and as a written formula), where the data comes from, how fresh it is and what
its limits are. `PRESETS` (30 MW, 300 MW, 1 GW) set the thresholds; `EXCLUSIONS` are hard rules
kept apart from the weighted factors.

Score of a site = 100 × Σ wᵢ·vᵢ / Σ wᵢ (weights wᵢ set by the user, values vᵢ in 0–1).
- No credit without evidence: a site without data for a criterion gets vᵢ = 0 for it, so a
  poorly documented site never outranks a documented one on what is unknown.
- A criterion with no data for any scored site (225 kV before RTE's dataset is downloaded) is
  set aside and its weight shared among the others, so a missing dataset does not shift every
  score down.
- The confidence (share of the weighted criteria with data for the site) is shown apart.
Excluded sites keep their score for reference but get no rank.

Modules: criteria (the registry: criteria, exclusions, presets, weights), scoring (values, score,
ranks, sensitivity), candidates (what gets scored: the user's places, brownfields, line distances),
evaluation (`Request`, `evaluate`: everything /siting shows); the words of the method are in
dashboard/i18n/text/siting_method.py. The criteria's values are computed once per set of rows (`prepare`); a weighting only re-weights
them, so the sensitivity's 2 × len(CRITERIA) extra scorings cost little. `evaluate(sites, odre,
Request)` is everything /siting shows, in one call; dashboard.data.siting_evaluation caches it
per (sites, RTE file, request).
"""

from dashboard.domain.siting.criteria import (  # noqa: F401 - the package's public API
    BROWNFIELD_TYPE,
    CANDIDATE_TYPE,
    closer_is_better,
    CRITERIA,
    Criterion,
    DEFAULT_PRESET,
    DEFAULT_WEIGHTS,
    Exclusion,
    EXCLUSIONS,
    get_preset,
    larger_is_better,
    LILLE_LAT,
    LILLE_LON,
    LILLE_SOURCE,
    normalize_weights,
    Preset,
    PRESETS,
    ROLE_ABANDONED,
    ROLE_CANDIDATE,
    ROLE_OPERATING,
    ROLES,
    SCORED_TYPES,
    weights_percent,
    yes_is_better,
)
from dashboard.domain.siting.scoring import (  # noqa: F401
    criterion_inputs,
    prepare,
    ranking,
    score,
    scored_rows,
    sensitivity,
    SENSITIVITY_COLUMNS,
    sensitivity_summary,
    weighted_scores,
    weights_used,
)
from dashboard.domain.siting.candidates import (  # noqa: F401
    add_line_distances,
    brownfield_candidates,
    Candidate,
    candidates_frame,
    scoring_frame,
)
from dashboard.domain.siting.evaluation import evaluate, Evaluation, grid_source_ids, Request  # noqa: F401
