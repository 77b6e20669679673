"""A site's profile worded in the reader's language: what /site shows and its PDF prints.

`site_sheet(profile, lang)` turns a `domain.site_profile.SiteProfile` into labelled rows and
tables of plain text (no Markdown, no HTML: the page escapes them for Markdown, the PDF for
HTML). The page and the PDF both draw this one sheet, so they say the same thing.

Figures: each fact as the source wrote it (quoted), its value in the reader's format ("≈" when
approximate, "low – high" for a range), its as-of date and its source; sources that disagree are
put side by side; a paraphrase says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.domain import siting
from dashboard.domain.fact_text import flag as _flag
from dashboard.domain.fact_text import format_value
from dashboard.domain.schema import DEPARTEMENTS, NOTES_LANGUAGE, default_measure
from dashboard.domain.site_profile import FigureHistory, SiteProfile
from dashboard.i18n.escape import http_url
from dashboard.i18n.names import quoted_words
from dashboard.i18n import (
    fmt_as_of,
    fmt_data_as_of,
    fmt_date,
    fmt_km,
    fmt_number,
    is_unknown,
    label_status,
    label_type,
    t,
)
from dashboard.i18n.text.site_sheet import TEXT



def _w(key: str, lang: str, **values) -> str:
    return t(f"site_sheet.{key}", lang, **values)


# The figures /site opens on (its key figures), in this order.
KEY_ATTRIBUTES = ("investment", "power", "jobs", "commissioning")


@dataclass(frozen=True)
class FigureBlock:
    attribute: str
    heading: str
    current: str  # the retained value (domain.retained), formatted with its qualifier and kind
    as_of: str  # the date the retained value holds for, in words ('non datée' when none)
    source: str  # its source(s): "Publisher (date)", several joined with ", "
    disagreement: str  # '' unless sources disagree: their values side by side
    table: pd.DataFrame  # col_as_of, col_written, col_value, col_source, col_remark, col_note (NOTES_LANGUAGE only)


@dataclass(frozen=True)
class Related:
    site_id: str
    name: str
    detail: str  # type · status


@dataclass(frozen=True)
class SiteSheet:
    lang: str
    site_id: str
    title: str
    subtitle: str
    identity: list[tuple[str, str]]
    status_history: pd.DataFrame
    figures: list[FigureBlock]
    key_figures: pd.DataFrame  # col_key, col_retained, col_as_of, col_source: KEY_ATTRIBUTES, unknown ones said
    host: Related | None
    tenants: list[Related]
    grid: list[tuple[str, str]]
    score_summary: str  # one line; the "not scored" text when there is no score
    score_detail: str  # preset and weights
    criteria: pd.DataFrame  # empty when not scored
    brownfield: list[tuple[str, str]]
    sources: pd.DataFrame  # col_publisher, col_title, col_published, col_link (http(s) or None), col_licence, col_cited_for
    footer: str
    labels: dict[str, str]  # the headings, by TEXT key ("notes_elsewhere": '' unless notes were left out)


def attribute_label(attribute: str, lang: str) -> str:
    """The attribute's name, as every page writes it (the overview's words)."""
    return t(f"overview.attr_{attribute}", lang)


def _is_range(fact: pd.Series) -> bool:
    """Two different ends (a single value's low = high is not a range)."""
    low, high = fact.get("value_low"), fact.get("value_high")
    return not is_unknown(low) and not is_unknown(high) and float(low) != float(high)


def _paraphrase(fact: pd.Series) -> bool:
    wording, quoted = fact.get("wording"), fact.get("quoted")
    if not is_unknown(wording):
        return str(wording).strip().lower() == "paraphrase"
    return not is_unknown(quoted) and quoted is not True and str(quoted).strip().lower() in ("false", "0", "no")


def _source_labels(sources: pd.DataFrame, lang: str) -> dict[str, str]:
    """source id -> "Publisher (date)", built once per sheet (a fact without one shows its id)."""
    labels: dict[str, str] = {}
    for source_id, publisher, published in zip(sources["source_id"], sources["publisher"], sources["published"]):
        if is_unknown(publisher) or str(source_id) in labels:  # the first row of an id, as listed
            continue
        labels[str(source_id)] = str(publisher) if is_unknown(published) else f"{publisher} ({fmt_date(published, lang)})"
    return labels


def _history_table(history: pd.DataFrame, attribute: str, labels: dict[str, str], lang: str) -> pd.DataFrame:
    rows = []
    for _, fact in history.iterrows():
        remarks = []
        if _flag(fact.get("is_current")):
            remarks.append(_w("current", lang))
        qualifier = fact.get("qualifier")
        if qualifier in ("at_most", "at_least"):  # a bound, not an approximation
            remarks.append(t(f"measures.qualifier.{qualifier}", lang))
        elif _flag(fact.get("approximate")):
            remarks.append(_w("approx", lang))
        measure = fact.get("measure")
        if isinstance(measure, str) and measure and measure != default_measure(attribute):
            remarks.append(t(f"measures.{attribute}.{measure}", lang))
        if _flag(fact.get("projection")):
            remarks.append(t("measures.projection", lang))
        if _is_range(fact):
            remarks.append(_w("range", lang))
        if _flag(fact.get("conflict")) or _flag(fact.get("tie")):
            remarks.append(_w("conflict", lang))
        if _paraphrase(fact):
            remarks.append(_w("paraphrase", lang))
        # the source's words only: our paraphrase is not quoted as theirs (the value column has it)
        written = "" if _paraphrase(fact) or attribute == "status" else quoted_words(fact.get("raw_value"), lang)
        as_of = fact.get("as_of")
        rows.append({
            _w("col_as_of", lang): fmt_date(as_of, lang) if not is_unknown(as_of) else _w("undated", lang),
            _w("col_written", lang): written,
            _w("col_value", lang): format_value(attribute, fact, lang),
            _w("col_source", lang): labels.get(str(fact["source_id"]), str(fact["source_id"])),
            _w("col_remark", lang): ", ".join(remarks),
            _w("col_note", lang): "" if is_unknown(fact.get("note")) else str(fact["note"]),
        })
    keys = ("col_as_of", "col_written", "col_value", "col_source", "col_remark", "col_note")  # our notes: English
    columns = [_w(k, lang) for k in keys if k != "col_note" or lang == NOTES_LANGUAGE]
    return pd.DataFrame(rows, columns=columns)


def _current_text(attribute: str, current: pd.Series | None, lang: str) -> str:
    """The retained value, with what it measures when that is not the attribute's usual kind, and
    "projection" when the source states a target: "≤ 700 MW (capacité de raccordement au réseau)"."""
    if current is None:
        return _w("unknown", lang)
    text = format_value(attribute, current, lang)
    measure = current.get("measure")
    extra = []
    if isinstance(measure, str) and measure and measure != default_measure(attribute):
        extra.append(t(f"measures.{attribute}.{measure}", lang))
    if _flag(current.get("projection")):
        extra.append(t("measures.projection", lang))
    return f"{text} ({', '.join(extra)})" if extra else text


def _figure_block(figure: FigureHistory, labels: dict[str, str], lang: str) -> FigureBlock:
    current = figure.current
    disagreement = ""
    side = figure.side_by_side
    if not side.empty:
        values = " | ".join(
            f"{format_value(figure.attribute, fact, lang)} ({labels.get(str(fact['source_id']), str(fact['source_id']))})"
            for _, fact in side.iterrows()
        )
        disagreement = _w("disagree", lang, values=values)
    as_of = source = ""
    if current is not None:
        as_of = fmt_as_of(current.get("as_of"), lang)
        source = ", ".join(labels.get(sid, sid) for sid in str(current.get("source_id") or "").split(";") if sid)
    return FigureBlock(
        attribute=figure.attribute,
        heading=attribute_label(figure.attribute, lang),
        current=_current_text(figure.attribute, current, lang),
        as_of=as_of,
        source=source,
        disagreement=disagreement,
        table=_history_table(figure.facts, figure.attribute, labels, lang),
    )


def _key_figures(blocks: list[FigureBlock], lang: str) -> pd.DataFrame:
    """The key figures' retained values with their date and source; an unknown one stays unknown.
    Empty when none of them is known (the page then says so in a sentence)."""
    by_attribute = {block.attribute: block for block in blocks}
    if not any(a in by_attribute for a in KEY_ATTRIBUTES):
        return pd.DataFrame()
    rows = []
    for attribute in KEY_ATTRIBUTES:
        block = by_attribute.get(attribute)
        rows.append({
            _w("col_key", lang): attribute_label(attribute, lang),
            _w("col_retained", lang): block.current if block else _w("unknown", lang),
            _w("col_as_of", lang): block.as_of if block else "—",
            _w("col_source", lang): (block.source or "—") if block else "—",
        })
    return pd.DataFrame(rows)


def _text(value: object, lang: str) -> str:
    return _w("unknown", lang) if is_unknown(value) else str(value)


def _identity(profile: SiteProfile, lang: str) -> list[tuple[str, str]]:
    site = profile.site
    dep = site.get("departement")
    position = _w("no_position", lang)
    if profile.has_position:
        precision = site.get("location_precision")
        key = f"position_{precision}" if precision in ("exact", "commune_centroid") else "position_exact"
        position = _w(key, lang, lat=fmt_number(site["lat"], lang, digits=5), lon=fmt_number(site["lon"], lang, digits=5))
    return [
        (_w("type", lang), label_type(str(site["project_type"]), lang)),
        (_w("operator", lang), _text(site.get("operator"), lang)),
        (_w("commune", lang), _text(site.get("commune"), lang)),
        (_w("departement", lang), f"{dep} {DEPARTEMENTS[dep]}" if dep in DEPARTEMENTS else _text(dep, lang)),
        (_w("status", lang), label_status(str(site.get("status") or "unknown"), lang)),
        (_w("position", lang), position),
    ]


def _status_history(profile: SiteProfile, lang: str) -> pd.DataFrame:
    return _history_table(profile.status_history, "status", _source_labels(profile.sources, lang), lang)


def _grid(profile: SiteProfile, lang: str) -> list[tuple[str, str]]:
    rows = []
    sub = profile.substation
    distances = profile.distances
    if sub is not None:
        rows.append((_w("substation", lang), _w("substation_value", lang, name=sub.name, km=fmt_km(sub.km, lang))))
    else:
        rows.append((_w("substation", lang), _w("unknown", lang)))
    km225 = distances.get("nearest_225kv_km")
    name225 = profile.nearest_225kv_name
    rows.append((_w("kv225", lang), _w("substation_value", lang, name=name225, km=fmt_km(km225, lang))
                 if name225 and not is_unknown(km225) else _w("unknown", lang)))
    rows.append((_w("gravelines", lang), fmt_km(distances.get("gravelines_km"), lang)))
    rows.append((_w("lille", lang), fmt_km(distances.get("lille_km"), lang)))
    return rows


def _label(obj, lang: str) -> str:
    return obj.label.get(lang, obj.label["fr"])


def _score(profile: SiteProfile, request: siting.Request | None, lang: str) -> tuple[str, str, pd.DataFrame]:
    score = profile.score
    if score is None:
        return _w("not_scored", lang), "", pd.DataFrame()
    number = fmt_number(score.score, lang)
    pct = "\u00a0%" if lang == "fr" else "%"
    if score.role != siting.ROLE_CANDIDATE:  # operating or abandoned: scored for reference, never ranked
        summary = _w("score_reference", lang, score=number, role=_w(f"role_{score.role}", lang),
                     n=score.n_with_data, total=score.n_criteria)
    elif score.excluded or is_unknown(score.rank):
        reasons = ", ".join(_label(siting.EXCLUSIONS[k], lang) for k in score.exclusion_reasons if k in siting.EXCLUSIONS)
        summary = _w("score_excluded", lang, score=number, reasons=reasons or _w("unknown", lang),
                     n=score.n_with_data, total=score.n_criteria)
    else:
        summary = _w("score_line", lang, score=number, rank=int(score.rank), ranked=score.ranked,
                     n=score.n_with_data, total=score.n_criteria)
    weights = dict(request.weights) if request is not None else None
    percent = siting.weights_percent(weights)
    detail = ""
    if request is not None:
        parts = ", ".join(f"{_label(siting.CRITERIA[k], lang)} {p}{pct}" for k, p in percent.items())
        detail = _w("score_preset", lang, preset=_label(siting.get_preset(request.preset), lang), weights=parts)
    rows = []
    for row in score.criteria.itertuples(index=False):
        criterion = siting.CRITERIA[row.key]
        if row.key in score.set_aside:
            data, value = _w("set_aside", lang), "—"
        elif is_unknown(row.value):
            data, value = _w("no_data", lang), "—"
        else:
            if criterion.unit:
                data = fmt_number(row.input, lang, digits=1) + f"\u00a0{criterion.unit}"
            else:  # a yes/no criterion (brownfield)
                data = _w("yes" if row.input else "no", lang)
            value = fmt_number(row.value, lang, digits=2)
        rows.append(
            {
                _w("col_criterion", lang): _label(criterion, lang),
                _w("col_input", lang): data,
                _w("col_score_value", lang): value,
                # The weight the points are computed with (after setting aside a criterion without
                # data), the nominal one beside it: points = weight used × value, checkable by hand.
                _w("col_weight_used", lang): fmt_number(100 * score.weights_used.get(row.key, 0.0), lang, digits=1) + pct,
                _w("col_weight", lang): f"{percent.get(row.key, 0)}{pct}",
                _w("col_points", lang): fmt_number(row.points, lang, digits=1),
            }
        )
    return summary, detail, pd.DataFrame(rows)


def _related(row: pd.Series, lang: str) -> Related:
    detail = label_type(str(row["project_type"]), lang)
    if not is_unknown(row.get("status")):
        detail += " · " + label_status(str(row["status"]), lang)
    return Related(str(row["site_id"]), str(row["name"]), detail)


def _sources(profile: SiteProfile, lang: str) -> pd.DataFrame:
    def cited_for(text: object) -> str:
        keys = [k for k in str(text or "").split(";") if k]
        names = []
        for key in keys:
            names.append(_w(f"cited_{key}", lang) if key in ("location", "grid", "other") else attribute_label(key, lang))
        return ", ".join(names)

    sources = profile.sources
    return pd.DataFrame(
        {
            _w("col_publisher", lang): [_text(v, lang) for v in sources["publisher"]],
            _w("col_title", lang): ["" if is_unknown(v) else str(v) for v in sources["title"]],
            _w("col_published", lang): [fmt_date(v, lang) for v in sources["published"]],
            _w("col_link", lang): [http_url(v) for v in sources["url"]],
            _w("col_licence", lang): ["" if is_unknown(v) else str(v) for v in sources["licence"]],
            _w("col_cited_for", lang): [cited_for(v) for v in sources["cited_for"]],
        }
    )


def _status_words(status: object, lang: str) -> str:
    """The subtitle's status: « statut inconnu », not a bare « Inconnu » that reads as the commune's."""
    known = not is_unknown(status) and str(status) != "unknown"
    return label_status(str(status), lang) if known else t("site_sheet.status_unknown", lang)


def site_sheet(profile: SiteProfile, lang: str, request: siting.Request | None = None, today: str = "") -> SiteSheet:
    """The profile worded in `lang`; `request` (the /siting weights and preset) words the score."""
    site = profile.site
    summary, detail, criteria = _score(profile, request, lang)
    labels = _source_labels(profile.sources, lang)
    blocks = [_figure_block(f, labels, lang) for f in profile.figures]
    publishers = sorted({str(p) for p in profile.sources["publisher"] if not is_unknown(p)}, key=str.casefold)
    subtitle = " · ".join(
        part for part in (label_type(str(site["project_type"]), lang),
                          "" if is_unknown(site.get("commune")) else str(site["commune"]),
                          _status_words(site.get("status"), lang)) if part)
    return SiteSheet(
        lang=lang,
        site_id=profile.site_id,
        title=profile.name,
        subtitle=subtitle,
        identity=_identity(profile, lang),
        status_history=_status_history(profile, lang),
        figures=blocks,
        key_figures=_key_figures(blocks, lang),
        host=_related(profile.host, lang) if profile.host is not None else None,
        tenants=[_related(row, lang) for _, row in profile.tenants.iterrows()],
        grid=_grid(profile, lang),
        score_summary=summary,
        score_detail=detail,
        criteria=criteria,
        brownfield=[(str(k), str(v)) for k, v in (profile.brownfield or {}).items() if k != "site_id"],
        sources=_sources(profile, lang),
        footer=_w("footer", lang, publishers=", ".join(publishers) or "—",
                  today=fmt_date(today, lang) if today else "—", as_of=fmt_data_as_of(profile.data_as_of, lang)),
        # our notes are in English (NOTES_LANGUAGE): a sheet in another language says where they are
        labels={key: "" if key == "notes_elsewhere" and (lang == NOTES_LANGUAGE or not profile.has_notes)
                else _w(key, lang) for key in TEXT["fr"]},
    )
