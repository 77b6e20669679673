"""IGN's data centres (Portail des énergies renouvelables, 2024) as a map layer: one Scattermap trace.

Pure: the table dashboard.data.ign_datacenters.parse made in, a trace dict out. The file's field
names are unconfirmed, so the hover card shows the name and the attributes as written (field: value,
the empty ones left out), every one of them escaped: they come from a file the product does not
control. One is put in words: EnRezo's `qualite_xy` (the location's precision), for the codes the
research note explains (1 exact address, 5 commune centre); another code is shown as written and
said to be the publisher's.
"""

from __future__ import annotations

import pandas as pd

from dashboard.domain.schema import DEPARTEMENTS, IGN_DATACENTER_COLUMNS, IGN_PRECISION_FIELD, IGN_QUALITE_XY
from dashboard.i18n import colon, is_unknown, t
from dashboard.i18n.escape import escape_plotly
from dashboard.i18n.fold import fold
from dashboard.figures.palette import IGN_DATACENTRE_COLOUR

MAX_ATTRIBUTES_IN_HOVER = 12


def _present(value) -> bool:
    return not is_unknown(value) and str(value).strip() != ""  # a blank attribute is left out too


def precision_in_words(value, lang: str) -> str:
    """`qualite_xy`'s code with its meaning when the research note gives one ("1 – adresse exacte"),
    else as written with "(code de l'éditeur)": a meaning is never guessed."""
    code = str(value).strip()
    meaning = IGN_QUALITE_XY.get(code)
    return (t(f"map.ign_qualite_xy_{meaning}", lang, code=code) if meaning
            else t("map.ign_qualite_xy_unexplained", lang, code=code))


def _attribute_line(column: str, value, lang: str) -> str:
    if fold(column).strip() == IGN_PRECISION_FIELD:
        return f"{t('map.ign_qualite_xy', lang, field=escape_plotly(column))}{colon(lang)}" \
               f"{escape_plotly(precision_in_words(value, lang))}"
    return f"{escape_plotly(column)}{colon(lang)}{escape_plotly(value)}"


def datacenter_hover(row: dict, attributes: list[str], lang: str) -> str:
    """Name in bold, the layer, the département, then each attribute with a value as the file writes it."""
    sep = colon(lang)
    dep = row.get("departement")
    place = (f"{escape_plotly(dep)} {escape_plotly(DEPARTEMENTS.get(str(dep), ''))}".strip() if _present(dep)
             else t("map.ign_departement_unknown", lang))
    lines = [f"<b>{escape_plotly(row['name'])}</b>", t("map.layer_ign_datacenters", lang),
             f"{t('map.ign_departement', lang)}{sep}{place}"]
    filled = [column for column in attributes if _present(row.get(column))]
    for column in filled[:MAX_ATTRIBUTES_IN_HOVER]:
        lines.append(_attribute_line(column, row[column], lang))
    if len(filled) > MAX_ATTRIBUTES_IN_HOVER:
        lines.append(t("map.more", lang).format(n=len(filled) - MAX_ATTRIBUTES_IN_HOVER))
    return "<br>".join(lines)


def datacenter_traces(centres: pd.DataFrame | None, lang: str) -> list[dict]:
    """One Scattermap trace of the placed data centres ([] when there are none)."""
    if centres is None or centres.empty:
        return []
    placed = centres.dropna(subset=["lat", "lon"])
    if placed.empty:
        return []
    attributes = [column for column in placed.columns if column not in IGN_DATACENTER_COLUMNS]
    return [{
        "type": "scattermap",
        "mode": "markers",
        "lat": placed["lat"].tolist(),
        "lon": placed["lon"].tolist(),
        "name": t("map.layer_ign_datacenters", lang),
        "legendgroup": "ign_datacenters",
        "marker": {"size": 10, "color": IGN_DATACENTRE_COLOUR, "opacity": 0.9},
        "hovertext": [datacenter_hover(row, attributes, lang) for row in placed.to_dict("records")],
        "hoverinfo": "text",
    }]
