"""/puissance's charts: power by year (the projects' announced MW of one measure kind, stacked by
status, against the supply lines and RTE's Dunkirk demand), energy by year (the projects' TWh under
a load factor against the region's consumption and production and Gravelines' output), and the load
each 400 kV substation would carry (a map).

Pure builders of a `dashboard.domain.power.PowerView`. Every trace's hover names its sources; a
figure that needs an assumption (a capacity computed from units, a step between two horizons, a
load factor) says so in its hover and in the figure's notes (`fig.layout.meta["notes"]`).
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from dashboard.domain.filters import Filters
from dashboard.domain.power import STATUS_ORDER, YEARS, PowerView, annual_twh, power_view, step_values
from dashboard.domain.schema import NOTES_LANGUAGE
from dashboard.domain.tables import Dataset
from dashboard.figures.base import OFFLINE_STYLE, SourceIndex, base_layout, map_frame, map_style, outline_layer, region_view, round_ticks
from dashboard.figures.registry import ChartSpec
from dashboard.i18n import colon, fmt_mw, fmt_number, fmt_range, label_status, list_separator, t, translations
from dashboard.figures.palette import (
    BLUE,
    CONSUMPTION_COLOUR,
    EXTRA_COLOUR,
    FAST_TRACK_COLOUR,
    NOTE,
    ORANGE,
    OTHER_SUPPLY_COLOUR,
    PRODUCTION_COLOUR,
    RANGE_COLOUR,
    STATUS_COLOURS,
    SUPPLY_COLOURS,
    TEXT,
    TEXT_SOFT,
)
from dashboard.i18n.escape import escape_plotly



def measure_label(measure: str | None, lang: str) -> str:
    """A power fact's measure kind in words (the one table: i18n/text/measures.py)."""
    return t(f"measures.power.{measure}", lang) if measure else t("unknown", lang)


def _sources_line(ids, index: SourceIndex, lang: str) -> str:
    labels = [index.label(i, lang, parenthesised=False) for i in dict.fromkeys(ids) if i]
    return escape_plotly(t("power.sources", lang) + colon(lang) + list_separator(lang).join(labels)) if labels else ""


def _hover(lines: list[str]) -> str:
    return "<br>".join(line for line in lines if line)


def _constant_hover(hover: str) -> str:
    """A hover card that is the same at every point, as the trace's template: sent once, not once per
    year (the supply lines' cards were two thirds of the chart's bytes). Its text is escape_plotly's,
    where "%{" cannot open a field."""
    return hover + "<extra></extra>"


def _notes(view: PowerView, lang: str) -> list[str]:
    notes = [t("power.note_counted_from", lang)]
    if not view.undated.empty:
        notes.append(t("power.note_undated", lang, n=len(view.undated), names=", ".join(view.undated["name"])))
    if view.other_kinds:
        notes.append(t("power.note_other_kinds", lang,
                       kinds=", ".join(measure_label(k, lang) for k in view.other_kinds)))
    return notes


# --------------------------------------------------------------------------------------------
# Power by year
# --------------------------------------------------------------------------------------------


def _demand_traces(view: PowerView, index: SourceIndex, lang: str) -> list[dict]:
    sep, traces = colon(lang), []
    for status in STATUS_ORDER:
        rows = view.by_year[view.by_year["status"] == status]
        if rows.empty:
            continue
        hovers = []
        for row in rows.itertuples():
            names = ", ".join(row.names) if row.names else ""
            hovers.append(_hover([
                f"<b>{escape_plotly(label_status(status, lang))}</b> — {int(row.year)}",
                escape_plotly(t("power.demand", lang) + sep + fmt_range(row.mw_low, row.mw_high, "MW", lang)),
                escape_plotly(t("power.projects", lang) + sep + names) if names else "",
                _sources_line(row.source_ids.split(";"), index, lang)]))
        traces.append({"type": "scatter", "x": list(rows["year"]), "y": list(rows["mw_low"]), "mode": "lines",
                       "stackgroup": "demand", "name": escape_plotly(label_status(status, lang)),
                       "line": {"width": 0.5, "color": STATUS_COLOURS[status], "shape": "hv"},
                       "fillcolor": STATUS_COLOURS[status], "hovertext": hovers,
                       "hovertemplate": "%{hovertext}<extra></extra>", "legendgroup": "demand"})
    totals = view.totals
    if (totals["mw_high"] > totals["mw_low"]).any():  # ranges: the high ends as a band over the stack
        traces.append({"type": "scatter", "x": list(totals["year"]), "y": list(totals["mw_low"]), "mode": "lines",
                       "line": {"width": 0}, "showlegend": False, "hoverinfo": "skip"})
        traces.append({"type": "scatter", "x": list(totals["year"]), "y": list(totals["mw_high"]), "mode": "lines",
                       "fill": "tonexty", "fillcolor": RANGE_COLOUR, "line": {"width": 1, "dash": "dot",
                                                                                "color": ORANGE},
                       "name": escape_plotly(t("power.range_high", lang)), "hoverinfo": "skip"})
    return traces


