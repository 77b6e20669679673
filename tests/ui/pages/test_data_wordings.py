"""Issue 24's data wordings on the pages (AppTest, the shipped seeds): a substation's name is
RTE's as written with our prefix in the reader's language (« Poste 400 kV WEPPES » / "WEPPES 400 kV
substation"), a publisher's note is ours, in the reader's language (« Le Monde (texte reproduit
sur jeunediplome.net) » / "Le Monde (text reproduced on jeunediplome.net)"), and so is our
description of a source whose title is unknown (« [Dépêche Reuters sur Boursorama : …] » /
"[Reuters dispatch on Boursorama: …]"), on /puissance, /siting, /site, /data and a footer; and in
the sites' and sources' CSV exports."""

from __future__ import annotations

import json
import re

import pytest

from dashboard.config import DEFAULT_SEEDS_DIR
from dashboard.data import build, repository
from dashboard.export.tables import column_label, site_table, sources_table, to_csv_bytes
from dashboard.i18n import t
from dashboard.ui.components.footer import SOURCES_KEY
from dashboard.ui.components.site_sheet import HISTORY_KEY
from dashboard.ui.pages.puissance import TABS_KEY
from tests.fixtures import plotly_figures

# Our words in the other language: none may show.
FRENCH_OURS = ("Poste 400 kV", "texte reproduit", "relayant", "citant", "portail de données ouvertes", "agrégateur")
ENGLISH_OURS = ("400 kV substation", "reproduced on", "relaying", "quoting", "open-data portal", "aggregator")


@pytest.fixture(scope="module")
def seeds():
    return build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)


@pytest.fixture
def page(run_page, monkeypatch, seeds):
    monkeypatch.setattr(repository, "load_dataset", lambda: (seeds, []))
    return run_page


def page_text(at) -> str:
    """Every word the page shows: its texts, its tables' cells and its charts' text and hovers."""
    parts = [e.value for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning")
             for e in getattr(at, kind)]
    parts += [e.label for e in at.expander]
    parts += [frame.value.to_csv() for frame in at.dataframe]
    parts += [json.dumps(fig, ensure_ascii=False) for fig in plotly_figures(at)]
    text = "\n".join(str(p) for p in parts).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\\(.)", r"\1", text)  # Markdown's escapes read as the characters they escape


def ours_of_the_other_language(text: str, lang: str, seeds) -> list[str]:
    """Our words of the other language on the page (our descriptions of sources whose title is
    unknown included), the sources' own titles as written left out."""
    for title in sorted(seeds.sources["title_as_written"], key=len, reverse=True):
        if title:
            text = text.replace(str(title), " ")
    other = "en" if lang == "fr" else "fr"
    descriptions = [d.replace("\u00a0", " ") for d in seeds.sources[f"description_{other}"] if d]
    return [w for w in (ENGLISH_OURS if lang == "fr" else FRENCH_OURS) if w in text] + \
        [d for d in descriptions if d in text]


# Our description of a source whose title is unknown, as a page shows it (spaces plain: page_text).
REUTERS = {"fr": "[Dépêche Reuters sur Boursorama : Nebius va ouvrir un data center IA à Béthune]",
           "en": "[Reuters dispatch on Boursorama: Nebius to open an AI data centre at Béthune]"}


@pytest.mark.parametrize("lang, grid_name", [("fr", "MASTAING"), ("en", "MASTAING")])
def test_puissance_names_substations_as_rte_does_under_its_own_header(page, seeds, lang, grid_name):
    at = page("puissance", lang=lang)
    at.session_state[TABS_KEY] = t("power_page.tab_grid", lang)
    at = at.run()
    text = page_text(at)
    column = t("power_page.col_substation", lang)
    grid = next(frame.value for frame in at.dataframe if column in frame.value.columns)
    assert grid_name in set(grid[column])  # RTE's name, the column says "400 kV substation"
    assert not grid[column].str.contains("Poste|substation").any()
    assert ours_of_the_other_language(text, lang, seeds) == []
    assert "Poste 400 kV MASTAING" not in text


