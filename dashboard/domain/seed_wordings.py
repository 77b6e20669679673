"""Our words in a seed, beside the source's own (issue 24; worded in the reader's language by
dashboard.i18n.names): a publisher's note, our description of a source whose title is unknown,
an entity's English name. Each bad one is a warning naming file, record, field and value: the
record and its facts stay without it."""

from __future__ import annotations

from dashboard.domain.records import Problem
from dashboard.domain.schema import LANGUAGES, PUBLISHER_NOTES
from dashboard.domain.seed_fields import Rejected, line_of, show, text_field


def title_or_description(raw: dict, file_name: str, problems: list[Problem]) -> tuple[str, dict[str, str]]:
    """The source's own `title` (as written), or, when it is unknown, our `description: {fr, en}`
    of it (i18n.names.title_label shows it « [ … ] » in the reader's language): (title, {lang:
    text}), '' and {} for what is absent. One of them is required; a bad description, or a title in
    brackets (our words where the source's should be), is a warning naming file, record, field and
    value: the source and its facts stay (a bad description left out: the title shown as unknown)."""
    title = text_field(raw, "title", required=False) or ""
    description = raw.get("description")
    if description is None:
        if not title:
            raise Rejected("title", "", "missing (the source's own title; or, when it is unknown, "
                                        "our description: {fr: ..., en: ...})")
        if title.startswith("[") and title.endswith("]"):
            problems.append(Problem(file_name, "source", "title", show(title),
                                    "our description in brackets, not the source's title: write it as "
                                    "description: {fr: ..., en: ...} (kept as the title meanwhile)",
                                    severity="warning", line=line_of(raw)))
        return title, {}

    def dropped(field_name: str, value: object, reason: str) -> tuple[str, dict[str, str]]:
        problems.append(Problem(file_name, "source", field_name, show(value), reason + "; description left out",
                                severity="warning", line=line_of(raw)))
        return title, {}

    if title:
        return dropped("description", description, "a source whose title is known takes no description")
    if not isinstance(description, dict):
        return dropped("description", description, "expected a mapping {fr: ..., en: ...}")
    unknown = sorted(set(map(str, description)) - set(LANGUAGES))
    if unknown:
        return dropped(f"description.{unknown[0]}", description[unknown[0]],
                       f"unknown field (expected {', '.join(LANGUAGES)})")
    texts = {}
    for lang in LANGUAGES:
        try:
            texts[lang] = text_field(description, lang)
        except Rejected as exc:
            return dropped(f"description.{lang}", exc.value, f"{exc.reason} (a description in every language: "
                                                            f"{', '.join(LANGUAGES)})")
        if texts[lang].startswith("[") and texts[lang].endswith("]"):
            return dropped(f"description.{lang}", texts[lang], "without brackets (the pages add them)")
    return "", texts


def publisher_note(raw: dict, file_name: str, problems: list[Problem]) -> tuple[str, str]:
    """The source's optional `publisher_note: {kind, name}` (our note after the publisher's name,
    worded in the reader's language by i18n.names.publisher_label): (kind, name), ('', '') when
    absent. A bad one is a warning naming the field and value: the source and its facts stay,
    shown under the publisher's name alone."""
    note = raw.get("publisher_note")
    if note is None:
        return "", ""

    def dropped(field_name: str, value: object, reason: str) -> tuple[str, str]:
        problems.append(Problem(file_name, "source", field_name, show(value), reason + "; note left out",
                                severity="warning", line=line_of(raw)))
        return "", ""

    if not isinstance(note, dict):
        return dropped("publisher_note", note, "expected a mapping {kind, name}")
    unknown = sorted(set(map(str, note)) - {"kind", "name"})
    if unknown:
        return dropped(f"publisher_note.{unknown[0]}", note[unknown[0]], "unknown field (expected kind, name)")
    kind = note.get("kind")
    if kind not in PUBLISHER_NOTES:
        return dropped("publisher_note.kind", "" if kind is None else kind,
                       f"expected one of {', '.join(PUBLISHER_NOTES)}")
    try:
        name = text_field(note, "name", required=PUBLISHER_NOTES[kind]) or ""
    except Rejected as exc:
        return dropped("publisher_note.name", exc.value, f"{exc.reason} (the kind {kind!r} names a host or an outlet)")
    if name and not PUBLISHER_NOTES[kind]:
        return dropped("publisher_note.name", name, f"the kind {kind!r} takes no name")
    return kind, name


def name_en(raw: dict, file_name: str, record: str, problems: list[Problem] | None) -> str:
    """An entity's optional `name_en`: our English name of a site whose `name` is our French one
    (i18n.names.site_label shows it on English pages). A bad one is a warning naming the field and
    value: the entity stays, under its French name on every page."""
    try:
        name = text_field(raw, "name_en", required=False) or ""
    except Rejected as exc:
        if problems is not None:
            problems.append(Problem(file_name, record, "name_en", show(exc.value), exc.reason + "; English name left out",
                                    severity="warning", line=line_of(raw)))
        return ""
    if name and raw.get("project_type") == "substation":  # RTE's name, as written, in every language
        if problems is not None:
            problems.append(Problem(file_name, record, "name_en", show(name), "a substation keeps RTE's name in "
                                    "every language; English name left out", severity="warning", line=line_of(raw)))
        return ""
    return name
