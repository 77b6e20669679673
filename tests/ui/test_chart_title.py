"""Chart titles bold once (ui.components.chart.title_bold_once): Streamlit's theme wraps
layout.title.text in <b> each time it themes a figure, twice for every chart (the browser's
plotly layout read `<b><b>…</b></b>`); the page sends the title in the figure's template instead,
bold once. The browser's side: tests/browser/test_pages_browser.py."""

from __future__ import annotations

import json

import plotly.graph_objects as go

from dashboard.figures import investment
from dashboard.ui.components.chart import title_bold_once
from tests.fixtures import plotly_figures, sample_dataset


def test_a_builders_title_is_sent_bold_once_in_the_template():
    dataset = sample_dataset()
    fig = investment.build_investment_by_project(dataset.sites, dataset.facts, dataset.sources, {"lang": "fr"})
    title = fig.layout.title.text
    assert title == "Investissement par projet" and "<b>" not in title  # the builder writes no markup
    sent = json.loads(json.dumps(title_bold_once(fig), default=str))["layout"]
    assert "title" not in sent  # nothing for Streamlit's theme to wrap
    assert sent["template"]["layout"]["title"]["text"] == "<b>Investissement par projet</b>"
    assert sent["template"]["layout"]["title"]["x"] == fig.layout.title.x  # the rest of the title kept
    assert fig.layout.title.text == title  # the builder's figure (often cached) left as it was


def test_a_figure_without_title_is_left_as_it_is():
    fig = go.Figure(go.Bar(x=[1], y=[2]))
    assert title_bold_once(fig) == go.Figure(go.Bar(x=[1], y=[2])).to_dict()


def test_the_page_sends_each_chart_title_bold_once(run_page):
    at = run_page("investment")
    (sent,) = plotly_figures(at, as_sent=True)
    assert "title" not in sent["layout"]
    assert sent["layout"]["template"]["layout"]["title"]["text"] == "<b>Investissement par projet</b>"
