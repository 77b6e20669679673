"""Polite, bounded HTTP for the news watch: the project's User-Agent (naming `HDF_CONTACT`),
robots.txt honoured per host, a size cap and a deadline on every response, retries on 429, 5xx
and dropped connections. Failures are `FetchError`s whose `kind` says what went wrong (network,
timeout, too_big, http, robots), so a caller can tell "no network at all" from "a broken page".
"""

from __future__ import annotations

import time
import urllib.parse
import urllib.robotparser

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from dashboard import config

MAX_ROBOTS_BYTES = 200_000
TIMEOUT_S = 10.0  # per read
DEADLINE_S = 30.0  # per response
RETRIES = 2


class FetchError(Exception):
    """`kind`: network (no connection at all), timeout, too_big, http, robots."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class Fetcher:
    """GET with the project's User-Agent, retries, a size cap and a deadline; robots.txt honoured."""

    def __init__(self, timeout: float | None = None, deadline: float | None = None):
        self.timeout, self.deadline = timeout or TIMEOUT_S, deadline or DEADLINE_S
        self.session = requests.Session()
        retry = Retry(total=RETRIES, connect=RETRIES, read=RETRIES, status=RETRIES, backoff_factor=0.3,
                      status_forcelist=(429, 500, 502, 503, 504), allowed_methods=frozenset({"GET"}),
                      raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = config.user_agent()
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self.session.close()

    def get(self, url: str, max_bytes: int, check_robots: bool = True) -> tuple[str, bytes]:
        """(final URL after redirects, body) or FetchError."""
        if check_robots:
            self._allowed(url)
        started = time.monotonic()
        try:
            with self.session.get(url, timeout=self.timeout, stream=True) as response:
                if response.status_code >= 400:
                    raise FetchError("http", f"HTTP {response.status_code} {response.reason or ''}".strip())
                length = response.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > max_bytes:
                    raise FetchError("too_big", f"too big ({int(length):,} bytes; at most {max_bytes:,} are read)")
                chunks, size = [], 0
                for chunk in response.iter_content(65_536):
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError("too_big", f"too big (over {max_bytes:,} bytes; at most {max_bytes:,} are read)")
                    if time.monotonic() - started > self.deadline:
                        raise FetchError("timeout", f"still sending after {self.deadline:.0f} s")
                    chunks.append(chunk)
                return response.url, b"".join(chunks)
        except FetchError:
            raise
        except (requests.Timeout, requests.exceptions.ReadTimeout) as exc:
            raise FetchError("timeout", f"no answer within {self.timeout:g} s") from exc
        except requests.exceptions.RetryError as exc:
            raise FetchError("http", "the server kept failing (retried)") from exc
        except requests.ConnectionError as exc:
            if "timed out" in str(exc).lower() or "timeout" in str(exc).lower():  # read timeouts, retried
                raise FetchError("timeout", f"no answer within {self.timeout:g} s") from exc
            raise FetchError("network", f"cannot connect ({type(exc).__name__})") from exc
        except requests.RequestException as exc:
            raise FetchError("http", f"request failed ({type(exc).__name__})") from exc

    def _allowed(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self.robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                _, body = self.get(host + "/robots.txt", MAX_ROBOTS_BYTES, check_robots=False)
                parser.parse(body.decode("utf-8", errors="replace").splitlines())
            except FetchError as exc:
                if exc.kind == "http" and "HTTP 4" in str(exc):
                    parser.parse([])  # no robots.txt: everything allowed
                elif exc.kind == "network":
                    raise
                else:
                    parser = None  # unreadable robots.txt: leave the host for the next run
            self.robots[host] = parser
        parser = self.robots[host]
        if parser is None:
            raise FetchError("robots", "its robots.txt could not be read; left for the next run")
        if not parser.can_fetch(config.user_agent(), url):
            raise FetchError("robots", "robots.txt disallows it")
