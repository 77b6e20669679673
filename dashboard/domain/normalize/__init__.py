"""Read the quantities, periods and counts that seed files quote verbatim (French or English).

Pure Python (no pandas), cached, fast enough for the whole seed base many times over.

    parse_quantity("1,5 milliard d'euros")            -> Quantity(1.5e9, "EUR")
    parse_quantity("20,000 m²", lang="en")            -> Quantity(20000.0, "m2")
    parse_quantity("30 à 35 milliards d'euros")       -> Quantity(3e10, "EUR", high=3.5e10)
    parse_quantity("une trentaine d'emplois")         -> Quantity(30.0, "jobs", approximate=True)
    parse_quantity("1 500", expected_unit="m2")       -> Quantity(1500.0, "m2")
    parse_period("début 2026")                        -> Period(2026-01-01, 2026-04-30)
    parse_period("fin du premier semestre 2026")      -> Period(2026-05-01, 2026-06-30)
    parse_count("une dizaine de sites")               -> Count(10, approximate=True)

`lang` ("fr", the default, or "en") is the language of the source the text comes from.
Anything that cannot be read raises `NormalizeError` (a ValueError) quoting the text and why;
a non-string (None, a number, a date from YAML) raises it too. Results are cached per text
and language (`clear_caches()` empties the caches); errors are not cached.

Modules: `numbers` (number words, locale-aware digits, tokens, ranges), `quantity`, `count`,
`period`, `text` (the error and the cleaning they share).

Conventions and decisions
-------------------------
Numbers (`numbers.read_decimal`)
    * lang="en": a comma groups thousands in threes ("20,000", "1,500,000"), a point is the
      decimal separator ("1.5"). "1,5" is refused (not English).
    * lang="fr": a comma is the decimal separator ("1,5"); thousands are grouped by a space,
      a no-break space (U+00A0), a narrow no-break space (U+202F) or a thin space ("26 000"),
      or by points before groups of exactly three digits ("1.500 emplois" = 1500, "26.000 m²").
      A lone point before other than three digits is decimal ("1.5 GW"). A comma before
      exactly three digits with nothing else ("20,000 m²") is refused as ambiguous (20 or
      20 000?) with how to write it; "0,125" and "1 234,567" are not ambiguous.
    * Both: space groups are exactly three digits; values are computed in decimal and rounded
      once to a float ("0,1 %" is exactly 0.001); scientific notation ("1e309") is refused.
    * Number words (French and English, 0 to 99, with "cent"/"hundred", "mille"/"thousand",
      million, milliard/billion) are read: "deux millions d'euros", "vingt-cinq emplois".
      "billion" is the English 10**9 (French sources say "milliard").
    * Digits and number words are not mixed ("1,5 million deux" and "1 cent" are refused),
      except for scales: "2 millions", "1,5 milliard".
    * "6 × 910 MWe" (also "6 x 910", "6 * 910") is computed: 5460 MW.
Ranges
    "entre 300 et 500 MW", "300-500 MW", "300 à 500 MW", "300 to 500 MW", "between 1 and
    1.5 GW", "from 2 to 3 GW": value = low = the low end, high = the high end (for a single
    number low == high == value). A bare low end takes the scale and unit of the high end
    ("30 à 35 milliards d'euros" = 30e9..35e9); a range whose high end is below its low end
    is refused. Counts read ranges the same way ("10 à 15 sites"). A hyphen glued between a
    number and a word is no range: "a 1-GW campus", "467-emplois".
Quantities (unit in the base unit of `UNITS`)
    * EUR: €, EUR, euro(s), d'euros, before or after the number; k€/M€/Md€, keur/meur.
      The abbreviated scales k, M, mn, Md, Mds, Mrd, bn, B ("€1.2B") need digits before them and are only
      read for euros (an area of "80 m" is metres, not 80 million m²); the words (mille,
      million(s), milliard(s), billion(s)) work with any unit and after number words.
      Other currencies ($, USD, dollars, £, GBP, CHF, ¥, yuan) are refused, naming them.
    * m2: m², m2, km², ha, hectare(s), square metres, mètres carrés.
    * MW: kW, MW, MWe, GW, GWe and the words (méga)watt(s). Energy (kWh, MWh, GWh, TWh) is
      refused, naming the unit.
    * jobs: emploi(s), job(s), poste(s), salarié(s), employés, ETP, FTE(s), position(s), post(s),
      staff, collaborateur(s), recrutement(s), CDI, and the people a site employs (people,
      personnes, workers), with "directs"/"direct" allowed. A number of jobs must be whole ("1,5 emplois" is rejected).
    * ratio: %, pour cent, percent, per cent -> 0..1 ("80 %" -> 0.8). Outside 0..100 % is
      rejected. A unitless number read as a ratio (expected_unit="ratio") must be in 0..1.
    * A unitless number raises unless `expected_unit` is given; a text whose unit differs
      from `expected_unit` raises.
    * Words that are neither number, scale, unit nor one of a few fillers (de, d', of,
      direct(s)) are rejected: "30 MW IT" raises rather than silently dropping "IT".
Approximation
    approximate=True for environ, près de, presque, plus de, au moins, jusqu'à, quelque,
    moins de, un peu plus de, de l'ordre de, supérieur(e)(s) à, inférieur(e)(s) à, au-delà de, au maximum,
    estimé à, about, around, nearly, almost, over, more than, up to, some, at least, less
    than, above, below, under, in excess of, upwards of, at most, an estimated,
    approximately, roughly, ~, ≈, <, >, and for the collective numerals une dizaine (10),
    douzaine (12), quinzaine (15), vingtaine (20), trentaine (30), quarantaine (40),
    cinquantaine (50), soixantaine (60), centaine (100), un millier (1000) and the English
    "a dozen" (12). They combine with units and scales: "une centaine de millions d'euros".
Qualifier and projection (`qualifier.py`)
    Quantity and Count carry `qualifier`: "exact", "approx" (environ, about, près de, une
    trentaine…), "at_most" (jusqu'à, up to, au plus, moins de…), "at_least" (plus de, more than,
    over, au moins…) or "range" (two ends); and `projection`: True when the text states a target
    or forecast ("à terme", "prévu", "expected", "once …", "d'ici 2030", "objectif"), words that
    are taken out before the number is read ("80 % once Azur moves in" is 80 %, a projection).
Periods (start and end inclusive)
    * "2026"; "2025-09" (ISO year-month); "2026-02-12"; "12/02/2026" (day first in French;
      in English refused as ambiguous unless a number is above 12); "09/2025"; "septembre
      2025", "sept. 2025"; "16 septembre 2020", "1er mai 2021", "February 12, 2026".
    * Semesters (S1/S2, H1/H2, 1H/2H, 1er/2e semestre, première/seconde moitié, first/second
      half), quarters (T1-T4,
      Q1-Q4, 3Q, 1er..4e trimestre, first..fourth quarter), meteorological seasons
      (printemps/spring = Mar-May, été/summer = Jun-Aug, automne/autumn/fall = Sep-Nov,
      hiver/winter YYYY = Dec YYYY-1 to Feb YYYY; "hiver 2025-2026" is the same winter).
    * Parts: début/early/beginning/start, mi/mid/milieu/middle, fin/late/end of a year,
      semester, quarter or season = its first, middle or last third in whole months (year:
      Jan-Apr, May-Aug, Sep-Dec; semester: two months each; quarter and season: one month
      each): "fin du premier semestre 2026" = May-Jun, "fin T2 2026" = June, "late summer
      2026" = August. Of a month ("fin mars 2026"): days 1-10, 11-20, 21-end.
    * Leading words that do not change the span are dropped: en, in, courant, during,
      à partir de, from, dès, by, d'ici, vers, around... So "from 2030", "by 2031", "d'ici
      2031" are the year itself. Horizons and deadlines too: "à l'horizon 2030", "horizon
      2028", "au plus tard en 2028", "2028 au plus tard", "by 2029 at the latest", "no later
      than 2029" = that year.
    * Ranges "2027-2028", "2027–28", "de 2027 à 2028", "between 2027 and 2028",
      "fin 2026 - début 2027", "septembre-octobre 2025", "T3-T4 2026": start of the first
      to end of the last; the left side may borrow the end of the right one ("du 12 au 15
      mars 2026"), but not a bare year ("S1 - 2026" is refused, "S1-2026" is S1).
      "2025-09" is a month (ISO), "2027-28" a range (28 is no month).
    * Years must be within 1900..2100.
Counts
    A number (digits or words, collectives allowed) followed by the counted thing in free
    words: "huit data centers", "8", "eight data centres", "une dizaine de sites". A unit of
    measure (MW, €, %, m²...) is rejected; the value must be whole.
"""

from __future__ import annotations

from dashboard.domain.normalize.count import Count, _cached_count, parse_count
from dashboard.domain.normalize.period import Period, _cached_period, parse_period
from dashboard.domain.normalize.qualifier import QUALIFIERS
from dashboard.domain.normalize.quantity import UNITS, Quantity, _cached_quantity, parse_quantity
from dashboard.domain.normalize.text import LANGS, NormalizeError

__all__ = [
    "LANGS",
    "UNITS",
    "Count",
    "NormalizeError",
    "QUALIFIERS",
    "Period",
    "Quantity",
    "clear_caches",
    "parse_count",
    "parse_period",
    "parse_quantity",
]


def clear_caches() -> None:
    """Forget cached results (benchmarks; tests)."""
    _cached_quantity.cache_clear()
    _cached_period.cache_clear()
    _cached_count.cache_clear()
