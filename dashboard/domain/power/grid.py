"""Load on the grid: the projects' MW per 400 kV substation (the one a source names, else the
nearest), per measure kind; and the published grid figures shown instead of a capacity nobody
publishes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.i18n.names import as_written
from dashboard.domain.power.records import _joined_ids, _site_info, fact_records, retained



GRID_COLUMNS = ("substation_id", "substation", "lat", "lon", "measure", "mw_low", "mw_high", "projects",
                "names", "fast_track", "named", "source_ids")


def attach_to_substations(dataset, demand: pd.DataFrame, records: list[dict] | None = None) -> list[dict]:
    """Each demand row (as a dict) with its substation: the one a source names (`grid_substation`),
    else the nearest 400 kV substation (`attachment` = "named" / "nearest" / "" when neither is known)."""
    records = fact_records(dataset) if records is None else records
    # Matched on the substation's name as its operator writes it ("WEPPES": nearest_400kv_name's
    # words, the same in every language; `name` is the pages' label).
    stations = {name: site_id for site_id, name, kind in zip(dataset.sites["site_id"], as_written(dataset.sites, "name_as_written", "name"),
                                                             dataset.sites["project_type"]) if kind == "substation"}
    named = retained([r for r in records if r["attribute"] == "grid_substation"], lambda r: r["site_id"])
    rows = []
    for row in demand.to_dict("records"):
        given = named.get(row["site_id"])
        nearest = stations.get(row["nearest_400kv_name"])
        row["substation_id"] = given[0]["raw_value"] if given else nearest
        row["attachment"] = "named" if given else ("nearest" if nearest else "")
        row["named_source"] = given[0]["source_id"] if given else ""
        rows.append(row)
    return rows


def grid_load(dataset, demand: pd.DataFrame, records: list[dict] | None = None) -> pd.DataFrame:
    """Per substation and measure kind: the MW summed (low, high; one kind per row, never across
    kinds), how many projects, their names, the fast-track ones, whether any was named by a source."""
    rows = [r for r in attach_to_substations(dataset, demand, records) if r["substation_id"]]
    info = _site_info(dataset, ("lat", "lon"))
    written = dict(zip(dataset.sites["site_id"], as_written(dataset.sites, "name_as_written", "name")))
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["substation_id"], row["measure"]), []).append(row)
    out = []
    for (station, measure), group in groups.items():
        out.append({"substation_id": station, "substation": written[station], "lat": info[station]["lat"],
                    "lon": info[station]["lon"], "measure": measure,
                    "mw_low": sum(r["mw_low"] for r in group), "mw_high": sum(r["mw_high"] for r in group),
                    "projects": len(group), "names": tuple(r["name"] for r in group),
                    "fast_track": tuple(r["name"] for r in group if r["fast_track"]),
                    "named": any(r["attachment"] == "named" for r in group),
                    "source_ids": _joined_ids([r["source_ids"] for r in group] + [r["named_source"] for r in group])})
    out.sort(key=lambda r: (r["measure"], -r["mw_high"], r["substation"]))
    return pd.DataFrame(out, columns=list(GRID_COLUMNS))


GRID_FIGURE_COLUMNS = ("site_id", "name", "attribute", "raw_value", "mw", "quoted", "horizon", "as_of", "source_id",
                       "note")


def grid_figures(dataset, records: list[dict] | None = None) -> pd.DataFrame:
    """The published grid figures (what lines and zones carry, before or after works; the extra
    demand a grid operator expects), each as written with its horizon, date and source: shown
    instead of a substation capacity nobody publishes."""
    records = fact_records(dataset) if records is None else records
    names = _site_info(dataset, ("name",))
    rows = sorted((r for r in records if r["attribute"] in ("transmission_capacity", "extra_demand")),
                  key=lambda r: (names[r["site_id"]]["name"], r["attribute"],
                                 -1 if np.isnan(r["horizon"]) else r["horizon"], r["when"]))
    return pd.DataFrame([{"site_id": r["site_id"], "name": names[r["site_id"]]["name"], "attribute": r["attribute"],
                          "raw_value": r["raw_value"], "mw": r["value"], "quoted": bool(r["quoted"]),
                          "horizon": r["horizon"], "as_of": r["as_of"], "source_id": r["source_id"], "note": r["note"]}
                         for r in rows], columns=list(GRID_FIGURE_COLUMNS))
