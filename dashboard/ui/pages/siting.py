"""/siting: a transparent suitability score for the sites and the user's candidate locations.

Thin page: the criteria, presets, exclusions and scoring live in dashboard.domain.siting, the figures in
dashboard.figures.siting, place search in dashboard.data.geocode. Candidates live in the session only
(nothing is written to the seeds).
"""

from __future__ import annotations

import logging
from dataclasses import asdict

import pandas as pd
import streamlit as st

from dashboard.data import geocode
from dashboard.data import repository as data
from dashboard.domain import siting
from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.tables import Dataset
from dashboard.figures import siting as fs
from dashboard.i18n import fmt_km, fmt_number, is_unknown, label_type, t
from dashboard.ui.components.chart import chart
from dashboard.domain.tables import source_ids_in
from dashboard.ui.components.footer import footer
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.notices import empty_state
from dashboard.ui.components.sidebar import page_setup

log = logging.getLogger("dashboard.ui.pages.siting")


_CANDIDATES_KEY = "siting_candidates"



def _colon(lang: str) -> str:
    return "\u00a0: " if lang == "fr" else ": "


def _label(obj, lang: str) -> str:
    return obj.label.get(lang, obj.label["fr"])


def _pct(value: object, lang: str) -> str:
    """80 % in French, 80% in English."""
    return f"{value}\u00a0%" if lang == "fr" else f"{value}%"


# --------------------------------------------------------------------------------------------
# Controls
# --------------------------------------------------------------------------------------------


def preset_control(lang: str) -> siting.Preset:
    key = st.segmented_control(
        t("siting_page.preset", lang),
        list(siting.PRESETS),
        default=siting.DEFAULT_PRESET,
        key="siting_preset",
        format_func=lambda k: _label(siting.PRESETS[k], lang),
    )
    return siting.PRESETS[key or siting.DEFAULT_PRESET]


def weight_controls(preset: siting.Preset, lang: str) -> dict[str, float]:
    st.subheader(t("siting_page.weights", lang))
    st.caption(t("siting_page.weights_help", lang))
    reset = st.button(t("siting_page.reset_weights", lang), key="siting_reset_weights")
    for key, criterion in siting.CRITERIA.items():
        # The session holds the weights (no `value=` on the sliders: one source of truth).
        if reset or f"siting_w_{key}" not in st.session_state:
            st.session_state[f"siting_w_{key}"] = int(criterion.default_weight)
    raw: dict[str, float] = {}
    columns = st.columns(3)
    for i, (key, criterion) in enumerate(siting.CRITERIA.items()):
        with columns[i % 3]:
            raw[key] = st.slider(_label(criterion, lang), 0, 100, step=5, key=f"siting_w_{key}")
            st.caption(
                t("siting_page.value_function", lang) + _colon(lang) + criterion.formula_text(preset.params.get(key, {}), lang)
            )
    percent = siting.weights_percent(raw)
    parts = " · ".join(f"{_label(siting.CRITERIA[k], lang)} {_pct(p, lang)}" for k, p in percent.items())
    st.markdown(escape_markdown(t("siting_page.weights_total", lang, parts=parts)))
    if not any(v > 0 for v in raw.values()):
        st.info(t("siting_page.weights_all_zero", lang))
    return raw


def exclusion_controls(preset: siting.Preset, lang: str) -> siting.Preset:
    st.subheader(t("siting_page.exclusions", lang))
    st.caption(t("siting_page.exclusions_help", lang))
    limits: dict[str, float | None] = {}
    columns = st.columns(len(siting.EXCLUSIONS))
    fallback = {"far_from_400kv": 30.0, "far_from_225kv": 20.0, "too_small": 5.0}
    for column, (key, rule) in zip(columns, siting.EXCLUSIONS.items()):
        default = preset.exclusions.get(key)
        with column:
            st.markdown(f"**{_label(rule, lang)}**")
            # Keys carry the preset: choosing another size brings back that size's limits.
            on = st.toggle(t("siting_page.rule_on", lang), value=default is not None, key=f"siting_x_{preset.key}_{key}_on")
            limit = st.number_input(
                t("siting_page.limit", lang, unit=rule.unit),
                min_value=0.0,
                max_value=1000.0,
                step=1.0,
                value=float(default if default is not None else fallback.get(key, 10.0)),
                key=f"siting_x_{preset.key}_{key}_limit",
                disabled=not on,
            )
            limits[key] = float(limit) if on else None
            if on:
                st.caption(rule.rule_text(float(limit), lang))
    return preset.with_exclusions(**limits)