@pytest.mark.parametrize("lang, label", [("fr", "Poste 400 kV WEPPES"), ("en", "WEPPES 400 kV substation")])
def test_site_of_a_substation_is_titled_in_the_reader_language(page, seeds, lang, label):
    at = page("site", id="rte-weppe", lang=lang)
    assert label in at.title[0].value
    assert ours_of_the_other_language(page_text(at), lang, seeds) == []


@pytest.mark.parametrize("lang, publisher", [("fr", "Le Monde (texte reproduit sur jeunediplome.net)"),
                                             ("en", "Le Monde (text reproduced on jeunediplome.net)")])
def test_site_sources_give_our_note_in_the_reader_language(page, seeds, lang, publisher):
    at = page("site", id="ex-bridgestone-bethune", lang=lang)
    text = page_text(at)
    assert publisher in text
    assert ours_of_the_other_language(text, lang, seeds) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_siting_shows_rte_names_and_none_of_the_other_language_words(page, seeds, lang):
    at = page("siting", lang=lang)
    text = page_text(at)
    assert "WEPPES" in text or "MASTAING" in text
    assert ours_of_the_other_language(text, lang, seeds) == []
    assert "Poste 400 kV WEPPES" not in text and "WEPPES 400 kV substation" not in text  # the column says it


@pytest.mark.parametrize("lang, label, publisher", [
    ("fr", "Poste 400 kV WEPPES", "Le Monde (texte reproduit sur jeunediplome.net)"),
    ("en", "WEPPES 400 kV substation", "Le Monde (text reproduced on jeunediplome.net)"),
])
def test_data_lists_labelled_sites_and_publishers(page, seeds, lang, label, publisher):
    at = page("data", lang=lang)
    text = page_text(at)
    names = at.dataframe[0].value[column_label("name", lang)]
    assert label in set(names)
    assert publisher in text
    assert ours_of_the_other_language(text, lang, seeds) == []


@pytest.mark.parametrize("lang, label, other", [("fr", "Poste 400 kV WEPPES", "400 kV substation"),
                                                ("en", "WEPPES 400 kV substation", "Poste 400 kV")])
def test_the_sites_csv_names_substations_in_the_reader_language(seeds, lang, label, other):
    dataset = seeds.in_language(lang)
    csv = to_csv_bytes(site_table(dataset, dataset.sites, lang).frame, lang).decode("utf-8-sig")
    assert label in csv and other not in csv
    assert ",WEPPES" in csv or ";WEPPES" in csv  # a nearest substation, as RTE names it


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_data_sources_table_describes_untitled_sources_in_the_reader_language(page, seeds, lang):
    at = page("data", lang=lang)
    titles = next(frame.value for frame in at.dataframe if t("tables.title", lang) in frame.value.columns)
    titles = set(titles[t("tables.title", lang)].str.replace("\u00a0", " "))
    assert REUTERS[lang] in titles and REUTERS["en" if lang == "fr" else "fr"] not in titles
    assert "Etix doubles down on edge data centers in France" in titles  # a real title, as written
    assert ours_of_the_other_language(page_text(at), lang, seeds) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_site_sources_describe_untitled_sources_in_the_reader_language(page, seeds, lang):
    at = page("site", id="bethune-azur-dc", lang=lang)
    text = page_text(at)
    assert REUTERS[lang] in text
    assert ours_of_the_other_language(text, lang, seeds) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_footer_describes_untitled_sources_in_the_reader_language(page, seeds, lang):
    at = page("investment", lang=lang)
    at.session_state[SOURCES_KEY] = True
    at = at.run()
    listed = "\n".join(m.value for m in at.markdown if "](http" in m.value)
    listed = re.sub(r"\\(.)", r"\1", listed).replace("\u00a0", " ")
    assert f"[{REUTERS[lang]}](https://www.boursorama.com/" in listed
    assert ours_of_the_other_language(listed, lang, seeds) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sources_csv_describes_untitled_sources_in_the_reader_language(seeds, lang):
    dataset = seeds.in_language(lang)
    csv = to_csv_bytes(sources_table(dataset.sources, lang), lang).decode("utf-8-sig").replace("\u00a0", " ")
    assert REUTERS[lang] in csv and REUTERS["en" if lang == "fr" else "fr"] not in csv
    assert "Etix doubles down on edge data centers in France" in csv


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_site_histories_show_our_english_notes_on_english_pages_only(page, seeds, lang):
    """Our notes on facts are written in English (schema.NOTES_LANGUAGE): /site's French history
    leaves them out and says where they are."""
    at = page("site", id="bethune-azur-dc", lang=lang)
    at.session_state[HISTORY_KEY.format(attribute="power")] = True
    at = at.run()
    text = page_text(at)
    note = "Nebius announced the project (tenant supplying the GPUs) on this day"
    elsewhere = t("site_sheet.notes_elsewhere", lang).replace("\u00a0", " ")
    assert t("site_sheet.col_written", lang) in text  # the history's table is drawn
    if lang == "fr":
        assert note not in text and elsewhere in text
    else:
        assert note in text and elsewhere not in text


