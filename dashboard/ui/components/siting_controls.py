"""/siting's controls: campus size (preset), criteria weights, exclusion rules, and the user's
candidate places (ui/components/siting_candidates: kept in the URL; nothing is written to the seeds).

The weights, rules and places sit in a settings panel whose widgets are drawn only once the reader
opens it (they cost a fifth of the page's load). Their values live in the session under keys of
their own, so they hold while the panel is closed: Streamlit forgets a widget's state in a run
that does not draw it, so the widgets are seeded from those keys each time they are drawn."""

from __future__ import annotations

import streamlit as st

from dashboard.domain import siting
from dashboard.i18n import colon, list_separator, t
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.site_links import PRESET_PARAM, preset_in_url
from dashboard.ui.components.siting_candidates import candidate_controls
from dashboard.ui.components.siting_text import label_of, percent
from dashboard.ui.components.tabs import expander_on_demand

def warn_unknown_preset(shown: str, lang: str) -> None:
    """An unknown campus size in the URL (`?preset=…`), said with the one shown instead."""
    _, unknown = preset_in_url()
    if unknown:
        st.warning(t("siting_page.unknown_preset", lang, value=escape_markdown(unknown[:80]),
                     default=label_of(siting.PRESETS[shown], lang)), icon=":material/warning:")


PRESET_KEY = "siting_preset"  # the campus size's control


def preset_in_force() -> siting.Preset:
    """The campus size the control shows, known before it is drawn (the page scores and sends its
    map first): the reader's last choice, else the URL's, else the default."""
    from_url, _ = preset_in_url()
    chosen = st.session_state.get(PRESET_KEY)
    return siting.PRESETS[chosen if chosen in siting.PRESETS else from_url or siting.DEFAULT_PRESET]


def preset_control(lang: str) -> siting.Preset:
    """The campus size, from the URL (`?preset=1gw`, kept there so a shared link shows the same
    ranking; the default one is left out) or the reader's choice; an unknown value in the URL is
    said and the default used."""
    from_url, _ = preset_in_url()
    warn_unknown_preset(siting.DEFAULT_PRESET, lang)
    key = st.segmented_control(
        t("siting_page.preset", lang),
        list(siting.PRESETS),
        default=from_url or siting.DEFAULT_PRESET,
        required=True,
        key=PRESET_KEY,
        format_func=lambda k: label_of(siting.PRESETS[k], lang),
    ) or siting.DEFAULT_PRESET
    if key == siting.DEFAULT_PRESET:
        st.query_params.pop(PRESET_PARAM, None)
    elif from_url != key:
        st.query_params[PRESET_PARAM] = key
    return siting.PRESETS[key]


SETTINGS_KEY = "siting_settings"  # the settings panel (open: its widgets are drawn)
_WEIGHTS_KEY = "siting_weights"  # criterion -> weight, kept while the panel is closed
_LIMITS_KEY = "siting_limits"  # "<preset>:<rule>" -> [on, limit], the same
_LIMIT_FALLBACK = {"far_from_400kv": 30.0, "far_from_225kv": 20.0, "too_small": 5.0}  # a rule a preset lacks


def stored_weights() -> dict[str, float]:
    """The reader's weights (the registry's defaults until changed), as the sliders give them (whole
    numbers): the same request whether the panel is open or closed, so the cached scores are reused."""
    stored = st.session_state.get(_WEIGHTS_KEY) or {}
    return {key: int(stored.get(key, criterion.default_weight)) for key, criterion in siting.CRITERIA.items()}


def stored_limits(preset: siting.Preset) -> dict[str, tuple[bool, float]]:
    """rule -> (on, limit) for this preset: the reader's choice, else the preset's own rule."""
    stored = st.session_state.get(_LIMITS_KEY) or {}
    limits = {}
    for key in siting.EXCLUSIONS:
        default = preset.exclusions.get(key)
        on, limit = stored.get(f"{preset.key}:{key}",
                               (default is not None, float(default if default is not None else _LIMIT_FALLBACK.get(key, 10.0))))
        limits[key] = (bool(on), float(limit))
    return limits


def _seed(widget_key: str, value) -> None:
    """Give a widget its kept value before it is drawn (none of these widgets takes `value=`)."""
    if widget_key not in st.session_state:
        st.session_state[widget_key] = value


