"""The bad-input corpus in the served app (issue 13): the app on a seeds folder with hostile names
and an impossible unquoted date, and a substations cache whose first line is Markdown with an image.
Every page opens without an exception, and no link, image or bold text from data reaches the page
(the browser never asks 127.0.0.1:9 for anything)."""

from __future__ import annotations

import pytest

from tests import devserver
from tests.badinput import CASES, HOSTILE_NAMES, SeedIndex, case_env, write_case

PATHS = ("/", "/map", "/occupancy", "/investment", "/data", "/siting", "/?type=data_center&type=battery")

LEAKS_JS = """() => {
    const hrefs = [...document.querySelectorAll('a')].map(a => a.getAttribute('href') || a.getAttribute('xlink:href') || '');
    const images = [...document.querySelectorAll('img')].map(i => i.getAttribute('src') || '');
    const bold = [...document.querySelectorAll('b, strong')].map(b => b.textContent);
    return {
        links: hrefs.filter(h => h.includes('example.org/x') || h.includes('127.0.0.1:9/')),
        images: images.filter(s => s.includes('127.0.0.1:9/')),
        bold: bold.filter(t => t.includes('bold') || t.trim() === 'B' || t.includes('lnk')),
    };
}"""


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory, outlines_path):
    folder = tmp_path_factory.mktemp("corpus")
    index = SeedIndex.read(devserver.REPO_ROOT / "seeds")
    by_name = {case.name: case for case in CASES}
    write_case(by_name["hostile-names"], folder, index)
    entity = next(e for ids in index.entities_of.values() for e in ids if e != "hauts-de-france")
    (folder / "seeds" / "900_bad-as-of.yaml").write_text(
        "source:\n  id: corpus-bad-date\n  publisher: Corpus\n  title: T\n  url: https://www.example.org/d\n"
        "  published: 2025-02-30\n  language: fr\nfacts:\n"
        f"- entity: {entity}\n  attribute: power\n  value: 30 MW\n  as_of: 2026-13-45\n", encoding="utf-8")
    (folder / "opendata" / "postes-electriques-rte.csv").write_text(HOSTILE_NAMES[2] + "\n", encoding="utf-8")
    env = {**case_env(folder), "HDF_OPENDATA_OUTLINES": str(outlines_path), "HDF_OPENDATA_SUBSTATIONS": "",
           "HDF_OPENDATA_COMMUNES": ""}
    server = devserver.start(env=env, log_path=folder / "streamlit.log")
    yield server
    server.stop()


def test_every_page_on_the_corpus_has_no_error_and_no_markup_from_data(page, corpus_server, shoot):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for path in PATHS:
        page.goto(corpus_server.url + path)
        devserver.wait_for_app(page)
        devserver.wait_for_settled(page)  # charts drawn (at most the 1.5 s pause it replaces)
        text = devserver.main_text(page)
        assert devserver.exception_count(page) == 0, path
        assert "erreur inattendue" not in text and "Traceback" not in text, path
        leaks = page.evaluate(LEAKS_JS)
        assert leaks == {"links": [], "images": [], "bold": []}, (path, leaks)
        shoot(f"badinput{path.replace('/', '-').replace('?', '-') or '-overview'}")
    assert not [url for url in requests if "127.0.0.1:9/" in url], "the browser fetched something from data"
    # MapLibre reports "Map error." when it cannot reach its tile server (no network here): not ours.
    assert not [error for error in page.errors if error != "Map error."], page.errors
