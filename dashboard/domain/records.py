"""The records the seed reader hands to the domain: validated sources, entities and facts, and the
problems found on the way (file, record, field, value, why). Defined here, below the data layer,
so that `tables.build_tables` can take a bundle without importing the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    file: str
    record: str
    field: str
    value: str
    reason: str
    # "error": the record (or file) was left out; "warning": it was read, with a caveat.
    severity: str = "error"
    # Records elsewhere that depend on this one (a file that could not be read, a rejected entity):
    # reported here, once, at their root, instead of as one problem each.
    dependents: tuple[str, ...] = ()
    line: int = 0  # where the record starts in its file (1-based; 0 when unknown)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        head = f"{where}: {self.record}: {self.field}={self.value!r}: {self.reason}"
        return "\n    ".join((head, *self.dependents))


@dataclass
class SeedBundle:
    sources: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
