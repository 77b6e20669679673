"""Which known site an article talks about: names, operators, communes and host sites, matched
with a fuzzy matcher (rapidfuzz) on accent- and case-folded text.

Each entity gets aliases of three strengths: a distinctive part of its name (3), an operator (2),
its commune (1.5); a host site's aliases also point, more weakly (1), at the sites it hosts. An
alias shared by several entities ("SoftBank", "Béthune") points at all of them; the mentions around
a figure add up, and the extractor picks the entity with the highest total.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import weakref
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from dashboard.domain.intake.lookalikes import latin_lookalike

NAME, OPERATOR, COMMUNE, HOSTED = 3.0, 2.0, 1.5, 1.0
MAX_ALIAS_WORDS = 4
# Words that describe a kind of site rather than name one ("Campus IA", "Data center").
_GENERIC = frozenset(
    """data center centers centre centres datacenters donnees ia ai campus projet project site sites usine plant
    gigafactory centrale nucleaire de d du des la le les l en et a au aux of the and with zone ancien ancienne
    ex recyclage metaux batteries batterie materiaux cathode numerique hyperscalers abandonne poste kv base
    aerienne cycle combine gaz joint venture group groupe sa sas ltd inc industriel multi technologies pole
    grand port maritime parc activites ligne lignes line""".split()
)
# The English names of the region's towns that English articles write instead of ours (folded).
EXONYMS = {"dunkerque": "dunkirk"}
_SKIPPED_TYPES = frozenset({"substation"})  # 400 kV substations: news figures never describe them


class _FoldTable(dict):
    """str.translate table: each character to ONE folded character, filled on first sight."""

    def __missing__(self, code: int) -> str:
        char = latin_lookalike(chr(code))  # a Cyrillic "А" reads as the Latin "A" it imitates
        if char in "-‐‑–—'’ʼ‘":
            folded = " "
        elif char in "œŒ":
            folded = "o"
        elif char in "æÆ":
            folded = "a"
        else:
            folded = (unicodedata.normalize("NFKD", char)[:1] or char).lower()[:1] or char
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case, accents removed, Cyrillic and Greek look-alikes as the Latin letters they imitate
    (`lookalikes`), œ -> o, hyphens and apostrophes -> spaces; SAME LENGTH as `text`
    so that positions in the folded text are positions in the article."""
    return text.translate(_FOLD)


def _words(text: str) -> str:
    return " ".join(fold(text).split())


@dataclass(frozen=True)
class EntityMention:
    start: int
    end: int
    text: str
    weights: tuple[tuple[str, float], ...]  # (entity id, strength)

    @property
    def is_place(self) -> bool:
        """A name, a commune or a host site: it says where (an operator alone does not)."""
        return any(strength != OPERATOR for _, strength in self.weights)


@dataclass(frozen=True)
class Entity:
    site_id: str
    name: str
    project_type: str
    name_en: str = ""
    operator: str = ""


def _location_parts(name: str) -> set[str]:
    """The parts of a name after its first comma say where the site is ("Gigafactory ACC, Billy-Berclau /
    Douvrin", "…, Saint-Laurent-Blangy (Actiparc)"): a town or a park, as weak as a commune."""
    head, _, tail = name.partition(",")
    return set(_name_parts(tail)) - set(_name_parts(head)) if tail else set()


def _name_parts(name: str) -> list[str]:
    """Distinctive parts of a name: split at commas, slashes and brackets, generic words stripped from
    both ends ("Campus de data centers d'Escaudain" -> "escaudain", "site EDF de Bouchain" -> "edf de
    bouchain")."""
    aliases = []
    for part in re.split(r"[,/()«»]| – ", name):
        words = _words(part).split()
        while words and (words[0] in _GENERIC or words[0].isdigit()):
            words.pop(0)
        while words and words[-1] in _GENERIC:
            words.pop()
        if words and len(" ".join(words)) >= 4 and len(words) <= MAX_ALIAS_WORDS:
            aliases.append(" ".join(words))
        elif len(words) > MAX_ALIAS_WORDS:  # too long to be written as such: its code word, « EPR2 »
            aliases += [_words(written) for code in _CODE_WORD.finditer(part) for written in _code_forms(code)]
    return aliases


# A name whose capital comes after a one-letter prefix and a hyphen: « e-Valley », 'e-Commerce Park'.
_LOWER_PREFIX = re.compile(r"[a-z][-‐‑][A-Z]")
_CODE_WORD = re.compile(r"\b([A-Z]{3,}|[A-Z]{2})(\d+)\b")  # a model or a site code in capitals with a number: EPR2


def _code_forms(code: re.Match[str]) -> tuple[str, ...]:
    """How the press writes a code of letters and a generation number: as such, with a space, and by its letters
    alone when they are three or more (« EPR2 », « EPR 2 », « les deux EPR à Gravelines », 'the two EPRs')."""
    letters, number = code.groups()
    return (code.group(), f"{letters} {number}") + ((letters, f"{letters}s") if len(letters) >= 3 else ())


