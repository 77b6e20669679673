"""Which commune a typed place names: the offline half of the geocoder (dashboard.data.geocode),
pure over the official commune list (a DataFrame with name, departement, insee, lat, lon)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz, process

from dashboard.domain import geo

from dashboard.i18n.fold import fold

# How close a misspelt name must be to a commune's to be suggested (rapidfuzz's ratio, 0-100).
SUGGESTION_CUTOFF = 75


def normalize_name(text: str) -> str:
    """Accent-, case- and punctuation-insensitive key: 'Saint-Omer' == 'ST OMER' == 'saint omer'."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(text)).split()
    words = [{"st": "saint", "ste": "sainte"}.get(w, w) for w in words]
    return " ".join(words)


_DEP_SUFFIX = re.compile(r"[\s,(]+(02|59|60|62|80)\)?\s*$")
_POSTCODE = re.compile(r"\b(02|59|60|62|80)\d{3}\b")


def query_parts(query: str) -> tuple[list[str], str]:
    """Name candidates (last comma part first: addresses end with the commune) and a département."""
    dep = ""
    match = _DEP_SUFFIX.search(query)
    if match:
        dep, query = match.group(1), query[: match.start()]
    postcode = _POSTCODE.search(query)
    if postcode:
        dep = dep or postcode.group(1)
    parts = [query, *reversed(query.split(","))] if "," in query else [query]
    names = []
    for part in parts:
        part = _POSTCODE.sub(" ", part)
        key = normalize_name(part)
        if key and key not in names:
            names.append(key)
    return names, dep


def find_commune(query: str, communes: pd.DataFrame) -> tuple[pd.Series, tuple[str, ...]] | None:
    """The commune named in the query (row, other départements with that name) or None."""
    keys = communes["name"].map(normalize_name)
    names, dep = query_parts(query)
    for name in names:
        rows = communes[keys == name]
        if rows.empty:
            continue
        if dep and (rows["departement"] == dep).any():
            rows = rows[rows["departement"] == dep]
        rows = rows.sort_values("insee")
        others = tuple(d for d in rows["departement"].iloc[1:].unique() if d != rows["departement"].iloc[0])
        return rows.iloc[0], others
    return None


def close_communes(query: str, communes: pd.DataFrame, n: int = 3) -> list[str]:
    """Up to `n` communes whose name is close to the query's (a misspelling), closest first."""
    names, _ = query_parts(query)
    if not names:
        return []
    by_key = dict(zip(communes["name"].map(normalize_name), communes["name"]))
    found = process.extract(names[-1], list(by_key), scorer=fuzz.ratio, limit=n, score_cutoff=SUGGESTION_CUTOFF)
    return [by_key[key] for key, _, _ in found]




def nearest_communes(lat, lon, communes: pd.DataFrame | None) -> list[tuple[str, str] | None]:
    """For each point, (name, département) of the commune whose centre is nearest; None without a
    list."""
    if communes is None or communes.empty:
        return [None] * len(lat)
    placed = communes.dropna(subset=["lat", "lon"])
    index, _ = geo.nearest(lat, lon, placed["lat"].to_numpy(dtype=float), placed["lon"].to_numpy(dtype=float))
    names, deps = placed["name"].astype(str).to_numpy(), placed["departement"].astype(str).to_numpy()
    return [None if i < 0 else (names[i], deps[i]) for i in index]


# A capitalised word, hyphenated parts included ("Loon-Plage", "Boulogne-sur-Mer"), and the article
# some names start with ("Le Bosquel", "La Bassée").
_NAME_WORD = re.compile(r"(?:\b(?:Le|La|Les|L')\s?)?\b[A-ZÀ-Ý][\w'’-]*[\w]", re.UNICODE)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of a sentence (or of a quotation, or of the text)."""
    before = text[max(0, start - 12):start].rstrip(" \t\u00a0")  # a few characters: never the whole text
    return before[-1] in '.!?«"\n' if before else start <= 12


@dataclass(frozen=True)
class CommuneChoices:
    """The communes a new site can be placed at: one row per commune (the list has a row per postcode),
    sorted by name; their labels, « Béthune (62) »; and the names no other commune shares, by key."""

    places: pd.DataFrame
    labels: tuple[str, ...]
    unambiguous: dict[str, int]  # normalize_name(name) -> position in `places`


def commune_choices(communes: pd.DataFrame | None) -> CommuneChoices | None:
    """The choices of a commune list (None without one); built once per list by the data layer."""
    if communes is None or communes.empty:
        return None
    places = communes.drop_duplicates("insee").sort_values("name", ignore_index=True)
    keys = places["name"].map(normalize_name)
    shared = keys.value_counts()
    unambiguous = {key: i for i, key in enumerate(keys) if shared[key] == 1}
    labels = tuple(f"{name} ({dep})" for name, dep in zip(places["name"], places["departement"]))
    return CommuneChoices(places, labels, unambiguous)


def first_commune_named(text: str, choices: CommuneChoices | None) -> int | None:
    """The position in `choices.places` of the first commune the text names by a name no other
    commune of the list shares, else None. A single capitalised word opening a sentence is not
    taken: "Rue", "Campagne" or "Pont" are communes and ordinary words (only a suggestion: the
    reviewer confirms it)."""
    if choices is None or not text:
        return None
    for match in _NAME_WORD.finditer(text):
        words = match.group(0)
        if " " not in words and "-" not in words and _opens_sentence(text, match.start()):
            continue
        for candidate in (words, words.split(" ", 1)[-1]):
            found = choices.unambiguous.get(normalize_name(candidate))
            if found is not None and len(candidate) >= 3:
                return found
    return None