# --------------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------------


def _candidates() -> list[siting.Candidate]:
    return [siting.Candidate(**c) for c in st.session_state.get(_CANDIDATES_KEY, [])]


def _store(candidates: list[siting.Candidate]) -> None:
    st.session_state[_CANDIDATES_KEY] = [asdict(c) for c in candidates]


def candidate_controls(lang: str, outlines: dict | None) -> None:
    st.subheader(t("siting_page.candidates", lang))
    st.caption(t("siting_page.candidates_help", lang))
    communes, communes_error = data.load_open_dataset("communes")
    with st.form("siting_candidate_form", clear_on_submit=False, border=True):
        query = st.text_input(
            t("siting_page.place", lang), placeholder=t("siting_page.place_placeholder", lang), key="siting_query", max_chars=200
        )
        left, right = st.columns(2)
        with left:
            land = st.number_input(
                t("siting_page.land_ha", lang), min_value=0.0, max_value=10_000.0, value=None, step=1.0, key="siting_land"
            )
        with right:
            brown = st.selectbox(
                t("siting_page.brownfield", lang),
                ["unknown", "yes", "no"],
                key="siting_brownfield",
                format_func=lambda v: t(f"siting_page.bf_{v}", lang),
            )
        online = st.checkbox(t("siting_page.online", lang), value=True, help=t("siting_page.online_help", lang), key="siting_online")
        submitted = st.form_submit_button(t("siting_page.add", lang), type="primary")
    if submitted:
        add_candidate(query, land, brown, online, communes, outlines, lang)
    if communes is None:
        st.caption(escape_markdown(t("siting_page.communes_missing", lang) + (f" ({communes_error})" if communes_error else "")))
        if st.button(t("siting_page.communes_download", lang), key="siting_fetch_communes"):
            failure = data.fetch_open_dataset("communes")
            if failure:
                st.warning(escape_markdown(t("siting_page.download_failed", lang, reason=failure)), icon=":material/warning:")
            else:
                st.rerun()
    candidates = _candidates()
    for i, cand in enumerate(candidates):
        text_col, button_col = st.columns([6, 1])
        with text_col:
            extra = []
            if cand.land_ha is not None:
                extra.append(f"{fmt_number(cand.land_ha, lang, digits=1)}\u00a0ha")
            if cand.brownfield is not None:
                extra.append(t("siting_page.bf_yes" if cand.brownfield else "siting_page.bf_no", lang))
            origin = t(f"siting_page.origin_{cand.origin}", lang) if cand.origin else ""
            st.markdown(
                ":material/location_on: "
                + escape_markdown(f"{cand.name} — {origin}" + (f" ({', '.join(extra)})" if extra else ""))
            )
        with button_col:
            if st.button(t("siting_page.remove", lang), key=f"siting_remove_{i}_{cand.site_id}"):
                _store([c for c in candidates if c.site_id != cand.site_id])
                st.rerun()
    if len(candidates) > 1 and st.button(t("siting_page.clear", lang), key="siting_clear"):
        _store([])
        st.rerun()


