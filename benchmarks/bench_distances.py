"""Benchmark: nearest 400 kV and 225 kV substation for every commune of the region.

    .venv/bin/python benchmarks/bench_distances.py [--repeat 7] [--sample 300] [--full-loop]

Uses the reference copies in ../shared/reference (3 806 communes, 661 RTE substations) when they
are there, else synthetic points of the same size in the region's box. Prints the time of
`dashboard.domain.geo.nearest` (exact distances) for both voltages, and the time of a loop of geopy
`geodesic` calls over the same pairs (on a sample of communes, extrapolated, unless
--full-loop), and checks that both give the same nearest substations on the sample.
Not a test: speed is machine-dependent, so it is printed, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from geopy.distance import geodesic

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.domain.geo import nearest
from dashboard.data.opendata import DATASETS
from dashboard.domain.schema import REGION_BBOX

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference"
N_COMMUNES, N_SUBSTATIONS = 3806, 661


def load_points() -> tuple[pd.DataFrame, pd.DataFrame, str]:
    communes_csv = REFERENCE / "communes-hauts-de-france.csv"
    substations_csv = REFERENCE / "postes-electriques-rte-hauts-de-france.csv"
    if communes_csv.is_file() and substations_csv.is_file():
        communes = pd.read_csv(communes_csv, dtype={"insee_com": str}).rename(columns={"lng": "lon"})
        # A few rows have no centroid: the vectorized code skips them (NaN), geopy cannot take them.
        communes = communes.dropna(subset=["lat", "lon"])
        raw = substations_csv.read_bytes()
        n_raw = raw.decode("utf-8-sig").count("\n") - 1
        substations = DATASETS["substations"].parse(raw)  # in operation only, as the product does
        return (
            communes[["lat", "lon"]],
            substations,
            f"reference files ({n_raw} substation rows, {len(communes)} commune rows with a centroid)",
        )
    rng = np.random.default_rng(0)
    box = REGION_BBOX
    communes = pd.DataFrame(
        {
            "lat": rng.uniform(box["lat_min"], box["lat_max"], N_COMMUNES),
            "lon": rng.uniform(box["lon_min"], box["lon_max"], N_COMMUNES),
        }
    )
    substations = pd.DataFrame(
        {
            "lat": rng.uniform(box["lat_min"] - 0.3, box["lat_max"] + 0.3, N_SUBSTATIONS),
            "lon": rng.uniform(box["lon_min"] - 0.3, box["lon_max"] + 0.3, N_SUBSTATIONS),
            "voltage_kv": rng.choice([400, 225, 90, 63], N_SUBSTATIONS, p=[0.05, 0.4, 0.25, 0.3]),
        }
    )
    return communes, substations, "synthetic points (reference files not found)"


def vectorized(communes: pd.DataFrame, substations: pd.DataFrame) -> dict:
    out = {}
    for kv in (400, 225):
        subset = substations[substations["voltage_kv"] == kv]
        out[kv] = nearest(communes["lat"], communes["lon"], subset["lat"], subset["lon"])
    return out


def geopy_loop(communes: pd.DataFrame, substations: pd.DataFrame) -> dict:
    out = {}
    for kv in (400, 225):
        subset = substations[substations["voltage_kv"] == kv]
        targets = list(zip(subset["lat"], subset["lon"]))
        idx, km = [], []
        for point in zip(communes["lat"], communes["lon"]):
            distances = [geodesic(point, t).km for t in targets]
            best = int(np.argmin(distances))
            idx.append(best)
            km.append(distances[best])
        out[kv] = (np.array(idx), np.array(km))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--sample", type=int, default=300, help="communes in the geopy loop sample")
    parser.add_argument("--full-loop", action="store_true", help="run the geopy loop on every commune")
    args = parser.parse_args(argv)

    communes, substations, origin = load_points()
    n400 = int((substations["voltage_kv"] == 400).sum())
    n225 = int((substations["voltage_kv"] == 225).sum())
    pairs = len(communes) * (n400 + n225)
    print(f"data: {origin}")
    print(
        f"{len(communes)} communes x {len(substations)} substations in operation ({n400} at 400 kV, {n225} at 225 kV)"
    )

    vectorized(communes, substations)  # warm-up
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        result = vectorized(communes, substations)
        times.append(time.perf_counter() - start)
    fast = statistics.median(times)
    print(
        f"vectorized nearest 400 + 225 kV (exact): median {fast:.3f} s, best {min(times):.3f} s over {args.repeat} runs"
    )

    sample = communes if args.full_loop else communes.sample(min(args.sample, len(communes)), random_state=0)
    start = time.perf_counter()
    slow_result = geopy_loop(sample, substations)
    slow = time.perf_counter() - start
    slow_full = slow * len(communes) / len(sample)
    label = "full set" if len(sample) == len(communes) else f"{len(sample)} communes, extrapolated to {len(communes)}"
    print(f"geopy geodesic loop ({len(sample) * (n400 + n225)} calls, {label}): {slow_full:.1f} s for {pairs} pairs")
    print(f"speed-up: x{slow_full / fast:.0f}")

    positions = communes.index.get_indexer(sample.index)
    for kv in (400, 225):
        fast_km = result[kv][1][positions]
        slow_km = slow_result[kv][1]
        same = np.allclose(fast_km, slow_km, rtol=0, atol=1e-6)
        worst_mm = np.max(np.abs(fast_km - slow_km)) * 1e6
        print(f"{kv} kV: same nearest distances as geopy on the sample: {same} (max |diff| {worst_mm:.3f} mm)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
