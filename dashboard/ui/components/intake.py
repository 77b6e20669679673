"""The /ajouter page's pieces: the source form, the article input (paste or .txt/.html upload),
the review table, the highlighted sentences, and the seed file offered for download (or saved into
seeds/ on request when HDF_INTAKE_WRITABLE_SEEDS=1). Every data value shown is escaped."""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from dashboard import config
from dashboard.data import intake_seed
from dashboard.data.intake_seed import SeedDraft, SourceInfo
from dashboard.domain.intake import Candidate
from dashboard.domain.intake.review import (
    NEW,
    UnreadableInput,
    attribute_options,
    checked_text,
    entity_options,
    highlighted_sentence,
    text_of_upload,
)
from dashboard.domain.schema import STATUSES
from dashboard.i18n import tr
from dashboard.i18n.escape import escape_markdown

TEXT = {
    "fr": {
        "title": "Ajouter des faits",
        "intro": "Collez un article (ou chargez un fichier .txt / .html) : la page trouve ses chiffres, les rattache "
                 "aux sites connus, et prépare un fichier seed à relire. Rien n'est enregistré sans votre demande.",
        "source": "Source", "url": "Adresse (URL)", "publisher": "Éditeur", "published": "Date de publication",
        "published_help": "AAAA-MM-JJ (ou AAAA-MM, AAAA)", "title_field": "Titre de l'article (facultatif)",
        "lang": "Langue de l'article", "reliability": "Fiabilité",
        "article": "Article", "paste": "Texte de l'article", "upload": "… ou un fichier .txt / .html",
        "empty": "Collez le texte d'un article ou chargez un fichier pour commencer.",
        "too_long": "Le texte fait {detail} caractères : la limite est de 100 000. Collez l'article seul.",
        "binary": "Le fichier « {detail} » n'est pas un texte lisible (UTF-8, .txt ou .html).",
        "no_figures": "Aucun chiffre trouvé dans ce texte : ni montant, puissance, surface, emplois, taux "
                      "d'occupation, ni date de mise en service. Rien à ajouter.",
        "found": "{n} chiffre(s) trouvé(s). Cochez ceux à garder, corrigez si besoin.",
        "col_keep": "Garder", "col_attribute": "Attribut", "col_value": "Valeur (telle qu'écrite)",
        "col_normalized": "Valeur lue", "col_status": "Statut", "col_entity": "Site", "col_new_name": "Nom du nouveau site",
        "col_as_of": "Date du fait", "col_confidence": "Confiance", "new": "nouveau site",
        "sentences": "Phrases des chiffres",
        "seed": "Fichier seed", "source_missing": "Renseignez l'adresse (http…) et l'éditeur de la source.",
        "bad_date": "Date de publication « {value} » illisible : écrivez AAAA-MM-JJ (ou AAAA-MM, AAAA).",
        "valid": "Le fichier {file} passe la validation de la construction.",
        "problems": "{n} problème(s) à corriger avant d'ajouter ce fichier :",
        "row": "Ligne", "field": "Champ", "value": "Valeur", "reason": "Raison",
        "download": "Télécharger {file}", "download_draft": "Télécharger le brouillon (ne passe pas la validation)",
        "save": "Enregistrer dans seeds/", "saved": "Enregistré : {path}",
        "save_off": "L'enregistrement direct dans seeds/ est désactivé (réglage HDF_INTAKE_WRITABLE_SEEDS=1).",
        "nothing_kept": "Aucune ligne gardée : cochez au moins un chiffre.",
    },
    "en": {
        "title": "Add facts",
        "intro": "Paste an article (or upload a .txt / .html file): the page finds its figures, attaches them to "
                 "known sites and prepares a seed file to review. Nothing is saved unless you ask.",
        "source": "Source", "url": "Address (URL)", "publisher": "Publisher", "published": "Publication date",
        "published_help": "YYYY-MM-DD (or YYYY-MM, YYYY)", "title_field": "Article title (optional)",
        "lang": "Article language", "reliability": "Reliability",
        "article": "Article", "paste": "Article text", "upload": "… or a .txt / .html file",
        "empty": "Paste an article's text or upload a file to start.",
        "too_long": "The text has {detail} characters: the limit is 100,000. Paste the article alone.",
        "binary": "The file “{detail}” is not readable text (UTF-8, .txt or .html).",
        "no_figures": "No figure found in this text: no amount, power, area, jobs, occupancy rate or commissioning "
                      "date. Nothing to add.",
        "found": "{n} figure(s) found. Tick the ones to keep, correct them if needed.",
        "col_keep": "Keep", "col_attribute": "Attribute", "col_value": "Value (as written)",
        "col_normalized": "Value read", "col_status": "Status", "col_entity": "Site", "col_new_name": "New site's name",
        "col_as_of": "As of", "col_confidence": "Confidence", "new": "new site",
        "sentences": "Sentences of the figures",
        "seed": "Seed file", "source_missing": "Give the source's address (http…) and publisher.",
        "bad_date": "Publication date “{value}” cannot be read: write YYYY-MM-DD (or YYYY-MM, YYYY).",
        "valid": "The file {file} passes the build's validation.",
        "problems": "{n} problem(s) to fix before adding this file:",
        "row": "Row", "field": "Field", "value": "Value", "reason": "Reason",
        "download": "Download {file}", "download_draft": "Download the draft (does not pass validation)",
        "save": "Save into seeds/", "saved": "Saved: {path}",
        "save_off": "Saving into seeds/ is off (setting HDF_INTAKE_WRITABLE_SEEDS=1).",
        "nothing_kept": "No row kept: tick at least one figure.",
    },
}


