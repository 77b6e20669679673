"""The shared filters, and their home in the URL query string (the URL is the state).

Query parameters: `type`, `site`, `dep`, `status` (comma-separated values), `lang`, and
`abandoned=1` (the overview's totals count abandoned projects).
Unknown values are dropped and reported as notices, never as errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.domain.schema import LANGUAGES

# query parameter -> (Filters field, sites column)
FILTER_PARAMS = {
    "type": ("types", "project_type"),
    "site": ("sites", "site_id"),
    "dep": ("deps", "departement"),
    "status": ("statuses", "status"),
}
ABANDONED_PARAM = "abandoned"  # "1": the overview's totals count abandoned projects
MAX_PARAM_LENGTH = 2000  # longer values are not a real view: ignore them
# Every query parameter a page reads: the filters, the language, the overview's `abandoned`, /site's
# `id`, /siting's and /site's `preset`, /siting's `cand`, /puissance's `measure` and `load_factor`.
# An address with more fields than Streamlit reads (1 000) is
# sent back by the nginx of `make serve` holding only these (deploy/nginx.conf, scripts/serve.py);
# tests/domain/test_filters.py checks that every parameter the pages read is listed here.
URL_PARAMS = ("lang", *FILTER_PARAMS, ABANDONED_PARAM, "id", "preset", "measure", "load_factor", "cand")


@dataclass(frozen=True)
class Filters:
    types: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    deps: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    lang: str = "fr"
    # The overview's totals count abandoned projects too (`abandoned=1`); they are left out by default.
    with_abandoned: bool = False

    @property
    def active(self) -> bool:
        return bool(self.types or self.sites or self.deps or self.statuses)

    def to_query_params(self) -> dict[str, str]:
        params = {
            param: ",".join(getattr(self, name)) for param, (name, _) in FILTER_PARAMS.items() if getattr(self, name)
        }
        if self.with_abandoned:
            params[ABANDONED_PARAM] = "1"
        if self.lang != "fr":
            params["lang"] = self.lang
        return params


@dataclass(frozen=True)
class Notice:
    """A dropped query value: which parameter and what was wrong with it."""

    param: str
    value: str
    reason: str  # "unknown" | "too_long"


@dataclass(frozen=True)
class Choices:
    """The values each filter accepts (taken from the data)."""

    types: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    deps: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()

    @classmethod
    def from_sites(cls, sites: pd.DataFrame) -> "Choices":
        mappable = sites[sites["project_type"] != "region"]

        def values(column: str) -> tuple[str, ...]:
            return tuple(sorted(v for v in mappable[column].dropna().astype(str).unique() if v))

        return cls(
            types=values("project_type"), sites=values("site_id"), deps=values("departement"), statuses=values("status")
        )


def _split(raw: object) -> list[str]:
    if isinstance(raw, (list, tuple)):
        raw = ",".join(str(v) for v in raw)
    return [part.strip() for part in str(raw).split(",") if part.strip()]


def parse_query_params(params: Mapping[str, object], choices: Choices) -> tuple[Filters, list[Notice]]:
    """Filters from a query string mapping; unknown values dropped with a notice each."""
    notices: list[Notice] = []
    values: dict[str, tuple[str, ...]] = {}
    for param, (name, _) in FILTER_PARAMS.items():
        raw = params.get(param)
        if raw is None:
            continue
        if len(str(raw)) > MAX_PARAM_LENGTH:
            notices.append(Notice(param, str(raw)[:40] + "…", "too_long"))
            continue
        allowed = set(getattr(choices, name))
        kept = []
        for value in _split(raw):
            if value in allowed:
                if value not in kept:
                    kept.append(value)
            else:
                notices.append(Notice(param, value[:80], "unknown"))
        values[name] = tuple(kept)
    lang = str(params.get("lang", "fr") or "fr").strip().lower()
    if lang not in LANGUAGES:
        notices.append(Notice("lang", lang[:80], "unknown"))
        lang = "fr"
    abandoned = str(params.get(ABANDONED_PARAM, "0") or "0").strip().lower()
    if abandoned not in ("0", "1"):
        notices.append(Notice(ABANDONED_PARAM, abandoned[:80], "unknown"))
    return Filters(lang=lang, with_abandoned=abandoned == "1", **values), notices


def apply_filters(sites: pd.DataFrame, filters: Filters, keep_types: Iterable[str] = ()) -> pd.DataFrame:
    """The rows of `sites` that pass every active filter.

    `keep_types` lists project types kept whatever the filters (e.g. substations as map context).
    """
    mask = pd.Series(True, index=sites.index)
    for _, (name, column) in FILTER_PARAMS.items():
        selected = getattr(filters, name)
        if selected:
            mask &= sites[column].astype(str).isin(selected)
    keep = sites["project_type"].isin(tuple(keep_types))
    return sites[mask | keep]