def settings_panel(preset: siting.Preset, lang: str, outlines: dict | None) -> tuple[dict[str, float], siting.Preset]:
    """The weights and the preset with the reader's exclusion rules: from the panel's widgets when
    it is open, else from the session."""
    drawn: dict = {}

    def draw() -> None:
        drawn["weights"] = weight_controls(preset, lang)
        drawn["preset"] = exclusion_controls(preset, lang)
        candidate_controls(lang, outlines)

    expander_on_demand(t("siting_page.settings", lang), SETTINGS_KEY, draw)
    if "weights" in drawn:
        return drawn["weights"], drawn["preset"]
    limits = {key: (limit if on else None) for key, (on, limit) in stored_limits(preset).items()}
    return stored_weights(), preset.with_exclusions(**limits)


def settings_summary(weights: dict[str, float], preset: siting.Preset, lang: str) -> None:
    """What the panel holds, in words, shown whether it is open or not: the normalized weights, the
    exclusion rules in force, the candidate places."""
    shares = siting.weights_percent(weights)
    parts = " · ".join(f"{label_of(siting.CRITERIA[k], lang)} {percent(p, lang)}" for k, p in shares.items())
    if not any(v > 0 for v in weights.values()):
        st.info(t("siting_page.weights_all_zero", lang))
    rules = [siting.EXCLUSIONS[key].rule_text(float(limit), lang) for key, limit in preset.exclusions.items()
             if limit is not None and key in siting.EXCLUSIONS]
    # The registry's own words and the reader's numbers: no data value, nothing to escape. One
    # element for both lines: each element drawn adds to the page's load.
    separator = list_separator(lang)
    st.caption(escape_markdown(t("siting_page.weights_total", lang, parts=parts)) + "  \n"
               + (t("siting_page.rules_in_force", lang, rules=separator.join(rules)) if rules
                  else t("siting_page.no_rule_in_force", lang)))


def weight_controls(preset: siting.Preset, lang: str) -> dict[str, float]:
    st.subheader(t("siting_page.weights", lang))
    st.caption(t("siting_page.weights_help", lang))
    reset = st.button(t("siting_page.reset_weights", lang), key="siting_reset_weights")
    kept = stored_weights()
    for key, criterion in siting.CRITERIA.items():
        # The session holds the weights (no `value=` on the sliders: one source of truth).
        if reset:
            st.session_state[f"siting_w_{key}"] = int(criterion.default_weight)
        _seed(f"siting_w_{key}", kept[key])
    raw: dict[str, float] = {}
    columns = st.columns(3)
    for i, (key, criterion) in enumerate(siting.CRITERIA.items()):
        with columns[i % 3]:
            raw[key] = st.slider(label_of(criterion, lang), 0, 100, step=5, key=f"siting_w_{key}")
            st.caption(
                t("siting_page.value_function", lang) + colon(lang) + criterion.formula_text(preset.params.get(key, {}), lang)
            )
    st.session_state[_WEIGHTS_KEY] = raw
    return raw


def exclusion_controls(preset: siting.Preset, lang: str) -> siting.Preset:
    st.subheader(t("siting_page.exclusions", lang))
    st.caption(t("siting_page.exclusions_help", lang))
    limits: dict[str, float | None] = {}
    kept = dict(st.session_state.get(_LIMITS_KEY) or {})
    columns = st.columns(len(siting.EXCLUSIONS))
    for column, (key, rule), (on_before, limit_before) in zip(columns, siting.EXCLUSIONS.items(),
                                                              stored_limits(preset).values()):
        # Keys carry the preset: choosing another size brings back that size's limits.
        on_key, limit_key = f"siting_x_{preset.key}_{key}_on", f"siting_x_{preset.key}_{key}_limit"
        _seed(on_key, on_before)
        _seed(limit_key, limit_before)
        with column:
            st.markdown(f"**{label_of(rule, lang)}**")
            on = st.toggle(t("siting_page.rule_on", lang), key=on_key)
            limit = st.number_input(t("siting_page.limit", lang, unit=rule.unit), min_value=0.0, max_value=1000.0,
                                    step=1.0, key=limit_key, disabled=not on)
            limits[key] = float(limit) if on else None
            kept[f"{preset.key}:{key}"] = (bool(on), float(limit))
            if on:
                st.caption(rule.rule_text(float(limit), lang))
    st.session_state[_LIMITS_KEY] = kept
    return preset.with_exclusions(**limits)
