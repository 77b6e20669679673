"""The declarative registry of the siting score: criteria (input, value function, default weight),
exclusions (hard rules) and presets (thresholds per campus size), and the weights' arithmetic.

One registry drives both the scoring (dashboard.domain.siting.scoring) and the methodology the
page writes: a criterion's words (label, meaning, formula, source, freshness, limits) are read by
its key from dashboard/i18n/text/siting_method.py.
"""


from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from dashboard.i18n import translations

# Lille's commune centroid (INSEE 59350), the connectivity proxy: the region's metropolis,
# its internet exchange and fibre hub.
LILLE_LAT, LILLE_LON = 50.63108, 3.04702
LILLE_SOURCE = "INSEE, Code officiel géographique 2024 (centroïde de la commune de Lille, 59350)"

# Project types scored by default (plus the user's candidates): where a campus could go.
SCORED_TYPES = ("data_center", "industrial_site")
CANDIDATE_TYPE = "candidate"
BROWNFIELD_TYPE = "brownfield"  # a Cartofriches site scored as a candidate

# What a scored row is for the ranking. Candidate places (announced projects, host sites,
# brownfields, the reader's places) are ranked; operating data centres and abandoned projects are
# scored for reference only, never given a candidate's rank.
ROLE_CANDIDATE, ROLE_OPERATING, ROLE_ABANDONED = "candidate", "operating", "abandoned"
ROLES = (ROLE_CANDIDATE, ROLE_OPERATING, ROLE_ABANDONED)


# --------------------------------------------------------------------------------------------
# Value functions: raw value -> 0..1 (NaN stays NaN = no data)
# --------------------------------------------------------------------------------------------


def _floats(x) -> np.ndarray:
    return pd.to_numeric(pd.Series(x), errors="coerce").to_numpy(dtype=float)


def closer_is_better(x, full: float, zero: float) -> np.ndarray:
    """1 up to `full` km, 0 from `zero` km, linear in between (non-increasing in x)."""
    x = _floats(x)
    return np.clip((zero - x) / (zero - full), 0.0, 1.0)  # NaN stays NaN


def larger_is_better(x, need: float) -> np.ndarray:
    """x / need, capped at 1 (0 for nothing, 1 when the need is met)."""
    return np.clip(_floats(x) / need, 0.0, 1.0)


def yes_is_better(x) -> np.ndarray:
    """1 for yes, 0 for no."""
    x = _floats(x)
    return np.where(np.isnan(x), np.nan, (x > 0).astype(float))



# --------------------------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------------------------


def _words(key: str) -> dict[str, str]:
    """{lang: text} of a word of the method (dashboard/i18n/text/siting_method.py); {} when it has none."""
    return translations(f"siting_method.{key}")


@dataclass(frozen=True)
class Criterion:
    """One criterion: what drives the score (input column, value function, default weight) and, by its
    key, its words (label, meaning, formula, source, freshness, limits) for the methodology."""

    key: str
    input_column: str  # column of criterion_inputs()
    unit: str
    value_function: Callable[..., np.ndarray]  # (raw values, **preset params) -> 0..1, NaN = no data
    formula_key: str  # the written value function: siting_method "formula.<key>", {placeholders} = preset params
    default_weight: float

    label = property(lambda self: _words(f"criterion.{self.key}.label"))
    short = property(lambda self: _words(f"criterion.{self.key}.short"))  # for narrow places (chart axes)
    meaning = property(lambda self: _words(f"criterion.{self.key}.meaning"))
    source = property(lambda self: _words(f"criterion.{self.key}.source"))
    source_short = property(lambda self: _words(f"criterion.{self.key}.source_short"))  # under a figure
    freshness = property(lambda self: _words(f"criterion.{self.key}.freshness"))
    limits = property(lambda self: _words(f"criterion.{self.key}.limits"))
    formula = property(lambda self: _words(f"formula.{self.formula_key}"))

    def values(self, raw, params: Mapping[str, float]) -> np.ndarray:
        return self.value_function(raw, **params)

    def formula_text(self, params: Mapping[str, float], lang: str) -> str:
        formula = self.formula
        return formula[lang if lang in formula else "fr"].format(**params)


