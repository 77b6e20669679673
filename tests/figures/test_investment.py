"""dashboard.figures.investment: per project (sorted, ≈ and ⚠ marked, every conflicting source's
figure drawn and listed), sums by type and département (unknown left out and counted), running
totals by commissioning year; fr and en."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.figures.registry import source_ids_of
from dashboard.figures import investment as fi
from dashboard.domain import investment as di
from dashboard.domain.filters import Filters
from tests.fixtures import fact, make_dataset, sample_dataset, site, source



@pytest.fixture(scope="module")
def dataset():
    return sample_dataset()


def by_project(dataset, lang="fr"):
    return fi.build_investment_by_project(dataset.sites, dataset.facts, dataset.sources, {"lang": lang})


def trace(fig, name):
    return next(t for t in fig.data if t.name == name)


def note(fig) -> str:
    """The chart's notes (shown under it by the page), as one text."""
    return " ".join(fi.notes_of(fig))


# --- by project -----------------------------------------------------------------------------


def test_by_project_bars_sorted_with_formatted_labels(dataset):
    fig = by_project(dataset)
    assert list(fig.layout.yaxis.categoryarray) == [
        "Gigafactory Douai", "DC Béthune", "Recyclage Dunkerque",  # known, largest first
        "DC Dunkerque", "Recyclage Béthune",  # unknown, listed after
    ]
    assert fig.layout.yaxis.autorange == "reversed"
    dc = trace(fig, "Centre de données")
    assert list(dc.x) == [1.5e9] and list(dc.text) == ["1,5\u00a0Md\u00a0€ ⚠"]
    # Labels are written right of the bar and of every source's marker (DC Béthune: 1.5 bn and 1 bn).
    labels = trace(fig, "labels")
    expected = {"Gigafactory Douai": 2e9, "DC Béthune": 1.5e9, "Recyclage Dunkerque": 4.5e8}
    assert dict(zip(labels.y, labels.x)) == expected
    assert labels.text[1].strip() == "1,5\u00a0Md\u00a0€ ⚠"
    # Long names wrap on the axis; the categories stay the names.
    assert list(fig.layout.yaxis.tickvals) == list(fig.layout.yaxis.categoryarray)
    assert list(trace(fig, "Batterie").text) == ["2\u00a0Md\u00a0€"]
    recycling = trace(fig, "Recyclage")
    assert list(recycling.text) == ["≈\u202f450\u00a0M\u00a0€"]
    assert list(recycling.marker.pattern.shape) == ["/"]  # approximate: hatched over the colour
    assert recycling.marker.pattern.fillmode == "overlay"
    assert list(dc.marker.pattern.shape) == [""]


def test_by_project_lists_unknown_investment_as_unknown_never_zero(dataset):
    fig = by_project(dataset)
    bar_names = {name for t in fig.data if t.type == "bar" for name in t.y}
    assert "DC Dunkerque" not in bar_names and "Recyclage Béthune" not in bar_names
    unknown = trace(fig, "inconnu")
    assert unknown.mode == "text" and list(unknown.text) == ["inconnu", "inconnu"]
    assert "Investissement inconnu pour 2 projets, non comptés\u00a0: DC Dunkerque, Recyclage Béthune." in note(fig)


def test_by_project_draws_and_lists_each_conflicting_source(dataset):
    fig = by_project(dataset)
    figures = trace(fig, "Valeur d'une source (désaccord)")
    assert figures.marker.symbol == "diamond"
    assert list(figures.x) == [1.5e9, 1e9] and list(figures.y) == ["DC Béthune", "DC Béthune"]
    assert "La Voix du Nord (10 juin 2025)" in figures.hovertext[1]
    text = note(fig)
    assert ("⚠ DC Béthune\u00a0: 1,5\u00a0Md\u00a0€ (Horizon Actu, 16 septembre 2025)\u00a0; "
            "1\u00a0Md\u00a0€ (La Voix du Nord, 10 juin 2025). Retenue\u00a0: la plus récente.") in text
    assert "hachuré = valeur non exacte\u00a0: approximative (≈) ou borne (≤, ≥)" in text


def test_by_project_leaves_context_types_out(dataset):
    fig = by_project(dataset)
    drawn = {sid for t in fig.data if t.customdata is not None for sid in t.customdata}
    assert not drawn & {"gravelines", "ss-warande", "host-bethune", "hdf"}


