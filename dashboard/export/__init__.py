"""Charts as images (PNG, SVG, PDF) rendered on the server by kaleido, and tables as files. No
Streamlit here: the page's download buttons are dashboard.ui.components.chart.

- naming:     predictable file names `<page>__<chart_id>[__<filters>].<ext>`
- decoration: title, filters in words, source line; maps on the offline style
- renderer:   the kaleido/Chromium exporter (one browser per process, time limits)
- batch:      every chart of the registry, decorated and rendered; one page figure rendered
- cli:        `python -m dashboard.export --out DIR ...` (see its docstring)
- tables:     the data page's table as CSV / Excel / JSON

The names below are the package's public API (scripts, tests and the UI import them from here).
"""

from dashboard.export.batch import ExportResult, chart_title, export_all, export_figure, export_title, load_dataset
from dashboard.export.cli import build_parser, main
from dashboard.export.decoration import (
    CHAR_WIDTH,
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    EDGE,
    SOURCE_TRACE_NAME,
    SUBTITLE_SIZE,
    TITLE_TRACE_NAME,
    decorate_for_export,
    filters_in_words,
    prepare_maps,
    source_line,
    tiles_reachable,
)
from dashboard.export.naming import chart_file_stem, export_file_name, filters_file_part
from dashboard.export.renderer import (
    DEFAULT_SCALE,
    DEFAULT_TIMEOUT,
    FORMATS,
    MIME_TYPES,
    BrowserNotFoundError,
    Exporter,
    ExportError,
    RenderOptions,
    find_browser,
    get_exporter,
    render,
)

__all__ = [
    "CHAR_WIDTH", "DEFAULT_HEIGHT", "DEFAULT_SCALE", "DEFAULT_TIMEOUT", "DEFAULT_WIDTH", "EDGE", "FORMATS",
    "MIME_TYPES", "SOURCE_TRACE_NAME", "SUBTITLE_SIZE", "TITLE_TRACE_NAME", "BrowserNotFoundError",
    "ExportError", "ExportResult", "Exporter", "RenderOptions", "build_parser", "chart_file_stem", "chart_title",
    "decorate_for_export", "export_all", "export_figure", "export_file_name", "export_title", "filters_file_part",
    "filters_in_words", "find_browser", "get_exporter", "load_dataset", "main", "prepare_maps", "render",
    "source_line", "tiles_reachable",
]