# The kinds of site the press names by their town: the words before « de <ville> », after '<Town>', and the sites
# of that kind (by the seeds' name: « Centrale nucléaire de Gravelines », « Parc éolien en mer de Dunkerque »).
_KINDS = {
    "power station": (re.compile(r"(?:centrale|cnpe|centre nucleaire)(?: (?:nucleaire|thermique|electrique|edf|a gaz|"
                                 r"de production d electricite|\(cnpe\)))* (?:de|d|du) ?$|(?:nuclear |power |gas |gas fired )+"
                                 r"(?:plant|station) (?:at|in|of) $"),  # 'the nuclear plant at Gravelines'
                      re.compile(r" (?:nuclear )?(?:power )?(?:plant|station)\b(?! site)"),
                      lambda e: bool(re.search(r"\bcentrale\b|power (?:plant|station)", _words(f"{e.name} {e.name_en}")))),
    "wind farm": (re.compile(r"(?:parc|champ|ferme) (?:eolien|d eoliennes)(?: en mer| offshore)? (?:de|d|du|au large de) ?$|"
                             r"wind ?farm (?:off|at|of|in|off the coast of) $"),  # 'the offshore wind farm off Dunkirk'
                  re.compile(r" (?:offshore )?wind ?farm\b"),
                  lambda e: bool(re.search(r"\beolien|wind farm", _words(f"{e.name} {e.name_en}")))),
}

_NEAR = re.compile(r"(?<![a-z])(?:pres|proche|autour|a cote|au co?e?ur|aupres|contigue?|attenante?|voisine?|jouxtant|near|"
                   r"next to|close to|beside|alongside|adjacent)(?![a-z])")


def _generic(words: str) -> bool:
    return all(word in _GENERIC or word.startswith("datacent") for word in words.split())


def _operator_parts(operator: str) -> list[str]:
    aliases = []
    for part in re.split(r"[/()]|\bwith\b|\bavec\b", operator or ""):
        words = [w for w in _words(part).split() if w not in ("groupe", "group", "joint", "venture", "sa", "ltd")]
        if words:
            aliases.append(" ".join(words[:MAX_ALIAS_WORDS]))
    return aliases


_COLUMNS = ("site_id", "name", "project_type", "operator", "commune", "host_site_id", "name_en")


_BY_FRAME: dict[int, tuple[weakref.ref, "EntityIndex"]] = {}


def entity_index(sites: pd.DataFrame) -> "EntityIndex":
    """The index of a sites table, built once per table object (tables are not changed in place)
    and once per distinct content (a rebuilt table with the same sites shares it)."""
    known = _BY_FRAME.get(id(sites))
    if known is not None and known[0]() is sites:
        return known[1]
    frame = sites.reindex(columns=list(_COLUMNS)).astype(object).fillna("").astype(str)  # (name_en may be all empty)
    index = _cached_index(tuple(map(tuple, frame.itertuples(index=False, name=None))))
    if len(_BY_FRAME) > 16:
        _BY_FRAME.clear()
    _BY_FRAME[id(sites)] = (weakref.ref(sites), index)
    return index


@lru_cache(maxsize=8)
def _cached_index(rows: tuple[tuple[str, ...], ...]) -> "EntityIndex":
    return EntityIndex(pd.DataFrame(list(rows), columns=list(_COLUMNS)))


