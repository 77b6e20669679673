"""Screenshots of every page for the README: docs/screenshots/<page>.png (French) and
docs/screenshots/overview-en.png (English), 1400 px wide, full page.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--pages overview,map]

The app is served by `streamlit run dashboard/server.py` on a free port (tests/devserver.py) with this
process's environment, so HDF_OPENDATA_OUTLINES, HDF_OPENDATA_SUBSTATIONS, HDF_OPENDATA_DIR ... apply
(point them at local copies for screenshots; nothing here downloads anything). Chromium is Debian's
/usr/bin/chromium. When the map's online basemap cannot load (offline machine), the map is switched
to its offline background before the capture, and the script says so.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from tests import devserver  # noqa: E402

VIEWPORT = {"width": 1400, "height": 900}
# page -> (URL path, fewest charts it draws)
PAGES = {
    "overview": ("/", 1),
    "map": ("/map", 1),
    "occupancy": ("/occupancy", 1),
    "investment": ("/investment", 1),
    "puissance": ("/puissance", 1),
    "data": ("/data", 0),
    "siting": ("/siting", 1),
    "site": ("/site?id=ex-bridgestone-bethune", 1),
    "ajouter": ("/ajouter", 0),
}
ENGLISH = ("overview", "puissance")
OFFLINE_STYLE_WORDS = ("hors ligne", "offline")


def use_offline_basemap(page) -> bool:
    """Pick the offline background in a map's basemap control (a segmented control); True if found."""
    offline = re.compile("|".join(OFFLINE_STYLE_WORDS), re.I)
    choice = page.locator('[data-testid="stMain"] [data-testid="stButtonGroup"] button').filter(has_text=offline)
    if choice.count():
        choice.first.click()
        devserver.wait_for_app(page)
        return True
    return False


def capture(browser, server, name: str, path: str, charts: int, out: Path, lang: str) -> Path:
    context = browser.new_context(viewport=VIEWPORT, locale="fr-FR" if lang == "fr" else "en-GB")
    page = context.new_page()
    query = "?lang=en" if lang == "en" else ""
    page.goto(server.url + path + query)
    devserver.wait_for_app(page)
    if charts:
        try:
            devserver.wait_for_charts(page, charts, timeout_ms=20_000)
        except Exception:  # noqa: BLE001 — reported below, the capture still helps
            pass
    page.wait_for_timeout(1500)  # map tiles and fonts settle
    if devserver.blank_map_count(page) and use_offline_basemap(page):
        print(f"  {name}: the online basemap did not load (offline?): captured with the offline background")
        devserver.wait_for_charts(page, charts, timeout_ms=20_000)
        page.wait_for_timeout(1500)
    drawn = page.evaluate(devserver.DRAWN_CHARTS_JS)
    if drawn < charts:
        print(f"  warning: {name} drew {drawn} of {charts} chart(s)", file=sys.stderr)
    if devserver.exception_count(page):
        print(f"  warning: {name} shows an exception", file=sys.stderr)
    target = out / (f"{name}.png" if lang == "fr" else f"{name}-{lang}.png")
    devserver.full_page_screenshot(page, target, width=VIEWPORT["width"])
    context.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "screenshots")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page names")
    args = parser.parse_args(argv)
    wanted = [p.strip() for p in args.pages.split(",") if p.strip()]
    unknown = [p for p in wanted if p not in PAGES]
    if unknown:
        parser.error(f"unknown page(s): {', '.join(unknown)}; known: {', '.join(PAGES)}")

    if devserver.chromium_path() is None:
        print(f"error: Chromium not found at {devserver.CHROMIUM}", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with devserver.serve() as server, sync_playwright() as playwright:
        browser = devserver.launch_chromium(playwright)
        try:
            for name in wanted:
                path, charts = PAGES[name]
                for lang in ("fr", "en") if name in ENGLISH else ("fr",):
                    target = capture(browser, server, name, path, charts, args.out, lang)
                    print(f"wrote {target.relative_to(REPO_ROOT) if target.is_relative_to(REPO_ROOT) else target}")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
