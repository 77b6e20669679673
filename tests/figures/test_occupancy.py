"""dashboard.figures.occupancy: rate per host site (unknown listed, never a 0 bar), one site's
history with each point's source and date, the tenants table, which hosts a filter keeps."""

from __future__ import annotations

import pytest

from dashboard.figures.registry import source_ids_of
from dashboard.figures import occupancy as fo
from dashboard.domain import occupancy as do
from dashboard.domain.filters import Filters
from tests.fixtures import sample_dataset


@pytest.fixture(scope="module")
def dataset():
    return sample_dataset()


def by_site(dataset, lang="fr"):
    return fo.build_occupancy_by_site(dataset.sites, dataset.occupancy, dataset.sources, {"lang": lang})


def test_known_rates_are_bars_and_unknown_rates_are_labelled_not_zero(dataset):
    fig = by_site(dataset)
    bars, unknown = fig.data
    assert bars.type == "bar" and bars.orientation == "h"
    assert list(bars.y) == ["Ex-Bridgestone Béthune"]
    assert list(bars.x) == [0.8]
    assert list(bars.text) == ["80\u00a0%"]
    # The Amiens host has no published rate: listed with the word, no bar at all.
    assert "Friche Amiens" not in bars.y
    assert unknown.mode == "text" and list(unknown.y) == ["Friche Amiens"] and list(unknown.text) == ["inconnu"]
    assert list(fig.layout.yaxis.categoryarray) == ["Ex-Bridgestone Béthune", "Friche Amiens"]
    assert fig.data[1].cliponaxis is False  # the word is never cut by the axis


def test_by_site_hover_names_the_latest_source_and_date(dataset):
    hover = by_site(dataset).data[0].hovertext[0]
    assert "Taux d'occupation\u00a0: 80\u00a0%" in hover
    assert "Au\u00a0: septembre 2025" in hover
    assert "Source\u00a0: Horizon Actu (16 septembre 2025)" in hover


def test_by_site_is_translated(dataset):
    fr, en = by_site(dataset, "fr"), by_site(dataset, "en")
    assert fr.layout.title.text == "Taux d'occupation des sites industriels d'accueil"
    assert en.layout.title.text == "Occupancy rate of industrial host sites"
    assert list(en.data[0].text) == ["80%"] and list(en.data[1].text) == ["unknown"]
    assert list(fr.layout.xaxis.ticktext) == ["0\u00a0%", "25\u00a0%", "50\u00a0%", "75\u00a0%", "100\u00a0%"]
    assert list(en.layout.xaxis.ticktext)[-1] == "100%"
    assert en.layout.xaxis.title.text == "Occupancy rate"


def test_approximate_rate_is_marked(dataset):
    sites = dataset.sites.copy()
    sites.loc[sites["site_id"] == "host-bethune", "occupancy_rate_approx"] = True
    fig = fo.build_occupancy_by_site(sites, dataset.occupancy, dataset.sources, {"lang": "fr"})
    assert list(fig.data[0].text) == ["≈\u202f80\u00a0%"]


def test_history_has_every_point_with_its_source_and_date_in_time_order(dataset):
    shuffled = dataset.occupancy.iloc[[2, 0, 1]]
    fig = fo.build_occupancy_history(shuffled, "host-bethune", "Ex-Bridgestone Béthune", dataset.sources,
                                     {"lang": "fr"})
    (line,) = fig.data
    assert list(line.y) == [0.56, 0.60, 0.80]
    assert [str(x.date()) for x in line.x] == ["2024-03-01", "2024-11-01", "2025-09-01"]
    assert line.text[0] == "<b>56\u00a0%</b><br>Les Échos<br>mars 2024"
    assert line.text[2] == "<b>80\u00a0%</b><br>Horizon Actu<br>septembre 2025"
    assert "Source\u00a0: France 3 Régions (20 novembre 2024)" in line.hovertext[1]
    assert fig.layout.title.text == "Taux d'occupation dans le temps"
    assert fig.layout.title.subtitle.text == "Ex-Bridgestone Béthune"
    assert list(fig.layout.xaxis.ticktext) == ["janv. 2024", "juil. 2024", "janv. 2025", "juil. 2025"]
    assert source_ids_of(fig) == ["src-a", "src-c", "src-d"]


def test_history_in_english(dataset):
    fig = fo.build_occupancy_history(dataset.occupancy, "host-bethune", "Ex-Bridgestone", dataset.sources,
                                     {"lang": "en"})
    assert fig.layout.title.text == "Occupancy rate over time"
    assert fig.layout.title.subtitle.text == "Ex-Bridgestone"
    assert fig.data[0].text[1] == "<b>60%</b><br>France 3 Régions<br>November 2024"
    assert fig.layout.yaxis.title.text == "Occupancy rate"


