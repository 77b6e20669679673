"""Predictable file names for exported charts, shared by the batch command and the page's buttons.

    <page>__<chart_id>[__<filters>].<ext>

where `<filters>` is absent when no filter is active and the language is French, else the
query parameters of the view joined as `type-data_center+battery_dep-59_lang-en` (parameters in
the order type, site, dep, status, lang; values joined by `+`; any other character than
letters, digits, `-`, `_`, `+`, `.` replaced by `-`). A `<filters>` part longer than 100
characters is replaced by `filters-<10 hex digits of its SHA-1>`.
"""

from __future__ import annotations

import hashlib
import re

from dashboard.domain.filters import FILTER_PARAMS, Filters

MAX_FILTER_PART = 100


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_+.-]", "-", text)


def filters_file_part(filters: Filters) -> str:
    """'' or 'type-data_center+battery_dep-59_lang-en' (see the module docstring)."""
    params = filters.to_query_params()
    order = [*FILTER_PARAMS, "lang"]
    part = "_".join(
        f"{param}-{_safe('+'.join(params[param].split(',')))}" for param in order if param in params
    )
    if len(part) > MAX_FILTER_PART:
        part = "filters-" + hashlib.sha1(part.encode()).hexdigest()[:10]
    return part


def chart_file_stem(page: str, chart_id: str, filters: Filters) -> str:
    """'overview__projects-by-status__dep-59': the name of a chart's file without its extension."""
    part = filters_file_part(filters)
    return f"{_safe(page)}__{_safe(chart_id)}" + (f"__{part}" if part else "")


def export_file_name(page: str, chart_id: str, filters: Filters, fmt: str) -> str:
    return f"{chart_file_stem(page, chart_id, filters)}.{fmt}"
