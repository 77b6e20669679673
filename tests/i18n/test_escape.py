"""The two escapers: plotly text and Streamlit Markdown, on hostile values."""

from __future__ import annotations

import re

import markdown_it
import pytest

from dashboard.i18n.escape import WORD_JOINER, escape_markdown, escape_plotly

HOSTILE = [
    '<a href="https://example.org/x">lnk</a> DC',
    "<b>bold</b>",
    "**B**;[l](http://127.0.0.1:9/p);![i](http://127.0.0.1:9/t.png)",
    "&lt;b&gt;entity&lt;/b&gt; &#60;i&#62;",
    "line one\nline two\r\nthree",
    "%{x} %{customdata[0]}",
    ":red[alert] :material/warning: $x^2$ http://127.0.0.1:9/bare www.example.org",
    "# heading\n- item\n1. one\n> quote\n---",
    "`code` _em_ ~~strike~~ <https://example.org>",
]


def _plotly_render(text: str) -> str:
    """What plotly draws for a string: entities decoded once, as svg_text_utils does."""
    names = {"amp": "&", "lt": "<", "gt": ">", "nbsp": "\u00a0", "mu": "μ", "times": "×", "plusmn": "±", "deg": "°"}

    def decode(match: re.Match) -> str:
        code = match.group(1)
        if code.startswith("#x"):
            return chr(int(code[2:], 16))
        if code.startswith("#"):
            return chr(int(code[1:]))
        return names.get(code, match.group(0))

    return re.sub(r"&(#\d+|#x[\da-fA-F]+|[a-z]+);", decode, text)


@pytest.mark.parametrize("value", HOSTILE)
def test_plotly_text_has_no_tag_no_newline_no_template_field(value):
    escaped = escape_plotly(value)
    assert "<" not in escaped and ">" not in escaped  # plotly's tag regex needs '<'
    assert "\n" not in escaped and "\r" not in escaped  # plotly turns these into <br>
    assert "%{" not in escaped
    # Drawn as typed (line breaks as spaces).
    assert _plotly_render(escaped) == re.sub(r"[\r\n]+", " ", value)


def test_plotly_text_of_none_and_numbers():
    assert escape_plotly(None) == ""
    assert escape_plotly(1.5) == "1.5"
    assert escape_plotly("Béthune — Azur") == "Béthune — Azur"


@pytest.mark.parametrize("value", HOSTILE)
def test_markdown_text_renders_as_typed_with_no_link_image_or_emphasis(value):
    rendered = markdown_it.MarkdownIt("gfm-like").render(escape_markdown(value))
    tags = set(re.findall(r"</?([a-z0-9]+)", rendered))
    assert tags <= {"p", "br"}, rendered  # no <a>, <img>, <strong>, <em>, <h1>, <li>, <code>...
    text = re.sub(r"<[^>]+>", "", rendered)
    import html

    assert html.unescape(text).replace(WORD_JOINER, "").split() == value.split()


def test_markdown_text_breaks_streamlit_directives_and_autolinks():
    escaped = escape_markdown(":material/warning: :red[x] http://127.0.0.1:9/p $x$")
    # Each ':' '[' '$' is backslash-escaped, so no directive, autolink or formula can start.
    assert re.search(r"(?<!\\)[:\[$]", escaped) is None, escaped


@pytest.mark.parametrize("value", ["http://127.0.0.1:9/p", "see HTTPS://example.org/x", "www.example.org", "ops@example.org"])
def test_markdown_text_leaves_no_bare_url_or_address_for_gfm_to_autolink(value):
    # remark-gfm links bare URLs after reading the escapes; the invisible word joiner breaks them.
    unescaped = re.sub(r"\\(.)", r"\1", escape_markdown(value))
    assert re.search(r"(?i)(https?://|www\.|\w@)", unescaped) is None, unescaped
    assert unescaped.replace(WORD_JOINER, "") == value
