"""A site's sheet: its wording (dashboard.export.site_sheet), its HTML page (every data value
escaped) and its PDF printed by Chromium: real text holding the site's name, its sources and
the data's date, on one or two A4 pages."""

from __future__ import annotations

import dataclasses
import io
import os

import pytest
from pypdf import PdfReader

from dashboard.domain import geo, siting
from dashboard.domain.site_profile import site_profile
from dashboard.export import Exporter
from dashboard.export.site_pdf import footer_template, site_html, site_pdf
from dashboard.domain.fact_text import format_value
from dashboard.export.site_sheet import site_sheet
from tests.fixtures import fact, make_dataset, sample_dataset, site, source

CHROMIUM = "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium not installed")
A4_POINTS = (595, 842)


@pytest.fixture(scope="module")
def dataset():
    ds = sample_dataset()
    ds.sites = geo.add_grid_distances(ds.sites, None)
    return ds


@pytest.fixture(scope="module")
def request_():
    return siting.Request.of(None, None, siting.DEFAULT_PRESET)


@pytest.fixture(scope="module")
def profile(dataset, request_):
    return site_profile(dataset, "dc-bethune", siting.evaluate(dataset.sites, None, request_))


@pytest.fixture(scope="module")
def exporter():
    exp = Exporter(timeout=30)
    yield exp
    exp.close()


def test_sheet_words_the_profile_in_both_languages(profile, request_):
    fr = site_sheet(profile, "fr", request_, today="2026-11-29")
    en = site_sheet(profile, "en", request_, today="2026-11-29")
    assert fr.title == en.title == "DC Béthune"
    assert ("Opérateur", "Azur") in fr.identity and ("Operator", "Azur") in en.identity
    investment = fr.figures[0]
    assert investment.heading == "Investissement" and investment.current == "1,5\u00a0Md\u00a0€"
    assert "1\u00a0Md\u00a0€ (La Voix du Nord (10 juin 2025))" in investment.disagreement
    assert list(investment.table["Tel qu'écrit"]) == ["« un milliard »", "« 1,5 milliard »"]
    assert "retenue" in investment.table["Remarque"].iloc[1]
    assert en.figures[1].current == "≈\u00a0200\u00a0MW"  # approximate power
    assert "excluded from the ranking" in en.score_summary
    assert "300 MW" in en.score_detail
    assert list(en.criteria["Points"])[0] == "0"  # 400 kV: 40 km, beyond the preset's "zero" distance
    assert set(en.sources["Publisher"]) == {"Horizon Actu", "La Voix du Nord", "INSEE", "RTE (ODRÉ)"}
    assert "data as of" in en.footer and "29 November 2026" in en.footer


@pytest.mark.parametrize("as_of, fr, en", [
    ("2026-06-02", "données arrêtées le 2 juin 2026.", "data as of 2 June 2026."),
    ("2025-09", "données arrêtées en septembre 2025.", "data as of September 2025."),
    ("2025", "données arrêtées en 2025.", "data as of 2025."),
    (None, "données arrêtées à une date inconnue.", "data as of an unknown date."),
])
def test_the_footer_says_the_data_date_at_its_precision(profile, request_, as_of, fr, en):
    dated = dataclasses.replace(profile, data_as_of=as_of)
    assert f"Fiche du 29 novembre 2026\u00a0; {fr}" in site_sheet(dated, "fr", request_, today="2026-11-29").footer
    assert f"Sheet of 29 November 2026; {en}" in site_sheet(dated, "en", request_, today="2026-11-29").footer


def test_ranges_and_paraphrases_are_worded_as_such():
    ds = make_dataset(
        sites=[site("x", "industrial_site", name="Friche X")],
        facts=[fact("x", "land_area", 345000, "2025", "s1", raw_value="34–35 ha")],
        sources=[source("s1", "P1", "2025")],
    )
    ds.facts["value_low"], ds.facts["value_high"], ds.facts["wording"] = [340000.0], [350000.0], ["paraphrase"]
    sheet = site_sheet(site_profile(ds, "x"), "en")
    row = sheet.figures[0].table.iloc[0]
    assert row["Value"] == "34–35\u00a0ha"  # a range stays a range
    assert row["As written"] == ""  # our paraphrase is not quoted as the source's words (issue 24)
    assert "range" in row["Remark"] and "paraphrase" in row["Remark"]
    fact_row = site_profile(ds, "x").figures[0].facts.iloc[0]
    assert format_value("land_area", fact_row.drop(["value_low", "value_high"]), "en") == "34.5\u00a0ha"
    assert sheet.score_summary.startswith("Not scored")


def test_the_subtitle_says_an_unknown_status_is_the_status_that_is_unknown():
    ds = make_dataset(
        sites=[site("x", "industrial_site", name="Friche X", commune="Béthune"),
               site("y", "data_center", name="Campus Y", commune="Cambrai", status="announced")],
        facts=[fact("x", "jobs", 100, "2025", "s1"), fact("y", "jobs", 50, "2025", "s1")],
        sources=[source("s1", "P1", "2025")],
    )
    # « Béthune · Inconnu » read as if the commune were unknown
    assert site_sheet(site_profile(ds, "x"), "fr").subtitle.endswith("Béthune · statut inconnu")
    assert site_sheet(site_profile(ds, "x"), "en").subtitle.endswith("Béthune · status unknown")
    assert site_sheet(site_profile(ds, "y"), "fr").subtitle.endswith("Cambrai · Annoncé")


