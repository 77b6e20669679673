"""The news watch against a local news site serving real feed formats (RSS 2.0 and Atom) with real
feeds' quirks: relative links, HTML in descriptions, missing dates, the same article twice, a
syndicated copy, a redirect, a 404, a page that never answers, a huge page, robots.txt, a page a
seed already cites, a feed that is not a feed. Never the internet."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pandas as pd
import pytest

from dashboard.data import intake_seed, newswatch, webfetch
from dashboard.data.seeds import load_seeds
from dashboard.domain.intake import extract_facts
from tests.fixtures import NewsHandler, atom_feed, local_http_server, news_page, rss_feed, sample_dataset

BETHUNE = [
    "Le néocloud Azur va installer un data center de 240 MW sur la friche de Béthune, a annoncé l'entreprise.",
    "La mise en service du site de Béthune est prévue début 2027, avec une trentaine d'emplois à la clé.",
]
DUNKERQUE_EN = [
    "Nordic said on Tuesday it will build a 1 GW AI data centre campus at Dunkerque, on port land.",
    "The Dunkerque campus is expected to create about 400 permanent jobs once operational.",
]
DOUAI = ["La gigafactory de Douai emploiera 1 200 salariés, a indiqué la direction jeudi."]


@pytest.fixture
def news_site():
    with local_http_server(NewsHandler) as httpd:
        httpd.slow = {"/articles/slow.html"}
        base = httpd.base
        httpd.routes = {
            "/robots.txt": (200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}),
            "/rss.xml": (200, rss_feed([
                {"title": "Béthune : un data center de 240 MW", "link": "/articles/bethune.html",
                 "description": "<p>Le <b>néocloud</b> Azur s'installe à <a href='/b'>Béthune</a>.</p>",
                 "date": "Tue, 01 Dec 2026 07:30:00 +0100"},
                {"title": "Béthune : un data center de 240 MW (bis)", "link": "/articles/bethune.html?utm_source=rss",
                 "date": "Tue, 01 Dec 2026 07:30:00 +0100"},  # the same article again, with a tracking tag
                {"title": "Douai : 1 200 salariés", "link": "/go/douai"},  # no date; a redirect
                {"title": "Un article retiré", "link": "/articles/removed.html"},  # 404
                {"title": "Un serveur lent", "link": "/articles/slow.html"},
                {"title": "Une page énorme", "link": "/articles/huge.html"},
                {"title": "Réservé", "link": "/private/secret.html"},  # robots.txt disallows it
                {"title": "Déjà dans les seeds", "link": f"{base}/articles/cited.html"},
                {"title": "Rien à voir", "link": "/articles/weather.html"},
            ]), {"Content-Type": "application/rss+xml; charset=utf-8"}),
            "/atom.xml": (200, atom_feed([
                {"title": "Nordic plans 1 GW campus in Dunkerque", "link": "articles/dunkerque-en.html"},
                {"title": "Syndicated: Béthune data centre", "link": f"{base}/partner/bethune-copy.html"},
            ], base=f"{base}/"), {"Content-Type": "application/atom+xml"}),
            "/not-a-feed.xml": (200, b"<html><body>Maintenance</body></html>", {}),
            "/articles/bethune.html": (200, news_page("Béthune : un data center de 240 MW", BETHUNE, "2026-12-01",
                                                      canonical=f"{base}/articles/bethune.html"), {}),
            "/partner/bethune-copy.html": (200, news_page("Béthune : un data center de 240 MW", BETHUNE, "2026-12-01",
                                                          site="Partner News", chrome="Partner"), {}),
            "/go/douai": (301, b"", {"Location": "/articles/douai.html"}),
            "/articles/douai.html": (200, news_page("Douai : 1 200 salariés", DOUAI), {}),
            "/articles/dunkerque-en.html": (200, news_page("Nordic plans 1 GW campus in Dunkerque", DUNKERQUE_EN,
                                                           "2026-11-30", site="Trade Press", lang="en"), {}),
            "/articles/slow.html": (200, news_page("Slow", BETHUNE), {}),
            "/articles/huge.html": (200, b"<html><body><p>" + b"x" * 1_500_000 + b"</p></body></html>", {}),
            "/private/secret.html": (200, news_page("Secret", DOUAI), {}),
            "/articles/cited.html": (200, news_page("Cited", DUNKERQUE_EN), {}),
            "/articles/weather.html": (200, news_page("Météo", ["Il fera beau demain sur la côte d'Opale."]), {}),
        }
        yield httpd


@pytest.fixture
def no_slow_page(news_site):
    """The news site's slow page answers at once: its time-out (about 2 s a run, retries included)
    is the first test's point, not the others'."""
    news_site.slow = set()


@pytest.fixture
def dataset(news_site):
    """The test region, its seeds citing one of the site's pages."""
    data = sample_dataset()
    cited = pd.DataFrame([{"source_id": "already-cited", "url": f"{news_site.base}/articles/cited.html"}])
    return dataclasses.replace(data, sources=pd.concat([data.sources, cited], ignore_index=True))