def source_form(lang: str) -> tuple[SourceInfo | None, str, str]:
    """(source or None, article language, error message or '')."""
    st.subheader(tr(TEXT, "source", lang))
    left, middle, right = st.columns([3, 2, 2])
    url = left.text_input(tr(TEXT, "url", lang), key="intake-url", placeholder="https://")
    publisher = middle.text_input(tr(TEXT, "publisher", lang), key="intake-publisher")
    published = right.text_input(tr(TEXT, "published", lang), key="intake-published",
                                 help=tr(TEXT, "published_help", lang), placeholder="2026-02-12")
    left, middle, right = st.columns([3, 2, 2])
    title = left.text_input(tr(TEXT, "title_field", lang), key="intake-title")
    article_lang = middle.radio(tr(TEXT, "lang", lang), ["fr", "en"], horizontal=True, key="intake-lang",
                                format_func=lambda code: {"fr": "Français", "en": "English"}[code])
    reliability = right.selectbox(tr(TEXT, "reliability", lang), intake_seed.RELIABILITIES, key="intake-reliability")
    if published.strip():
        try:
            published = intake_seed.parse_published(published)
        except ValueError:
            return None, article_lang, tr(TEXT, "bad_date", lang, value=escape_markdown(published))
    if not url.strip().startswith(("http://", "https://")) or not publisher.strip():
        return None, article_lang, tr(TEXT, "source_missing", lang)
    return SourceInfo(url.strip(), publisher.strip(), published or "unknown", article_lang, title.strip(),
                      reliability), article_lang, ""


def article_input(lang: str) -> str:
    """The article's text; a clear message (and '') for an empty, oversized or binary input."""
    st.subheader(tr(TEXT, "article", lang))
    pasted = st.text_area(tr(TEXT, "paste", lang), key="intake-text", height=220)
    upload = st.file_uploader(tr(TEXT, "upload", lang), type=["txt", "html", "htm"], key="intake-file", max_upload_size=5)
    try:
        if upload is not None and not pasted.strip():
            return checked_text(text_of_upload(upload.getvalue(), upload.name))
        return checked_text(pasted)
    except UnreadableInput as problem:
        message = tr(TEXT, problem.reason, lang, detail=escape_markdown(problem.detail))
        (st.info if problem.reason == "empty" else st.error)(message, icon=":material/info:")
        return ""


