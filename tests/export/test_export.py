"""dashboard.export: decoration (title, filters in words, source line), predictable file names,
offline maps, and real renders in Chromium (valid PNG/SVG/PDF of the asked size, one browser
reused, a time limit, a clear message without Chromium), and the batch on a filter."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import struct
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image

from dashboard import export
from dashboard.export import decoration
from dashboard.figures.registry import ChartSpec
from dashboard.domain.filters import Filters, apply_filters
from dashboard.domain.schema import FACTS_COLUMNS, OCCUPANCY_COLUMNS, PROBLEMS_COLUMNS, SITES_COLUMNS, SOURCES_COLUMNS
from dashboard.domain.tables import Dataset

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium not installed")

SVG_NS = "{http://www.w3.org/2000/svg}"


# --------------------------------------------------------------------------------------------
# A small dataset (schema columns) and charts built from it


def make_dataset() -> Dataset:
    def site(site_id, name, ptype, dep, lat, lon, status, invest, sources):
        row = {column: None for column in SITES_COLUMNS}
        row.update(site_id=site_id, name=name, project_type=ptype, departement=dep, lat=lat, lon=lon,
                   status=status, investment_eur=invest, source_ids=sources, as_of="2025-09",
                   commune=name.split()[-1], location_precision="exact")
        return row

    sites = pd.DataFrame([
        site("dc-bethune", "Azur Datacenter Béthune", "data_center", "62", 50.53, 2.63, "under_construction",
             1.5e9, "horizon-2025"),
        site("dc-cambrai", "Campus IA Cambrai", "data_center", "59", 50.17, 3.23, "announced", 1e10,
             "afp-2025"),
        site("bat-douai", "Gigafactory Envision Douai", "battery", "59", 50.37, 3.08, "operational", 2e9,
             "insee-2024;afp-2025"),
    ], columns=list(SITES_COLUMNS))
    sources = pd.DataFrame([
        {"source_id": "horizon-2025", "publisher": "Horizon Actu", "title": "Béthune", "url": "https://a.example",
         "published": "2025-09-16", "language": "fr", "licence": "", "reliability": "primary"},
        {"source_id": "afp-2025", "publisher": "AFP <via> Arab News", "title": "Cambrai", "url": "https://b.example",
         "published": "2025-02", "language": "en", "licence": "", "reliability": "secondary"},
        {"source_id": "insee-2024", "publisher": "INSEE", "title": "COG", "url": "https://c.example",
         "published": "2024", "language": "fr", "licence": "Licence Ouverte 2.0", "reliability": "primary"},
    ], columns=list(SOURCES_COLUMNS))
    facts = pd.DataFrame([
        {"fact_id": "f1", "site_id": "dc-bethune", "attribute": "investment", "as_of": "2025-09",
         "source_id": "horizon-2025"},
        {"fact_id": "f2", "site_id": "dc-cambrai", "attribute": "investment", "as_of": "2026-06-02",
         "source_id": "afp-2025"},
    ], columns=list(FACTS_COLUMNS))
    return Dataset(sites=sites, facts=facts, occupancy=pd.DataFrame(columns=list(OCCUPANCY_COLUMNS)),
                   sources=sources, problems=pd.DataFrame(columns=list(PROBLEMS_COLUMNS)))


def _source_ids(rows: pd.DataFrame) -> list[str]:
    return sorted({sid for ids in rows["source_ids"] for sid in str(ids).split(";") if sid})


def bar_builder(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    rows = apply_filters(dataset.sites, filters)
    fig = go.Figure(go.Bar(x=rows["name"].tolist(), y=rows["investment_eur"].tolist(), name="invest"))
    fig.update_layout(height=420, meta={"source_ids": _source_ids(rows)})  # untitled: the registry titles it
    return fig


def map_builder(dataset: Dataset, filters: Filters, lang: str, options: dict) -> go.Figure:
    rows = apply_filters(dataset.sites, filters)
    outline = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {
        "type": "Polygon", "coordinates": [[[1.6, 49.0], [4.2, 49.0], [4.2, 51.05], [1.6, 51.05], [1.6, 49.0]]]}}]}
    fig = go.Figure(go.Scattermap(lat=rows["lat"].tolist(), lon=rows["lon"].tolist(), mode="markers",
                                  text=rows["name"].tolist(), marker={"size": 18, "color": "#d62728"}))
    fig.update_layout(
        map={"style": options.get("style", "carto-positron"), "center": {"lat": 50.0, "lon": 2.9}, "zoom": 6,
             "layers": [{"sourcetype": "geojson", "source": outline, "type": "line", "color": "#1f3b99",
                         "line": {"width": 4}},
                        {"sourcetype": "raster", "source": ["https://tiles.example/{z}/{x}/{y}.png"]}]},
        height=600, margin={"l": 0, "r": 0, "t": 40, "b": 0}, meta={"source_ids": _source_ids(rows)},
    )
    return fig


CHARTS = [
    ChartSpec("investment", "investment-by-site", {"fr": "Investissement par site", "en": "Investment by site"},
              bar_builder),
    ChartSpec("map", "site-map", {"fr": "Carte des sites", "en": "Site map"}, map_builder),
]


# --------------------------------------------------------------------------------------------
# Image checks


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def svg_texts(data: bytes) -> str:
    root = ET.fromstring(data)  # raises on invalid XML
    assert root.tag == SVG_NS + "svg"
    return " ".join("".join(el.itertext()) for el in root.iter(SVG_NS + "text"))


def assert_pdf(data: bytes) -> None:
    assert data[:5] == b"%PDF-"
    assert b"%%EOF" in data[-64:]
    assert len(data) > 5_000


# --------------------------------------------------------------------------------------------
# Decoration (pure)


def test_filters_in_words_french_and_english():
    filters = Filters(types=("data_center",), deps=("62",), statuses=("under_construction",), sites=("dc-bethune",))
    names = {"dc-bethune": "Azur Datacenter Béthune"}
    fr = export.filters_in_words(filters, "fr", names)
    assert fr == ("Type de projet\u00a0: Centre de données · Département\u00a0: 62 Pas-de-Calais · "
                  "Statut\u00a0: En construction · Site\u00a0: Azur Datacenter Béthune")
    en = export.filters_in_words(filters, "en", names)
    assert "Project type: Data centre" in en and "Status: Under construction" in en
    assert export.filters_in_words(Filters(), "fr") == "Tous les sites"
    assert export.filters_in_words(Filters(lang="en"), "en") == "All sites"


def test_source_line_names_publishers_dates_and_as_of():
    dataset = make_dataset()
    line = export.source_line(["horizon-2025", "insee-2024", "missing-id"], dataset.sources, "fr", "2026-06-02")
    assert line == ("Sources\u00a0: Horizon Actu (16/09/2025), INSEE (2024), missing-id"
                    " — données arrêtées le 2 juin 2026")
    en = export.source_line(["afp-2025"], dataset.sources, "en", "2025-09")
    assert en == "Source: AFP <via> Arab News (02/2025) — data as of September 2025"
    assert export.source_line([], dataset.sources, "fr") == "Source\u00a0: non renseignée"


@pytest.mark.parametrize("as_of, fr, en", [
    ("2026-06-02", " — données arrêtées le 2 juin 2026", " — data as of 2 June 2026"),
    ("2025-09", " — données arrêtées en septembre 2025", " — data as of September 2025"),
    ("2025-08", " — données arrêtées en août 2025", " — data as of August 2025"),
    ("2025", " — données arrêtées en 2025", " — data as of 2025"),
    ("", " — données arrêtées à une date inconnue", " — data as of an unknown date"),
])
def test_source_line_says_the_data_date_at_its_precision(as_of, fr, en):
    dataset = make_dataset()
    assert export.source_line(["horizon-2025"], dataset.sources, "fr", as_of).endswith(fr)
    assert export.source_line(["horizon-2025"], dataset.sources, "en", as_of).endswith(en)
    # The image's source line (the toolbar's PNG and the export buttons') says the same.
    fig = bar_builder(dataset, Filters(), "fr", {})
    out = export.decorate_for_export(fig, "Titre", Filters(), "fr", dataset.sources, as_of=as_of, width=1000)
    assert text_block(out, export.SOURCE_TRACE_NAME)[0].name.endswith(fr)


def test_source_line_groups_a_publishers_dates_and_names_open_data():
    sources = pd.DataFrame([
        {"source_id": "a", "publisher": "La Voix du Nord", "published": "2025-03-01"},
        {"source_id": "b", "publisher": "La Voix du Nord", "published": "2022-03-28"},
    ])
    line = export.source_line(["a", "b"], sources, "fr", open_data=["outlines"])
    assert line.startswith("Sources\u00a0: La Voix du Nord (28/03/2022, 01/03/2025), Etalab (Contours")


def text_block(fig: go.Figure, uid: str) -> tuple[go.Scatter, object]:
    """The anchor trace of a text block and its legend (the block's layout)."""
    traces = [trace for trace in fig.data if trace.uid == uid]
    assert len(traces) == 1
    return traces[0], fig.layout[traces[0].legend]


def test_decorate_adds_title_subtitle_and_source_line_on_a_copy():
    dataset = make_dataset()
    fig = bar_builder(dataset, Filters(), "fr", {})
    before = fig.to_json()
    filters = Filters(deps=("59",))
    out = export.decorate_for_export(fig, "Investissement par site", filters, "fr", dataset.sources,
                                     as_of=dataset.as_of, width=1000)
    assert fig.to_json() == before, "the page's figure must not change"
    subtitle, title_legend = text_block(out, export.TITLE_TRACE_NAME)
    assert title_legend.title.text == "Investissement par site"
    assert subtitle.name == "Département\u00a0: 59 Nord"
    assert (title_legend.yref, title_legend.y, title_legend.yanchor) == ("container", 1, "top")
    assert out.layout.title.text == ""  # plotly's own title is not used (see decorate_for_export)
    source, source_legend = text_block(out, export.SOURCE_TRACE_NAME)
    # Plotly renders a little HTML: a publisher's "<" is escaped.
    assert source.name.startswith("Sources\u00a0: AFP &lt;via&gt; Arab News (02/2025), Horizon Actu (16/09/2025)")
    assert source.name.endswith("données arrêtées le 2 juin 2026")
    assert (source_legend.xref, source_legend.yref, source_legend.y, source_legend.yanchor) == (
        "container", "container", 0, "bottom")
    # The anchor traces draw nothing.
    assert list(subtitle.x) == [None] and source.line.width == 0
    # Room for the title block on top and the source line below; the plot keeps its height.
    assert out.layout.margin.t > 60 and out.layout.margin.b > 80
    assert out.layout.width == 1000
    assert out.layout.height == 420 + (out.layout.margin.t - 100) + (out.layout.margin.b - 80)
    # The builder's single trace still has no legend (plotly's default for one trace).
    assert out.layout.legend.visible is False


def test_decorate_wraps_long_lines_and_keeps_the_figure_title_when_none_given():
    dataset = make_dataset()
    fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4]), layout={"title": "Titre du constructeur",
                                                            "meta": {"source_ids": ["afp-2025"]}})
    many = Filters(sites=tuple(f"site-{i}" for i in range(40)))
    out = export.decorate_for_export(fig, None, many, "fr", dataset.sources, width=600)
    subtitle, title_legend = text_block(out, export.TITLE_TRACE_NAME)
    assert title_legend.title.text == "Titre du constructeur"
    lines = subtitle.name.split("<br>")
    assert len(lines) > 2
    assert all(len(line) <= 600 / (export.SUBTITLE_SIZE * export.CHAR_WIDTH) for line in lines)


