"""The overview's truth blocks in AppTest: State-identified counts with their history (not the
target), the stale-projects list against a fixed day, and the wording of every raw value."""

from __future__ import annotations

import pytest

from dashboard.ui.components.facts import FRESHNESS_LIST_KEY, LATEST_FACTS_KEY, STATE_DETAILS_KEY


@pytest.fixture
def app(run_page, monkeypatch):
    monkeypatch.setenv("HDF_TODAY", "2026-11-29")
    return lambda **params: run_page("app", **params)


def tables(at):
    return [frame.value for frame in at.dataframe]


def opened(at, *keys):
    """The page after the reader opened these expanders (their content is drawn on demand)."""
    for key in keys:
        at.session_state[key] = True
    return at.run()


def test_state_identified_sites_show_their_history_apart_from_the_target(app):
    at = app()
    text = " ".join(m.value for m in at.markdown)
    assert "**7 → 16**" in text
    assert "**10**" in text  # the Region's own target, unchanged
    assert not any("ne donnent pas le même chiffre" in w.value for w in at.warning)  # no false conflict
    assert not any("wording" in t.columns and "site" not in t.columns for t in tables(at))  # closed at load
    assert any(e.label == "Graphique et sources des 2 décomptes" for e in at.expander)
    at = opened(at, STATE_DETAILS_KEY)
    history = next(t for t in tables(at) if "wording" in t.columns and "site" not in t.columns)
    # our paraphrases ("7 sites"): their value in the reader's format, never our words (domain.fact_text)
    assert history["value"].tolist() == ["7", "16"]
    assert set(history["wording"]) == {"paraphrase"}


def test_stale_projects_are_listed_against_the_given_day(app):
    at = app()
    assert not any("latest" in t.columns for t in tables(at))  # the list is drawn once opened
    label = next(e.label for e in at.expander if e.label.startswith("Liste des "))
    at = opened(at, FRESHNESS_LIST_KEY)
    stale = next(t for t in tables(at) if "latest" in t.columns)
    # Every sample project's latest fact is older than six months before 2026-11-29.
    assert "DC Dunkerque" in set(stale["site"]) and "février 2024" in set(stale["latest"])
    assert label == f"Liste des {len(stale)} projets sans fait récent"
    assert any("29 novembre 2026" in c.value for c in at.caption)


def test_no_paraphrase_is_listed_as_written(app):
    at = opened(app(lang="en"), STATE_DETAILS_KEY, FRESHNESS_LIST_KEY, LATEST_FACTS_KEY)
    for table in tables(at):
        if "wording" in table.columns:
            assert set(table["wording"]) <= {"as written", "paraphrase", "keyword"}
    latest = tables(at)[-1]
    assert (latest.loc[latest["value"] == "1,5 milliard", "wording"] == "as written").all()
