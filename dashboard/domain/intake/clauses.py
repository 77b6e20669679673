"""Which one of several sites a sentence's grammar gives a figure: the place a ', where' clause follows,
the place a status names as its object or that opens the sentence (`attach.entities` asks); and a figure
the sentence reports as hearsay (`hearsay`)."""

from __future__ import annotations

import re

from dashboard.domain.intake.article import Article

_WHERE_CLAUSE = re.compile(r"\s*,\s*(?:where|là où|où)\s[^,;.]*$")


def place_of_a_where_clause(article: Article, places: dict[str, tuple[int, int]], position: int) -> str | None:
    """The place right before a clause opened by ", where" / « , où » that holds the figure: the
    clause is about that place ("Stellantis' plant in Douvrin, where production is to begin in 2023")."""
    before = [(span, site_id) for site_id, span in places.items() if span[1] <= position]
    if not before:
        return None
    (_, end), site_id = max(before)
    return site_id if _WHERE_CLAUSE.match(article.text[end:position]) and position - end <= 90 else None


_PLACE_OPENING = re.compile(r"\W*(?:à|a|au|en|in|at)\s+", re.IGNORECASE)


def object_place(article: Article, places: dict[str, tuple[int, int]], position: int, attribute: str) -> bool:
    """A status whose one place is its object, named after it without a comma ("Data4 has announced a
    campus in Escaudain"), or the place its sentence opens on (« À Escaudain, le campus de Data4 est en
    chantier »), is that site's, not the company's plan (not "announced €20 billion for France, most of it
    for the Cambrai project")."""
    if attribute != "status" or len(places) != 1:
        return False
    [(start, _)] = places.values()
    sentence_start = article.sentences[article.sentence_of(position)][0]
    opening = _PLACE_OPENING.fullmatch(article.text, sentence_start, start)  # « À Escaudain, le campus … est en chantier »
    return bool(opening) or (0 < start - position <= 80 and "," not in article.text[position:start])


# A figure reported without a source that vouches for it: 'said to be worth', 'reportedly', « selon nos
# informations », « dit-on ». (A figure attributed to a source, « selon la Région », 'according to sources who
# confirmed', is not hearsay.)
_HEARSAY = re.compile(r"(?<![a-z])(?:(?:is|are|was|were|being) said to|said to (?:be|have|cost)|reportedly|(?:is|are|was|were) "
                      r"(?:reported|rumou?red|thought|believed) to|rumou?red|selon nos (?:informations|sources)|"
                      r"d apres nos (?:informations|sources)|dit on|a en croire|selon la rumeur)(?![a-z])")


def hearsay(clause_folded: str) -> str:
    """The words by which the clause reports its figure as hearsay ("" when it does not): the figure is
    proposed unticked, the reason said (an analyst takes a figure the source states)."""
    found = _HEARSAY.search(clause_folded)
    return found.group() if found else ""
