"""Entry point: `streamlit run dashboard/server.py` (what `make run` and `make serve` start).

It serves the app's script, dashboard/app.py, as Streamlit serves any script (st.App: the same
server, settings and pages), and answers each page's own address itself (`/map`, `/siting`, …).

Why: Streamlit's frontend does not know where its server's root is. Opened at `/siting`, it first
asks `/siting/_stcore/health`, gets a 404, waits, then asks `/_stcore/health` and connects: about
0.1 s lost on every page but the first, before anything is drawn (benchmarks/bench_pages.py: a
bare page opened at a sub-path is slower by that much). The page's HTML here is Streamlit's own,
with the root named in it (`window.__streamlit.BACKEND_BASE_URL`, the setting Streamlit reads for
that), so the frontend connects at once. Nothing else changes: `/` is Streamlit's, a query string
stays the browser's, and `streamlit run dashboard/app.py` still works (with the wait).
"""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run` puts dashboard/ on the path, not the repository that holds the package.
if str(Path(__file__).resolve().parent.parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import HTMLResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402
from streamlit import config as st_config  # noqa: E402

from dashboard.ui.pages import PAGES  # noqa: E402

APP_SCRIPT = Path(__file__).resolve().parent / "app.py"
STREAMLIT_INDEX = Path(st.__file__).resolve().parent / "static" / "index.html"
# Runs before Streamlit's module scripts (they are deferred), which read it once.
_ROOT_SCRIPT = "<script>window.__streamlit = {BACKEND_BASE_URL: window.location.origin + %s};</script>"


def base_path() -> str:
    """The app's path prefix behind a proxy (`server.baseUrlPath`), as `/prefix/`, or `/`."""
    prefix = (st_config.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{prefix}/" if prefix else "/"


def page_paths(base: str) -> list[str]:
    """The address of every page but the first (served at the root, where nothing is probed)."""
    return [f"{base}{key}" for key, _ in PAGES[1:]]


def page_html(index_html: str, base: str) -> str:
    """Streamlit's index.html with the server's root named first thing in its head."""
    if "<head>" not in index_html:
        raise ValueError(f"{STREAMLIT_INDEX}: no <head> to name the server's root in")
    quoted = '"' + base.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return index_html.replace("<head>", "<head>\n    " + _ROOT_SCRIPT % quoted, 1)


_BASE = base_path()
_PAGE_HTML = page_html(STREAMLIT_INDEX.read_text(encoding="utf-8"), _BASE)


async def _page(request: Request) -> HTMLResponse:
    # No cache, as Streamlit serves its index.html: a new release's bundle names change.
    return HTMLResponse(_PAGE_HTML, headers={"Cache-Control": "no-cache"})


app = st.App(str(APP_SCRIPT), routes=[Route(path, _page, methods=["GET", "HEAD"]) for path in page_paths(_BASE)])
