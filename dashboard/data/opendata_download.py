"""The bytes of a publisher's file: HTTP(S) through `requests` with a urllib3 retry policy and the
project's User-Agent, or a local copy (file://); a failure is an OpenDataError naming the
dataset, the URL and the reason."""

from __future__ import annotations

import urllib.parse
import urllib.request
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from dashboard import config
from dashboard.data.opendata_checks import OpenDataError

DOWNLOAD_TIMEOUT_S = 60

# A server that fails (connection refused or reset, 429, 5xx) is asked again, RETRIES more times,
# after 0, 0.6, 1.2 ... s: a busy publisher's hiccup does not cost the reader a download.
RETRIES = 2
RETRY = Retry(total=RETRIES, connect=RETRIES, read=RETRIES, status=RETRIES, backoff_factor=0.3,
              status_forcelist=(429, 500, 502, 503, 504), allowed_methods=frozenset({"GET"}), raise_on_status=False)


def _session() -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=RETRY)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = config.user_agent()  # the project and HDF_CONTACT
    return session


def download(url: str, timeout: float, name: str) -> bytes:
    """The bytes at `url` (http(s) with the retry policy; file:// for a local copy)."""
    if url.startswith("file:"):
        try:
            return Path(urllib.request.url2pathname(urllib.parse.urlparse(url).path)).read_bytes()
        except OSError as exc:
            raise OpenDataError(f"{name}: download from {url} failed ({exc.strerror or exc})") from None
    try:
        with _session() as session:
            response = session.get(url, timeout=timeout)
            response.raise_for_status()
            return response.content
    except requests.RequestException as exc:
        reason = exc.response.reason if exc.response is not None else type(exc).__name__
        status = f"HTTP {exc.response.status_code} " if exc.response is not None else ""
        raise OpenDataError(f"{name}: download from {url} failed ({status}{reason})") from None
