"""Every colour the charts, maps and exported images draw with, in one place.

The categories a reader must tell apart (project types, project statuses, brownfield statuses, and
what shares /map with them) come from palettes made for colour-vision deficiencies: Okabe & Ito
(2008, "Color Universal Design") for the project types, Paul Tol's qualitative schemes (2021,
"Colour Schemes", SRON/EPS/TN/09-002) for the brownfields, and ColorBrewer's "Blues" (Brewer) for
the statuses, ordered from idea to reality by lightness, which every colour vision reads.
tests/figures/test_palette.py checks that the colours of each set (and of /map, where types,
brownfields and the IGN layer are drawn together) are pairwise far apart by CIEDE2000, also as
seen with deuteranopia and protanopia (coloraide's simulation).

Builders import their colours from here; no hex colour or colour scale is written anywhere else.
"""

from __future__ import annotations

# Okabe–Ito.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

# Neutrals: text, notes, grid lines, outlines, "unknown".
TEXT = "#1a1a1a"
TEXT_SOFT = "#333333"
NOTE = "#555555"
NOTE_SOFT = "#636363"
CAPTION = "#444444"
DARK_GREY = "#4D4D4D"
MID_GREY = "#888888"
GREY = "#9E9E9E"
LIGHT_GREY = "#BBBBBB"
GRID = "#E5E5E5"
OUTLINE = "#3B3B3B"
LEGEND_BORDER = "#BBBBBB"
WHITE = "white"
TRANSPARENT = "rgba(0,0,0,0)"
PANEL = "rgba(255,255,255,0.85)"  # a legend or note over a map
PANEL_LIGHT = "rgba(255,255,255,0.8)"


# Project types (Okabe–Ito), one per type; their order is the legends' order.
TYPE_COLOURS = {
    "data_center": BLUE,
    "battery": BLUISH_GREEN,
    "recycling": ORANGE,
    "industrial_site": REDDISH_PURPLE,
    "power_plant": VERMILLION,
    "substation": DARK_GREY,
}
DEFAULT_TYPE_COLOUR = BLUE

# Project statuses, from idea to reality (ColorBrewer Blues, darker as the project is more real;
# black for operating); abandoned and unknown in greys apart from them.
STATUS_COLOURS = {
    "announced": "#C6DBEF",
    "planned": "#6BAED6",
    "permitted": "#2171B5",
    "under_construction": "#08306B",
    "operational": BLACK,
    "abandoned": "#666666",
    "unknown": "#AAAAAA",
}

# Brownfield statuses (Cartofriches), drawn over the project types on /map: Paul Tol's indigo, purple,
# sand and dark green, none near a type's colour — « friche sans projet » is no longer the power
# plants' orange, « friche avec projet » no longer near the batteries' green.
BROWNFIELD_COLOURS = {
    "potential": "#332288",
    "without_project": "#AA3377",
    "with_project": "#EEDD88",
    "reconverted": "#225522",
    "unknown": "#CCCCCC",
}
# The IGN data-centre layer on /map: sky blue, a data centre lighter than the projects' blue.
IGN_DATACENTRE_COLOUR = SKY_BLUE
# The transmission grid (OpenStreetMap) on /map: lines and substations by voltage, in neutrals, so
# they never read as a project type or a brownfield status.
VOLTAGE_COLOURS = {400: BLACK, 225: MID_GREY}

# /puissance: supplies beside the demand.
SUPPLY_COLOURS = {"gravelines-npp": VERMILLION, "gravelines-epr2": REDDISH_PURPLE, "dunkerque-offshore-wind": BLUISH_GREEN}
OTHER_SUPPLY_COLOUR = "#7F7F7F"
EXTRA_COLOUR = "rgba(120, 120, 120, 0.08)"  # RTE's Dunkirk demand, hatched apart
RANGE_COLOUR = "rgba(230, 159, 0, 0.25)"  # a range as a band (ORANGE, translucent)
CONSUMPTION_COLOUR = DARK_GREY
PRODUCTION_COLOUR = SKY_BLUE
FAST_TRACK_COLOUR = VERMILLION

# /siting: each criterion's share of a score, and the score scales.
CRITERION_COLOURS = {
    "dist_400kv": BLUE,
    "dist_225kv": SKY_BLUE,
    "dist_gravelines": VERMILLION,
    "brownfield": REDDISH_PURPLE,
    "land_area": BLUISH_GREEN,
    "dist_lille": ORANGE,
    "dist_400kv_line": "#332288",
}
SCORE_COLORSCALE = "Viridis"  # perceptually uniform, colour-blind safe
SENSITIVITY_COLORSCALE = "RdBu"  # diverging, ColorBrewer's red–blue (colour-blind safe)
EXCLUDED_COLOUR = GREY
NO_DATA_COLOUR = "#BDBDBD"  # a surface cell without data
CANDIDATE_MARK_COLOUR = BLACK

# /occupancy.
OCCUPANCY_BAR_COLOUR = REDDISH_PURPLE
OCCUPANCY_LINE_COLOUR = "#7A3E65"
OCCUPANCY_SERIES_COLOURS = (OCCUPANCY_LINE_COLOUR, BLUE, ORANGE)  # one per measure

# /investment's calendar: first promise, latest promise, announcement.
SCHEDULE_FIRST_COLOUR = "#FDAE6B"
SCHEDULE_LATEST_COLOUR = "#D94801"
SCHEDULE_ANNOUNCED_COLOUR = "#08306B"

# The overview's regional target and the State's count of sites.
TARGET_COLOUR = OUTLINE
STATE_COLOUR = "#6A51A3"

# The site sheet's PDF (export.site_pdf): its text, headings' rule, table rules and shadings, links.
PDF_RULE = "#CCCCCC"
PDF_HEADER = "#EEF3F8"
PDF_GROUP = "#F4F4F4"
WARN_TEXT = "#8A4B00"
LINK = "#0B5394"
