"""Serve the app to more readers than one process holds: REPLICAS `streamlit run` processes behind
nginx, the way Streamlit deployments scale (`make serve REPLICAS=2`).

    python scripts/serve.py [--replicas 2] [--host 127.0.0.1] [--port 8501]

nginx listens on HOST:PORT; replica i on 127.0.0.1:PORT+1+i (loopback only). The config is
deploy/nginx.conf, filled in a temporary run folder: websocket upgrade, sticky sessions by cookie.
The replicas share nothing but read-only files (the seeds, the open-data cache). Ctrl-C (or
SIGTERM) stops nginx and every replica it started. benchmarks/bench_load.py uses `Cluster`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
APP = REPO_ROOT / "dashboard" / "server.py"  # the entry point (it serves dashboard/app.py)
NGINX_TEMPLATE = REPO_ROOT / "deploy" / "nginx.conf"
STARTUP_TIMEOUT_S = 90
if str(REPO_ROOT) not in sys.path:  # the app's own list of query parameters, run from any folder
    sys.path.insert(0, str(REPO_ROOT))


def streamlit_command(port: int, address: str = "127.0.0.1") -> list[str]:
    """`streamlit run` of the app on one port (the other settings: .streamlit/config.toml)."""
    return [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", address,
            "--server.port", str(port), "--server.headless", "true"]


def nginx_config(listen: str, ports: list[int], run_dir: Path) -> str:
    """deploy/nginx.conf filled: nginx on `listen` ("127.0.0.1:8501"), one upstream per port, the
    pages' query parameters and Streamlit's limit on a query string's fields."""
    from streamlit.runtime.state.query_params import CLIENT_STATE_QUERY_STRING_MAX_FIELDS

    from dashboard.domain.filters import URL_PARAMS

    servers = "\n".join(f"        server 127.0.0.1:{port};" for port in ports)
    # One variable per parameter: "&name=<its first value, as written>", empty when absent.
    maps = "\n".join(f'    map $arg_{name} $hdf_arg_{name} {{ "" ""; default "&{name}=$arg_{name}"; }}'
                     for name in URL_PARAMS)
    variables = "".join(f"$hdf_arg_{name}" for name in URL_PARAMS)
    return (NGINX_TEMPLATE.read_text(encoding="utf-8").replace("@RUN_DIR@", str(run_dir))
            .replace("@LISTEN@", listen).replace("@SERVERS@", servers).replace("@URL_PARAM_MAPS@", maps)
            .replace("@URL_PARAM_VARS@", variables).replace("@MAX_FIELDS@", str(CLIENT_STATE_QUERY_STRING_MAX_FIELDS)))


def run_folder() -> Path:
    """A new folder for nginx's config, logs and temporary files. Started as root, nginx's workers
    run as another user: they must be able to enter it to reach the temporary folders nginx makes
    for them there, or every response larger than its memory buffers (Streamlit's plotly bundle) and
    every large upload fails with "Permission denied"."""
    folder = Path(tempfile.mkdtemp(prefix="hdf-serve-"))
    folder.chmod(0o711)
    return folder


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not found:
        raise SystemExit("nginx is missing: run scripts/ensure-nginx.sh (or `make serve`, which does)")
    return found


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = STARTUP_TIMEOUT_S) -> None:
    """Wait until `url` answers 200 (Streamlit's /_stcore/health); fail if the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{process.args[0]} exited with {process.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {timeout:.0f} s")


class Cluster:
    """`replicas` Streamlit processes, behind nginx when `nginx` (else the one process serves
    directly on `port`). A context manager: every process is stopped on exit."""

    def __init__(self, replicas: int = 2, port: int = 8501, host: str = "127.0.0.1", nginx: bool = True,
                 env: dict[str, str] | None = None, quiet: bool = False):
        self.replicas, self.port, self.host, self.nginx = replicas, port, host, nginx
        self.env = {**os.environ, **(env or {})}
        self.quiet = quiet
        self.processes: list[subprocess.Popen] = []
        self.replica_processes: list[subprocess.Popen] = []
        self.run_dir = run_folder()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _spawn(self, command: list[str]) -> subprocess.Popen:
        output = subprocess.DEVNULL if self.quiet else None
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=self.env, stdout=output, stderr=output)
        self.processes.append(process)
        return process

    def start(self) -> "Cluster":
        if not self.nginx:
            process = self._spawn(streamlit_command(self.port, self.host))
            self.replica_processes.append(process)
            wait_healthy(f"{self.url}/_stcore/health", process)
            return self
        ports = [self.port + 1 + i for i in range(self.replicas)]
        for port in ports:
            self.replica_processes.append(self._spawn(streamlit_command(port)))
        for port, process in zip(ports, self.replica_processes):
            wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", process)
        conf = self.run_dir / "nginx.conf"
        conf.write_text(nginx_config(f"{self.host}:{self.port}", ports, self.run_dir), encoding="utf-8")
        nginx = self._spawn([nginx_binary(), "-e", "stderr", "-p", str(self.run_dir), "-c", str(conf)])
        wait_healthy(f"{self.url}/_stcore/health", nginx)
        return self

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.run_dir, ignore_errors=True)

    def __enter__(self) -> "Cluster":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--replicas", type=int, default=2, help="Streamlit processes (default 2)")
    parser.add_argument("--host", default="127.0.0.1", help="address nginx listens on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8501, help="port nginx listens on (default 8501)")
    args = parser.parse_args(argv)
    if args.replicas < 1:
        parser.error("--replicas must be at least 1")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # a stop from make or systemd: clean exit
    with Cluster(args.replicas, args.port, args.host) as cluster:
        print(f"Serving {cluster.url} with {args.replicas} Streamlit replica(s) behind nginx "
              f"(ports {args.port + 1}-{args.port + args.replicas}); Ctrl-C stops them all.", flush=True)
        try:
            while all(process.poll() is None for process in cluster.processes):
                time.sleep(1)
        except KeyboardInterrupt:
            return 0
    return 1  # one of them stopped on its own


if __name__ == "__main__":
    sys.exit(main())