def test_the_figure_title_wins_and_its_markup_stays():
    dataset = make_dataset()
    fig = go.Figure(go.Bar(x=[1], y=[1]), layout={"title": {
        "text": "Classement (300 MW)<br><sup>1 site exclu</sup>", "subtitle": {"text": "Ancien site <i>X</i>"}}})
    spec = CHARTS[0]
    assert export.export_title(fig, spec, "fr") is None
    out = export.decorate_for_export(fig, None, Filters(), "fr", dataset.sources)
    subtitle, title_legend = text_block(out, export.TITLE_TRACE_NAME)
    assert title_legend.title.text == "Classement (300 MW)<br><sup>1 site exclu</sup>"
    assert subtitle.name == "Ancien site <i>X</i><br>Tous les sites"  # the builder's subtitle, then the filters
    untitled = go.Figure(go.Bar(x=[1], y=[1]))
    assert export.export_title(untitled, spec, "en") == "Investment by site"
    out = export.decorate_for_export(untitled, "R&D <b>", Filters(), "fr", dataset.sources)
    assert text_block(out, export.TITLE_TRACE_NAME)[1].title.text == "R&amp;D &lt;b&gt;"


def test_decorate_map_uses_fixed_annotations_and_adds_no_trace():
    """A map keeps the size of its first drawing: around it everything is placed once and for all."""
    dataset = make_dataset()
    fig = map_builder(dataset, Filters(), "fr", {})
    out = export.decorate_for_export(fig, "Carte des sites", Filters(deps=("62",)), "fr", dataset.sources,
                                     as_of="2025-09")
    notes = {a.name: a for a in out.layout.annotations}
    assert notes[export.TITLE_TRACE_NAME].text == "Carte des sites"
    assert notes[export.TITLE_TRACE_NAME + "-filters"].text == "Département\u00a0: 62 Pas-de-Calais"
    assert "Horizon Actu (16/09/2025)" in notes[export.SOURCE_TRACE_NAME].text
    assert len(out.data) == len(fig.data) and all(trace.type == "scattermap" for trace in out.data)
    # The title's top sits 12 px under the image's top edge; the source line under the map.
    assert notes[export.TITLE_TRACE_NAME].yshift == out.layout.margin.t - 12
    assert notes[export.SOURCE_TRACE_NAME].y == 0 and notes[export.SOURCE_TRACE_NAME].yanchor == "top"
    assert out.layout.margin.b > 0 and out.layout.margin.l >= export.EDGE


