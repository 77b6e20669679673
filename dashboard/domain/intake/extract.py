"""`extract_facts`: from an article's text to the candidate facts an analyst would review.

One pass: sentences; figures (normalizer grammar); entity mentions (fuzzy); then per figure its
attribute (unit + nearby words), the analyst's exclusions, its entity (`attach`: mentions in the
sentence and its neighbours, nearer ones weigh more; held back when the sentence names several
sites), its as-of date and a confidence. Figures left out are kept
with their reason (`scan(...).excluded`) so a reviewer, or a test, can see why.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

import pandas as pd

from dashboard.domain.intake import attach, clauses, company, counts, dates, learned, phases, places, repeats, rules, scope, statuses
from dashboard.domain.intake.article import Article
from dashboard.domain.intake.candidate import Candidate, Excluded, Scan
from dashboard.domain.intake.cleaning import clean_article
from dashboard.domain.intake.entities import OPERATOR, entity_index, fold
from dashboard.domain.intake.lookalikes import mixed_script_words
from dashboard.domain.intake.figures import Mention, find_periods, find_quantities, is_bare_year

LANGS = ("fr", "en")
_QUANTITY_ATTRIBUTE = {"EUR": "investment", "MW": "power", "jobs": "jobs"}


def scan(text: str, *, lang: str, published: dt.date | None = None, sites: pd.DataFrame | None = None,
         model: learned.Model | None = None) -> Scan:
    """Candidates and the figures left out (with their reason). `sites`: the dataset's sites table. `model`:
    the learned stage's (`learned`), which then decides what is proposed; None: the rules do."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"published must be a datetime.date or None, not {type(published).__name__}")
    cleaned = clean_article(text)  # positions, values and sentences are the cleaned text's
    text = cleaned.text
    article = Article(text, entity_index(sites) if sites is not None else None)
    result = Scan(removed=cleaned.removed, article=article)
    quantities = find_quantities(text, lang)
    periods = _outside(find_periods(text, lang), quantities)
    result.figures = tuple(sorted(quantities + periods, key=lambda m: m.start))
    for mention in sorted(quantities + periods, key=lambda m: m.start):
        _consider(article, mention, quantities, lang, published, result)
    _statuses(article, published, result)
    first_pass = counts.left_out(text, repeats.superseded(text, result.candidates, result), quantities, result)
    first_pass = repeats.anaphora(text, first_pass, result, lang)
    result.candidates = repeats.dedupe(repeats.body_repeats(text, repeats.headline_repeats(text, first_pass, result, lang), result))
    return learned.learned_scan(result, lang, published, model) if model is not None else result


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _outside(mentions: list[Mention], others: list[Mention]) -> list[Mention]:
    """The mentions that overlap none of `others` (sorted by start, as the finders give them)."""
    others = sorted(others, key=lambda o: o.start)
    starts = [o.start for o in others]
    kept = []
    for mention in mentions:
        at = bisect.bisect_left(starts, mention.end)  # the others starting before this one ends
        if not any(_overlaps(mention, o) for o in others[max(0, at - 2) : at]):
            kept.append(mention)
    return kept


