"""The app's script: what `streamlit run dashboard/server.py` (the entry point, `make run`) serves.

Nine pages, each with its own URL path: `/` (overview), `/map`, `/occupancy`, `/investment`, `/puissance`,
`/data`, `/siting`, `/ajouter` (add facts from an article) and `/site?id=<site_id>` (one site's page,
reached by links). The menu's titles are in the reader's language (`lang` in the query string,
else the language kept in the session by the sidebar). What the app lists it loads at start-up:
a page file, a figure module (figures/registry.py) or a table of words (i18n/text) that is missing
or broken stops the start, by name (in the server's log; `showErrorDetails = "none"` keeps the
traceback from readers). An unexpected error in a page is logged on the server and shown to the
reader as a short message, never as a traceback.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

# Bootstrapping only (dashboard.config is not importable before this): `streamlit run` puts
# dashboard/ on the path, not the repository that holds the package.
if str(Path(__file__).resolve().parent.parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from dashboard.figures.registry import all_charts  # noqa: E402
from dashboard.ui.components.sidebar import current_lang  # noqa: E402
from dashboard.ui.heap import freeze_startup_heap  # noqa: E402
from dashboard.ui.pages import HIDDEN, PAGES  # noqa: E402
from dashboard.i18n import t  # noqa: E402

# The page scripts beside this one (a copy of the app with its own pages checks its own).
PAGES_DIR = Path(__file__).resolve().parent / "ui" / "pages"

log = logging.getLogger("dashboard.app")


def check_startup() -> None:
    """Every page file listed and every chart module is there and imports (each run: cheap once
    the modules are imported)."""
    missing = [str(PAGES_DIR / f"{key}.py") for key, _ in PAGES if not (PAGES_DIR / f"{key}.py").is_file()]
    if missing:
        raise FileNotFoundError(f"page file(s) listed in dashboard/ui/pages PAGES are missing: {', '.join(missing)}")
    all_charts()


def build_pages(lang: str) -> list:
    pages = []
    for key, icon in PAGES:
        path = PAGES_DIR / f"{key}.py"
        pages.append(st.Page(path, title=t(f"page_{key}", lang), icon=icon, url_path=key, default=not pages,
                             visibility="hidden" if key in HIDDEN else "visible"))
    return pages


def main() -> None:
    check_startup()
    st.set_page_config(page_title=t("app_title", current_lang()), page_icon=":material/dns:", layout="wide")
    lang = current_lang()
    page = st.navigation(build_pages(lang))
    try:
        page.run()
    except Exception:  # st.stop / st.rerun are BaseExceptions and pass through
        log.exception("page %s failed", page.url_path or "overview")
        st.error(t("app.error", lang), icon=":material/error:")
    finally:
        freeze_startup_heap()


main()
