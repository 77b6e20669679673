"""A candidate fact and the figures left out: what `extract.scan` gives a reviewer (or a test)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.domain.intake import statuses
from dashboard.domain.intake.entities import fold
from dashboard.domain.normalize import Period, Quantity


@dataclass(frozen=True)
class Candidate:
    """A figure the article gives, ready for review.

    `value` is the article's own words (`text[start:end]`); `normalized` what the normalizer reads
    (None for a status); `entity_id` an existing site or None (then `proposed_name` suggests one);
    `entity_hint` the words that named the site; `as_of` YYYY-MM-DD (or the publication's own
    precision), None when neither the article nor the sentence gives a date.
    """

    attribute: str
    value: str
    normalized: Quantity | Period | None
    entity_id: str | None
    entity_hint: str
    as_of: str | None
    start: int
    end: int
    sentence: str
    confidence: float
    proposed_name: str | None = None
    sentence_start: int = 0
    in_caption: bool = False
    final: bool = False  # followed by "à terme", "at full capacity": it supersedes the sentence's other figures
    held: str = ""  # why it is proposed unticked (attach.HELD_REASONS); "" when it may be kept as proposed
    held_words: tuple[str, ...] = ()  # the words that named the sites together, as written ("Loon-Plage", "SoftBank")



@dataclass(frozen=True)
class Excluded:
    value: str
    start: int
    end: int
    reason: str  # currency, energy, unit_cost, history, conditional, elsewhere, job_losses, not_investment...


@dataclass
class Scan:
    candidates: list[Candidate] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    removed: tuple[tuple[str, int], ...] = ()  # invisible characters taken out first (`cleaning`)
    # What the rules read, for the learned stage (`learned`): the article as read, every figure considered.
    article: object = field(default=None, repr=False, compare=False)
    figures: tuple = field(default=(), repr=False, compare=False)


def status_keyword(candidate: Candidate) -> str | None:
    """The status a status candidate stands for ("inauguré" -> "operational")."""
    folded = fold(candidate.value)
    return next((status for status, pattern in statuses.STATUS_WORDS if pattern.search(folded)), None)
