"""/investment's aggregations: the projects, sums of known investments per group, running totals per
commissioning year, and the timeline's rows. Unknown stays unknown: a sum with no known term is
NaN, never 0; counts of what was left out go with every result."""

from __future__ import annotations


import pandas as pd

from dashboard.domain.filters import Filters, apply_filters
from dashboard.i18n import fmt_date, t
from dashboard.i18n.periods import fmt_period, to_timestamp

# Project types this page counts; host sites, the region row, power plants and substations are context.
PROJECT_TYPES = ("data_center", "battery", "recycling")
GROUPS = ("project_type", "departement")


def projects(sites: pd.DataFrame) -> pd.DataFrame:
    return sites[sites["project_type"].isin(PROJECT_TYPES)]


def select_projects(sites: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    return projects(apply_filters(sites, filters))


def conflicting_figures(sites: pd.DataFrame, facts: pd.DataFrame, column: str = "investment_eur") -> pd.DataFrame:
    """Every source's figure for the sites' conflicting values: site_id, value, as_of, source_id."""
    attribute = column.removesuffix("_eur").removesuffix("_mw")
    rows = facts[(facts["attribute"] == attribute) & facts["conflict"].astype(bool)
                 & facts["site_id"].isin(set(sites["site_id"])) & facts["value"].notna()]
    return rows[["site_id", "value", "approximate", "as_of", "source_id"]].reset_index(drop=True)


def investment_sums(sites: pd.DataFrame, group: str) -> pd.DataFrame:
    """Per group: sum of the known investments (NaN when none is known, never 0), how many projects,
    how many unknown, approx/conflict flags (of known figures). Largest total first, groups without
    any known figure last; then by group."""
    if group not in GROUPS:
        raise ValueError(f"group must be one of {', '.join(GROUPS)}, got {group!r}")
    rows = projects(sites)
    known = rows["investment_eur"].notna()
    frame = pd.DataFrame({
        "group": rows[group].fillna("").astype(str),
        "value": rows["investment_eur"].astype("float64"),
        "known": known,
        "approx": rows["investment_eur_approx"].astype(bool) & known,
        "conflict": rows["investment_eur_conflict"].astype(bool) & known,
    })
    by = frame.groupby("group", sort=False)
    sums = pd.DataFrame({
        "total": by["value"].sum(min_count=1),
        "projects": by.size(),
        "known": by["known"].sum(),
        "approx": by["approx"].any(),
        "conflict": by["conflict"].any(),
    }).reset_index()
    sums["unknown"] = sums["projects"] - sums["known"]
    sums = sums.sort_values(["total", "group"], ascending=[False, True], na_position="last", kind="stable")
    dtypes = {"group": "str", "total": "float64", "projects": "int64", "known": "int64", "approx": "bool",
              "conflict": "bool", "unknown": "int64"}
    return sums.astype(dtypes)[list(dtypes)].reset_index(drop=True)


CUMULATIVE_COLUMNS = ["year", "investment", "power", "investment_approx", "power_approx", "investment_conflict",
                      "power_conflict", "cum_investment", "cum_power", "cum_investment_approx",
                      "cum_investment_conflict", "cum_power_approx", "cum_power_conflict"]


def cumulative_by_year(sites: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """Per commissioning year: sums (NaN when no figure of that year is known) and running totals
    (unknown until the first known figure, never started at 0) of known investment and power, and
    whether each is approximate or disputed (a running total is from the first such year on). The
    counts say what was left out: undated projects, dated ones with an unknown figure."""
    rows = projects(sites)
    years = pd.Series([to_timestamp(v) for v in rows["commissioning_start"]], index=rows.index, dtype="datetime64[ns]")
    dated = rows[years.notna()]
    counts = {"undated": int(years.isna().sum()), "investment_unknown": int(dated["investment_eur"].isna().sum()),
              "power_unknown": int(dated["power_mw"].isna().sum())}
    if dated.empty:
        return pd.DataFrame(columns=CUMULATIVE_COLUMNS), counts
    by = dated.assign(year=years[years.notna()].dt.year).groupby("year", sort=True)
    out = pd.DataFrame(index=pd.Index(sorted(by.groups), name="year"))
    for kind, column in (("investment", "investment_eur"), ("power", "power_mw")):
        total = by[column].sum(min_count=1)
        out[kind] = total
        out[f"{kind}_approx"] = by[f"{column}_approx"].agg(lambda v: bool(v.astype(bool).any()))
        out[f"{kind}_conflict"] = by[f"{column}_conflict"].agg(lambda v: bool(v.astype(bool).any()))
        out[f"cum_{kind}"] = total.fillna(0.0).cumsum().where(total.notna().cummax())
        for flag in ("approx", "conflict"):
            out[f"cum_{kind}_{flag}"] = out[f"{kind}_{flag}"].cummax()
    out = out.reset_index()
    dtypes = {"year": "int64", "investment": "float64", "power": "float64", "cum_investment": "float64",
              "cum_power": "float64"}
    return out.astype({c: dtypes.get(c, "bool") for c in CUMULATIVE_COLUMNS})[CUMULATIVE_COLUMNS], counts


TIMELINE_COLUMNS = ["site_id", "name", "project_type", "status", "start", "start_is_announcement", "start_text",
                    "commissioning_start", "commissioning_end", "commissioning_text"]


def timeline_rows(sites: pd.DataFrame, facts: pd.DataFrame, lang: str = "fr") -> pd.DataFrame:
    """Per project: start (announcement, else its earliest fact's as-of), commissioning start and end,
    and both as text at the precision the sources gave."""
    frame = pd.DataFrame(timeline_records(sites, facts, lang), columns=TIMELINE_COLUMNS)
    for column in ("start", "commissioning_start", "commissioning_end"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def timeline_records(sites: pd.DataFrame, facts: pd.DataFrame, lang: str) -> list[dict]:
    """timeline_rows as dicts, sorted by start (unknown last), then name."""
    rows = projects(sites)
    first_fact: dict[str, tuple[pd.Timestamp, str]] = {}  # site -> (date, the as-of as written)
    for site_id, as_of in zip(facts["site_id"], facts["as_of"]):
        stamp = to_timestamp(as_of)
        if not pd.isna(stamp) and (site_id not in first_fact or stamp < first_fact[site_id][0]):
            first_fact[site_id] = (stamp, str(as_of))
    announced = facts[(facts["attribute"] == "announced") & facts["is_current"].astype(bool)]
    announced_end = dict(zip(announced["site_id"], announced["period_end"]))
    out = []
    columns = ["site_id", "name", "project_type", "status", "announced_start", "commissioning_start",
               "commissioning_end"]
    for row in rows[columns].itertuples(index=False):
        start = to_timestamp(row.announced_start)
        is_announcement = not pd.isna(start)
        if is_announcement:
            start_text = fmt_period(row.announced_start, announced_end.get(row.site_id), lang)
        else:
            start, as_of = first_fact.get(row.site_id, (pd.NaT, ""))
            start_text = fmt_date(as_of, lang) if as_of else t("unknown", lang)
        out.append({
            "site_id": row.site_id, "name": row.name, "project_type": row.project_type, "status": row.status,
            "start": start, "start_is_announcement": is_announcement, "start_text": start_text,
            "commissioning_start": to_timestamp(row.commissioning_start),
            "commissioning_end": to_timestamp(row.commissioning_end),
            "commissioning_text": fmt_period(row.commissioning_start, row.commissioning_end, lang),
        })
    # As DataFrame.sort_values(["start", "name"], na_position="last"): unknown starts last, by name.
    return sorted(out, key=lambda r: (pd.isna(r["start"]), r["start"] if not pd.isna(r["start"]) else 0, r["name"]))
