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

The criteria's values are computed once per set of rows (`_prepare`); a weighting only re-weights
them, so the sensitivity's 2 × len(CRITERIA) extra scorings cost little. `evaluate(sites, odre,
Request)` is everything /siting shows, in one call; dashboard.data.siting_evaluation caches it
per (sites, RTE file, request).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from dashboard.domain import geo
from dashboard.domain.filters import Filters, apply_filters

# Lille's commune centroid (INSEE 59350), the connectivity proxy: the region's metropolis,
# its internet exchange and fibre hub.
LILLE_LAT, LILLE_LON = 50.63108, 3.04702
LILLE_SOURCE = "INSEE, Code officiel géographique 2024 (centroïde de la commune de Lille, 59350)"

# Project types scored by default (plus the user's candidates): where a campus could go.
SCORED_TYPES = ("data_center", "industrial_site")
CANDIDATE_TYPE = "candidate"


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


# Written formulas, filled with the preset's thresholds.
_CLOSER_FORMULA = {
    "fr": (
        "v = 1 si d ≤ {full:g} km ; v = 0 si d ≥ {zero:g} km ; entre les deux v = ({zero:g} − d) / ({zero:g} − "
        "{full:g})"
    ),
    "en": "v = 1 if d ≤ {full:g} km; v = 0 if d ≥ {zero:g} km; in between v = ({zero:g} − d) / ({zero:g} − {full:g})",
}
_LARGER_FORMULA = {
    "fr": "v = min(1, S / {need:g} ha), S = surface du terrain en hectares",
    "en": "v = min(1, A / {need:g} ha), A = land area in hectares",
}
_YES_FORMULA = {
    "fr": "v = 1 si le site réutilise une friche ou un site industriel, 0 sinon",
    "en": "v = 1 if the site reuses a brownfield or industrial site, 0 otherwise",
}


# --------------------------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Criterion:
    key: str
    label: dict[str, str]
    meaning: dict[str, str]
    input_column: str  # column of criterion_inputs()
    unit: str
    value_function: Callable[..., np.ndarray]  # (raw values, **preset params) -> 0..1, NaN = no data
    formula: dict[str, str]  # human-readable value function, {placeholders} = preset params
    source: dict[str, str]
    freshness: dict[str, str]
    limits: dict[str, str]
    default_weight: float
    short: dict[str, str] = field(default_factory=dict)  # for narrow places (chart axes)
    source_short: dict[str, str] = field(default_factory=dict)  # for the caption under a figure

    def values(self, raw, params: Mapping[str, float]) -> np.ndarray:
        return self.value_function(raw, **params)

    def formula_text(self, params: Mapping[str, float], lang: str) -> str:
        return self.formula[lang if lang in self.formula else "fr"].format(**params)


_PROJECT_DATA = {"fr": "données du projet (sources citées par fait)", "en": "project data (sources cited per fact)"}
_SEEDS_SOURCE = {
    "fr": "Fiches sources du projet (seeds), une source citée par fait",
    "en": "The project's seed records, one cited source per fact",
}
_ODRE_400 = {
    "fr": (
        "Postes 400 kV des données du projet (seeds, repris d'ODRÉ 2024 : disponibles hors ligne) et, une fois "
        "téléchargé, le jeu « postes-electriques-rte » de RTE (ODRÉ), postes « EN EXPLOITATION »"
    ),
    "en": "400 kV substations in the project's data (seeds, copied from ODRÉ 2024: available offline) and, once "
    'downloaded, RTE\'s "postes-electriques-rte" dataset (ODRÉ), substations "EN EXPLOITATION"',
}

CRITERIA: dict[str, Criterion] = {
    c.key: c
    for c in (
        Criterion(
            key="dist_400kv",
            short={"fr": "400 kV", "en": "400 kV"},
            source_short={"fr": "RTE, postes électriques (ODRÉ)", "en": "RTE, substations (ODRÉ)"},
            label={"fr": "Distance au poste 400 kV", "en": "Distance to 400 kV substation"},
            meaning={
                "fr": (
                    "Un campus de 300 MW à 1 GW se raccorde en 400 kV (le « fast track » de la CRE vise 400 MW–1 GW "
                    "en 400 kV) : plus le poste est proche, moins la ligne de raccordement est longue et coûteuse."
                ),
                "en": 'A 300 MW–1 GW campus connects at 400 kV (the regulator\'s "fast track" covers 400 MW–1 GW '
                "at 400 kV): the nearer the substation, the shorter and cheaper the connection line.",
            },
            input_column="nearest_400kv_km",
            unit="km",
            value_function=closer_is_better,
            formula=_CLOSER_FORMULA,
            source=_ODRE_400,
            freshness={
                "fr": "Instantané ODRÉ à la date du téléchargement ; seeds à la date de leur source",
                "en": "ODRÉ snapshot at download time; seeds as of their source",
            },
            limits={
                "fr": (
                    "Distance géodésique à vol d'oiseau, pas le tracé d'une ligne ; ne dit rien de la capacité "
                    "disponible au poste (file d'attente RTE)."
                ),
                "en": (
                    "Geodesic distance as the crow flies, not a line route; says nothing about spare capacity at the "
                    "substation (RTE's queue)."
                ),
            },
            default_weight=25,
        ),
        Criterion(
            key="dist_400kv_line",
            short={"fr": "Ligne 400 kV", "en": "400 kV line"},
            source_short={"fr": "OpenStreetMap (ODbL), lignes 400 kV", "en": "OpenStreetMap (ODbL), 400 kV lines"},
            label={"fr": "Distance à la ligne 400 kV", "en": "Distance to a 400 kV line"},
            meaning={
                "fr": (
                    "Un grand campus peut se raccorder par un nouveau poste créé en coupure d'une ligne 400 kV "
                    "existante : la distance à la ligne compte autant que celle au poste."
                ),
                "en": (
                    "A large campus can connect through a new substation cut into an existing 400 kV line: the "
                    "distance to the line matters as much as the distance to a substation."
                ),
            },
            input_column="nearest_400kv_line_km",
            unit="km",
            value_function=closer_is_better,
            formula=_CLOSER_FORMULA,
            source={
                "fr": (
                    "OpenStreetMap (© contributeurs OpenStreetMap, ODbL), lignes power=line dont le tag voltage "
                    "comprend 400000, via l'API Overpass (à télécharger)"
                ),
                "en": (
                    "OpenStreetMap (© OpenStreetMap contributors, ODbL), power=line ways whose voltage tag includes "
                    "400000, through the Overpass API (to be downloaded)"
                ),
            },
            freshness={"fr": "Instantané OSM à la date du téléchargement", "en": "OSM snapshot at download time"},
            limits={
                "fr": (
                    "Sans le réseau OSM téléchargé, ce critère n'a pas de données. Distance géodésique au point le "
                    "plus proche de la ligne (exacte à 100 m près au pire) ; OSM est cartographié par des "
                    "bénévoles : une ligne peut manquer ; une coupure de ligne demande l'accord de RTE."
                ),
                "en": (
                    "Without the downloaded OSM grid this criterion has no data. Geodesic distance to the line's "
                    "nearest point (within 100 m at worst); OSM is mapped by volunteers: a line may be missing; "
                    "cutting into a line needs RTE's agreement."
                ),
            },
            default_weight=10,
        ),
        Criterion(
            key="dist_225kv",
            short={"fr": "225 kV", "en": "225 kV"},
            source_short={"fr": "RTE, postes électriques (ODRÉ)", "en": "RTE, substations (ODRÉ)"},
            label={"fr": "Distance au poste 225 kV", "en": "Distance to 225 kV substation"},
            meaning={
                "fr": (
                    "Les projets de quelques dizaines de MW se raccordent en 225 kV (ou moins) : un poste proche "
                    "raccourcit le raccordement."
                ),
                "en": (
                    "Projects of a few tens of MW connect at 225 kV (or lower): a nearby substation shortens the "
                    "connection."
                ),
            },
            input_column="nearest_225kv_km",
            unit="km",
            value_function=closer_is_better,
            formula=_CLOSER_FORMULA,
            source={
                "fr": (
                    "Jeu « postes-electriques-rte » de RTE (ODRÉ), postes « EN EXPLOITATION » de tension 225 kV (à "
                    "télécharger)"
                ),
                "en": 'RTE\'s "postes-electriques-rte" dataset (ODRÉ), substations "EN EXPLOITATION" at 225 kV '
                "(to be downloaded)",
            },
            freshness={"fr": "Instantané ODRÉ à la date du téléchargement", "en": "ODRÉ snapshot at download time"},
            limits={
                "fr": (
                    "Sans le jeu ODRÉ téléchargé, ce critère n'a pas de données. Un poste 400/225 kV est compté en "
                    "400 kV seulement (ODRÉ le classe à sa tension la plus haute). Certains postes 225 kV sont ceux "
                    "d'un client (SNCF, industriel) et n'accueillent pas de tiers ; les points de piquage ne sont pas "
                    "des postes."
                ),
                "en": (
                    "Without the downloaded ODRÉ dataset this criterion has no data. A 400/225 kV substation counts "
                    "as 400 kV only (ODRÉ lists its highest voltage). Some 225 kV substations belong to a customer "
                    "(railways, industry) and take no third party; tap points are not substations."
                ),
            },
            default_weight=10,
        ),
        Criterion(
            key="dist_gravelines",
            short={"fr": "Gravelines", "en": "Gravelines"},
            source_short=_PROJECT_DATA,
            label={"fr": "Distance à Gravelines", "en": "Distance to Gravelines"},
            meaning={
                "fr": (
                    "La centrale nucléaire de Gravelines (5 460 MWe nets) est la grande source d'électricité de la "
                    "région : la proximité de la production limite les transits sur le réseau."
                ),
                "en": (
                    "Gravelines nuclear plant (5,460 MWe net) is the region's large supply: being near generation "
                    "limits power flows across the grid."
                ),
            },
            input_column="gravelines_km",
            unit="km",
            value_function=closer_is_better,
            formula=_CLOSER_FORMULA,
            source=_SEEDS_SOURCE,
            freshness={"fr": "Position de la centrale : fixe", "en": "Plant position: fixed"},
            limits={
                "fr": (
                    "Indicateur grossier : l'électricité circule sur tout le réseau maillé ; la distance ne garantit "
                    "aucune capacité."
                ),
                "en": "A coarse indicator: power flows across the whole meshed grid; distance guarantees no capacity.",
            },
            default_weight=5,
        ),
        Criterion(
            key="brownfield",
            short={"fr": "Friche", "en": "Brownfield"},
            source_short=_PROJECT_DATA,
            label={
                "fr": "Réemploi d'une friche ou d'un site industriel",
                "en": "Reuse of a brownfield or industrial site",
            },
            meaning={
                "fr": (
                    "Un site industriel existant évite l'artificialisation de terres (objectif ZAN) et dispose "
                    "souvent déjà d'accès, de réseaux et d'un raccordement électrique."
                ),
                "en": (
                    "An existing industrial site avoids taking new land (France's net-zero land-take goal) and often "
                    "already has access, utilities and a grid connection."
                ),
            },
            input_column="brownfield",
            unit="",
            value_function=yes_is_better,
            formula=_YES_FORMULA,
            source={
                "fr": (
                    "Seeds : site d'accueil industriel renseigné (host_site) ou site de type « site industriel "
                    "d'accueil » ; pour un site candidat, la réponse de l'utilisateur"
                ),
                "en": 'Seeds: an industrial host site recorded (host_site) or a site of type "industrial host '
                "site\"; for a candidate, the user's answer",
            },
            freshness={"fr": "À la date des sources citées", "en": "As of the cited sources"},
            limits={
                "fr": (
                    "Un site sans site d'accueil renseigné est « inconnu », pas « terrain nu » : l'absence "
                    "d'information n'est pas une preuve."
                ),
                "en": 'A site with no recorded host site is "unknown", not "greenfield": missing information '
                "is no evidence.",
            },
            default_weight=20,
        ),
        Criterion(
            key="land_area",
            short={"fr": "Terrain", "en": "Land"},
            source_short=_PROJECT_DATA,
            label={"fr": "Surface de terrain disponible", "en": "Land area available"},
            meaning={
                "fr": (
                    "Un campus a besoin de place pour les bâtiments, les postes électriques, le refroidissement et "
                    "les extensions ; le besoin croît avec la puissance."
                ),
                "en": (
                    "A campus needs room for buildings, substations, cooling and extensions; the need grows with power."
                ),
            },
            input_column="land_ha",
            unit="ha",
            value_function=larger_is_better,
            formula=_LARGER_FORMULA,
            source={
                "fr": (
                    "Seeds : surface du terrain (land_area) citée par une source ; pour un site candidat, la surface "
                    "saisie"
                ),
                "en": "Seeds: land area (land_area) cited by a source; for a candidate, the area entered",
            },
            freshness={"fr": "À la date des sources citées", "en": "As of the cited sources"},
            limits={
                "fr": (
                    "Besoins par taille de campus : ordres de grandeur, pas des normes. Surface annoncée, pas "
                    "forcément constructible."
                ),
                "en": (
                    "Needs per campus size are orders of magnitude, not standards. Announced area, not necessarily "
                    "buildable."
                ),
            },
            default_weight=15,
        ),
        Criterion(
            key="dist_lille",
            short={"fr": "Lille", "en": "Lille"},
            source_short={"fr": "INSEE, COG 2024 (Lille)", "en": "INSEE, COG 2024 (Lille)"},
            label={"fr": "Distance à Lille (connectivité)", "en": "Distance to Lille (connectivity)"},
            meaning={
                "fr": (
                    "Indicateur de connectivité : la métropole lilloise concentre la fibre, les points d'échange "
                    "internet, les clients et la main-d'œuvre."
                ),
                "en": (
                    "A connectivity proxy: the Lille metropolis concentrates fibre, internet exchange points, "
                    "customers and skilled staff."
                ),
            },
            input_column="lille_km",
            unit="km",
            value_function=closer_is_better,
            formula=_CLOSER_FORMULA,
            source={
                "fr": LILLE_SOURCE,
                "en": "INSEE, Code officiel géographique 2024 (centroid of the commune of Lille, 59350)",
            },
            freshness={"fr": "Fixe", "en": "Fixed"},
            limits={
                "fr": (
                    "Ne mesure ni la fibre réellement disponible ni la latence ; Paris, Bruxelles ou les câbles "
                    "sous-marins ne sont pas pris en compte."
                ),
                "en": (
                    "Measures neither the fibre actually available nor latency; Paris, Brussels or submarine cables "
                    "are not taken into account."
                ),
            },
            default_weight=15,
        ),
    )
}

DEFAULT_WEIGHTS: dict[str, float] = {key: c.default_weight for key, c in CRITERIA.items()}


# --------------------------------------------------------------------------------------------
# Exclusions and presets
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exclusion:
    """A hard rule: a site whose input is beyond the limit is excluded (missing data: unchecked)."""

    key: str
    input_column: str
    excludes_above: bool  # True: excluded when input > limit; False: when input < limit
    unit: str
    label: dict[str, str]
    rule: dict[str, str]  # {limit} placeholder

    def mask(self, inputs: pd.DataFrame, limit: float) -> np.ndarray:
        x = inputs[self.input_column].to_numpy(dtype=float)
        return (x > limit) if self.excludes_above else (x < limit)  # NaN: never excluded

    def rule_text(self, limit: float, lang: str) -> str:
        return self.rule[lang if lang in self.rule else "fr"].format(limit=limit)


EXCLUSIONS: dict[str, Exclusion] = {
    e.key: e
    for e in (
        Exclusion(
            key="far_from_400kv",
            input_column="nearest_400kv_km",
            excludes_above=True,
            unit="km",
            label={"fr": "Trop loin d'un poste 400 kV", "en": "Too far from a 400 kV substation"},
            rule={
                "fr": "exclu si le poste 400 kV le plus proche est à plus de {limit:g} km",
                "en": "excluded if the nearest 400 kV substation is more than {limit:g} km away",
            },
        ),
        Exclusion(
            key="far_from_225kv",
            input_column="nearest_225kv_km",
            excludes_above=True,
            unit="km",
            label={"fr": "Trop loin d'un poste 225 kV", "en": "Too far from a 225 kV substation"},
            rule={
                "fr": "exclu si le poste 225 kV le plus proche est à plus de {limit:g} km",
                "en": "excluded if the nearest 225 kV substation is more than {limit:g} km away",
            },
        ),
        Exclusion(
            key="too_small",
            input_column="land_ha",
            excludes_above=False,
            unit="ha",
            label={"fr": "Terrain trop petit", "en": "Land too small"},
            rule={
                "fr": "exclu si le terrain connu fait moins de {limit:g} ha",
                "en": "excluded if the known land area is under {limit:g} ha",
            },
        ),
    )
}


@dataclass(frozen=True)
class Preset:
    """Thresholds for a campus size: value-function parameters and exclusion limits (None = off)."""

    key: str
    label: dict[str, str]
    power_mw: float
    params: dict[str, dict[str, float]]
    exclusions: dict[str, float | None] = field(default_factory=dict)

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
            label={"fr": "30 MW (centre de données régional)", "en": "30 MW (regional data centre)"},
            power_mw=30,
            params={
                "dist_400kv": {"full": 5, "zero": 50},
                "dist_400kv_line": {"full": 3, "zero": 40},
                "dist_225kv": {"full": 2, "zero": 20},
                "land_area": {"need": 3},
                "brownfield": {},
                **_COMMON_PARAMS,
            },
            exclusions={"far_from_400kv": None, "far_from_225kv": 30, "too_small": 0.5},
        ),
        Preset(
            key="300mw",
            label={"fr": "300 MW (grand campus)", "en": "300 MW (large campus)"},
            power_mw=300,
            params={
                "dist_400kv": {"full": 3, "zero": 30},
                "dist_400kv_line": {"full": 2, "zero": 25},
                "dist_225kv": {"full": 1, "zero": 15},
                "land_area": {"need": 20},
                "brownfield": {},
                **_COMMON_PARAMS,
            },
            exclusions={"far_from_400kv": 30, "far_from_225kv": None, "too_small": 5},
        ),
        Preset(
            key="1gw",
            label={"fr": "1 GW (campus IA, « fast track » 400 kV)", "en": '1 GW (AI campus, 400 kV "fast track")'},
            power_mw=1000,
            params={
                "dist_400kv": {"full": 2, "zero": 20},
                "dist_400kv_line": {"full": 1, "zero": 15},
                "dist_225kv": {"full": 1, "zero": 10},
                "land_area": {"need": 50},
                "brownfield": {},
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
    """1 = reuses a brownfield / industrial site, 0 = explicitly not (candidates), NaN = unknown."""
    explicit = np.array(
        [
            np.nan if v is None or (isinstance(v, float) and np.isnan(v)) else float(bool(v))
            for v in _column(frame, "brownfield")
        ],
        dtype=float,
    )
    host = np.array([isinstance(v, str) and v.strip() != "" for v in _column(frame, "host_site_id")], dtype=bool)
    industrial = (_column(frame, "project_type") == "industrial_site").to_numpy(dtype=bool)
    return np.where(np.isnan(explicit), np.where(host | industrial, 1.0, np.nan), explicit)


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
    reasons: list[str]  # ";"-joined Exclusion keys per row
    unchecked: list[str]


def _prepare(frame: pd.DataFrame, preset: Preset) -> _Prepared:
    inputs = criterion_inputs(frame)
    n = len(frame)
    values = {k: c.values(inputs[c.input_column], preset.params.get(k, {})) for k, c in CRITERIA.items()}
    excluded = np.zeros(n, dtype=bool)
    reasons: list[list[str]] = [[] for _ in range(n)]
    unchecked: list[list[str]] = [[] for _ in range(n)]
    for key, rule in EXCLUSIONS.items():
        limit = preset.exclusions.get(key)
        if limit is None:
            continue
        hit = rule.mask(inputs, limit)
        excluded |= hit
        for i in np.flatnonzero(hit):
            reasons[i].append(key)
        for i in np.flatnonzero(inputs[rule.input_column].isna().to_numpy()):
            unchecked[i].append(key)
    return _Prepared(
        inputs=inputs,
        values=values,
        has_data={k: ~np.isnan(v) for k, v in values.items()},
        excluded=excluded,
        reasons=[";".join(r) for r in reasons],
        unchecked=[";".join(u) for u in unchecked],
    )


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


def _rank(total: np.ndarray, excluded: np.ndarray) -> np.ndarray:
    """1 = best; ties share the best rank (pandas' method="min"); NaN for excluded or unscored rows."""
    rankable = ~excluded & ~np.isnan(total)
    ranks = np.full(total.shape, np.nan)
    descending = np.sort(-total[rankable])
    ranks[rankable] = np.searchsorted(descending, -total[rankable], side="left") + 1
    return ranks


def _score(frame: pd.DataFrame, prepared: _Prepared, shares: Mapping[str, float]) -> pd.DataFrame:
    n = len(frame)
    active, in_play, contributions, total = _weighted(prepared, shares, n)
    has_data = prepared.has_data
    n_with_data = np.sum([has_data[k] for k in active], axis=0).astype(int) if active else np.zeros(n, dtype=int)
    columns: dict[str, object] = {
        c: frame[c].to_numpy() for c in ("site_id", "name", "project_type") if c in frame.columns
    }
    columns.update(
        score=total,
        rank=_rank(total, prepared.excluded),
        excluded=prepared.excluded,
        exclusion_reasons=prepared.reasons,
        unchecked=prepared.unchecked,
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
    return out


def score(
    frame: pd.DataFrame, weights: Mapping[str, float] | None = None, preset: Preset | str = DEFAULT_PRESET
) -> pd.DataFrame:
    """Score 0–100, exclusions, confidence and per-criterion detail for every row of `frame`.

    Columns: site_id, name (when in frame), score, rank (1 = best, among sites not excluded;
    NaN for excluded ones), excluded, exclusion_reasons (";"-joined Exclusion keys), unchecked
    (exclusions that could not be checked for lack of data), confidence (0–1: share of the
    weighted criteria with data), n_with_data, n_criteria, and for each criterion k:
    input_k (raw), value_k (0–1, NaN = no data), contrib_k (points; they add up to the score).
    `attrs["set_aside"]` lists the weighted criteria without data for any row.
    """
    preset = get_preset(preset)
    return _score(frame, _prepare(frame, preset), normalize_weights(weights))


def ranking(scored: pd.DataFrame) -> pd.DataFrame:
    """Scored rows in ranking order: ranked sites by rank, then excluded / unscored ones by score."""
    order = scored.assign(_unranked=scored["rank"].isna(), _score=scored["score"].fillna(-1))
    order = order.sort_values(["_unranked", "rank", "_score"], ascending=[True, True, False], kind="stable")
    return order.drop(columns=["_unranked", "_score"])


SENSITIVITY_COLUMNS = ["criterion", "direction", "site_id", "name", "base_rank", "rank", "places_gained"]


def _sensitivity(
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
            ranks.append(_rank(total, prepared.excluded)[ranked])
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
    return _sensitivity(frame, prepared, shares, _rank(base_total, prepared.excluded), delta)


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


# --------------------------------------------------------------------------------------------
# What gets scored: sites and the user's candidates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A place the user typed, geocoded; kept in the session only."""

    name: str
    lat: float
    lon: float
    origin: str = ""  # where the position comes from: geocode.Place.origin (nominatim, cache, communes)
    commune: str = ""
    departement: str = ""
    land_ha: float | None = None
    brownfield: bool | None = None

    @property
    def site_id(self) -> str:
        slug = "".join(c if c.isalnum() else "-" for c in self.name.lower()).strip("-")
        return f"candidate-{slug[:40]}-{self.lat:.4f}-{self.lon:.4f}"


def candidates_frame(candidates: list[Candidate], targets: geo.GridTargets) -> pd.DataFrame:
    """Candidates as site-like rows, with their grid distances."""
    columns = [
        "site_id",
        "name",
        "project_type",
        "commune",
        "departement",
        "lat",
        "lon",
        "land_area_m2",
        "brownfield",
        "origin",
    ]
    if not candidates:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(
        {
            "site_id": [c.site_id for c in candidates],
            "name": [c.name for c in candidates],
            "project_type": CANDIDATE_TYPE,
            "commune": [c.commune for c in candidates],
            "departement": [c.departement for c in candidates],
            "lat": [float(c.lat) for c in candidates],
            "lon": [float(c.lon) for c in candidates],
            "land_area_m2": [np.nan if c.land_ha is None else float(c.land_ha) * 10_000 for c in candidates],
            "brownfield": pd.Series([c.brownfield for c in candidates], dtype=object),
            "origin": [c.origin for c in candidates],
        }
    )
    distances = geo.grid_distances(frame["lat"], frame["lon"], targets)
    for column in distances.columns:
        frame[column] = distances[column].to_numpy()
    return frame


def scoring_frame(sites: pd.DataFrame, candidates: pd.DataFrame | None = None, types=SCORED_TYPES) -> pd.DataFrame:
    """The rows to score: sites of the scored types with a position, then the candidates."""
    keep = sites[sites["project_type"].isin(types) & sites["lat"].notna() & sites["lon"].notna()]
    parts = [keep] + ([candidates] if candidates is not None and not candidates.empty else [])
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else keep.reset_index(drop=True)


def scored_rows(frame: pd.DataFrame, weights=None, preset: Preset | str = DEFAULT_PRESET) -> pd.DataFrame:
    """The rows of a scoring frame with their own columns and the `score` columns, in ranking order."""
    return _scored_rows(frame, score(frame, weights, preset))


def _scored_rows(frame: pd.DataFrame, scored: pd.DataFrame) -> pd.DataFrame:
    merged = pd.concat(
        [frame, scored.drop(columns=[c for c in ("site_id", "name", "project_type") if c in scored])], axis=1
    )
    merged.attrs = dict(scored.attrs)
    return ranking(merged).reset_index(drop=True)


def grid_source_ids(sites: pd.DataFrame) -> list[str]:
    """Sources of what the distances are measured to: Gravelines and the seeds' 400 kV substations."""
    grid = sites[
        ((sites["project_type"] == "substation") & (pd.to_numeric(sites["voltage_kv"], errors="coerce") == 400))
        | (sites["site_id"] == geo.GRAVELINES_SITE_ID)
        | ((sites["project_type"] == "power_plant") & sites["name"].fillna("").str.lower().str.contains("gravelines"))
    ]
    return sorted({sid for ids in grid["source_ids"] if isinstance(ids, str) for sid in ids.split(";") if sid})


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

    @classmethod
    def of(cls, filters: Filters | None, weights: Mapping[str, float] | None, preset: Preset | str,
           candidates: list[Candidate] = (), delta: float = 0.2) -> Request:
        preset = get_preset(preset)
        filters = filters or Filters()
        return cls(
            filters=Filters(filters.types, filters.sites, filters.deps, filters.statuses),
            weights=tuple((k, float(v)) for k, v in (DEFAULT_WEIGHTS if weights is None else weights).items()),
            preset=preset.key,
            exclusions=tuple(sorted(preset.exclusions.items())),
            candidates=tuple(candidates),
            delta=float(delta),
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


def evaluate(sites: pd.DataFrame, odre: pd.DataFrame | None, request: Request) -> Evaluation:
    """Scores, ranking and sensitivity for a request, the criteria's values computed once."""
    targets = geo.grid_targets(sites, odre)
    candidates = candidates_frame(list(request.candidates), targets)
    frame = scoring_frame(apply_filters(sites, request.filters), candidates)
    preset = request.preset_obj()
    prepared = _prepare(frame, preset)
    shares = normalize_weights(dict(request.weights))
    base = _score(frame, prepared, shares)
    sens = _sensitivity(frame, prepared, shares, base["rank"].to_numpy(dtype=float), request.delta)
    return Evaluation(
        scored=_scored_rows(frame, base),
        sensitivity=sens,
        summary=sensitivity_summary(sens),
        candidates=candidates,
        kv400=targets.kv400,
        gravelines=targets.gravelines,
        has_225kv=targets.has_225kv,
        grid_source_ids=grid_source_ids(sites),
    )