def test_a_legend_under_the_plot_moves_above_the_source_line():
    dataset = make_dataset()
    fig = go.Figure([go.Bar(x=[1], y=[1], name="a"), go.Bar(x=[1], y=[2], name="b")],
                    layout={"legend": {"orientation": "h", "y": -0.25, "yanchor": "top"}, "height": 400})
    out = export.decorate_for_export(fig, "T", Filters(), "fr", dataset.sources)
    legend = out.layout.legend
    assert legend.yref == "container" and legend.yanchor == "bottom"
    source_block = out.layout.margin.b - 80
    assert legend.y * out.layout.height == pytest.approx(source_block + 4)
    assert legend.visible is not False


# A figure built in the app carries Streamlit's template (plotly's default once streamlit is
# imported): placeholder colours its page swaps for the theme's, no automargin (its page adds it).
STREAMLIT_LIKE = {"layout": {"colorway": ["#000001", "#000002"], "xaxis": {"automargin": False}}}


def _long_tick_bars(template) -> go.Figure:
    """Bars whose y tick labels are wider than the 10 px left margin the builders ask for."""
    return go.Figure(go.Bar(x=["a", "b"], y=[1, 2]), layout={
        "template": template, "margin": {"l": 10}, "height": 300,
        "yaxis": {"tickvals": [0, 2], "ticktext": ["0", "60 Md €"]}, "meta": {"source_ids": ["afp-2025"]}})


