"""One retained value everywhere: for every site and value attribute of the shipped seeds, /site
(and its PDF, drawn from the same sheet), /data's table, the CSV/XLSX/GeoJSON rows, the data
package, the map's hover card and the investment chart show the value `retained_values` decides:
same low and high end, same qualifier, same measure kind, same as-of."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pandas as pd
import pytest

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build
from dashboard.domain.retained import retained_values
from dashboard.domain.schema import ATTRIBUTES, VALUE_COLUMNS, default_measure
from dashboard.domain.site_profile import site_profile
from dashboard.export.datapackage import dataset_zip_bytes
from dashboard.export.formats import sites_geojson, to_xlsx_bytes
from dashboard.export.site_sheet import KEY_ATTRIBUTES, attribute_label, site_sheet
from dashboard.export.tables import column_label, measure_label, qualifier_label, site_table, styled
from dashboard.figures.investment import build_investment_by_project
from dashboard.figures.map import _hover
from dashboard.i18n import fmt_as_of, fmt_value, t

VALUE_ATTRIBUTES = {name: spec for name, spec in ATTRIBUTES.items() if spec.column in VALUE_COLUMNS}


@pytest.fixture(scope="module")
def dataset():
    return build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)


@pytest.fixture(scope="module")
def retained(dataset):
    rows = retained_values(dataset.facts)
    return rows[rows["attribute"].isin(VALUE_ATTRIBUTES)].set_index(["site_id", "attribute"])


def expected_text(row, attribute, lang):
    return fmt_value(row["low"], row["high"], VALUE_ATTRIBUTES[attribute].unit, lang, row["qualifier"])


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f ]+", " ", text)


def test_the_shipped_seeds_have_bounds_ranges_and_other_kinds_to_agree_on(retained):
    # The test means something only if the data hold the hard cases.
    assert {"at_most", "range", "approx", "exact"} <= set(retained["qualifier"])
    assert (retained["measure"] != retained.index.get_level_values("attribute").map(default_measure)).any()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_site_page_and_pdf_sheet_show_the_retained_value(dataset, retained, lang):
    for site_id in retained.index.get_level_values("site_id").unique():
        sheet = site_sheet(site_profile(dataset, site_id), lang)
        blocks = {block.attribute: block for block in sheet.figures}
        for attribute in retained.loc[site_id].index:
            row = retained.loc[(site_id, attribute)]
            current = blocks[attribute].current
            assert current.startswith(expected_text(row, attribute, lang)), (site_id, attribute, current)
            if row["measure"] and row["measure"] != default_measure(attribute):
                assert t(f"measures.{attribute}.{row['measure']}", lang) in current, (site_id, attribute)


def test_the_sites_table_holds_the_retained_value(dataset, retained):
    sites = dataset.sites.set_index("site_id")
    for (site_id, attribute), row in retained.iterrows():
        column = VALUE_ATTRIBUTES[attribute].column
        site = sites.loc[site_id]
        assert (site[column], site[f"{column}_high"]) == (row["low"], row["high"]), (site_id, attribute)
        assert (site[f"{column}_qualifier"], site[f"{column}_measure"]) == (row["qualifier"], row["measure"])
        assert site[f"{column}_as_of"] == row["as_of"], (site_id, attribute)
    # and every value the table has is a retained one (nothing shown that the rule did not retain)
    for attribute, spec in VALUE_ATTRIBUTES.items():
        shown = set(sites.index[sites[spec.column].notna()])
        assert shown == {s for s, a in retained.index if a == attribute}, attribute


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_data_table_csv_xlsx_and_geojson_agree(dataset, retained, lang):
    table = site_table(dataset, dataset.sites, lang)
    frame = table.frame.assign(site_id=list(table.site_ids)).set_index("site_id")
    html = styled(table).to_html()
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", html, re.S)]
    shown = {site_id: dict(zip(table.frame.columns, row)) for site_id, row in zip(table.site_ids, cells[1:])}
    workbook = pd.read_excel(io.BytesIO(to_xlsx_bytes(table, dataset.sources, lang)), sheet_name=0)
    workbook.index = list(table.site_ids)
    features = {f["id"]: f["properties"] for f in sites_geojson(table, dataset.sites, dataset.sources)["features"]}
    for (site_id, attribute), row in retained.iterrows():
        if site_id not in frame.index:  # the region row is not a table row
            continue
        column = VALUE_ATTRIBUTES[attribute].column
        label, high = column_label(column, lang), column_label(f"{column}_high", lang)
        qualifier = column_label(f"{column}_qualifier", lang)
        assert (frame.at[site_id, label], frame.at[site_id, high]) == (row["low"], row["high"]), (site_id, attribute)
        assert frame.at[site_id, qualifier] == qualifier_label(row["qualifier"], lang)
        if column_label(f"{column}_measure", lang) in frame:
            assert frame.at[site_id, column_label(f"{column}_measure", lang)] == measure_label(column, row["measure"], lang)
        assert plain(shown[site_id][label]) == plain(expected_text(row, attribute, lang)), (site_id, attribute)
        assert (workbook.at[site_id, label], workbook.at[site_id, high]) == (row["low"], row["high"])
        assert workbook.at[site_id, qualifier] == qualifier_label(row["qualifier"], lang)
        properties = features[site_id]
        assert (properties[label], properties[high], properties[qualifier]) == (
            row["low"], row["high"], qualifier_label(row["qualifier"], lang))


def test_the_data_package_carries_the_retained_value(dataset, retained):
    with zipfile.ZipFile(io.BytesIO(dataset_zip_bytes(dataset))) as archive:
        name = next(n for n in archive.namelist() if n.endswith("sites.csv"))
        sites = pd.read_csv(archive.open(name), keep_default_na=False, na_values=[""]).set_index("site_id")
        descriptor = json.loads(archive.read(next(n for n in archive.namelist() if n.endswith("datapackage.json"))))
    assert any(r["name"] == "sites" for r in descriptor["resources"])
    for (site_id, attribute), row in retained.iterrows():
        column = VALUE_ATTRIBUTES[attribute].column
        assert sites.at[site_id, column] == pytest.approx(row["low"]), (site_id, attribute)
        assert sites.at[site_id, f"{column}_high"] == pytest.approx(row["high"])
        assert sites.at[site_id, f"{column}_qualifier"] == row["qualifier"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_charts_show_the_retained_value(dataset, retained, lang):
    sites = dataset.sites.set_index("site_id", drop=False)
    investment = build_investment_by_project(dataset.sites, dataset.facts, dataset.sources, {"lang": lang})
    bar_text = {site_id: text for trace in investment.data if trace.type == "bar"
                for site_id, text in zip(trace.customdata, trace.text)}
    for (site_id, attribute), row in retained.iterrows():
        column = VALUE_ATTRIBUTES[attribute].column
        site = sites.loc[site_id]
        expected = plain(expected_text(row, attribute, lang))
        if attribute in ("investment", "power") and site["project_type"] not in ("region", "substation"):
            assert expected in plain(_hover(site.to_dict(), dataset.sources, lang)), (site_id, attribute)
        if attribute == "investment" and site_id in bar_text:
            assert plain(bar_text[site_id]).startswith(expected), (site_id, bar_text[site_id])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_site_key_figures_are_the_retained_values_with_their_date_and_sources(dataset, lang):
    """/site opens on investment, power, jobs and commissioning: each the retained value (its
    qualifier and kind), the date it holds for and its sources; an unknown one is said unknown."""
    retained = retained_values(dataset.facts).set_index(["site_id", "attribute"])
    checked = 0
    for site_id in dataset.sites["site_id"]:
        sheet = site_sheet(site_profile(dataset, site_id), lang)
        keys = [key for key in KEY_ATTRIBUTES if (site_id, key) in retained.index]
        if not keys:
            assert sheet.key_figures.empty, site_id
            continue
        rows = dict(zip(sheet.key_figures[t("site_sheet.col_key", lang)], sheet.key_figures.itertuples(index=False)))
        assert len(rows) == len(KEY_ATTRIBUTES)
        for attribute in KEY_ATTRIBUTES:
            _, value, as_of, source = rows[attribute_label(attribute, lang)]
            if (site_id, attribute) not in retained.index:
                assert (value, as_of, source) == (t("site_sheet.unknown", lang), "—", "—"), (site_id, attribute)
                continue
            row = retained.loc[(site_id, attribute)]
            if attribute in VALUE_ATTRIBUTES:
                assert value.startswith(expected_text(row, attribute, lang)), (site_id, attribute, value)
            if row["projection"]:
                assert t("measures.projection", lang) in value, (site_id, attribute)
            assert as_of == fmt_as_of(row["as_of"], lang), (site_id, attribute)
            publishers = dataset.sources.set_index("source_id")["publisher"]
            for source_id in row["source_ids"].split(";"):
                assert str(publishers.get(source_id, source_id)) in source, (site_id, attribute, source_id)
            checked += 1
    assert checked >= 20  # the seeds hold key figures for many sites