class EntityIndex:
    """The aliases of a dataset's sites, ready to be searched in an article."""

    def __init__(self, sites: pd.DataFrame):
        self.entities: dict[str, Entity] = {}
        weights: dict[str, dict[str, float]] = defaultdict(dict)

        def add(alias: str, site_id: str, strength: float) -> None:
            if len(alias) >= 3 and weights[alias].get(site_id, 0) < strength:
                weights[alias][site_id] = strength

        rows = sites[~sites["project_type"].isin(_SKIPPED_TYPES)] if not sites.empty else sites
        own_aliases: dict[str, list[tuple[str, float]]] = {}
        for row in rows.itertuples(index=False):
            self.entities[row.site_id] = Entity(row.site_id, str(row.name), str(row.project_type),
                                                str(getattr(row, "name_en", "") or ""), str(row.operator or ""))
            operators = _operator_parts(str(row.operator or ""))
            aliases = [(a, OPERATOR) for a in operators]
            locations = _location_parts(str(row.name))
            for part in _name_parts(str(row.name)):
                # A name part that is the operator ("Data center IA SoftBank, Loon-Plage") says who, not where.
                aliases.append((part, OPERATOR if part in operators else COMMUNE if part in locations else NAME))
                for operator in operators:  # "Etix Lille 4" is also written "Lille 4"
                    first = operator.split()[0]
                    rest = part[len(first) + 1 :]
                    if part.startswith(first + " ") and len(rest) > 3 and not _generic(rest):
                        aliases.append((rest, NAME))  # not "Datacenter" from "Azur Datacenter": a word of every article
            if row.commune:
                aliases.append((_words(str(row.commune)), COMMUNE))
            own_aliases[row.site_id] = aliases
        communes = {_words(str(c)) for c in rows["commune"] if c} if not rows.empty else set()
        for row in rows.itertuples(index=False):
            host = str(row.host_site_id or "")
            host_aliases = {alias for alias, _ in own_aliases.get(host, [])}
            for alias, strength in own_aliases[row.site_id]:
                # "(ex-Bridgestone)" in a tenant's name names its host, not the tenant
                add(alias, row.site_id, COMMUNE if alias in communes else HOSTED if alias in host_aliases else strength)
            for alias in host_aliases:
                add(alias, row.site_id, HOSTED)
        for alias, exonym in EXONYMS.items():  # "Dunkirk" is Dunkerque in English press
            if alias in weights and exonym not in weights:
                weights[exonym] = dict(weights[alias])
        self.kinds = {kind: frozenset(site_id for site_id, entity in self.entities.items() if own(entity))
                      for kind, (_, _, own) in _KINDS.items()}
        self.aliases = sorted(weights)
        self.weights = [tuple(sorted(weights[a].items())) for a in self.aliases]
        # Short aliases ("acc", "sig", "edf") must match exactly; longer ones allow a typo.
        self.cutoffs = np.array([100 if len(a) <= 5 else 90 if len(a) <= 9 else 87 for a in self.aliases])
        self.max_words = max((a.count(" ") + 1 for a in self.aliases), default=1)

    def find(self, text: str) -> list[EntityMention]:
        """Every alias in `text`, from n-grams that start with a capital letter or a digit (names)."""
        if not self.aliases:
            return []
        folded = fold(text)
        words = [(m.start(), m.end()) for m in re.finditer(r"[^\s/]+", folded)]  # "Billy-Berclau/Douvrin": two names
        grams, spans = [], []
        for i, (start, _) in enumerate(words):
            first = text[start]
            if not (first.isupper() or first.isdigit() or first in "«\"“(" or _LOWER_PREFIX.match(text, start)):
                continue
            for n in range(1, self.max_words + 1):
                if i + n > len(words):
                    break
                end = words[i + n - 1][1]
                gram = folded[start:end].strip(".,;:!?«»\"“”()[]")
                grams.append(gram)
                spans.append((start, start + len(folded[start:end].rstrip(".,;:!?«»\"“”()[]"))))
        if not grams:
            return []
        scores = cdist(grams, self.aliases, scorer=fuzz.ratio, dtype=np.uint8, workers=1)
        hits = np.argwhere(scores >= self.cutoffs[np.newaxis, :])
        best: dict[tuple[int, int], tuple[int, int]] = {}
        for gram_index, alias_index in hits:
            span = spans[gram_index]
            score = int(scores[gram_index, alias_index])
            if span not in best or score > best[span][1]:
                best[span] = (int(alias_index), score)
        mentions = []
        taken: list[tuple[int, int]] = []  # sorted, disjoint: an overlap is with a neighbour (bisect)
        # Best score first, then the longest span: "Loon-Plage" is not also read as "Loon" and "Plage",
        # and "Azur Datacenter" is not stretched to "Azur Datacenter va".
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][1], -(kv[0][1] - kv[0][0])))
        for (start, end), (alias_index, _) in ranked:
            at = bisect.bisect_left(taken, (start, end))
            if any(start < t_end and t_start < end for t_start, t_end in taken[max(0, at - 1) : at + 1]):
                continue
            taken.insert(at, (start, end))
            mentions.append(self._of_its_kind(folded, text, EntityMention(start, end, text[start:end], self.weights[alias_index])))
        return sorted(mentions, key=lambda m: m.start)

    def _of_its_kind(self, folded: str, text: str, mention: EntityMention) -> EntityMention:
        """A town of several of our sites written with the kind of one of them, as the seeds name it: « la centrale
        (nucléaire) de Gravelines », 'the Gravelines nuclear power plant', « le parc éolien en mer de Dunkerque »
        (the plant, not the town's data centre or battery plant): that one site, by its name."""
        if len(mention.weights) < 2 or any(w != COMMUNE for _, w in mention.weights):
            return mention
        for kind, (before, after) in ((k, v[:2]) for k, v in _KINDS.items()):
            said_after = after.match(folded, mention.end)
            said_before = before.search(folded, max(0, mention.start - 70), mention.start)
            if not (said_before or said_after) or _NEAR.search(folded, max(0, (said_before.start() if said_before else
                                                                              mention.start) - 30), mention.start):
                continue  # « les réacteurs, près de la centrale de Gravelines »: the plant as a landmark, the town's other
            sites = [s for s, _ in mention.weights if s in self.kinds[kind]]
            if len(sites) == 1:
                return EntityMention(mention.start, mention.end, mention.text, ((sites[0], NAME),))
        return mention