def test_by_project_in_english(dataset):
    fig = by_project(dataset, "en")
    assert fig.layout.title.text == "Investment by project"
    assert list(trace(fig, "Data centre").text) == ["€1.5bn ⚠"]
    assert list(trace(fig, "Recycling").text) == ["≈\u00a0€450m"]
    assert "⚠ DC Béthune: €1.5bn (Horizon Actu, 16 September 2025); €1bn (La Voix du Nord, 10 June 2025)" in note(fig)
    assert fig.layout.xaxis.title.text == "Investment"
    assert "€1bn" in fig.layout.xaxis.ticktext


def test_eur_axis_has_round_ticks_in_the_readers_format():
    axis = fi.eur_axis(2.4e9, "fr")
    assert axis["tickvals"][:3] == [0, 1e9, 2e9]
    assert axis["ticktext"][:3] == ["0", "1\u00a0Md\u00a0€", "2\u00a0Md\u00a0€"]
    assert fi.eur_axis(0, "fr") == {}


# --- by type / département --------------------------------------------------------------------


def test_sums_by_type_leave_unknown_out_and_count_them(dataset):
    sums = di.investment_sums(dataset.sites, "project_type").set_index("group")
    assert sums.loc["data_center", "total"] == 1.5e9
    assert (sums.loc["data_center", "known"], sums.loc["data_center", "unknown"]) == (1, 1)
    assert sums.loc["recycling", "approx"] and sums.loc["data_center", "conflict"]
    fig = fi.build_investment_by_group(dataset.sites, {"lang": "fr", "group": "project_type"})
    (bars,) = fig.data
    assert list(bars.x) == ["Batterie", "Centre de données", "Recyclage"]
    assert list(bars.y) == [2e9, 1.5e9, 4.5e8]
    assert list(bars.text) == ["2\u00a0Md\u00a0€", "1,5\u00a0Md\u00a0€ ⚠", "≈\u202f450\u00a0M\u00a0€"]
    assert "1 projet chiffré sur 2" in bars.hovertext[1]
    assert "2 projets à investissement inconnu, exclus des sommes" in note(fig)
    assert fig.layout.title.text == "Investissement par type de projet"


def test_sums_by_departement(dataset):
    fig = fi.build_investment_by_group(dataset.sites, {"lang": "en", "group": "departement"})
    (bars,) = fig.data
    assert list(bars.x) == ["59 Nord", "62 Pas-de-Calais"]
    assert list(bars.y) == [2.45e9, 1.5e9]
    assert list(bars.text) == ["≈\u00a0€2.4bn", "€1.5bn ⚠"]
    assert fig.layout.title.text == "Investment by département"
    assert "2 projects with unknown investment, left out of the sums (never counted as 0)." in note(fig)


def test_a_group_with_only_unknown_investment_is_labelled_unknown_not_zero():
    data = make_dataset([site("a", "data_center", departement="80", name="A"),
                         site("b", "battery", departement="59", name="B", investment_eur=1e8)])
    fig = fi.build_investment_by_group(data.sites, {"lang": "fr", "group": "departement"})
    bars, unknown = fig.data
    assert list(bars.x) == ["59 Nord"] and list(bars.y) == [1e8]
    assert list(unknown.x) == ["80 Somme"] and list(unknown.text) == ["inconnu"]
    with pytest.raises(ValueError, match="group must be one of"):
        di.investment_sums(data.sites, "operator")


# --- cumulative by year -----------------------------------------------------------------------


def test_cumulative_by_commissioning_year(dataset):
    by_year, counts = di.cumulative_by_year(dataset.sites)
    assert list(by_year["year"]) == [2025, 2026, 2027]
    assert list(by_year["cum_investment"]) == [2e9, 2.45e9, 3.95e9]
    assert counts == {"undated": 2, "investment_unknown": 0, "power_unknown": 1}
    fig = fi.build_cumulative_by_year(dataset.sites, {"lang": "fr"})
    bars, line = fig.data
    assert list(bars.x) == [2025, 2026, 2027]
    assert list(bars.text) == ["2\u00a0Md\u00a0€", "≈\u202f2,4\u00a0Md\u00a0€", "≈\u202f4\u00a0Md\u00a0€ ⚠"]
    # 2025's only project has no known power: unknown, not 0.
    assert pd.isna(line.y[0]) and list(line.y[1:]) == [50.0, 250.0]
    assert list(line.text) == ["inconnu", "50\u00a0MW", "≈\u202f250\u00a0MW"]
    assert line.yaxis == "y2"
    text = note(fig)
    assert "Exclus\u00a0: 2 projets sans date de mise en service connue." in text
    assert "puissance inconnue pour 1" in text
    assert fig.layout.title.text == "Investissement et puissance cumulés par année de mise en service"
    en = fi.build_cumulative_by_year(dataset.sites, {"lang": "en"})
    assert en.layout.xaxis2.title.text == "Commissioning year"
    assert [a.text for a in en.layout.annotations] == ["Cumulative investment", "Cumulative power"]
    assert list(fig.layout.yaxis2.ticktext)[:3] == ["0", "100\u00a0MW", "200\u00a0MW"]
    assert "Left out: 2 projects with no known commissioning date." in note(en)


