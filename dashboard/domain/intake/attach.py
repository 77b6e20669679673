"""Which site a figure goes to: the dataset's sites named in its sentence and the ones around it
(nearer mentions weigh more, the article's topic lightly), and when the sentence names several sites
of one kind, which figures are held back for the reviewer with their reason (`HELD_REASONS`).

A date or a status said of several sites together ("à Loon-Plage, au Bosquel et à Bouchain … d'ici
2031", or "the three sites" right after naming them) is proposed for each, held ("several_sites");
one whose sentence names only the operator of several sites is the company's whole plan
("company_plan"). A quantity goes to the one site its clause names, else the place nearest to it,
and is held when it follows a list of sites ("… totaliseront 3 GW").
"""

from __future__ import annotations

import re
from collections import defaultdict

from dashboard.domain.intake import clauses, rules
from dashboard.domain.intake import places as places_named
from dashboard.domain.intake.article import PRONOUN_FIRST, TYPE_WORDS, Article
from dashboard.domain.intake.entities import COMMUNE, HOSTED, NAME, OPERATOR, EntityMention

ENTITY_THRESHOLD = 1.0  # a commune named once in the sentence (1.5) passes; a mention two sentences back does not
# Why a figure is proposed unticked, with the reason shown: its sentence names several sites (the
# figure may hold for each, or for all of them together), or only the operator of several sites
# ("SoftBank announced…": the company's whole plan, not one site), or the figure is the site owner's
# ("Le propriétaire du site, SIG, y a investi 10 millions": the host site's, not its tenant's).
HELD_REASONS = ("several_sites", "company_plan", "site_owner", "company_scope", "other_place", "town_only", "hearsay",
                "town_in_relative", "learned_doubt")
LANDMARK_WEIGHT = 0.2


def a_landmark(article: Article, start: int) -> bool:
    return article.once(("landmark", start), lambda: bool(rules.LANDMARK_MENTION.search(
        article.folded, max(0, start - 90), start) or rules.SUPERLATIVE_BEFORE.search(article.folded, max(0, start - 60), start)
        or article.backer(start) or _names_another_object(article, start)))


def _names_another_object(article: Article, start: int) -> bool:
    """A town written as the name of another object: 'the Gravelines nuclear power plant is close by' (the
    object right after the town's name)."""
    end = next((m.end for m in article.mentions if m.start == start), start)
    return bool(rules.OTHER_OBJECT.match(article.folded, end + 1)) and article.folded[end : end + 1] == " "


def _bracketed_region(article: Article, mention) -> bool:
    return (mention.text.startswith("(") or article.folded[max(0, mention.start - 1) : mention.start] == "(") and all(
        article.entities[s].project_type == "region" for s, _ in mention.weights)


_EACH = re.compile(r"(?<![a-z])(?:a chaque fois|chacune?|pour chacune? d\w*|each|apiece)(?![a-z])")  # a figure of each site
_ONE_THE_OTHER = re.compile(r"(?<![a-z])(?:one|l une?)\W(?:[^.;]{0,80}?)\W(?:the other|l autre)(?![a-z])")
_THIS_PROJECT = re.compile(r"(?<![a-z])(?:ce|cet|this) (?:\w+ )?(?:projet|project)(?![a-z])")  # the one just described
_POSSESSOR = re.compile(r" s (?:[a-z]+ )?")  # the figure's possessor right before it: "ProLogium's future €5.2bn plant"
TOPIC_SHARE = 2.0  # the article's site outweighs the next by this much
_THE_SUBJECT = re.compile(r"(?<![a-z])(?:the|this|its|le|la|l|ce|cette|son|sa) (?:plant|factory|site|campus|project|"
                          r"investment|facility|data ?cent\w*|usine|projet|investissement|centre de donnees|gigafactory|batiment|building)\b")


