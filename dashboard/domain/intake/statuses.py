"""The status words: which words say that a project is announced, permitted, under construction,
operational or abandoned, in French and English, on the accent- and case-folded text (`entities.fold`).
The first status whose pattern a sentence holds is the one it says (`extract._statuses`)."""

from __future__ import annotations

from dashboard.domain.intake.rules import _words

STATUS_WORDS = (
    ("abandoned", _words(r"abandonn\w*", r"renonce\w*", r"jete l eponge", r"abandoned", r"dropped", r"scrapped",
                         r"shelved", r"gave up")),
    ("operational", _words(r"(?<!pierre )inaugur\w*", r"(?:began|begun|started) operations?", r"est en service",
                           r"(?:has |have |had )?opened (?:its|their|the|a) (?:first |new )?(?:\w+ ){0,2}(?:gigafactory|plant|"
                           r"factory|data ?cent\w*|campus|usine)", r"a ouvert ses portes", r"ont ouvert leurs portes", r"sont en service", r"est operationnel\w*",
                           r"now operational", r"went live", r"is operational", r"in operation", r"en activite",
                           r"ouvre ses portes", r"ouvrent leurs portes", r"opens its doors", r"open their doors",
                           r"vien(?:t|nent) d ouvrir(?! (?:une?|la|le|les) (?:consultation|concertation|debat|enquete))",
                           # in service now or since: « est désormais en service », « a été mis en service en janvier »,
                           # 'went into service', 'has been commissioned'
                           r"(?:est|sont) (?:desormais |maintenant |aujourd hui |deja )?(?:entree?s? )?en service",
                           r"(?:a|ont) ete mise?s? en service", r"(?:went|came) into (?:service|operation)", r"entered service",
                           r"(?:was|were|has been|have been) commissioned",
                           # production under way, said in the past: "AESC has started production at Douai"
                           r"(?:has|have|had) (?:officially )?(?:started|begun) (?:its )?production",
                           r"(?:started|began) (?:its )?production", r"a (?:demarre|lance|debute) (?:sa|la) production",
                           # running since a date: « des baies de serveurs tournent depuis juin 2014 », "has been
                           # running since 2019", « en service depuis », 'is up and running'
                           r"(?:tourne|tournent|fonctionne|fonctionnent|en service|en activite|en production) depuis",
                           r"(?:running|operating|in operation|in service|operational) since",
                           r"(?:is|are|was|now) (?:now )?up and running",
                           r"(?:has|have) (?:now |officially |just )?opened(?! (?:a|an|the|its|their) (?:\w+ )?(?:consultation|"
                           r"debate|inquiry|call|tender|office|offices|bidding|round|talks|procedure|process|registration))")),
    ("under_construction", _words(r"travaux (?:ont|viennent de) (?:debute|commence|demarre)",
                                  r"viennent de debuter", r"en cours de construction", r"en construction",
                                  r"chantier a (?:debute|demarre)", r"under construction", r"premiere pierre",
                                  r"first stone", r"foundation stone", r"groundbreaking", r"broke ground",
                                  r"construction (?:has )?(?:began|begun|started)",
                                  # « a lancé la construction », 'has started building', 'is being built', « sort de terre »
                                  r"(?:a|ont) (?:lance|demarre|commence|entame) (?:la construction|les travaux|le chantier)",
                                  r"(?:has|have) (?:started|begun) (?:building|construction|work on)", r"(?:is|are) being built",
                                  r"(?:started|began) (?:building|construction)", r"sor(?:t|tent) de terre")),
    ("permitted", _words(r"permis de construire[^.]{0,60}?(?:accorde|obtenu|delivre)\w*", r"permis accorde\w*",
                         r"building permit (?:was |has been )?(?:granted|issued)", r"(?:a obtenu|obtient|a recu|recoit) (?:son|le|un) permis de construire",
                         r"(?:received|obtained|secured|won|got) (?:its|the|a) (?:building|construction|planning) permi\w*")),
    ("announced", _words(r"a annonce", r"ont annonce", r"officialise\w*", r"announced", r"unveiled",
                         r"(?:a|ont) (?:ete )?devoile\w*",  # « le projet a été dévoilé mardi »
                         r"by announcing", r"(?:it|company|group|firm) (?:announces|unveils)")),  # "By announcing on Friday that"
)
