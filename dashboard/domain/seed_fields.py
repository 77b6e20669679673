"""The plain pieces every seed field reader shares: the text of a field, a rejected field with its
value and reason, a value shown in a problem, the line a record starts on."""

from __future__ import annotations


def line_of(raw: object) -> int:
    """The line a record starts on in its YAML file (0 when unknown)."""
    return getattr(raw, "line", 0)


class Rejected(Exception):
    """One field of one record is invalid; carries the problem."""

    def __init__(self, field_name: str, value: object, reason: str):
        super().__init__(reason)
        self.field = field_name
        self.value = value
        self.reason = reason


def text_field(record: dict, name: str, required: bool = True) -> str | None:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise Rejected(name, "", "missing")
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise Rejected(name, value, "expected text")
    return str(value).strip()


def show(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:117] + "..."