def _consider(article: Article, mention: Mention, quantities: list[Mention], lang: str, published, result: Scan) -> None:
    def exclude(reason: str) -> None:
        result.excluded.append(Excluded(mention.value, mention.start, mention.end, reason))

    if mention.refused:
        return exclude(mention.refused)
    if article.another_article(mention.start):
        return exclude("another_article")  # « À lire aussi : Verkor lève 2 milliards d'euros »
    index = article.sentence_of(mention.start)
    s_start, s_end = article.sentences[index]
    sentence_folded = article.folded[s_start:s_end]
    at, until = mention.start - s_start, mention.end - s_start
    c_start, c_end = rules.clause_around(sentence_folded, at, until)
    clause = sentence_folded[c_start:c_end]
    own = sentence_folded[at:until]
    clause_without_figure = clause.replace(own, " " * len(own), 1)

    attribute = _attribute(mention, sentence_folded, clause, at,
                           names_a_place=lambda: scope.names_ours(article.mentions, s_start + c_start, s_start + c_end))
    if attribute == "!job_losses" and scope.loss_of_another(sentence_folded, at, until, [
            (q.start - s_start, q.end - s_start) for q in quantities if q is not mention and s_start <= q.start < s_end
            and getattr(q.normalized, "unit", None) == "jobs"]):
        attribute = "jobs"  # the loss word is another count's: « … attendus, après le licenciement de 863 salariés »
    if attribute in ("jobs", "floor_area", "land_area", "power") and scope.past_count(sentence_folded, at, until):
        attribute = "!history"  # « l'usine de pneus employait 863 salariés avant sa fermeture »
    if attribute == "jobs" and counts.construction_workforce(sentence_folded, at, until):
        attribute = "!construction_workforce"  # « 12000 personnes seront embauchées pour bâtir les réacteurs »
    if attribute == "jobs" and counts.present_each_day(sentence_folded, until):
        attribute = "!present_each_day"  # « 2.000 salariés présents quotidiennement »
    if attribute == "jobs" and counts.served(sentence_folded, at):
        attribute = "!served"  # « la ligne alimente 530 communes, soit 220 000 emplois »
    if attribute == "jobs" and counts.counts_substations(article.folded, sentence_folded, mention.value):
        attribute = "!substations"  # « la ligne qui reliera les deux postes » (« un poste de 400 000 volts »)
    if attribute in ("jobs", "power", "investment", "land_area", "floor_area") and scope.territory_jobs(
            clause, at - c_start, until - c_start, any(s_start + c_start <= m.start < s_start + c_end
                                                       for m in article.by_sentence.get(index, [])), attribute == "jobs"):
        attribute = "!territory"  # « 20 000 nouveaux emplois doivent être créés dans le Dunkerquois »
    if attribute and not attribute.startswith("!") and _regions_only(article, index) and not _ONE_PROJECT.search(sentence_folded):
        attribute = "!region"  # « Le Nord compte déjà 12 data centers pour 300 MW »: a région's, no site's (not « l'arrivée
        # dans le Nord d'une usine de batteries »: one project, located by its département)
    if attribute is None:
        if not mention.is_period:
            exclude("no_attribute")
        return None
    if rules.UNIT_COST.match(sentence_folded[until : until + 30]):
        return exclude("unit_cost")
    if attribute.startswith("!"):
        return exclude(attribute[1:])
    if attribute == "announced" and dates.announces_several(sentence_folded):
        return exclude("several_projects")  # « En février 2022, le président avait annoncé six réacteurs »
    if ((article.found(rules.CONDITIONAL, clause) and not article.found(scope.APPROVAL_IF, clause)
         and not article.found(rules.ALL_GOES_WELL, clause))
            or article.found(rules.YES_BUT, sentence_folded)):
        return exclude("conditional")
    own_year = re.search(r"(?:19|20)\d{2}", mention.value) if mention.is_period else None
    if rules.is_history(clause_without_figure, at - c_start, until - c_start, published,
                        area=attribute in ("land_area", "floor_area"), own_year=int(own_year.group()) if own_year else None):
        return exclude("history")
    if article.found(rules.WIDE_SCOPE, clause) or scope.elsewhere_nearer(article, sentence_folded, s_start, at, until,
                                                                        clause=_colon_clause(sentence_folded, at)):
        return exclude("elsewhere")
    if not mention.is_period and rules.PART_BEFORE.search(sentence_folded[max(0, at - 25) : at]):
        return exclude("part")
    if not mention.is_period and scope.whole_of_a_part(article, index, mention.start, mention.end):
        return exclude("whole")  # "€20bn in French AI infrastructure, including a 1GW campus in Cambrai"
    if not mention.is_period and ((phases.in_a_phase(clause, at - c_start, until - c_start)
                                   and phases.whole_given(article, mention, quantities, clause))
                                  or rules.STEP_AFTER.match(sentence_folded, until)
                                  or rules.STEP_DATED.match(sentence_folded, until)):
        return exclude("phase")
    sites_named = [(m.start - s_start - c_start, m.end - s_start - c_start) for m in article.by_sentence.get(index, [])
                   if m.is_place and s_start + c_start <= m.start < s_start + c_end]
    if (scope.about_another_object(clause, at - c_start, until - c_start, sites_named, article.own_kinds)
            or (rules.NEIGHBOUR_FIRST.match(sentence_folded) and not article.by_sentence.get(index))  # not "À côté, le data center d'OVHcloud…"
            or rules.NEIGHBOUR_SUBJECT.search(clause, 0, at - c_start)):
        return exclude("other_object")
    if rules.NATIONAL.search(clause) and not scope.names_ours(article.mentions, s_start + c_start, s_start + c_end):
        return exclude("national")
    counted = scope.COUNTED_SITES.search(clause, 0, at - c_start)  # before it: not "un campus de 38 ha accueillant
    # plusieurs data centers"; a date only when they are the clause's subject: 'Three more plants are to open by 2026'
    if (counted and (not mention.is_period or counted.start() <= 12)
            and not article.found(rules.SITES_TOGETHER, clause)  # "the three sites" named before: held for the reviewer
            and not any(s_start + c_start <= m.start < s_start + c_end for m in article.by_sentence.get(index, []))):
        return exclude("several_projects")  # « 35 sites prêts à l'emploi pour 1 200 hectares »
    if not mention.is_period and scope.PLURAL_KIND.match(sentence_folded, until):
        return exclude("several_projects")  # "€15 billion of it go to new data centres"
    if mention.is_period and (scope.date_of_a_figure(article.text, mention, quantities)
                              or company.FOUNDED_BEFORE.search(sentence_folded, max(0, at - 25), at)):
        return exclude("figure_date")  # "24 GWh en 2030"; « une entreprise créée en 2020 »
    if (scope.other_subject(article.text, article.mentions, s_start, s_start + c_start, s_start + c_end, mention.start)
            or scope.relative_to_another(article.text, article.mentions, s_start, mention.start)):
        return exclude("other_subject")

    sentence = article.text[s_start:s_end]
    after = sentence_folded[until : until + 40]
    next_figure = next((i for i, ch in enumerate(after) if ch.isdigit()), None)
    after = after[:next_figure]  # up to the next figure; "sa pleine capacité en 2027" is the next one's
    final = bool((rules.FINAL.search(after) and not (next_figure and rules.FINAL_BEFORE.search(after)))
                 or rules.FINAL_BEFORE.search(sentence_folded[max(0, at - 30) : at]))
    # A date in the sentence dates the figure if it is past (an inauguration), never a promised one.
    as_of = None if mention.is_period else article.event_date(sentence_folded, published)
    as_of = as_of or _published_text(published)
    confidence = 0.9 if attribute in ("investment", "power", "jobs") else 0.75
    if mention.is_period and is_bare_year(mention.value):
        confidence -= 0.15
    if article.found(rules.HEDGED_MOOD, clause):
        confidence -= 0.25
    caption = article.caption(sentence)
    own_clause = (s_start + c_start, s_start + c_end)
    attached = attach.entities(article, index, mention.start, attribute, several=mention.is_period, clause=own_clause)
    if rules.CONTRAST_AFTER.match(sentence_folded, c_end):
        attached = [attach.not_across_a_contrast(article, index, own_clause, *found) for found in attached]
    if company.another_company_carried(article, index):  # "Li-Cycle va s'implanter … L'entreprise … une trentaine d'employés"
        attached = [(None, "", False, "", ())]
    if attached[0][0] is None and (scope.last_place_elsewhere(article, index, mention.start)
                                   or scope.names_only_places_elsewhere(article)):
        return exclude("elsewhere")  # "À Mougins, … À terme, le centre disposera de 96 mégawatts"
    if scope.names_only_places_elsewhere(article) and not scope.names_ours(article.mentions, s_start, s_end):
        return exclude("elsewhere")  # "Data4 … à Nozay (Essonne). … ce site de 22 hectares": an operator of ours, elsewhere
    host = attach.described_host(article, index) if attribute != "status" else None
    for entity_id, hint, sure, held, together in attached:
        new_name = None
        if host is not None:  # "… travaillent aujourd'hui dans l'ancienne usine": the host site's
            entity_id, hint, held, together = host, article.topic_words.get(host, hint), "", ()
        elif not held and (tenant := attach.tenant_of_topic(article, entity_id, attribute)) is not None:
            entity_id, hint = tenant, article.topic_words.get(tenant, hint)  # the tenant the article is about
        if not held and host is None and company.company_scope(article, index, entity_id):  # "Data4 … plus de 500 MW dans plusieurs régions"
            held, together = "company_scope", (hint,)
        elif not held and company.new_project_at_a_town(article, entity_id):  # « H2V … s'installe à Loon-Plage »
            entity_id, hint, sure, new_name = None, "", False, company.new_project_name(article, hint)  # not ours: new
        elif not held and company.town_only(article, entity_id):
            held, together = "town_only", (hint,)  # "Douvrin. La plus grande zone industrielle … un millier d'emplois"
        elif not held and company.town_in_relative(article, index, mention.end, entity_id):
            held, together = "town_in_relative", (hint,)  # « … un nouveau poste, qui remplacera celui de Bourbourg »
        elif not held and entity_id is not None and (place := places.other_place_nearer(article, index, mention.start,
                                                                                        mention.end, entity_id)):
            held, together = "other_place", (place,)  # "a 330MW data center at Loire-sur-Rhône"
        elif not held and (heard := clauses.hearsay(clause)):
            held, together = "hearsay", (article.text[s_start + c_start + clause.find(heard):][:len(heard)],)  # 'said to be worth'
        result.candidates.append(
            Candidate(
                attribute=attribute,
                value=mention.value,
                normalized=mention.normalized,
                entity_id=entity_id,
                entity_hint=hint,
                as_of=as_of,
                start=mention.start,
                end=mention.end,
                sentence=sentence,
                confidence=_confidence(confidence, entity_id, sure, caption, hint),
                proposed_name=None if entity_id else new_name or article.proposed_name(index),
                sentence_start=s_start,
                in_caption=caption,
                final=final,
                held=held,
                held_words=together,
            )
        )
    return None


