"""An article's HTML page as text and metadata, read by trafilatura (a maintained article
extractor): the main text without menus, scripts, comments or footers, and the title, the
publication date, the publisher and the address the page gives about itself. Pure: no network.

    page = read_html(markup, url="https://…")   # -> ArticlePage(text, title, published, publisher, url)
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its warnings are about the page, not for the reader
logging.getLogger("htmldate").setLevel(logging.ERROR)

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class ArticlePage:
    text: str  # the headline on the first line, then the main text, one paragraph a line
    title: str = ""
    published: str = ""  # YYYY-MM-DD (or YYYY-MM, YYYY) as the page says it, "" when it does not
    publisher: str = ""  # the site's name (og:site_name), else its host name
    url: str = ""  # the page's own address (canonical) when it gives one, else the one it was read from


def read_html(markup: str | bytes, url: str | None = None) -> ArticlePage:
    """The article of an HTML page. A page trafilatura finds no article in (too short, a bare
    fragment) gives its visible text, so nothing the page says is lost."""
    if isinstance(markup, bytes):
        markup = markup.decode("utf-8", errors="replace")
    if not markup.strip():
        return ArticlePage("", url=url or "")
    document = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    found = document.as_dict() if document is not None and hasattr(document, "as_dict") else (document or {})
    title = _clean(found.get("title") or "")
    body = (found.get("text") or "").strip()
    if not body:  # no article found: the page's whole visible text, so nothing it says is lost
        body = trafilatura.html2txt(markup) or trafilatura.html2txt(f"<html><body>{markup}</body></html>") or ""
    lines = _mended([" ".join(line.split()) for line in body.splitlines()])
    if title and (not lines or not _clean(lines[0]).startswith(title)):
        lines.insert(0, title)  # the headline is part of the article: its figures are read (once)
    published = found.get("date") or ""
    return ArticlePage(
        text="\n".join(lines),
        title=title,
        published=published if _DATE.match(published) else "",
        publisher=_clean(found.get("sitename") or found.get("hostname") or ""),
        url=found.get("url") or url or "",
    )


_ENDS_SENTENCE = tuple(".!?:;»\"”)…")


def _mended(lines: list[str]) -> list[str]:
    """Lines put back together where an inline tag cut a sentence ("aura", "240 MW", "." from
    "aura <b>240 MW</b>."): a line that starts in lower case, with a digit or with punctuation
    continues the one before unless that one ended its sentence."""
    mended: list[str] = []
    for line in filter(None, lines):
        if mended and not mended[-1].endswith(_ENDS_SENTENCE) and (line[0].islower() or line[0].isdigit()
                                                                  or line[0] in ".,;:!?)»%"):
            mended[-1] += ("" if line[0] in ".,;:!?)%" else " ") + line
        else:
            mended.append(line)
    return mended


def _clean(text: str) -> str:
    return " ".join(str(text).split())


_FRENCH = frozenset("le la les des du de un une et est sont dans pour sur avec qui que au aux ce cette sera".split())
_ENGLISH = frozenset("the a an and is are in for on with which that to of will be its by from".split())


def guess_language(text: str) -> str:
    """"fr" or "en", by the commoner small words of each (a feed that says nothing of its language)."""
    words = [w.strip(".,;:!?«»\"'()").lower() for w in text[:5000].split()]
    french = sum(w in _FRENCH for w in words)
    english = sum(w in _ENGLISH for w in words)
    return "en" if english > french else "fr"