def test_html_escapes_every_data_value(dataset, request_):
    ds = make_dataset(
        sites=[site("x", "data_center", name="<script>alert(1)</script>", operator="A & B <i>")],
        facts=[fact("x", "jobs", 10, "2025", "s1", raw_value="<u>dix</u>", note="<img src=x onerror=alert(1)>")],
        sources=[source("s1", "<Pub>", "2025", url="javascript:alert(1)", title='"><svg onload=alert(1)>')],
    )
    for lang in ("fr", "en"):  # the note is in the English sheet only (schema.NOTES_LANGUAGE)
        sheet = site_sheet(site_profile(ds, "x"), lang)
        page = site_html(sheet, None) + footer_template(sheet)
        for raw in ("<script>", "<i>", "<u>", "<img", "<svg", "<Pub>", "javascript:"):
            assert raw not in page, (lang, raw)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "A &amp; B &lt;i&gt;" in page


@needs_chromium
def test_pdf_has_the_name_sources_and_date_as_text_on_at_most_two_a4_pages(profile, request_, exporter):
    sheet = site_sheet(profile, "fr", request_, today="2026-11-29")
    pdf = site_pdf(sheet, profile, exporter=exporter, tiles=False)
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 2
    for page in reader.pages:
        assert tuple(round(float(v)) for v in page.mediabox[2:]) == A4_POINTS
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "DC Béthune" in flat
    for publisher in ("Horizon Actu", "La Voix du Nord", "INSEE", "RTE (ODRÉ)"):
        assert publisher in flat, publisher
    assert "https://example.org/src-a" in flat  # the links are printed, not only clickable
    assert "données arrêtées en septembre 2025" in flat and "Sources" in flat  # a month: never "au septembre"
    assert "« un milliard »" in flat  # the figures as written
    links = [a["/A"]["/URI"] for page in reader.pages for a in (page.get("/Annots") or []) if "/A" in a.get_object()]
    assert "https://example.org/src-a" in [str(u) for u in links]


@needs_chromium
def test_pdf_in_english_and_for_a_site_without_position(dataset, exporter):
    profile = site_profile(dataset, "hdf")  # the region: no position, no map
    pdf = site_pdf(site_sheet(profile, "en"), profile, exporter=exporter, tiles=False)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Hauts-de-France" in text and "Identity" in text and "data as of" in text


@needs_chromium
def test_a_10000_character_name_is_cut_in_the_heading_and_printed_whole_once_on_two_pages_at_most(exporter):
    ds = sample_dataset()
    name = "Campus " + "".join(f"Très long nom {i} " for i in range(700))[:9993]
    ds.sites.loc[ds.sites["site_id"] == "dc-bethune", "name"] = name
    ds.sites = geo.add_grid_distances(ds.sites, None)
    request = siting.Request.of(None, None, siting.DEFAULT_PRESET)
    profile = site_profile(ds, "dc-bethune", siting.evaluate(ds.sites, None, request))
    sheet = site_sheet(profile, "fr", request, today="2026-11-29")
    page = site_html(sheet)
    heading = page.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert len(heading) <= 120 and heading.endswith("…") and name.startswith(heading[:-1])
    reader = PdfReader(io.BytesIO(site_pdf(sheet, profile, exporter=exporter, tiles=False)))
    assert len(reader.pages) <= 2
    text = "".join("".join(p.extract_text() for p in reader.pages).split())
    assert "Nomcomplet:" + "".join(name.split()) in text  # the whole name, once, in the text
    short = site_html(site_sheet(site_profile(ds, "dc-dunkerque"), "fr"))
    assert "Nom complet" not in short  # a name that fits is not repeated


def test_our_english_notes_are_in_the_english_sheet_and_the_french_one_says_where():
    """Our notes on facts are written in English (schema.NOTES_LANGUAGE): the French sheet (page
    and PDF) leaves them out and says where they are; a site without notes says nothing."""
    ds = make_dataset(
        sites=[site("x", "data_center", name="Campus X"), site("y", "data_center", name="Campus Y")],
        facts=[fact("x", "jobs", 1000, "2025", "s1", note="direct and indirect (Élysée figure)"),
               fact("y", "jobs", 50, "2025", "s1")],
        sources=[source("s1", "P1", "2025")],
    )
    fr, en = (site_sheet(site_profile(ds, "x"), lang) for lang in ("fr", "en"))
    assert "Note" not in fr.figures[0].table.columns and "rédigées en anglais" in fr.labels["notes_elsewhere"]
    assert list(en.figures[0].table["Note"]) == ["direct and indirect (Élysée figure)"]
    assert en.labels["notes_elsewhere"] == ""
    french_page, english_page = site_html(fr, None), site_html(en, None)
    assert "direct and indirect" not in french_page and "rédigées en anglais" in french_page
    assert "direct and indirect (Élysée figure)" in english_page and "in English" not in english_page
    assert site_sheet(site_profile(ds, "y"), "fr").labels["notes_elsewhere"] == ""
    assert "rédigées en anglais" not in site_html(site_sheet(site_profile(ds, "y"), "fr"), None)
