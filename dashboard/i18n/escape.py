"""The project's escapers: ONE per place a data value goes. Use these, never a local copy.

- `escape_plotly(value)`: any text plotly draws (trace text, hover text, tick labels, titles,
  annotations, legend names). Plotly reads a subset of HTML in text (`<a href>`, `<b>`, `<i>`,
  `<br>`, `<sup>`, `<span style>`...), decodes entities (`&lt;`, `&#60;`), turns line breaks into
  `<br>` and fills `%{...}` in templates. A data value escaped here is drawn as typed: no tag, no
  link, no bold, no line break and no template field can come from it.
- `escape_markdown(value)`: any text given to `st.markdown`, `st.caption`, `st.info`, `st.warning`,
  `st.error`, `st.success`, labels and help texts (Streamlit renders them as Markdown, with its own
  extras: `:red[...]`, `:material/icon:`, `$math$`). A data value escaped here shows as typed: no
  link (not even a bare URL: see WORD_JOINER), no image (the browser fetches nothing), no emphasis,
  no heading, no list, no directive.

- `escape_html(value)`: any text put in an HTML document the project writes (the site sheet's PDF
  template): entities for & < > " ', so no tag or attribute can come from it.
- `markdown_link(label, url)`: a data value linked to a data address (a source's page): the label
  escaped, the address only if it is http(s) (or, asked for, a path within the app), with what
  Markdown would read in it percent-encoded.
- `markdown_table(frame, links)`: a table as Markdown (cells escaped, one line per row). Streamlit
  draws it with the page's Markdown, at no cost to the page's load (st.table and st.dataframe each
  load and mount a component of their own: 7 % and 11 % of a bare page's load).

They take any value (None -> ''). They escape *data*; the project's own markup goes around them:
`f"<b>{escape_plotly(name)}</b>"`, `f"- **{escape_markdown(title)}**"`.
"""

from __future__ import annotations

import html
import re
import urllib.parse
from collections.abc import Mapping

import pandas as pd

from dashboard.i18n import is_unknown

# Plotly turns \r\n, \r and \n into <br>; other control characters have no business in a label.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones
# Markdown, GitHub-flavoured Markdown or Streamlit give a meaning to (':' breaks bare-URL autolinks
# "http://..." and Streamlit's ":material/...:" / ":red[...]" directives).
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^\"'])")
# Streamlit's GitHub-flavoured Markdown turns bare URLs and e-mail addresses into links AFTER the
# backslash escapes are read (remark-gfm rewrites the text), so escaping cannot stop it: an
# invisible WORD JOINER after "http"/"https"/"www" and before "@" does (the text looks the same).
_AUTOLINK_STARTS = re.compile(r"(?i)(https?|www|ftp|mailto)(?=[:.])|(?=@)")
WORD_JOINER = "\u2060"


def escape_plotly(value: object) -> str:
    """A data value as plotly text: entities for & < >, no line break, no template field."""
    text = "" if value is None else str(value)
    text = _CONTROL.sub(" ", text)
    # quote=False: plotly does not decode &quot;, and quotes mean nothing outside a tag.
    text = html.escape(text, quote=False)
    # In a hovertemplate/texttemplate "%{name}" is a field; plotly decodes &#123; back to "{".
    return text.replace("%{", "%&#123;")


def escape_html(value: object) -> str:
    """A data value as HTML text or attribute value."""
    return html.escape("" if value is None else str(value), quote=True)


def escape_markdown(value: object) -> str:
    """A data value as Streamlit Markdown: every character with a Markdown meaning escaped."""
    text = "" if value is None else str(value)
    # Raw HTML is not rendered by st.markdown, but entities are: escape & < > first, then the
    # Markdown punctuation ('&' itself has no Markdown meaning, so '&lt;' stays an entity).
    text = html.escape(text, quote=False)
    text = _AUTOLINK_STARTS.sub(lambda m: (m.group(1) or "") + WORD_JOINER, text)
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)


# Kept as they are in a link's address; everything else (spaces, parentheses, angle brackets,
# quotes, backslashes, non-ASCII) is percent-encoded, so the address cannot end the link early.
_URL_SAFE = "/:?#[]@!$&'*+,;=%~"


def http_url(url: object) -> str | None:
    """The address if it is http(s), else None (no javascript:, data:, file: links): the one test
    of what may become a link, on a page, in the exports and in the site sheet."""
    text = "" if is_unknown(url) else str(url).strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def markdown_link(label: object, url: object, *, relative: bool = False) -> str:
    """`[label](url)`, or the label alone when the address is not http(s). `relative` also accepts a
    path within the app ("site?id=…"), never another host."""
    text = escape_markdown(label)
    address = "" if is_unknown(url) else _CONTROL.sub("", str(url).strip())
    try:
        scheme = urllib.parse.urlsplit(address).scheme
    except ValueError:  # e.g. an unbalanced "[" in the host part
        return text
    within_app = relative and bool(address) and not scheme and not address.startswith(("/", "\\"))
    if not (http_url(address) or within_app):
        return text
    return f"[{text}]({urllib.parse.quote(address, safe=_URL_SAFE)})"


def markdown_table(frame: pd.DataFrame, links: Mapping[str, str] | None = None, *, relative: bool = False) -> str:
    """`frame` (not its index) as a GitHub-flavoured Markdown table: headers and cells escaped, a
    line break in a cell read as a space, a missing value left empty. `links` maps a shown column to
    the column holding each row's address (`markdown_link`); that address column is not shown."""
    links = dict(links or {})
    shown = [c for c in frame.columns if c not in links.values()]
    if frame.empty or not shown:
        return ""

    def cell(value: object) -> str:
        return "" if is_unknown(value) else escape_markdown(_CONTROL.sub(" ", str(value)))

    lines = ["| " + " | ".join(cell(c) for c in shown) + " |", "|" + "---|" * len(shown)]
    for _, row in frame.iterrows():
        cells = [markdown_link(_CONTROL.sub(" ", str(row[c])), row[links[c]], relative=relative)
                 if c in links and not is_unknown(row[c]) else cell(row[c]) for c in shown]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
