"""/siting's results in words and tables: the ranking (what decides the rank first; its first rows
at load, the full table on demand), the sources caption of the weighted criteria, and what the
sensitivity says about the leader."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.domain import siting
from dashboard.domain.tables import split_ids
from dashboard.i18n import fmt_km, fmt_number, is_unknown, label_type, list_separator, t
from dashboard.i18n.escape import escape_markdown, markdown_table
from dashboard.ui.components.opendata import fetch_button, open_datasets, origin_text
from dashboard.ui.components.site_links import site_url
from dashboard.ui.components.siting_controls import preset_control, settings_summary
from dashboard.ui.components.siting_text import label_of, percent
from dashboard.ui.components.tabs import expander_on_demand

RANKING_FIRST = ("col_rank", "col_name")  # pinned: the site stays in view when the table scrolls sideways
RANKING_TOP = 10  # rows shown at load
# What the first rows show at load: what decides the rank, then where the site is.
# (Beside the map: the type, commune and distances are in the full table.)
# The confidence too is in the full table.
TOP_COLUMNS = ("col_rank", "col_name", "col_score", "col_status", "col_page")
FULL_RANKING_KEY = "siting_full_ranking"  # the full table's expander (open: drawn)
REFERENCE_KEY = "siting_reference"  # operating and abandoned sites, for reference (open: drawn)
# Below the map and the ranking: the ranking chart, the sensitivity, the region's surface (open: drawn).
EXPANDER_KEYS = ("siting_ranking_chart", "siting_sensitivity", "siting_surface")


def data_notices(evaluation: siting.Evaluation, odre_error: str, preset: siting.Preset, lang: str) -> None:
    """Under the settings: the 225 kV file used (or why there is none, with its download), the
    other open data, the brownfields scored, what is scored, the criteria set aside for lack of data."""
    if not evaluation.has_225kv:
        st.info(escape_markdown(t("siting_page.no_225", lang, reason=odre_error or t("siting_page.no_225_reason", lang))),
                icon=":material/info:")
        fetch_button("substations", t("siting_page.substations_download", lang), "siting_fetch_substations", lang)
    else:  # the 225 kV distances' file: a download or the copy shipped in data/reference/ (RTE, 2024)
        st.caption(origin_text("substations", None, lang))
    open_datasets(("osm_grid", "cartofriches"), lang, "siting")  # each its date; the missing ones, how to get them
    lines = []  # one caption, a line each: every element drawn adds to the page's load
    if evaluation.n_brownfields:
        lines.append(t("siting_page.brownfields_scored", lang, n=evaluation.n_brownfields,
                       need=f"{preset.params['land_area']['need']:g}"))
    lines.append(t("siting_page.scored_types", lang))
    set_aside = evaluation.scored.attrs.get("set_aside", []) if not evaluation.scored.empty else []
    if set_aside:
        names = ", ".join(label_of(siting.CRITERIA[k], lang) for k in set_aside)
        lines.append(escape_markdown(t("siting_page.set_aside", lang, names=names)))
    st.caption("  \n".join(lines))


def around_the_results(slots: tuple, weights: dict, preset: siting.Preset, evaluation: siting.Evaluation,
                       odre_error: str, lang: str) -> None:
    """Drawn after the results, into the page's (head, intro, settings) containers: the title and
    campus size above the results; the intro, the settings in words and the data notices below."""
    head, intro, settings = slots
    with head:
        st.title(t("siting_page.title", lang))
        if preset_control(lang).key != preset.key:  # cannot happen: the page scored what it shows
            st.rerun()
    with intro:
        st.caption(t("siting_page.intro", lang))
    with settings:
        settings_summary(weights, preset, lang)
        data_notices(evaluation, odre_error, preset, lang)


def below_the_results(lang: str, *panels) -> dict:
    """Expander key -> (label, function drawing its content), in the page's order."""
    words = ("siting_page.ranking_chart", "siting_page.sensitivity", "surface.section")
    return {key: (t(word, lang), panel) for key, word, panel in zip(EXPANDER_KEYS, words, panels)}


