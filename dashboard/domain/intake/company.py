"""A company's figure is not a site's: the scope rule a careful analyst applies before giving a figure
to one of the operator's sites.

A figure goes to a site when its sentence (or, for a sentence that names no site, the one before it:
the subject carried) names that site by a place: its name, its commune, its host site. When that
sentence names it only through its operator ("Data4", "SoftBank", "EDF"), the figure may be the
company's whole plan, a fund, another plant of the group: it is proposed unticked, the reason said
("company_scope": « chiffre de l'entreprise, site non nommé »), unless the article is about that one
site (it names no other site of the kind by a place) and nothing in the sentence widens the scope
("plusieurs régions", "across France", "data centres", "in total", a fund…).
"""

from __future__ import annotations

import re

from dashboard.domain.intake.article import TYPE_WORDS, Article
from dashboard.domain.intake.entities import COMMUNE, HOSTED, NAME, OPERATOR, EntityMention, fold
from dashboard.domain.intake.scope import NOT_NAMES


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


# Words that widen a sentence beyond one site (on the folded text): several places or sites, a total,
# a fund or a portfolio, a country or the world.
WIDER = _words(
    r"plusieurs", r"several", r"various", r"multiple", r"diverses", r"differents", r"differentes", r"across",
    r"a travers", r"partout", r"in total", r"au total", r"en tout", r"overall", r"l ensemble", r"whole", r"entire",
    r"fonds(?! propres)", r"funds?", r"portefeuille", r"portfolio", r"pipeline", r"regions", r"pays", r"countries",
    r"nationwide", r"(?:en|in|across|throughout) europe", r"en france", r"in france", r"de la france",
    r"dans le monde", r"worldwide", r"global\w*",
    r"headquarter\w*", r"head office", r"siege",  # 'Verkor, headquartered in Grenoble, employs 400 people': the company's
    r"sites", r"data ?cent(?:er|re)s", r"datacent(?:er|re)s", r"centres de donnees", r"usines", r"plants",
    r"factories", r"gigafactories", r"projets", r"projects", r"infrastructures", r"campuses",
    r"(?:to|in|into|for) (?:the )?french", r"programmes?", r"programs?",  # "SoftBank commits €75bn to French AI"
)


def _operator_like(mention: EntityMention) -> bool:
    """The mention names a company: an operator alias ("Data4"), even when it also points at the sites
    its host runs ("EDF": Bouchain's host; "SIG": the Bridgestone site's owner)."""
    return any(strength == OPERATOR for _, strength in mention.weights)


def _names_by_place(mention: EntityMention, site_id: str) -> bool:
    strength = dict(mention.weights).get(site_id)
    return strength in (NAME, COMMUNE) or (strength == HOSTED and not _operator_like(mention))


# A sentence whose subject is a company noun carries the company, not a place: "Le développeur, qui
# prévoyait plus de 500 MW dans plusieurs régions…" after "… à Cambrai, sous la conduite de Data4".
COMPANY_SUBJECT = re.compile(r"\W*(?:le|la|l|the|this|ce|cette) (?:\w+ )?(?:developpeur|operateur|groupe|entreprise|societe|"
                             r"start up|jeune pousse|industriel|constructeur|fonds|investisseur|company|developer|"
                             r"operator|group|firm|fund|investor|manufacturer|maker)\b")


def _support(article: Article, index: int, site_id: str) -> list[EntityMention]:
    """The mentions that give the figure's sentence its site: the sentence's own, or, when it names
    no site, the sentence before's (the subject carried; only its companies when the sentence's subject
    is a company noun)."""
    own = article.by_sentence.get(index, [])
    if own:
        return [m for m in own if site_id in dict(m.weights)]
    if index == 0:
        return []
    if COMPANY_SUBJECT.match(article.folded, article.sentences[index][0]):
        for back in range(index - 1, max(-1, index - 4), -1):  # the company named last, up to three sentences back
            named = [m for m in article.by_sentence.get(back, []) if site_id in dict(m.weights) and _operator_like(m)]
            if named:
                return named
        return []
    return [m for m in article.by_sentence.get(index - 1, []) if site_id in dict(m.weights)]


