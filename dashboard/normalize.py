"""`dashboard.normalize`: the public names of the normalizer (kept for scripts and users).

The parsers live in the domain layer: `dashboard.domain.normalize`.
"""

from dashboard.domain.normalize import *  # noqa: F401,F403  (re-exported)
from dashboard.domain.normalize import parse_count, parse_period, parse_quantity  # noqa: F401
