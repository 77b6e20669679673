"""dashboard.ui.components.chart: a page's chart is the builder's figure as it is (no export
decoration on screen), and its toolbar has no camera, whose image would lack the title block and
the source line: the PNG button under the chart is the one image a reader gets."""

from __future__ import annotations

import json

import pytest

from dashboard.export.decoration import SOURCE_TRACE_NAME, TITLE_TRACE_NAME
from dashboard.figures.investment import CHARTS
from dashboard.domain.filters import Filters
from dashboard.ui.components.chart import CHART_CONFIG
from tests.fixtures import plotly_figures


def configs(at) -> list[dict]:
    return [json.loads(element.proto.config) for element in at.get("plotly_chart")]


@pytest.mark.parametrize("page", ["overview", "investment", "puissance", "site"])
def test_no_chart_has_a_camera_or_an_export_block_on_screen(run_page, page):
    at = run_page(page, **({"id": "dc-dunkerque"} if page == "site" else {}))
    figures = plotly_figures(at)
    assert figures, f"{page} drew no chart"
    for config in configs(at):
        assert "toImage" in config["modeBarButtonsToRemove"] and config["displaylogo"] is False
    for figure in figures:
        metas = [trace.get("meta") for trace in figure["data"]]
        assert SOURCE_TRACE_NAME not in metas and TITLE_TRACE_NAME not in metas


def test_the_chart_on_screen_is_the_builders_figure(run_page, sample_data):
    at = run_page("investment")
    (shown,) = plotly_figures(at)
    spec = CHARTS[0]  # the tab the page opens on
    built = json.loads(spec.build(sample_data, Filters(), "fr", dict(spec.default_options)).to_json())
    assert len(shown["data"]) == len(built["data"])
    assert shown["layout"]["margin"] == built["layout"]["margin"]
    assert shown["layout"].get("height") == built["layout"].get("height")


def test_the_config_removes_only_the_camera():
    assert CHART_CONFIG == {"modeBarButtonsToRemove": ["toImage"], "displaylogo": False}
