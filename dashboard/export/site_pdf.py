"""A site's sheet as a one- or two-page A4 PDF: an HTML page printed by the Chromium the chart
export already runs (dashboard.export.renderer), so its text is real, searchable text.

- `site_html(sheet, map_svg)`: the page, every data value HTML-escaped; the map is the SVG of
  dashboard.figures.site's figure (kaleido), inlined.
- `site_pdf(sheet, profile)`: the map rendered, the page printed; the running footer carries the
  sources' publishers, the data's date and the page number.
"""

from __future__ import annotations

import re

from dashboard.domain.site_profile import SiteProfile
from dashboard.export.decoration import prepare_maps
from dashboard.export.renderer import Exporter, ExportError, RenderOptions, get_exporter
from dashboard.export.site_sheet import SiteSheet
from dashboard.i18n import colon, shortened
from dashboard.i18n.escape import escape_html
from dashboard.figures.palette import BLUE, CAPTION, LINK, NOTE, PDF_GROUP, PDF_HEADER, PDF_RULE, TEXT, WARN_TEXT
from dashboard.figures.site import build_site_grid_map

MAP_WIDTH, MAP_HEIGHT = 300, 260  # CSS pixels: the right-hand half of the first page
# A name longer than this is cut with an ellipsis in the heading and the lists (a 10 000-character
# name made a five-page sheet); the full name is printed once, in small type, at the end.
NAME_MAX = 120
FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"

CSS = """
@page { size: A4; margin: 10mm 11mm 15mm 11mm; }
* { box-sizing: border-box; }
body { font-family: %(font)s; font-size: 7.6pt; color: %(text)s; margin: 0; line-height: 1.25; }
h1 { font-size: 14pt; margin: 0 0 0.8mm 0; }
h2 { break-after: avoid; font-size: 10pt; margin: 2.6mm 0 1mm 0; border-bottom: 0.4mm solid %(accent)s; padding-bottom: 0.5mm; }
h3 { font-size: 9pt; margin: 2mm 0 0.8mm 0; }
.subtitle { color: %(caption)s; margin-bottom: 2mm; }
.columns { display: flex; gap: 5mm; align-items: flex-start; }
.columns > div { flex: 1 1 0; min-width: 0; }
.columns > div.map { flex: 0 0 %(map_width)spx; }
dl { display: grid; grid-template-columns: 38%% 1fr; gap: 0.6mm 3mm; margin: 0; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%%; margin: 0.5mm 0 1.5mm 0; }
th, td { border-bottom: 0.2mm solid %(rule)s; padding: 0.3mm 1mm; font-size: 7pt; text-align: left; vertical-align: top; }
th { background: %(header)s; }
tr { break-inside: avoid; }
tr.group { break-after: avoid; }
tr.group td { background: %(group)s; padding-top: 1mm; }
.note { color: %(note)s; font-size: 6.3pt; }
.warn { color: %(warn)s; }
.muted { color: %(note)s; }
.map svg { width: 100%%; height: auto; border: 0.2mm solid %(rule)s; }
a { color: %(link)s; text-decoration: none; }
.url { font-size: 6.3pt; color: %(note)s; word-break: break-all; }
.full-name { font-size: 5pt; color: %(note)s; word-break: break-all; line-height: 1.15; }
""" % {"font": FONT, "map_width": MAP_WIDTH, "text": TEXT, "accent": BLUE, "caption": CAPTION, "rule": PDF_RULE,
       "header": PDF_HEADER, "group": PDF_GROUP, "note": NOTE, "warn": WARN_TEXT, "link": LINK}


