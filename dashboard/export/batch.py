"""Every chart of the registry, decorated and rendered into files (the batch behind the CLI), and
one page figure decorated and rendered (behind the page's download buttons)."""

from __future__ import annotations

import concurrent.futures
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import plotly.graph_objects as go

from dashboard.config import seeds_dir
from dashboard.domain.filters import Filters
from dashboard.export.decoration import decorate_for_export, has_map, prepare_maps
from dashboard.export.naming import export_file_name
from dashboard.export.renderer import BrowserNotFoundError, Exporter, ExportError, RenderOptions, get_exporter


def chart_title(spec, lang: str) -> str:
    title = spec.title
    if isinstance(title, Mapping):
        return str(title.get(lang) or title.get("fr") or next(iter(title.values()), ""))
    return str(title)


def export_title(fig: go.Figure, spec, lang: str) -> str | None:
    """None (keep the figure's own title: it may say more, e.g. the siting preset) when the figure
    has one, else the registry's title of the chart."""
    if fig.layout.title.text:
        return None
    return chart_title(spec, lang) if spec is not None else None


def export_figure(fig: go.Figure, title: str | None, filters: Filters, lang: str, dataset, options: RenderOptions,
                  *, tiles: bool = False, timeout: float | None = None, exporter: Exporter | None = None) -> bytes:
    """Decorate a page's figure for export and render it."""
    names = dict(zip(dataset.sites["site_id"], dataset.sites["name"])) if not dataset.sites.empty else {}
    decorated = decorate_for_export(fig, title, filters, lang, dataset.sources, as_of=dataset.as_of,
                                    site_names=names, width=options.width, height=options.height)
    exporter = exporter or get_exporter()
    if tiles and has_map(decorated):
        tiled = go.Figure(decorated)
        if prepare_maps(tiled, tiles=True):
            try:
                return exporter.render(tiled, options, timeout=timeout)
            except ExportError:
                pass  # the tiles failed after all: the offline map below
    prepare_maps(decorated)
    return exporter.render(decorated, options, timeout=timeout)


def chart_inputs(spec) -> dict:
    """The open datasets a chart draws (`spec.inputs`), from the open-data cache: None when not
    downloaded (a batch never downloads; the chart is drawn without them, as on the page)."""
    from dashboard.data import opendata

    inputs = {}
    for option, name in getattr(spec, "inputs", {}).items():
        try:
            inputs[option] = opendata.load(name)
        except opendata.OpenDataError:
            inputs[option] = None
    return inputs


@dataclass
class ExportResult:
    written: list[Path]
    failures: list[tuple[str, str]]  # (page/chart_id, message)
    seconds: float


def export_all(dataset, filters: Filters, out_dir: Path, options: RenderOptions, *, charts=None,
               tiles: bool = False, timeout: float | None = None, exporter: Exporter | None = None,
               on_written: Callable[[Path], None] | None = None,
               on_failure: Callable[[str, str], None] | None = None) -> ExportResult:
    """Export every chart (of `charts`, default the registry) for `filters` into `out_dir`.

    A chart that fails (its builder raises, it times out) is reported through `on_failure` and
    in the result; the others are still written. Missing Chromium stops the batch
    (BrowserNotFoundError). Two charts are prepared at a time so that building and decorating
    the next figure overlaps with Chromium rendering the current one; files are written and
    reported in the registry's order.
    """
    from dashboard.figures.registry import all_charts

    specs = list(all_charts() if charts is None else charts)
    exporter = exporter or get_exporter()
    lang = filters.lang
    started = time.perf_counter()
    exporter.start()  # a missing Chromium stops here, before any chart is built

    def one(spec) -> tuple[str, bytes | None, str]:
        label = f"{spec.page}/{spec.chart_id}"
        try:
            fig = spec.build(dataset, filters, lang, {**spec.default_options, **chart_inputs(spec)})
        except Exception as exc:  # noqa: BLE001 - one chart's bug must not stop the batch
            return label, None, f"could not build the chart ({type(exc).__name__}: {exc})"
        try:
            data = export_figure(fig, export_title(fig, spec, lang), filters, lang, dataset, options, tiles=tiles,
                                 timeout=timeout, exporter=exporter)
        except BrowserNotFoundError:
            raise
        except ExportError as exc:
            return label, None, str(exc)
        return label, data, ""

    written: list[Path] = []
    failures: list[tuple[str, str]] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=exporter.tabs + 1,
                                               thread_name_prefix="export-chart") as pool:
        futures = [pool.submit(one, spec) for spec in specs]
        try:
            for spec, future in zip(specs, futures):
                label, data, error = future.result()
                if data is None:
                    failures.append((label, error))
                    if on_failure:
                        on_failure(label, error)
                    continue
                path = out_dir / export_file_name(spec.page, spec.chart_id, filters, options.fmt)
                path.write_bytes(data)
                written.append(path)
                if on_written:
                    on_written(path)
        finally:
            for future in futures:
                future.cancel()
    return ExportResult(written, failures, time.perf_counter() - started)


def load_dataset():
    """The same tables as the app: dashboard.data.build.build_dataset on HDF_SEEDS_DIR or seeds/."""
    from dashboard.data.build import build_dataset

    return build_dataset(seeds_dir(), warn=lambda message: print(message, file=sys.stderr))