def add_candidate(query, land, brown, online: bool, communes, outlines, lang: str) -> None:
    """Geocode and add; every failure becomes a message, never a traceback."""
    try:
        place = geocode.shared_geocoder(online=online).locate(query, communes=communes, outlines=outlines)
    except geocode.GeocodeError as error:
        st.warning(escape_markdown(error.message(lang)), icon=":material/warning:")
        return
    except Exception as error:  # the page must keep working whatever the geocoder does
        log.exception("geocoding %r failed", query)
        st.error(escape_markdown(t("siting_page.unexpected", lang, detail=type(error).__name__)), icon=":material/error:")
        return
    origin = t(f"siting_page.origin_{place.origin}", lang)
    candidate = siting.Candidate(
        name=place.name,
        lat=place.lat,
        lon=place.lon,
        origin=place.origin,
        commune=place.commune,
        departement=place.departement,
        land_ha=None if land is None else float(land),
        brownfield={"yes": True, "no": False}.get(brown),
    )
    candidates = _candidates()
    if any(c.site_id == candidate.site_id for c in candidates):
        st.info(escape_markdown(t("siting_page.already", lang, name=candidate.name)))
        return
    _store([*candidates, candidate])
    st.success(
        escape_markdown(
            t(
                "siting_page.added",
                lang,
                name=place.name,
                lat=fmt_number(place.lat, lang, digits=4),
                lon=fmt_number(place.lon, lang, digits=4),
                origin=origin,
            )
        ),
        icon=":material/check_circle:",
    )
    notice = place.notice_message(lang)
    if notice:
        st.info(escape_markdown(notice), icon=":material/info:")


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


RANKING_FIRST = ("col_rank", "col_name")  # pinned: the site stays in view when the table scrolls sideways


