"""Tabs (and expanders) whose content is built only when the reader opens them: a page draws the chart it opens on,
not every chart it holds (the script runs faster, less is sent, the browser draws one chart).

    tabs_on_demand("investment-tabs", {"By project": draw_a, "By type": draw_b})

The open tab is kept in the session under `key` (Streamlit's stateful tabs); opening another tab
reruns the page. In AppTest, `at.session_state[key] = label; at.run()` opens a tab.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st


def tabs_on_demand(key: str, panels: dict[str, Callable[[], None]]) -> None:
    """One tab per panel (label -> function drawing its content); only the open one is drawn."""
    tabs = st.tabs(list(panels), key=key, on_change="rerun")
    for tab, draw in zip(tabs, panels.values()):
        if tab.open:
            with tab:
                draw()


MEMO_SUFFIX = "__last_run"


def expander_on_demand(label: str, key: str, draw: Callable[[], None], icon: str | None = None) -> None:
    """A collapsed expander whose content is built only once the reader opens it.

    It stays open when its label changes ("Sources (47)" → "(12)" after a filter, a download, the
    language): Streamlit counts the label (and `expanded`) in an expander's identity, so a new
    label makes a new, closed expander. The last run's (label, expanded, open) is kept under
    `key` + MEMO_SUFFIX: the same label keeps the same `expanded`, hence the same expander and its
    state; a new label starts as the last one was."""
    last_label, last_expanded, was_open = st.session_state.get(key + MEMO_SUFFIX, (label, False, False))
    expanded = last_expanded if label == last_label else was_open
    box = st.expander(label, expanded=expanded, key=key, on_change="rerun", icon=icon)
    st.session_state[key + MEMO_SUFFIX] = (label, expanded, bool(box.open))
    if box.open:
        with box:
            draw()
