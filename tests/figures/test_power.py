"""/puissance's pure figure builders on the small power region (tests.fixtures.power_dataset):
stacked areas by status for one measure kind, supply lines (scenario dashed, a date at risk
dotted), the extra demand hatched apart, sources in every hover, energy bars and the projects'
TWh under the load factor, the substation map; all registered for the exports."""

from __future__ import annotations

import dataclasses

import pytest

from dashboard.domain import power
from dashboard.domain.filters import Filters
from dashboard.figures import power as figures
from dashboard.figures.registry import all_charts, source_ids_of
from tests.fixtures import power_dataset


@pytest.fixture(scope="module")
def dataset():
    return power_dataset()


@pytest.fixture(scope="module")
def view(dataset):
    return power.power_view(dataset, Filters())


def hovers(trace) -> list[str]:
    """The hover card of each point: its own text, or the trace's template (the same everywhere)."""
    if trace.hovertext is not None:
        return list(trace.hovertext)
    return [trace.hovertemplate.replace("<extra></extra>", "")] * len(trace.y)


def traces(fig, **match):
    return [t for t in fig.data if all(getattr(t, k) == v for k, v in match.items())]


def test_power_by_year_stacks_statuses_and_draws_the_supply_apart(dataset, view):
    fig = figures.build_power_by_year(view, dataset.sources, "fr")
    stacked = [t for t in fig.data if t.stackgroup == "demand"]
    assert [t.name for t in stacked] == ["En construction", "Annoncé"]
    assert stacked[0].y[2] == 100.0 and stacked[0].y[0] != stacked[0].y[0]  # 2027 on; NaN (unknown) before
    assert any(t.name == "Haut des fourchettes" for t in fig.data)  # Mid's 100 à 200 MW
    scenario = next(t for t in fig.data if t.line.dash == "dash" and t.legendgroup == "supply")
    assert "scénario" in scenario.name and "non décidé" in hovers(scenario)[0]
    at_risk = next(t for t in fig.data if t.line.dash == "dot" and "à risque" in (t.name or ""))
    assert "aucune source datée récente" in hovers(at_risk)[0]
    extra = next(t for t in fig.data if t.fillpattern and t.fillpattern.shape == "/")
    assert "recouper" in hovers(extra)[0] and "Publisher 7" in hovers(extra)[0]
    for trace in fig.data:  # every drawn point names its sources
        if trace.hoverinfo != "skip":
            drawn = [h for h, y in zip(hovers(trace), trace.y) if y == y and y is not None]
            assert drawn and all("Sources" in h for h in drawn), trace.name
    # A card the same at every point is sent once, as the trace's template.
    supply = [t for t in fig.data if t.legendgroup in ("supply", "extra")]
    assert supply and all(t.hovertext is None and "%{" not in t.hovertemplate for t in supply)
    assert {"s1", "s2", "s4", "s7"} <= set(source_ids_of(fig))
    assert any("hypothèse" in note for note in fig.layout.meta["notes"])


def test_another_measure_kind_draws_only_its_own_projects(dataset):
    view = power.power_view(dataset, Filters(), measure="it_load")
    fig = figures.build_power_by_year(view, dataset.sources, "en")
    assert "IT load" in fig.layout.title.text
    stacked = [t for t in fig.data if t.stackgroup == "demand"]
    assert [t.name for t in stacked] == ["Announced"] and max(v for v in stacked[0].y if v == v) == 200


def test_energy_by_year_follows_the_load_factor(dataset):
    low = figures.build_energy_by_year(power.power_view(dataset, Filters(), load_factor=0.4), dataset.sources, "fr")
    high = figures.build_energy_by_year(power.power_view(dataset, Filters(), load_factor=0.8), dataset.sources, "fr")
    line = next(t for t in low.data if t.name and t.name.startswith("Projets, facteur de charge 40"))
    line_high = next(t for t in high.data if t.name and t.name.startswith("Projets, facteur de charge 80"))
    assert line_high.y[-1] == pytest.approx(2 * line.y[-1])
    bars = next(t for t in low.data if t.name == "Consommation régionale")
    assert list(bars.y) == [44.1, 46.7] and "Publisher 8" in bars.hovertext[0]


def test_the_grid_map_marks_fast_track_substations_and_says_capacity_is_unpublished(dataset, view):
    fig = figures.build_grid_map(view, dataset.sources, "fr")
    text = [x for t in fig.data for x in t.text]
    assert any(x.startswith("★ Poste C") for x in text)
    hovers = [h for t in fig.data for h in t.hovertext]
    assert all("n'est pas publiée" in h for h in hovers)


def test_the_power_charts_are_registered_for_the_exports(dataset):
    specs = {s.chart_id: s for s in all_charts() if s.page == "puissance"}
    assert set(specs) == {"power-by-year", "power-energy-by-year", "power-grid-load"}
    for spec in specs.values():
        fig = spec.build(dataset, Filters(), "en", dict(spec.default_options))
        assert fig.layout.title.text


@pytest.mark.parametrize("lang, shown", [("en", True), ("fr", False)])
def test_our_english_note_shows_in_english_hovers_only(dataset, lang, shown):
    """Our notes on facts are in English (schema.NOTES_LANGUAGE): a French hover leaves them out."""
    view = power.power_view(dataset, Filters())
    noted = view.consumption.assign(note="whole region, RTE's balance")
    fig = figures.build_energy_by_year(dataclasses.replace(view, consumption=noted), dataset.sources, lang)
    bars = next(t for t in fig.data if t.name in ("Consommation régionale", "Regional consumption"))
    assert all(("whole region, RTE&#39;s balance" in h or "whole region, RTE's balance" in h) == shown
               for h in bars.hovertext)
    assert all("Publisher 8" in h or "Publisher" in h for h in bars.hovertext)  # the source line stays
