"""The value retained for each site and attribute: ONE decision, read by every page, chart and export.

`retained_values(facts)` returns one row per (site_id, attribute) that has facts: the value shown
(`low`, `high`, `qualifier`), what it measures (`measure`), whether it is a projection, its as-of
(`as_of`, '' = undated), its sources and the facts it rests on. The rule:

1. the measure: the attribute's default kind when a fact of it exists, else the first kind (in
   `schema.MEASURES` order) that has facts; the other kinds stay in the facts table, never
   mixed into this value (Cambrai's 4 000 indirect jobs are not its direct jobs);
2. among those facts, observations before projections (an occupancy "once Azur moves in" is
   not the current occupancy while an observed one exists);
3. the latest DATED as-of; undated facts only when none is dated (an undated fact never
   replaces a dated one);
4. facts that share that as-of are all retained: one value (or the same value) is itself; different
   values are a tie shown as a range over all of them, flagged `tie`, never broken by source order.

`tables.build_tables` marks `facts.is_current` with the retained facts and builds the sites
table's value columns from this frame, so /site, /data, charts and exports cannot disagree.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.domain.schema import ATTRIBUTE_OF_COLUMN, ATTRIBUTES, MEASURES, default_measure
from dashboard.i18n import fmt_value, is_unknown, t

SAME_VALUE_TOLERANCE = 1e-9  # values closer than this (relative) are the same figure

RETAINED_COLUMNS = (
    "site_id", "attribute", "measure", "value", "low", "high", "qualifier", "approximate", "projection",
    "as_of", "undated", "raw_value", "quoted", "period_start", "period_end", "source_ids", "fact_ids", "tie",
)  # fmt: skip


def _measure_rank(attribute: str, measure: str) -> int:
    measures = MEASURES.get(attribute)
    if measures is None or not measure:
        return 0
    if measure == measures.default:
        return 0
    return 1 + measures.kinds.index(measure) if measure in measures.kinds else len(measures.kinds) + 1


def retained_fact_ids(facts: pd.DataFrame) -> pd.Series:
    """True for the facts retained as their (site, attribute)'s current value (the rule above)."""
    if facts.empty:
        return pd.Series(False, index=facts.index, dtype=bool)
    measure = facts.get("measure", pd.Series("", index=facts.index)).fillna("").astype(str)
    measure = measure.where(measure != "", facts["attribute"].map(default_measure))
    rank = [_measure_rank(a, m) for a, m in zip(facts["attribute"], measure)]
    projection = facts.get("projection", pd.Series(False, index=facts.index)).fillna(False).astype(bool)
    dates = pd.to_datetime(facts["as_of_date"]) if "as_of_date" in facts else _as_of_dates(facts["as_of"])
    order = pd.DataFrame({
        "site_id": facts["site_id"], "attribute": facts["attribute"],
        "rank": rank, "projection": projection.astype(int), "undated": dates.isna().astype(int),
        "date": dates,
    }, index=facts.index)
    groups = [order["site_id"], order["attribute"]]
    # The best measure first, then observations, then dated facts (one lexicographic key)...
    key = order["rank"] * 4 + order["projection"] * 2 + order["undated"]
    candidates = key == key.groupby(groups).transform("min")
    # ...and among those the latest as-of (all undated ones when none is dated).
    latest = order["date"].where(candidates).groupby(groups).transform("max")
    same_date = (order["date"] == latest) | (order["date"].isna() & latest.isna())
    return (candidates & same_date).astype(bool)


def _as_of_dates(as_of: pd.Series) -> pd.Series:
    text = as_of.fillna("").astype(str)
    return pd.to_datetime(text.where(text != "", None), errors="coerce", format="mixed")


def is_tie(rows: pd.DataFrame) -> bool:
    """Retained facts of one (site, attribute) that say different things."""
    if len(rows) < 2 or rows["raw_value"].nunique() < 2:
        return False
    values = pd.to_numeric(rows["value_low"], errors="coerce")
    highs = pd.to_numeric(rows["value_high"], errors="coerce")
    if values.isna().any():  # periods, statuses: different words are different values
        return True
    scale = max(float(highs.abs().max()), 1.0)
    return bool(values.max() - values.min() > SAME_VALUE_TOLERANCE * scale
                or highs.max() - highs.min() > SAME_VALUE_TOLERANCE * scale)