def _pairs(rows: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{escape_html(k)}</dt><dd>{escape_html(v)}</dd>" for k, v in rows) + "</dl>"


def _table(frame, note_column: str | None = None) -> str:
    """A table of plain text; `note_column` goes under the row's other cells, in small type."""
    if frame is None or frame.empty:
        return ""
    columns = [c for c in frame.columns if c != note_column]
    head = "".join(f"<th>{escape_html(c)}</th>" for c in columns)
    rows = []
    for record in frame.to_dict("records"):
        cells = "".join(f"<td>{escape_html(record[c])}</td>" for c in columns)
        rows.append(f"<tr>{cells}</tr>")
        note = record.get(note_column) if note_column else ""
        if note:
            rows.append(f'<tr><td></td><td colspan="{len(columns) - 1}" class="note">{escape_html(note)}</td></tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _history_table(sheet: SiteSheet, sep: str) -> str:
    """The status history and every figure's history in one table: a heading row per attribute
    (its retained value, and the disagreeing values side by side), then its facts, oldest first."""
    words = sheet.labels
    note = words["col_note"]
    groups = [(words["status_history"], "", "", sheet.status_history)] if not sheet.status_history.empty else []
    groups += [(b.heading, b.current, b.disagreement, b.table) for b in sheet.figures]
    if not groups:
        return f"<p>{escape_html(words['no_figures'])}</p>"
    columns = [c for c in groups[0][3].columns if c != note]
    widths = "".join(f'<col style="width: {w}%">' for w in (13, 22, 13, 30, 22))
    head = "".join(f"<th>{escape_html(c)}</th>" for c in columns)
    rows = []
    for heading, current, disagreement, frame in groups:
        title = f"<b>{escape_html(heading)}</b>" + (f"{sep}<b>{escape_html(current)}</b>" if current else "")
        if disagreement:
            title += f' <span class="warn">— {escape_html(disagreement)}</span>'
        rows.append(f'<tr class="group"><td colspan="{len(columns)}">{title}</td></tr>')
        for record in frame.to_dict("records"):
            rows.append("<tr>" + "".join(f"<td>{escape_html(record[c])}</td>" for c in columns) + "</tr>")
            if record.get(note):
                rows.append(f'<tr><td></td><td colspan="{len(columns) - 1}" class="note">{escape_html(record[note])}</td></tr>')
    elsewhere = f'<p class="muted">{escape_html(words["notes_elsewhere"])}</p>' if words["notes_elsewhere"] else ""
    return (f"<table><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            + elsewhere)


_SVG_PROLOGUE = re.compile(r"^\s*(<\?xml[^>]*>)?\s*(<!DOCTYPE[^>]*>)?", re.IGNORECASE)


def site_html(sheet: SiteSheet, map_svg: str | None = None) -> str:
    """The sheet as an A4 HTML page (every data value escaped; the SVG is kaleido's own output)."""
    words = sheet.labels
    sep = colon(sheet.lang)
    links = ""
    if sheet.host is not None:
        links += f"<p><b>{escape_html(words['host'])}</b>{sep}{escape_html(shortened(sheet.host.name, NAME_MAX))}</p>"
    if sheet.tenants:
        items = "".join(f"<li>{escape_html(shortened(t.name, NAME_MAX))} ({escape_html(t.detail)})</li>"
                        for t in sheet.tenants)
        links += f"<p><b>{escape_html(words['tenants'])}</b></p><ul>{items}</ul>"
    history = _history_table(sheet, sep)
    source_rows = []
    link_col, title_col = words["col_link"], words["col_title"]
    other = [c for c in sheet.sources.columns if c not in (link_col, title_col)]
    for record in sheet.sources.to_dict("records"):
        url = record[link_col]
        title = escape_html(record[title_col])
        title = f'<a href="{escape_html(url)}">{title}</a><br><span class="url">{escape_html(url)}</span>' if url else title
        source_rows.append(f"<tr><td>{title}</td>" + "".join(f"<td>{escape_html(record[c])}</td>" for c in other) + "</tr>")
    sources_head = "".join(f"<th>{escape_html(c)}</th>" for c in (title_col, *other))
    sources_cols = "".join(f'<col style="width: {w}%">' for w in (42, 20, 11, 11, 16))
    svg = _SVG_PROLOGUE.sub("", map_svg) if map_svg else ""
    title = shortened(sheet.title, NAME_MAX)
    full_name = (f'<p class="full-name"><b>{escape_html(words["full_name"])}</b>{sep}{escape_html(sheet.title)}</p>'
                 if title != sheet.title else "")
    return f"""<!DOCTYPE html>
<html lang="{escape_html(sheet.lang)}"><head><meta charset="utf-8"><title>{escape_html(title)}</title>
<style>{CSS}</style></head><body>
<h1>{escape_html(title)}</h1>
<div class="subtitle">{escape_html(sheet.subtitle)}</div>
<div class="columns">
  <div><h2>{escape_html(words['identity'])}</h2>{_pairs(sheet.identity)}{links}
       <h2>{escape_html(words['grid'])}</h2>{_pairs(sheet.grid)}<p class="muted">{escape_html(words['distance_note'])}</p></div>
  <div class="map">{svg}</div>
</div>
<h2>{escape_html(words['score'])}</h2>
<p><b>{escape_html(sheet.score_summary)}</b></p>
<p class="muted">{escape_html(sheet.score_detail)}</p>
{_table(sheet.criteria)}
<h2>{escape_html(words['figures'])}</h2>
{history}
{'<h2>' + escape_html(words['brownfield']) + '</h2>' + _pairs(sheet.brownfield) if sheet.brownfield else ''}
<h2>{escape_html(words['sources'])}</h2>
<table><colgroup>{sources_cols}</colgroup><thead><tr>{sources_head}</tr></thead><tbody>{''.join(source_rows)}</tbody></table>
{full_name}
</body></html>"""


def footer_template(sheet: SiteSheet) -> str:
    """Chrome's running footer: the sheet's footer line and the page number (escaped)."""
    return (
        f'<div style="font-family: {FONT}; font-size: 6.5pt; color: {CAPTION}; width: 100%; padding: 0 12mm; '
        f'display: flex; justify-content: space-between; gap: 4mm;">'
        f"<span>{escape_html(sheet.footer)}</span>"
        '<span style="white-space: nowrap;"><span class="pageNumber"></span>/<span class="totalPages"></span></span>'
        "</div>"
    )


def map_svg(profile: SiteProfile, lang: str, exporter: Exporter | None = None, outlines: dict | None = None,
            tiles: bool = True, timeout: float | None = None) -> str | None:
    """The site's map (dashboard.figures.site) as SVG text, sized for the sheet: tiles when their
    server answers, else the offline style (with the département outlines when given). None when
    the site has nothing to draw."""
    options = {"lang": lang, "style": "carto-positron", "outlines": outlines, "width": MAP_WIDTH, "height": MAP_HEIGHT}
    fig = build_site_grid_map(profile, options)
    if not len(fig.data):
        return None
    fig.update_layout(title=None, margin={"l": 0, "r": 0, "t": 0, "b": 0}, width=MAP_WIDTH, height=MAP_HEIGHT)
    prepare_maps(fig, tiles=tiles)
    options = RenderOptions("svg", MAP_WIDTH, MAP_HEIGHT, 1)
    return (exporter or get_exporter()).render(fig, options, timeout=timeout).decode("utf-8")


def site_pdf(sheet: SiteSheet, profile: SiteProfile, exporter: Exporter | None = None, outlines: dict | None = None,
             tiles: bool = True, timeout: float | None = None) -> bytes:
    """The sheet as PDF bytes, with the profile's map. A map that cannot be rendered is left out
    (the sheet still prints); raises ExportError when the page itself cannot be printed."""
    exporter = exporter or get_exporter()
    try:
        svg = map_svg(profile, sheet.lang, exporter, outlines=outlines, tiles=tiles, timeout=timeout)
    except ExportError:
        svg = None
    options = {
        "displayHeaderFooter": True,
        "headerTemplate": "<span></span>",
        "footerTemplate": footer_template(sheet),
    }
    return exporter.print_pdf(site_html(sheet, svg), options, timeout=timeout)
