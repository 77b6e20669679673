"""Small writing helpers shared by the /siting components: a registry entry's label, a percentage
and the colon, in the reader's language."""

from __future__ import annotations


def label_of(obj, lang: str) -> str:
    return obj.label.get(lang, obj.label["fr"])


def percent(value: object, lang: str) -> str:
    """80 % in French, 80% in English."""
    return f"{value}\u00a0%" if lang == "fr" else f"{value}%"
