"""Count the seeds' facts by quoting and dating (for issue 9's closing note).

    python scripts/count_seed_facts.py [seeds/]

Status facts are counted apart (their value is a keyword). "quoted" is the fact's `quoted:` flag (default true). "looks English" is a check of the flag: a
value from a French source that reads as English words (EUR, bn, about, jobs, up to...) is a
paraphrase whatever the flag says. "recording date" counts the as-of values that are the month the
fact was recorded (notes saying "as-of = date recorded"), not a date any source gives.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ENGLISH = re.compile(r"\b(EUR|bn|about|jobs|up to|more than|million euros|summer|end of|by \d{4}|around)\b")


def count(seeds_dir: Path) -> Counter:
    totals: Counter = Counter()
    for path in sorted(seeds_dir.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        language = (document.get("source") or {}).get("language")
        for fact in document.get("facts") or []:
            totals["facts"] += 1
            if fact.get("attribute") == "status":
                totals["status_keywords"] += 1  # a vocabulary keyword, never the source's words
                continue
            totals[f"source_{language}"] += 1
            quoted = fact.get("quoted", True) is not False
            totals["quoted" if quoted else "paraphrase"] += 1
            as_of = fact.get("as_of")
            dated = as_of not in (None, "", "undated")
            totals["dated" if dated else "undated"] += 1
            if "date recorded" in str(fact.get("note", "")):
                totals["dated_by_recording_date"] += 1
            if language == "fr":
                totals[f"fr_{'quoted' if quoted else 'paraphrase'}"] += 1
                if ENGLISH.search(str(fact.get("value", ""))) and quoted:
                    totals["fr_quoted_but_looks_english"] += 1
    return totals


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "seeds")
    for key, value in sorted(count(folder).items()):
        print(f"{key:32} {value}")
