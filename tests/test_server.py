"""dashboard/server.py, the entry point: each page's own address answered with Streamlit's page
naming the server's root, so the frontend connects at once (the browser side: tests/browser/
test_entry_browser.py)."""

from __future__ import annotations

import pytest
from streamlit import config as st_config

from dashboard import server
from dashboard.ui.pages import PAGES


def test_every_page_but_the_first_has_its_address_answered():
    keys = [key for key, _ in PAGES]
    assert server.page_paths("/") == [f"/{key}" for key in keys[1:]]
    assert "/" not in server.page_paths("/")  # `/` stays Streamlit's: nothing is probed there
    assert server.page_paths("/hdf/") == [f"/hdf/{key}" for key in keys[1:]]


def test_the_page_names_the_server_root_before_streamlit_scripts():
    index = server.STREAMLIT_INDEX.read_text(encoding="utf-8")
    html = server.page_html(index, "/")
    root = html.index("window.__streamlit = {BACKEND_BASE_URL: window.location.origin + \"/\"}")
    assert root < html.index('<script type="module"')  # set before Streamlit's bundle reads it
    assert html.replace(html[html.index("\n    <script>window.__streamlit"):html.index("</script>", root) + 9], "") == index


def test_a_base_path_is_named_with_its_prefix(monkeypatch):
    values = {"server.baseUrlPath": "/hdf/"}
    monkeypatch.setattr(st_config, "get_option", lambda name: values[name])
    assert server.base_path() == "/hdf/"
    values["server.baseUrlPath"] = ""
    assert server.base_path() == "/"
    html = server.page_html("<html><head></head></html>", '/a"b/')
    assert 'window.location.origin + "/a\\"b/"' in html  # quoted as a JavaScript string


def test_an_index_without_head_is_refused_by_name():
    with pytest.raises(ValueError, match="no <head>"):
        server.page_html("<html></html>", "/")


def test_the_app_serves_the_app_script_with_the_page_routes():
    assert server.APP_SCRIPT.name == "app.py" and server.APP_SCRIPT.is_file()
    assert [route.path for route in server.app._user_routes] == server.page_paths("/")