def _supply_hover(line, index: SourceIndex, lang: str) -> str:
    sep = colon(lang)
    if line.scenario:
        head = t("power.scenario_line", lang, name=line.name)
        how = t("power.scenario_how", lang, units=fmt_number(line.scenario_units, lang), unit=fmt_mw(line.unit_mw, lang),
                year=int(line.from_year), left=fmt_mw(line.mw, lang))
    else:
        head = line.name
        how = (t("power.computed_how", lang, units=fmt_number(line.units, lang), unit=fmt_mw(line.unit_mw, lang),
                 total=fmt_mw(line.mw, lang)) if line.computed else t("power.capacity", lang) + sep + fmt_mw(line.mw, lang))
    lines = [f"<b>{escape_plotly(head)}</b>", escape_plotly(how)]
    if not np.isnan(line.from_year) and not line.scenario:
        lines.append(escape_plotly(t("power.from_year", lang, year=int(line.from_year))))
        if line.promises:
            said = " → ".join(f"{p[0]} ({p[1][:4] or t('undated', lang)})" for p in line.promises)
            lines.append(escape_plotly(t("power.promises", lang) + sep + said))
        if line.at_risk:
            lines.append(escape_plotly(t("power.at_risk_slipped" if line.slipped else "power.at_risk_stale", lang)))
    elif np.isnan(line.from_year):
        lines.append(escape_plotly(t("power.flat_assumption", lang)))
    lines.append(_sources_line(line.source_ids, index, lang))
    return _hover(lines)


def _supply_traces(view: PowerView, index: SourceIndex, lang: str) -> list[dict]:
    traces = []
    for line in view.supply:
        colour = SUPPLY_COLOURS.get(line.site_id, OTHER_SUPPLY_COLOUR)
        name = line.name
        if line.scenario:
            name = t("power.scenario_legend", lang, name=line.name)
        elif line.at_risk:
            name = t("power.at_risk_legend", lang, name=line.name)
        hover = _supply_hover(line, index, lang)
        traces.append({"type": "scatter", "x": list(YEARS), "y": list(line.values), "mode": "lines",
                       "name": escape_plotly(name), "legendgroup": "supply",
                       "line": {"color": colour, "width": 2.5,
                                "dash": "dash" if line.scenario else ("dot" if line.at_risk else "solid"),
                                "shape": "hv"},
                       "hovertemplate": _constant_hover(hover)})
    return traces


def _extra_traces(view: PowerView, index: SourceIndex, lang: str) -> list[dict]:
    traces = []
    for site_id, points in view.extra.groupby("site_id", sort=True):
        values = step_values(points)
        said = "; ".join(t("power.extra_point", lang, year=int(r.year), mw=fmt_mw(r.mw, lang)) for r in points.itertuples())
        hover = _hover([f"<b>{escape_plotly(points.iloc[0]['name'])}</b>", escape_plotly(said),
                        escape_plotly(t("power.extra_how", lang)),
                        _sources_line(";".join(points["source_ids"]).split(";"), index, lang)])
        traces.append({"type": "scatter", "x": list(YEARS), "y": list(values), "mode": "lines",
                       "fill": "tozeroy", "fillcolor": EXTRA_COLOUR,
                       "fillpattern": {"shape": "/", "fgcolor": NOTE, "size": 8, "solidity": 0.15},
                       "line": {"color": TEXT_SOFT, "width": 1.5, "dash": "dash", "shape": "hv"},
                       "name": escape_plotly(t("power.extra_legend", lang)), "legendgroup": "extra",
                       "hovertemplate": _constant_hover(hover)})
    return traces