def _about_one_site(article: Article, site_id: str) -> bool:
    """The article names, by a place, this site and no other site of its kind."""
    kind = article.entities[site_id].project_type

    def named() -> frozenset[str]:
        return frozenset(s for m in article.mentions if not _operator_like(m)
                         for s, strength in m.weights if strength in (NAME, COMMUNE, HOSTED))
    places = article.once(("named by a place",), named)
    return site_id in places and not any(s != site_id and article.entities[s].project_type == kind for s in places)


def company_scope(article: Article, index: int, site_id: str | None) -> bool:
    """The figure's sentence (or the subject it carries) names `site_id` only through a company, and
    the article is about several of its sites, or the sentence widens the scope: the company's figure,
    not the site's."""
    if site_id is None:
        return False
    support = _support(article, index, site_id)
    if not support or any(_names_by_place(m, site_id) for m in support):
        return False
    if not any(_operator_like(m) for m in support):
        return False
    # A scope word in a relative clause about the company widens it too: « Le développeur, qui prévoyait plus
    # de 500 MW dans plusieurs régions, veut tripler cette capacité d'ici 2030 » (and, conservatively,
    # "Mobivia, qui compte 11 000 salariés en Europe, y a investi 6 millions": held, the reviewer ticks it).
    sentence = _OTHERS.sub(" ", article.folded[slice(*article.sentences[index])])
    return not (_about_one_site(article, site_id) or _runs_only(support, site_id)) or article.found(WIDER, sentence)


# Other plants compared with the site do not widen the figure's scope: 'over 3,000 jobs, on top of the 5,500
# that the other three factories have brought', « s'ajoutent à ceux des autres usines ».
_OTHERS = re.compile(r"(?<![a-z])(?:the other|other|les autres|des autres|d autres|aux autres)(?: \w+){0,2}? (?:sites|"
                     r"data ?cent\w*s|usines|plants|factories|gigafactories|projets|projects|campuses)(?![a-z])")


def _runs_only(support: list[EntityMention], site_id: str) -> bool:
    """Every company named runs this one site of ours ("ProLogium", "Mecaware"): an article about it is
    about the site unless the sentence widens the scope."""
    return all([s for s, strength in m.weights if strength == OPERATOR] == [site_id] for m in support if _operator_like(m))


def town_only(article: Article, site_id: str | None) -> bool:
    """The article names the site only by its town ("Douvrin. La plus grande zone industrielle du
    Pas-de-Calais … un millier d'emplois"), never by its name or company, and says neither its kind of
    project (no battery, data-centre or recycling word) nor a campus or a gigafactory: the town's figures."""
    if site_id is None or site_id not in article.entities:
        return False
    kind_words = TYPE_WORDS.get(article.entities[site_id].project_type)
    if kind_words is None:
        return False
    mentions = [dict(m.weights)[site_id] for m in article.mentions if site_id in dict(m.weights)]
    return (bool(mentions) and all(w == COMMUNE for w in mentions) and not article.found(kind_words, article.folded)
            and not article.found(_PLANT_WORDS, article.folded))


def headline_company(article: Article) -> str | None:
    """A name the headline gives that the body names again and that is none of our sites' names, companies
    or towns, nor another place: the company or project the article is about (« H2V annonce 200 emplois sur
    le port de Dunkerque … H2V confirme qu'il s'installe à Loon-Plage »)."""
    def name() -> str | None:
        end = article.text.find("\n")
        if end < 0:
            return None
        ours = [(m.start, m.end) for m in article.mentions if m.start < end]
        for match in _HEADLINE_NAME.finditer(article.text, 0, end):
            word = match.group(1)
            if (word in NOT_NAMES or any(s <= match.start(1) < e for s, e in ours) or word.isdigit()
                    or article.places(fold(word)) or article.text.count(word, end) < 1):
                continue
            return word
        return None
    return article.once(("headline company",), name)


