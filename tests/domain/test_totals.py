"""domain.totals and the overview's totals: one measure kind at a time, no abandoned project unless
asked, no projection, never a host site with its tenants; a bound makes the total a bound; each
total says what it left out."""

from __future__ import annotations

from dashboard.domain.filters import Choices, Filters, parse_query_params
from dashboard.domain.overview import measured_total, summarize
from dashboard.domain.totals import LeftOut, summable_rows, total_qualifier
from tests.fixtures import make_dataset, site

import pandas as pd


def rows():
    return pd.DataFrame([
        site("a", "data_center", name="A", status="planned", jobs=100.0, jobs_qualifier="exact", jobs_measure="direct",
             power_mw=240.0, power_mw_qualifier="exact", power_mw_measure="site_total", host_site_id="host"),
        site("b", "data_center", name="B", status="announced", jobs=4000.0, jobs_qualifier="approx",
             jobs_measure="indirect", power_mw=700.0, power_mw_high=700.0, power_mw_qualifier="at_most",
             power_mw_measure="site_total"),
        site("c", "data_center", name="C", status="abandoned", jobs=150.0, jobs_qualifier="exact",
             jobs_measure="direct"),
        site("host", "industrial_site", name="Host", status="operational", jobs=300.0, jobs_qualifier="exact",
             jobs_measure="direct"),
        site("d", "data_center", name="D", status="planned", power_mw=50.0, power_mw_qualifier="exact",
             power_mw_measure="site_total", power_mw_projection=True),
        site("e", "data_center", name="E", status="planned", power_mw=700.0, power_mw_qualifier="at_most",
             power_mw_measure="grid_connection"),
    ])


def test_jobs_add_one_kind_and_say_what_they_leave_out():
    total = measured_total(rows(), "jobs")
    assert (total.value, total.known, total.measure, total.qualifier) == (100.0, 1, "direct", "exact")
    assert total.left_out == (
        LeftOut("abandoned", ("C",)),
        LeftOut("other_measure:indirect", ("B",)),
        LeftOut("host_site", ("Host",)),  # its 300 cover its tenant A's 100
    )


def test_abandoned_projects_come_back_when_asked():
    total = measured_total(rows(), "jobs", with_abandoned=True)
    assert total.value == 250.0 and not any(left.reason == "abandoned" for left in total.left_out)


def test_a_bound_makes_the_total_a_bound_and_projections_and_other_kinds_stay_out():
    total = measured_total(rows(), "power_mw")
    assert (total.value, total.high, total.qualifier) == (940.0, 940.0, "at_most")
    assert LeftOut("projection", ("D",)) in total.left_out
    assert LeftOut("other_measure:grid_connection", ("E",)) in total.left_out


def test_a_host_site_stays_when_none_of_its_tenants_is_counted():
    kept, left = summable_rows(rows().query("site_id != 'a'"), "jobs")
    assert "host" in set(kept["site_id"]) and all(item.reason != "host_site" for item in left)


def test_the_qualifier_of_a_sum():
    assert total_qualifier(pd.Series(["exact", "at_most"])) == "at_most"
    assert total_qualifier(pd.Series(["at_least", "exact", "approx"])) == "at_least"
    assert total_qualifier(pd.Series(["at_least", "at_most"])) == "approx"
    assert total_qualifier(pd.Series(["exact", "range"])) == "range"
    assert total_qualifier(pd.Series(["exact"])) == "exact"


def test_the_overview_leaves_abandoned_projects_out_unless_the_url_says_so():
    dataset = make_dataset(sites=rows().to_dict("records"))
    assert summarize(dataset, Filters()).totals["jobs"].value == 100.0
    filters, notices = parse_query_params({"abandoned": "1"}, Choices())
    assert filters.with_abandoned and notices == [] and filters.to_query_params() == {"abandoned": "1"}
    assert summarize(dataset, filters).totals["jobs"].value == 250.0
    wrong, notices = parse_query_params({"abandoned": "yes"}, Choices())
    assert not wrong.with_abandoned and [n.param for n in notices] == ["abandoned"]