def build_power_by_year(view: PowerView, sources=None, lang: str = "fr") -> go.Figure:
    """Stacked areas of the projects' MW by status (one measure kind), the supply lines, RTE's
    expected extra demand as its own band (never stacked on the projects: they may overlap)."""
    index = SourceIndex(sources)
    # The extra demand over the projects' stack (hatched, see-through): both stay visible.
    traces = [*_demand_traces(view, index, lang), *_extra_traces(view, index, lang), *_supply_traces(view, index, lang)]
    top = max([v for tr in traces for v in tr.get("y", []) if v is not None and not np.isnan(v)] or [0.0])
    ids = [i for tr in view.by_year["source_ids"] for i in tr.split(";")] + \
          [i for line in view.supply for i in line.source_ids] + \
          [i for cell in view.extra["source_ids"] for i in cell.split(";")]
    layout = base_layout(
        lang,
        title={"text": escape_plotly(t("power.by_year_title", lang, measure=measure_label(view.measure, lang)))},
        xaxis={"title": {"text": t("power.year", lang)}, "dtick": 1, "range": [YEARS[0] - 0.5, YEARS[-1] + 0.5]},
        yaxis={"title": {"text": "MW"}, "rangemode": "tozero", **round_ticks(top * 1.05, lambda v: fmt_number(v, lang))},
        legend={"orientation": "h", "y": -0.18, "x": 0, "font": {"size": 11}},
        margin={"b": 150}, height=560, hovermode="closest",
        meta={"source_ids": list(dict.fromkeys(i for i in ids if i)), "notes": _notes(view, lang)},
    )
    return go.Figure({"data": traces, "layout": layout})


# --------------------------------------------------------------------------------------------
# Energy by year
# --------------------------------------------------------------------------------------------


def _energy_bars(frame, name: str, colour: str, offset: float, index: SourceIndex, lang: str) -> dict:
    sep, rows = colon(lang), list(frame.dropna(subset=["year"]).itertuples())
    hovers = [_hover([f"<b>{escape_plotly(name)}</b> — {int(r.year)}",
                      escape_plotly(t("power.as_written", lang) + sep + f"« {r.raw_value} »" if r.quoted
                                    else t("power.paraphrase", lang) + sep + str(r.raw_value)),
                      # our notes are in English (schema.NOTES_LANGUAGE): not on a page of another language
                      escape_plotly(r.note) if r.note and lang == NOTES_LANGUAGE else "",
                      _sources_line([r.source_id], index, lang)])
              for r in rows]
    return {"type": "bar", "x": [r.year + offset for r in rows], "y": [r.twh for r in rows], "width": 0.28,
            "name": escape_plotly(name), "marker": {"color": colour}, "hovertext": hovers,
            "hovertemplate": "%{hovertext}<extra></extra>"}