_HEADLINE_NAME = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Ý][\w&’'-]*[A-Z0-9][\w&’'-]*|[A-ZÀ-ÖØ-Ý][a-zà-ÿ]+(?=\s+(?:annonce|va|veut|"
                            r"lance|choisit|investit|confirme|announces|plans|will|picks|chooses|invests)\b))")


def new_project_at_a_town(article: Article, site_id: str | None) -> bool:
    """The article names our site only by its town (`town_only`) and is about another company's project,
    named in its headline and again in its body: a project the dataset does not know, at that town."""
    return town_only(article, site_id) and headline_company(article) is not None


def new_project_name(article: Article, town: str) -> str:
    """The name proposed for that project: « Projet H2V, Loon-Plage » (the reviewer edits it)."""
    return ", ".join(part for part in (f"Projet {headline_company(article)}", town) if part)


def town_in_relative(article: Article, index: int, position: int, site_id: str | None) -> bool:
    """The figure's sentence names the site only by its town, after the figure and in a relative clause opened
    after it, and the article's headline and lead do not name the site: the town says where the clause's
    antecedent is, another thing (« 200 millions iront à un nouveau poste, qui remplacera celui de Bourbourg »;
    'a €50m substation, which replaces the one at Bourbourg')."""
    if site_id is None or site_id in article.lead_sites():
        return False
    named = [m for m in article.by_sentence.get(index, []) if site_id in dict(m.weights)]
    return bool(named) and all(dict(m.weights)[site_id] == COMMUNE and m.start > position
                               and _RELATIVE.search(article.folded, position, m.start) for m in named)


_RELATIVE = re.compile(r",\s*(?:qui|que|qu|dont|lequel|laquelle|which|who|that)\s")


# A campus or a gigafactory said in the article is a site's: "Le campus de Cambrai atteindra 200 MW" (not
# « l'usine », which the town's other plants are too).
_PLANT_WORDS = _words(r"campus", r"gigafactor\w*")


# A company's founding date is no project's date: « Hydrovolt, une entreprise créée en 2020, a annoncé… ».
FOUNDED_BEFORE = re.compile(r"(?<![a-z])(?:creee?s?|fondee?s?|founded|established|created|nee)\W+(?:\w+\W+){0,1}$")
# The capitalized name a sentence opens on: its subject.
_NAME_FIRST = re.compile(r"[\W]*([A-ZÀ-ÖØ-Ý][\w&’'-]+(?:\s+[A-ZÀ-ÖØ-Ý][\w&’'-]+)*)")


def another_company_carried(article: Article, index: int) -> bool:
    """The figure's sentence opens on a company noun and names no site, and the last sentence before it
    that opens on a name opens on one none of our sites has: that company's figure ("Li-Cycle va
    s'implanter sur un site existant. L'entreprise … grâce à une trentaine d'employés", after a paragraph
    naming Verkor)."""
    if article.by_sentence.get(index) or not COMPANY_SUBJECT.match(article.folded, article.sentences[index][0]):
        return False
    for back in range(index - 1, max(-1, index - 4), -1):
        if article.by_sentence.get(back):
            return False  # the company carried is one of ours (or a site is named: the usual rules)
        s_start, s_end = article.sentences[back]
        first = _NAME_FIRST.match(article.text, s_start, s_end)
        if first is None or first.group(1).split()[0] in NOT_NAMES or article.text[s_start] in "«\"“":
            continue
        name = first.group(1).split()[0]
        if article.text.count(name) >= 2:  # a company the article speaks of ("Li-Cycle"), not a sentence's first word
            return True
    return False
