"""Propose a seed file from an article's text (`python -m dashboard.intake`, `hdf-intake`).

    python -m dashboard.intake ARTICLE.txt --url URL --publisher NAME --published YYYY-MM-DD \
        [--lang fr|en] [--title TITLE] [--commune NAME [--type KIND]] [--out seeds/NNN_slug.yaml]

Prints the candidates found (attribute, value as written, site, as-of, confidence), builds the
seed file and validates it with the build's reader. A candidate the extractor holds back (a date or
a status said of several sites together, or of a company's whole plan) is printed with its reason
and left out of the file, as the page leaves it unticked. A new site (a project the data does not know)
is placed at the centre of the commune `--commune` names (the region's communes list, as /ajouter does),
as a `--type` project (default data_center); without it the file says the site needs its commune. A valid file goes to --out (never over an
existing file) or to standard output; an invalid one is written beside it as `.yaml.draft` (the
build ignores it) with the problems listed, and the command exits 1. Exit codes and errors follow
dashboard.data.cli: a date that does not parse or an article that cannot be read is a usage
error (2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.data import cli, intake_model, intake_seed, opendata_store
from dashboard.data.opendata_checks import OpenDataError
from dashboard.domain.communes import find_commune
from dashboard.domain.schema import NEW_SITE_TYPES

HELD_WORDS = {"several_sites": "its sentence names several sites", "company_plan": "its sentence is the company's whole plan",
              "site_owner": "the site owner's figure", "company_scope": "the company's figure, no site named",
              "other_place": "its sentence places it elsewhere", "town_only": "the article names only the town",
              "hearsay": "reported as hearsay", "town_in_relative": "its town named only in a clause about another thing",
              "learned_doubt": "proposed by the rules, not taken by the learned model"}
from dashboard.data.intake_seed import SourceInfo
from dashboard.domain.intake import LANGS, extract_facts
from dashboard.domain.intake.cleaning import describe
from dashboard.domain.intake.lookalikes import mixed_script_words
from dashboard.domain.intake.review import MAX_CHARS, UnreadableInput, prepared_text


def _parser() -> argparse.ArgumentParser:
    parser = cli.Parser(prog=cli.prog("dashboard.intake"), description=__doc__.split("\n\n")[0])
    parser.add_argument("article", type=Path, help=f"the article's text (UTF-8 .txt, at most {MAX_CHARS:,} characters, as on /ajouter)")
    parser.add_argument("--url", required=True)
    parser.add_argument("--publisher", required=True)
    parser.add_argument("--published", required=True, help="YYYY-MM-DD (or YYYY-MM, YYYY)")
    parser.add_argument("--lang", choices=LANGS, default="fr")
    parser.add_argument("--title", default="", help="the article's title (default: a description in brackets)")
    parser.add_argument("--seeds", type=Path, default=None, help="seed folder to match and validate against")
    parser.add_argument("--out", type=Path, default=None, help="where to write the seed (default: stdout)")
    parser.add_argument("--commune", default="", help="the commune of the article's new site(s): its centre places them")
    parser.add_argument("--type", dest="project_type", choices=NEW_SITE_TYPES, default="data_center",
                        help="what the new site(s) are (with --commune)")
    return parser


def _placed(args, parser) -> intake_seed.NewSite | None:
    """The new sites' place from --commune (None without it); a commune the list does not hold is a usage error."""
    if not args.commune:
        return None
    try:
        communes = opendata_store.load("communes")
    except OpenDataError as exc:
        parser.error(f"--commune: the communes list cannot be read ({exc})")
    found = find_commune(args.commune, communes) if communes is not None else None
    if found is None:
        parser.error(f"--commune: no commune of the region is named {args.commune!r}"
                     + ("" if communes is not None else " (no communes list: neither downloaded nor embedded)"))
    place, _ = found
    return intake_seed.NewSite(args.project_type, commune=str(place["name"]), departement=str(place["departement"]),
                               lat=float(place["lat"]), lon=float(place["lon"]))


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    placed = _placed(args, parser)
    try:
        published = intake_seed.parse_published(args.published)
        if args.article.stat().st_size > MAX_CHARS * 4:  # more than any UTF-8 text of MAX_CHARS: not read
            raise UnreadableInput("too_long", f"{args.article.stat().st_size:,} bytes")
        cleaned = prepared_text(args.article.read_text(encoding="utf-8"))
    except UnreadableInput as exc:
        what = "is empty" if exc.reason == "empty" else (
            f"is too long ({exc.detail}); the intake reads at most {MAX_CHARS:,} characters, as /ajouter does")
        parser.error(f"{args.article} {what}")
    except ValueError as exc:  # a bad date, or a file that is not UTF-8 text
        parser.error(str(exc))
    except OSError as exc:
        parser.error(f"cannot read {args.article} ({exc.strerror or exc})")
    text = cleaned.text
    if cleaned.removed:
        print(f"warning: invisible characters removed before reading: {describe(cleaned.removed)}", file=sys.stderr)
    if lookalikes := mixed_script_words(text):
        print(f"warning: words mixing Latin with Cyrillic or Greek look-alike letters: {', '.join(lookalikes)}; "
              "read as the names they imitate (confidence at most 0.4): check the source", file=sys.stderr)
    dataset = intake_seed.shipped_dataset(args.seeds)
    candidates = extract_facts(text, lang=args.lang, published=intake_seed.published_date(published), dataset=dataset,
                               model=intake_model.chosen_model())
    for c in candidates:
        site = c.entity_id or f"NEW: {c.proposed_name}"
        held = f"  held, not written: {HELD_WORDS[c.held]} ({', '.join(c.held_words)})" if c.held else ""
        print(f"{c.attribute:14} {c.value!r:40} {site:40} {c.as_of or '?':10} {c.confidence:.2f}{held}", file=sys.stderr)
    candidates = [c for c in candidates if not c.held]  # the page shows them unticked; the file leaves them out
    if not candidates:
        cli.error("no figure found in the article; no seed written")
        return cli.FAILURE
    source = SourceInfo(args.url, args.publisher, published, args.lang, args.title)
    rows = intake_seed.rows_from_candidates(candidates, published)
    name = args.out.name if args.out else ""
    new_sites = {site: placed for site in intake_seed.new_site_names(rows)} if placed else None
    draft = intake_seed.make_seed(source, rows, args.seeds, file_name=name, new_sites=new_sites)
    for row, problem in draft.problems:
        print(f"problem (row {row if row is not None else '-'}): {problem}", file=sys.stderr)
    if args.out is None:
        sys.stdout.write(draft.text)
        return cli.OK if draft.valid else cli.FAILURE
    target = args.out if draft.valid else args.out.with_name(args.out.name + ".draft")
    try:
        with target.open("x", encoding="utf-8") as handle:
            handle.write(draft.text)
    except FileExistsError:
        cli.error(f"{target} already exists; nothing written")
        return cli.FAILURE
    except OSError as exc:
        cli.error(f"cannot write {target} ({exc.strerror or exc})")
        return cli.FAILURE
    print(f"{len(rows)} fact(s) -> {target}" + ("" if draft.valid else " (draft: fix the problems above)"), file=sys.stderr)
    return cli.OK if draft.valid else cli.FAILURE