def build_energy_by_year(view: PowerView, sources=None, lang: str = "fr") -> go.Figure:
    """The projects' annual TWh (one measure kind, under the load factor; a band for ranges) against
    the region's consumption and production and each plant's output, year by year."""
    index, sep = SourceIndex(sources), colon(lang)
    factor = view.load_factor
    traces = [_energy_bars(view.consumption, t("power.consumption", lang), CONSUMPTION_COLOUR, -0.15, index, lang),
              _energy_bars(view.production, t("power.production", lang), PRODUCTION_COLOUR, 0.15, index, lang)]
    for site_id, output in view.output.items():
        dated = output.dropna(subset=["year"])
        if dated.empty:
            continue
        name = next((line.name for line in view.supply if line.site_id == site_id), site_id)
        traces.append({**_energy_bars(dated, t("power.output_of", lang, name=name),
                                      SUPPLY_COLOURS.get(site_id, OTHER_SUPPLY_COLOUR), 0.0, index, lang),
                       "type": "scatter", "mode": "markers", "marker": {"size": 11, "symbol": "diamond",
                                                                         "color": SUPPLY_COLOURS.get(site_id, OTHER_SUPPLY_COLOUR)}})
        traces[-1].pop("width", None)
    totals = view.totals.dropna(subset=["mw_low"])
    if not totals.empty:
        low = [annual_twh(v, factor) for v in totals["mw_low"]]
        high = [annual_twh(v, factor) for v in totals["mw_high"]]
        how = t("power.energy_how", lang, factor=fmt_number(factor * 100, lang), measure=measure_label(view.measure, lang))
        hovers = [_hover([f"<b>{escape_plotly(t('power.dc_energy', lang))}</b> — {int(y)}",
                          escape_plotly(t("power.energy", lang) + sep + fmt_range(lo, hi, "TWh", lang)), escape_plotly(how),
                          _sources_line(view.by_year.loc[view.by_year["year"] == y, "source_ids"].str.cat(sep=";").split(";"),
                                        index, lang)])
                  for y, lo, hi in zip(totals["year"], low, high)]
        if any(h > lo for lo, h in zip(low, high)):
            traces.append({"type": "scatter", "x": list(totals["year"]), "y": high, "mode": "lines",
                           "line": {"width": 0}, "showlegend": False, "hoverinfo": "skip"})
            traces.append({"type": "scatter", "x": list(totals["year"]), "y": low, "mode": "lines", "fill": "tonexty",
                           "fillcolor": RANGE_COLOUR, "line": {"width": 0}, "showlegend": False, "hoverinfo": "skip"})
        traces.append({"type": "scatter", "x": list(totals["year"]), "y": low, "mode": "lines+markers",
                       "name": escape_plotly(t("power.dc_energy_legend", lang, factor=fmt_number(factor * 100, lang))),
                       "line": {"color": ORANGE, "width": 3}, "hovertext": hovers,
                       "hovertemplate": "%{hovertext}<extra></extra>"})
    years = [y for tr in traces for y in tr.get("x", [])]
    ids = list(view.consumption["source_id"]) + list(view.production["source_id"]) + \
        [i for o in view.output.values() for i in o["source_id"]] + list(view.default_factor.source_ids) + \
        [i for cell in view.by_year["source_ids"] for i in cell.split(";")]
    layout = base_layout(
        lang,
        title={"text": escape_plotly(t("power.energy_title", lang))},
        xaxis={"title": {"text": t("power.year", lang)}, "dtick": 1,
               "range": [min(years or [YEARS[0]]) - 0.6, max(years or [YEARS[-1]]) + 0.6]},
        yaxis={"title": {"text": "TWh"}, "rangemode": "tozero"},
        barmode="overlay", legend={"orientation": "h", "y": -0.2, "x": 0, "font": {"size": 11}},
        margin={"b": 130}, height=520, hovermode="closest",
        meta={"source_ids": list(dict.fromkeys(i for i in ids if i)), "notes": [t("power.note_energy", lang)]},
    )
    return go.Figure({"data": traces, "layout": layout})


# --------------------------------------------------------------------------------------------
# Load on the grid (map)
# --------------------------------------------------------------------------------------------

REGION_ZOOM = 6.6