@pytest.fixture
def fetcher(monkeypatch):
    monkeypatch.setattr(newswatch, "MAX_PAGE_BYTES", 1_000_000)
    monkeypatch.setenv("HDF_CONTACT", "watch-test@example.org")
    return lambda: webfetch.Fetcher(timeout=0.5, deadline=3.0)


def feeds(site) -> list[newswatch.Feed]:
    return [newswatch.Feed(f"{site.base}/rss.xml", lang="fr"), newswatch.Feed(f"{site.base}/atom.xml"),
            newswatch.Feed(f"{site.base}/not-a-feed.xml"), newswatch.Feed(f"{site.base}/missing.xml")]


def test_each_new_article_is_queued_once_and_every_broken_feed_or_page_is_said(news_site, dataset, fetcher, tmp_path):
    report = newswatch.run(feeds(news_site), tmp_path, dataset, fetcher())
    articles = newswatch.queued(tmp_path)
    assert sorted(a.title for a in articles) == [
        "Béthune : un data center de 240 MW", "Douai : 1 200 salariés", "Nordic plans 1 GW campus in Dunkerque"]
    assert report.feeds_read == 2 and len(report.added) == 3
    assert report.duplicates == 2  # the tracking-tagged link, the syndicated copy
    assert report.cited == 1 and report.without_figures == 1
    said = "\n".join(report.messages)
    for expected in ("removed.html: HTTP 404", "slow.html: no answer within", "huge.html: too big",
                     "secret.html: robots.txt disallows it", "not-a-feed.xml: not an RSS or Atom feed",
                     "missing.xml: HTTP 404"):
        assert expected in said, expected
    bethune = next(a for a in articles if a.title.startswith("Béthune"))
    assert (bethune.published, bethune.publisher, bethune.lang, bethune.status) == (
        "2026-12-01", "La Gazette Nord-Pas de Calais", "fr", newswatch.PENDING)
    assert bethune.url == f"{news_site.base}/articles/bethune.html"
    assert bethune.copies == [f"{news_site.base}/partner/bethune-copy.html"]  # the syndicated copy, remembered
    assert "Encore des promesses" not in bethune.text and "240 MW" in bethune.text
    douai = next(a for a in articles if a.title.startswith("Douai"))
    assert douai.url.endswith("/articles/douai.html") and douai.published == ""  # redirect followed; no date
    english = next(a for a in articles if a.title.startswith("Nordic"))
    assert english.lang == "en" and english.published == "2026-11-30"  # relative href resolved by xml:base
    assert all(agent == newswatch.config.user_agent() and "watch-test@example.org" in agent
               for _, agent in news_site.requests)


def test_a_rerun_adds_nothing_and_a_syndicated_copy_found_later_is_a_duplicate(news_site, no_slow_page, dataset, fetcher, tmp_path):
    newswatch.run(feeds(news_site), tmp_path, dataset, fetcher())
    first = {p.name: p.read_bytes() for p in (tmp_path / "articles").iterdir()}
    asked = len(news_site.requests)
    again = newswatch.run(feeds(news_site), tmp_path, dataset, fetcher())
    assert again.added == [], [a.title for a in newswatch.queued(tmp_path)]
    assert {p.name: p.read_bytes() for p in (tmp_path / "articles").iterdir()} == first
    pages_asked = [p for p, _ in news_site.requests[asked:] if p.startswith(("/articles/bethune", "/articles/douai",
                                                                             "/articles/removed", "/articles/huge"))]
    assert pages_asked == []  # seen, 404 and oversized pages are not fetched again
    news_site.routes["/atom.xml"] = (200, atom_feed([{"title": "Copy", "link": f"{news_site.base}/mirror/b.html"}]), {})
    news_site.routes["/mirror/b.html"] = (200, news_page("Béthune, repris", BETHUNE, site="Mirror", chrome="Mirror"), {})
    later = newswatch.run(feeds(news_site), tmp_path, dataset, fetcher())
    assert later.added == [] and later.duplicates >= 1  # the same text at a new address


