"""Schedule slips and freshness: what journalists ask of a project's dates.

`schedule_slips` reads the `schedule` table (every commissioning period a source gave, with the
date it was given) and, per project, compares the first promise with the latest one: "début 2026 →
fin 2026, +8 mois", each end with its source. `stale_projects` lists the projects whose latest
dated fact is older than six months. Pure pandas; `today` is a parameter so tests can fix it.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard.domain.filters import Filters
from dashboard.domain.investment import select_projects
from dashboard.domain.tables import Dataset

# The project types a reader follows (not host sites, grid or the region).
PROJECT_TYPES = ("data_center", "battery", "recycling")
STALE_AFTER_MONTHS = 6

SLIP_COLUMNS = (
    "site_id",
    "name",
    "project_type",
    "announced_start",
    "announced_source_id",
    "first_as_of",
    "first_value",
    "first_quoted",
    "first_start",
    "first_end",
    "first_source_ids",
    "first_items",
    "latest_as_of",
    "latest_value",
    "latest_quoted",
    "latest_start",
    "latest_end",
    "latest_source_ids",
    "latest_items",
    "promises",
    "slip_months",
    "conflict",
    "undated_values",
    "undated",  # True: the only promise comes from undated sources (shown, marked "non daté"; no slip)
)


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from `earlier` to `later` (negative when `later` is earlier)."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _as_date(value) -> dt.date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return None
    return pd.Timestamp(value).date()


def _promise(rows: pd.DataFrame, pick: str) -> dict:
    """One end of a slip from the rows sharing one as-of: a tie keeps every value and source.

    The period compared is the earliest end (`pick="min"`, the first promise at its most hopeful)
    or the latest end (`pick="max"`, the latest promise at its latest).
    """
    ends = rows["period_end"].map(_as_date)
    chosen = rows.loc[ends.idxmin() if pick == "min" else ends.idxmax()]
    values = list(dict.fromkeys(rows["raw_value"]))
    return {
        "as_of": rows["as_of"].iloc[0],
        "value": " / ".join(values),
        "quoted": bool(rows["quoted"].all()),
        "start": _as_date(chosen["period_start"]),
        "end": _as_date(chosen["period_end"]),
        "source_ids": ";".join(dict.fromkeys(rows["source_id"])),
        # Each value with its own wording and source: a tie never lends one source's words to another.
        "items": tuple((r.raw_value, bool(r.quoted), r.source_id) for r in rows.itertuples()),
        "tie": len(values) > 1,
    }


def schedule_slips(schedule: pd.DataFrame, sites: pd.DataFrame, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per project with at least one dated commissioning promise (a period that starts after
    the date it was given), sorted by slip (largest
    first; projects with a single promise date last, slip unknown). The slip compares the ends of the first and the latest promised periods, in months;
    `conflict` says that sources disagree on the same date (both values are kept, " / "-joined).
    Undated promises cannot be ordered: they are listed in `undated_values`, never used for a slip.
    """
    if schedule is None or schedule.empty:
        return pd.DataFrame(columns=list(SLIP_COLUMNS))
    info = sites.set_index("site_id")
    announced = _announced(facts) if facts is not None else {}
    rows = []
    as_of = schedule["as_of"].fillna("").astype(str)
    for site_id, group in schedule.assign(as_of=as_of).groupby("site_id", sort=False):
        if site_id not in info.index or info.loc[site_id, "project_type"] not in PROJECT_TYPES:
            continue
        dated = group[group["as_of"] != ""]
        undated = group[group["as_of"] == ""]
        # A promise is a period still ahead when it was given; an inauguration reported on its day or
        # an opening recalled years later is a record of the past, not a promise that can slip.
        ahead = dated["period_start"].map(_as_date) > dated["as_of"].map(lambda text: pd.Timestamp(text).date())
        dated = dated[ahead]
        if dated.empty and not undated.empty and not ahead.size:
            # Only undated sources give a date: kept and marked undated, never compared (no slip).
            rows.append(_undated_row(site_id, info, undated, announced))
            continue
        if dated.empty:
            continue
        dates = dated["as_of"].map(lambda text: pd.Timestamp(text))
        first = _promise(dated[dates == dates.min()], "min")
        latest = _promise(dated[dates == dates.max()], "max")
        # One promise date: nothing to compare, the slip is unknown (never 0).
        compared = dates.nunique() > 1 and first["end"] and latest["end"]
        slip = months_between(first["end"], latest["end"]) if compared else None
        start, source = announced.get(site_id, (None, ""))
        rows.append({
            "site_id": site_id,
            "name": info.loc[site_id, "name"],
            "project_type": info.loc[site_id, "project_type"],
            "announced_start": start,
            "announced_source_id": source,
            **{f"first_{key}": first[key] for key in ("as_of", "value", "quoted", "start", "end", "source_ids", "items")},
            **{f"latest_{key}": latest[key] for key in ("as_of", "value", "quoted", "start", "end", "source_ids", "items")},
            "promises": int(dates.nunique()),
            "slip_months": slip,
            "conflict": first["tie"] or latest["tie"],
            "undated_values": "; ".join(f"{r.raw_value} ({r.source_id})" for r in undated.itertuples()),
            "undated": False,
        })
    slips = pd.DataFrame(rows, columns=list(SLIP_COLUMNS))
    if slips.empty:
        return slips
    slips["slip_months"] = pd.to_numeric(slips["slip_months"]).astype("Int64")
    return slips.sort_values(["slip_months", "promises", "name"], ascending=[False, False, True],
                             na_position="last").reset_index(drop=True)


