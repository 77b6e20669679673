"""URL query string <-> filters: shareable views, and hostile values dropped with a notice."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.filters import Choices, Filters, apply_filters, parse_query_params

SITES = pd.DataFrame(
    {
        "site_id": ["dc-a", "dc-b", "acc", "rte-aveli", "hauts-de-france"],
        "name": ["A", "B", "ACC", "Avelin", "Région"],
        "project_type": ["data_center", "data_center", "battery", "substation", "region"],
        "departement": ["62", "59", "62", "59", ""],
        "status": ["planned", "announced", "operational", "operational", "unknown"],
    }
)
CHOICES = Choices.from_sites(SITES)


def test_choices_come_from_the_data_without_the_region():
    assert CHOICES.types == ("battery", "data_center", "substation")
    assert "hauts-de-france" not in CHOICES.sites
    assert CHOICES.deps == ("59", "62")


def test_query_params_round_trip():
    filters = Filters(types=("data_center",), deps=("62", "59"), statuses=("planned",), lang="en")
    params = filters.to_query_params()
    assert params == {"type": "data_center", "dep": "62,59", "status": "planned", "lang": "en"}
    assert parse_query_params(params, CHOICES) == (filters, [])


def test_default_language_is_french_and_not_written_in_the_url():
    filters, notices = parse_query_params({}, CHOICES)
    assert filters == Filters() and filters.lang == "fr" and notices == []
    assert Filters().to_query_params() == {}


def test_unknown_values_are_dropped_with_a_notice_each():
    params = {"type": "data_center,<script>alert(1)</script>", "dep": "99", "lang": "de", "site": "dc-a,dc-a"}
    filters, notices = parse_query_params(params, CHOICES)
    assert filters == Filters(types=("data_center",), sites=("dc-a",), deps=(), lang="fr")
    assert [(n.param, n.value, n.reason) for n in notices] == [
        ("type", "<script>alert(1)</script>", "unknown"),
        ("dep", "99", "unknown"),
        ("lang", "de", "unknown"),
    ]


def test_absurdly_long_parameter_is_ignored_with_a_notice():
    filters, notices = parse_query_params({"site": "x" * 5000}, CHOICES)
    assert filters.sites == () and notices[0].reason == "too_long" and len(notices[0].value) < 50


def test_apply_filters_combines_filters_and_keeps_context_types():
    filters = Filters(types=("data_center",), deps=("62",))
    assert apply_filters(SITES, filters)["site_id"].tolist() == ["dc-a"]
    with_context = apply_filters(SITES, filters, keep_types=("substation",))
    assert with_context["site_id"].tolist() == ["dc-a", "rte-aveli"]
    assert len(apply_filters(SITES, Filters())) == len(SITES)


def test_filters_that_match_nothing_give_an_empty_frame():
    filters = Filters(types=("battery",), deps=("59",))
    assert apply_filters(SITES, filters).empty


def _params_the_pages_read() -> dict[str, str]:
    """{parameter: file} of every query parameter the package reads or writes through
    st.query_params (a string or a module constant `NAME = "value"` as the key), and the filters'."""
    import ast
    import re
    from pathlib import Path

    from dashboard.domain.filters import FILTER_PARAMS

    package = Path(__file__).resolve().parents[2] / "dashboard"
    sources = {path: path.read_text(encoding="utf-8") for path in package.rglob("*.py")}
    constants = {}
    for source in sources.values():
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Assign):
                continue
            for target in node.targets:  # NAME = "value" and A, B = "a", "b"
                pairs = (zip(target.elts, node.value.elts) if isinstance(target, ast.Tuple)
                         and isinstance(node.value, ast.Tuple) else [(target, node.value)])
                constants.update({name.id: value.value for name, value in pairs if isinstance(name, ast.Name)
                                  and isinstance(value, ast.Constant) and isinstance(value.value, str)})
    use = re.compile(r"query_params(?:\[|\.get\(|\.get_all\(|\.pop\(|\.setdefault\()\s*(?:\"(\w+)\"|'(\w+)'|([A-Z_]+)\b)")
    found = {name: "dashboard/domain/filters.py" for name in (*FILTER_PARAMS, "lang")}
    for path, source in sources.items():
        for literal, quoted, constant in use.findall(source):
            found.setdefault(literal or quoted or constants[constant], str(path.relative_to(package.parent)))
    return found


def test_every_query_parameter_the_pages_read_is_in_url_params():
    from dashboard.domain.filters import URL_PARAMS

    found = _params_the_pages_read()
    assert {"id", "preset", "abandoned", "lang", "type"} <= set(found)  # the scan sees them
    missing = {name: where for name, where in found.items() if name not in URL_PARAMS}
    assert not missing, (f"query parameter(s) {missing} not in URL_PARAMS (dashboard/domain/filters.py): the nginx "
                         "of `make serve` would drop them from an address over Streamlit's 1 000 fields")
    assert len(set(URL_PARAMS)) == len(URL_PARAMS) and all(name.isidentifier() for name in URL_PARAMS)
