"""The news watch: read the kept RSS/Atom feeds, fetch each new article's page politely, read it
(trafilatura), run the intake on it, and queue what it found for review, one JSON file per article
in the queue folder (`HDF_WATCH_QUEUE`, else data/watch/). Never writes into seeds/: accepting a
queued article writes its seed through the paste flow's own writer (`intake_seed`).

Polite and bounded: the project's User-Agent naming `HDF_CONTACT`; robots.txt honoured (a host
whose robots.txt cannot be read is left for the next run); every response capped in size
(`MAX_PAGE_BYTES`) and time (`TIMEOUT_S` per read, `DEADLINE_S` per response); a failing server
asked again `RETRIES` times (429, 5xx, connection reset).

Remembers what it has seen (`state.json`): every article URL (as linked, after redirects, and the
page's canonical address) and a fingerprint of its text, so a rerun or a syndicated copy adds
nothing twice; an article whose address a seed already cites is not queued (counted as cited).
A run with no network at all says so and changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import urllib.parse
from dataclasses import asdict, dataclass, field
from pathlib import Path

import feedparser
import yaml

from dashboard import config
from dashboard.data import intake_model
from dashboard.data.webfetch import FetchError, Fetcher
from dashboard.domain.intake import extract_facts
from dashboard.i18n.fold import fold
from dashboard.domain.intake.review import UnreadableInput, prepared_text
from dashboard.domain.intake.webpage import guess_language, read_html

FEEDS_FILE = config.REPO_ROOT / "data" / "watch-feeds.yaml"
MAX_FEED_BYTES = 2_000_000
MAX_PAGE_BYTES = 3_000_000  # a news page with its inline scripts is 0.1–1.5 MB
MAX_ARTICLES_PER_FEED = 30
PENDING, ACCEPTED, DISMISSED = "pending", "accepted", "dismissed"
NOT_SAVED = "downloaded_not_saved"  # an accepted article's `reason` when its seed was downloaded, not saved into seeds/
_TRACKING = ("utm_", "xtor", "fbclid", "gclid", "at_medium", "at_campaign", "oc")


@dataclass(frozen=True)
class Feed:
    url: str
    name: str = ""
    lang: str = ""  # "fr" | "en" | "" (guessed from each article)


@dataclass
class QueuedArticle:
    id: str
    url: str
    feed: str
    title: str
    publisher: str
    published: str  # YYYY-MM-DD (or shorter) or ""
    lang: str
    fetched: str  # ISO timestamp (UTC)
    text: str
    fingerprint: str
    figures: int  # candidates found when queued
    status: str = PENDING
    reason: str = ""  # why dismissed; NOT_SAVED for an article accepted by downloading its seed (saving off)
    decided: str = ""
    seed_file: str = ""
    copies: list[str] = field(default_factory=list)  # other addresses of the same text (syndication)


@dataclass
class RunReport:
    network: bool = True
    feeds_read: int = 0
    added: list[str] = field(default_factory=list)  # queued article ids
    duplicates: int = 0  # already seen (URL or fingerprint)
    cited: int = 0  # already cited by a seed
    without_figures: int = 0  # read, but the intake found no figure in them
    messages: list[str] = field(default_factory=list)  # one line per broken feed or page


# --------------------------------------------------------------------------- feeds and settings


def load_feeds(path: Path = FEEDS_FILE) -> list[Feed]:
    """The kept feed list (YAML: a list of {url, name, lang})."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    feeds = []
    for number, item in enumerate(data.get("feeds", []) if isinstance(data, dict) else data):
        url = str((item or {}).get("url", "")).strip() if isinstance(item, dict) else ""
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"{path.name}: feed {number + 1} has no http(s) url ({item!r})")
        feeds.append(Feed(url, str(item.get("name", "")), str(item.get("lang", ""))))
    return feeds


def queue_dir() -> Path:
    return config.watch_queue_dir()


# --------------------------------------------------------------------------- the queue on disk


def normalized_url(url: str) -> str:
    """The address without fragment, tracking parameters or a trailing slash, host in lower case."""
    parts = urllib.parse.urlsplit(url.strip())
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    path = parts.path.rstrip("/") or "/"
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urllib.parse.urlencode(query), ""))


