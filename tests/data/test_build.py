"""The build command: tables written whole, or every problem listed and nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from unittest import mock
from pathlib import Path

import pandas as pd

from dashboard.data import build
from dashboard.data.seeds import DEFAULT_SEEDS_DIR
from tests.fixtures import run_main_in_process
from tests.seedkit import base_documents, write_seeds

REPO = Path(__file__).resolve().parents[2]


def build_env(env_dir=None) -> dict[str, str]:
    """The command's whole environment: no setting but the open-data folder (the defaults otherwise)."""
    return {"PATH": "/usr/bin:/bin", "HDF_OPENDATA_DIR": str(env_dir or REPO / "nonexistent-cache")}


def run_build_process(*args, env_dir=None):
    return subprocess.run(
        [sys.executable, "-m", "dashboard.build", *args], cwd=REPO, capture_output=True, text=True,
        env=build_env(env_dir),
    )


def run_build(*args, env_dir=None):
    """The command's main in this process with the same environment, and only it, for the call
    (tests.fixtures.run_main_in_process: output, exit code, printed traceback); the first test
    below runs it in a process of its own."""
    with mock.patch.dict(os.environ, build_env(env_dir), clear=True):
        return run_main_in_process(build.main, *args)


def test_build_writes_the_five_tables(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", base_documents())
    result = run_build_process("--seeds", str(seeds), "--out", str(tmp_path / "out"), env_dir=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "facts.csv", "occupancy.csv", "schedule.csv", "sites.csv", "sources.csv"]
    sites = pd.read_csv(tmp_path / "out" / "sites.csv", dtype={"departement": str})
    assert set(sites["site_id"]) == {"dc", "host-site"}
    assert sites.set_index("site_id").loc["dc", "departement"] == "62"
    assert "2 sites, 8 facts, 2 occupancy points, 3 sources" in result.stdout
    # what the facts rest on: undated, several sources named, paraphrased, projections, bounds
    assert ("facts: 0 undated, 0 attributed to one of several sources, 0 stated by several sources "
            "(also_sources), 0 paraphrased (quoted: false), 0 projections, 0 bounds (≤ / ≥)") in result.stdout


def test_build_reports_undated_several_sources_and_paraphrased_facts(tmp_path):
    docs = base_documents()
    facts = docs["002_article-a.yaml"]["facts"]
    facts[0].update(also_sources=["article-b"], value="jusqu'à 1,5 milliard d'euros")
    facts[1].update(quoted=False, as_of="undated", note="Attributed to one of several sources: the sheet's row")
    seeds = write_seeds(tmp_path / "seeds", docs)
    result = run_build("--seeds", str(seeds), "--out", str(tmp_path / "out"), env_dir=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert ("facts: 1 undated, 1 attributed to one of several sources, 1 stated by several sources "
            "(also_sources), 1 paraphrased (quoted: false), 0 projections, 1 bounds (≤ / ≥)") in result.stdout


def test_bad_seeds_list_every_problem_exit_1_and_write_nothing(tmp_path):
    docs = base_documents()
    docs["002_article-a.yaml"]["facts"][0]["value"] = "beaucoup"
    docs["002_article-a.yaml"]["entities"][0]["lon"] = 7.75  # Strasbourg
    docs["003_article-b.yaml"]["facts"][0]["entity"] = "ghost"
    seeds = write_seeds(tmp_path / "seeds", docs)
    out = tmp_path / "out"
    result = run_build("--seeds", str(seeds), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "002_article-a.yaml: facts[0]: value='beaucoup'" in result.stderr
    assert "002_article-a.yaml: entities[0] (host-site): lon='7.75': outside Hauts-de-France" in result.stderr
    assert "003_article-b.yaml: facts[0]: entity='ghost'" in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_unwritable_output_is_a_usage_error_said_before_the_build(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", base_documents())
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_build("--seeds", str(seeds), "--out", str(blocker / "out"))
    assert result.returncode == 2
    assert "--out: cannot create the folder" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_seed_folder_is_a_usage_error(tmp_path):
    result = run_build("--seeds", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"--seeds: {tmp_path / 'nowhere'} is not a folder" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_unreadable_substation_cache_is_a_warning_not_a_failure(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "postes-electriques-rte.csv").write_text("not;a;substation;file\n1;2;3;4\n")
    seeds = write_seeds(tmp_path / "seeds", base_documents())
    result = run_build("--seeds", str(seeds), "--out", str(tmp_path / "out"), env_dir=cache)
    assert result.returncode == 0
    assert "warning:" in result.stderr and "225 kV distances left empty" in result.stderr


def test_shipped_seeds_build_without_problems_and_every_row_has_a_source():
    dataset = build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)
    assert dataset.problems.empty, dataset.problems.to_string()
    sites = dataset.sites
    assert len(sites) >= 30
    assert (sites["source_ids"].str.len() > 0).all()
    known_sources = set(dataset.sources["source_id"])
    for ids in sites["source_ids"]:
        assert set(ids.split(";")) <= known_sources
    assert dataset.facts["source_id"].isin(known_sources).all()
    assert dataset.sources["url"].str.match(r"^https?://").all()


def test_shipped_seeds_hold_the_founding_article_facts():
    dataset = build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)
    data_centers = dataset.sites[dataset.sites["project_type"] == "data_center"]
    bethune = data_centers[data_centers["commune"] == "Béthune"]
    assert len(bethune) == 1
    facts = dataset.facts[dataset.facts["site_id"] == bethune.iloc[0]["site_id"]]
    assert 1.5e9 in set(facts.loc[facts.attribute == "investment", "value"])
    assert 26000 in set(facts.loc[facts.attribute == "floor_area", "value"])
    history = dataset.occupancy.sort_values("as_of")["occupancy_rate"].round(2).tolist()
    assert [0.56, 0.6, 0.8] == [v for v in history if v in (0.56, 0.6, 0.8)]
    region = dataset.sites[dataset.sites["site_id"] == "hauts-de-france"]
    assert region["data_center_target"].tolist() == [8]
    gravelines = dataset.sites[dataset.sites["project_type"] == "power_plant"]
    assert 5460 in set(gravelines["power_mw"])
    assert (dataset.sites["project_type"] == "substation").sum() >= 10


def test_shipped_seeds_keep_both_sides_of_a_disagreement():
    dataset = build.build_dataset(DEFAULT_SEEDS_DIR, warn=lambda message: None)
    conflicted = dataset.facts[dataset.facts["conflict"]]
    assert conflicted["source_id"].nunique() >= 2
    assert dataset.sites["investment_eur_conflict"].any()