# Our paraphrases (a seed fact's `quoted: false`), jotted down in English for French sources: never
# quoted as the source's words, never on a French page (issue 24: domain.fact_text).
PARAPHRASES = ("about 2 000 jobs", "more than 60 000 m²", "850 M EUR", "up to 1 GW", "up to 700 MW", "operational")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_site_history_never_quotes_our_paraphrase_as_the_source_words(page, lang):
    at = page("site", id="acc-billy-berclau", lang=lang)
    for attribute in ("jobs", "floor_area", "investment", "status"):
        at.session_state[HISTORY_KEY.format(attribute=attribute)] = True
    at = at.run()
    text = page_text(at)
    assert t("site_sheet.col_written", lang) in text  # the histories are drawn
    assert "près de 800 M€" in text  # the source's own words (Enerzine), as written
    assert [p for p in PARAPHRASES if f"« {p} »" in text or f"“{p}”" in text] == []  # never quoted as theirs
    if lang == "fr":  # nor shown at all on a French page (English pages show our English notes)
        assert [p for p in PARAPHRASES if p in text] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_puissance_tables_give_the_source_words_or_the_value_never_our_paraphrase(seeds, lang):
    from dashboard.domain.filters import Filters
    from dashboard.domain.power import power_view
    from dashboard.export.power_tables import projects_table, published_table

    dataset = seeds.in_language(lang)
    view = power_view(dataset, Filters())
    text = projects_table(view, dataset.sources, lang).to_csv() + published_table(view, dataset.sources, lang).to_csv()
    assert [p for p in PARAPHRASES if p in text] == []
    assert "4 600 mégawatts" not in text  # ours (seed 274, the page's « 4 600 mégawats » corrected): the value
    assert ("4\u202f600\u00a0MW" if lang == "fr" else "4,600\u00a0MW") in text
    assert ("« 3 500 MW »" if lang == "fr" else "“3 500 MW”") in text  # RTE's own words, quoted



@pytest.mark.parametrize("lang, name, other", [
    ("fr", "Centrale nucléaire de Gravelines", "Gravelines nuclear power plant"),
    ("en", "Gravelines nuclear power plant", "Centrale nucléaire de Gravelines"),
])
def test_data_names_our_sites_in_the_reader_language(page, lang, name, other):
    at = page("data", lang=lang)
    names = set(at.dataframe[0].value[column_label("name", lang)])
    assert name in names and other not in names
    assert "OVHcloud Gravelines (GRA)" in names  # a proper name, the same in both


@pytest.mark.parametrize("lang, name", [("fr", "Centrale nucléaire de Gravelines"),
                                        ("en", "Gravelines nuclear power plant")])
def test_the_sites_csv_names_our_sites_in_the_reader_language(seeds, lang, name):
    dataset = seeds.in_language(lang)
    csv = to_csv_bytes(site_table(dataset, dataset.sites, lang).frame, lang).decode("utf-8-sig")
    assert name in csv
