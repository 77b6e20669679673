"""`python -m dashboard.watch run|list` (dashboard.data.watch_cli): exit codes (0 done, 1 could not work, 2 usage), messages on
stderr, the queue on stdout; against the local news site of tests/data/test_newswatch.py."""

from __future__ import annotations

import json

import pytest

from dashboard.data import newswatch, webfetch
from dashboard.data.watch_cli import main
from tests.data.test_newswatch import news_site  # noqa: F401  (fixture)
from tests.fixtures import queue_article


def test_run_then_list_as_json(news_site, tmp_path, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setattr(newswatch, "MAX_PAGE_BYTES", 1_000_000)
    monkeypatch.setattr(webfetch, "TIMEOUT_S", 0.5)
    code = main(["run", "--feed", f"{news_site.base}/rss.xml", "--feed", f"{news_site.base}/atom.xml",
                 "--queue", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0 and "2/2 feed(s) read" in err and "removed.html: HTTP 404" in err
    assert main(["list", "--queue", str(tmp_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {row["title"] for row in listed} >= {"Béthune : un data center de 240 MW"}
    assert all("text" not in row and row["status"] == "pending" for row in listed)
    assert main(["list", "--queue", str(tmp_path)]) == 0
    assert "Béthune : un data center de 240 MW" in capsys.readouterr().out


def test_no_network_exits_1_and_says_so(tmp_path, capsys):
    assert main(["run", "--feed", "http://127.0.0.1:9/rss.xml", "--queue", str(tmp_path)]) == 1
    assert "no network" in capsys.readouterr().err and not any(tmp_path.iterdir())


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["run", "--feed", "ftp://example.org/feed", "--queue", str(tmp_path)])
    assert exited.value.code == 2 and "--feed must be an http(s) URL" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["fly"])
    assert exited.value.code == 2


def test_an_empty_queue_lists_nothing(tmp_path, capsys):
    assert main(["list", "--queue", str(tmp_path / "none")]) == 0
    assert "is empty" in capsys.readouterr().err


def test_list_says_an_article_accepted_by_download_was_not_saved(tmp_path, capsys):
    queue_article(tmp_path, "kept", "Béthune : Azur Datacenter agrandit son projet", "2026-12-05")
    queue_article(tmp_path, "waiting", "Béthune : le projet grandit", "2026-11-20")
    newswatch.decide("kept", newswatch.ACCEPTED, tmp_path, reason=newswatch.NOT_SAVED, seed_file="277_x.yaml")
    assert main(["list", "--queue", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("accepted — seed downloaded, not saved 2026-12-05")
    assert lines[1].startswith("pending   2026-11-20")
