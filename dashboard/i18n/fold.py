"""One way to compare and name text whatever its accents and case: `fold` ("Évry-Cœur" -> "evry-coeur")
for matching names, `slug` ("Évry-Cœur (62)" -> "evry-coeur-62") for identifiers and file names.

(The intake's article reader keeps its own fold, dashboard.domain.intake.entities.fold: it must keep
every character's position, so it maps one character to exactly one.)
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


def fold(text: object) -> str:
    """Lower case without accents: NFKD, combining marks dropped, casefolded, œ/æ spelt out."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().translate(_LIGATURES)


def slug(text: object, limit: int = 40) -> str:
    """`fold`ed, every run of other characters than a-z and 0-9 one hyphen, cut at `limit` ('' for none)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:limit].rstrip("-")
