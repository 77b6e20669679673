"""The registry of every chart the dashboard shows, used by the pages and by the export.

Each figure module (dashboard/figures/*.py) declares `CHARTS = [ChartSpec(...), ...]`. Builders
are pure: what a chart draws from the open data (outlines, RTE's substations) comes in through the
options, named by the spec's `inputs`. A spec's
`build` adapts the dataset and filters to the module's pure figure builder, so a page and the
batch export draw exactly the same figure. Builders put the ids of the sources behind the
plotted data in `fig.layout.meta["source_ids"]` so an exported image can name its sources.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

import plotly.graph_objects as go

from dashboard.domain.filters import Filters
from dashboard.domain.tables import Dataset

# Figure modules that declare CHARTS, in page order.
FIGURE_MODULES = ("overview", "map", "occupancy", "investment", "schedule", "siting", "power")


@dataclass(frozen=True)
class ChartSpec:
    page: str  # URL path of the page: "overview", "map", ...
    chart_id: str  # stable, file-name safe: "investment-by-project"
    title: dict[str, str]  # {"fr": ..., "en": ...}
    build: Callable[[Dataset, Filters, str, dict], go.Figure]  # (dataset, filters, lang, options)
    default_options: dict = field(default_factory=dict)
    # Open datasets the chart draws, as {option: dataset name} (e.g. {"outlines": "outlines"}): the
    # caller reads them (the page through the repository, the batch from the open-data cache) and
    # passes them in the options; a builder never reads a file.
    inputs: dict[str, str] = field(default_factory=dict)


def all_charts() -> list[ChartSpec]:
    """Every chart of FIGURE_MODULES, in page order. Each listed module is imported: a missing or
    broken one, or one without CHARTS, fails here by name (the app calls this at start-up)."""
    charts: list[ChartSpec] = []
    for name in FIGURE_MODULES:
        module = importlib.import_module(f"dashboard.figures.{name}")
        specs = getattr(module, "CHARTS", None)
        if not specs:
            raise ImportError(f"{module.__name__} is listed in FIGURE_MODULES but declares no CHARTS",
                              name=module.__name__)
        charts.extend(specs)
    return charts


def chart_by_id(chart_id: str) -> ChartSpec:
    for spec in all_charts():
        if spec.chart_id == chart_id:
            return spec
    raise KeyError(chart_id)


def source_ids_of(fig: go.Figure) -> list[str]:
    """The source ids a builder put in `fig.layout.meta["source_ids"]`, in order, once each."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    ids = meta.get("source_ids", [])
    if isinstance(ids, str):
        ids = [part for part in ids.split(";") if part]
    return list(dict.fromkeys(str(i) for i in ids))


def open_data_of(fig: go.Figure) -> list[str]:
    """Open datasets drawn in the figure (`fig.layout.meta["open_data"]`), e.g. ["outlines"]."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return [str(name) for name in meta.get("open_data", [])]