@pytest.mark.parametrize("template", [STREAMLIT_LIKE, "plotly"])
def test_an_export_is_drawn_on_its_own_template_whichever_process_built_the_figure(template):
    dataset = make_dataset()
    fig = _long_tick_bars(template)
    before = fig.layout.template.to_plotly_json()
    out = export.decorate_for_export(fig, "T", Filters(), "fr", dataset.sources)
    assert out.layout.template.to_plotly_json() == decoration.EXPORT_TEMPLATE
    assert out.layout.template.layout.colorway is None  # no placeholder colour reaches an image
    assert fig.layout.template.to_plotly_json() == before, "the page's figure must not change"


@needs_chromium
def test_an_exported_axis_fits_its_tick_labels(exporter):
    dataset = make_dataset()
    fig = _long_tick_bars(STREAMLIT_LIKE)
    svg = export.export_figure(fig, "T", Filters(), "fr", dataset, export.RenderOptions("svg", 600, 400),
                               exporter=exporter).decode()
    # The labels' right edge: past the widest label ("60 Md €", ~45 px), not at the 10 px margin.
    right_edges = [float(x) for x in re.findall(r'<g class="ytick"><text[^>]* x="([-\d.]+)"', svg)]
    assert right_edges and min(right_edges) > 40


def test_prepare_maps_goes_offline_and_keeps_outlines(monkeypatch):
    fig = map_builder(make_dataset(), Filters(), "fr", {})
    assert export.prepare_maps(fig) is False
    assert fig.layout.map.style == "white-bg"
    assert [layer.sourcetype for layer in fig.layout.map.layers] == ["geojson"]
    # Tiles asked for but unreachable: offline too.
    fig = map_builder(make_dataset(), Filters(), "fr", {})
    monkeypatch.setattr(decoration, "tiles_reachable", lambda style, timeout=2.0: False)
    assert export.prepare_maps(fig, tiles=True) is False and fig.layout.map.style == "white-bg"
    # Tiles asked for and reachable: the builder's style stays.
    fig = map_builder(make_dataset(), Filters(), "fr", {})
    monkeypatch.setattr(decoration, "tiles_reachable", lambda style, timeout=2.0: True)
    assert export.prepare_maps(fig, tiles=True) is True and fig.layout.map.style == "carto-positron"


