"""An article as the extractor reads it: its text, sentences and entity mentions, folded once, and
what each sentence says (a date, a caption, a place elsewhere, a rule's words), read once for all
its figures: a sentence of 500 figures is not read 500 times, so extraction stays linear."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict

from dashboard.domain.intake import dates, rules, scope
from dashboard.domain.intake.entities import NAME, EntityIndex, EntityMention, fold

TYPE_WORDS = {
    "data_center": re.compile(r"data ?cent|datacent|centres? de donnees|campus|hyperscal|gpu"),
    "battery": re.compile(r"gigafactor|batter(?:y|ies|ie)|cellules|cells"),
    "recycling": re.compile(r"recycl"),
}

# A sentence opening on a pronoun carries the subject before it: "Elle créera environ 2 000 emplois".
PRONOUN_FIRST = re.compile(r"\W*(?:elle|il|it|they|ils|elles) ")
# A link to another article, opening a line or a sentence: « À lire aussi : », « Lire également », « Sur le même
# sujet », « Voir aussi », 'Read more:', 'Read also', 'Related:', 'See also', 'Also read'.
_ANOTHER_ARTICLE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))\W*(?:a lire (?:aussi|egalement|en complement)|lire (?:aussi|egalement|"
                              r"la suite)|sur le meme (?:sujet|theme)|voir aussi|a voir aussi|read (?:more|also)|also read|"
                              r"related(?: (?:articles?|stories|story|news))?|see also|more on this)\b\W*[:>»\-–—]", re.MULTILINE)
LEAD_LINE = 120  # a longer line is a paragraph, not a headline, a kicker or an intertitle
_PARAGRAPH = re.compile(rf"[^\n]{{{LEAD_LINE},}}(?:\n|$)")


class Article:
    """The text, its sentences and entity mentions, folded once."""

    def __init__(self, text: str, index: EntityIndex | None):
        self.text = text
        folded = rules.masked(fold(text))
        for match in rules.NATIONALITY.finditer(text):  # "China's Envision": who, not where
            if rules.ELSEWHERE.fullmatch(folded, match.start(1), match.end(1)):
                folded = folded[: match.start(1)] + " " * (match.end(1) - match.start(1)) + folded[match.end(1) :]
        self.folded = folded
        self.sentences = rules.sentences(text)
        self.starts = [s for s, _ in self.sentences]
        self.mentions = index.find(text) if index is not None else []
        self.entities = index.entities if index is not None else {}
        self.by_sentence: dict[int, list[EntityMention]] = defaultdict(list)
        for mention in self.mentions:
            self.by_sentence[self.sentence_of(mention.start)].append(mention)
        head = self.folded[: min(len(text), 600)]
        self.topic_types = {kind for kind, words in TYPE_WORDS.items() if words.search(head)}
        self.memo: dict[tuple, object] = {}
        # The article's topic, summed once (not once per figure: that made a long paste quadratic).
        self.topic: dict[str, float] = defaultdict(float)
        self.topic_words: dict[str, str] = {}
        for mention in self.mentions:
            if self.backer(mention.start):
                continue  # « Épaulée par Renault et Schneider Electric, … »: not what the article is about
            for site_id, strength in mention.weights:
                self.topic[site_id] += 0.1 * strength
                self.topic_words.setdefault(site_id, mention.text)

    @property
    def own_kinds(self) -> frozenset[str]:
        """The words of another object (rules.OTHER_OBJECT) that name the kind of a site the article names:
        in an article about « la paire de réacteurs EPR2 », « ces deux réacteurs » are the site itself. Named by its
        own name (not its town: « Bouchain » names the data centre as much as the gas plant), and not a zone."""
        def kinds() -> frozenset[str]:
            named = {site_id for m in self.mentions for site_id, strength in m.weights if strength >= NAME
                     and site_id in self.entities and self.entities[site_id].project_type != "region"}
            names = {fold(f"{self.entities[i].name} {self.entities[i].name_en}") for i in named if i in self.entities}
            return frozenset(scope.kind_stem(k.group()) for name in names for k in rules.OTHER_OBJECT.finditer(name))
        return self.once(("own_kinds",), kinds)

    def lead_sites(self) -> frozenset[str]:
        """The sites the headline and the lead name (the first line, then the lines up to the first paragraph, a
        line of `LEAD_LINE` characters or more, and that one): what the article is about. Every site the article
        names when it is one paragraph."""
        return self.once(("lead sites",), lambda: frozenset(s for m in self.lead_mentions() for s, _ in m.weights))

    def lead_mentions(self) -> list[EntityMention]:
        def named() -> list[EntityMention]:
            first_line = self.text.find("\n")  # the headline, however long, then the lines up to the first paragraph
            end = len(self.text) if first_line < 0 else next(
                (m.end() for m in _PARAGRAPH.finditer(self.text, first_line + 1)), len(self.text))
            return [m for m in self.mentions if m.start < end and not self.backer(m.start)]
        return self.once(("lead mentions",), named)

    def proposed_name(self, index: int) -> str:
        """A name for a site the dataset does not know (`scope.proposed_name` of the sentence and the one
        before), once per sentence."""
        def name() -> str:
            return scope.proposed_name(self.text[self.sentences[max(0, index - 1)][0] : self.sentences[index][1]])
        return self.once(("name", index), name)

    def takes_no_figure(self, site_id: str) -> bool:
        """A region or a département takes no figure of a project; a work of the grid seeded as a region (a
        line, a zone of the grid: it has an operator) takes those of an article whose headline or lead names it."""
        entity = self.entities[site_id]
        if entity.project_type != "region":
            return False
        national = "national" in fold(entity.name)  # « Procédure … (RTE, 400 kV, nationale) »: the country's, no site
        return national or not (entity.operator and any(s == site_id and w == NAME for m in self.lead_mentions()
                                                         for s, w in m.weights))

    def backer(self, start: int) -> bool:
        """The mention at `start` names a backer of the subject ('backed by …')."""
        return bool(rules.BACKER_BEFORE.search(self.folded, max(0, start - 70), start))

    def sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.starts, position) - 1)

    def once(self, key: tuple, compute):
        """`compute()` the first time `key` is asked for in this article, then the same answer."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    def found(self, pattern: re.Pattern[str], text: str) -> bool:
        return self.once(("found", pattern.pattern, text), lambda: pattern.search(text) is not None)

    def event_date(self, sentence_folded: str, published: dt.date | None) -> str | None:
        return self.once(("date", sentence_folded, published), lambda: dates.event_date(sentence_folded, published, []))

    def another_article(self, position: int) -> bool:
        """The position is in a link to another article a page carries (« À lire aussi : … », 'Read more: …',
        « Sur le même sujet », up to the end of its line): that article's figures, not this one's."""
        def lines() -> list[tuple[int, int]]:
            ends = [self.text.find("\n", m.start()) for m in _ANOTHER_ARTICLE.finditer(self.folded)]
            starts = [m.start() for m in _ANOTHER_ARTICLE.finditer(self.folded)]
            return [(start, end if end >= 0 else len(self.text)) for start, end in zip(starts, ends)]
        return any(start <= position < end for start, end in self.once(("another article",), lines))

    def caption(self, sentence: str) -> bool:
        return self.once(("caption", sentence), lambda: rules.is_caption(sentence))

    def places(self, sentence_folded: str) -> tuple[tuple[int, int], ...]:
        """Where the sentence names a place or scope that is not the region's."""
        return self.once(("places", sentence_folded), lambda: tuple(
            (m.start(), m.end()) for m in rules.ELSEWHERE.finditer(sentence_folded)
            if not rules.HOME_AFTER.match(sentence_folded, m.end())
            and not rules.SUPERLATIVE_BEFORE.search(sentence_folded, max(0, m.start() - 60), m.start())
            and not rules.HOME_BEFORE.search(sentence_folded[max(0, m.start() - 25) : m.start()])
            and not rules.AS_PART_OF.search(sentence_folded[max(0, m.start() - 40) : m.start()])))
