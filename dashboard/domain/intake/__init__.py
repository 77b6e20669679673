"""Intake: the figures of a news article, as candidate facts for the seeds (pure, no I/O).

    extract_facts(text, lang="fr", published=date(2025, 9, 15), dataset=tables) -> [Candidate, ...]

What it takes
    Amounts, power, areas, jobs, percentages and periods, read by the normalizer's grammar in the
    article's language. The attribute comes from the unit and the words around the figure:
    € -> investment; MW/GW -> power; m² -> floor_area, ha or a "terrain" -> land_area; emplois,
    postes, salariés, jobs -> jobs; % with "occupé"/"occupancy" -> occupancy; a period next to
    "mise en service", "ouverture", "livraison", "opérationnel", "d'ici", "horizon", "online"... ->
    commissioning, next to "annoncé"/"announced" -> announced; words such as "inauguré",
    "abandonné", "travaux ont débuté", "permis accordé" -> status.
What it leaves out (see `scan(...).excluded` for the reason of each)
    another country, region or company's figure (the nearest place to the figure is not ours:
    "5 GW en France", a Finnish site); unit costs ("10 millions par MW"); past history ("jusqu'en
    1988", closures, job losses); other currencies; energy (GWh); conditionals ("si…", "oui,
    mais…"); a figure repeated (headline, photo caption) is counted once.
Which site
    Names, operators, communes and host sites of the dataset's sites, found in the sentence and its
    neighbours with rapidfuzz on accent- and case-folded text; nearer mentions weigh more. A figure
    that fits no site gets `entity_id=None` and a `proposed_name`. A date or a status whose sentence
    names several sites ("à Loon-Plage, au Bosquel et à Bouchain", or "the three sites" after them)
    is proposed for each, held (`held="several_sites"`: unticked, the reason shown); one whose
    sentence names only the operator of several sites is the company's plan (`"company_plan"`); a
    quantity goes to the one site its clause names, or the nearest, and is held after a list. A figure
    whose sentence names a site only through its operator is the company's (`"company_scope"`, held)
    unless the article is about that one site and nothing in the sentence widens the scope.
"""

from dashboard.domain.intake.candidate import Candidate, Excluded, Scan, status_keyword
from dashboard.domain.intake.extract import LANGS, scan

__all__ = ["LANGS", "Candidate", "Excluded", "Scan", "extract_facts", "scan", "status_keyword"]


def extract_facts(text: str, *, lang: str, published=None, dataset=None, model=None) -> list[Candidate]:
    """The candidate facts of `text` (see the module docstring). `dataset`: a `Dataset` (its `sites`
    are matched) or None (no site is matched: every candidate is a new project). `model`: the learned
    stage's (`learned.Model`; dashboard.data.intake_model reads the shipped one), None: the rules decide."""
    sites = getattr(dataset, "sites", None) if dataset is not None else None
    return scan(text, lang=lang, published=published, sites=sites, model=model).candidates
