"""What an open-data reader did with a file's rows: read, in the region, placed (drawn and
measured), refused; and each kind of per-row problem counted, with the first row ids.

Readers put `attrs["rows"]` ({"read", "region", "placed", "refused"}) and `attrs["issues"]`
([{"kind", "n", "ids"}]) on the table they return; the cache (Parquet) keeps both, the pages say
them through the i18n table (`opendata.issue_<kind>`), `make fetch-opendata` prints them.
"""

from __future__ import annotations

FIRST_IDS = 5  # row ids named per kind of problem

# English wording of each kind (the command line and the readers' `attrs["problems"]`).
ISSUES = {
    "unreadable": "row(s) that cannot be read, skipped",
    "no_point_no_code": "with neither a readable point nor a commune code, left out",
    "no_outlines": "without a commune code whose point cannot be placed (no département outlines), left out",
    "astray": "of the region with a point outside it, counted and not mapped",
    "no_id": "of the region without an id, left out",
    "unplaced": "of the region without a readable point, counted and not mapped",
    "not_published": "columns empty in every row, not published in this file",
    "by_name_ambiguous": "whose commune name is ambiguous, placed by their point",
    "by_point": "whose département comes from their point (commune name not found)",
}


def issue(kind: str, ids) -> dict:
    """One kind of problem: how many rows, and the first FIRST_IDS ids (as text)."""
    if kind not in ISSUES:
        raise KeyError(f"unknown row issue {kind!r}; known: {', '.join(ISSUES)}")
    ids = [str(i) for i in ids]
    return {"kind": kind, "n": len(ids), "ids": ids[:FIRST_IDS]}


def describe(found: dict) -> str:
    """'3 row(s) <what>: id1, id2, id3' (… when there are more)."""
    more = "…" if found["n"] > len(found["ids"]) else ""
    return f"{found['n']} {ISSUES[found['kind']]}: {', '.join(found['ids'])}{more}"


def counts(read: int, region: int, placed: int, refused: int) -> dict:
    return {"read": int(read), "region": int(region), "placed": int(placed), "refused": int(refused)}
