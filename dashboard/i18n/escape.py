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

Both take any value (None -> ''). They escape *data*; the project's own markup goes around them:
`f"<b>{escape_plotly(name)}</b>"`, `f"- **{escape_markdown(title)}**"`.
"""

from __future__ import annotations

import html
import re

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


def escape_markdown(value: object) -> str:
    """A data value as Streamlit Markdown: every character with a Markdown meaning escaped."""
    text = "" if value is None else str(value)
    # Raw HTML is not rendered by st.markdown, but entities are: escape & < > first, then the
    # Markdown punctuation ('&' itself has no Markdown meaning, so '&lt;' stays an entity).
    text = html.escape(text, quote=False)
    text = _AUTOLINK_STARTS.sub(lambda m: (m.group(1) or "") + WORD_JOINER, text)
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)