def test_tiles_reachable_is_false_offline_and_true_for_a_listening_server():
    assert export.tiles_reachable("white-bg") is False
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        assert export.tiles_reachable(f"http://127.0.0.1:{port}/style.json") is True
    assert export.tiles_reachable(f"http://127.0.0.1:{port}/style.json", timeout=0.5) is False


def test_export_file_names_are_predictable():
    assert export.export_file_name("map", "site-map", Filters(), "png") == "map__site-map.png"
    filters = Filters(types=("data_center", "battery"), deps=("59",), lang="en")
    assert (export.export_file_name("overview", "projects-by-status", filters, "svg")
            == "overview__projects-by-status__type-data_center+battery_dep-59_lang-en.svg")
    odd = Filters(sites=("a/b c",))
    assert export.export_file_name("p", "c", odd, "pdf") == "p__c__site-a-b-c.pdf"
    long = Filters(sites=tuple(f"site-number-{i}" for i in range(20)))
    name = export.export_file_name("p", "c", long, "png")
    assert name.startswith("p__c__filters-") and len(name) == len("p__c__filters-") + 10 + 4
    assert name == export.export_file_name("p", "c", long, "png")


def test_in_page_downloads_and_the_batch_name_a_chart_alike():
    filters = Filters(types=("data_center",), deps=("59",))
    assert export.chart_file_stem("map", "sites", filters) == "map__sites__type-data_center_dep-59"
    assert export.chart_file_stem("x", "y", Filters(sites=("a/b",))) == "x__y__site-a-b"
    assert export.export_file_name("map", "sites", filters, "svg") == export.chart_file_stem("map", "sites", filters) + ".svg"


def test_importing_the_module_starts_no_browser():
    code = "import sys, dashboard.export.renderer as e; print(e._EXPORTER is None, 'kaleido' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_missing_chromium_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium"))
    with pytest.raises(export.BrowserNotFoundError, match="apt-get install chromium"):
        export.find_browser()
    monkeypatch.delenv("BROWSER_PATH")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(export.BrowserNotFoundError, match="apt-get install chromium"):
        export.find_browser()
    exporter = export.Exporter()
    with pytest.raises(export.BrowserNotFoundError, match="apt-get install chromium"):
        exporter.render(go.Figure(), export.RenderOptions("png"))
    assert exporter.starts == 0


def test_unknown_format_is_refused():
    with pytest.raises(export.ExportError, match="unknown format 'gif'"):
        export.Exporter().render(go.Figure(), export.RenderOptions("gif"))


# --------------------------------------------------------------------------------------------
# Real renders (one Chromium for the module)


@pytest.fixture(scope="module")
def exporter():
    if not os.environ.get("BROWSER_PATH") and os.path.exists(CHROMIUM):
        os.environ["BROWSER_PATH"] = CHROMIUM
    exp = export.Exporter(timeout=30)
    yield exp
    exp.close()


