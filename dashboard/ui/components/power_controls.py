"""/puissance's measure kind and load factor, kept in the page's address (`?measure=grid_connection&
load_factor=60`) so that a shared link opens on the same view; the default values are left out of it.

Opening the address seeds the two widgets; afterwards the widgets lead and the address follows them.
A value the address gives that the page cannot use (a kind no project shown has, a load factor off
the slider) is said by name, and the default is shown instead."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard.domain.power import PowerView
from dashboard.figures.power import measure_label
from dashboard.i18n import fmt_ratio, t
from dashboard.i18n.escape import escape_markdown

MEASURE_PARAM, FACTOR_PARAM = "measure", "load_factor"
MEASURE_KEY, FACTOR_KEY = "power_measure", "power_load_factor"
FACTOR_MIN, FACTOR_MAX, FACTOR_STEP = 10, 100, 5  # the slider's range and step, in %
_SHOWN_CHARS = 80  # an address's value is quoted up to this length


def factor_percent(text: str | None) -> int | None:
    """A load factor as the address writes it ('60', '60 %', '60.0') -> 60; None unless a whole
    step of the slider between FACTOR_MIN and FACTOR_MAX."""
    if text is None:
        return None
    try:
        value = float(text.strip().rstrip("%").strip().replace(",", "."))
    except ValueError:
        return None
    if not (FACTOR_MIN <= value <= FACTOR_MAX) or value % FACTOR_STEP:
        return None
    return int(value)


@dataclass(frozen=True)
class Wanted:
    """What the page draws: the session's widgets once drawn, else the address, else the defaults."""

    measure: str | None
    factor: int  # %
    url_measure: str | None  # the address's values as written (None: not given)
    url_factor: str | None


def wanted(default_factor: int) -> Wanted:
    url_measure, url_factor = st.query_params.get(MEASURE_PARAM), st.query_params.get(FACTOR_PARAM)
    factor = factor_percent(url_factor)
    return Wanted(st.session_state.get(MEASURE_KEY, url_measure),
                  st.session_state.get(FACTOR_KEY, default_factor if factor is None else factor),
                  url_measure, url_factor)


def url_problems(request: Wanted, view: PowerView, default_factor: int, lang: str) -> None:
    """The address's values the page could not use, each said with what is shown instead."""
    if MEASURE_KEY not in st.session_state and request.url_measure is not None \
            and request.url_measure not in view.measures:
        shown = measure_label(view.measure, lang) if view.measure else t("unknown", lang)
        st.warning(t("power_page.url_measure", lang, param=MEASURE_PARAM, shown=shown,
                     value=escape_markdown(request.url_measure[:_SHOWN_CHARS])), icon=":material/warning:")
    if FACTOR_KEY not in st.session_state and request.url_factor is not None \
            and factor_percent(request.url_factor) is None:
        st.warning(t("power_page.url_factor", lang, param=FACTOR_PARAM, low=FACTOR_MIN, high=FACTOR_MAX,
                     step=FACTOR_STEP, shown=fmt_ratio(default_factor / 100, lang),
                     value=escape_markdown(request.url_factor[:_SHOWN_CHARS])), icon=":material/warning:")


def keep_in_url(view: PowerView, default_factor: int) -> None:
    """The address says the view's kind and load factor, leaving out the defaults (and any value it
    gave that could not be used)."""
    factor = round(view.load_factor * 100)
    wanted_params = {MEASURE_PARAM: view.measure if view.measures and view.measure != next(iter(view.measures)) else None,
                     FACTOR_PARAM: str(factor) if factor != default_factor else None}
    for param, value in wanted_params.items():
        if value is None:
            if param in st.query_params:
                del st.query_params[param]
        elif st.query_params.get(param) != value:
            st.query_params[param] = value
