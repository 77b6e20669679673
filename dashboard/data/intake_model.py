"""The intake's learned model, read from the package (`MODEL_FILE`, written by scripts/train_intake.py),
and whether it decides what is proposed (`HDF_INTAKE_LEARNED=1`; off by default: the rules decide).

    extract_facts(text, lang="fr", dataset=tables, model=chosen_model())

Every reader of articles (`python -m dashboard.intake`, the paste page's process, the news watch) asks
`chosen_model()`, so one setting switches them all.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from dashboard.config import intake_learned
from dashboard.domain.intake.learned import Model, model_from

MODEL_FILE = Path(__file__).with_name("intake_model.json")


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model the package ships, read once, on first use."""
    return model_from(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def chosen_model() -> Model | None:
    """The shipped model when `HDF_INTAKE_LEARNED` is set, else None (the rules decide)."""
    return shipped_model() if intake_learned() else None
