"""Links to the site page from the other pages (AppTest on the sample data): a /data row, a row of
the /siting ranking, the overview's latest facts, the occupancy page's tenants; and the /map chart
reports clicks (selection on points)."""

from __future__ import annotations

import json


from dashboard.ui.components.site_links import clicked_site, site_url
from dashboard.ui.components.siting_results import FULL_RANKING_KEY
from tests.fixtures import markdown_tables


def dataframes(at):
    return [element.value for element in at.dataframe]


def column(at, name: str) -> list:
    for frame in dataframes(at):
        if name in frame.columns:
            return list(frame[name])
    raise AssertionError(f"no table with a column {name!r}: {[list(f.columns) for f in dataframes(at)]}")


def test_site_url_is_relative_and_carries_the_language():
    assert site_url("dc-bethune") == "site?id=dc-bethune"
    assert site_url("a b&c", "en") == "site?id=a+b%26c&lang=en"


def test_clicked_site_reads_the_point_customdata():
    class Selection:
        def __init__(self, points):
            self.selection = type("S", (), {"points": points})()

    assert clicked_site(Selection([{"customdata": "dc-bethune", "lat": 1}])) == "dc-bethune"
    assert clicked_site(Selection([{"customdata": ["host-bethune"]}])) == "host-bethune"
    assert clicked_site(Selection([{"lat": 1}])) is None
    assert clicked_site(Selection([])) is None and clicked_site(None) is None


def test_every_data_row_links_to_its_site_page(run_page):
    at = run_page("data", lang="en")
    names, pages = column(at, "Name"), column(at, "Page")
    assert len(pages) == len(names) > 0
    links = dict(zip(names, pages))
    assert links["DC Béthune"] == "site?id=dc-bethune&lang=en"


def test_siting_ranking_rows_link_to_their_pages(run_page):
    at = run_page("siting")
    (top,) = markdown_tables(at)  # the first rows at load: each name a link to its page
    names = dict(zip(top["Site"], range(len(top))))
    assert top.attrs["links"][(names["DC Dunkerque"], "Site")] == "site?id=dc-dunkerque"
    at.session_state[FULL_RANKING_KEY] = True  # the full table, once opened
    at.run()
    sites, pages = column(at, "Site"), column(at, "Fiche")
    assert dict(zip(sites, pages))["DC Dunkerque"] == "site?id=dc-dunkerque"


def test_overview_latest_facts_link_to_their_site(run_page):
    at = run_page("overview")
    at.session_state["overview_latest_facts"] = True  # the latest facts' expander, opened
    at.run()
    pages = column(at, "page")
    sites = column(at, "site")
    assert pages and all(p.startswith("site?id=") for p in pages)
    assert dict(zip(sites, pages))["DC Béthune"] == "site?id=dc-bethune"


def test_occupancy_tenants_link_to_their_pages(run_page):
    at = run_page("occupancy")
    at.session_state["occupancy_tabs"] = "Un site\u00a0: évolution et occupants"  # the tab with the tenants
    at.run()
    if at.selectbox:
        at.selectbox[0].select("host-bethune").run()
    assert column(at, "Fiche") == ["site?id=dc-bethune", "site?id=rec-bethune"]


def test_the_map_chart_reports_point_clicks(run_page):
    at = run_page("map")
    (chart,) = at.get("plotly_chart")
    assert chart.proto.selection_mode == [0]  # points only (box and lasso would not open one page)
    spec = json.loads(chart.proto.spec)
    ids = {sid for trace in spec["data"] for sid in trace.get("customdata") or []}
    assert "dc-bethune" in ids
