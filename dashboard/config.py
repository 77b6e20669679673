"""Paths and `HDF_*` settings, defined once (the bottom layer: imports nothing from the package).

Every environment variable the product reads is named here, with its default; modules ask this
module instead of reading `os.environ` themselves, so the README's list of settings is this file.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS_DIR = REPO_ROOT / "seeds"
DATA_DIR = REPO_ROOT / "data"


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes")


def intake_learned() -> bool:
    """`HDF_INTAKE_LEARNED=1`: the intake's learned stage decides what is proposed (default off: the rules do;
    see README, "The learned stage")."""
    return _flag("HDF_INTAKE_LEARNED")


def strict_i18n() -> bool:
    """`HDF_STRICT_I18N=1`: a missing translation raises instead of showing a fallback (the tests set it)."""
    return _flag("HDF_STRICT_I18N")


def seeds_dir() -> Path:
    """`HDF_SEEDS_DIR`, else <repo>/seeds."""
    return Path(os.environ.get("HDF_SEEDS_DIR", DEFAULT_SEEDS_DIR))


def opendata_dir() -> Path:
    """`HDF_OPENDATA_DIR`, else <repo>/data/opendata: the open-data cache."""
    return Path(os.environ.get("HDF_OPENDATA_DIR", DATA_DIR / "opendata"))


def reference_dir() -> Path:
    """`HDF_OPENDATA_REFERENCE_DIR`, else <repo>/data/reference: the open data shipped with the
    repository (outlines, communes, RTE's 2024 substations), used when nothing newer is downloaded.
    Point it at an empty folder to run as if nothing were shipped."""
    return Path(os.environ.get("HDF_OPENDATA_REFERENCE_DIR", DATA_DIR / "reference"))


def opendata_override(name: str) -> Path | None:
    """`HDF_OPENDATA_<NAME>`: a local file used instead of the download."""
    value = os.environ.get(f"HDF_OPENDATA_{name.upper()}")
    return Path(value) if value else None


def opendata_url(name: str, default: str) -> str:
    """`HDF_OPENDATA_<NAME>_URL`: another URL to download from (tests use a local server)."""
    return os.environ.get(f"HDF_OPENDATA_{name.upper()}_URL", default)


def opendata_min_rows(name: str, default: int) -> int:
    """`HDF_OPENDATA_<NAME>_MIN_ROWS`: fewest records a complete file of the dataset has (a file with
    fewer is reported as corrupt); the default is the dataset's own (e.g. 100 substations)."""
    return _int_setting(opendata_min_rows_setting(name), default)


def opendata_min_rows_setting(name: str) -> str:
    return f"HDF_OPENDATA_{name.upper()}_MIN_ROWS"


def opendata_min_rows_set(name: str) -> int | None:
    """`HDF_OPENDATA_<NAME>_MIN_ROWS` when it is set (it then replaces the comparison of a new
    download with the cached file: the operator accepts a smaller file), else None."""
    if not os.environ.get(opendata_min_rows_setting(name), "").strip():
        return None
    return _int_setting(opendata_min_rows_setting(name), 1)


def geocode_cache_dir() -> Path:
    """`HDF_GEOCODE_CACHE_DIR`, else <repo>/data/cache/geocode."""
    return Path(os.environ.get("HDF_GEOCODE_CACHE_DIR", DATA_DIR / "cache" / "geocode"))


def contact() -> str:
    """`HDF_CONTACT`: an e-mail address or URL where the operators of this deployment can be reached.
    It goes in the User-Agent of every request to Nominatim and the open-data portals (Nominatim's
    usage policy asks for one). Set it when you run the app for others."""
    return os.environ.get("HDF_CONTACT", "").strip()


def user_agent() -> str:
    """The project's User-Agent, naming the project and the contact (`HDF_CONTACT`)."""
    who = contact() or "contact not configured: set HDF_CONTACT"
    return f"hdf-datacenter-dashboard/1.0 (Hauts-de-France data-centre siting dashboard, open source; {who})"


def watch_queue_dir() -> Path:
    """`HDF_WATCH_QUEUE`, else <repo>/data/watch: the news watch's review queue (never seeds/)."""
    return Path(os.environ.get("HDF_WATCH_QUEUE", DATA_DIR / "watch"))


def basemap_mode() -> str:
    """`HDF_BASEMAP`: "auto" (default: the app checks once in a while whether the online basemap's
    tile server answers, and draws on the white background when it does not), "online" (assume it
    answers, never check) or "offline" (always the white background, never check)."""
    value = os.environ.get("HDF_BASEMAP", "auto").strip().lower()
    return value if value in ("auto", "online", "offline") else "auto"


def geocode_offline() -> bool:
    """`HDF_GEOCODE_OFFLINE=1`: never call Nominatim (commune list only)."""
    return _flag("HDF_GEOCODE_OFFLINE")


def geocode_domain(default: str) -> str:
    return os.environ.get("HDF_GEOCODE_DOMAIN", default)


def geocode_scheme() -> str:
    return os.environ.get("HDF_GEOCODE_SCHEME", "https")


def intake_writable_seeds() -> bool:
    """`HDF_INTAKE_WRITABLE_SEEDS=1`: /ajouter may save a reviewed seed file into the seeds folder
    (never overwriting one). Off by default: the page only offers the file as a download."""
    return _flag("HDF_INTAKE_WRITABLE_SEEDS")


def chromium_override() -> str | None:
    """`HDF_CHROMIUM`: the Chromium binary the dev server's browser uses (None: look for one)."""
    return os.environ.get("HDF_CHROMIUM") or None


def chromium_path(default: str = "/usr/bin/chromium") -> str:
    """`HDF_CHROMIUM`, else Debian's Chromium."""
    return os.environ.get("HDF_CHROMIUM") or default


def _int_setting(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


def seed_max_bytes() -> int:
    """`HDF_SEED_MAX_BYTES`, else 1 MB: a larger seed file is refused with a message (the largest
    real seed, one source document, is under 10 kB; a 10 MB file made the build 30× slower)."""
    return _int_setting("HDF_SEED_MAX_BYTES", 1_000_000)


def intake_time_limit_s() -> float:
    """`HDF_INTAKE_TIME_LIMIT_S`, else 30: seconds the server gives the reading of a long article (a
    child process, dashboard.data.intake_process, its start included) before it stops it and says
    so; 100 000 characters take about 1 s of a loaded machine."""
    try:
        value = float(os.environ.get("HDF_INTAKE_TIME_LIMIT_S", 30))
    except ValueError:
        return 30.0
    return value if value > 0 else 30.0


def seed_max_files() -> int:
    """`HDF_SEED_MAX_FILES`, else 1000: seed files read from the folder (in name order)."""
    return _int_setting("HDF_SEED_MAX_FILES", 1000)


def today():
    """`HDF_TODAY` (YYYY-MM-DD), else the real date: the day freshness is measured from (tests and
    screenshots fix it so the "older than six months" list does not change with the calendar)."""
    import datetime as dt

    value = os.environ.get("HDF_TODAY", "").strip()
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return dt.date.today()
