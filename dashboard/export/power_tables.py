"""/puissance's tables, labelled in the reader's language, for the page and its CSV / XLSX downloads:
the projects' announced power (one row per project and measure kind), the load per 400 kV substation
(one row per substation and kind) and the grid figures RTE and the press publish."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.domain.power import PowerView
from dashboard.figures.base import SourceIndex
from dashboard.figures.power import measure_label
from dashboard.i18n import fmt_as_of, fmt_quantity, fmt_range, label_status, t
from dashboard.i18n.escape import http_url
from dashboard.i18n.names import quoted_words


def _word(key: str, lang: str, **values) -> str:
    return t(f"power_page.{key}", lang, **values)


def _year(value: float, lang: str) -> str:
    return t("unknown", lang) if value is None or np.isnan(value) else str(int(value))


BOUND_MARKS = {"at_most": "≤ ", "at_least": "≥ "}


def power_text(low: float, high: float, approximate: bool, bound: str, lang: str) -> str:
    """A project's MW as the source bounds it: "≤ 700 MW" (« jusqu'à »), a range, "≈ 2 MW"."""
    mark = BOUND_MARKS.get(bound or "", "")
    return mark + fmt_range(low, high, "MW", lang, approximate=bool(approximate) and not mark)


def _sources(ids: str, index: SourceIndex, lang: str) -> str:
    return "; ".join(index.label(i, lang, parenthesised=False) for i in dict.fromkeys(ids.split(";")) if i)


def projects_table(view: PowerView, sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every project with a power, each measure kind on its own row (never added together)."""
    index = SourceIndex(sources)
    rows = view.demand.sort_values(["measure", "mw_high", "name"], ascending=[True, False, True], kind="stable")
    year_from = {"horizon": "year_horizon", "commissioning": "year_commissioning", "": "year_none"}
    return pd.DataFrame({
        _word("col_project", lang): rows["name"].astype(str),
        _word("col_status", lang): [label_status(s, lang) for s in rows["status"]],
        _word("col_measure", lang): [measure_label(m, lang) for m in rows["measure"]],
        _word("col_power", lang): [power_text(lo, hi, a, b, lang) for lo, hi, a, b in
                                   zip(rows["mw_low"], rows["mw_high"], rows["approximate"], rows["bound"])],
        # the source's words only (our paraphrase is not theirs: the power column has its value)
        _word("col_as_written", lang): [str(v) if q else "" for v, q in zip(rows["raw_value"], rows["quoted"])],
        _word("col_year", lang): [_year(y, lang) for y in rows["year"]],
        _word("col_year_from", lang): [_word(year_from[s], lang) for s in rows["year_source"]],
        _word("col_fast_track", lang): [_word("yes" if f else "no", lang) for f in rows["fast_track"]],
        _word("col_sources", lang): [_sources(ids, index, lang) for ids in rows["source_ids"]],
    }).reset_index(drop=True)


def grid_table(view: PowerView, sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """MW per 400 kV substation and measure kind; the fast-track sites it would serve."""
    index = SourceIndex(sources)
    rows = view.grid
    return pd.DataFrame({
        _word("col_substation", lang): rows["substation"].astype(str),
        _word("col_measure", lang): [measure_label(m, lang) for m in rows["measure"]],
        _word("col_power", lang): [fmt_range(lo, hi, "MW", lang) for lo, hi in zip(rows["mw_low"], rows["mw_high"])],
        _word("col_n", lang): rows["projects"].astype(int),
        _word("col_projects", lang): [", ".join(n) for n in rows["names"]],
        _word("col_fast_track", lang): [", ".join(f) for f in rows["fast_track"]],
        _word("col_attachment", lang): [_word("attachment_named" if n else "attachment_nearest", lang)
                                        for n in rows["named"]],
        _word("col_sources", lang): [_sources(ids, index, lang) for ids in rows["source_ids"]],
    }).reset_index(drop=True)


def published_table(view: PowerView, sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The grid figures as written, with their horizon, date, source and link."""
    index = SourceIndex(sources)
    urls = dict(zip(sources["source_id"], sources["url"]))
    rows = view.grid_figures
    return pd.DataFrame({
        _word("col_what", lang): rows["name"].astype(str),
        _word("col_measure", lang): [_word(f"figure_{a}", lang) for a in rows["attribute"]],
        _word("col_figure", lang): [quoted_words(v, lang) if q else fmt_quantity(mw, "MW", lang)
                                    for v, q, mw in zip(rows["raw_value"], rows["quoted"], rows["mw"])],
        _word("col_horizon", lang): ["" if np.isnan(h) else str(int(h)) for h in rows["horizon"]],
        _word("col_as_of", lang): [fmt_as_of(a, lang) for a in rows["as_of"]],
        _word("col_sources", lang): [index.label(i, lang, parenthesised=False) for i in rows["source_id"]],
        _word("col_link", lang): [http_url(urls.get(i, "")) for i in rows["source_id"]],
    }).reset_index(drop=True)