def test_tenants_table_lists_hosted_entities_with_unknown_written_out(dataset):
    table = do.tenants_table(dataset.sites, "host-bethune", "fr")
    assert list(table["Nom"]) == ["DC Béthune", "Recyclage Béthune"]
    assert list(table.index) == ["dc-bethune", "rec-bethune"]  # for the links to their pages
    assert list(table["Type"]) == ["Centre de données", "Recyclage"]
    assert list(table["Statut"]) == ["Annoncé", "Annoncé"]
    assert list(table["Investissement"]) == ["1,5\u00a0Md\u00a0€ ⚠", "inconnu"]
    assert list(table["Puissance"]) == ["≈\u202f200\u00a0MW", "inconnu"]
    assert list(table["Mise en service"]) == ["2027–2028", "inconnu"]
    en = do.tenants_table(dataset.sites, "host-bethune", "en")
    assert list(en.columns[:5]) == ["Name", "Type", "Operator", "Status", "Investment"]
    assert list(en["Operator"]) == ["Azur", "Cycle"]
    assert do.tenants_table(dataset.sites, "host-amiens", "fr").empty


def test_hosts_kept_by_filters(dataset):
    every = do.select_hosts(dataset.sites, Filters())
    assert set(every["site_id"]) == {"host-bethune", "host-amiens"}
    # A type filter keeps the hosts of the projects it keeps.
    assert set(do.select_hosts(dataset.sites, Filters(types=("data_center",)))["site_id"]) == {"host-bethune"}
    assert set(do.select_hosts(dataset.sites, Filters(deps=("80",)))["site_id"]) == {"host-amiens"}
    assert do.select_hosts(dataset.sites, Filters(types=("battery",), sites=("ss-warande",))).empty
    assert do.default_history_site(every, dataset.occupancy) == "host-bethune"
    assert do.default_history_site(every.iloc[0:0], dataset.occupancy) is None


def test_selectable_hosts_include_any_site_hosting_a_kept_project(dataset):
    sites = dataset.sites.copy()
    sites.loc[sites["site_id"] == "dc-dunkerque", "host_site_id"] = "gravelines"
    chosen = do.selectable_hosts(sites, Filters(types=("data_center",)))
    assert set(chosen["site_id"]) == {"host-bethune", "gravelines"}


def test_chart_specs_build_in_both_languages(dataset):
    by_site_spec, history_spec = fo.CHARTS
    assert by_site_spec.chart_id == "occupancy-by-site" and history_spec.chart_id == "occupancy-history"
    for lang in ("fr", "en"):
        assert by_site_spec.build(dataset, Filters(), lang, {}).data[0].x == (0.8,)
        history = history_spec.build(dataset, Filters(), lang, dict(history_spec.default_options))
        assert list(history.data[0].y) == [0.56, 0.60, 0.80]  # the longest history by default
    amiens = history_spec.build(dataset, Filters(), "fr", {"site_id": "host-amiens"})
    assert list(amiens.data[0].y) == []


def test_history_draws_each_measure_as_its_own_series_and_a_projection_as_one(dataset):
    points = dataset.occupancy.copy()
    points["measure"] = ["unspecified", "unspecified", "capacity"]
    points["projection"] = [False, False, True]
    points["qualifier"] = ["exact", "at_least", "exact"]
    fig = fo.build_occupancy_history(points, "host-bethune", "Ex-Bridgestone Béthune", dataset.sources, {"lang": "fr"})
    observed, projected = fig.data
    assert list(observed.y) == [0.56, 0.60] and observed.line.dash == "solid"
    assert observed.name == "part du site occupée"
    assert observed.text[1].startswith("<b>≥\u202f60\u00a0%</b>")  # a bound stays a bound
    # The projection: its own series, hollow and dashed, said in the legend and the hover.
    assert list(projected.y) == [0.80] and projected.line.dash == "dash"
    assert projected.marker.symbol == "circle-open" and projected.name == "part de la capacité occupée (projection)"
    assert "(projection)" in projected.hovertext[0]
    assert fig.layout.showlegend


def test_a_projection_of_the_same_measure_is_dashed_from_the_last_observation(dataset):
    points = dataset.occupancy.assign(projection=[False, False, True])
    fig = fo.build_occupancy_history(points, "host-bethune", "Ex-Bridgestone Béthune", dataset.sources, {"lang": "en"})
    observed, projected = fig.data
    assert list(observed.y) == [0.56, 0.60]
    assert list(projected.y) == [0.60, 0.80] and projected.text[0] == ""  # starts at the last observation
    assert projected.name.endswith("(projection)")


def test_an_undated_rate_is_named_under_the_history_never_dropped(dataset):
    points = dataset.occupancy.copy()
    points.loc[points.index[0], "as_of"] = ""
    fig = fo.build_occupancy_history(points, "host-bethune", "Ex-Bridgestone Béthune", dataset.sources, {"lang": "fr"})
    assert list(fig.data[0].y) == [0.60, 0.80]
    (note,) = [a.text for a in fig.layout.annotations if a.text.startswith("Non daté")]
    assert note == "Non daté (la source ne date pas le chiffre)\u00a0: 56\u00a0% (Les Échos)"
    assert "src-a" in fig.layout.meta["source_ids"]  # its source still cited
