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

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.field}={self.value!r}: {self.reason}"


@dataclass
class SeedBundle:
    sources: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
