"""An address with more than 1 000 query fields (Streamlit 1.67 empties such a query string on the
server before the script runs, streamlit/runtime/state/query_params.py sanitize_query_string):
served directly the page opens as without parameters; through the nginx of `make serve`
(deploy/nginx.conf) the address is sent back holding only the pages' own parameters
(dashboard.domain.filters.URL_PARAMS), and /site opens the site it names, in the language asked."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests import devserver
from tests.devserver import main_text
from tests.fixtures import assert_page_clean

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import serve  # noqa: E402

HAS_NGINX = bool(shutil.which("nginx") or Path("/usr/sbin/nginx").exists())
JUNK = "&".join(f"utm{i}=x" for i in range(1000))  # 1 000 fields the pages do not read
LONG = f"/site?{JUNK}&id=escaudain-dc&lang=en&id=other"  # the id after them; a second id dropped
CLEAN = "/site?lang=en&id=escaudain-dc"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def nginx_front(app_server):
    """nginx (deploy/nginx.conf as `make serve` fills it, in its kind of run folder) in front of the
    tests' app server."""
    if not HAS_NGINX:
        pytest.skip("nginx not installed (scripts/ensure-nginx.sh)")
    port, upstream = devserver.free_port(), int(app_server.url.rsplit(":", 1)[1])
    run_dir = serve.run_folder()
    conf = run_dir / "nginx.conf"
    conf.write_text(serve.nginx_config(f"127.0.0.1:{port}", [upstream], run_dir), encoding="utf-8")
    process = subprocess.Popen([serve.nginx_binary(), "-e", "stderr", "-p", str(run_dir), "-c", str(conf)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        serve.wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", process, timeout=30)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=15)
        shutil.rmtree(run_dir, ignore_errors=True)


def test_nginx_sends_an_over_long_address_back_with_the_page_s_own_parameters(nginx_front):
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as answer:
        opener.open(nginx_front + LONG, timeout=30)
    assert answer.value.code == 302 and answer.value.headers["Location"] == CLEAN
    # Up to 1 000 fields Streamlit reads the address itself: passed on as it is.
    short = f"/site?{'&'.join(f'utm{i}=x' for i in range(998))}&id=escaudain-dc"
    with opener.open(nginx_front + short, timeout=30) as response:
        assert response.status == 200
    # Percent-encoded values stay as written.
    encoded = f"/map?{JUNK}&dep=59%2C62&type=data_center&lang=en"
    with pytest.raises(urllib.error.HTTPError) as answer:
        opener.open(nginx_front + encoded, timeout=30)
    assert answer.value.headers["Location"] == "/map?lang=en&type=data_center&dep=59%2C62"


def test_the_site_opens_through_nginx_and_is_lost_without_it(page, app_server, nginx_front):
    page.goto(nginx_front + LONG)
    devserver.wait_for_app(page)
    page.wait_for_function("() => { const h = document.querySelector('h1'); return h && h.innerText.includes('Escaudain'); }",
                           timeout=60_000)
    assert page.url == nginx_front + CLEAN and "Identity" in main_text(page)
    devserver.wait_for_charts(page, 1)  # the plotly bundle (a large static file) came through nginx too
    assert_page_clean(page)
    # Served directly (`make run`), Streamlit drops the whole query string: no id, French.
    page.goto(app_server.url + LONG)
    devserver.wait_for_app(page)
    page.wait_for_function("() => document.querySelector('[data-testid=\"stMain\"]').innerText"
                           ".includes('Aucun site demandé')")  # the page's answer, not a pause
    text = main_text(page)
    assert "Escaudain" not in page.locator("h1").first.inner_text() and "Aucun site demandé" in text
