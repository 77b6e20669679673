"""scripts/serve.py (`make serve REPLICAS=2`): the nginx config it writes, and two Streamlit
replicas served through nginx to a reader speaking Streamlit's websocket protocol
(benchmarks/bench_load.py's client), loopback only."""

from __future__ import annotations

import asyncio
import re
import concurrent.futures
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import serve  # noqa: E402

HAS_NGINX = bool(shutil.which("nginx") or Path("/usr/sbin/nginx").exists())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_config_upgrades_websockets_and_keeps_a_reader_on_one_replica(tmp_path):
    text = serve.nginx_config("127.0.0.1:8600", [8601, 8602], tmp_path)
    assert not re.findall(r"@[A-Z_]+@", text)  # every field filled
    assert "listen 127.0.0.1:8600;" in text
    assert "server 127.0.0.1:8601;" in text and "server 127.0.0.1:8602;" in text
    assert "proxy_set_header Upgrade $http_upgrade;" in text and "proxy_http_version 1.1;" in text
    assert "hash $hdf_route consistent;" in text and "hdf_route=$hdf_route" in text
    assert f"pid {tmp_path}/nginx.pid;" in text
    # An address over Streamlit's 1 000 fields is sent back with the pages' own parameters only.
    assert 'if ($args ~ "^(?:[^&]*&){1000}")' in text and 'return 302 "$hdf_path?$hdf_known_args";' in text
    assert 'map $arg_id $hdf_arg_id { "" ""; default "&id=$arg_id"; }' in text
    if HAS_NGINX:  # nginx itself accepts it
        (tmp_path / "nginx.conf").write_text(text, encoding="utf-8")
        check = subprocess.run([serve.nginx_binary(), "-t", "-e", "stderr", "-p", str(tmp_path), "-c",
                                str(tmp_path / "nginx.conf")], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


@pytest.mark.skipif(not HAS_NGINX, reason="nginx not installed (scripts/ensure-nginx.sh)")
def test_two_replicas_behind_nginx_serve_the_pages_over_the_websocket(monkeypatch, tmp_path):
    import bench_load

    port = free_port()
    with serve.Cluster(2, port, env={"HDF_OPENDATA_DIR": str(tmp_path)}, quiet=True) as cluster:
        assert len(cluster.replica_processes) == 2
        with urllib.request.urlopen(cluster.url + "/", timeout=30) as response:
            cookie = response.headers.get("Set-Cookie", "")
        assert cookie.startswith("hdf_route=") and "HttpOnly" in cookie
        # In a thread of its own: on a pytest-xdist worker that also ran the Playwright tests, this
        # thread may already have an event loop running.
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            loads = pool.submit(asyncio.run, bench_load.reader(cluster.url, timeout=120)).result()
        assert [load.page for load in loads] == ["/", "/map", "/siting"]
        assert [load.error for load in loads] == ["", "", ""]
        assert all(load.received > 1000 for load in loads)  # each page's elements came back
        processes = list(cluster.processes)
    assert all(process.poll() is not None for process in processes)  # nothing left running