LOOKALIKE_CONFIDENCE = 0.4  # below the review table's 0.5: a look-alike name is never kept unseen


def _confidence(base: float, entity_id: str | None, sure: bool, caption: bool, hint: str = "") -> float:
    base -= 0.15 if entity_id is None else 0.0 if sure else 0.2  # not sure: another site fits almost as well
    if entity_id is not None and mixed_script_words(hint):  # "Аzur Dаtacenter": Cyrillic letters posing as Latin
        base = min(base, LOOKALIKE_CONFIDENCE)
    return round(max(0.05, min(1.0, base - (0.2 if caption else 0.0))), 2)


# One project in the sentence, said with a singular article: « une usine », 'the plant', « ce data center ».
_ONE_PROJECT = re.compile(r"(?<![a-z])(?:une?|la|le|l|sa|son|ce|cette|cet|this|the|a|an|its) (?:\w+ )?(?:usine|gigafactory|"
                          r"giga usine|data ?cent(?:er|re)|datacent(?:er|re)|centre de donnees|campus|projet|project|plant|"
                          r"factory|facility)(?![a-z])")


def _colon_clause(sentence_folded: str, at: int) -> tuple[int, int]:
    """The part of the sentence between the colons around position `at` (a colon opens what is said
    of something; the places before it are what the sentence compared or quoted)."""
    return sentence_folded.rfind(":", 0, at) + 1, (sentence_folded.find(":", at) + 1 or len(sentence_folded) + 1) - 1


