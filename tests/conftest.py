"""Shared pytest fixtures (the browser tests add their own in tests/browser/conftest.py)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _RoutesHandler(BaseHTTPRequestHandler):
    server: "_RoutesServer"

    def do_GET(self):  # noqa: N802 (http.server API)
        self.server.requests.append(self.path)
        path = self.path if self.path in self.server.routes else self.path.split("?", 1)[0]
        status, body = self.server.routes.get(path, (404, b"not found"))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _RoutesServer(ThreadingHTTPServer):
    routes: dict[str, tuple[int, bytes]]
    requests: list[str]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def local_http():
    """A local HTTP server: fill `server.routes[path] = (status, body)`; `server.requests` logs
    the paths asked (with their query); `server.base` is its URL. Never the internet."""
    httpd = _RoutesServer(("127.0.0.1", 0), _RoutesHandler)
    httpd.routes, httpd.requests = {}, []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
