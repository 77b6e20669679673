"""The basemap control every map page uses: the online basemap by default when its tiles can load,
else the white background, chosen by itself and said (an online basemap that cannot load draws
the points on nothing)."""

from __future__ import annotations

import streamlit as st

from dashboard.data import basemap
from dashboard.figures.base import OFFLINE_STYLE, STYLES
from dashboard.i18n import t


def basemap_control(label: str, key: str, lang: str, words: str = "map", styles=STYLES) -> str:
    """The style to draw with: the reader's choice among `styles` (the first the default), or the
    white background when it cannot load (`words`: the i18n namespace of the styles' names)."""
    default = styles[0] if basemap.reachable(styles[0]) else OFFLINE_STYLE
    style = st.segmented_control(label, styles, default=default, required=True, key=key,
                                 format_func=lambda s: t(f"{words}.style_{s}", lang))
    if style == OFFLINE_STYLE:
        if default == OFFLINE_STYLE:
            st.caption(t("map.basemap_offline", lang))
        return style
    if not basemap.reachable(style):
        st.caption(t("map.basemap_offline", lang))
        return OFFLINE_STYLE
    return style
