"""The one place a source's own name meets our words: a site's name and a source's publisher as
the reader reads them, in the reader's language (wordings: i18n/text/labels.py).

- A substation's name is its operator's, as written (RTE's "WEPPES"); the prefix is ours:
  « Poste 400 kV WEPPES » / "WEPPES 400 kV substation". Another site's name is ours, in French
  (`name`) and in English (`name_en`): « Centrale nucléaire de Gravelines » / "Gravelines nuclear
  power plant".
- A publisher is the source's name, as written ("Le Monde"); the note on where its text was read
  is ours, one of schema.PUBLISHER_NOTES with the name it needs, as written: « Le Monde (texte
  reproduit sur jeunediplome.net) » / "Le Monde (text reproduced on jeunediplome.net)".
- A title is the source's, as written, in its language, for every reader; when it is unknown, our
  description of the source stands in its place, in the reader's language and in brackets (ours,
  not the source's words): « [Dépêche Reuters sur Boursorama : …] » / "[Reuters dispatch on
  Boursorama: …]".

domain.tables.Dataset.in_language gives every page, chart and export its tables with these labels.
"""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import fmt_number, french_typography, is_unknown, t


def as_written(frame: pd.DataFrame, written: str, shown: str) -> pd.Series:
    """A table's words as written (`name_as_written`, `publisher_as_written`): the column, or
    the label column `shown` where a row or a frame made without it (tests, older tables) has none."""
    if written not in frame:
        return frame[shown]
    column = frame[written]
    return column.where(column.notna() & (column.astype(str) != ""), frame[shown])


def site_label(name: object, project_type: object, voltage_kv: object, lang: str, name_en: object = "") -> str:
    """The name a page shows for a site: a substation's name (as written) with our prefix in the
    reader's language; any other site's name is ours, in French, or in English on English pages
    when the seed gives it (`name_en`)."""
    if is_unknown(name):
        return name
    if project_type != "substation":
        return str(name_en) if lang == "en" and not is_unknown(name_en) else str(name)
    if is_unknown(voltage_kv):
        return t("labels.substation", lang, name=name)
    return t("labels.substation_kv", lang, name=name, kv=fmt_number(voltage_kv, lang, digits=1))


def publisher_label(publisher: object, note: object, note_name: object, lang: str) -> str:
    """A source's publisher (as written) with our note, if any, in the reader's language."""
    if is_unknown(publisher) or is_unknown(note):
        return publisher
    words = t(f"labels.note_{note}", lang, name="" if is_unknown(note_name) else note_name)
    return t("labels.publisher_note", lang, publisher=publisher, note=words)


def title_label(title: object, description: object, lang: str) -> str:
    """A source's title as the reader reads it: its own title as written, else our description of
    it (the seed's `description` in `lang`) in brackets, else « [titre inconnu] »."""
    if not is_unknown(title):
        return str(title)
    if is_unknown(description):
        return t("labels.title_unknown", lang)
    words = french_typography(str(description)) if lang == "fr" else str(description)
    return t("labels.description", lang, description=words)


def quoted_words(words: object, lang: str) -> str:
    """A source's own words, quoted in the reader's quotation marks: « … » / “…” ('' when unknown).
    Only the source's words are quoted: our paraphrase never is (domain.fact_text.fact_words)."""
    if is_unknown(words):
        return ""
    return f"« {words} »" if lang == "fr" else f"“{words}”"
