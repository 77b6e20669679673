"""The figure a page hands to plotly (decoration.with_source_line), from which the modebar's PNG is
drawn: its source line as the exports write it, axes that fit their labels, room for the longest y
label in a fallback font; a map left as it is. The PNG itself is checked in Chromium
(tests/browser/test_export_browser.py)."""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard.export import decoration
from tests.fixtures import sample_dataset

LONG = "Campus de data centers d'Escaudain (zone des Soufflantes)"


def bar_figure() -> go.Figure:
    fig = go.Figure(go.Bar(x=[3, 1], y=[LONG, "Court"], orientation="h"))
    fig.update_layout(height=400, margin={"l": 10, "r": 10, "t": 60, "b": 50},
                      meta={"source_ids": ["src-a"]})
    return fig


def test_the_source_line_is_in_the_figure_and_the_axes_fit_their_labels():
    dataset = sample_dataset()
    fig = bar_figure()
    shown = decoration.with_source_line(fig, dataset.sources, "fr", dataset.as_of)
    (source,) = [t for t in shown.data if t.uid == decoration.SOURCE_TRACE_NAME]
    expected = decoration.source_line(["src-a"], dataset.sources, "fr", dataset.as_of)
    assert source.name.replace("<br>", " ") == expected and expected.startswith("Source\u00a0: Horizon Actu")
    legend = shown.layout[source.legend]
    assert (legend.yref, legend.y, legend.yanchor) == ("container", 0, "bottom")
    assert legend.entrywidth >= decoration.DEFAULT_WIDTH - 3 * decoration.EDGE  # never clipped to a measured width
    assert shown.layout.xaxis.automargin and shown.layout.yaxis.automargin
    # Room for the longest label drawn in a wider fallback font, and for the source line under the plot.
    assert shown.layout.margin.l >= len(LONG) * 12 * decoration.FALLBACK_CHAR_WIDTH
    assert shown.layout.margin.b > 50 and shown.layout.height > 400
    assert len(fig.data) == 1 and fig.layout.margin.l == 10  # the builder's figure left as it was


def test_a_map_is_left_as_it_is():
    fig = go.Figure(go.Scattermap(lat=[50.5], lon=[2.6]))
    shown = decoration.with_source_line(fig, sample_dataset().sources, "fr")
    assert len(shown.data) == 1 and shown.layout.margin.l is None


def test_every_page_chart_carries_its_source_line(run_page):
    from tests.fixtures import plotly_figures

    at = run_page("investment")
    (figure,) = plotly_figures(at, with_source_line=True)
    names = [trace.get("name", "") for trace in figure["data"] if trace.get("meta") == decoration.SOURCE_TRACE_NAME]
    assert len(names) == 1 and names[0].startswith("Source")
    assert len(plotly_figures(at)[0]["data"]) == len(figure["data"]) - 1