@needs_chromium
@pytest.mark.parametrize("fmt", export.FORMATS)
def test_each_format_is_a_valid_file_with_title_filters_and_sources(exporter, fmt):
    dataset = make_dataset()
    filters = Filters(types=("data_center",))
    fig = bar_builder(dataset, filters, "fr", {})
    data = export.export_figure(fig, "Investissement par site", filters, "fr", dataset,
                                export.RenderOptions(fmt, 900, 500, 2), exporter=exporter)
    if fmt == "png":
        assert png_size(data) == (1800, 1000)
        assert len(data) > 20_000
        image = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
        assert len(np.unique(image.reshape(-1, 3), axis=0)) > 20, "an almost blank image"
    elif fmt == "svg":
        root = ET.fromstring(data)
        assert (root.get("width"), root.get("height")) == ("900", "500")
        text = svg_texts(data)
        assert "Investissement par site" in text
        assert "Type de projet\u00a0: Centre de données" in text
        assert "Horizon Actu (16/09/2025)" in text and "données arrêtées le 2 juin 2026" in text
        assert len(data) > 5_000
    else:
        assert_pdf(data)


@needs_chromium
def test_png_and_svg_in_english(exporter):
    dataset = make_dataset()
    filters = Filters(deps=("59",), lang="en")
    fig = bar_builder(dataset, filters, "en", {})
    svg = export.export_figure(fig, "Investment by site", filters, "en", dataset, export.RenderOptions("svg"),
                               exporter=exporter)
    text = svg_texts(svg)
    assert "Département: 59 Nord" in text and "Sources: AFP &lt;via&gt;" not in text
    assert "AFP <via> Arab News (02/2025)" in text and "data as of 2 June 2026" in text
    png = export.export_figure(fig, "Investment by site", filters, "en", dataset, export.RenderOptions("png"),
                               exporter=exporter)
    # Default size: 1200 wide, the chart's own height plus the title block and the source line.
    width, height = png_size(png)
    assert width == export.DEFAULT_WIDTH and height > 420


@needs_chromium
def test_map_exports_outlines_and_points_offline(exporter):
    dataset = make_dataset()
    fig = map_builder(dataset, Filters(), "fr", {})
    png = export.export_figure(fig, "Carte des sites", Filters(), "fr", dataset,
                               export.RenderOptions("png", 800, 700, 1), exporter=exporter)
    assert png_size(png) == (800, 700)
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)

    def near(target, tol=40):
        return int((np.abs(pixels - np.array(target)).max(axis=2) <= tol).sum())

    outline = near((0x1F, 0x3B, 0x99))
    points = near((0xD6, 0x27, 0x28))
    assert outline > 500, "the outline is missing"
    assert points > 300, "the points are missing"


@needs_chromium
def test_one_browser_serves_every_export_even_from_threads(exporter):
    exporter.render(go.Figure(go.Bar(x=[1], y=[1])), export.RenderOptions("png"))
    starts = exporter.starts
    results: list[bytes] = []
    errors: list[Exception] = []

    def work(i: int) -> None:
        try:
            fig = go.Figure(go.Bar(x=["a", "b"], y=[i, i + 1]), layout={"title": f"fig {i}"})
            results.append(exporter.render(fig, export.RenderOptions("svg")))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    titles = sorted(re.search(r"fig (\d+)", svg_texts(r)).group(1) for r in results)
    assert titles == [str(i) for i in range(6)], "each caller must get its own figure"
    assert exporter.starts == starts, "a second browser was started"


