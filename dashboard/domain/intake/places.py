"""Places the dataset does not know, and where an event happened: a figure whose sentence places it at
a town none of our sites is in ("a 330MW data center at Loire-sur-Rhône", « son site de Nersac ») is
held for the reviewer; a status said right before a place elsewhere is that place's event."""

from __future__ import annotations

import re

from dashboard.domain.intake import rules
from dashboard.domain.intake.article import PRONOUN_FIRST
from dashboard.domain.intake.entities import COMMUNE, OPERATOR, fold
from dashboard.domain.intake.scope import NOT_NAMES


# A place the dataset does not know, named as where a site stands: "a 330MW data center at
# Loire-sur-Rhône", « son site de Nersac », « À Denain, le groupe… » (a sentence opening on a town).
_MONTH_NAMES = frozenset("""janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
    décembre decembre january february march april may june july august september october november december""".split())
_UNKNOWN_PLACE = re.compile(
    r"(?:\b(?:sites?|usines?|plants?|factory|factories|facilit(?:y|ies)|campus|centres?|centers?|gigafactory|entrepôts?|"
    r"warehouses?|projects?|projets?)"
    r"\s+(?:de|d['’]|du|at|in|à)\s*|^\W*(?:À|A|In|At)\s+|\b(?:MW|GW|ha|hectares|m²|m2|emplois|salariés|jobs)\s+(?:à|at|in)\s+)"
    r"(?:(?:the|former|old|l['’]ancienne|l['’]ancien|l['’]ex)\s*)*"  # "at the former Loire-sur-Rhône power-station site"
    r"([A-ZÀ-ÖØ-Ý][\w'’]+(?:-(?:sur|sous|en|le|la|les|lès|de|du|des|[A-ZÀ-ÖØ-Ý][\w'’]+))*)")


def other_place_nearer(article, index: int, at: int, until: int, site_id: str) -> str | None:
    """The place the dataset does not know that the figure's sentence names nearer to the figure than
    any place of ours (positions in the article), as written; None when there is none, or when the
    sentence names the site's company ("ProLogium … a 180 ha site at Craywick": a commune next to the
    site, which the dataset does not list)."""
    s_start, s_end = article.sentences[index]
    mentions = article.by_sentence.get(index, [])
    if any(strength == OPERATOR and site == site_id for m in mentions for site, strength in m.weights) or \
            PRONOUN_FIRST.match(article.folded, s_start):  # "It will be built on a 180 ha site at Craywick"
        return None
    unknown = _unknown_places(article, index)
    if not unknown and not mentions and index > 0 and not article.by_sentence.get(index - 1):
        # "… a large AI data centre project at the former Loire-sur-Rhône power-station site. Reported project
        # capacity is around 350MW.": the place carried from the sentence before, which names none of ours
        carried = _unknown_places(article, index - 1)
        return article.text[slice(*carried[-1])] if carried else None
    if not unknown:
        return None

    def distance(span: tuple[int, int]) -> int:
        return max(span[0] - until, at - span[1], 0)
    nearest = min(unknown, key=distance)
    ours = min((distance((m.start, m.end)) for m in mentions if m.is_place), default=10**9)
    return article.text[nearest[0] : nearest[1]] if distance(nearest) < ours else None


def _unknown_places(article, index: int) -> list[tuple[int, int]]:
    """The spans (in the article) of the places the dataset does not know that a sentence names as where
    a site stands."""
    s_start, s_end = article.sentences[index]
    mentions = article.by_sentence.get(index, [])
    return [(s_start + m.start(1), s_start + m.end(1)) for m in _UNKNOWN_PLACE.finditer(article.text[s_start:s_end])
            if m.group(1) not in NOT_NAMES and m.group(1).lower() not in _MONTH_NAMES and not m.group(1).isupper()
            and not any(x.start < s_start + m.end(1) and s_start + m.start(1) < x.end for x in mentions)]