def test_without_network_the_run_says_so_and_changes_nothing(tmp_path, dataset, fetcher):
    (tmp_path / "state.json").write_text('{"urls": {}, "fingerprints": {}, "last_run": {"at": "2026-12-01T06:00:00+00:00"}}')
    before = (tmp_path / "state.json").read_bytes()
    report = newswatch.run([newswatch.Feed("http://127.0.0.1:9/rss.xml")], tmp_path, dataset, fetcher())
    assert not report.network and report.messages[0].startswith("no network")
    assert (tmp_path / "state.json").read_bytes() == before and not (tmp_path / "articles").exists()


def test_the_queue_lists_newest_first_and_records_decisions(news_site, no_slow_page, dataset, fetcher, tmp_path):
    newswatch.run(feeds(news_site), tmp_path, dataset, fetcher())
    dates = [a.published or a.fetched[:10] for a in newswatch.queued(tmp_path)]
    assert dates == sorted(dates, reverse=True)
    first = newswatch.pending(tmp_path)[0]
    newswatch.decide(first.id, newswatch.DISMISSED, tmp_path, reason="hors région")
    assert [a.reason for a in newswatch.queued(tmp_path) if a.id == first.id] == ["hors région"]
    assert first.id not in {a.id for a in newswatch.pending(tmp_path)}
    with pytest.raises(ValueError):
        newswatch.decide(first.id, "maybe", tmp_path)
    (tmp_path / "articles" / "broken.json").write_text("{not json")  # a damaged file is skipped, the rest kept
    assert len(newswatch.queued(tmp_path)) == 3
    assert newswatch.last_run(tmp_path)["added"] == 3


def test_an_accepted_article_writes_a_seed_the_build_reads(news_site, no_slow_page, dataset, fetcher, tmp_path, monkeypatch):
    queue = tmp_path / "queue"
    newswatch.run(feeds(news_site), queue, dataset, fetcher())
    article = next(a for a in newswatch.pending(queue) if a.title.startswith("Béthune"))
    seeds = tmp_path / "seeds"
    shutil.copytree(newswatch.config.DEFAULT_SEEDS_DIR, seeds)
    shipped = intake_seed.shipped_dataset(seeds)
    source = newswatch.source_of(article)
    candidates = extract_facts(article.text, lang=article.lang, published=intake_seed.published_date(source.published),
                               dataset=shipped)
    draft = intake_seed.make_seed(source, intake_seed.rows_from_candidates(candidates, source.published), seeds)
    assert draft.valid, draft.problems
    monkeypatch.setenv("HDF_INTAKE_WRITABLE_SEEDS", "1")
    path = intake_seed.save_seed(draft, seeds)
    newswatch.decide(article.id, newswatch.ACCEPTED, queue, seed_file=path.name)
    loaded = load_seeds(seeds)
    urls = {str(s.get("url")) for s in loaded.sources} if hasattr(loaded, "sources") else set()
    assert article.url in urls or article.url in path.read_text(encoding="utf-8")
    assert [a.seed_file for a in newswatch.queued(queue) if a.id == article.id] == [path.name]


def test_the_kept_feed_list_reads_and_a_bad_one_is_refused(tmp_path):
    assert all(f.url.startswith("https://") for f in newswatch.load_feeds())
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - name: no address\n")
    with pytest.raises(ValueError, match="feed 1 has no http"):
        newswatch.load_feeds(bad)


def test_urls_are_compared_without_tracking_tags_fragments_or_case():
    assert newswatch.normalized_url("HTTPS://Example.org/a/?utm_source=x&id=3#top") == "https://example.org/a?id=3"
    assert newswatch.fingerprint("Béthune : 240 MW !") == newswatch.fingerprint("bethune 240   mw")
    assert json.dumps(newswatch.RunReport().__dict__)  # a report is plain data
