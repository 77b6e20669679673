"""The article extraction of the server in a process of its own, so that a long paste does not hold
every other reader's page.

Streamlit runs each session's script in a thread of one process, and the extraction is pure Python:
it holds the interpreter lock for its whole run (0.2 s of CPU for 100 000 characters on a quiet
machine, more on a loaded one), so the other readers' pages waited behind it
(benchmarks/bench_intake_concurrent.py). A text of IN_PROCESS_CHARS characters or more is therefore
read by `python -m dashboard.data.intake_process`, a child process that gets (text, language, date,
sites) pickled on its standard input and answers the candidates pickled on its standard output:

- at most MAX_WORKERS at once (a third paste waits for one to end);
- under a time limit (`HDF_INTAKE_TIME_LIMIT_S`, 30 s by default): past it the child is killed and
  reaped (subprocess.run), and ExtractionFailed("time_limit") says so;
- a child that dies (killed, out of memory, an error) is ExtractionFailed("worker_died") with its exit
  code or signal; its standard error goes to the server's log. No child outlives its call.

Why a fresh child per long text rather than a pool of multiprocessing workers: Streamlit installs
each page script as `sys.modules["__main__"]` (with the script's `__file__`), and multiprocessing's
spawn and forkserver workers re-run `__main__`'s file on start, so a pool's worker would run the
page itself. A child started with `-m` has a main of its own. Its start (imports, ~0.5 s of CPU) is
paid in the child, not in the server's interpreter.

A shorter text is read in the server's process: it holds the lock a few milliseconds, less than a
child's start. `python -m dashboard.intake`, the news watch and `from dashboard.intake import
extract_facts` read in their own process as before: they serve no other reader.

    extract(text, lang="fr", published=date(2026, 2, 12), sites=dataset.sites) -> [Candidate, ...]
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import subprocess
import sys
import threading
from pathlib import Path

from dashboard import config
from dashboard.data import intake_model
from dashboard.domain.intake import Candidate, scan

IN_PROCESS_CHARS = 5_000
MAX_WORKERS = 2
_slots = threading.BoundedSemaphore(MAX_WORKERS)
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding `dashboard`
_log = logging.getLogger(__name__)


class ExtractionFailed(Exception):
    """The child did not answer: `reason` "time_limit" (`seconds`: the limit) or "worker_died"
    (`exit_code`: the child's, negative for the signal that ended it)."""

    def __init__(self, reason: str, *, seconds: float | None = None, exit_code: int | None = None):
        self.reason, self.seconds, self.exit_code = reason, seconds, exit_code
        what = f"over the {seconds:g} s limit" if reason == "time_limit" else f"exit code {exit_code}"
        super().__init__(f"article extraction stopped: {what}")

    @property
    def signal_name(self) -> str | None:
        """"SIGKILL" for a child killed by signal 9; None when it exited by itself."""
        if self.exit_code is None or self.exit_code >= 0:
            return None
        try:
            return signal.Signals(-self.exit_code).name
        except ValueError:
            return f"signal {-self.exit_code}"


def _scan(text: str, lang: str, published, sites) -> list[Candidate]:
    return scan(text, lang=lang, published=published, sites=sites, model=intake_model.chosen_model()).candidates


def extract(text: str, *, lang: str, published=None, sites=None, time_limit: float | None = None) -> list[Candidate]:
    """The candidate facts of `text` matched against `sites` (dashboard.domain.intake.scan), read in a
    child process when the text is long (see the module's docstring). Raises ExtractionFailed."""
    if len(text) < IN_PROCESS_CHARS:
        return _scan(text, lang, published, sites)
    return in_child(text, lang=lang, published=published, sites=sites, time_limit=time_limit)


def in_child(text: str, *, lang: str, published=None, sites=None, time_limit: float | None = None) -> list[Candidate]:
    """`_scan` in a child process, whatever the text's length."""
    limit = time_limit or config.intake_time_limit_s()
    request = pickle.dumps((text, lang, published, sites), protocol=pickle.HIGHEST_PROTOCOL)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (_PACKAGE_ROOT, os.environ.get("PYTHONPATH")) if p)}
    with _slots:
        try:
            done = subprocess.run([sys.executable, "-m", __name__], input=request, capture_output=True,
                                  timeout=limit, env=env, check=False)
        except subprocess.TimeoutExpired:  # subprocess.run has killed and reaped the child
            _log.warning("article extraction of %d characters stopped at the %g s limit", len(text), limit)
            raise ExtractionFailed("time_limit", seconds=limit) from None
    if done.returncode != 0:
        _log.error("article extraction process ended with code %s: %s", done.returncode,
                   done.stderr.decode("utf-8", "replace")[-2000:])
        raise ExtractionFailed("worker_died", exit_code=done.returncode)
    return pickle.loads(done.stdout)


def _child_main() -> int:
    text, lang, published, sites = pickle.load(sys.stdin.buffer)
    sys.stdout.buffer.write(pickle.dumps(_scan(text, lang, published, sites), protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(_child_main())
