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

SHORT = 300  # characters: below this, trafilatura reads no article and cuts inline tags into lines
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
    if len(body) < SHORT:  # a fragment or a bare page: trafilatura's whole visible text, sentences kept whole
        visible = trafilatura.html2txt(markup) or trafilatura.html2txt(f"<html><body>{markup}</body></html>") or ""
        body = visible if _letters(visible) >= _letters(body) else body
    lines = [" ".join(line.split()) for line in body.splitlines()]
    lines = [line for line in lines if line]
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


def _letters(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


def _clean(text: str) -> str:
    return " ".join(str(text).split())