def retained_values(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per (site_id, attribute): the value every output shows (see the module's rule).

    `facts` is the facts table with `is_current` set by `retained_fact_ids` (the tables do it).
    """
    current = facts[facts["is_current"].astype(bool)] if not facts.empty else facts
    for column, default in (("qualifier", ""), ("measure", ""), ("projection", False), ("also_source_ids", ""),
                            ("quoted", True), ("approximate", False), ("period_start", None), ("period_end", None)):
        if column not in current:  # history tables and hand-built facts carry fewer columns
            current = current.assign(**{column: default})
    # Most (site, attribute) pairs rest on one fact: read as plain values (the same rule, ~30x faster
    # than a frame per pair: the tables, /site and the power figures call this often); a pair of
    # several facts, or values the numeric columns do not hold as floats, through the frame.
    numeric = all(c in current and pd.api.types.is_float_dtype(current[c]) for c in ("value_low", "value_high"))
    records = current.to_dict("records") if numeric else None
    number = current.groupby(["site_id", "attribute"], sort=True).ngroup().to_numpy()  # -1: a key missing
    order = np.argsort(number, kind="stable")
    order = order[number[order] >= 0]
    starts = np.flatnonzero(np.r_[True, number[order][1:] != number[order][:-1]]) if order.size else order
    rows = []
    for positions in np.split(order, starts[1:]) if order.size else ():
        site_id, attribute = current["site_id"].iloc[positions[0]], current["attribute"].iloc[positions[0]]
        if records is not None and len(positions) == 1:
            rows.append(_retained_one(site_id, attribute, records[positions[0]]))
        else:
            rows.append(_retained_group(site_id, attribute, current.iloc[positions]))
    return pd.DataFrame(rows, columns=list(RETAINED_COLUMNS))


def _retained_group(site_id, attribute, group: pd.DataFrame) -> dict:
    """The retained row of one (site, attribute) from its retained facts (the module's rule)."""
    tie = is_tie(group)
    low = pd.to_numeric(group["value_low"], errors="coerce")
    high = pd.to_numeric(group["value_high"], errors="coerce")
    qualifiers = set(group["qualifier"].astype(object).where(group["qualifier"].notna(), "").astype(str)) - {""}
    if tie and low.notna().all():
        qualifier = "range"  # the sources' figures, from the lowest to the highest
    elif len(qualifiers) == 1:
        qualifier = qualifiers.pop()
    elif qualifiers:
        qualifier = "approx"
    elif low.notna().any():  # facts read before qualifiers existed: the plainest reading
        approx = bool(group["approximate"].astype(object).where(group["approximate"].notna(), False).any())
        qualifier = "range" if float(high.max()) != float(low.min()) else "approx" if approx else "exact"
    else:
        qualifier = ""
    measure = "" if is_unknown(group["measure"].iloc[0]) else str(group["measure"].iloc[0])
    sources = sorted(set(group["source_id"].astype(str)) | {s for v in group["also_source_ids"] if not is_unknown(v)
                                                            for s in str(v).split(";") if s})
    starts = group["period_start"].dropna() if "period_start" in group else pd.Series(dtype=object)
    ends = group["period_end"].dropna() if "period_end" in group else pd.Series(dtype=object)
    return {
        "site_id": site_id, "attribute": attribute, "measure": measure,
        "value": float(low.min()) if low.notna().any() else float("nan"),
        "low": float(low.min()) if low.notna().any() else float("nan"),
        "high": float(high.max()) if high.notna().any() else float("nan"),
        "qualifier": qualifier,
        "approximate": bool(_flags(group["approximate"]).any()),
        "projection": bool(_flags(group["projection"]).all()),
        "as_of": "" if is_unknown(group["as_of"].iloc[0]) else str(group["as_of"].iloc[0]),
        "undated": is_unknown(group["as_of"].iloc[0]) or not str(group["as_of"].iloc[0]),
        "raw_value": " | ".join(dict.fromkeys(group["raw_value"].astype(str))),
        "quoted": bool(group["quoted"].astype(object).where(group["quoted"].notna(), True).astype(bool).all()),
        "period_start": min(starts) if len(starts) else None,
        "period_end": max(ends) if len(ends) else None,
        "source_ids": ";".join(sources),
        "fact_ids": ";".join(group["fact_id"].astype(str)),
        "tie": tie,
    }


def _retained_one(site_id, attribute, fact: dict) -> dict:
    """`_retained_group` for a pair resting on one fact (a record of float value columns): no tie,
    its own qualifier, value and dates."""
    low, high = fact["value_low"], fact["value_high"]
    qualifier = "" if pd.isna(fact["qualifier"]) else str(fact["qualifier"])
    if not qualifier and not pd.isna(low):  # facts read before qualifiers existed: the plainest reading
        approx = not pd.isna(fact["approximate"]) and bool(fact["approximate"])
        qualifier = "range" if float(high) != float(low) else "approx" if approx else "exact"
    measure, as_of, also = fact["measure"], fact["as_of"], fact["also_source_ids"]
    sources = sorted({str(fact["source_id"])} | ({s for s in str(also).split(";") if s} if not is_unknown(also) else set()))
    return {
        "site_id": site_id, "attribute": attribute, "measure": "" if is_unknown(measure) else str(measure),
        "value": float("nan") if pd.isna(low) else float(low),
        "low": float("nan") if pd.isna(low) else float(low),
        "high": float("nan") if pd.isna(high) else float(high),
        "qualifier": qualifier,
        "approximate": _flag(fact["approximate"], False),
        "projection": _flag(fact["projection"], False),
        "as_of": "" if is_unknown(as_of) else str(as_of),
        "undated": is_unknown(as_of) or not str(as_of),
        "raw_value": str(fact["raw_value"]),
        "quoted": _flag(fact["quoted"], True),
        "period_start": None if pd.isna(fact["period_start"]) else fact["period_start"],
        "period_end": None if pd.isna(fact["period_end"]) else fact["period_end"],
        "source_ids": ";".join(sources),
        "fact_ids": str(fact["fact_id"]),
        "tie": False,
    }


def _flag(value, unknown: bool) -> bool:
    return unknown if pd.isna(value) else bool(value)


def _flags(values: pd.Series) -> pd.Series:
    return values.astype(object).where(values.notna(), False).astype(bool)


def site_qualifiers(rows: pd.DataFrame, column: str) -> pd.Series:
    """The qualifier of each row's retained `column` (sites table): its `<column>_qualifier`, or for
    rows without one (tables written before it) the plainest reading of `_approx` and the range."""
    given = rows[f"{column}_qualifier"] if f"{column}_qualifier" in rows else pd.Series("", index=rows.index)
    given = given.astype(object).where(given.notna(), "").astype(str)
    approx = rows[f"{column}_approx"].astype(object).where(rows[f"{column}_approx"].notna(), False).astype(bool) \
        if f"{column}_approx" in rows else pd.Series(False, index=rows.index)
    low = pd.to_numeric(rows[column], errors="coerce") if column in rows else pd.Series(float("nan"), index=rows.index)
    high = pd.to_numeric(rows[f"{column}_high"], errors="coerce") if f"{column}_high" in rows else low
    plain = pd.Series("exact", index=rows.index).where(~approx, "approx")
    plain = plain.where(~(high.notna() & low.notna() & (high != low)), "range")
    return given.where(given != "", plain)


def fact_qualifiers(facts: pd.DataFrame) -> pd.Series:
    """Each fact's qualifier; facts read before qualifiers existed: from `approximate` and the range."""
    value = facts["value_low"] if "value_low" in facts else facts.get("value", pd.Series(float("nan"), index=facts.index))
    rows = pd.DataFrame({"value": value, "value_high": facts.get("value_high", value),
                         "value_qualifier": site_texts(facts, "qualifier"), "value_approx": site_flags(facts, "approximate")},
                        index=facts.index)
    return site_qualifiers(rows, "value").where(pd.to_numeric(value, errors="coerce").notna(), "")


def site_flags(rows: pd.DataFrame, column: str) -> pd.Series:
    """A bool column of the sites table (e.g. `power_mw_projection`); missing or unknown: False."""
    if column not in rows:
        return pd.Series(False, index=rows.index)
    return rows[column].astype(object).where(rows[column].notna(), False).astype(bool)


def site_texts(rows: pd.DataFrame, column: str) -> pd.Series:
    """A text column of the sites table (e.g. `jobs_measure`); missing or unknown: ''."""
    if column not in rows:
        return pd.Series("", index=rows.index)
    return rows[column].astype(object).where(rows[column].notna(), "").astype(str)


def _yes(value: object) -> bool:
    return not is_unknown(value) and bool(value)


def retained_text(row, column: str, lang: str) -> str:
    """A sites row's retained value as every chart writes it (domain.retained): "≤ 700 MW",
    "30–35 Md €", with its kind when not the attribute's usual one and "projection" when it is one.
    `row` is a mapping with `column`, `<column>_high`, `<column>_qualifier`, `<column>_measure`."""
    attribute = ATTRIBUTE_OF_COLUMN[column]
    qualifier = row.get(f"{column}_qualifier")
    if not isinstance(qualifier, str) or not qualifier:
        qualifier = "approx" if _yes(row.get(f"{column}_approx")) else ""
    text = fmt_value(row.get(column), row.get(f"{column}_high"), ATTRIBUTES[attribute].unit, lang, qualifier)
    extra = []
    measure = row.get(f"{column}_measure")
    if isinstance(measure, str) and measure and measure != default_measure(attribute):
        extra.append(t(f"measures.{attribute}.{measure}", lang))
    if _yes(row.get(f"{column}_projection")):
        extra.append(t("measures.projection", lang))
    return f"{text} ({', '.join(extra)})" if extra else text


# How a seed's note marks a figure kept on one source of a research row that names several
# (seeds/README.md, "Several sources in one research row").
ONE_OF_SEVERAL = "attributed to one of several sources"


def fact_report(facts: pd.DataFrame) -> dict[str, int]:
    """What the build reports about the facts' provenance: how many are undated, attributed to one
    of several sources (the note says ONE_OF_SEVERAL), stated by several sources (`also_sources`),
    paraphrased (`quoted: false`; a status keyword is ours, not counted), projections, bounds (≤ / ≥)."""
    statuses = facts["attribute"].map(lambda a: ATTRIBUTES[a].kind == "status" if a in ATTRIBUTES else False)
    as_of = facts["as_of"].astype(object).where(facts["as_of"].notna(), "").astype(str)
    also = site_texts(facts, "also_source_ids")
    quoted = facts["quoted"].astype(object).where(facts["quoted"].notna(), True).astype(bool)
    qualifiers = site_texts(facts, "qualifier")
    return {
        "facts": len(facts),
        "undated": int((as_of == "").sum()),
        "one_of_several": int(site_texts(facts, "note").str.lower().str.contains(ONE_OF_SEVERAL, regex=False).sum()),
        "several_sources": int((also != "").sum()),
        "paraphrased": int((~quoted & ~statuses).sum()),
        "projections": int(site_flags(facts, "projection").sum()),
        "bounds": int(qualifiers.isin(["at_most", "at_least"]).sum()),
    }


def retained_disagreements(sites: pd.DataFrame, facts: pd.DataFrame) -> list[str]:
    """The build's own check: every value column of `sites` against `retained_values(facts)`
    (low, high, qualifier, measure, as-of); one line per difference (none expected)."""
    retained = retained_values(facts).set_index(["site_id", "attribute"])
    problems = []
    for attribute, spec in ATTRIBUTES.items():
        column = spec.column
        if f"{column}_qualifier" not in sites:
            continue
        for row in sites.to_dict("records"):
            key = (row["site_id"], attribute)
            expected = retained.loc[key] if key in retained.index else None
            shown = {"low": row[column], "high": row[f"{column}_high"], "qualifier": row[f"{column}_qualifier"],
                     "measure": row[f"{column}_measure"], "as_of": row[f"{column}_as_of"]}
            for field, value in shown.items():
                want = expected[field] if expected is not None else None
                if is_unknown(value) and is_unknown(want):
                    continue
                same = (not is_unknown(value) and not is_unknown(want)
                        and (value == want or (isinstance(want, float) and abs(float(value) - want) <= 1e-9 * max(1, abs(want)))))
                if not same:
                    problems.append(f"{row['site_id']} {attribute}: {field} is {value!r} in sites, {want!r} retained")
    return problems
