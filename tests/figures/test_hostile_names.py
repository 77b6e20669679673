"""Every figure builder on hostile names (issue 13): no tag, no link and no bold may come from data,
in the figure's JSON nor in its SVG export. Plotly reads a subset of HTML in text (<a href>, <b>,
<br>...), so a name like `<a href="https://example.org/x">lnk</a> DC` must be drawn as typed."""

from __future__ import annotations

import json
import re

import pytest

from dashboard.domain import siting
from dashboard.domain.filters import Filters
from dashboard.domain.tables import Dataset
from dashboard.figures.registry import all_charts
from tests.badinput import HOSTILE_NAMES
from tests.fixtures import sample_dataset

LINK, BOLD, MARKDOWN = HOSTILE_NAMES
# Keys plotly never draws as text (data carried along for callbacks, ids).
NOT_DRAWN = {"customdata", "ids", "meta", "uid", "legendgroup", "selectedpoints"}
TAG = re.compile(r"<[^<>]*>")


def hostile_dataset() -> Dataset:
    dataset = sample_dataset()
    sites = dataset.sites.copy()
    cycle = [HOSTILE_NAMES[i % 3] for i in range(len(sites))]
    for column in ("name", "operator", "commune", "nearest_400kv_name", "nearest_225kv_name"):
        sites[column] = [f"{value} {i}" for i, value in enumerate(cycle)]  # distinct names
    facts = dataset.facts.copy()
    facts["note"] = [HOSTILE_NAMES[i % 3] for i in range(len(facts))]
    facts["raw_value"] = [HOSTILE_NAMES[i % 3] for i in range(len(facts))]
    sources = dataset.sources.copy()
    sources["publisher"] = [HOSTILE_NAMES[i % 3] for i in range(len(sources))]
    sources["title"] = [HOSTILE_NAMES[(i + 1) % 3] for i in range(len(sources))]
    return Dataset(sites=sites, facts=facts, occupancy=dataset.occupancy, sources=sources, problems=dataset.problems)


def strings(value) -> list[str]:
    """Every string plotly may draw: text, hover text, names, titles, tick labels, category values."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in NOT_DRAWN for s in strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings(v)]
    return []


def markup_from_data(text: str) -> bool:
    """True when plotly would read a link, or the hostile values' own tags, in this string. The
    builders' own tags (<b>name</b>, <br>) are fine: escaped data holds no '<' to start one."""
    tags = TAG.findall(text)
    return (any(re.match(r"<\s*a[\s>]", tag, re.IGNORECASE) or "href" in tag.lower() for tag in tags)
            or LINK in text or BOLD in text or "<b>bold" in text)


def assert_no_markup_from_data(fig) -> list[str]:
    texts = strings(json.loads(fig.to_json()))
    leaks = [s for s in texts if markup_from_data(s)]
    assert not leaks, leaks[:5]
    return texts


def figures() -> list[tuple[str, object]]:
    dataset = hostile_dataset()
    built = []
    for spec in all_charts():
        for lang in ("fr", "en"):
            fig = spec.build(dataset, Filters(lang=lang), lang, dict(spec.default_options))
            built.append((f"{spec.chart_id}-{lang}", fig))
    # The siting builders with a geocoded candidate whose name is hostile (the place box).
    candidate = siting.Candidate(name=LINK, lat=50.6, lon=3.0, origin="nominatim", commune=BOLD, departement="59")
    request = siting.Request.of(Filters(), None, siting.DEFAULT_PRESET, candidates=[candidate])
    evaluation = siting.evaluate(dataset.sites, None, request)
    for spec in all_charts():
        if spec.page == "siting":
            options = {**spec.default_options, "evaluation": evaluation}
            built.append((f"{spec.chart_id}-candidate", spec.build(dataset, Filters(), "fr", options)))
    return built


FIGURES = figures()


@pytest.mark.parametrize(("name", "fig"), FIGURES, ids=[name for name, _ in FIGURES])
def test_figure_json_carries_no_tag_link_or_bold_from_data(name, fig):
    assert_no_markup_from_data(fig)


def test_the_hostile_names_do_reach_the_figures_escaped():
    # Not vacuous: the names are drawn (escaped) in most charts, e.g. the siting ranking's axis.
    reached = [name for name, fig in FIGURES if any("&lt;a href" in s for s in strings(json.loads(fig.to_json())))]
    assert len(reached) >= len(FIGURES) // 2, reached
    assert any(name.startswith("siting-ranking") for name in reached)
    assert "siting-ranking-candidate" in reached


def test_every_registered_chart_is_covered():
    covered = {name.rsplit("-", 1)[0] for name, _ in FIGURES if not name.endswith("-candidate")}
    assert {spec.chart_id for spec in all_charts()} <= covered


@pytest.mark.parametrize("chart_id", ["siting-ranking", "siting-sensitivity", "occupancy-by-site", "investment-by-project"])
def test_svg_export_has_no_link_and_no_bold_from_data(chart_id):
    from dashboard.export.renderer import render

    fig = dict(FIGURES)[f"{chart_id}-fr"]
    svg = render(fig, "svg").decode("utf-8")
    assert not re.search(r"<a[\s>]", svg), "no link element"
    hrefs = [h for tag in TAG.findall(svg) for h in re.findall(r'href="([^"]*)"', tag)]  # attributes, not text
    assert not [h for h in hrefs if "example.org" in h or "127.0.0.1" in h], hrefs
    bold_texts = re.findall(r'font-weight:\s*bold[^>]*>([^<]*)<', svg)
    assert not [text for text in bold_texts if "bold" in text or "lnk" in text], bold_texts
    assert "lnk" in svg or "bold" in svg or "B**" in svg, "the hostile names are drawn in the export"