def _topic_site(article: Article, index: int) -> str | None:
    """The site an article is about, when a sentence names none of them but speaks of "the plant",
    "l'investissement", "le site" (the subject named once, then carried), or names no place at all and the
    headline names that site by its name: the one whose mentions
    across the article clearly outweigh every other's (the region is no site: « Les Hauts-de-France
    accueillent … ce data center IA générera 2 400 emplois » is Escaudain's)."""
    ranked = sorted(((s, w) for s, w in article.topic.items() if article.entities[s].project_type != "region"),
                    key=lambda kv: -kv[1])
    lead = {s for m in article.lead_mentions() for s, w in m.weights if w >= OPERATOR and article.entities[s].project_type != "region"}
    if not ranked or (len(ranked) > 1 and ranked[0][1] < TOPIC_SHARE * ranked[1][1]):
        if len(lead) != 1:
            return None  # (or the one site the headline and lead name by its name or company: the article's subject)
        ranked = [(next(iter(lead)), 0.0)]
    sentence, headline = article.folded[slice(*article.sentences[index])], article.text.find("\n")
    if not (_THE_SUBJECT.search(sentence) or PRONOUN_FIRST.match(sentence)) and (article.by_sentence.get(index) or article.places(
            sentence) or not any(m.start < headline and dict(m.weights).get(ranked[0][0], 0) >= NAME for m in article.mentions)):
        return None  # (a sentence naming no place, in an article whose headline names the site: « Sur ses 2 000 salariés, … »)
    return ranked[0][0]


def _only_site(article: Article, index: int) -> str | None:
    """The one site the whole article names, when the figure's sentence names no place elsewhere either
    ("Rantigny : … Photo : la friche Avon doit accueillir les deux hyperscalers, pour 300 MW")."""
    named = [s for s in article.topic if article.entities[s].project_type != "region"]
    if len(named) != 1 or article.places(article.folded[slice(*article.sentences[index])]) or named[0] not in article.lead_sites():
        return None
    if all(a_landmark(article, m.start) for m in article.mentions if named[0] in dict(m.weights)):
        return None  # named only as a landmark: « Le concurrent de Verkor, installé en Suède, emploie 3 000 salariés »
    return named[0]


def _named_topic(article: Article, index: int) -> str | None:
    """The site the article names (by name or operator, communes aside) clearly more than any other, when
    the sentence speaks of "l'usine", "the plant"… or opens on a pronoun."""
    def named() -> list[tuple[str, float]]:
        totals: dict[str, float] = defaultdict(float)
        for mention in article.mentions:
            for site_id, strength in mention.weights:
                if strength not in (COMMUNE, HOSTED) and article.entities[site_id].project_type != "region":
                    totals[site_id] += strength  # "La Voix du Nord" names no project
        return sorted(totals.items(), key=lambda kv: -kv[1])
    ranked = article.once(("named topic",), named)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < TOPIC_SHARE * ranked[1][1]):
        return None
    sentence = article.folded[slice(*article.sentences[index])]
    return ranked[0][0] if _THE_SUBJECT.search(sentence) or PRONOUN_FIRST.match(sentence) else None


_ANOTHER_FIRST = re.compile(r"\W*(?:une? autre|l autre|d autres|another|the other|other|rappelons|par ailleurs|meanwhile|"
                            r"elsewhere|ailleurs)\b")


def entity_scores(article: Article, index: int, position: int, attribute: str) -> tuple[list[tuple[str, float]], dict[str, str]]:
    """Entities by score, best first, and the words that named each."""
    totals: dict[str, float] = defaultdict(float)
    best_words: dict[str, tuple[float, str]] = {}
    for offset, factor in ((0, 1.0), (-1, 0.6), (-2, 0.3), (1, 0.3)):
        if offset == 1 and index + 1 < len(article.sentences) and _ANOTHER_FIRST.match(
                article.folded, article.sentences[index + 1][0]):
            continue  # "… Une autre usine, Mecaware, s'installe à Béthune": the next sentence's site is another
        for mention in article.by_sentence.get(index + offset, []):
            closeness = 1.0 + 1.0 / (1.0 + abs(mention.start - position) / 40.0) if offset == 0 else 1.0
            # a site named as a landmark ("a plot facing Verkor's factory") is not the figure's subject, nor a
            # département in brackets after a town (« près de Valenciennes (Nord) »)
            landmark = LANDMARK_WEIGHT if (a_landmark(article, mention.start) or _bracketed_region(article, mention)) and not (
                offset == 0 and _POSSESSOR.fullmatch(article.folded, mention.end, position)) else 1.0  # "next to X's €5bn plant"
            for site_id, strength in mention.weights:
                passing = LANDMARK_WEIGHT if offset == 1 and site_id not in article.lead_sites() else 1.0
                weight = strength * factor * closeness * landmark * passing
                totals[site_id] += weight
                if weight > best_words.get(site_id, (0.0, ""))[0]:
                    best_words[site_id] = (weight, mention.text)
    for site_id, weight in article.topic.items():  # the article's topic, lightly
        totals[site_id] += weight
        best_words.setdefault(site_id, (0.0, article.topic_words[site_id]))
    if not totals:
        return [], {}
    s_start, s_end = article.sentences[index]
    nearby = article.folded[article.sentences[max(0, index - 1)][0] : s_end]
    types = {kind for kind, words in TYPE_WORDS.items() if words.search(nearby)} | article.topic_types
    for site_id in totals:
        kind = article.entities[site_id].project_type
        if attribute == "occupancy":
            totals[site_id] *= 2.0 if kind == "industrial_site" else 0.4
        elif kind in types:
            totals[site_id] *= 1.5
    # A region or a département takes no figure of a project (no status, date, money, power, area or jobs: the
    # intake's attributes are a project's; no part of the evaluation ever expects one for it). Its words still
    # weigh where a figure is left out for its scope (elsewhere, national, a territory's jobs).
    totals = {site_id: total for site_id, total in totals.items() if not article.takes_no_figure(site_id)}
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked, {site_id: words for site_id, (_, words) in best_words.items()}


