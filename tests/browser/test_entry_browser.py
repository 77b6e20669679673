"""The entry point as a reader meets it (dashboard/server.py): a page opened by its own address
connects at once — no probe of `/<page>/_stcore/…` first — and is that page, with its query string."""

from __future__ import annotations

from tests import devserver


def test_a_page_opened_by_its_address_connects_without_probing_it(page, app_server):
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(app_server.url + "/siting?lang=en")
    devserver.wait_for_app(page)
    page.wait_for_selector("h1")
    assert "Siting" in page.locator("h1").first.inner_text()  # the page of the address, in its URL's language
    probes = [url for url in asked if "/siting/_stcore/" in url]
    assert probes == [], probes
    assert any(url.endswith("/_stcore/health") for url in asked)  # connected at the root
    assert page.url.endswith("/siting?lang=en")
