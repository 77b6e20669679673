"""The escapers: plotly text, Streamlit Markdown, Markdown links and tables, on hostile values."""

from __future__ import annotations

import re

import markdown_it
import pandas as pd
import pytest

from dashboard.i18n.escape import WORD_JOINER, escape_html, escape_markdown, escape_plotly, markdown_link, markdown_table

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


# --- links and tables -------------------------------------------------------------------------

def _render(markdown: str) -> str:
    return markdown_it.MarkdownIt("gfm-like").render(markdown)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "file:///etc/passwd",
                                 "//evil.example/x", "ftp://example.org/f", "", None, float("nan")])
def test_a_link_is_made_only_to_an_http_address(url):
    assert markdown_link("A title", url) == "A title"
    assert "<a" not in _render(markdown_link("A title", url))


def test_a_link_address_cannot_end_the_link_or_add_markup():
    url = "https://example.org/a b)(c)<d>\"e\n[x](javascript:alert(1))"
    rendered = _render(markdown_link("**T** [x](y)", url))
    (href,) = re.findall(r'href="([^"]*)"', rendered)
    assert href.startswith("https://example.org/a%20b%29%28c%29%3Cd%3E%22e")  # one link, all of the address
    assert rendered.count("<a ") == 1 and "<strong>" not in rendered
    assert re.sub(r"<[^>]+>", "", rendered).strip() == "**T** [x](y)"  # the label as typed


def test_a_relative_link_stays_within_the_app():
    assert markdown_link("Site", "site?id=dc+b&lang=en", relative=True) == "[Site](site?id=dc+b&lang=en)"
    for outside in ("/site?id=x", "//evil.example/x", "\\\\evil.example", "javascript:x"):
        assert markdown_link("Site", outside, relative=True) == "Site"
    assert markdown_link("Site", "site?id=x") == "Site"  # only when asked for


def test_a_markdown_table_keeps_every_row_and_cell_as_typed():
    frame = pd.DataFrame({"Name | col": ["a|b", "line\nbreak", None, "<b>x</b>"], "Title": ["T1", "T2", "T3", None],
                          "Link": ["https://example.org/1", "javascript:x", None, "https://example.org/4"],
                          "Score": [1.5, float("nan"), 3.0, 4.0]})
    rendered = _render(markdown_table(frame, {"Title": "Link"}))
    assert rendered.count("<tr>") == 5  # the header and every row: no cell broke the table
    assert re.findall(r"<th>(.*?)</th>", rendered) == ["Name | col", "Title", "Score"]  # the link column is not shown
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td>(.*?)</td>", rendered)]
    import html

    assert [html.unescape(c) for c in cells] == ["a|b", "T1", "1.5", "line break", "T2", "", "", "T3", "3.0",
                                                "<b>x</b>", "", "4.0"]
    assert re.findall(r'href="([^"]*)"', rendered) == ["https://example.org/1"]  # only http(s), only titles given
    assert "<b>" not in rendered


def test_an_empty_table_is_nothing():
    assert markdown_table(pd.DataFrame({"a": []})) == ""


@pytest.mark.parametrize("value", HOSTILE)
def test_html_text_has_no_tag_and_no_attribute_break(value):
    import html

    escaped = escape_html(value)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped and "'" not in escaped
    assert html.unescape(escaped) == value