def review_editor(table: pd.DataFrame, sites: pd.DataFrame, text: str, lang: str) -> pd.DataFrame:
    """The editable review table; its edits are kept for this text (the key follows the text)."""
    options = entity_options(sites)
    options[NEW] = tr(TEXT, "new", lang)
    column = lambda name: tr(TEXT, f"col_{name}", lang)  # noqa: E731
    key = "intake-review-" + hashlib.sha1(text.encode()).hexdigest()[:12]
    order = [c for c in table.columns if c != "status" or table["status"].notna().any()]  # status only if any
    return st.data_editor(
        table,
        key=key,
        hide_index=False,
        width="stretch",
        column_order=order,
        placeholder="",
        disabled=["normalized", "confidence"],
        column_config={
            "keep": st.column_config.CheckboxColumn(column("keep"), width="small"),
            "attribute": st.column_config.SelectboxColumn(column("attribute"), options=attribute_options(), required=True),
            "value": st.column_config.TextColumn(column("value"), required=True),
            "normalized": st.column_config.TextColumn(column("normalized")),
            "status": st.column_config.SelectboxColumn(column("status"), options=list(STATUSES)),
            "entity": st.column_config.SelectboxColumn(column("entity"), options=list(options), width="large",
                                                       format_func=lambda key: options.get(key, key), required=True),
            "new_name": st.column_config.TextColumn(column("new_name")),
            "as_of": st.column_config.TextColumn(column("as_of")),
            "confidence": st.column_config.ProgressColumn(column("confidence"), min_value=0.0, max_value=1.0,
                                                          format="%.2f", width="small"),
        },
    )


def sentences(candidates: list[Candidate], lang: str) -> None:
    with st.expander(tr(TEXT, "sentences", lang), expanded=True):
        for number, candidate in enumerate(candidates):
            st.markdown(f"**{number}.** {highlighted_sentence(candidate)}")


def seed_offer(source: SourceInfo, edited: pd.DataFrame, lang: str) -> None:
    """Build and validate the seed from the kept rows; offer it; save it on request when allowed."""
    st.subheader(tr(TEXT, "seed", lang))
    kept = intake_seed.rows_from_review(edited)
    if not kept:
        st.info(tr(TEXT, "nothing_kept", lang), icon=":material/info:")
        return
    draft = intake_seed.make_seed(source, [row for _, row in kept], config.seeds_dir())
    _problems(draft, [number for number, _ in kept], lang)
    label = tr(TEXT, "download", lang, file=draft.file_name) if draft.valid else tr(TEXT, "download_draft", lang)
    st.download_button(label, data=draft.text.encode("utf-8"), mime="application/x-yaml", icon=":material/download:",
                       file_name=draft.file_name if draft.valid else draft.file_name + ".draft", key="intake-download")
    st.code(draft.text, language="yaml")
    _save(draft, lang)


def _problems(draft: SeedDraft, table_rows: list[int], lang: str) -> None:
    if draft.valid:
        st.success(tr(TEXT, "valid", lang, file=escape_markdown(draft.file_name)), icon=":material/check_circle:")
        return
    st.warning(tr(TEXT, "problems", lang, n=len(draft.problems)), icon=":material/warning:")
    rows = [
        {tr(TEXT, "row", lang): table_rows[row] if row is not None and row < len(table_rows) else None,
         tr(TEXT, "field", lang): problem.field, tr(TEXT, "value", lang): problem.value,
         tr(TEXT, "reason", lang): problem.reason}
        for row, problem in draft.problems
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def _save(draft: SeedDraft, lang: str) -> None:
    if not config.intake_writable_seeds():
        st.caption(tr(TEXT, "save_off", lang))
        return
    if st.button(tr(TEXT, "save", lang), disabled=not draft.valid, key="intake-save", icon=":material/save:"):
        try:
            path = intake_seed.save_seed(draft, config.seeds_dir())
        except (intake_seed.SeedExists, intake_seed.SeedsNotWritable, ValueError, OSError) as exc:
            st.error(escape_markdown(str(exc)), icon=":material/error:")
        else:
            st.success(tr(TEXT, "saved", lang, path=escape_markdown(str(path))), icon=":material/check_circle:")
