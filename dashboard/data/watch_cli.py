"""The news watch's command (`python -m dashboard.watch`, `hdf-watch`; see `dashboard.data.newswatch`).

    python -m dashboard.watch run [--feed URL ...] [--queue DIR]
    python -m dashboard.watch list [--queue DIR] [--json]

Exit codes and errors follow dashboard.data.cli: 0 done (broken feeds and pages are said on
stderr, the others read); 1 the run could not do its work (no network: nothing changed; no feed
read; the kept feed list unreadable); 2 a usage error (a --feed that is not an http(s) URL).
`list` writes the queue to stdout, newest first.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from dashboard.data import cli, newswatch


def _parser() -> argparse.ArgumentParser:
    parser = cli.Parser(prog=cli.prog("dashboard.watch"), description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="read the feeds and queue new articles for review")
    run.add_argument("--feed", action="append", default=None, metavar="URL",
                     help="a feed to read instead of the kept list (repeatable)")
    run.add_argument("--queue", type=Path, default=None, help="the queue's folder (default: HDF_WATCH_QUEUE or data/watch)")
    run.add_argument("--feeds-file", type=Path, default=None, help="the kept feed list (default: data/watch-feeds.yaml)")
    listing = commands.add_parser("list", help="the queued articles, newest first")
    listing.add_argument("--queue", type=Path, default=None)
    listing.add_argument("--json", action="store_true", help="JSON (one object per article, without the text)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    folder = args.queue or newswatch.queue_dir()
    if args.command == "list":
        return _list(folder, args.json)
    if args.feed:
        bad = [url for url in args.feed if not url.startswith(("http://", "https://"))]
        if bad:
            parser.error(f"--feed must be an http(s) URL, not {bad[0]!r}")
        feeds = [newswatch.Feed(url) for url in args.feed]
    else:
        try:
            feeds = newswatch.load_feeds(args.feeds_file or newswatch.FEEDS_FILE)
        except (OSError, ValueError) as exc:
            cli.error(f"cannot read the feed list ({exc})")
            return cli.FAILURE
    from dashboard.data.intake_seed import shipped_dataset

    report = newswatch.run(feeds, folder, shipped_dataset())
    for message in report.messages:
        print(message, file=sys.stderr)
    if not report.network:
        return cli.FAILURE
    print(f"{report.feeds_read}/{len(feeds)} feed(s) read; {len(report.added)} article(s) queued in {folder}; "
          f"{report.duplicates} already seen, {report.cited} already cited by a seed, "
          f"{report.without_figures} without figures", file=sys.stderr)
    return cli.OK if report.feeds_read else cli.FAILURE


def _list(folder: Path, as_json: bool) -> int:
    articles = newswatch.queued(folder)
    if as_json:
        rows = [{k: v for k, v in asdict(a).items() if k != "text"} for a in articles]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return cli.OK
    if not articles:
        print(f"the queue in {folder} is empty", file=sys.stderr)
        return cli.OK
    for a in articles:
        status = "accepted — seed downloaded, not saved" if a.reason == newswatch.NOT_SAVED else a.status
        print(f"{status:9} {a.published or '?':10} {a.figures:3} figure(s)  {a.publisher}: {a.title}  <{a.url}>")
    return cli.OK
