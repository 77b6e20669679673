"""The /ajouter page's pieces: the source form, the article input (paste or .txt/.html upload),
the review table, the highlighted sentences, and the seed file offered for download (or saved into
seeds/ on request when HDF_INTAKE_WRITABLE_SEEDS=1). Every data value shown is escaped."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from dashboard import config
from dashboard.data import intake_seed, seeds
from dashboard.data.intake_checks import problem_kind
from dashboard.data.intake_process import ExtractionFailed
from dashboard.data.intake_seed import SeedDraft, SourceInfo
from dashboard.data.repository import article_candidates
from dashboard.domain.intake import Candidate
from dashboard.domain.intake.cleaning import describe
from dashboard.domain.intake.lookalikes import foreign_letters, mixed_script_words
from dashboard.domain.intake.review import (
    MAX_CHARS,
    MAX_UPLOAD_MB,
    NEW,
    UnreadableInput,
    attribute_options,
    entity_options,
    held_reason,
    highlighted_sentence,
    prepared_text,
    text_of_upload,
)
from dashboard.domain.schema import STATUSES
from dashboard.i18n import fmt_number, t, translations
from dashboard.i18n.escape import escape_markdown
from dashboard.ui.components.new_sites import new_sites_form, text_key

def article_figures(text: str, article_lang: str, published, lang: str) -> list[Candidate] | None:
    """The article's candidate facts (repository.article_candidates); None, with the reason said in
    an error box, when the process reading a long text went over its time limit or died."""
    try:
        return article_candidates(text, article_lang, published)
    except ExtractionFailed as failed:
        if failed.reason == "time_limit":
            st.error(t("ajouter_page.time_limit", lang, seconds=fmt_number(failed.seconds, lang, digits=2)),
                     icon=":material/timer_off:")
        else:
            how = (t("ajouter_page.killed_by", lang, signal=failed.signal_name) if failed.signal_name
                   else t("ajouter_page.exit_code", lang, code=failed.exit_code))
            st.error(t("ajouter_page.worker_died", lang, how=how), icon=":material/error:")
        return None


def source_form(lang: str) -> tuple[SourceInfo | None, str, str]:
    """(source or None, article language, error message or '')."""
    st.subheader(t("ajouter_page.source", lang))
    left, middle, right = st.columns([3, 2, 2])
    url = left.text_input(t("ajouter_page.url", lang), key="intake-url", placeholder="https://")
    publisher = middle.text_input(t("ajouter_page.publisher", lang), key="intake-publisher")
    published = right.text_input(t("ajouter_page.published", lang), key="intake-published",
                                 help=t("ajouter_page.published_help", lang), placeholder="2026-02-12")
    left, middle, right = st.columns([3, 2, 2])
    title = left.text_input(t("ajouter_page.title_field", lang), key="intake-title")
    article_lang = middle.radio(t("ajouter_page.lang", lang), ["fr", "en"], horizontal=True, key="intake-lang",
                                format_func=lambda code: {"fr": "Français", "en": "English"}[code])
    reliability = right.selectbox(t("ajouter_page.reliability", lang), intake_seed.RELIABILITIES, key="intake-reliability",
                                  format_func=lambda level: t(f"ajouter_page.reliability_{level}", lang))
    if published.strip():
        try:
            published = intake_seed.parse_published(published)
        except ValueError:
            return None, article_lang, t("ajouter_page.bad_date", lang, value=escape_markdown(published))
    if not url.strip().startswith(("http://", "https://")) or not publisher.strip():
        return None, article_lang, t("ajouter_page.source_missing", lang)
    return SourceInfo(url.strip(), publisher.strip(), published or "unknown", article_lang, title.strip(),
                      reliability), article_lang, ""


# Files up to this size reach the server, which names the limit in the reader's language; only a
# larger one meets Streamlit's own refusal in the browser (a red icon and an English sentence).
_WIDGET_MB = 10 * MAX_UPLOAD_MB


def _uploader_words(lang: str) -> None:
    """Streamlit's dropzone speaks English ("Upload", "20MB per file • TXT, HTML"): its size line is
    hidden (the label says the real limit before the upload) and its button says ours."""
    button = t("ajouter_page.choose_file", lang).replace("\\", "").replace('"', "")
    st.html(
        "<style>"
        '.st-key-intake-file [data-testid="stFileUploaderDropzoneInstructions"] {display: none;}'
        '.st-key-intake-file [data-testid="stFileUploaderDropzone"] button {font-size: 0;}'
        '.st-key-intake-file [data-testid="stFileUploaderDropzone"] button * {display: none;}'
        f'.st-key-intake-file [data-testid="stFileUploaderDropzone"] button::after {{content: "{button}"; font-size: 1rem;}}'
        "</style>"
    )


def article_input(lang: str) -> str:
    """The article's text as the extractor reads it (invisible characters removed, said); a clear
    message (and '') for an empty, oversized or binary input. The size limit is said before the upload."""
    st.subheader(t("ajouter_page.article", lang))
    pasted = st.text_area(t("ajouter_page.paste", lang), key="intake-text", height=220)
    limits = {"mb": fmt_number(MAX_UPLOAD_MB, lang), "chars": fmt_number(MAX_CHARS, lang)}
    _uploader_words(lang)
    upload = st.file_uploader(t("ajouter_page.upload", lang, **limits), type=["txt", "html", "htm"], key="intake-file",
                              max_upload_size=_WIDGET_MB)
    try:
        raw = text_of_upload(upload.getvalue(), upload.name) if upload is not None and not pasted.strip() else pasted
        cleaned = prepared_text(raw)
    except UnreadableInput as problem:
        detail = fmt_number(int(problem.detail.replace(" ", "")), lang) if problem.reason == "too_long" else problem.detail
        message = t(f"ajouter_page.{problem.reason}", lang, detail=escape_markdown(detail), **limits)
        (st.info if problem.reason == "empty" else st.error)(message, icon=":material/info:")
        return ""
    if cleaned.removed:
        st.warning(t("ajouter_page.cleaned", lang, detail=describe(cleaned.removed, names=lang == "en")),
                   icon=":material/visibility_off:")
    if lookalikes := mixed_script_words(cleaned.text):
        quote = "«\u00a0{}\u00a0»" if lang == "fr" else "“{}”"
        words = ", ".join(quote.format(escape_markdown(word)) + " (" + ", ".join(
            f"U+{ord(letter):04X}" for letter in foreign_letters(word)) + ")" for word in lookalikes[:10])
        st.warning(t("ajouter_page.lookalikes", lang, words=words), icon=":material/warning:")
    return cleaned.text


def checked_review(table: pd.DataFrame, article_lang: str, lang: str) -> pd.DataFrame:
    """The review table with every row the build's reader would refuse unticked and said why, in
    the reader's language (`problem`): no ticked row can fail the seed's validation for its value.
    A row the extractor held back (`review.held_reason`) stays unticked with its own reason."""
    table = table.copy()
    problems = []
    held = table["problem"] if "problem" in table else pd.Series("", index=table.index)
    for row, reason in zip(table.itertuples(), held.fillna("")):
        refused = seeds.value_problem(str(row.attribute), str(row.value), article_lang)
        problems.append(t("ajouter_page.value_refused", lang, value=row.value,
                          attribute=t(f"overview.attr_{row.attribute}", lang)) if refused else reason)
    table["problem"] = problems
    table.loc[table["problem"] != "", "keep"] = False
    return table


def review_editor(table: pd.DataFrame, sites: pd.DataFrame, text: str, lang: str, key: str = "intake") -> pd.DataFrame:
    """The editable review table; its edits are kept for this text (the key follows the text; `key`
    tells the paste flow's table from the review queue's)."""
    options = entity_options(sites)
    options[NEW] = t("ajouter_page.new", lang)
    column = lambda name: t(f"ajouter_page.col_{name}", lang)  # noqa: E731
    key = f"{key}-review-" + text_key(text)
    order = [c for c in table.columns if (c != "status" or table["status"].notna().any())
             and (c != "problem" or (table[c] != "").any())]  # status and problem only if any
    return st.data_editor(
        table,
        key=key,
        hide_index=False,
        width="stretch",
        column_order=order,
        placeholder="",
        disabled=["normalized", "confidence", "problem"],
        column_config={
            "keep": st.column_config.CheckboxColumn(column("keep"), width="small"),
            "attribute": st.column_config.SelectboxColumn(column("attribute"), options=attribute_options(), required=True,
                                                          format_func=lambda name: t(f"overview.attr_{name}", lang)),
            "value": st.column_config.TextColumn(column("value"), required=True),
            "normalized": st.column_config.TextColumn(column("normalized")),
            "status": st.column_config.SelectboxColumn(column("status"), options=list(STATUSES)),
            "entity": st.column_config.SelectboxColumn(column("entity"), options=list(options), width="large",
                                                       format_func=lambda key: options.get(key, key), required=True),
            "new_name": st.column_config.TextColumn(column("new_name")),
            "as_of": st.column_config.TextColumn(column("as_of")),
            "problem": st.column_config.TextColumn(column("problem"), width="large"),
            "confidence": st.column_config.ProgressColumn(column("confidence"), min_value=0.0, max_value=1.0,
                                                          format="%.2f", width="small"),
        },
    )


def sentences(candidates: list[Candidate], lang: str) -> None:
    """Each candidate's sentence, its value highlighted; a held row's reason under it (the review
    table's « À corriger » column may be scrolled out of view)."""
    with st.expander(t("ajouter_page.sentences", lang), expanded=True):
        for number, candidate in enumerate(candidates):
            reason = held_reason(candidate, lang)
            st.markdown(f"**{number}.** {highlighted_sentence(candidate)}"
                        + (f"  \n:orange[{escape_markdown(reason)}]" if reason else ""))


def seed_offer(source: SourceInfo, edited: pd.DataFrame, text: str, lang: str, key: str = "intake", on_saved=None,
               on_downloaded=None) -> SeedDraft | None:
    """Build and validate the seed from the kept rows (a new site placed by the reviewer: its type
    and commune, `new_sites_form`); offer it; save it on request when allowed (then `on_saved(path)`:
    the review queue marks its article accepted). With saving off, downloading a valid seed calls
    `on_downloaded(file_name)` (the queue marks its article accepted, not saved). The draft, or None."""
    st.subheader(t("ajouter_page.seed", lang))
    kept = intake_seed.rows_from_review(edited)
    if not kept:
        st.info(t("ajouter_page.nothing_kept", lang), icon=":material/info:")
        return None
    rows = [row for _, row in kept]
    new_sites = new_sites_form(intake_seed.new_site_names(rows), text, lang, key)
    draft = intake_seed.make_seed(source, rows, config.seeds_dir(), new_sites=new_sites)
    _problems(draft, [number for number, _ in kept], lang)
    label = t("ajouter_page.download", lang, file=draft.file_name) if draft.valid else t("ajouter_page.download_draft", lang)
    accept_on_download = on_downloaded is not None and draft.valid and not config.intake_writable_seeds()
    st.download_button(label, data=draft.text.encode("utf-8"), mime="application/x-yaml", icon=":material/download:",
                       file_name=draft.file_name if draft.valid else draft.file_name + ".draft", key=f"{key}-download",
                       on_click=on_downloaded if accept_on_download else "rerun",
                       args=(draft.file_name,) if accept_on_download else None)
    st.code(draft.text, language="yaml")
    _save(draft, lang, key, on_saved)
    return draft


def _problems(draft: SeedDraft, table_rows: list[int], lang: str) -> None:
    if draft.valid:
        st.success(t("ajouter_page.valid", lang, file=escape_markdown(draft.file_name)), icon=":material/check_circle:")
        return
    st.warning(t("ajouter_page.problems", lang, n=len(draft.problems)), icon=":material/warning:")
    rows = [
        {t("ajouter_page.row", lang): table_rows[row] if row is not None and row < len(table_rows) else None,
         t("ajouter_page.field", lang): _field_words(problem.field, lang), t("ajouter_page.value", lang): problem.value,
         t("ajouter_page.reason", lang): problem_words(problem, lang)}
        for row, problem in draft.problems
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def _field_words(field: str, lang: str) -> str:
    """A seed field's name as the reader reads it ("departement" -> « département »), else as written."""
    return translations(f"seed_problems.field_{field}").get(lang) or field


def problem_words(problem, lang: str) -> str:
    """A proposed seed's problem in the reader's language (its kind: `intake_checks.problem_kind`);
    the reason the checker gave (English, as the command line prints it) is not shown to a French reader."""
    named = re.search(r"U\+[0-9A-F]{4,6}|(?<=seeds: )\S+(?= has)", problem.reason)
    return t(f"seed_problems.{problem_kind(problem)}", lang, field=_field_words(problem.field, lang),
             value=problem.value, detail=named.group(0) if named else "")


def _save(draft: SeedDraft, lang: str, key: str = "intake", on_saved=None) -> None:
    if not config.intake_writable_seeds():
        st.caption(t("ajouter_page.save_off", lang))
        return
    if st.button(t("ajouter_page.save", lang), disabled=not draft.valid, key=f"{key}-save", icon=":material/save:"):
        try:
            path = intake_seed.save_seed(draft, config.seeds_dir())
        except (intake_seed.SeedExists, intake_seed.SeedsNotWritable, ValueError, OSError) as exc:
            st.error(escape_markdown(str(exc)), icon=":material/error:")
        else:
            st.success(t("ajouter_page.saved", lang, path=escape_markdown(str(path))), icon=":material/check_circle:")
            if on_saved is not None:
                on_saved(path)
