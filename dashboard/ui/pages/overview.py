"""Overview (`/`): headline figures for the current filter, the region's target of data centres
against the data, the latest facts, and links to the other pages."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitAPIException

from dashboard.ui.components.chart import chart
from dashboard.ui.components.footer import footer, source_links
from dashboard.ui.components.notices import empty_state, md_escape
from dashboard.ui.components.sidebar import page_setup
from dashboard.figures import overview as ov
from dashboard.i18n import fmt_date, fmt_eur, fmt_mw, fmt_number, label_status, t, tr

PAGES_DIR = Path(__file__).resolve().parent
# Other pages, in menu order: (page file stem, Material icon).
LINKS = (("map", ":material/map:"), ("occupancy", ":material/factory:"), ("investment", ":material/euro:"),
         ("data", ":material/table:"), ("siting", ":material/place:"))

TEXT = {
    "fr": {
        "intro": "Projets de centres de données et sites industriels en Hauts-de-France, d'après des sources "
                 "publiques datées. Une valeur inconnue reste inconnue ; « ≈ » marque une valeur approximative.",
        "headline": "Chiffres clés",
        "headline_scope": "Sur les {n} projet(s) retenus par les filtres (hors région et postes électriques).",
        "projects": "Projets",
        "investment": "Investissement annoncé",
        "power": "Puissance",
        "jobs": "Emplois",
        "known_of": "somme de {known} valeur(s) connue(s) ; inconnue pour {unknown} projet(s)",
        "all_known": "somme sur {known} projet(s), toutes connues",
        "none_known": "inconnu pour les {unknown} projet(s)",
        "conflicts": "⚠️ sources en désaccord pour {n} projet(s) : valeur la plus récente retenue",
        "power_excluded": "Hors centrales électriques ({n}) : leur puissance est une production, pas une demande.",
        "status_line": "Par statut : {items}.",
        "target": "Objectif régional et projets recensés",
        "target_value": "La Région vise **{target}** centres de données (valeur écrite par la source : « {raw} », "
                        "au {as_of}).",
        "target_none": "Aucun objectif régional de centres de données dans les données.",
        "target_data": "Les données recensent **{active}** projet(s) de centre de données non abandonné(s) "
                       "dans toute la région{detail}, et **{abandoned}** abandonné(s). Ce bloc ignore les filtres.",
        "target_source": "Source de l'objectif retenu :",
        "target_conflict": "⚠️ Les sources ne donnent pas le même chiffre ({values}) : toutes sont listées "
                           "ci-dessous, la plus récente est retenue.",
        "col_current": "Retenu",
        "latest": "Derniers faits",
        "latest_caption": "Les {n} faits les plus récents sur les sites retenus, tels qu'écrits par leur source.",
        "col_site": "Site",
        "col_attribute": "Attribut",
        "col_value": "Valeur (telle qu'écrite)",
        "col_as_of": "Date",
        "col_source": "Source",
        "col_title": "Titre de la source",
        "col_link": "Lien",
        "col_flags": "Remarque",
        "flag_approx": "≈ approximatif",
        "flag_conflict": "⚠ désaccord",
        "open": "ouvrir",
        "pages": "Pages",
    },
    "en": {
        "intro": "Data-centre projects and industrial sites in Hauts-de-France, from dated public sources. "
                 "An unknown value stays unknown; “≈” marks an approximate value.",
        "headline": "Key figures",
        "headline_scope": "Over the {n} project(s) the filters keep (the region and substations left out).",
        "projects": "Projects",
        "investment": "Announced investment",
        "power": "Power",
        "jobs": "Jobs",
        "known_of": "sum of {known} known value(s); unknown for {unknown} project(s)",
        "all_known": "sum over {known} project(s), all known",
        "none_known": "unknown for all {unknown} project(s)",
        "conflicts": "⚠️ sources disagree for {n} project(s): the latest value is used",
        "power_excluded": "Power plants ({n}) left out: their power is generation, not demand.",
        "status_line": "By status: {items}.",
        "target": "The regional target and the projects on record",
        "target_value": "The Region aims at **{target}** data centres (as the source writes it: “{raw}”, "
                        "as of {as_of}).",
        "target_none": "No regional data-centre target in the data.",
        "target_data": "The data hold **{active}** data-centre project(s) not abandoned across the region{detail}, "
                       "and **{abandoned}** abandoned. This block ignores the filters.",
        "target_source": "Source of the target used:",
        "target_conflict": "⚠️ The sources give different figures ({values}): all are listed below, the latest "
                           "is used.",
        "col_current": "Used",
        "latest": "Latest facts",
        "latest_caption": "The {n} most recent facts about the sites kept, as their source writes them.",
        "col_site": "Site",
        "col_attribute": "Attribute",
        "col_value": "Value (as written)",
        "col_as_of": "As of",
        "col_source": "Source",
        "col_title": "Source title",
        "col_link": "Link",
        "col_flags": "Note",
        "flag_approx": "≈ approximate",
        "flag_conflict": "⚠ disagreement",
        "open": "open",
        "pages": "Pages",
    },
}


def _total_caption(total: ov.Total, lang: str) -> str:
    if total.value is None:
        text = tr(TEXT, "none_known", lang, unknown=total.unknown)
    elif total.unknown:
        text = tr(TEXT, "known_of", lang, known=total.known, unknown=total.unknown)
    else:
        text = tr(TEXT, "all_known", lang, known=total.known)
    if total.conflicts:
        text += "  \n" + tr(TEXT, "conflicts", lang, n=total.conflicts)
    return text


def headline(summary: ov.Overview, lang: str) -> None:
    st.subheader(tr(TEXT, "headline", lang))
    st.caption(tr(TEXT, "headline_scope", lang, n=len(summary.projects)))
    totals = summary.totals
    formats = {"investment_eur": fmt_eur, "power_mw": fmt_mw, "jobs": fmt_number}
    labels = {"investment_eur": "investment", "power_mw": "power", "jobs": "jobs"}
    columns = st.columns(4)
    columns[0].metric(tr(TEXT, "projects", lang), fmt_number(len(summary.projects), lang))
    items = ", ".join(f"{label_status(s, lang)} {n}" for s, n in summary.by_status.items())
    columns[0].caption(tr(TEXT, "status_line", lang, items=items))
    for column, key in zip(columns[1:], ("investment_eur", "power_mw", "jobs")):
        total = totals[key]
        column.metric(tr(TEXT, labels[key], lang), formats[key](total.value, lang, approximate=total.approximate))
        column.caption(_total_caption(total, lang))
    if summary.power_excluded:
        columns[2].caption(tr(TEXT, "power_excluded", lang, n=summary.power_excluded))


def target_block(summary: ov.Overview, lang: str, filters) -> None:
    target = summary.target
    value = fmt_number(target.value, lang, approximate=target.approximate)
    st.subheader(tr(TEXT, "target", lang))
    if target.value is None:
        st.write(tr(TEXT, "target_none", lang))
    else:
        raw = md_escape(target.raw_value or value)
        st.markdown(tr(TEXT, "target_value", lang, target=value, raw=raw, as_of=fmt_date(target.as_of, lang)))
    active = {s: n for s, n in target.by_status.items() if s != "abandoned"}
    detail = " (" + ", ".join(f"{label_status(s, lang).lower()} {n}" for s, n in active.items()) + ")" if active else ""
    st.markdown(tr(TEXT, "target_data", lang, active=target.active, abandoned=target.abandoned, detail=detail))
    if not target.sources.empty:
        st.caption(tr(TEXT, "target_source", lang))
        st.markdown(source_links(target.sources, lang))
    chart(ov.target_figure(target, lang), "data-center-target", "overview", filters, lang)
    if target.conflict:
        values = ", ".join(fmt_number(v, lang) for v in target.values)
        st.warning(tr(TEXT, "target_conflict", lang, values=values))
        facts_table(target.facts, lang, ["is_current", "value", "as_of", "url", "source", "title"])


def latest_block(summary: ov.Overview, lang: str) -> None:
    latest = summary.latest
    st.subheader(tr(TEXT, "latest", lang))
    st.caption(tr(TEXT, "latest_caption", lang, n=len(latest)))
    facts_table(latest, lang, ["site", "attribute", "value", "flags", "as_of", "url", "source", "title"])


def facts_table(facts, lang: str, columns: list[str]) -> None:
    """Facts (from ov.facts_with_sources) as a table; data values are shown as text, never as markup."""
    flags = [
        " ".join(f for f in (tr(TEXT, "flag_approx", lang) if a else "", tr(TEXT, "flag_conflict", lang) if c else "")
                 if f)
        for a, c in zip(facts["approximate"], facts["conflict"])
    ]
    table = facts.assign(flags=flags, is_current=["✓" if c else "" for c in facts["is_current"]])[columns]
    st.dataframe(
        table,
        hide_index=True,
        placeholder="",
        width="stretch",
        column_config={
            "site": st.column_config.TextColumn(tr(TEXT, "col_site", lang), width=200),
            "attribute": st.column_config.TextColumn(tr(TEXT, "col_attribute", lang), width=120),
            "value": st.column_config.TextColumn(tr(TEXT, "col_value", lang), width=150),
            "as_of": st.column_config.TextColumn(tr(TEXT, "col_as_of", lang), width=110),
            "source": st.column_config.TextColumn(tr(TEXT, "col_source", lang), width=180),
            "url": st.column_config.LinkColumn(tr(TEXT, "col_link", lang), display_text=tr(TEXT, "open", lang),
                                               width=60),
            "flags": st.column_config.TextColumn(tr(TEXT, "col_flags", lang), width=110),
            "title": st.column_config.TextColumn(tr(TEXT, "col_title", lang), width=400),
            "is_current": st.column_config.TextColumn(tr(TEXT, "col_current", lang), width=70),
        },
    )


def page_links(lang: str, filters) -> None:
    st.subheader(tr(TEXT, "pages", lang))
    present = [(key, icon) for key, icon in LINKS if (PAGES_DIR / f"{key}.py").is_file()]
    columns = st.columns(max(len(present), 1))
    for column, (key, icon) in zip(columns, present):
        try:
            column.page_link(f"ui/pages/{key}.py", label=t(f"page_{key}", lang), icon=icon,
                             query_params=filters.to_query_params() or None)
        except StreamlitAPIException:  # a page not registered in this run
            continue


header = st.container()
dataset, filters, lang = page_setup("overview")
header.title(t("app_title", lang))
header.caption(tr(TEXT, "intro", lang))
summary = ov.summarize(dataset, filters)

if summary.projects.empty:
    empty_state(lang)
else:
    headline(summary, lang)
    chart(ov.projects_by_status_figure(summary.projects, lang), "projects-by-status", "overview", filters, lang)
st.divider()
target_block(summary, lang, filters)
if not summary.latest.empty:
    st.divider()
    latest_block(summary, lang)
st.divider()
page_links(lang, filters)
footer(dataset, lang, summary.source_ids | set(summary.target.source_ids) | set(summary.target.centre_source_ids))
