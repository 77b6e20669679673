"""One palette (figures.palette): the colours of each category set a reader must tell apart are far
apart by CIEDE2000, with normal colour vision and as seen with deuteranopia and protanopia
(coloraide's simulation, full severity); /map's types, brownfield statuses and IGN layer together;
and no colour is written anywhere else in the package."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from coloraide import Color

from dashboard.figures import palette

VISIONS = (None, "deutan", "protan")
MIN_DELTA_E = 12  # CIEDE2000; about 2 is a just-noticeable difference, 12 two categories apart at a glance
MAP_SET = {**{f"type {k}": v for k, v in palette.TYPE_COLOURS.items()},
           **{f"brownfield {k}": v for k, v in palette.BROWNFIELD_COLOURS.items()},
           "IGN data centres": palette.IGN_DATACENTRE_COLOUR}
SETS = {
    "project types": palette.TYPE_COLOURS,
    "project statuses": palette.STATUS_COLOURS,
    "brownfield statuses": palette.BROWNFIELD_COLOURS,
    "/map (types, brownfields, IGN layer)": MAP_SET,
    "siting criteria": palette.CRITERION_COLOURS,
}


def delta_e(a: str, b: str, vision: str | None) -> float:
    first, second = Color(a), Color(b)
    if vision:
        first, second = first.filter(vision), second.filter(vision)
    return first.delta_e(second, method="2000")


def test_the_measure_tells_close_colours_from_far_ones():
    assert delta_e("#0072B2", "#0072B2", None) == pytest.approx(0)
    assert delta_e("#000000", "#FFFFFF", None) == pytest.approx(100, abs=0.5)
    # Red and green, apart to most eyes, close with deuteranopia: the simulation does its job.
    assert delta_e("#C62828", "#2E7D32", None) > 30 > delta_e("#C62828", "#2E7D32", "deutan")


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("vision", VISIONS)
def test_the_colours_of_a_set_are_pairwise_far_apart(name, vision):
    colours = SETS[name]
    close = [(a, b, round(delta_e(colours[a], colours[b], vision), 1))
             for a, b in itertools.combinations(colours, 2)
             if delta_e(colours[a], colours[b], vision) < MIN_DELTA_E]
    assert close == [], f"{name}, vision {vision or 'normal'}: {close}"


def test_brownfields_no_longer_borrow_the_power_plants_orange_or_the_batteries_green():
    brownfield, types = palette.BROWNFIELD_COLOURS, palette.TYPE_COLOURS
    for vision in VISIONS:
        assert delta_e(brownfield["without_project"], types["power_plant"], vision) >= 20
        assert delta_e(brownfield["with_project"], types["battery"], vision) >= 20


def test_no_colour_is_written_outside_the_palette():
    package = Path(palette.__file__).resolve().parents[1]
    colour = re.compile(r"""["'(: ]#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?\b|rgba?\(|["'](?:RdBu|Viridis|Blues)["']""")
    found = [f"{path.relative_to(package)}:{n}: {line.strip()}"
             for path in package.rglob("*.py") if path.name != "palette.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if colour.search(line) and not line.lstrip().startswith("#")]
    assert found == []