CRITERIA: dict[str, Criterion] = {
    c.key: c
    for c in (
        Criterion(
            key="dist_400kv",
            input_column="nearest_400kv_km",
            unit="km",
            value_function=closer_is_better,
            formula_key="closer",
            default_weight=25,
        ),
        Criterion(
            key="dist_400kv_line",
            input_column="nearest_400kv_line_km",
            unit="km",
            value_function=closer_is_better,
            formula_key="closer",
            default_weight=10,
        ),
        Criterion(
            key="dist_225kv",
            input_column="nearest_225kv_km",
            unit="km",
            value_function=closer_is_better,
            formula_key="closer",
            default_weight=10,
        ),
        Criterion(
            key="dist_gravelines",
            input_column="gravelines_km",
            unit="km",
            value_function=closer_is_better,
            formula_key="closer",
            default_weight=5,
        ),
        Criterion(
            key="brownfield",
            input_column="brownfield",
            unit="",
            value_function=yes_is_better,
            formula_key="yes",
            default_weight=15,
        ),
        Criterion(
            key="land_area",
            input_column="land_ha",
            unit="ha",
            value_function=larger_is_better,
            formula_key="larger",
            default_weight=15,
        ),
        # The State's fast-track sites (CRE's procedure: 400 MW to 1 GW connected to RTE's 400 kV
        # grid by 2028-2029 on sites the State identified): a planned connection, whatever today's
        # distance to a substation. 0 for a site no source names: the State's list is published.
        Criterion(
            key="fast_track",
            input_column="fast_track",
            unit="",
            value_function=yes_is_better,
            formula_key="fast_track",
            default_weight=10,
        ),
        Criterion(
            key="dist_lille",
            input_column="lille_km",
            unit="km",
            value_function=closer_is_better,
            formula_key="closer",
            default_weight=10,
        ),
    )
}

DEFAULT_WEIGHTS: dict[str, float] = {key: c.default_weight for key, c in CRITERIA.items()}


# --------------------------------------------------------------------------------------------
# Exclusions and presets
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exclusion:
    """A hard rule: a site whose input is beyond the limit is excluded (missing data: unchecked),
    unless its `waived_by` input is 1 (a State fast-track site: its 400 kV connection is planned,
    so today's distance to a substation does not exclude it)."""

    key: str
    input_column: str
    excludes_above: bool  # True: excluded when input > limit; False: when input < limit
    unit: str
    waived_by: str | None = None  # criterion_inputs column; 1 = the rule does not apply to the row

    label = property(lambda self: _words(f"exclusion.{self.key}.label"))
    rule = property(lambda self: _words(f"exclusion.{self.key}.rule"))  # {limit} placeholder
    waiver = property(lambda self: _words(f"exclusion.waived_by.{self.waived_by}") if self.waived_by else {})

    def mask(self, inputs: pd.DataFrame, limit: float) -> np.ndarray:
        x = inputs[self.input_column].to_numpy(dtype=float)
        return (x > limit) if self.excludes_above else (x < limit)  # NaN: never excluded

    def waived(self, inputs: pd.DataFrame) -> np.ndarray:
        """Rows the rule does not apply to."""
        if self.waived_by is None:
            return np.zeros(len(inputs), dtype=bool)
        return inputs[self.waived_by].to_numpy(dtype=float) == 1

    def rule_text(self, limit: float, lang: str) -> str:
        text = self.rule[lang if lang in self.rule else "fr"].format(limit=limit)
        waiver = self.waiver.get(lang, self.waiver.get("fr", ""))
        return f"{text} {waiver}" if waiver else text


EXCLUSIONS: dict[str, Exclusion] = {
    e.key: e
    for e in (
        Exclusion(
            key="far_from_400kv",
            input_column="nearest_400kv_km",
            excludes_above=True,
            unit="km",
            waived_by="fast_track",
        ),
        Exclusion(
            key="far_from_225kv",
            input_column="nearest_225kv_km",
            excludes_above=True,
            unit="km",
            waived_by="fast_track",
        ),
        Exclusion(
            key="too_small",
            input_column="land_ha",
            excludes_above=False,
            unit="ha",
        ),
    )
}