def fingerprint(text: str) -> str:
    """The same text (case, accents, spacing and punctuation aside) gives the same fingerprint."""
    words = "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:20]


def _write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)  # a reader never sees half a file


def load_state(folder: Path) -> dict:
    try:
        state = json.loads((folder / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    state.setdefault("urls", {})
    state.setdefault("fingerprints", {})
    state.setdefault("last_run", None)
    return state


def queued(folder: Path | None = None) -> list[QueuedArticle]:
    """Every queued article (any status), newest first (publication date, then fetch time). A file
    that cannot be read is skipped (the others are kept)."""
    folder = folder or queue_dir()
    articles = []
    for path in sorted((folder / "articles").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            articles.append(QueuedArticle(**{k: v for k, v in data.items() if k in QueuedArticle.__dataclass_fields__}))
        except (OSError, ValueError, TypeError):
            continue
    return sorted(articles, key=lambda a: (a.published or a.fetched[:10], a.fetched), reverse=True)


def pending(folder: Path | None = None) -> list[QueuedArticle]:
    return [a for a in queued(folder) if a.status == PENDING]


def last_run(folder: Path | None = None) -> dict | None:
    return load_state(folder or queue_dir())["last_run"]


def decide(article_id: str, status: str, folder: Path | None = None, reason: str = "", seed_file: str = "") -> QueuedArticle:
    """Mark a queued article accepted (with the seed file written, or downloaded: reason=NOT_SAVED) or
    dismissed (with why)."""
    if status not in (ACCEPTED, DISMISSED):
        raise ValueError(f"status must be {ACCEPTED} or {DISMISSED}, not {status!r}")
    folder = folder or queue_dir()
    path = folder / "articles" / f"{article_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(status=status, reason=reason, seed_file=seed_file, decided=_now())
    _write_json(path, data)
    return QueuedArticle(**{k: v for k, v in data.items() if k in QueuedArticle.__dataclass_fields__})


def source_of(article: QueuedArticle):
    """The paste flow's source form, filled from the queued article (the reviewer may still edit it)."""
    from dashboard.data.intake_seed import SourceInfo

    return SourceInfo(article.url, article.publisher, article.published or "unknown", article.lang, article.title)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------------- one run


def cited_urls(dataset) -> dict[str, str]:
    """The normalized addresses the seeds cite -> their source id."""
    sources = getattr(dataset, "sources", None)
    if sources is None or sources.empty:
        return {}
    return {normalized_url(str(url)): str(source) for url, source in zip(sources["url"], sources["source_id"])
            if str(url).startswith(("http://", "https://"))}


def _entry_date(entry) -> str:
    for key in ("published_parsed", "updated_parsed"):
        stamp = entry.get(key)
        if stamp:
            return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
    return ""


def run(feeds: list[Feed], folder: Path, dataset, fetcher: Fetcher | None = None) -> RunReport:
    """One pass over `feeds`; the queue and its state are written only if some feed could be read."""
    fetcher = fetcher or Fetcher()
    report = RunReport()
    state = load_state(folder)
    cited = cited_urls(dataset)
    new_articles: list[QueuedArticle] = []
    network_failures = 0
    try:
        for feed in feeds:
            try:
                feed_url, body = fetcher.get(feed.url, MAX_FEED_BYTES)
            except FetchError as exc:
                network_failures += exc.kind == "network"
                report.messages.append(f"feed {feed.url}: {exc}")
                continue
            parsed = feedparser.parse(body, response_headers={"content-location": feed_url})
            if parsed.bozo and not parsed.entries:
                report.messages.append(f"feed {feed.url}: not an RSS or Atom feed ({type(parsed.bozo_exception).__name__})")
                continue
            report.feeds_read += 1
            for entry in parsed.entries[:MAX_ARTICLES_PER_FEED]:
                _consider_entry(entry, feed, fetcher, state, cited, new_articles, report, dataset)
    finally:
        fetcher.close()
    if report.feeds_read == 0 and network_failures and network_failures == len(feeds):
        report.network = False
        report.messages.insert(0, "no network: no feed could be reached; nothing was changed")
        return report  # nothing written: the queue and its memory stay as they were
    for article in new_articles:
        _write_json(folder / "articles" / f"{article.id}.json", asdict(article))
    state["last_run"] = {"at": _now(), "feeds": len(feeds), "feeds_read": report.feeds_read,
                         "added": len(report.added), "duplicates": report.duplicates, "cited": report.cited,
                         "without_figures": report.without_figures,
                         "problems": len(report.messages)}
    _write_json(folder / "state.json", state)
    return report


def _consider_entry(entry, feed: Feed, fetcher: Fetcher, state: dict, cited: dict, new: list[QueuedArticle],
                    report: RunReport, dataset) -> None:
    link = str(entry.get("link") or "").strip()
    if not link.startswith(("http://", "https://")):
        report.messages.append(f"feed {feed.url}: an entry without an http(s) link ({entry.get('title', '')!r})")
        return
    url = normalized_url(link)
    if url in state["urls"]:
        report.duplicates += 1
        return
    if url in cited:
        state["urls"][url] = f"cited:{cited[url]}"
        report.cited += 1
        return
    try:
        final_url, body = fetcher.get(link, MAX_PAGE_BYTES)
    except FetchError as exc:
        report.messages.append(f"article {link}: {exc}")
        if exc.kind in ("http", "too_big", "robots") and "left for the next run" not in str(exc):
            state["urls"][url] = f"failed:{exc.kind}"  # a 404 or an oversized page is not asked for again
        return
    page = read_html(body, url=final_url)
    addresses = {url, normalized_url(final_url)} | ({normalized_url(page.url)} if page.url.startswith("http") else set())
    cited_by = next((cited[a] for a in addresses if a in cited), None)
    if cited_by:
        for address in addresses:
            state["urls"][address] = f"cited:{cited_by}"
        report.cited += 1
        return
    known = next((state["urls"][a] for a in addresses if a in state["urls"]), None)
    if known:
        for address in addresses:
            state["urls"].setdefault(address, known)
        report.duplicates += 1
        return
    try:  # the paste flow's own preparation: size limit, NFKC, invisible characters out
        text = prepared_text(page.text).text
    except UnreadableInput as exc:
        report.messages.append(f"article {link}: " + ("no text found on the page" if exc.reason == "empty"
                                                      else f"too long to read ({exc.detail} characters)"))
        state["urls"][url] = f"failed:{exc.reason}"
        return
    page = dataclasses.replace(page, text=text)
    # The body without its headline: a syndicating site often retitles the same text.
    print_ = fingerprint(page.text[len(page.title):] if page.title and page.text.startswith(page.title) else page.text)
    if print_ in state["fingerprints"]:  # a syndicated copy: remembered beside the first
        first = state["fingerprints"][print_]
        for address in addresses:
            state["urls"][address] = first
        for article in new:  # copies found in this run; an earlier run's article keeps its file
            if article.id == first:
                article.copies.extend(sorted(addresses - {normalized_url(article.url)}))
        report.duplicates += 1
        return
    lang = feed.lang or guess_language(page.text)
    published = page.published or _entry_date(entry)
    published_date = dt.date.fromisoformat(published) if len(published) == 10 else None
    title = page.title or str(entry.get("title") or "").strip()
    figures = extract_facts(page.text, lang=lang, published=published_date, dataset=dataset,
                            model=intake_model.chosen_model())
    if not figures:  # a search feed's article about something else: remembered, not queued
        state["urls"][url] = "no_figures"
        state["fingerprints"][print_] = "no_figures"
        report.without_figures += 1
        return
    article = QueuedArticle(
        id=print_, url=page.url if page.url.startswith("http") else final_url, feed=feed.url, title=title,
        publisher=page.publisher or urllib.parse.urlsplit(final_url).netloc, published=published, lang=lang,
        fetched=_now(), text=page.text, fingerprint=print_, figures=len(figures),
    )
    for address in addresses:
        state["urls"][address] = article.id
    state["fingerprints"][print_] = article.id
    new.append(article)
    report.added.append(article.id)