def _named_places(article: Article, index: int, kind: str, ranked: list[tuple[str, float]],
                  span: tuple[int, int] | None = None) -> dict[str, tuple[int, int]]:
    """The sites of project type `kind` that the sentence (or `span` of it) names by a place (a name, a
    commune, a host site; not an operator), one per mention, the best ranked when a commune holds
    several: {site id: the mention's span}."""
    rank = {site_id: number for number, (site_id, _) in enumerate(ranked)}
    named: dict[str, tuple[int, int]] = {}
    for mention in article.by_sentence.get(index, []):
        if (span is not None and not span[0] <= mention.start < span[1]) or a_landmark(article, mention.start):
            continue  # « à Gravelines près de Dunkerque »: Dunkerque only locates Gravelines
        sites = [site_id for site_id, strength in mention.weights if strength >= 1.5 and strength != OPERATOR
                 and site_id in rank and article.entities[site_id].project_type == kind]
        if sites:
            site_id = min(sites, key=rank.get)
            named.setdefault(site_id, (mention.start, mention.end))
    return named


_LIST_JOIN = re.compile(r"[\s,]*(?:(?:et|and|ou|or|ainsi que|as well as|comme|like)\s+)?"
                        r"(?:(?:a|au|aux|at|in|en|le|la|les|de|du|des|à)\s+)?", re.IGNORECASE)


