"""Benchmark: the suitability surface (H3) and the scale path for metropolitan France.

    .venv/bin/python benchmarks/bench_surface.py [--repeat 7] [--resolutions 6 7 8]

1. Region: for each H3 resolution, the time to precompute the cells' inputs once
   (`surface.surface_inputs`: every distance), to apply a preset (`prepare_surface`: values and
   exclusions) and to rescore after a weight change (`rescore`), medians of --repeat runs; the
   budget is 300 ms at the finest resolution shipped (7; 8 is measured too). The départements'
   outlines come from ../shared/reference when they are there, else the region's bounding box
   (more cells: a harder case).
2. Region, dense lines: 20,000 points against 40 tangled lines of 300 vertices, the nearest
   400 kV line's CPU time (index + query).
3. France: synthetic points in metropolitan France's box, at the country's sizes: 35,000 communes
   and 28,000 brownfields scored against 5,000 substations (600 at 400 kV) and 21,000 km of
   400 kV lines; distances + scoring, budget 3 s.
The grid the region is measured against is synthetic too (31 substations at 400 kV, 180 at
225 kV, 40 lines, 3,400 brownfields in the box): only sizes matter here.
Not a test: speed is machine-dependent, so it is printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.domain import geo, grid_lines, siting, surface  # noqa: E402
from dashboard.domain.schema import REGION_BBOX  # noqa: E402

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference"
FRANCE_BBOX = {"lat_min": 42.3, "lat_max": 51.1, "lon_min": -4.8, "lon_max": 8.2}
WEIGHTS = [siting.DEFAULT_WEIGHTS, {**siting.DEFAULT_WEIGHTS, "dist_400kv": 60, "land_area": 5}]


def _points(rng, n: int, box: dict, margin: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    return (rng.uniform(box["lat_min"] - margin, box["lat_max"] + margin, n),
            rng.uniform(box["lon_min"] - margin, box["lon_max"] + margin, n))


def _targets(rng, n: int, box: dict, name: str) -> pd.DataFrame:
    lat, lon = _points(rng, n, box, margin=0.3)
    return pd.DataFrame({"name": [f"{name}{i}" for i in range(n)], "lat": lat, "lon": lon, "origin": "synthetic"})


def _lines(rng, n: int, box: dict, vertices: int, step_deg: float) -> pd.DataFrame:
    """Random walks of `vertices` towers-ish vertices (a line's path), `n` of them."""
    start_lat, start_lon = _points(rng, n, box)
    steps = rng.normal(0, step_deg, (n, vertices, 2)).cumsum(axis=1)
    return pd.DataFrame({
        "name": [f"L{i}" for i in range(n)],
        "path_lat": list(start_lat[:, None] + steps[:, :, 0]),
        "path_lon": list(start_lon[:, None] + steps[:, :, 1]),
    })


def _brownfields(rng, n: int, box: dict) -> pd.DataFrame:
    lat, lon = _points(rng, n, box)
    return pd.DataFrame({"site_id": [f"b{i}" for i in range(n)], "name": "", "commune": "x", "lat": lat, "lon": lon,
                         "surface_m2": rng.lognormal(9, 1.5, n)})


def grid_data(rng, box: dict, n400: int, n225: int, n_lines: int, n_brownfields: int, vertices: int,
              step_deg: float = 0.02) -> surface.GridData:
    targets = geo.GridTargets(gravelines=("Gravelines", 51.0144, 2.135), kv400=_targets(rng, n400, box, "A"),
                              kv225=_targets(rng, n225, box, "B"))
    return surface.GridData(targets=targets, lines_400kv=_lines(rng, n_lines, box, vertices, step_deg),
                            brownfields=_brownfields(rng, n_brownfields, box))


def _timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--resolutions", type=int, nargs="+", default=list(surface.RESOLUTIONS))
    args = parser.parse_args()
    rng = np.random.default_rng(0)

    outline_file = REFERENCE / "departements-hauts-de-france.geojson"
    outlines = json.loads(outline_file.read_text()) if outline_file.is_file() else None
    where = "départements' outlines (reference copy)" if outlines else "region bounding box"
    data = grid_data(rng, REGION_BBOX, 31, 180, 40, 3400, 60)
    print(f"Region ({where}); grid: 31 + 180 substations, 40 lines x 60 vertices, 3,400 brownfields")
    for resolution in args.resolutions:
        inputs_s, inputs = _timed(lambda: surface.surface_inputs(outlines, data, resolution), 1)
        prepare_s, prepared = _timed(lambda: surface.prepare_surface(inputs, "300mw"), args.repeat)
        # Alternate two weightings, as a user moving a slider does.
        runs = iter(range(10**6))
        rescore_s, _ = _timed(lambda: surface.rescore(prepared, WEIGHTS[next(runs) % 2]), args.repeat)
        print(f"  res {resolution}: {len(inputs):>6,} cells | precompute {inputs_s * 1000:6.0f} ms (once per data "
              f"version) | preset change {prepare_s * 1000:5.0f} ms | weight change {rescore_s * 1000:5.0f} ms "
              f"(medians of {args.repeat}; budget 300 ms)")

    # Dense regional lines (the case the hand-written densify + k-d code was fastest on): random
    # walks of short steps, tangled, many vertices to a piece. CPU time (process_time), as the
    # machine is shared.
    dense_rng = np.random.default_rng(1)  # its own draws: the France case below stays the same
    dense_lat, dense_lon = _points(dense_rng, 20_000, REGION_BBOX)
    for step_deg in (0.001, 0.02):
        dense = _lines(dense_rng, 40, REGION_BBOX, 300, step_deg)
        cpu = []
        for _ in range(args.repeat):
            start = time.process_time()
            indexed = grid_lines.index_lines(dense["path_lat"], dense["path_lon"])
            grid_lines.nearest_line(dense_lat, dense_lon, indexed)
            cpu.append(time.process_time() - start)
        print(f"Region, dense lines: 20,000 points x 40 lines of 300 vertices (steps of {step_deg}°): index + nearest "
              f"line {statistics.median(cpu) * 1000:.0f} ms CPU (median of {args.repeat})")

    france = grid_data(rng, FRANCE_BBOX, 600, 4400, 350, 0, 60, step_deg=0.008)
    lat_c, lon_c = _points(rng, 35_000, FRANCE_BBOX)
    lat_b, lon_b = _points(rng, 28_000, FRANCE_BBOX)
    lat, lon = np.concatenate([lat_c, lat_b]), np.concatenate([lon_c, lon_b])
    km_of_lines = sum(float(np.sum(geo.geodesic_km(a[:-1], b[:-1], a[1:], b[1:])))
                      for a, b in zip(france.lines_400kv["path_lat"], france.lines_400kv["path_lon"]))

    def france_scoring():
        frame = surface.point_inputs(lat, lon, france)
        frame["project_type"], frame["site_id"], frame["name"] = "candidate", "", ""
        return siting.score(frame)

    total_s, scored = _timed(france_scoring, max(1, args.repeat // 3))
    print(f"France: {len(lat):,} points (35,000 communes + 28,000 brownfields) vs 5,000 substations and "
          f"{km_of_lines:,.0f} km of 400 kV lines: distances + scoring {total_s:.2f} s (budget 3 s); "
          f"{int(scored['score'].notna().sum()):,} scored")
    return 0


if __name__ == "__main__":
    sys.exit(main())
