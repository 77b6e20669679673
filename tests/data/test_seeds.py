"""Seed validation: every bad input becomes a problem naming file, record, field, value and why,
and the valid records around it are kept."""

from __future__ import annotations

import pytest

from dashboard.data.seeds import load_seeds
from tests.seedkit import base_documents, write_seeds


def load(tmp_path, documents):
    return load_seeds(write_seeds(tmp_path / "seeds", documents))


def only_problem(bundle):
    assert len(bundle.problems) == 1, [str(p) for p in bundle.problems]
    return bundle.problems[0]


def test_valid_seed_set_loads_without_problems(tmp_path):
    bundle = load(tmp_path, base_documents())
    assert bundle.problems == []
    assert {s["source_id"] for s in bundle.sources} == {"insee-communes", "article-a", "article-b"}
    assert {e["site_id"] for e in bundle.entities} == {"host-site", "dc"}
    investment = next(f for f in bundle.facts if f["site_id"] == "dc" and f["source_id"] == "article-a"
                      and f["attribute"] == "investment")
    assert investment["value"] == pytest.approx(1.5e9)
    assert investment["raw_value"] == "1,5 milliard d'euros"


def test_value_that_does_not_parse_is_reported_and_the_rest_kept(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][0]["value"] = "beaucoup d'argent"
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert (problem.file, problem.record, problem.field) == ("002_article-a.yaml", "facts[0]", "value")
    assert problem.value == "beaucoup d'argent"
    assert "beaucoup d'argent" in problem.reason
    assert len(bundle.facts) == 7  # 8 facts, one rejected


def test_value_in_the_wrong_unit_is_reported(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][0]["value"] = "26 000 m²"  # an investment in m²
    problem = only_problem(load(tmp_path, docs))
    assert problem.field == "value" and "EUR" in problem.reason


def test_missing_field_is_reported(tmp_path):
    docs = base_documents()
    del docs["002_article-a.yaml"]["entities"][1]["name"]
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert problem.record == "entities[1] (dc)" and problem.field == "name" and problem.reason.startswith("missing")
    # The facts about the rejected entity are listed under it (reported once, at the root), not lost silently.
    assert "6 facts in 2 file(s) refer to it" in problem.reason and len(problem.dependents) == 6
    assert {e["site_id"] for e in bundle.entities} == {"host-site"}