def _undated_row(site_id: str, info: pd.DataFrame, undated: pd.DataFrame, announced: dict) -> dict:
    """A project whose commissioning only undated sources give: the promise, as-of '' ("non daté")."""
    promise = _promise(undated.assign(as_of=""), "max")
    start, source = announced.get(site_id, (None, ""))
    return {
        "site_id": site_id, "name": info.loc[site_id, "name"], "project_type": info.loc[site_id, "project_type"],
        "announced_start": start, "announced_source_id": source,
        **{f"{end}_{key}": promise[key] for end in ("first", "latest")
           for key in ("as_of", "value", "quoted", "start", "end", "source_ids", "items")},
        "promises": 0, "slip_months": None, "conflict": promise["tie"], "undated_values": "", "undated": True,
    }


def project_slips(dataset: Dataset, filters: Filters) -> pd.DataFrame:
    """The slips of the projects the filters keep (the /investment page's selection)."""
    sites = select_projects(dataset.sites, filters)
    schedule = dataset.schedule[dataset.schedule["site_id"].isin(set(sites["site_id"]))]
    return schedule_slips(schedule, sites, dataset.facts)


def _announced(facts: pd.DataFrame) -> dict[str, tuple[dt.date | None, str]]:
    """site_id -> (announcement date, its source) from the current `announced` facts."""
    announced = facts[(facts["attribute"] == "announced") & facts["is_current"]]
    return {
        row.site_id: (_as_date(row.period_start), row.source_id)
        for row in announced.drop_duplicates("site_id").itertuples()
    }


def stale_projects(sites: pd.DataFrame, today: dt.date, months: int = STALE_AFTER_MONTHS) -> pd.DataFrame:
    """Projects whose latest dated fact is older than `months` before `today`, oldest first, then
    the projects with no dated fact at all (their age is unknown: `latest_fact_as_of` = '')."""
    projects = sites[sites["project_type"].isin(PROJECT_TYPES)].copy()
    latest = projects["latest_fact_as_of"].fillna("").astype(str)
    cutoff = pd.Timestamp(today) - pd.DateOffset(months=months)
    dates = pd.to_datetime(latest.where(latest != ""), format="mixed", errors="coerce")
    projects["latest_fact_date"] = dates
    stale = projects[(dates < cutoff) | dates.isna()]
    stale = stale.sort_values("latest_fact_date", na_position="last")
    return stale[["site_id", "name", "project_type", "status", "latest_fact_as_of"]].reset_index(drop=True)