def _listed_together(text: str, spans: list[tuple[int, int]]) -> bool:
    """Two of the named places follow each other in a list: "Loon-Plage, Le Bosquel et Bouchain"."""
    return any(_LIST_JOIN.fullmatch(text[a_end:b_start]) for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def _distance(span: tuple[int, int], position: int) -> int:
    """Characters from a mention to the figure; a mention after the figure counts double (the subject
    comes first)."""
    return position - span[1] if span[1] <= position else 2 * (span[0] - position)


# The owner of a host site named as such: "Le propriétaire du site, SIG, …", "SIG, propriétaire du site et
# filiale de Log's", "the site's owner, SIG".
_OWNER_BEFORE = re.compile(r"(?:proprietaire|owner|landlord|bailleur)s?(?: (?:du site|des lieux|du terrain|of the site))?\W*$")
_OWNER_AFTER = re.compile(r"\W*(?:(?:le|la|l|the|its|son) )?(?:site s )?(?:proprietaire|owner|landlord|bailleur)\b")


def _host_of(mention: EntityMention) -> str | None:
    """The host site a mention names by its own name, commune or owner (its tenants only through it)."""
    own = [(strength, site_id) for site_id, strength in mention.weights if strength > HOSTED]
    hosted = [site_id for site_id, strength in mention.weights if strength == HOSTED]
    if not own or not hosted:
        return None
    return max(own)[1]


def _subject_before(article: Article, index: int, position: int, clause: tuple[int, int] | None) -> EntityMention | None:
    """The mention nearest before the figure in its clause (its sentence without one): its subject."""
    start = clause[0] if clause is not None else article.sentences[index][0]
    before = [m for m in article.by_sentence.get(index, []) if start <= m.start and m.end <= position]
    return before[-1] if before else None


def _owner_or_host(article: Article, index: int, position: int, attribute: str,
                   clause: tuple[int, int] | None) -> tuple[str, str, bool, str, tuple[str, ...]] | None:
    """A figure whose subject is a host site rather than its tenants: the site's owner named as such
    (held: "site_owner", the reviewer decides), or, for a land area or an occupancy, the host site
    itself ("E-Valley, l'ancienne base aérienne 103, s'étend sur 320 ha": E-Valley's own area, not the
    campus it hosts)."""
    subject = _subject_before(article, index, position, clause)
    host = _host_of(subject) if subject is not None else None
    if host is None:
        return None
    folded = article.folded
    if _OWNER_BEFORE.search(folded, max(0, subject.start - 30), subject.start) or _OWNER_AFTER.match(folded, subject.end):
        return (host, subject.text, True, "site_owner", (subject.text,))
    if attribute in ("land_area", "occupancy"):
        return (host, subject.text, True, "", ())
    return None


# A sentence opening on a demonstrative and a site noun points at the site just named: « Du côté de
# Nouvelle-Église, … Cette zone de 22 hectares pourrait accueillir un data center » (not the article's topic).
_DEMONSTRATIVE_FIRST = re.compile(r"\W*(?:cette|cet|ce|this|that) (?:zone|site|terrain|parc|friche|projet|campus|usine|"
                                  r"plot|park|project|plant|land)\b")


# … and so does an object pronoun in a sentence naming only the operator: « Gravelines : ce site produisait des
# canettes. OVHcloud l'a ouvert en 2013 » ('OVH opened it in 2013').
_PRONOUN_OBJECT = re.compile(r"(?<![a-z])(?:l a|l ont|l avait|les a|les ont) (?!ete )[a-z]+|"
                             r"(?<![a-z])(?:opened|bought|built|acquired|converted|reopened) it(?![a-z])")


def _demonstrative_of_last(article: Article, index: int) -> tuple[str, str, bool, str, tuple[str, ...]] | None:
    """The one site the sentence before names by a place, when the figure's sentence names none and opens
    on a demonstrative ("Cette zone", "This site"), or names only an operator and refers back by a pronoun."""
    s_start, s_end = article.sentences[index]
    named = article.by_sentence.get(index)
    if index == 0 or (named and not (all(w == OPERATOR for m in named for _, w in m.weights)
                                     and _PRONOUN_OBJECT.search(article.folded, s_start, s_end))) or (
            not named and not _DEMONSTRATIVE_FIRST.match(article.folded, s_start)):
        return None
    before = {s: m.text for m in article.by_sentence.get(index - 1, []) for s, w in m.weights
              if w in (NAME, COMMUNE) and article.entities[s].project_type != "region"}
    if named:  # the operator's site among them
        before = {s: words for s, words in before.items() if any(s == o for m in named for o, _ in m.weights)}
    if len(before) != 1:
        return None
    [(site_id, words)] = before.items()
    return (site_id, words, True, "", ())


def entities(article: Article, index: int, position: int, attribute: str, several: bool,
              clause: tuple[int, int] | None = None) -> list[tuple[str | None, str, bool, str, tuple[str, ...]]]:
    """[(entity id or None, hint, sure, held, sites named together)]: one entity; or, when the sentence
    names several sites of one kind ("à Loon-Plage, au Bosquel et à Bouchain", "Quaëdypre, Vieille-Église
    et Zouafques"), a date or a status for each of them and a quantity for the one its clause names, held
    ("several_sites": proposed unticked, the reason said) unless the figure's own clause names one site;
    a date or a status whose sentence names only the operator of several sites is the company's whole
    plan ("company_plan"), held too. A figure whose subject is the owner of a host site, or a host site's
    own area, is the host site's (`_owner_or_host`)."""
    owned = _owner_or_host(article, index, position, attribute, clause)
    if owned is not None:
        return [owned]
    last = _demonstrative_of_last(article, index)
    if last is not None:
        return [last]
    in_sentence = article.by_sentence.get(index, [])
    if in_sentence and all(strength == COMMUNE for m in in_sentence for _, strength in m.weights):
        # "L'usine serait construite sur 180 hectares entre Craywick et Bourbourg": a commune alone, in an
        # article about one site, says where that site is, not that another site of the commune is meant
        topic = _named_topic(article, index)
        if topic is not None:
            return [(topic, article.topic_words[topic], False, "", ())]
    ranked, hints = entity_scores(article, index, position, attribute)
    if not ranked or ranked[0][1] < ENTITY_THRESHOLD:
        topic = _topic_site(article, index) or _only_site(article, index)
        if topic is not None:  # "The investment, more than 5 billion euros, is unchanged": the article's site
            return [(topic, article.topic_words[topic], False, "", ())]
        return [(None, hints.get(ranked[0][0], "") if ranked else "", False, "", ())]
    best, score = ranked[0]
    kind = article.entities[best].project_type
    places = _named_places(article, index, kind, ranked)
    carried_together = False
    if not places and index > 0 and (article.found(rules.SITES_TOGETHER, article.folded[slice(*article.sentences[index])])
                                     or ((several or article.found(_THIS_PROJECT, article.folded[slice(*article.sentences[index])]))
                                         and not article.by_sentence.get(index))):
        # "The three sites were…", or a date in a sentence that names no site right after one that names
        # several ("… à Douvrin (ACC), l'autre à Douai (AESC). La production doit démarrer à l'horizon
        # 2024/2025."): the ones just named
        places = _named_places(article, index - 1, kind, ranked)
        together_words = (article.found(rules.SITES_TOGETHER, article.folded[slice(*article.sentences[index])])
                          or (not several and article.found(_THIS_PROJECT, article.folded[slice(*article.sentences[index])])))
        for back in range(index - 2, max(-1, index - 4), -1):  # "… Bosquel … Bouchain. Together, the three sites…"
            if len(places) > 1 or not together_words:
                break
            places = _named_places(article, back, kind, ranked) | places
        carried_together = not several and len(places) > 1  # "… Together they represent €4 billion": all of them
        # (and « … à Quaëdypre, à Zouafques et à Vieille-Église. 450 emplois pourraient naître de ce projet »)
    if len(places) > 1 and (where := clauses.place_of_a_where_clause(article, places, position)) is not None:
        return [(where, hints.get(where, ""), True, "", ())]  # "… and in Douvrin, where production begins in 2023"
    if len(places) > 1:
        together = tuple(dict.fromkeys(article.text[start:end] for start, end in places.values()))
        in_clause = _named_places(article, index, kind, ranked, clause) if clause is not None else {}
        if len(in_clause) == 1:  # "…, and at Le Bosquel the campus will reach 1 GW": that one site
            [site_id] = in_clause
            return [(site_id, hints.get(site_id, ""), True, "", ())]
        if not several and _EACH.search(article.folded, position, article.sentences[index][1]) or _EACH.search(
                article.folded, max(article.sentences[index][0], position - 25), position):
            # « à Quaëdypre, à Zouafques et à Vieille-Église, avec à chaque fois 150 emplois »: each one's
            return [(site_id, hints.get(site_id, ""), True, "", ()) for site_id in list(places)[:6]]
        if several and attribute == "status" and len(in_clause) > 1:  # its clause's places, each one's when it says so:
            each = _ONE_THE_OTHER.search(article.folded, *clause)  # 'two have opened: one in Douai, the other in …'
            return [(site_id, hints.get(site_id, ""), True, "" if each else "several_sites",
                     () if each else together) for site_id in list(in_clause)[:6]]
        if several:
            return [(site_id, hints.get(site_id, ""), True, "several_sites", together) for site_id in list(places)[:6]]
        if not carried_together and not _listed_together(article.text, sorted(places.values())):
            # "Le campus de Cambrai atteindra 200 MW, soit moins que celui d'Escaudain": the place nearest
            # the figure (one before it first) has it; a list ("Loon-Plage, Le Bosquel et Bouchain
            # totaliseront 3 GW") is the reviewer's to split
            nearest = min(places, key=lambda site_id: _distance(places[site_id], position))
            return [(nearest, hints.get(nearest, ""), True, "", ())]
        return [(best, hints[best], False, "several_sites", together)]
    named = {site_id for m in article.by_sentence.get(index, []) for site_id, strength in m.weights if strength >= 1.5}
    in_sentence_ids = {site_id for m in article.by_sentence.get(index, []) for site_id, _ in m.weights}
    if len(places) == 1 and best not in in_sentence_ids and not carried_together:
        [own] = places  # "… À Escaudain, Data4 vise 700 MW. Plus au sud, à Rantigny, un hyperscaler prévoit 300 MW."
        # (not a town of several of our sites, carried from the sentence before, over the site clearly named more:
        # « … Orano … à Dunkerque, où ils veulent bâtir deux usines. L'usine ouvrira en 2026 » is Orano's)
        if not a_landmark(article, places[own][0]) and not places_named.town_of_several(article, places[own], dict(ranked)[own], score):
            if (neither := places_named.neither_of_their_town(article, index, position, ranked, hints[best])) is not None:
                return neither  # « … à Dunkerque. Une usine ouvrira en 2025 »: which one?
            return [(own, hints.get(own, ""), True, "", ())]
    group = [site_id for site_id, value in ranked if value >= 0.6 * score and site_id in named
             and article.entities[site_id].project_type == kind]
    operator = (hints[best],)
    if several and len(group) > 1 and not clauses.object_place(article, places, position, attribute):
        return places_named.kind_among(article, index, group, hints) or [(s, hints[s], True, "company_plan", operator) for s in group[:6]]
    if (len(group) > 1 and not places and not (index > 0 and _named_places(article, index - 1, kind, ranked))
            and article.found(rules.PROGRAMME, article.folded[slice(*article.sentences[index])])):
        # "SoftBank names three French sites for its €75bn build-out": the operator's programme, no place said
        return [(best, hints[best], False, "company_plan", operator)]
    if places_named.tied_at_their_town(article, index, ranked):
        return [(None, hints[best], False, "", ())]  # "Solvix will build a plant in Dunkirk": neither of our two there
    return [(best, hints[best], (ranked[1][1] if len(ranked) > 1 else 0.0) < 0.9 * score, "", ())]


def not_across_a_contrast(article: Article, index: int, clause: tuple[int, int], entity_id, hint, sure, held, together):
    """A site named only on the other side of "tandis que" / "while" is the other side's subject: "À Douai,
    la gigafactory emploie 1 000 personnes, tandis qu'à Dunkerque le data center aura 1 GW" (the jobs are
    not Dunkerque's)."""
    named = [m for m in article.by_sentence.get(index, []) if any(site == entity_id for site, _ in m.weights)]
    if entity_id is not None and named and all(m.start >= clause[1] for m in named):
        return (None, "", False, held, together)
    return (entity_id, hint, sure, held, together)


HOST_OWN = ("land_area", "occupancy")  # what a host site has of its own; its tenants have the rest


def tenant_of_topic(article: Article, site_id: str | None, attribute: str) -> str | None:
    """The one tenant of host site `site_id` the article names by its own name or company, for a figure
    the host would otherwise take ("Mecaware … sur l'ancien site Bridgestone. … la production doit
    démarrer courant 2026": Mecaware's date, « le site » being where it stands). None when the article
    names no tenant of it, or several, or for the host's own area and occupancy."""
    if site_id is None or attribute in HOST_OWN:
        return None

    def tenants() -> frozenset[str]:
        hosted = {s for m in article.mentions if any(h == site_id and w in (NAME, COMMUNE) for h, w in m.weights)
                  for s, w in m.weights if w == HOSTED}
        # named by its own name, or by a company that runs only it ("Mecaware"; not "Brookfield", E-Valley's
        # backer, which runs two of our sites)
        return frozenset(s for m in article.mentions for s, w in m.weights if s in hosted and (
            w == NAME or (w == OPERATOR and sum(x == OPERATOR for _, x in m.weights) == 1)))
    named = article.once(("tenants", site_id), tenants)
    return next(iter(named)) if len(named) == 1 else None


# A host site described, not named: "dans l'ancienne usine", "on the former plant's grounds".
_HOST_DESCRIBED = re.compile(r"(?<![a-z])(?:ancienne usine|ancien site|ex site|former (?:plant|factory|site))(?![a-z])")


def described_host(article: Article, index: int) -> str | None:
    """The host site the figure's sentence describes without naming it and without naming a site of
    ours ("En tout, une centaine de salariés travaillent dans l'ancienne usine": the host site's staff,
    not its newest tenant's): the one host site the article names by its name."""
    if article.by_sentence.get(index) or not _HOST_DESCRIBED.search(article.folded, *article.sentences[index]):
        return None

    def hosts() -> frozenset[str]:
        return frozenset(s for m in article.mentions if any(w == HOSTED for _, w in m.weights)
                         for s, w in m.weights if w == NAME and article.entities[s].project_type == "industrial_site")
    named = article.once(("hosts",), hosts)
    return next(iter(named)) if len(named) == 1 else None