def _regions_only(article: Article, index: int) -> bool:
    """The sentence names a region or a département and no site of ours (its figures are the region's;
    a region takes no figure of a project, attach.entity_scores). The operator of national entities (RTE)
    names them only in an article whose headline and lead name none of our sites (about the grid)."""
    grid_article = all(article.entities[s].project_type == "region" for s in article.lead_sites())
    kinds = {article.takes_no_figure(s) for m in article.by_sentence.get(index, [])
             if (m.is_place or grid_article) and not _REGION_AS_SOURCE.search(fold(article.text[max(0, m.start - 25) : m.start]))
             and not rules.SUPERLATIVE_BEFORE.search(article.folded, max(0, m.start - 60), m.start)  # « la plus grande … du Nord »
             and "(" not in article.text[max(0, m.start - 1) : m.start + 1]  # « près de Valenciennes (Nord) »: a town's
             for s, strength in m.weights if strength != OPERATOR or grid_article}
    return kinds == {True}


# « selon la Région », 'Bertrand for the region', « La Voix du Nord » (a newspaper): no scope of the figure
_REGION_AS_SOURCE = re.compile(r"(?<![a-z])(?:(?:selon|d apres|according to|for|pour) (?:la |le |the )?|voix du |nord eclair|"
                               r"nord littoral)$")