def build_grid_map(view: PowerView, sources=None, lang: str = "fr", style: str = OFFLINE_STYLE,
                   outlines=None) -> go.Figure:
    """The 400 kV substations the projects attach to, sized by the MW of the chosen measure kind;
    fast-track sites' substations marked."""
    index, sep = SourceIndex(sources), colon(lang)
    rows = view.grid[view.grid["measure"] == view.measure].sort_values("lat", kind="stable")  # neighbours alternate
    top = float(rows["mw_high"].max()) if not rows.empty else 1.0
    hovers, text = [], []
    for r in rows.itertuples():
        lines = [f"<b>{escape_plotly(r.substation)}</b>",
                 escape_plotly(measure_label(r.measure, lang) + sep + fmt_range(r.mw_low, r.mw_high, "MW", lang)),
                 escape_plotly(t("power.projects", lang) + sep + ", ".join(r.names))]
        if r.fast_track:
            lines.append(escape_plotly(t("power.fast_track_here", lang, names=", ".join(r.fast_track))))
        lines += [escape_plotly(t("power.capacity_unpublished", lang)), _sources_line(r.source_ids.split(";"), index, lang)]
        hovers.append(_hover(lines))
        # The substation's name as RTE writes it: the map says "400 kV substation" once, in its title.
        text.append(escape_plotly(f"{'★ ' if r.fast_track else ''}{r.substation} · {fmt_range(r.mw_low, r.mw_high, 'MW', lang)}"))
    # Neighbouring substations (Bouchain and Mastaing are 3 km apart): labels on alternate sides,
    # one trace per side (a map trace takes one text position).
    sizes = [14 + 36 * np.sqrt(v / top) for v in rows["mw_high"]]
    colours = [FAST_TRACK_COLOUR if ft else BLUE for ft in rows["fast_track"]]
    traces = []
    for side, position in enumerate(("top right", "bottom left")):
        pick = list(range(side, len(rows), 2))
        traces.append({"type": "scattermap", "lat": [rows["lat"].iloc[i] for i in pick],
                       "lon": [rows["lon"].iloc[i] for i in pick], "mode": "markers+text",
                       "marker": {"size": [sizes[i] for i in pick], "color": [colours[i] for i in pick], "opacity": 0.75},
                       "text": [text[i] for i in pick], "textposition": position,
                       "textfont": {"size": 12, "color": TEXT}, "name": escape_plotly(t("power.grid_legend", lang)),
                       "hovertext": [hovers[i] for i in pick], "hovertemplate": "%{hovertext}<extra></extra>"})
    layers = [outline_layer(outlines)] if outlines is not None else []
    region = region_view(REGION_ZOOM)
    layout = base_layout(
        lang, **map_frame(t("power.grid_title", lang, measure=measure_label(view.measure, lang)), wrap=48),
        map={"style": map_style(style), "center": region["center"], "zoom": region["zoom"], "layers": layers},
        height=560, showlegend=False,
        meta={"source_ids": list(dict.fromkeys(i for c in rows["source_ids"] for i in c.split(";") if i)),
              "open_data": ["outlines"] if outlines is not None else [],
              "notes": [t("power.capacity_unpublished", lang)], "fit_bounds": region["fit_bounds"]},
    )
    return go.Figure({"data": traces, "layout": layout})


# --------------------------------------------------------------------------------------------
# Registry: the page and the batch export draw the same figures
# --------------------------------------------------------------------------------------------

DEFAULT_OPTIONS = {"measure": None, "load_factor": None}


def _view(dataset: Dataset, filters: Filters, options: dict) -> PowerView:
    return power_view(dataset, filters, options.get("measure"), options.get("load_factor"))


def _build_power(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return build_power_by_year(_view(dataset, filters, options), dataset.sources, lang)


def _build_energy(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return build_energy_by_year(_view(dataset, filters, options), dataset.sources, lang)


def _build_grid(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    return build_grid_map(_view(dataset, filters, options), dataset.sources, lang,
                          options.get("style", OFFLINE_STYLE), options.get("outlines"))


CHARTS = [
    ChartSpec(page="puissance", chart_id="power-by-year", title=translations("power.by_year_chart"),
              build=_build_power, default_options=dict(DEFAULT_OPTIONS)),
    ChartSpec(page="puissance", chart_id="power-energy-by-year", title=translations("power.energy_title"),
              build=_build_energy, default_options=dict(DEFAULT_OPTIONS)),
    ChartSpec(page="puissance", chart_id="power-grid-load", title=translations("power.grid_chart"),
              build=_build_grid, default_options={**DEFAULT_OPTIONS, "style": OFFLINE_STYLE, "outlines": None},
              inputs={"outlines": "outlines"}),
]