def event_elsewhere(article, sentence_folded: str, s_start: int, status_end: int) -> bool:
    """A place elsewhere right after a status word, before any place of ours, is where the event
    happened: « Verkor a inauguré fin juin à Grenoble son usine pilote »."""
    after = [p for p in article.places(sentence_folded) if 0 <= p[0] - status_end <= 25
             and not rules.NATIONWIDE_PLACE.fullmatch(sentence_folded, *p)]
    ours = [m.start - s_start for m in article.by_sentence.get(article.sentence_of(s_start), []) if m.is_place
            and 0 <= m.start - s_start - status_end <= 25]
    return bool(after) and (not ours or min(ours) > after[0][0])


def town_of_several(article: Article, span: tuple[int, int], own: float, best: float) -> bool:
    """The place at `span` is a town of several of our sites, and the site it gave weighs less than half the
    best one: the town does not tell which site (the article's site, clearly named more, keeps the figure)."""
    mention = next((m for m in article.mentions if (m.start, m.end) == span), None)
    return (mention is not None and len(mention.weights) > 1 and all(w == COMMUNE for _, w in mention.weights)
            and own < 0.5 * best)


def only_their_town(article, index: int, sites: tuple[str, ...]) -> bool:
    """The sentence and the ones around it name these sites (of one kind) only by the town they share: the
    town does not tell which of them ("Enchem will build a plant in Dunkirk": neither Verkor nor ProLogium)."""
    if len({article.entities[s].project_type for s in sites}) != 1:
        return False
    return all(all(w == COMMUNE for s, w in m.weights if s in sites) for back in range(index - 2, index + 2)
               for m in article.by_sentence.get(back, []))


def tied_at_their_town(article, index: int, ranked: list[tuple[str, float]]) -> bool:
    """The first two sites weigh the same and the sentences around name them only by the town they share
    (`only_their_town`): neither is the figure's ("Enchem will build a plant in Dunkirk. … in September 2025"),
    however the tie is broken."""
    return len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 1e-9 and only_their_town(
        article, index, (ranked[0][0], ranked[1][0]))


def neither_of_their_town(article, index: int, position: int, ranked: list[tuple[str, float]], hint: str) -> list | None:
    """For a figure whose sentence carries a town of two tied sites from the one before: no site, or the first one
    held when the sentence places the figure at a place the dataset does not know (`other_place_nearer`). None
    when the two are not tied there."""
    if not tied_at_their_town(article, index, ranked):
        return None
    place = other_place_nearer(article, index, position, position, ranked[0][0])
    return [(ranked[0][0], hint, False, "other_place", (place,)) if place else (None, hint, False, "", ())]


# Kinds of plant an operator of several sites runs, as the press and the seeds' names write them (folded).
# A plant, not a sector: « la relance du nucléaire », 'gas prices' name none.
_PLANT_KINDS = (re.compile(r"(?<![a-z])(?:centrale (?:a )?gaz|gas (?:fired )?(?:power )?(?:plant|station)|cycle combine|"
                           r"combined cycle|ccgt)(?![a-z])"),
                re.compile(r"(?<![a-z])(?:centrale nucleaire|cnpe|nuclear (?:power )?(?:plant|station))(?![a-z])"))


def kind_among(article, index: int, group: list[str], hints: dict[str, str]) -> list | None:
    """Of the sites an operator's name points at ("EDF": a gas plant, a nuclear plant…), the one whose kind the
    figure's sentence, or the headline, says ("EDF and GE inaugurated a gas-fired power plant"): that one, not the
    company's whole plan. None when no kind, or several sites', is said."""
    said = article.folded[slice(*article.sentences[index])] + " " + article.folded[: max(0, article.text.find("\n"))]
    for kind in _PLANT_KINDS:
        if kind.search(said):
            own = [s for s in group if kind.search(fold(f"{article.entities[s].name} {article.entities[s].name_en}"))]
            if len(own) == 1:
                return [(own[0], hints[own[0]], True, "", ())]
    return None
