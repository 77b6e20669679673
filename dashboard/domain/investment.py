"""/investment's aggregations: the projects, sums of known investments per group, running totals per
commissioning year. Unknown stays unknown: a sum with no known term is
NaN, never 0; counts of what was left out go with every result."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.totals import summable_rows
from dashboard.i18n.periods import to_timestamp

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
    # One kind (site investments), no abandoned project: what is left out is in attrs["left_out"].
    rows, left_out = summable_rows(projects(sites), "investment_eur")
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
    out = sums.astype(dtypes)[list(dtypes)].reset_index(drop=True)
    out.attrs["left_out"] = left_out
    return out

CUMULATIVE_COLUMNS = ["year", "investment", "power", "investment_approx", "power_approx", "investment_conflict",
                      "power_conflict", "cum_investment", "cum_power", "cum_investment_approx",
                      "cum_investment_conflict", "cum_power_approx", "cum_power_conflict"]

def cumulative_by_year(sites: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """Per commissioning year: sums (NaN when no figure of that year is known) and running totals
    (unknown until the first known figure, never started at 0) of known investment and power, and
    whether each is approximate or disputed (a running total is from the first such year on). The
    counts say what was left out: undated projects, dated ones with an unknown figure; the frame's
    attrs["left_out"] the figures of another kind, abandoned projects, projections and host sites
    (domain.totals), per sum ("investment", "power")."""
    rows = projects(sites)
    investment_rows, left_investment = summable_rows(rows, "investment_eur")
    power_rows, left_power = summable_rows(rows, "power_mw")
    # Each sum only adds its own kind: a figure left out of it is unknown for that sum.
    rows = rows.assign(
        investment_eur=rows["investment_eur"].where(rows["site_id"].isin(investment_rows["site_id"])),
        power_mw=rows["power_mw"].where(rows["site_id"].isin(power_rows["site_id"])),
    )
    years = pd.Series([to_timestamp(v) for v in rows["commissioning_start"]], index=rows.index, dtype="datetime64[ns]")
    dated = rows[years.notna()]
    counts = {"undated": int(years.isna().sum()), "investment_unknown": int(dated["investment_eur"].isna().sum()),
              "power_unknown": int(dated["power_mw"].isna().sum())}
    left_out = {"investment": left_investment, "power": left_power}
    if dated.empty:
        empty = pd.DataFrame(columns=CUMULATIVE_COLUMNS)
        empty.attrs["left_out"] = left_out
        return empty, counts
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
    out = out.astype({c: dtypes.get(c, "bool") for c in CUMULATIVE_COLUMNS})[CUMULATIVE_COLUMNS]
    out.attrs["left_out"] = left_out
    return out, counts
