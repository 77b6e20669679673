"""One convention for every command (hdf-build, hdf-export, hdf-intake, hdf-opendata and their
`python -m` forms): argparse; exit code 0 when everything was done, 1 when something failed (a
download, a chart, a seed with problems), 2 for a usage error (an unknown option or value, a
date that does not parse, an input file that cannot be read, an output folder that cannot be
written); every error on stderr as `error: <what is wrong, and where>`, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

OK, FAILURE, USAGE = 0, 1, 2


def prog(module: str) -> str:
    """The command's name as the user typed it: `hdf-build` for the installed script, else
    `python -m <module>`."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return name if name.startswith("hdf-") else f"python -m {module}"


class Parser(argparse.ArgumentParser):
    """argparse with the convention's usage errors: usage and `<prog>: error: ...` on stderr, exit 2."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")


def error(message: str) -> None:
    """A failure or usage problem, said on stderr."""
    print(f"error: {message}", file=sys.stderr, flush=True)


def writable_folder(path: Path) -> str:
    """'' when `path` is (now) a writable folder, else why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return f"{path} exists and is not a folder"
    except OSError as exc:
        return f"cannot create the folder {path} ({exc.strerror or exc})"
    if not path.is_dir():
        return f"{path} is not a folder"
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        return f"cannot write in {path} ({exc.strerror or exc})"
    return ""