def _attribute(mention: Mention, sentence_folded: str, clause: str, at: int, names_a_place=lambda: False) -> str | None:
    """The attribute, None when the figure has none, or "!reason" when the rules leave it out. Money
    raised is a company's funding unless its clause names one of our places (`names_a_place`): "a
    levé 300 millions d'euros pour son site de Béthune" is that site's investment. (A callable: asked
    only of money raised.)"""
    if mention.is_period:
        return dates.commissioning_or_announced(sentence_folded, at, fold(mention.value))
    quantity = mention.normalized
    unit = quantity.unit
    if unit == "EUR":
        raised = (rules.FUNDRAISING_BEFORE.search(sentence_folded[max(0, at - 40) : at])
                  and rules.COMPANY_FUNDS.search(sentence_folded) and not names_a_place())
        in_clause = at - (sentence_folded.find(clause) if clause else 0)
        own = _own_words(clause, in_clause + len(mention.value))  # not what it leaves out: « hors subventions »
        aid = rules.near(rules.PUBLIC_AID, own, in_clause, in_clause + len(mention.value), 20, 20)
        priced = aid or rules.PUBLIC_BODY_FIRST.match(clause) or (
            rules.COST.search(clause) and (rules.LAND.search(clause) or rules.ESTIMATE.search(clause))) or (
            _said_before(_SOLD, clause, in_clause) and rules.LAND.search(clause))  # « le terrain a été vendu 10 millions »
        grid = (_said_before(_GRID_CONNECTION, clause, in_clause)
                or rules.near(_GRID_PURPOSE, clause, in_clause, in_clause + len(mention.value), 0, 30))
        return "!not_investment" if raised or priced or grid or rules.NOT_INVESTMENT.search(own) else "investment"
    if unit == "jobs":
        if rules.JOB_LOSSES.search(clause):
            return "!job_losses"
        own = sentence_folded[at : at + len(mention.value) + 12]  # "3 000 emplois indirects"
        return "!indirect_jobs" if rules.INDIRECT.search(own) and not rules.DIRECT_AND_INDIRECT.search(own) else "jobs"
    if unit == "MW":
        return "power"
    if unit == "m2":  # the noun next to the figure decides: "20 000 m² de bâtiments sur un terrain de 9 ha"
        if _EACH_OF.search(sentence_folded, max(0, at - 40), at):
            return "!unit_area"  # each of several: 'four IT rooms of 240 square meters', « 2 bâtiments de 9 000 m² »
        if _OFFICES_AFTER.match(sentence_folded, at + len(mention.value)):
            return "!part"  # the offices are one part of the site: « 5 000 m² de bureaux », '200 square meters of offices'
        written = fold(mention.value)
        at_clause = sentence_folded.find(clause) if clause else 0
        start, end = at - at_clause, at - at_clause + len(written)
        if re.search(r"\b(?:ha|hectares?|km)\b|km2|km²", written):
            return "land_area"
        if rules.near(rules.BUILDING, clause, start, end, 25, 25):
            return "floor_area"
        return "land_area" if rules.near(rules.LAND, clause, start, end, 25, 25) else "floor_area"
    if unit == "ratio":  # a share of another thing is no occupancy: « réutiliser 36 % des composants »
        share_of = _SHARE_OF.match(sentence_folded, at + len(mention.value))
        return "occupancy" if rules.OCCUPANCY.search(clause) and not share_of else None
    return None


# Money to connect a site to the grid is the grid's, not the site's investment: « RTE investira 200 millions pour
# raccorder le campus », 'the grid connection of the campus will cost €200 million'.
_GRID_CONNECTION = re.compile(r"(?<![a-z])(?:raccordement|grid connections?)(?![a-z])")  # said before the amount
_GRID_PURPOSE = re.compile(r"(?<![a-z])(?:pour (?:le )?raccord\w*|to connect|for (?:the |its )?(?:grid )?connection)(?![a-z])")
# What an amount leaves out or breaks down is not what it is: « 300 M€ hors subventions », « 1 Md€, dont 480 M€ de fonds ».
_LEFT_OUT_OR_PART = re.compile(r"(?<![a-z])(?:hors|excluding|net of) \w+|,\s*(?:dont|of which|including)\b.*")


def _own_words(clause: str, after: int) -> str:
    """The clause without what the amount ending at `after` leaves out or breaks down, said after it."""
    return clause[:after] + _LEFT_OUT_OR_PART.sub(" ", clause[after:])


_SOLD = re.compile(r"(?<![a-z])(?:vendue?s?|cedee?s?|acquise?s?|achetee?s?|sold|bought|purchased|acquired)(?![a-z])")
_INVEST = re.compile(r"(?<![a-z])(?:invest\w*|financ\w*|build|construire|batir)")


