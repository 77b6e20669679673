"""IGN's data centres on the site map: one trace when the layer is on (off by default), its hover
card (name, département, the file's attributes as written, every value escaped), its credit."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import ign_datacenters
from dashboard.domain import map as dm
from dashboard.figures import ign_datacenters as fi
from dashboard.figures import map as fm
from dashboard.figures.palette import IGN_DATACENTRE_COLOUR
from tests.fixtures import COMMUNES_JSON, ign_datacenters_7z, sample_dataset

LAYERS = (*dm.DEFAULT_LAYERS, "ign_datacenters")


@pytest.fixture(scope="module")
def centres() -> pd.DataFrame:
    import json

    from dashboard.data.administrative import parse_communes

    # The parser's table, from the real layout, its départements from the communes' names.
    return ign_datacenters.parse(ign_datacenters_7z(), communes=parse_communes(json.dumps(COMMUNES_JSON).encode()))


def ign_traces(fig) -> list:
    return [trace for trace in fig.data if trace.legendgroup == "ign_datacenters"]


def test_the_layer_is_off_by_default_and_draws_nothing_then(centres):
    assert "ign_datacenters" in dm.LAYERS and "ign_datacenters" not in dm.DEFAULT_LAYERS
    sites = sample_dataset().sites
    fig = fm.build_site_map(sites, {"ign_datacenters": centres})  # data given, layer off
    assert not ign_traces(fig) and "ign_datacenters" not in fig.layout.meta["open_data"]


def test_one_trace_under_the_sites_with_its_credit(centres):
    sites = sample_dataset().sites
    fig = fm.build_site_map(sites, {"layers": LAYERS, "ign_datacenters": centres, "lang": "en"})
    (trace,) = ign_traces(fig)
    assert trace.name == "Data centres (IGN, 2024)" and trace.type == "scattermap"
    assert len(trace.lat) == 4 and trace.marker.color == IGN_DATACENTRE_COLOUR
    assert list(fig.data).index(trace) < len(fig.data) - 1 and fig.data[-1].meta  # the sites are drawn over it
    assert "ign_datacenters" in fig.layout.meta["open_data"]
    credit = " ".join(a.text for a in fig.layout.annotations)
    assert "Data centres: IGN / Cerema" in credit and "licence unconfirmed" in credit


def test_hover_names_the_centre_and_lists_the_attributes_as_written(centres):
    (trace,) = fi.datacenter_traces(centres, "fr")
    lille = next(text for text in trace["hovertext"] if "Lille" in text)
    assert lille.startswith("<b>Centre &lt;b&gt;Lille&lt;/b&gt;</b><br>Centres de données (IGN, 2024)")
    assert "Département\u00a0: 59 Nord" in lille and "categorie\u00a0: Datacenter" in lille
    assert "com_nom\u00a0: Lille" in lille and "source\u00a0: Source A" in lille
    bethune = next(text for text in trace["hovertext"] if "Béthune" in text)
    assert "Département\u00a0: 62 Pas-de-Calais" in bethune
    assert "source" not in bethune  # missing: left out, never 0
    unnamed = next(text for text in trace["hovertext"] if "fid 4" in text)
    assert "Département\u00a0: inconnu (dans le cadre de la région)" in unnamed and "com_nom" not in unnamed


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", {"Lille": "Précision de la position (qualite_xy)\u00a0: 1 – adresse exacte",
            "Béthune": "Précision de la position (qualite_xy)\u00a0: 5 – centre de la commune",
            "Beaumont": "Précision de la position (qualite_xy)\u00a0: 3 (code de l'éditeur)",
            "fid 4": "Précision de la position (qualite_xy)\u00a0: 2 (code de l'éditeur)"}),
    ("en", {"Lille": "Location precision (qualite_xy): 1 – exact address",
            "Béthune": "Location precision (qualite_xy): 5 – commune centre",
            "Beaumont": "Location precision (qualite_xy): 3 (publisher's code)"}),
])
def test_qualite_xy_in_words_where_the_research_note_defines_the_code_as_written_elsewhere(centres, lang, expected):
    (trace,) = fi.datacenter_traces(centres, lang)
    for name, line in expected.items():
        hover = next(text for text in trace["hovertext"] if name in text)
        assert line in hover.split("<br>"), (name, hover)
        assert "qualite_xy\u00a0: " not in hover and "qualite_xy: " not in hover  # never the bare code


def test_qualite_xy_is_found_whatever_its_case_and_a_hostile_code_is_escaped(centres):
    hostile = centres.rename(columns={"qualite_xy": "QUALITE_XY"}).assign(QUALITE_XY="<b>9</b>")
    (trace,) = fi.datacenter_traces(hostile.head(1), "fr")
    assert "Précision de la position (QUALITE_XY)\u00a0: &lt;b&gt;9&lt;/b&gt; (code de l'éditeur)" in trace["hovertext"][0]


def test_hostile_names_fields_and_values_are_escaped(centres):
    hostile = centres.assign(name="<b>x</b>", departement="<i>59</i>", **{"<img src=x>": "%{lat} <script>"})
    (trace,) = fi.datacenter_traces(hostile.head(1), "en")
    hover = trace["hovertext"][0]
    assert hover.startswith("<b>&lt;b&gt;x&lt;/b&gt;</b><br>")
    assert "<b>x</b>" not in hover and "<img" not in hover and "<script>" not in hover and "<i>" not in hover
    assert "&lt;img src=x&gt;: %&#123;lat} &lt;script&gt;" in hover


def test_a_long_attribute_list_is_cut_with_a_count():
    many = pd.DataFrame([{"fid": "1", "layer": "l", "name": "A", "departement": "59", "lat": 50.6, "lon": 3.0,
                          **{f"champ_{i:02d}": str(i) for i in range(fi.MAX_ATTRIBUTES_IN_HOVER + 3)}}])
    hover = fi.datacenter_traces(many, "en")[0]["hovertext"][0]
    assert "champ_11: 11" in hover and "champ_12" not in hover and hover.endswith("+3 more")
    assert fi.datacenter_traces(many.head(0), "en") == [] and fi.datacenter_traces(None, "en") == []
