"""Open datasets the product downloads on demand and caches under data/opendata/.

Nothing is downloaded at import time. Each dataset is declared once (publisher, licence, URL,
cache file, parser); the map, the siting page, the build and the `fetch` command all go through
`load()` / `fetch()`.

Environment:
- `HDF_OPENDATA_DIR`: cache folder (default: <repo>/data/opendata).
- `HDF_OPENDATA_<NAME>` (e.g. `HDF_OPENDATA_OUTLINES`): a local file to use instead of the
  cache (local screenshots point it at a reference copy).
- `HDF_OPENDATA_<NAME>_URL`: another URL to download from (tests use a local server).
- `HDF_OPENDATA_REFERENCE_DIR`: the copies shipped with the repository (default <repo>/data/reference,
  see its README): outlines, communes and RTE's 2024 substations are read from there when nothing
  newer was downloaded, so a fresh clone works offline. `origin(name)` says which file is in use.

Command: `python -m dashboard.data.opendata fetch [outlines|substations|communes|cartofriches|osm_grid|
ign_datacenters|all]`.

The command, and the one import of the open-data API whose parts have one job each:
`opendata_registry` (the datasets, `DATASETS`), `opendata_files` (which file is in use, `origin()`),
`opendata_download` (HTTP with retries), `opendata_store` (`fetch()` / `load()`: every dataset
through the same checks), and the publishers' readers (`administrative`, `substations`,
`cartofriches`, `osm_grid`, `ign_datacenters`).
"""

from __future__ import annotations

import sys

from dashboard.data import cli
from dashboard.data.opendata_checks import CorruptDataError, OpenDataError
from dashboard.data.opendata_download import DOWNLOAD_TIMEOUT_S, RETRIES
from dashboard.data.opendata_files import Origin, cache_dir, checksum_path, embedded_path, local_path, origin
from dashboard.data.opendata_registry import DATASETS, OpenDataset, download_url
from dashboard.data.opendata_store import fetch, load

__all__ = ["DATASETS", "DOWNLOAD_TIMEOUT_S", "RETRIES", "CorruptDataError", "OpenDataError", "OpenDataset", "Origin",
           "cache_dir", "checksum_path", "download_url", "embedded_path", "fetch", "fetch_summary", "load",
           "local_path", "main", "origin"]


def fetch_summary(name: str) -> str:
    """What the reader made of the dataset's file: its date, rows read / placed / refused
    (dashboard.data.rowcounts; the outlines: départements kept)."""
    try:
        parsed = load(name)
    except OpenDataError as exc:
        return f"cannot be read back ({exc})"
    found = origin(name)
    date = (getattr(parsed, "attrs", None) or {}).get("as_of") or found.as_of or "unknown"
    rows = (getattr(parsed, "attrs", None) or {}).get("rows")
    if rows:
        counted = (f"{rows['read']} rows read, {rows['region']} in the region, {rows['placed']} placed, "
                   f"{rows['refused']} refused")
    elif isinstance(parsed, dict):
        counted = f"{len(parsed.get('features', []))} département outlines kept"
    else:
        counted = f"{len(parsed)} rows kept"
    return f"file of {date}; {counted}"


def main(argv: list[str] | None = None) -> int:
    parser = cli.Parser(prog=cli.prog("dashboard.data.opendata"), description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=cli.Parser)
    fetch_cmd = sub.add_parser("fetch", help="download datasets into the cache")
    fetch_cmd.add_argument("names", nargs="*", default=["all"], metavar="NAME", help=f"{', '.join(DATASETS)} or all")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in DATASETS and name != "all"]
    if unknown:
        fetch_cmd.error(f"unknown dataset {', '.join(map(repr, unknown))}; known: {', '.join(DATASETS)} or all")
    names = list(DATASETS) if "all" in args.names or not args.names else list(dict.fromkeys(args.names))
    failed = 0
    for name in names:
        try:
            path = fetch(name)
            print(f"{name}: saved {path}; {fetch_summary(name)}")
        except OpenDataError as exc:
            cli.error(str(exc))
            failed += 1
    return cli.FAILURE if failed else cli.OK


if __name__ == "__main__":
    sys.exit(main())
