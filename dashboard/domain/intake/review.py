"""What the /ajouter page shows of an extraction, kept out of Streamlit: the article's text from a
paste or an upload, the review table, each candidate's sentence with its value highlighted, and
the values in the reader's format. Pure functions (no Streamlit, no file I/O)."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.intake.cleaning import Cleaned, clean_article
from dashboard.domain.intake.candidate import Candidate, status_keyword
from dashboard.domain.intake.webpage import read_html
from dashboard.domain.normalize import Period, Quantity
from dashboard.domain.schema import ATTRIBUTES
from dashboard.i18n import fmt_range, label_status, t
from dashboard.i18n.periods import fmt_period
from dashboard.i18n.escape import escape_markdown

MAX_CHARS = 100_000  # a long feature article is 20 000 characters; a paste of 5 MB is a mistake
MAX_UPLOAD_MB = 2  # a news page's HTML holding a 100 000-character article; the page and the command say it
NEW = "new"
REVIEW_COLUMNS = ("keep", "attribute", "value", "normalized", "status", "as_of", "entity", "new_name", "confidence",
                  "problem")


class UnreadableInput(ValueError):
    """Text the page cannot work on; `reason` is a key of the page's messages, `detail` a value."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def html_to_text(markup: str) -> str:
    """The article's text of an HTML page (trafilatura: main text, headline first; see `webpage`)."""
    return read_html(markup).text


def text_of_upload(data: bytes, file_name: str) -> str:
    """The text of an uploaded .txt or .html file; a file over MAX_UPLOAD_MB, binary data or another
    encoding is refused."""
    if len(data) > MAX_UPLOAD_MB * 1_000_000:
        raise UnreadableInput("upload_too_big", file_name)
    if b"\x00" in data[:4096]:
        raise UnreadableInput("binary", file_name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableInput("binary", file_name) from None
    if sum(not (c.isprintable() or c.isspace()) for c in text[:4096]) > 8:
        raise UnreadableInput("binary", file_name)
    if file_name.lower().endswith((".html", ".htm")) or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        text = html_to_text(text)
    return text


def checked_text(text: str | None) -> str:
    """The article's text, or UnreadableInput("empty" | "too_long")."""
    text = text or ""
    if not text.strip():
        raise UnreadableInput("empty")
    if len(text) > MAX_CHARS:
        raise UnreadableInput("too_long", f"{len(text):,}".replace(",", " "))
    return text


def prepared_text(text: str | None) -> Cleaned:
    """The article's text as the extractor reads it (`cleaning.clean_article`), within the one size
    limit the page and the command share, checked before and after cleaning (NFKC may lengthen it);
    UnreadableInput("empty" | "too_long") otherwise."""
    cleaned = clean_article(checked_text(text))
    return Cleaned(checked_text(cleaned.text), cleaned.removed)


def format_normalized(candidate: Candidate, lang: str) -> str:
    """The value as the reader reads it, with the project's formatters: "30–35 Md €", "fin 2027"."""
    value = candidate.normalized
    if candidate.attribute == "status":
        return label_status(status_keyword(candidate) or "unknown", lang)
    if isinstance(value, Period):
        return fmt_period(value.start, value.end, lang)
    if isinstance(value, Quantity):
        return fmt_range(value.low, value.high, value.unit, lang, approximate=value.approximate)
    return ""


def entity_options(sites: pd.DataFrame) -> dict[str, str]:
    """Entity choices for the review table: NEW first, then every site that is not a substation."""
    rows = sites[sites["project_type"] != "substation"].sort_values("name")
    return {NEW: "new"} | dict(zip(rows["site_id"], rows["name"]))


def held_reason(candidate: Candidate, lang: str) -> str:
    """Why a held candidate is proposed unticked, in words ("" when it is not held): its sentence names
    several sites, or only the operator of several (the company's whole plan)."""
    if not candidate.held:
        return ""
    quote = "«\u00a0{}\u00a0»" if lang == "fr" else "“{}”"
    words = ", ".join(quote.format(word) for word in candidate.held_words)
    return t(f"ajouter_page.held_{candidate.held}", lang, words=words)


def review_table(candidates: list[Candidate], lang: str) -> pd.DataFrame:
    """One editable row per candidate (kept by default when the extractor is fairly sure and holds
    nothing back; a held row says why in `problem`)."""
    rows = [
        {
            "keep": candidate.confidence >= 0.5 and not candidate.held,
            "attribute": candidate.attribute,
            "value": candidate.value,
            "normalized": format_normalized(candidate, lang),
            "status": (status_keyword(candidate) or "unknown") if candidate.attribute == "status" else None,
            "entity": candidate.entity_id or NEW,
            "new_name": candidate.proposed_name or "",
            "as_of": candidate.as_of or "",
            "confidence": candidate.confidence,
            "problem": held_reason(candidate, lang),
        }
        for candidate in candidates
    ]
    return pd.DataFrame(rows, columns=list(REVIEW_COLUMNS))


def attribute_options() -> list[str]:
    return [name for name in ATTRIBUTES if name != "data_center_target"]


def highlighted_sentence(candidate: Candidate) -> str:
    """The candidate's sentence as Streamlit Markdown, every character of the article escaped, the
    value highlighted (the highlight is our markup; nothing from the article can be markup)."""
    sentence = candidate.sentence
    start, end = candidate.start - candidate.sentence_start, candidate.end - candidate.sentence_start
    before, value, after = sentence[:start], sentence[start:end], sentence[end:]
    return f"{escape_markdown(before)}:orange-background[**{escape_markdown(value)}**]{escape_markdown(after)}"

