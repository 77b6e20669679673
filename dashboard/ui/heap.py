"""Keep the garbage collection Streamlit runs after every script run cheap.

Streamlit collects garbage after each run (`runner.postScriptGC`, on by default to keep memory
down). With pandas, plotly, shapely and pyproj imported and the dataset loaded, the heap holds about
160,000 objects: a full collection over it took 150–350 ms per run on a 2-core machine, holding the
GIL while the browser waited for the end of the page. After the first run, what is alive (libraries,
the cached dataset) is moved out of the collector's reach with `gc.freeze()`, Python's own advice for
long-lived start-up objects. Frozen objects are still freed when their last reference goes; only the
collector skips them, so each later collection walks just the objects of one run (2–25 ms).
"""

from __future__ import annotations

import gc

# Once per process: this module is imported once, while app.py is executed anew on every run.
# (gc.get_freeze_count() would say the same, but it walks the whole frozen list: ~30 ms a call.)
_frozen = False


def freeze_startup_heap() -> None:
    """Collect once, then freeze what survives (the first run's end; later calls do nothing)."""
    global _frozen
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen = True