@pytest.fixture
def silent_server():
    """A TCP server that accepts connections and never answers (a hanging tile/style server)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join(2)
    for conn in accepted:
        conn.close()
    server.close()


@needs_chromium
def test_a_hanging_export_stops_at_the_time_limit_and_the_next_one_works(exporter, silent_server):
    fig = go.Figure(go.Scattermap(lat=[50.5], lon=[2.6]))
    fig.update_layout(map={"style": f"{silent_server}/style.json"})  # never answers
    with pytest.raises(export.ExportError, match=r"time limit \(2 s\)"):
        exporter.render(fig, export.RenderOptions("png"), timeout=2)
    data = exporter.render(go.Figure(go.Bar(x=[1, 2], y=[2, 1])), export.RenderOptions("png", 300, 200, 1))
    assert png_size(data) == (300, 200)


@needs_chromium
def test_a_killed_browser_is_replaced():
    exp = export.Exporter(timeout=20)
    try:
        exp.render(go.Figure(go.Bar(x=[1], y=[1])), export.RenderOptions("png", 200, 100, 1))
        exp._kaleido.subprocess.kill()
        exp._kaleido.subprocess.wait(10)
        outcomes = []
        for _ in range(2):
            try:
                outcomes.append(png_size(exp.render(go.Figure(go.Bar(x=[1], y=[2])),
                                                    export.RenderOptions("png", 200, 100, 1))))
            except export.ExportError as exc:
                outcomes.append(str(exc))
        assert outcomes[-1] == (200, 100), outcomes
        assert exp.starts == 2
    finally:
        exp.close()


# --------------------------------------------------------------------------------------------
# The batch


@needs_chromium
def test_batch_writes_every_chart_with_predictable_names(exporter, tmp_path):
    dataset = make_dataset()
    result = export.export_all(dataset, Filters(), tmp_path, export.RenderOptions("png"), charts=CHARTS,
                               exporter=exporter)
    assert not result.failures
    assert sorted(p.name for p in result.written) == ["investment__investment-by-site.png", "map__site-map.png"]
    for path in result.written:
        assert path.is_file() and png_size(path.read_bytes())[0] == export.DEFAULT_WIDTH


@needs_chromium
def test_batch_on_a_filter_exports_only_the_filtered_data(exporter, tmp_path, monkeypatch):
    dataset = make_dataset()
    rendered: list[dict] = []
    real_render = exporter.render

    def spy(fig, options=export.RenderOptions(), timeout=None):
        rendered.append(fig.to_dict() if hasattr(fig, "to_dict") else fig)
        return real_render(fig, options, timeout)

    monkeypatch.setattr(exporter, "render", spy)
    filters = Filters(deps=("59",))
    result = export.export_all(dataset, filters, tmp_path, export.RenderOptions("svg"), charts=CHARTS,
                               exporter=exporter)
    assert sorted(p.name for p in result.written) == ["investment__investment-by-site__dep-59.svg",
                                                      "map__site-map__dep-59.svg"]
    bar_svg = svg_texts((tmp_path / "investment__investment-by-site__dep-59.svg").read_bytes())
    assert "Campus IA Cambrai" in bar_svg and "Gigafactory Envision Douai" in bar_svg
    assert "Béthune" not in bar_svg.replace("Horizon", ""), "a site of another département was exported"
    assert "Horizon Actu" not in bar_svg, "the source line cites a source of a filtered-out site"
    assert len(rendered) == 2
    bar = next(f for f in rendered if any(t.get("type") == "bar" for t in f["data"]))
    site_map = next(f for f in rendered if any(t.get("type") == "scattermap" for t in f["data"]))
    assert [t["x"] for t in bar["data"] if t.get("type") == "bar"] == [["Campus IA Cambrai",
                                                                        "Gigafactory Envision Douai"]]
    points = [t for t in site_map["data"] if t.get("type") == "scattermap"]
    assert [tuple(t["text"]) for t in points] == [("Campus IA Cambrai", "Gigafactory Envision Douai")]
    assert site_map["layout"]["map"]["style"] == "white-bg"


@needs_chromium
def test_batch_goes_on_after_a_broken_chart_and_reports_it(exporter, tmp_path):
    def broken(dataset, filters, lang, options):
        raise ValueError("no column 'x'")

    charts = [ChartSpec("overview", "broken", {"fr": "Cassé"}, broken), CHARTS[0]]
    result = export.export_all(make_dataset(), Filters(), tmp_path, export.RenderOptions("pdf"), charts=charts,
                               exporter=exporter)
    assert [p.name for p in result.written] == ["investment__investment-by-site.pdf"]
    assert result.failures == [("overview/broken", "could not build the chart (ValueError: no column 'x')")]
    assert_pdf(result.written[0].read_bytes())


def test_json_of_the_decorated_figure_is_plain():
    """The decorated figure serializes (what kaleido sends to Chromium)."""
    dataset = make_dataset()
    out = export.decorate_for_export(bar_builder(dataset, Filters(), "fr", {}), "T", Filters(), "fr",
                                     dataset.sources)
    layout = json.loads(out.to_json())["layout"]
    titles = [layout[key]["title"]["text"] for key in layout if key.startswith("legend") and "title" in layout[key]]
    assert titles == ["T"]
