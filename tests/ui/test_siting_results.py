"""/siting's ranking by role (dashboard.ui.components.siting_results): candidate places ranked,
operating and abandoned sites apart for reference, "exclu" for an excluded row (never None), an
exclusion rule not checked for lack of data said in words and marked wherever the site is ranked;
on the project's own seeds for each campus size."""

from __future__ import annotations

import html

import pandas as pd
import pytest

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build
from dashboard.data import repository as data
from dashboard.domain import siting
from dashboard.figures.siting import build_ranking_chart
from dashboard.ui.components.siting_results import RANKING_TOP, rank_texts, ranking_table, split_by_role

MARK = "⚠"


@pytest.fixture(scope="module")
def sites():
    return build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None).sites


def _scored(**columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    base = {"rank": [float("nan")] * n, "excluded": [False] * n, "rule_unchecked": [False] * n,
            "role": [siting.ROLE_CANDIDATE] * n}
    return pd.DataFrame({**base, **columns})


def test_rank_is_a_number_marked_when_a_rule_was_not_checked_exclu_or_for_reference_never_none():
    scored = _scored(rank=[1.0, 2.0, float("nan"), float("nan"), float("nan")],
                     rule_unchecked=[False, True, False, False, False],
                     excluded=[False, False, True, False, False],
                     role=[siting.ROLE_CANDIDATE, siting.ROLE_CANDIDATE, siting.ROLE_CANDIDATE,
                           siting.ROLE_OPERATING, siting.ROLE_ABANDONED])
    assert rank_texts(scored, "fr") == ["1", f"2\u00a0{MARK}", "exclu", "pour référence", "pour référence"]
    assert rank_texts(scored, "en")[2:4] == ["excluded", "for reference"]


def test_checked_sites_first_keeps_the_ranks_and_puts_the_marked_ones_after():
    scored = _scored(rank=[1.0, 2.0, 3.0, float("nan")], rule_unchecked=[True, False, False, False],
                     excluded=[False, False, False, True])
    ranked, reference = split_by_role(scored, checked_first=True)
    assert list(ranked["rank"].fillna(0)) == [2.0, 3.0, 1.0, 0]  # checked, then marked, then excluded
    assert reference.empty
    assert list(split_by_role(scored)[0]["rank"].fillna(0)) == [1.0, 2.0, 3.0, 0]


@pytest.mark.parametrize("preset", ["1gw", "300mw", "30mw"])
def test_the_candidates_top_ten_has_no_reference_site_and_every_unchecked_one_marked(sites, preset):
    evaluation, _ = data.siting_evaluation(sites, siting.Request.of(None, None, preset))
    scored = evaluation.scored
    assert set(scored["role"]) >= {siting.ROLE_OPERATING, siting.ROLE_ABANDONED}  # the seeds have both
    ranked, reference = split_by_role(scored)
    top = ranked.head(RANKING_TOP)
    assert (top["role"] == siting.ROLE_CANDIDATE).all()
    assert not set(top["site_id"]) & set(reference["site_id"])
    assert reference["rank"].isna().all()  # operating / abandoned: never a candidate's rank
    table = ranking_table(top, "fr", preset)
    for rank, status, unchecked, excluded in zip(table["Rang"], table["Exclusion"], top["rule_unchecked"], top["excluded"]):
        assert rank not in ("None", "nan", "<NA>", "")
        if excluded:
            assert rank == "exclu"
        elif unchecked:
            assert rank.endswith(MARK) and "règle non vérifiée" in status, (rank, status)
        else:
            assert MARK not in rank
    # The bar chart of the ranking marks the same sites.
    figure = build_ranking_chart(scored, {"lang": "fr", "preset": preset})
    labels = figure.data[0].y if figure.data else ()
    marked = {name for name, flag in zip(ranked["name"], ranked["rule_unchecked"]) if flag}
    for label in labels:
        name = html.unescape(label.split(". ", 1)[1])  # plotly text is escaped
        assert name.endswith(MARK) == any(name.startswith(m) for m in marked), label


def test_a_known_host_site_or_brownfield_counts_as_reuse(sites):
    evaluation, _ = data.siting_evaluation(sites, siting.Request.of(None, None, "1gw"))
    row = evaluation.scored.set_index("site_id").loc["escaudain-dc"]
    assert row["input_brownfield"] == 1 and row["contrib_brownfield"] > 0  # ex-Usinor: no longer "no data"
