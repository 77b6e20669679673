"""What a French page must not show: English UI words, our English description of a source in
brackets, None/nan, "au inconnu" / "au <mois>",
a decimal point in a number, an ISO date in a sentence, a bare space (or none) before ; : ! ?
Used by tests/browser/test_french_browser.py on the text of every page rendered in French;
`french_problems(text)` returns one line per problem (the word and the words around it)."""

from __future__ import annotations

import re

# English words a French page must not show (Streamlit's own widgets included where it allows).
ENGLISH_WORDS = ("Select all", "Upload", "Browse files", "Drag and drop", "per file", "primary",
                 "Loading", "Download", "Search", "Show", "Clear", "unknown", "None", "nan", "NaN",
                 "Running", "Yes", "No data",
                 # our notes after a publisher's name, worded in English (issue 24: i18n.names)
                 "reproduced on", "text reproduced", "relaying", "quoting", "aggregator", "open-data portal",
                 "reposting", "substation",
                 # our English notes in a source's licence, a site's name or operator (issue 24)
                 "facts only", "with", "wording unconfirmed")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")

_ENGLISH = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in ENGLISH_WORDS) + r")(?![\w-])")
# Our description of a source whose title is unknown, in brackets (i18n.names.title_label), left in
# English: English function words inside the brackets ("[Reuters dispatch on Boursorama: …]").
_ENGLISH_DESCRIPTION = re.compile(r"\[[^\]\n]*?(?<![\w-])(the|of|and|with|by|from|its|at|dispatch|news item|report|"
                                  r"release|blog post|success story)(?![\w-])[^\]\n]*\]")
_AU = re.compile(r"\bau (inconnu|" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
# 10.5, 60.00 — not a version-like run of three numbers (1.2.3), not inside a link or a file name.
_DECIMAL_POINT = re.compile(r"(?<![\w./])\d+\.\d+(?![\w./])")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# ; : ! ? after a plain space (the French tables' no-break space lost), or glued to a closing
# parenthesis (a list the code joined). A publisher's own name ("INSEE; La Poste") is left alone.
_PUNCT = re.compile(r"(?<=\S) ([;:!?])(?=\s|$)|(?<=\))()([;:!?])(?=\s)")
_PLURAL = re.compile(r"\w\((?:s|x|e|es)\)")
# Not words of the page: addresses, file names, and the licence's own name (Licence Ouverte 2.0).
_URL = re.compile(r"\S+://\S+|\S+@\S+|\b\S+\.(?:csv|json|geojson|xlsx|parquet|pdf|png|yaml|zip)\b"
                  r"|Licence Ouverte \d\.\d|Open Licen[cs]e \d\.\d")


def _around(text: str, match: re.Match) -> str:
    return text[max(0, match.start() - 30): match.end() + 30].replace("\n", " ⏎ ")


def french_problems(text: str) -> list[str]:
    """Problems of a French page's text, each with its context."""
    text = _URL.sub(" ", text)
    problems = [f"English word {m.group(1)!r}: …{_around(text, m)}…" for m in _ENGLISH.finditer(text)]
    problems += [f"our description in English ({m.group(1)!r}): {m.group(0)[:80]}"
                 for m in _ENGLISH_DESCRIPTION.finditer(text)]
    problems += [f"contraction {m.group(0)!r}: …{_around(text, m)}…" for m in _AU.finditer(text)]
    problems += [f"decimal point {m.group(0)!r}: …{_around(text, m)}…" for m in _DECIMAL_POINT.finditer(text)]
    problems += [f"ISO date {m.group(0)!r}: …{_around(text, m)}…" for m in _ISO_DATE.finditer(text)]
    problems += [f"no no-break space before {m.group(1) or m.group(3)!r}: …{_around(text, m)}…"
                 for m in _PUNCT.finditer(text)]
    problems += [f"'(s)' instead of a plural rule {m.group(0)!r}: …{_around(text, m)}…" for m in _PLURAL.finditer(text)]
    return problems
