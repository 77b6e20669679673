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

from dashboard.data import repository as data
from dashboard.data import geocode
from dashboard.domain import siting
from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer, sources_of
from dashboard.ui.components.notices import _md_escape, empty_state
from dashboard.ui.components.sidebar import page_setup
from dashboard.figures import siting as fs
from dashboard.domain.filters import Filters, apply_filters
from dashboard.i18n import fmt_km, fmt_number, is_unknown, label_type, tr
from dashboard.domain.tables import Dataset

log = logging.getLogger("dashboard.ui.pages.siting")

TEXT = {
    "fr": {
        "title": "Implantation\u00a0: où installer un centre de données\u00a0?",
        "intro": "Un score d'aptitude de 0 à 100, calculé à partir de critères dont vous réglez les poids. "
        "Chaque critère est ramené entre 0 et 1 par une fonction de valeur écrite ci-dessous ; des règles "
        "d'exclusion, à part, écartent les sites hors limites. La confiance (part des critères renseignés) "
        "est montrée à côté du score, jamais mélangée avec lui.",
        "preset": "Taille du campus (fixe les seuils)",
        "weights": "Poids des critères",
        "weights_help": "Réglez l'importance de chaque critère ; les poids sont ramenés à un total de 100 %.",
        "weights_total": "Poids normalisés (total 100 %) : {parts}",
        "weights_all_zero": "Tous les poids sont à 0 : les critères comptent à parts égales.",
        "reset_weights": "Poids par défaut",
        "value_function": "Fonction de valeur",
        "exclusions": "Règles d'exclusion (à part du score)",
        "exclusions_help": "Un site hors limite est exclu du classement, quel que soit son score. Sans donnée, la "
        "règle n'est pas vérifiée (signalé dans le tableau).",
        "rule_on": "Appliquer",
        "limit": "Limite ({unit})",
        "candidates": "Sites candidats",
        "candidates_help": "Saisissez une commune ou une adresse des Hauts-de-France : le lieu s'ajoute à la carte et "
        "au classement pour cette session seulement (rien n'est écrit dans les données).",
        "place": "Commune ou adresse",
        "place_placeholder": "ex. Béthune, ou 12 rue de la Gare, 59000 Lille",
        "land_ha": "Surface disponible (ha, facultatif)",
        "brownfield": "Friche ou site industriel ?",
        "bf_unknown": "Je ne sais pas",
        "bf_yes": "Oui",
        "bf_no": "Non",
        "online": "Recherche en ligne (Nominatim / OpenStreetMap)",
        "online_help": "Le texte saisi est envoyé au service Nominatim d'OpenStreetMap (une demande par seconde au "
        "plus, résultats gardés en cache). Sans cela, seule la liste officielle des communes est utilisée.",
        "add": "Localiser et ajouter",
        "added": "Ajouté : {name} ({lat}, {lon}) — {origin}.",
        "already": "{name} est déjà dans la liste.",
        "unexpected": "La recherche a échoué de façon inattendue ; la page continue de fonctionner. ({detail})",
        "origin_nominatim": "Nominatim / OpenStreetMap",
        "origin_cache": "Nominatim / OpenStreetMap (cache local)",
        "origin_communes": "centre de la commune, liste officielle des communes",
        "remove": "Retirer",
        "clear": "Retirer tous les candidats",
        "communes_missing": "La liste des communes (recherche hors ligne) n'est pas téléchargée.",
        "communes_download": "Télécharger la liste des communes (Etalab, Licence Ouverte)",
        "download_failed": "Téléchargement impossible : {reason}",
        "no_225": "Distances aux postes 225 kV inconnues : le jeu « postes-electriques-rte » de RTE (ODRÉ) n'est pas "
        "téléchargé ({reason}). Le critère 225 kV est mis de côté et son poids réparti sur les autres ; les "
        "distances 400 kV viennent des postes des données du projet.",
        "no_225_reason": "aucune copie locale",
        "substations_download": "Télécharger les postes RTE (ODRÉ)",
        "set_aside": "Sans aucune donnée, mis de côté (poids réparti sur les autres) : {names}.",
        "map": "Carte du score",
        "style": "Fond de carte",
        "style_carto-positron": "Carte en ligne (CARTO Positron)",
        "style_white-bg": "Fond blanc (hors ligne)",
        "ranking": "Classement",
        "col_rank": "Rang",
        "col_name": "Site",
        "col_type": "Type",
        "col_commune": "Commune",
        "col_score": "Score",
        "col_confidence": "Confiance",
        "col_status": "Exclusion",
        "col_400": "Poste 400 kV",
        "col_225": "Poste 225 kV",
        "col_grav": "Gravelines",
        "col_lille": "Lille",
        "col_land": "Terrain",
        "col_brown": "Friche",
        "eligible": "—",
        "unchecked": "non vérifié : {rules}",
        "confidence_text": "{n}/{total} critères",
        "unknown": "inconnu",
        "yes": "oui",
        "no": "non",
        "sensitivity": "Sensibilité aux poids",
        "sensitivity_intro": "Chaque colonne change un seul poids de ±20 % (les autres sont renormalisés) ; chaque "
        "case dit combien de places le site gagne (+) ou perd (−).",
        "stable": "Aucune variation de ±20 % d'un poids ne change le premier du classement : il est robuste.",
        "leader_moves": "Le premier du classement change si l'on modifie : {changes}.",
        "nothing_ranked": "Aucun site classé : rien à comparer.",
        "methodology": "Méthode et sources",
        "method_score": "**Score** = 100 × Σ poids × valeur ÷ Σ poids, sur les critères pondérés qui ont des données "
        "pour au moins un site. Un site sans donnée pour un critère reçoit 0 pour ce critère (pas de "
        "crédit sans preuve) ; la **confiance** dit combien de critères pondérés sont renseignés. "
        "Les sites exclus gardent leur score pour information mais ne sont pas classés.",
        "method_distances": "Distances géodésiques sur l'ellipsoïde WGS-84 (comme `geopy.distance.geodesic`), "
        "calculées pour tous les sites et tous les postes à la fois.",
        "meaning": "Ce que mesure le critère",
        "formula": "Fonction de valeur ({preset})",
        "source": "Source des données",
        "freshness": "Fraîcheur",
        "limits": "Limites",
        "weight_now": "Poids actuel",
        "presets_table": "Seuils par taille de campus",
        "sources_caption": "Sources : {sources}. Détail dans « Méthode et sources ».",
        "candidates_source": "sites candidats : Nominatim / OpenStreetMap (ODbL) ou liste des communes (Etalab)",
        "outlines_source": "contours des départements : Etalab, contours administratifs (Licence Ouverte 2.0)",
        "scored_types": "Sont évalués : les projets de centres de données et les sites industriels d'accueil (selon "
        "les filtres), et vos sites candidats.",
        "nothing_to_score": "Aucun site à évaluer avec ces filtres : ajoutez un site candidat ou élargissez les "
        "filtres.",
    },
    "en": {
        "title": "Siting: where could a data centre go?",
        "intro": "A suitability score from 0 to 100, from criteria whose weights you set. Each criterion is brought "
        "to 0–1 by a value function written below; exclusion rules, kept apart, rule out sites beyond "
        "limits. The confidence (share of criteria with data) is shown next to the score, never mixed in.",
        "preset": "Campus size (sets the thresholds)",
        "weights": "Criteria weights",
        "weights_help": "Set how much each criterion matters; the weights are scaled to a total of 100%.",
        "weights_total": "Normalized weights (total 100%): {parts}",
        "weights_all_zero": "Every weight is 0: the criteria count equally.",
        "reset_weights": "Default weights",
        "value_function": "Value function",
        "exclusions": "Exclusion rules (apart from the score)",
        "exclusions_help": "A site beyond a limit is excluded from the ranking whatever its score. Without data, the "
        "rule is not checked (flagged in the table).",
        "rule_on": "Apply",
        "limit": "Limit ({unit})",
        "candidates": "Candidate sites",
        "candidates_help": "Type a commune or an address in Hauts-de-France: the place joins the map and the ranking "
        "for this session only (nothing is written to the data).",
        "place": "Commune or address",
        "place_placeholder": "e.g. Béthune, or 12 rue de la Gare, 59000 Lille",
        "land_ha": "Land available (ha, optional)",
        "brownfield": "Brownfield or industrial site?",
        "bf_unknown": "Don't know",
        "bf_yes": "Yes",
        "bf_no": "No",
        "online": "Online search (Nominatim / OpenStreetMap)",
        "online_help": "The text is sent to OpenStreetMap's Nominatim service (one request per second at most, results "
        "cached). Without it, only the official commune list is used.",
        "add": "Locate and add",
        "added": "Added: {name} ({lat}, {lon}) — {origin}.",
        "already": "{name} is already in the list.",
        "unexpected": "The search failed unexpectedly; the page keeps working. ({detail})",
        "origin_nominatim": "Nominatim / OpenStreetMap",
        "origin_cache": "Nominatim / OpenStreetMap (local cache)",
        "origin_communes": "commune centre, official commune list",
        "remove": "Remove",
        "clear": "Remove all candidates",
        "communes_missing": "The commune list (offline search) is not downloaded.",
        "communes_download": "Download the commune list (Etalab, Licence Ouverte)",
        "download_failed": "Download failed: {reason}",
        "no_225": 'Distances to 225 kV substations unknown: RTE\'s "postes-electriques-rte" dataset (ODRÉ) is not '
        "downloaded ({reason}). The 225 kV criterion is set aside and its weight shared among the others; "
        "400 kV distances come from the substations in the project's data.",
        "no_225_reason": "no local copy",
        "substations_download": "Download RTE's substations (ODRÉ)",
        "set_aside": "No data at all, set aside (weight shared among the others): {names}.",
        "map": "Score map",
        "style": "Basemap",
        "style_carto-positron": "Online map (CARTO Positron)",
        "style_white-bg": "White background (offline)",
        "ranking": "Ranking",
        "col_rank": "Rank",
        "col_name": "Site",
        "col_type": "Type",
        "col_commune": "Commune",
        "col_score": "Score",
        "col_confidence": "Confidence",
        "col_status": "Exclusion",
        "col_400": "400 kV substation",
        "col_225": "225 kV substation",
        "col_grav": "Gravelines",
        "col_lille": "Lille",
        "col_land": "Land",
        "col_brown": "Brownfield",
        "eligible": "—",
        "unchecked": "not checked: {rules}",
        "confidence_text": "{n}/{total} criteria",
        "unknown": "unknown",
        "yes": "yes",
        "no": "no",
        "sensitivity": "Sensitivity to the weights",
        "sensitivity_intro": "Each column changes one weight by ±20% (the others are renormalized); each cell tells "
        "how many places the site gains (+) or loses (−).",
        "stable": "No ±20% change of a single weight changes the top site: it is robust.",
        "leader_moves": "The top site changes if you change: {changes}.",
        "nothing_ranked": "No ranked site: nothing to compare.",
        "methodology": "Method and sources",
        "method_score": "**Score** = 100 × Σ weight × value ÷ Σ weight, over the weighted criteria that have data for "
        "at least one site. A site without data for a criterion gets 0 for it (no credit without "
        "evidence); the **confidence** tells how many weighted criteria have data. Excluded sites keep "
        "their score for reference but are not ranked.",
        "method_distances": "Geodesic distances on the WGS-84 ellipsoid (as `geopy.distance.geodesic`), computed for "
        "all sites and all substations at once.",
        "meaning": "What it measures",
        "formula": "Value function ({preset})",
        "source": "Data source",
        "freshness": "Freshness",
        "limits": "Limits",
        "weight_now": "Current weight",
        "presets_table": "Thresholds by campus size",
        "sources_caption": 'Sources: {sources}. Details under "Method and sources".',
        "candidates_source": "candidate sites: Nominatim / OpenStreetMap (ODbL) or the commune list (Etalab)",
        "outlines_source": "département outlines: Etalab, contours administratifs (Licence Ouverte 2.0)",
        "scored_types": "Scored: data-centre projects and industrial host sites (as filtered), and your candidate "
        "sites.",
        "nothing_to_score": "No site to score with these filters: add a candidate site or widen the filters.",
    },
}