def _said_before(pattern: re.Pattern[str], clause: str, at: int) -> bool:
    """`pattern` (a sale, a grid connection) said in the 60 characters before the amount at `at`, and no
    investing between: what the amount pays for (« Après le raccordement, Data4 investira … » is Data4's)."""
    said = [m for m in pattern.finditer(clause, max(0, at - 60), at)]
    return bool(said) and not _INVEST.search(clause, said[-1].end(), at)
_OFFICES_AFTER = re.compile(r"\s+(?:de|d|of)\s+(?:\w+\s+)?(?:bureaux|offices?|office space)(?![a-z])")
_EACH_OF = re.compile(r"(?<![a-z0-9])(?:[2-9]|\d\d+|deux|trois|quatre|cinq|six|sept|huit|dix|two|three|four|five|six|seven|eight|"
                      r"ten|several|plusieurs)\s+(?:[a-z]+\s+){1,2}(?:de|d|of)\s*$")
_SHARE_OF = re.compile(r"\s+(?:des|du|de la|de l|d|of the|of its|of)\s+(?!(?:sa |son |its |the )?(?:capacit\w*|surface\w*|"
                       r"superficie|site|batiments?|buildings?|space|floor|locaux|terrains?|parc|zone|emprise)\b)[a-z]")


def _published_text(published: dt.date | None) -> str | None:
    return published.isoformat() if published else None


def _statuses(article: Article, published, result: Scan) -> None:
    for index, (s_start, s_end) in enumerate(article.sentences):
        sentence_folded = article.folded[s_start:s_end]
        if article.another_article(s_start + len(sentence_folded) - len(sentence_folded.lstrip(" \n"))) or rules.CONDITIONAL.search(sentence_folded) or rules.HEDGED_MOOD.search(sentence_folded) or rules.YES_BUT.search(sentence_folded):
            continue
        for status, match, span in statuses.said(article, index, sentence_folded):
            if rules.DENIED_BEFORE.search(sentence_folded[max(0, match.start() - 25) : match.start()]) or \
                    statuses.to_come(status, sentence_folded, match.start(), match.end(), published):
                continue  # "has no announced size yet", « n'a pas encore été officialisé », « ouvre ses portes en 2027 »
            if statuses.neighbour_status(sentence_folded, match.start(), match.group()) or \
                    statuses.status_of_another(article, sentence_folded, s_start, match.end(), published, match.start()):
                continue  # « en face de la gigafactory récemment inaugurée par Verkor », « abandonnée depuis 2010 par Rexam »
            if statuses.opening_phrase_of_another(article, sentence_folded, s_start, match.start(), match.end()) or (
                    status == "announced" and statuses.announces_a_procedure(sentence_folded, match.start(), match.end())):
                continue  # « En service depuis avril, le système … »; « … le débat public sur …, a annoncé la CNDP »
            if (scope.elsewhere_nearer(article, sentence_folded, s_start, match.start(), match.end(), operators=True)
                    or places.event_elsewhere(article, sentence_folded, s_start, match.end())):
                continue  # « Verkor a inauguré fin juin à Grenoble son usine pilote »: Grenoble's event
            as_of = dates.event_date(sentence_folded, published, []) or _published_text(published)
            sentence = article.text[s_start:s_end]
            clause = (s_start + span[0], s_start + span[1]) if span else None
            for entity_id, hint, sure, held, together in attach.entities(article, index, s_start + match.start(), "status",
                                                                     several=True, clause=clause):
                new_name = None
                if not held and company.new_project_at_a_town(article, entity_id):  # another company's, at our town
                    entity_id, hint, sure, new_name = None, "", False, company.new_project_name(article, hint)
                result.candidates.append(
                    Candidate(
                        attribute="status",
                        value=article.text[s_start + match.start() : s_start + match.end()],
                        normalized=None,
                        entity_id=entity_id,
                        entity_hint=hint,
                        as_of=as_of,
                        start=s_start + match.start(),
                        end=s_start + match.end(),
                        sentence=sentence,
                        confidence=_confidence(0.6 if status == "announced" else 0.75, entity_id, sure, False, hint),
                        proposed_name=None if entity_id else new_name or article.proposed_name(index),
                        sentence_start=s_start,
                        in_caption=article.caption(sentence),
                        held=held,
                        held_words=together,
                    )
                )


