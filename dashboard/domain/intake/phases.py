"""Phases: a figure said of a project's first phase or step is a step on the way, left out when the
article gives the whole; the only figure of its kind for the site, it is the one an analyst takes
('whose first phase brings 1,200 direct jobs', and nothing else on the jobs). On the folded text."""

from __future__ import annotations

import re

from dashboard.domain.intake import rules
from dashboard.domain.intake.article import Article
from dashboard.domain.intake.figures import Mention


def in_a_phase(clause: str, at: int, until: int) -> bool:
    """A phase named next to the figure, or later in its clause with no "dont" between ("1,200 direct
    jobs and 3,000 indirect jobs could be created in the first phase"; not "2 400 emplois, dont 600
    dans la première phase"). A phase word right before another figure is that figure's: "sur plus de
    500 000 m2, et créera dans un premier temps 1 000 emplois" (the land is not a phase)."""
    for phase in rules.PHASE.finditer(clause, max(0, at - 45)):
        if phase.start() < at:  # before the figure, within 45 characters: "dans la première phase, 600 emplois",
            # "The first phase of the Le Bosquel campus, 200 MW"
            return True
        if phase.start() > until + 25 and rules.PART_WORD.search(clause, until, phase.start()):
            return False
        return not _introduces_another(clause, phase.end(), len(clause))
    return False


def _introduces_another(clause: str, after: int, limit: int) -> bool:
    """Another figure follows the phase word closely (within 20 characters, before `limit`); a year is the
    phase's date (« à sa mise en service fin 2024 »), no other figure."""
    return any(ch.isdigit() for ch in re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", "", clause[after : min(limit, after + 20)]))


def whole_given(article: Article, mention: Mention, quantities: list[Mention], clause: str) -> bool:
    """The article gives another figure of the mention's unit, of another value, in a sentence that
    names no phase and that is not an indirect count ("2 400 emplois … dont 600 dans la première
    phase": the 2 400): then the phase's figure is a step. With no whole, a phase's or a first step's
    figure, possible or not ('could be created in the first phase', 'at first'), is the site's (the
    labelling conventions, tests/intake_eval.py). Read once per unit and article."""
    unit = getattr(mention.normalized, "unit", None)
    value = getattr(mention.normalized, "value", None)
    return bool(article.once(("unphased", unit), lambda: _unphased_values(article, unit, quantities)) - {value})


def _unphased_values(article: Article, unit, quantities: list[Mention]) -> frozenset:
    values = set()
    for quantity in quantities:
        if getattr(quantity.normalized, "unit", None) != unit:
            continue
        s_start, s_end = article.sentences[article.sentence_of(quantity.start)]
        sentence = article.folded[s_start:s_end]
        at, until = quantity.start - s_start, quantity.end - s_start
        c_start, c_end = rules.clause_around(sentence, at, until)
        if (in_a_phase(sentence[c_start:c_end], at - c_start, until - c_start)
                or rules.INDIRECT.search(article.folded, quantity.start, quantity.end + 14)):
            continue
        values.add(quantity.normalized.value)
    return frozenset(values)