_CANDIDATES_KEY = "siting_candidates"


def _t(key: str, lang: str, **values) -> str:
    return tr(TEXT, key, lang, **values)


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
        _t("preset", lang),
        list(siting.PRESETS),
        default=siting.DEFAULT_PRESET,
        key="siting_preset",
        format_func=lambda k: _label(siting.PRESETS[k], lang),
    )
    return siting.PRESETS[key or siting.DEFAULT_PRESET]


def weight_controls(preset: siting.Preset, lang: str) -> dict[str, float]:
    st.subheader(_t("weights", lang))
    st.caption(_t("weights_help", lang))
    reset = st.button(_t("reset_weights", lang), key="siting_reset_weights")
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
                _t("value_function", lang) + _colon(lang) + criterion.formula_text(preset.params.get(key, {}), lang)
            )
    percent = siting.weights_percent(raw)
    parts = " · ".join(f"{_label(siting.CRITERIA[k], lang)} {_pct(p, lang)}" for k, p in percent.items())
    st.markdown(_md_escape(_t("weights_total", lang, parts=parts)))
    if not any(v > 0 for v in raw.values()):
        st.info(_t("weights_all_zero", lang))
    return raw


def exclusion_controls(preset: siting.Preset, lang: str) -> siting.Preset:
    st.subheader(_t("exclusions", lang))
    st.caption(_t("exclusions_help", lang))
    limits: dict[str, float | None] = {}
    columns = st.columns(len(siting.EXCLUSIONS))
    fallback = {"far_from_400kv": 30.0, "far_from_225kv": 20.0, "too_small": 5.0}
    for column, (key, rule) in zip(columns, siting.EXCLUSIONS.items()):
        default = preset.exclusions.get(key)
        with column:
            st.markdown(f"**{_label(rule, lang)}**")
            # Keys carry the preset: choosing another size brings back that size's limits.
            on = st.toggle(_t("rule_on", lang), value=default is not None, key=f"siting_x_{preset.key}_{key}_on")
            limit = st.number_input(
                _t("limit", lang, unit=rule.unit),
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
    st.subheader(_t("candidates", lang))
    st.caption(_t("candidates_help", lang))
    communes, communes_error = data.load_open_dataset("communes")
    with st.form("siting_candidate_form", clear_on_submit=False, border=True):
        query = st.text_input(
            _t("place", lang), placeholder=_t("place_placeholder", lang), key="siting_query", max_chars=200
        )
        left, right = st.columns(2)
        with left:
            land = st.number_input(
                _t("land_ha", lang), min_value=0.0, max_value=10_000.0, value=None, step=1.0, key="siting_land"
            )
        with right:
            brown = st.selectbox(
                _t("brownfield", lang),
                ["unknown", "yes", "no"],
                key="siting_brownfield",
                format_func=lambda v: _t(f"bf_{v}", lang),
            )
        online = st.checkbox(_t("online", lang), value=True, help=_t("online_help", lang), key="siting_online")
        submitted = st.form_submit_button(_t("add", lang), type="primary")
    if submitted:
        add_candidate(query, land, brown, online, communes, outlines, lang)
    if communes is None:
        st.caption(_md_escape(_t("communes_missing", lang) + (f" ({communes_error})" if communes_error else "")))
        if st.button(_t("communes_download", lang), key="siting_fetch_communes"):
            failure = data.fetch_open_dataset("communes")
            if failure:
                st.warning(_md_escape(_t("download_failed", lang, reason=failure)), icon=":material/warning:")
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
                extra.append(_t("bf_yes" if cand.brownfield else "bf_no", lang))
            origin = _t(f"origin_{cand.origin}", lang) if cand.origin else ""
            st.markdown(
                ":material/location_on: "
                + _md_escape(f"{cand.name} — {origin}" + (f" ({', '.join(extra)})" if extra else ""))
            )
        with button_col:
            if st.button(_t("remove", lang), key=f"siting_remove_{i}_{cand.site_id}"):
                _store([c for c in candidates if c.site_id != cand.site_id])
                st.rerun()
    if len(candidates) > 1 and st.button(_t("clear", lang), key="siting_clear"):
        _store([])
        st.rerun()


def add_candidate(query, land, brown, online: bool, communes, outlines, lang: str) -> None:
    """Geocode and add; every failure becomes a message, never a traceback."""
    try:
        place = geocode.shared_geocoder(online=online).locate(query, communes=communes, outlines=outlines)
    except geocode.GeocodeError as error:
        st.warning(_md_escape(error.message(lang)), icon=":material/warning:")
        return
    except Exception as error:  # the page must keep working whatever the geocoder does
        log.exception("geocoding %r failed", query)
        st.error(_md_escape(_t("unexpected", lang, detail=type(error).__name__)), icon=":material/error:")
        return
    origin = _t(f"origin_{place.origin}", lang)
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
        st.info(_md_escape(_t("already", lang, name=candidate.name)))
        return
    _store([*candidates, candidate])
    st.success(
        _md_escape(
            _t(
                "added",
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
        st.info(_md_escape(notice), icon=":material/info:")


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


RANKING_FIRST = ("col_rank", "col_name")  # pinned: the site stays in view when the table scrolls sideways


def ranking_table(scored: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The ranking as shown: numbers in the reader's format, unknown written as unknown. What
    decides the rank first (score, confidence, exclusion), then the site's details."""
    unknown = _t("unknown", lang)
    rules = {key: _label(rule, lang) for key, rule in siting.EXCLUSIONS.items()}

    def km_with_name(value, name) -> str:
        if is_unknown(value):
            return unknown
        return fmt_km(value, lang) + (f" ({name})" if not is_unknown(name) else "")

    def status(excluded, reasons, unchecked) -> str:
        if excluded:
            return ", ".join(rules[k] for k in str(reasons).split(";") if k)
        if unchecked:
            return _t("unchecked", lang, rules=", ".join(rules[k] for k in str(unchecked).split(";") if k))
        return _t("eligible", lang)

    def confidence(n, total) -> str:
        n, total = int(n), int(total)
        return "●" * n + "○" * (total - n) + " " + _t("confidence_text", lang, n=n, total=total)

    def yes_no(v) -> str:
        return unknown if is_unknown(v) else _t("yes" if v else "no", lang)

    return pd.DataFrame(
        {
            _t("col_rank", lang): scored["rank"].astype("Int64"),
            _t("col_name", lang): scored["name"].astype(str),
            _t("col_score", lang): scored["score"].round(0),
            _t("col_confidence", lang): [
                confidence(n, total) for n, total in zip(scored["n_with_data"], scored["n_criteria"])
            ],
            _t("col_status", lang): [
                status(*row) for row in zip(scored["excluded"], scored["exclusion_reasons"], scored["unchecked"])
            ],
            _t("col_type", lang): [label_type(p, lang) for p in scored["project_type"]],
            _t("col_commune", lang): scored["commune"].fillna("").astype(str) if "commune" in scored else "",
            _t("col_400", lang): [
                km_with_name(k, n) for k, n in zip(scored["nearest_400kv_km"], scored["nearest_400kv_name"])
            ],
            _t("col_225", lang): [
                km_with_name(k, n) for k, n in zip(scored["nearest_225kv_km"], scored["nearest_225kv_name"])
            ],
            _t("col_grav", lang): [fmt_km(v, lang) for v in scored["gravelines_km"]],
            _t("col_lille", lang): [fmt_km(v, lang) for v in scored["input_dist_lille"]],
            _t("col_land", lang): [
                (unknown if is_unknown(v) else f"{fmt_number(v, lang, digits=1)}\u00a0ha")
                for v in scored["input_land_area"]
            ],
            _t("col_brown", lang): [yes_no(v) for v in scored["input_brownfield"]],
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
    return _t("sources_caption", lang, sources=" ; ".join(texts) if lang == "fr" else "; ".join(texts))


def sensitivity_text(summary: pd.DataFrame, lang: str) -> str:
    """What the sensitivity summary (siting.sensitivity_summary) says about the top site."""
    movers = summary[summary["leader_changes"]]
    if movers.empty:
        return _t("stable", lang)
    changes = ", ".join(
        f"{_label(siting.CRITERIA[row.criterion], lang)} {'−' if row.direction < 0 else '+'}{_pct(20, lang)}"
        for row in movers.itertuples()
    )
    return _t("leader_moves", lang, changes=changes)


def methodology(preset: siting.Preset, weights: dict, lang: str) -> None:
    with st.expander(_t("methodology", lang)):
        st.markdown(_t("method_score", lang))
        st.markdown(_t("method_distances", lang))
        percent = siting.weights_percent(weights)
        for key, criterion in siting.CRITERIA.items():
            weight = f"{_t('weight_now', lang)} {_pct(percent[key], lang)}"
            st.markdown(f"#### {_md_escape(_label(criterion, lang))} — {weight}")
            rows = [
                (_t("meaning", lang), criterion.meaning),
                (
                    _t("formula", lang, preset=_label(preset, lang)),
                    {lang: criterion.formula_text(preset.params.get(key, {}), lang)},
                ),
                (_t("source", lang), criterion.source),
                (_t("freshness", lang), criterion.freshness),
                (_t("limits", lang), criterion.limits),
            ]
            st.markdown(
                "\n".join(
                    f"- **{head}**{_colon(lang)}{_md_escape(body.get(lang, body.get('fr', '')))}" for head, body in rows
                )
            )
        st.markdown(f"#### {_t('exclusions', lang)}")
        st.markdown(
            "\n".join(
                f"- **{_md_escape(_label(rule, lang))}**{_colon(lang)}"
                + (
                    _md_escape(rule.rule_text(preset.exclusions[key], lang))
                    if preset.exclusions.get(key) is not None
                    else "—"
                )
                for key, rule in siting.EXCLUSIONS.items()
            )
        )
        st.markdown(f"#### {_t('presets_table', lang)}")
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
    st.title(_t("title", lang))
    st.caption(_t("intro", lang))

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
        st.info(_md_escape(_t("no_225", lang, reason=odre_error or _t("no_225_reason", lang))), icon=":material/info:")
        if st.button(_t("substations_download", lang), key="siting_fetch_substations"):
            failure = data.fetch_open_dataset("substations")
            if failure:
                st.warning(_md_escape(_t("download_failed", lang, reason=failure)), icon=":material/warning:")
            else:
                st.rerun()

    candidates = evaluation.candidates
    scored = evaluation.scored
    st.caption(_t("scored_types", lang))
    if scored.empty:
        empty_state(lang) if apply_filters(dataset.sites, filters).empty else st.info(_t("nothing_to_score", lang))
        methodology(preset, weights, lang)
        return
    set_aside = scored.attrs.get("set_aside", [])
    if set_aside:
        st.caption(
            _md_escape(_t("set_aside", lang, names=", ".join(_label(siting.CRITERIA[k], lang) for k in set_aside)))
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
    extra = [tr(TEXT, "candidates_source", lang)] if not candidates.empty else []
    caption = _md_escape(sources_caption(weights, lang, extra))
    drawn = [tr(TEXT, "outlines_source", lang)] if outlines is not None else []  # on the map only
    map_caption = _md_escape(sources_caption(weights, lang, [*extra, *drawn])) if drawn else caption

    st.subheader(_t("map", lang))
    style = st.radio(
        _t("style", lang), fs.STYLES, horizontal=True, key="siting_style", format_func=lambda s: _t(f"style_{s}", lang)
    )
    chart(
        fs.build_score_map(scored, {**options, "style": style, "outlines": outlines}),
        "siting-score-map",
        "siting",
        filters,
        lang,
    )
    st.caption(map_caption)

    st.subheader(_t("ranking", lang))
    st.dataframe(
        ranking_table(scored, lang),
        hide_index=True,
        width="stretch",
        column_config={
            **{_t(key, lang): st.column_config.Column(pinned=True) for key in RANKING_FIRST},
            _t("col_score", lang): st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f"),
        },
    )
    chart(fs.build_ranking_chart(scored, options), "siting-ranking", "siting", filters, lang)
    st.caption(caption)

    st.subheader(_t("sensitivity", lang))
    st.caption(_t("sensitivity_intro", lang))
    sens = evaluation.sensitivity
    if sens.empty:
        st.info(_t("nothing_ranked", lang))
    else:
        st.markdown(_md_escape(sensitivity_text(evaluation.summary, lang)))
        # The scored rows are the sensitivity's rows (same sources).
        chart(
            fs.build_sensitivity_chart(sens, {**options, "rows": scored}), "siting-sensitivity", "siting", filters, lang
        )
        st.caption(caption)

    methodology(preset, weights, lang)
    footer(dataset, lang, sources_of(scored[scored["project_type"] != siting.CANDIDATE_TYPE]) | set(grid_ids))


dataset, filters, lang = page_setup("siting")
render(dataset, filters, lang)