def test_running_total_starts_at_the_first_known_figure_not_at_zero():
    data = make_dataset([site("a", "data_center", investment_eur=None, commissioning_start=dt.date(2025, 1, 1)),
                         site("b", "data_center", investment_eur=3e8, commissioning_start=dt.date(2026, 1, 1))])
    by_year, counts = di.cumulative_by_year(data.sites)
    assert pd.isna(by_year["cum_investment"].iloc[0]) and by_year["cum_investment"].iloc[1] == 3e8
    assert counts["investment_unknown"] == 1


def test_cumulative_without_any_dated_project():
    data = make_dataset([site("a", "data_center")])
    fig = fi.build_cumulative_by_year(data.sites, {"lang": "fr"})
    assert list(fig.data[0].x) == []
    assert "Exclus\u00a0: 1 projet" in note(fig)


# --- registry -------------------------------------------------------------------------------


def test_chart_specs_follow_the_filters(dataset):
    ids = [spec.chart_id for spec in fi.CHARTS]
    assert ids == ["investment-by-project", "investment-by-type", "investment-by-departement",
                   "investment-cumulative"]
    for spec in fi.CHARTS:
        for lang in ("fr", "en"):
            fig = spec.build(dataset, Filters(), lang, dict(spec.default_options))
            assert fig.layout.title.text == spec.title[lang]
            assert source_ids_of(fig)
    spec = fi.CHARTS[0]
    fig = spec.build(dataset, Filters(types=("battery",)), "fr", {})
    assert [t.name for t in fig.data if t.type == "bar"] == ["Batterie"]
    assert source_ids_of(fig) == ["insee", "src-d"]


def test_conflict_note_dates_a_source_without_publication_date_by_its_as_of():
    data = make_dataset(
        [site("a", "data_center", name="A", investment_eur=2e8, investment_eur_conflict=True)],
        facts=[fact("a", "investment", 2e8, "2026-06", "s1", conflict=True),
               fact("a", "investment", 1e8, "2025-01", "s2", conflict=True, is_current=False)],
        sources=[source("s1", "Journal, édition Nord", ""), source("s2", "Radio", "2025-01-21")],
    )
    (line,) = fi.conflict_notes(data.sites, data.facts, data.sources, "fr")
    assert line == ("⚠ A\u00a0: 200\u00a0M\u00a0€ (Journal, édition Nord, en juin 2026)\u00a0; "
                    "100\u00a0M\u00a0€ (Radio, 21 janvier 2025). Retenue\u00a0: la plus récente.")


def test_a_long_value_label_wraps_and_the_right_margin_holds_its_longest_line():
    """"30–35 Md € (programme d'un territoire)" was cut at the chart's right edge: the kind goes on a
    second line, and the right margin (where a label ends whatever the chart's width, its bar at
    most reaching the axis' end) holds the longest line."""
    dataset = make_dataset(
        sites=[site("loon", "data_center", name="Loon-Plage", investment_eur=30e9, investment_eur_high=35e9,
                    investment_eur_qualifier="range", investment_eur_measure="programme"),
               site("small", "data_center", name="Petit", investment_eur=2e6)],
        facts=[fact("loon", "investment", 30e9, "2025-02", "s1", value_high=35e9, measure="programme"),
               fact("small", "investment", 2e6, "2025-02", "s1")],
        sources=[source("s1", "La Voix du Nord", "2025-02-10")])
    for lang, amount, kind in (("fr", "30–35\u00a0Md\u00a0€", "(programme d'un territoire)"),
                               ("en", "€30–35bn", "(territory programme)")):
        fig = by_project(dataset, lang)
        labels = trace(fig, "labels")
        lines = [line.strip("\u2002") for line in labels.text[0].split("<br>")]
        assert lines == [amount, kind]
        assert fig.layout.margin.r >= fi.LABEL_CHAR_PX * len(kind)
        # The axis ends just past the largest bar: the label's room is the margin, not a guess on the width.
        assert fig.layout.xaxis.range[1] <= 35e9 * 1.1
        assert labels.text[1].strip("\u2002") == ("2\u00a0M\u00a0€" if lang == "fr" else "€2m")
