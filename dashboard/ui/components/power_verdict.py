"""/puissance's plain-language verdict, computed from the figures in force: every number a link to
its source, and what the figures cannot say. Markdown built from escaped parts (markdown_link)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.domain.power import PowerView, annual_twh, peak_year
from dashboard.figures.power import measure_label
from dashboard.i18n import fmt_mw, fmt_range, fmt_ratio, fmt_twh, t
from dashboard.i18n.escape import escape_markdown, markdown_link


def _link(text: str, source_ids, urls: dict[str, str]) -> str:
    """The number linked to the first of its sources that has an address (plain when none has)."""
    url = next((urls[i] for i in source_ids if i in urls and urls[i]), "")
    return markdown_link(text, url)


def _words(key: str, lang: str, **links: str) -> str:
    """A sentence of the i18n table (our own Markdown-safe words) with its linked numbers put in."""
    return t(f"power_page.{key}", lang, **links)


def verdict_lines(view: PowerView, sources: pd.DataFrame, lang: str) -> list[str]:
    """The verdict's sentences (Markdown), first the answer, last what the figures cannot say."""
    urls = dict(zip(sources["source_id"], sources["url"].fillna("")))
    year = peak_year(view.totals)
    measure = escape_markdown(measure_label(view.measure, lang))
    if year is None:
        return [_words("verdict_none", lang, measure=measure)]
    row = view.by_year[view.by_year["year"] == year]
    total = view.totals[view.totals["year"] == year].iloc[0]
    low, high = float(total["mw_low"]), float(total["mw_high"])
    # The sum links to the source of its largest term (every term's source is in the table below).
    counted = view.demand[(view.demand["measure"] == view.measure) & (view.demand["year"] <= year)]
    counted = counted.sort_values("mw_high", ascending=False, kind="stable")
    demand_ids = [i for cell in counted["source_ids"] for i in cell.split(";") if i]
    lines = [_words("verdict_demand", lang, measure=measure, year=str(year),
                    mw=_link(fmt_range(low, high, "MW", lang), demand_ids, urls),
                    n=str(int(row["projects"].sum())))]
    maxima = counted[counted["bound"] == "at_most"]
    if not maxima.empty:  # « jusqu'à 1 GW »: counted at its maximum, so the sum is a maximum too
        lines[0] += " " + _words("verdict_maxima", lang, names=escape_markdown(", ".join(maxima["name"])))
    gravelines = next((s for s in view.supply if s.site_id == "gravelines-npp" and not s.scenario), None)
    if gravelines is not None:
        lines.append(_words("verdict_gravelines", lang, share=_share(low, high, gravelines.mw, lang),
                            capacity=_link(fmt_mw(gravelines.mw, lang), gravelines.source_ids, urls)))
    scenario = next((s for s in view.supply if s.scenario), None)
    if scenario is not None:
        lines.append(_words("verdict_scenario", lang, year=str(int(scenario.from_year)),
                            left=_link(fmt_mw(scenario.mw, lang), scenario.source_ids, urls),
                            share=_share(low, high, scenario.mw, lang)))
    if view.share is not None:
        share = view.share
        lines.append(_words(
            "verdict_energy", lang, factor=escape_markdown(fmt_ratio(view.load_factor, lang)),
            twh=escape_markdown(fmt_range(share.twh_low, share.twh_high, "TWh", lang)),
            share=escape_markdown(fmt_range(share.low, share.high, "ratio", lang)),
            consumption=_link(fmt_range(share.consumption_low, share.consumption_high, "TWh", lang), share.source_ids, urls),
            years=f"{share.consumption_years[0]}–{share.consumption_years[-1]}" if share.consumption_years else ""))
    outputs = view.output.get("gravelines-npp")
    if outputs is not None and not outputs.dropna(subset=["year"]).empty and view.share is not None:
        dated = outputs.dropna(subset=["year"])
        latest = dated[dated["year"] == dated["year"].max()].sort_values("approximate", kind="stable").iloc[0]
        lines.append(_words("verdict_output", lang, year=str(int(latest["year"])),
                            output=_link(fmt_twh(latest["twh"], lang), [latest["source_id"]], urls),
                            twh=escape_markdown(fmt_twh(annual_twh(high, view.load_factor), lang))))
    for site_id, points in view.extra.groupby("site_id", sort=True):
        first = points.iloc[0]
        lines.append(_words("verdict_extra", lang, mw=_link(fmt_mw(first["mw"], lang), first["source_ids"].split(";"), urls),
                            year=str(int(first["year"]))))
    return lines


def _share(low: float, high: float, capacity: float, lang: str) -> str:
    if not capacity or np.isnan(capacity):
        return t("unknown", lang)
    return escape_markdown(fmt_range(low / capacity, high / capacity, "ratio", lang))


def cannot_say(view: PowerView, lang: str) -> list[str]:
    """What the figures cannot say, with this view's own gaps (undated projects, other kinds)."""
    lines = [_words("cannot_peak", lang), _words("cannot_capacity", lang), _words("cannot_overlap", lang),
             _words("cannot_built", lang)]
    if not view.undated.empty:
        lines.append(_words("cannot_undated", lang, n=str(len(view.undated)),
                            names=escape_markdown(", ".join(view.undated["name"]))))
    if view.other_kinds:
        lines.append(_words("cannot_kinds", lang, kinds=escape_markdown(
            ", ".join(measure_label(k, lang) for k in view.other_kinds))))
    return lines
