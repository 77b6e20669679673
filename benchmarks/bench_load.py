"""Many readers at once, at the protocol level: a benchmark that prints figures, not a test.

    .venv/bin/python benchmarks/bench_load.py [--levels 1,10,25,50] [--rounds 5] [--rounds-below N] [--reference DIR]
                                              [--setups one,two] [--page-timeout 120]

No browser per reader: each simulated reader does what the browser's Streamlit client does over
the websocket (`/_stcore/stream`, subprotocol "streamlit", protobuf BackMsg / ForwardMsg): it first
GETs the page (the route cookie nginx sets), opens the websocket, asks for a run of `/`, then
`/map`, then `/siting` (BackMsg rerun_script with the page's name), each time reading every
ForwardMsg until the run's `script_finished`, and disconnects. N readers start together; a round is
over when all are done. Measured per page load: the time from the request to `script_finished`
and the bytes received; an error is a lost connection, a timeout, an exception element or an
"erreur inattendue" box. After each round: the resident memory of the server processes (summed
over replicas). Levels run in order, `--rounds` rounds each, against:
- `one`: one `streamlit run` process;
- `two`: two replicas behind nginx (scripts/serve.py, deploy/nginx.conf), sticky by cookie.

Bounded: at most 50 readers, a page given `--page-timeout` seconds, loopback only. The machine
may be shared: print `uptime`'s load average with the figures, and compare setups of one run.
`--reference /work/shared/reference` reads the département outlines and RTE substations from
there (else the open-data environment as the app has it).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "scripts"))

import psutil  # noqa: E402
import websockets  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from serve import Cluster  # noqa: E402

PAGES = (("/", ""), ("/map", "map"), ("/siting", "siting"))  # (label, page name the client sends)
MAX_SESSIONS = 50
UNEXPECTED = "inattendue"  # the app's "Cette page a rencontré une erreur inattendue"


@dataclass
class Load:
    page: str
    seconds: float
    received: int
    error: str = ""


@dataclass
class Round:
    sessions: int
    loads: list[Load] = field(default_factory=list)
    rss_mb: float = 0.0
    wall: float = 0.0
    cpu_s: float = 0.0  # server CPU time (user + system, every replica) spent in the round


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _problem(message: ForwardMsg) -> str:
    """An exception element or an "unexpected error" box in a delta, else ''."""
    if message.WhichOneof("type") != "delta" or message.delta.WhichOneof("type") != "new_element":
        return ""
    element = message.delta.new_element
    kind = element.WhichOneof("type")
    if kind == "exception":
        return f"exception: {element.exception.message[:120]}"
    if kind == "alert" and UNEXPECTED in element.alert.body:
        return f"error box: {element.alert.body[:120]}"
    return ""


async def _run_page(ws, label: str, page_name: str, timeout: float) -> Load:
    request = BackMsg()
    request.rerun_script.query_string = ""
    request.rerun_script.page_name = page_name
    started, received, problem = time.perf_counter(), 0, ""
    await ws.send(request.SerializeToString())
    deadline = started + timeout
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            return Load(label, time.perf_counter() - started, received, f"timeout after {timeout:.0f} s")
        data = await asyncio.wait_for(ws.recv(), remaining)
        received += len(data)
        message = ForwardMsg()
        message.ParseFromString(data)
        problem = problem or _problem(message)
        if message.WhichOneof("type") == "script_finished":
            if message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                continue  # the page asked for a rerun (st.rerun): its next run follows
            if message.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                problem = problem or "compile error"
            return Load(label, time.perf_counter() - started, received, problem)


def _route_cookie(base: str) -> str:
    """The cookie a browser would hold after loading the page (nginx's sticky route)."""
    with urllib.request.urlopen(base + "/", timeout=30) as response:
        cookies = [value.split(";", 1)[0] for key, value in response.headers.items() if key.lower() == "set-cookie"]
    return "; ".join(cookies)


async def reader(base: str, timeout: float) -> list[Load]:
    """One reader: the page, the websocket, /, /map, /siting, then gone."""
    try:
        cookie = await asyncio.to_thread(_route_cookie, base)
        headers = {"Cookie": cookie} if cookie else {}
        url = base.replace("http://", "ws://") + "/_stcore/stream"
        async with websockets.connect(url, subprotocols=["streamlit"], additional_headers=headers,
                                      max_size=None, open_timeout=timeout, ping_interval=None) as ws:
            return [await _run_page(ws, label, name, timeout) for label, name in PAGES]
    except Exception as exc:  # a lost or refused connection is this reader's error, counted
        return [Load("connection", 0.0, 0, f"{type(exc).__name__}: {str(exc)[:120]}")]


def _server_processes(cluster: Cluster) -> list[psutil.Process]:
    found = []
    for process in cluster.replica_processes:
        try:
            proc = psutil.Process(process.pid)
            found += [proc, *proc.children(recursive=True)]
        except psutil.NoSuchProcess:
            pass
    return found


def server_rss_mb(cluster: Cluster) -> float:
    return sum(proc.memory_info().rss for proc in _server_processes(cluster)) / 1e6


def server_cpu_s(cluster: Cluster) -> float:
    """CPU seconds the replicas have used: unlike wall time, hardly changed by a busy machine."""
    return sum(sum(proc.cpu_times()[:2]) for proc in _server_processes(cluster))


async def one_round(cluster: Cluster, sessions: int, timeout: float) -> Round:
    started, cpu = time.perf_counter(), server_cpu_s(cluster)
    results = await asyncio.gather(*(reader(cluster.url, timeout) for _ in range(sessions)))
    done = Round(sessions, [load for loads in results for load in loads])
    done.wall = time.perf_counter() - started
    done.cpu_s = server_cpu_s(cluster) - cpu
    done.rss_mb = server_rss_mb(cluster)
    return done


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def print_round(setup: str, index: int, done: Round) -> None:
    times = [load.seconds for load in done.loads if not load.error]
    errors = [load for load in done.loads if load.error]
    sizes = {label: statistics.median([l.received for l in done.loads if l.page == label] or [0]) for label, _ in PAGES}
    print(f"{setup:>4} {done.sessions:>3} sessions round {index}: p50 {percentile(times, 50):6.2f} s  "
          f"p95 {percentile(times, 95):6.2f} s  max {max(times, default=float('nan')):6.2f} s  "
          f"errors {len(errors):>3}  memory {done.rss_mb:6.0f} MB  wall {done.wall:6.1f} s  "
          f"server CPU {done.cpu_s / done.sessions:5.2f} s/reader  "
          f"bytes/page " + " ".join(f"{label} {size / 1e3:.0f} kB" for label, size in sizes.items()), flush=True)
    for load in errors[:3]:
        print(f"        error on {load.page}: {load.error}", flush=True)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


async def run_setup(setup: str, cluster: Cluster, levels: list[int], rounds: int, timeout: float,
                    rounds_below: int | None = None) -> dict:
    summary = {}
    # Warm-up: every replica's caches filled, as after its first readers (8 readers hashed over two
    # replicas all land on one with probability 1 in 128).
    await one_round(cluster, 8 if cluster.nginx else 1, timeout)
    for sessions in levels:
        done_rounds = []
        level_rounds = rounds if sessions == max(levels) or rounds_below is None else rounds_below
        for index in range(1, level_rounds + 1):
            done = await one_round(cluster, sessions, timeout)
            print_round(setup, index, done)
            done_rounds.append(done)
        times = [load.seconds for done in done_rounds for load in done.loads if not load.error]
        memory = [done.rss_mb for done in done_rounds]
        cpu = sum(done.cpu_s for done in done_rounds) / (sessions * len(done_rounds))
        summary[sessions] = (percentile(times, 50), percentile(times, 95),
                             sum(1 for done in done_rounds for load in done.loads if load.error), memory, cpu)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--levels", default="1,10,25,50", help="concurrent readers per level (≤ 50)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per level (default 5)")
    parser.add_argument("--rounds-below", type=int, help="rounds of the levels below the highest (default: --rounds)")
    parser.add_argument("--setups", default="one,two", help="one (one process), two (two replicas behind nginx)")
    parser.add_argument("--page-timeout", type=float, default=120.0, help="seconds a page load may take")
    parser.add_argument("--reference", type=Path, help="folder of shared reference open data (outlines, substations)")
    args = parser.parse_args(argv)
    levels = [int(v) for v in args.levels.split(",") if v.strip()]
    if any(n < 1 or n > MAX_SESSIONS for n in levels):
        parser.error(f"levels must be between 1 and {MAX_SESSIONS}")
    env = {"HDF_TODAY": os.environ.get("HDF_TODAY", "")}
    if args.reference:
        env.update(HDF_OPENDATA_OUTLINES=str(args.reference / "departements-hauts-de-france.geojson"),
                   HDF_OPENDATA_SUBSTATIONS=str(args.reference / "postes-electriques-rte-hauts-de-france.csv"))
    print(f"bench_load: levels {levels}, {args.rounds} round(s), pages {[p for p, _ in PAGES]}; "
          f"{load_average()} at start", flush=True)
    results = {}
    for setup in args.setups.split(","):
        replicas, nginx = {"one": (1, False), "two": (2, True)}[setup]
        with Cluster(replicas, free_port() if not nginx else free_port(), nginx=nginx, env=env, quiet=True) as cluster:
            results[setup] = asyncio.run(run_setup(setup, cluster, levels, args.rounds, args.page_timeout,
                                                   args.rounds_below))
        print(f"  ({load_average()} after {setup})", flush=True)
    print("\nsummary (page loads over all rounds; memory after each round):")
    for setup, summary in results.items():
        for sessions, (p50, p95, errors, memory, cpu) in summary.items():
            spread = (max(memory) - min(memory)) / min(memory) * 100 if memory and min(memory) else float("nan")
            print(f"  {setup:>3} {sessions:>3} sessions: p50 {p50:6.2f} s  p95 {p95:6.2f} s  errors {errors:>3}  "
                  f"server CPU {cpu:5.2f} s/reader  memory {' '.join(f'{m:.0f}' for m in memory)} MB "
                  f"(spread {spread:.0f} %)")
    print(f"{load_average()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