def ranking_table(scored: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The ranking as shown: numbers in the reader's format, unknown written as unknown. What
    decides the rank first (score, confidence, exclusion), then the site's details."""
    unknown = t("siting_page.unknown", lang)
    rules = {key: _label(rule, lang) for key, rule in siting.EXCLUSIONS.items()}

    def km_with_name(value, name) -> str:
        if is_unknown(value):
            return unknown
        return fmt_km(value, lang) + (f" ({name})" if not is_unknown(name) else "")

    def status(excluded, reasons, unchecked) -> str:
        if excluded:
            return ", ".join(rules[k] for k in str(reasons).split(";") if k)
        if unchecked:
            return t("siting_page.unchecked", lang, rules=", ".join(rules[k] for k in str(unchecked).split(";") if k))
        return t("siting_page.eligible", lang)

    def confidence(n, total) -> str:
        n, total = int(n), int(total)
        return "●" * n + "○" * (total - n) + " " + t("siting_page.confidence_text", lang, n=n, total=total)

    def yes_no(v) -> str:
        return unknown if is_unknown(v) else t("siting_page.yes" if v else "siting_page.no", lang)

    return pd.DataFrame(
        {
            t("siting_page.col_rank", lang): scored["rank"].astype("Int64"),
            t("siting_page.col_name", lang): scored["name"].astype(str),
            t("siting_page.col_score", lang): scored["score"].round(0),
            t("siting_page.col_confidence", lang): [
                confidence(n, total) for n, total in zip(scored["n_with_data"], scored["n_criteria"])
            ],
            t("siting_page.col_status", lang): [
                status(*row) for row in zip(scored["excluded"], scored["exclusion_reasons"], scored["unchecked"])
            ],
            t("siting_page.col_type", lang): [label_type(p, lang) for p in scored["project_type"]],
            t("siting_page.col_commune", lang): scored["commune"].fillna("").astype(str) if "commune" in scored else "",
            t("siting_page.col_400", lang): [
                km_with_name(k, n) for k, n in zip(scored["nearest_400kv_km"], scored["nearest_400kv_name"])
            ],
            t("siting_page.col_225", lang): [
                km_with_name(k, n) for k, n in zip(scored["nearest_225kv_km"], scored["nearest_225kv_name"])
            ],
            t("siting_page.col_grav", lang): [fmt_km(v, lang) for v in scored["gravelines_km"]],
            t("siting_page.col_lille", lang): [fmt_km(v, lang) for v in scored["input_dist_lille"]],
            t("siting_page.col_land", lang): [
                (unknown if is_unknown(v) else f"{fmt_number(v, lang, digits=1)}\u00a0ha")
                for v in scored["input_land_area"]
            ],
            t("siting_page.col_brown", lang): [yes_no(v) for v in scored["input_brownfield"]],
        }
    )


def sources_caption(weights: dict, lang: str, extra: list[str] = ()) -> str:
    """The registry's data sources of the weighted criteria (and any extra ones), once each."""
    shares = siting.normalize_weights(weights)
    texts = []
    for key, criterion in siting.CRITERIA.items():
        if shares[key] > 0:
            text = criterion.source_short.get(lang, criterion.source_short["fr"])
            if text not in texts:
                texts.append(text)
    texts.extend(t for t in extra if t not in texts)
    return t("siting_page.sources_caption", lang, sources=" ; ".join(texts) if lang == "fr" else "; ".join(texts))


def sensitivity_text(summary: pd.DataFrame, lang: str) -> str:
    """What the sensitivity summary (siting.sensitivity_summary) says about the top site."""
    movers = summary[summary["leader_changes"]]
    if movers.empty:
        return t("siting_page.stable", lang)
    changes = ", ".join(
        f"{_label(siting.CRITERIA[row.criterion], lang)} {'−' if row.direction < 0 else '+'}{_pct(20, lang)}"
        for row in movers.itertuples()
    )
    return t("siting_page.leader_moves", lang, changes=changes)


def methodology(preset: siting.Preset, weights: dict, lang: str) -> None:
    with st.expander(t("siting_page.methodology", lang)):
        st.markdown(t("siting_page.method_score", lang))
        st.markdown(t("siting_page.method_distances", lang))
        percent = siting.weights_percent(weights)
        for key, criterion in siting.CRITERIA.items():
            weight = f"{t('siting_page.weight_now', lang)} {_pct(percent[key], lang)}"
            st.markdown(f"#### {escape_markdown(_label(criterion, lang))} — {weight}")
            rows = [
                (t("siting_page.meaning", lang), criterion.meaning),
                (
                    t("siting_page.formula", lang, preset=_label(preset, lang)),
                    {lang: criterion.formula_text(preset.params.get(key, {}), lang)},
                ),
                (t("siting_page.source", lang), criterion.source),
                (t("siting_page.freshness", lang), criterion.freshness),
                (t("siting_page.limits", lang), criterion.limits),
            ]
            st.markdown(
                "\n".join(
                    f"- **{head}**{_colon(lang)}{escape_markdown(body.get(lang, body.get('fr', '')))}" for head, body in rows
                )
            )
        st.markdown(f"#### {t('siting_page.exclusions', lang)}")
        st.markdown(
            "\n".join(
                f"- **{escape_markdown(_label(rule, lang))}**{_colon(lang)}"
                + (
                    escape_markdown(rule.rule_text(preset.exclusions[key], lang))
                    if preset.exclusions.get(key) is not None
                    else "—"
                )
                for key, rule in siting.EXCLUSIONS.items()
            )
        )
        st.markdown(f"#### {t('siting_page.presets_table', lang)}")
        table = {}
        for p in siting.PRESETS.values():
            column = {}
            for key, criterion in siting.CRITERIA.items():
                params = p.params.get(key, {})
                if params:
                    column[_label(criterion, lang)] = ", ".join(f"{k} = {v:g}" for k, v in params.items())
            for key, rule in siting.EXCLUSIONS.items():
                limit = p.exclusions.get(key)
                column[_label(rule, lang)] = "—" if limit is None else f"{limit:g} {rule.unit}"
            table[_label(p, lang)] = column
        st.dataframe(pd.DataFrame(table), width="stretch")


def render(dataset: Dataset, filters: Filters, lang: str) -> None:
    st.title(t("siting_page.title", lang))
    st.caption(t("siting_page.intro", lang))

    preset = preset_control(lang)
    weights = weight_controls(preset, lang)
    preset = exclusion_controls(preset, lang)
    outlines, _ = data.load_open_dataset("outlines")
    candidate_controls(lang, outlines)

    # Scores, ranking and sensitivity: computed once per (data, filters, weights, preset, candidates).
    evaluation, odre_error = data.siting_evaluation(
        dataset.sites, siting.Request.of(filters, weights, preset, _candidates())
    )
    if not evaluation.has_225kv:
        st.info(escape_markdown(t("siting_page.no_225", lang, reason=odre_error or t("siting_page.no_225_reason", lang))), icon=":material/info:")
        if st.button(t("siting_page.substations_download", lang), key="siting_fetch_substations"):
            failure = data.fetch_open_dataset("substations")
            if failure:
                st.warning(escape_markdown(t("siting_page.download_failed", lang, reason=failure)), icon=":material/warning:")
            else:
                st.rerun()

    candidates = evaluation.candidates
    scored = evaluation.scored
    st.caption(t("siting_page.scored_types", lang))
    if scored.empty:
        empty_state(lang) if apply_filters(dataset.sites, filters).empty else st.info(t("siting_page.nothing_to_score", lang))
        methodology(preset, weights, lang)
        return
    set_aside = scored.attrs.get("set_aside", [])
    if set_aside:
        st.caption(
            escape_markdown(t("siting_page.set_aside", lang, names=", ".join(_label(siting.CRITERIA[k], lang) for k in set_aside)))
        )

    grid_ids = evaluation.grid_source_ids
    open_data = ["communes"] if (candidates["origin"] == "communes").any() else []
    options = {
        "lang": lang,
        "preset": preset,
        "weights": weights,
        "substations": evaluation.kv400,
        "gravelines": evaluation.gravelines,
        "grid_source_ids": grid_ids,
        "open_data": open_data,
    }
    extra = [t("siting_page.candidates_source", lang)] if not candidates.empty else []
    caption = escape_markdown(sources_caption(weights, lang, extra))
    drawn = [t("siting_page.outlines_source", lang)] if outlines is not None else []  # on the map only
    map_caption = escape_markdown(sources_caption(weights, lang, [*extra, *drawn])) if drawn else caption

    st.subheader(t("siting_page.map", lang))
    style = st.radio(
        t("siting_page.style", lang), fs.STYLES, horizontal=True, key="siting_style", format_func=lambda s: t(f"siting_page.style_{s}", lang)
    )
    chart(
        fs.build_score_map(scored, {**options, "style": style, "outlines": outlines}),
        "siting-score-map",
        "siting",
        filters,
        lang,
    )
    st.caption(map_caption)

    st.subheader(t("siting_page.ranking", lang))
    st.dataframe(
        ranking_table(scored, lang),
        hide_index=True,
        width="stretch",
        column_config={
            **{t(f"siting_page.{key}", lang): st.column_config.Column(pinned=True) for key in RANKING_FIRST},
            t("siting_page.col_score", lang): st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f"),
        },
    )
    chart(fs.build_ranking_chart(scored, options), "siting-ranking", "siting", filters, lang)
    st.caption(caption)

    st.subheader(t("siting_page.sensitivity", lang))
    st.caption(t("siting_page.sensitivity_intro", lang))
    sens = evaluation.sensitivity
    if sens.empty:
        st.info(t("siting_page.nothing_ranked", lang))
    else:
        st.markdown(escape_markdown(sensitivity_text(evaluation.summary, lang)))
        # The scored rows are the sensitivity's rows (same sources).
        chart(
            fs.build_sensitivity_chart(sens, {**options, "rows": scored}), "siting-sensitivity", "siting", filters, lang
        )
        st.caption(caption)

    methodology(preset, weights, lang)
    footer(dataset, lang, source_ids_in(scored[scored["project_type"] != siting.CANDIDATE_TYPE]) | set(grid_ids))


dataset, filters, lang = page_setup("siting")
render(dataset, filters, lang)
