"""The new sites of a reviewed article (/ajouter and « À examiner »): the reviewer says what each
is and picks its commune, whose centre places it, so that a seed with a new project builds. The
commune named first in the article is suggested; nothing is placed without the reviewer's choice
being shown."""

from __future__ import annotations

import hashlib

import streamlit as st

from dashboard.data import repository as data
from dashboard.data.intake_seed import NewSite
from dashboard.domain.communes import first_commune_named
from dashboard.domain.schema import NEW_SITE_TYPES
from dashboard.i18n import t
from dashboard.i18n.escape import escape_markdown


def text_key(text: str) -> str:
    """A short key for widgets that belong to one text (an article, a site's name): they reset when it changes."""
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def new_sites_form(names: list[str], text: str, lang: str, key: str = "intake") -> dict[str, NewSite]:
    """For each new site named by a kept row: its type and its commune (the region's communes list,
    the embedded one by default), by name. A site left without a commune is returned unplaced (the
    seed then says it needs one)."""
    if not names:
        return {}
    st.markdown(f"**{t('ajouter_page.new_sites', lang)}**")
    st.caption(t("ajouter_page.new_sites_help", lang))
    choices, error = data.commune_choices()
    if choices is None:
        st.warning(t("ajouter_page.new_sites_no_communes", lang, reason=f" ({escape_markdown(error)})" if error else ""),
                   icon=":material/warning:")
    else:
        suggested = first_commune_named(text, choices)
    sites = {}
    for name in names:
        widget = f"{key}-{text_key(text)}-{text_key(name)}"
        left, right = st.columns([2, 3])
        kind = left.selectbox(t("ajouter_page.new_site_type", lang, name=escape_markdown(name)), NEW_SITE_TYPES,
                              format_func=lambda k: t(f"project_types.{k}", lang), key=f"{widget}-type")
        if choices is None:
            sites[name] = NewSite(kind)
            continue
        position = right.selectbox(t("ajouter_page.new_site_commune", lang, name=escape_markdown(name)),
                                   range(len(choices.labels)), index=suggested, format_func=choices.labels.__getitem__,
                                   placeholder=t("ajouter_page.new_site_pick", lang), key=f"{widget}-commune")
        if position is None:
            sites[name] = NewSite(kind)
            continue
        place = choices.places.iloc[position]
        sites[name] = NewSite(kind, commune=str(place["name"]), departement=str(place["departement"]),
                              lat=float(place["lat"]), lon=float(place["lon"]))
    return sites