def ranking_table(scored: pd.DataFrame, lang: str, preset: str | None = None) -> pd.DataFrame:
    """The ranking as shown: numbers in the reader's format, unknown written as unknown. What
    decides the rank first (score, confidence, exclusion), then the site's details; each site's
    page scored for the same campus size (`preset`)."""
    unknown = t("siting_page.unknown", lang)
    rules = {key: label_of(rule, lang) for key, rule in siting.EXCLUSIONS.items()}

    def km_with_name(value, name) -> str:
        if is_unknown(value):
            return unknown
        return fmt_km(value, lang) + (f" ({name})" if not is_unknown(name) else "")

    def status(excluded, reasons, unchecked, waived) -> str:
        if excluded:
            return ", ".join(rules[k] for k in split_ids(reasons))
        said = []
        if isinstance(waived, str) and waived:  # a fast-track site far from today's substations
            said.append(t("siting_page.waived", lang, rules=", ".join(rules[k] for k in split_ids(waived))))
        if unchecked:  # in words: which datum is missing, and that the rule was not checked
            said.extend(t(f"siting_page.unchecked_{k}", lang) for k in split_ids(unchecked))
        return list_separator(lang).join(said) or t("siting_page.eligible", lang)

    def confidence(n, total) -> str:
        n, total = int(n), int(total)
        return "●" * n + "○" * (total - n) + " " + t("siting_page.confidence_text", lang, n=n, total=total)

    def yes_no(v) -> str:
        return unknown if is_unknown(v) else t("siting_page.yes" if v else "siting_page.no", lang)

    return pd.DataFrame(
        {
            t("siting_page.col_rank", lang): rank_texts(scored, lang),
            t("siting_page.col_name", lang): scored["name"].astype(str),
            t("siting_page.col_score", lang): scored["score"].round(0),
            t("siting_page.col_confidence", lang): [
                confidence(n, total) for n, total in zip(scored["n_with_data"], scored["n_criteria"])
            ],
            t("siting_page.col_status", lang): [
                status(*row) for row in zip(scored["excluded"], scored["exclusion_reasons"], scored["unchecked"],
                                            scored.get("waived_exclusions", pd.Series("", index=scored.index)))
            ],
            t("siting_page.col_type", lang): [label_type(p, lang) for p in scored["project_type"]],
            t("siting_page.col_commune", lang): scored["commune"].fillna("").astype(str) if "commune" in scored else "",
            t("siting_page.col_400", lang): [
                km_with_name(k, n) for k, n in zip(scored["nearest_400kv_km"], scored["nearest_400kv_name"])
            ],
            t("siting_page.col_line", lang): [
                km_with_name(k, n) for k, n in zip(scored["input_dist_400kv_line"],
                                                   scored.get("nearest_400kv_line_name", pd.Series("", index=scored.index)))
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
            t("siting_page.col_page", lang): [  # a candidate has no page
                None if p == siting.CANDIDATE_TYPE else site_url(i, lang, preset)
                for i, p in zip(scored["site_id"], scored["project_type"])
            ],
        }
    )


def rank_texts(scored: pd.DataFrame, lang: str) -> list[str]:
    """Each row's rank as read: the number, marked when an exclusion rule could not be checked for
    lack of data; "exclu" for an excluded row; "pour référence" for an operating or abandoned one
    (never "None")."""
    mark = t("siting_page.unchecked_mark", lang)
    unchecked = scored.get("rule_unchecked", pd.Series(False, index=scored.index)).fillna(False)
    role = scored.get("role", pd.Series(siting.ROLE_CANDIDATE, index=scored.index))
    texts = []
    for rank, excluded, marked, kind in zip(scored["rank"], scored["excluded"], unchecked, role):
        if excluded:
            texts.append(t("siting_page.rank_excluded", lang))
        elif kind != siting.ROLE_CANDIDATE:
            texts.append(t("siting_page.rank_reference", lang))
        elif is_unknown(rank):
            texts.append(t("siting_page.unknown", lang))
        else:
            texts.append(f"{int(rank)}" + (f"\u00a0{mark}" if marked else ""))
    return texts


def split_by_role(scored: pd.DataFrame, checked_first: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(candidate places in ranking order, operating and abandoned sites there for reference).
    With `checked_first`, the candidates whose every exclusion rule could be checked come first,
    each group in rank order (the ranks keep their numbers)."""
    role = scored.get("role", pd.Series(siting.ROLE_CANDIDATE, index=scored.index))
    candidates, reference = scored[role == siting.ROLE_CANDIDATE], scored[role != siting.ROLE_CANDIDATE]
    if checked_first and "rule_unchecked" in candidates:
        order = candidates.assign(_unranked=candidates["rank"].isna(), _marked=candidates["rule_unchecked"].fillna(False))
        candidates = order.sort_values(["_unranked", "_marked"], kind="stable").drop(columns=["_unranked", "_marked"])
    return candidates, reference


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
    return t("siting_page.sources_caption", lang, sources=list_separator(lang).join(texts))


def sensitivity_text(summary: pd.DataFrame, lang: str) -> str:
    """What the sensitivity summary (siting.sensitivity_summary) says about the top site."""
    movers = summary[summary["leader_changes"]]
    if movers.empty:
        return t("siting_page.stable", lang)
    changes = ", ".join(
        f"{label_of(siting.CRITERIA[row.criterion], lang)} {'−' if row.direction < 0 else '+'}{percent(20, lang)}"
        for row in movers.itertuples()
    )
    return t("siting_page.leader_moves", lang, changes=changes)


def ranking_top(table: pd.DataFrame, candidates: pd.Series, lang: str) -> pd.DataFrame:
    """The first RANKING_TOP rows of `ranking_table`, and the reader's candidates wherever they rank
    (`candidates`: a boolean per row), with the columns that decide the rank and the score in the
    reader's format (the page column is kept: it links the names)."""
    words = {key: t(f"siting_page.{key}", lang) for key in TOP_COLUMNS}
    keep = (pd.Series(range(len(table))) < RANKING_TOP).to_numpy() | candidates.to_numpy(dtype=bool)
    top = table[keep][list(words.values())].copy()
    score = words["col_score"]
    top[score] = [t("siting_page.unknown", lang) if is_unknown(v) else fmt_number(v, lang) for v in top[score]]
    return top


def ranking_parts(scored: pd.DataFrame, lang: str, preset: str | None, checked_first: bool) -> dict:
    """What ranking_view shows, as text and tables (built once per state by the page)."""
    ranked, reference = split_by_role(scored, checked_first)
    table = ranking_table(ranked, lang, preset)
    candidates = ranked["project_type"] == siting.CANDIDATE_TYPE
    top = ranking_top(table, candidates, lang)
    link = {t("siting_page.col_name", lang): t("siting_page.col_page", lang)}
    shown = min(RANKING_TOP, len(table))
    caption = (t("siting_page.ranking_top", lang, shown=shown, n=len(table))
               + (" " + t("siting_page.ranking_candidates", lang) if candidates.iloc[shown:].any() else "")
               + (" " + t("siting_page.unchecked_note", lang, mark=t("siting_page.unchecked_mark", lang))
                  if ranked.get("rule_unchecked", pd.Series(dtype=bool)).fillna(False).any() else ""))
    reference_md = ""
    if not reference.empty:
        ref = ranking_top(ranking_table(reference, lang, preset), pd.Series(True, index=range(len(reference))), lang)  # all
        ref[t("siting_page.col_rank", lang)] = [t(f"siting_page.role_{r}", lang) for r in reference["role"]]
        ref = ref.rename(columns={t("siting_page.col_rank", lang): t("siting_page.col_role", lang)})
        reference_md = markdown_table(ref, link, relative=True)
    return {"top": markdown_table(top, link, relative=True), "caption": caption, "table": table,
            "reference": reference_md, "reference_count": len(reference)}


ORDERS = ("score", "checked_first")  # the ranking's order: by score, or the fully checked sites first
ORDER_KEY = "siting_order"


def ranking_order(lang: str) -> bool:
    """The reader's order of the ranking: True for the fully checked sites first. A segmented control,
    like the campus size above it: a toggle would load a widget of its own (Streamlit's checkbox code)."""
    return st.segmented_control(
        t("siting_page.order", lang), ORDERS, default=ORDERS[0], required=True, key=ORDER_KEY,
        format_func=lambda order: t(f"siting_page.order_{order}", lang), label_visibility="collapsed",
    ) == "checked_first"


def ranking_view(scored: pd.DataFrame, lang: str, preset: str | None = None, checked_first: bool = False,
                 memo=None) -> None:
    """The first candidate places (and the reader's candidates) as a Markdown table, each name a
    link to its page; the full table (every column, sortable, first columns pinned, the score as a
    bar) once its expander is opened; then the operating and abandoned sites, scored with the same
    criteria for reference, apart and without a rank. A st.dataframe at load costs 11 % of a bare
    page's load: the Markdown tables nothing. `memo(key, make)` keeps the parts built per state."""
    def make() -> dict:
        return ranking_parts(scored, lang, preset, checked_first)

    parts = make() if memo is None else memo(("ranking", preset, checked_first), make)
    table = parts["table"]
    st.markdown(parts["top"])
    st.caption(parts["caption"])
    expander_on_demand(t("siting_page.ranking_full", lang, n=len(table)), FULL_RANKING_KEY,
                       lambda: full_ranking(table, lang))
    if parts["reference"]:  # apart, built once opened (drawn at load: about 2 % of the page's load)
        def reference() -> None:
            st.caption(t("siting_page.reference_intro", lang))
            st.markdown(parts["reference"])

        expander_on_demand(t("siting_page.reference_title_n", lang, n=parts["reference_count"]), REFERENCE_KEY,
                           reference)


def full_ranking(table: pd.DataFrame, lang: str) -> None:
    """The ranking table, its first columns pinned and the score as a bar."""
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            **{t(f"siting_page.{key}", lang): st.column_config.Column(pinned=True) for key in RANKING_FIRST},
            t("siting_page.col_score", lang): st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f"),
            t("siting_page.col_page", lang): st.column_config.LinkColumn(display_text=t("siting_page.open_page", lang)),
        },
    )