@dataclass(frozen=True)
class Preset:
    """Thresholds for a campus size: value-function parameters and exclusion limits (None = off)."""

    key: str
    power_mw: float
    params: dict[str, dict[str, float]]
    exclusions: dict[str, float | None] = field(default_factory=dict)

    label = property(lambda self: _words(f"preset.{self.key}.label"))

    def with_exclusions(self, **limits: float | None) -> Preset:
        """The same preset with some exclusion limits changed (e.g. the user's slider)."""
        unknown = set(limits) - set(EXCLUSIONS)
        if unknown:
            raise KeyError(f"unknown exclusion(s): {', '.join(sorted(unknown))}")
        return replace(self, exclusions={**self.exclusions, **limits})


# Rules of thumb, not RTE figures: the bigger the campus, the closer to 400 kV and the more land.
_COMMON_PARAMS = {"dist_gravelines": {"full": 20, "zero": 150}, "dist_lille": {"full": 10, "zero": 100}}
PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        Preset(
            key="30mw",
            power_mw=30,
            params={
                "dist_400kv": {"full": 5, "zero": 50},
                "dist_400kv_line": {"full": 3, "zero": 40},
                "dist_225kv": {"full": 2, "zero": 20},
                "land_area": {"need": 3},
                "brownfield": {},
                "fast_track": {},
                **_COMMON_PARAMS,
            },
            exclusions={"far_from_400kv": None, "far_from_225kv": 30, "too_small": 0.5},
        ),
        Preset(
            key="300mw",
            power_mw=300,
            params={
                "dist_400kv": {"full": 3, "zero": 30},
                "dist_400kv_line": {"full": 2, "zero": 25},
                "dist_225kv": {"full": 1, "zero": 15},
                "land_area": {"need": 20},
                "brownfield": {},
                "fast_track": {},
                **_COMMON_PARAMS,
            },
            exclusions={"far_from_400kv": 30, "far_from_225kv": None, "too_small": 5},
        ),
        Preset(
            key="1gw",
            power_mw=1000,
            params={
                "dist_400kv": {"full": 2, "zero": 20},
                "dist_400kv_line": {"full": 1, "zero": 15},
                "dist_225kv": {"full": 1, "zero": 10},
                "land_area": {"need": 50},
                "brownfield": {},
                "fast_track": {},
                **_COMMON_PARAMS,
            },
            exclusions={"far_from_400kv": 15, "far_from_225kv": None, "too_small": 20},
        ),
    )
}
DEFAULT_PRESET = "300mw"


def get_preset(preset: Preset | str) -> Preset:
    if isinstance(preset, Preset):
        return preset
    try:
        return PRESETS[preset]
    except KeyError:
        raise KeyError(f"unknown preset {preset!r}; known: {', '.join(PRESETS)}") from None


# --------------------------------------------------------------------------------------------
# Weights
# --------------------------------------------------------------------------------------------


def normalize_weights(weights: Mapping[str, float] | None = None) -> dict[str, float]:
    """Weights for every criterion, summing to 1.

    Missing, negative or NaN weights count as 0; if nothing is left, all criteria weigh the same
    (the user set every slider to 0: no criterion is preferred).
    """
    weights = DEFAULT_WEIGHTS if weights is None else weights
    unknown = set(weights) - set(CRITERIA)
    if unknown:
        raise KeyError(f"unknown criterion/criteria: {', '.join(sorted(unknown))}")
    raw = {}
    for key in CRITERIA:
        value = float(weights.get(key, 0.0) or 0.0)
        raw[key] = value if value > 0 and math.isfinite(value) else 0.0
    total = sum(raw.values())
    if total == 0:
        return {key: 1 / len(CRITERIA) for key in CRITERIA}
    return {key: value / total for key, value in raw.items()}


def weights_percent(weights: Mapping[str, float] | None = None) -> dict[str, int]:
    """Whole percentages that sum to exactly 100 (largest remainder), for display."""
    shares = normalize_weights(weights)
    exact = {key: share * 100 for key, share in shares.items()}
    floors = {key: math.floor(v) for key, v in exact.items()}
    left = 100 - sum(floors.values())
    for key in sorted(exact, key=lambda k: exact[k] - floors[k], reverse=True)[:left]:
        floors[key] += 1
    return floors
