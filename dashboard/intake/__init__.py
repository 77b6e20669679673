"""`dashboard.intake`: the public entry point of the article intake (kept for scripts and users).

    from dashboard.intake import extract_facts
    extract_facts(text, lang="fr", published=date(2026, 2, 12))   # matched against the shipped seeds

The extractor itself is pure and lives in the domain layer (`dashboard.domain.intake`); this shim
only adds the default `dataset`: the shipped seeds' tables, read through the data layer on first
use (never at import). The command is `python -m dashboard.intake ARTICLE.txt ...`.
"""

from __future__ import annotations

import datetime as dt

from dashboard.domain.intake import Candidate, Excluded, scan  # noqa: F401  (re-exported)
from dashboard.domain.intake import extract_facts as _extract


def extract_facts(text: str, *, lang: str, published: dt.date | None = None, dataset=None) -> list[Candidate]:
    """The candidate facts of an article; `dataset` defaults to the shipped seeds' tables."""
    if dataset is None:
        from dashboard.data.intake_seed import shipped_dataset  # I/O on first use only

        dataset = shipped_dataset()
    from dashboard.data.intake_model import chosen_model

    return _extract(text, lang=lang, published=published, dataset=dataset, model=chosen_model())