def test_reference_to_unknown_entity_is_reported(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["facts"][1]["entity"] = "no-such-site"
    problem = only_problem(load(tmp_path, docs))
    assert (problem.file, problem.record, problem.field, problem.value) == (
        "003_article-b.yaml", "facts[1]", "entity", "no-such-site")


def test_reference_to_unknown_source_is_reported(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["entities"][0]["location_source"] = "nowhere"
    bundle = load(tmp_path, docs)
    assert bundle.problems[0].field == "location_source"
    assert bundle.problems[0].reason.startswith("unknown source id")


def test_coordinates_outside_the_region_are_reported(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["entities"][1]["lat"] = 47.2184  # Nantes
    bundle = load(tmp_path, docs)
    problem = bundle.problems[0]
    assert (problem.record, problem.field, problem.value) == ("entities[1] (dc)", "lat", "47.2184")
    assert "outside Hauts-de-France" in problem.reason


def test_duplicate_entity_id_is_reported(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["entities"] = [dict(docs["002_article-a.yaml"]["entities"][0])]
    problem = only_problem(load(tmp_path, docs))
    assert (problem.file, problem.field, problem.value) == ("003_article-b.yaml", "id", "host-site")
    assert "duplicate" in problem.reason


def test_duplicate_source_id_names_both_files_and_neither_wins(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["source"]["id"] = "article-a"
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert (problem.file, problem.record, problem.field) == ("002_article-a.yaml, 003_article-b.yaml", "source", "id")
    assert "002_article-a.yaml" in problem.reason and "003_article-b.yaml" in problem.reason
    assert {s["source_id"] for s in bundle.sources} == {"insee-communes"}  # neither file silently kept


def test_invalid_yaml_names_the_file_and_line(tmp_path):
    docs = base_documents()
    docs["004_broken.yaml"] = "source:\n  id: x\n  title: [unclosed\n"
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert problem.file == "004_broken.yaml" and problem.line == 4 and "not valid YAML" in problem.reason
    assert len(bundle.facts) == 8


def test_non_http_url_is_rejected(tmp_path):
    docs = base_documents()
    docs["003_article-b.yaml"]["source"]["url"] = "javascript:alert(1)"
    problem = only_problem(load(tmp_path, docs))
    assert problem.field == "url" and "http" in problem.reason


@pytest.mark.parametrize("as_of", ["septembre 2025", "2025-13", ""])
def test_bad_as_of_is_reported(tmp_path, as_of):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][2]["as_of"] = as_of
    problem = only_problem(load(tmp_path, docs))
    assert (problem.record, problem.field) == ("facts[2]", "as_of")


def test_unknown_attribute_and_status_are_reported(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][1]["attribute"] = "colour"
    docs["002_article-a.yaml"]["facts"][4]["value"] = "bientôt"
    bundle = load(tmp_path, docs)
    fields = sorted((p.record, p.field) for p in bundle.problems)
    assert fields == [("facts[1]", "attribute"), ("facts[4]", "value")]


def test_missing_folder_is_a_problem_not_a_crash(tmp_path):
    bundle = load_seeds(tmp_path / "absent")
    assert bundle.problems and bundle.problems[0].reason == "no such seeds folder"


def test_values_are_read_in_their_sources_language(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][1]["value"] = "20,000 m²"  # a French source: ambiguous
    docs["002_article-a.yaml"]["facts"][2]["value"] = "1.500 emplois"  # French thousands
    english = docs["003_article-b.yaml"]
    english["source"]["language"] = "en"
    english["facts"].append({"entity": "dc", "attribute": "floor_area", "value": "20,000 m²", "as_of": "2025-02"})
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert (problem.file, problem.record, problem.field, problem.value) == (
        "002_article-a.yaml", "facts[1]", "value", "20,000 m²"
    )
    assert "ambiguous in French" in problem.reason
    by_source = {(f["source_id"], f["attribute"]): f["value"] for f in bundle.facts if f["site_id"] == "dc"}
    assert by_source[("article-b", "floor_area")] == 20_000
    assert by_source[("article-a", "jobs")] == 1500


# --------------------------------------------------------------------------- measure, projection, also_sources


def _jobs_fact(docs):
    return docs["002_article-a.yaml"]["facts"][2]


def test_a_fact_without_measure_takes_its_attributes_default(tmp_path):
    bundle = load(tmp_path, base_documents())
    by_attribute = {f["attribute"]: f for f in bundle.facts if f["source_id"] == "article-a"}
    assert by_attribute["jobs"]["measure"] == "direct"
    assert by_attribute["investment"]["measure"] == "site"
    assert by_attribute["floor_area"]["measure"] == ""  # no kinds for areas
    assert by_attribute["jobs"]["qualifier"] == "approx"  # "une trentaine"
    assert by_attribute["investment"]["qualifier"] == "exact"
    assert not by_attribute["jobs"]["projection"] and by_attribute["jobs"]["also_source_ids"] == ""


def test_a_measure_and_a_projection_are_read(tmp_path):
    docs = base_documents()
    _jobs_fact(docs).update(measure="indirect", projection=True)
    bundle = load(tmp_path, docs)
    assert bundle.problems == []
    jobs = next(f for f in bundle.facts if f["attribute"] == "jobs")
    assert (jobs["measure"], jobs["projection"]) == ("indirect", True)


@pytest.mark.parametrize(
    "measure, reason",
    [("permanent", "unknown measure kind"), ("it_load", "a kind of power, not of jobs")],
)
def test_a_wrong_measure_is_reported_with_file_record_field_value(tmp_path, measure, reason):
    docs = base_documents()
    _jobs_fact(docs)["measure"] = measure
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert (problem.file, problem.record, problem.field, problem.value) == (
        "002_article-a.yaml", "facts[2]", "measure", measure)
    assert reason in problem.reason and "direct" in problem.reason  # says what jobs may be
    assert len(bundle.facts) == 7  # the other facts kept


def test_a_measure_on_an_attribute_without_kinds_is_reported(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][1]["measure"] = "site"  # floor_area
    problem = only_problem(load(tmp_path, docs))
    assert problem.field == "measure" and "floor_area has no measure kinds" in problem.reason


def test_projection_must_be_true_or_false(tmp_path):
    docs = base_documents()
    _jobs_fact(docs)["projection"] = "oui"
    problem = only_problem(load(tmp_path, docs))
    assert (problem.field, problem.value) == ("projection", "oui")


def test_projection_words_in_the_value_make_a_projection(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"].append(
        {"entity": "dc", "attribute": "power", "value": "à terme, 50 mégawatts", "as_of": "2025-09",
         "measure": "long_run_need"})
    bundle = load(tmp_path, docs)
    assert bundle.problems == []
    power = next(f for f in bundle.facts if f["attribute"] == "power")
    assert (power["value"], power["projection"], power["measure"]) == (50.0, True, "long_run_need")


def test_also_sources_lists_known_sources_and_refuses_others(tmp_path):
    docs = base_documents()
    _jobs_fact(docs)["also_sources"] = ["article-b"]
    bundle = load(tmp_path, docs)
    assert bundle.problems == []
    assert next(f for f in bundle.facts if f["attribute"] == "jobs")["also_source_ids"] == "article-b"
    for bad, reason in (["nowhere"], "unknown source id"), (["article-a"], "own source"), ({"a": 1}, "list"):
        docs = base_documents()
        _jobs_fact(docs)["also_sources"] = bad
        problem = only_problem(load(tmp_path / reason.replace(" ", "-"), docs))
        assert problem.field == "also_sources" and reason in problem.reason


def test_the_facts_table_carries_measure_qualifier_projection_and_other_sources(tmp_path):
    from dashboard.domain.tables import build_tables

    docs = base_documents()
    _jobs_fact(docs).update(measure="construction", also_sources=["article-b"])
    docs["003_article-b.yaml"]["facts"][1]["value"] = "jusqu'à 2 Md€"
    facts = build_tables(load(tmp_path, docs)).facts.set_index(["source_id", "attribute"])
    assert facts.loc[("article-a", "jobs"), ["measure", "qualifier", "also_source_ids"]].tolist() == [
        "construction", "approx", "article-b"]
    assert facts.loc[("article-b", "investment"), ["measure", "qualifier", "projection"]].tolist() == [
        "site", "at_most", False]
def _power_page_fact(docs, **fact):
    docs["002_article-a.yaml"]["facts"].append({"entity": "dc", "as_of": "2025-09", **fact})
    return docs


def test_fast_track_designation_and_named_substation_are_read(tmp_path):
    docs = _power_page_fact(base_documents(), attribute="fast_track", value="designated", quoted=True)
    docs = _power_page_fact(docs, attribute="grid_substation", value="host-site")
    bundle = load(tmp_path, docs)
    assert bundle.problems == []
    designated = next(f for f in bundle.facts if f["attribute"] == "fast_track")
    assert (designated["raw_value"], designated["quoted"]) == ("designated", False)  # a keyword of ours
    named = next(f for f in bundle.facts if f["attribute"] == "grid_substation")
    assert named["raw_value"] == "host-site"


@pytest.mark.parametrize(
    "fact, field, reason",
    [
        ({"attribute": "fast_track", "value": "oui"}, "value", "a fast_track designation is one of designated"),
        ({"attribute": "grid_substation", "value": "poste-inconnu"}, "value", "unknown (or rejected) entity id"),
        ({"attribute": "annual_consumption", "value": "600 MW"}, "value", "power, not energy"),
        ({"attribute": "extra_demand", "value": "3 500 MW", "by": "bientôt"}, "by", "bientôt"),
        ({"attribute": "commissioning", "value": "2030", "by": "2031"}, "by", "gives its period in `value`"),
    ],
)
def test_power_page_facts_that_are_wrong_are_reported_and_the_rest_kept(tmp_path, fact, field, reason):
    bundle = load(tmp_path, _power_page_fact(base_documents(), **fact))
    problem = only_problem(bundle)
    assert (problem.file, problem.field) == ("002_article-a.yaml", field)
    assert reason in problem.reason
    assert len(bundle.facts) == 8  # the base set's facts all kept


def test_annual_energy_in_twh_and_a_horizon_are_read(tmp_path):
    docs = _power_page_fact(base_documents(), attribute="annual_consumption", value="44,1 TWh", as_of="2022")
    docs = _power_page_fact(docs, attribute="extra_demand", value="3 500 MW", by="à l'horizon 2030", as_of="2023")
    bundle = load(tmp_path, docs)
    assert bundle.problems == []
    energy = next(f for f in bundle.facts if f["attribute"] == "annual_consumption")
    assert (energy["value"], energy["unit"]) == (pytest.approx(44.1), "TWh")
    demand = next(f for f in bundle.facts if f["attribute"] == "extra_demand")
    assert (demand["value"], str(demand["period_start"]), demand["as_of"]) == (3500.0, "2030-01-01", "2023")


def test_a_publisher_note_is_read_as_its_kind_and_name(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["source"]["publisher"] = "Le Monde"
    docs["002_article-a.yaml"]["source"]["publisher_note"] = {"kind": "reproduced_on", "name": "jeunediplome.net"}
    docs["003_article-b.yaml"]["source"]["publisher_note"] = {"kind": "aggregator"}  # a kind without a name
    bundle = load(tmp_path, docs)
    assert bundle.problems == []
    by_id = {s["source_id"]: s for s in bundle.sources}
    assert (by_id["article-a"]["publisher"], by_id["article-a"]["publisher_note"],
            by_id["article-a"]["publisher_note_name"]) == ("Le Monde", "reproduced_on", "jeunediplome.net")
    assert (by_id["article-b"]["publisher_note"], by_id["article-b"]["publisher_note_name"]) == ("aggregator", "")
    assert (by_id["insee-communes"]["publisher_note"], by_id["insee-communes"]["publisher_note_name"]) == ("", "")


@pytest.mark.parametrize("note, field, value, reason", [
    ({"kind": "copie sur", "name": "iiab.me"}, "publisher_note.kind", "copie sur", "expected one of via, reproduced_on"),
    ({"name": "iiab.me"}, "publisher_note.kind", "", "expected one of"),
    ({"kind": "reproduced_on"}, "publisher_note.name", "", "missing (the kind 'reproduced_on' names a host"),
    ({"kind": "aggregator", "name": "Le Parisien"}, "publisher_note.name", "Le Parisien",
     "the kind 'aggregator' takes no name"),
    ({"kind": "via", "name": "Boursorama", "host": "x"}, "publisher_note.host", "x", "unknown field"),
    ("text reproduced on jeunediplome.net", "publisher_note", "text reproduced on jeunediplome.net",
     "expected a mapping {kind, name}"),
])
def test_a_bad_publisher_note_is_said_and_the_source_kept_without_it(tmp_path, note, field, value, reason):
    docs = base_documents()
    docs["002_article-a.yaml"]["source"]["publisher_note"] = note
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert (problem.file, problem.record, problem.field, problem.value) == ("002_article-a.yaml", "source", field, value)
    assert reason in problem.reason and problem.reason.endswith("note left out"), problem.reason
    assert problem.severity == "warning"
    # The source, its entities and facts are all kept; only the note is left out.
    source = next(s for s in bundle.sources if s["source_id"] == "article-a")
    assert (source["publisher"], source["publisher_note"], source["publisher_note_name"]) == ("Horizon Actu", "", "")
    assert len(bundle.facts) == 8 and {e["site_id"] for e in bundle.entities} == {"host-site", "dc"}


DESCRIPTION = {"fr": "Dépêche Reuters sur Boursorama : Nebius va ouvrir un data center IA à Béthune",
               "en": "Reuters dispatch on Boursorama: Nebius to open an AI data centre at Béthune"}


def test_a_source_whose_title_is_unknown_is_described_in_each_language(tmp_path):
    docs = base_documents()
    del docs["002_article-a.yaml"]["source"]["title"]
    docs["002_article-a.yaml"]["source"]["description"] = DESCRIPTION
    bundle = load(tmp_path, docs)
    assert bundle.problems == []
    by_id = {s["source_id"]: s for s in bundle.sources}
    assert (by_id["article-a"]["title"], by_id["article-a"]["description_fr"], by_id["article-a"]["description_en"]) \
        == ("", DESCRIPTION["fr"], DESCRIPTION["en"])
    # a real title: as written, no description
    assert by_id["article-b"]["title"] == docs["003_article-b.yaml"]["source"]["title"]
    assert (by_id["article-b"]["description_fr"], by_id["article-b"]["description_en"]) == ("", "")


@pytest.mark.parametrize("title, description, field, value, reason", [
    (None, {"fr": "Dépêche Reuters"}, "description.en", "", "missing (a description in every language: fr, en)"),
    (None, {"fr": "Dépêche Reuters", "en": "  "}, "description.en", "", "missing"),
    (None, {"fr": "Dépêche", "en": "Dispatch", "de": "Meldung"}, "description.de", "Meldung", "unknown field"),
    (None, "Reuters dispatch on Boursorama", "description", "Reuters dispatch on Boursorama",
     "expected a mapping {fr: ..., en: ...}"),
    (None, {"fr": "[Dépêche Reuters]", "en": "Reuters dispatch"}, "description.fr", "[Dépêche Reuters]",
     "without brackets"),
    (None, {"fr": ["Dépêche"], "en": "Dispatch"}, "description.fr", "['Dépêche']", "expected text"),
    ("Nebius s'installe à Béthune", {"fr": "Dépêche", "en": "Dispatch"}, "description",
     "{'fr': 'Dépêche', 'en': 'Dispatch'}", "a source whose title is known takes no description"),
])
def test_a_bad_description_is_said_and_the_source_kept_without_it(tmp_path, title, description, field, value, reason):
    docs = base_documents()
    source = docs["002_article-a.yaml"]["source"]
    del source["title"]
    if title is not None:
        source["title"] = title
    source["description"] = description
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert (problem.file, problem.record, problem.field, problem.value) == ("002_article-a.yaml", "source", field, value)
    assert reason in problem.reason and problem.reason.endswith("description left out"), problem.reason
    assert problem.severity == "warning"
    kept = next(s for s in bundle.sources if s["source_id"] == "article-a")
    assert (kept["title"], kept["description_fr"], kept["description_en"]) == (title or "", "", "")
    assert len(bundle.facts) == 8 and {e["site_id"] for e in bundle.entities} == {"host-site", "dc"}


def test_a_bracketed_title_is_our_description_in_the_wrong_place(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["source"]["title"] = "[Reuters dispatch on Boursorama]"
    docs["003_article-b.yaml"]["source"]["title"] = "[Infographies] La production dépasse 30 %"  # the source's own
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert (problem.file, problem.record, problem.field, problem.value, problem.severity) == \
        ("002_article-a.yaml", "source", "title", "[Reuters dispatch on Boursorama]", "warning")
    assert "description: {fr: ..., en: ...}" in problem.reason
    assert {s["title"] for s in bundle.sources} >= {"[Reuters dispatch on Boursorama]",
                                                    "[Infographies] La production dépasse 30 %"}
    assert len(bundle.facts) == 8


def test_a_source_with_neither_title_nor_description_is_rejected_with_what_to_write(tmp_path):
    docs = base_documents()
    del docs["002_article-a.yaml"]["source"]["title"]
    bundle = load(tmp_path, docs)
    problem = bundle.problems[0]
    assert (problem.file, problem.field, problem.value) == ("002_article-a.yaml", "title", "")
    assert "description: {fr: ..., en: ...}" in problem.reason


def test_an_entity_english_name_is_read_and_a_bad_one_said_with_the_entity_kept(tmp_path):
    docs = base_documents()
    entities = docs["002_article-a.yaml"]["entities"]
    entities[0]["name_en"] = "Former tyre plant"
    entities[1]["name_en"] = ["not", "text"]
    bundle = load(tmp_path, docs)
    problem = only_problem(bundle)
    assert (problem.file, problem.field, problem.value, problem.severity) == \
        ("002_article-a.yaml", "name_en", "['not', 'text']", "warning")
    assert problem.record.startswith("entities[1]") and "English name left out" in problem.reason
    by_id = {e["site_id"]: e for e in bundle.entities}
    assert by_id[entities[0]["id"]]["name_en"] == "Former tyre plant"
    assert by_id[entities[1]["id"]]["name_en"] == "" and len(bundle.facts) == 8  # kept, facts too
