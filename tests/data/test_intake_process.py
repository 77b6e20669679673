"""The server's article extraction in a child process (dashboard.data.intake_process): a long text
is read by `python -m dashboard.data.intake_process`, giving what the in-process reading gives; a
child over its time limit or killed is a clear ExtractionFailed, and no child is left behind."""

from __future__ import annotations

import threading
import time

import psutil
import pytest

from dashboard.data import intake_process
from dashboard.data.intake_seed import shipped_dataset
from dashboard.domain.intake import scan

ARTICLE = ("Béthune : Azur Datacenter agrandit son projet. Sur l'ancien site Bridgestone, Azur Datacenter portera "
           "la puissance de son data center à 300 MW. La mise en service est prévue fin 2027, pour 1,8 milliard "
           "d'euros. ")
FILLER = "Le conseil municipal a longuement débattu de la circulation et des espaces verts du quartier. "


def long_article() -> str:
    """The article, then filler past IN_PROCESS_CHARS: a text the server reads in a child."""
    repeats = intake_process.IN_PROCESS_CHARS // len(FILLER) + 1
    return ARTICLE + FILLER * repeats


def children(before: frozenset = frozenset()) -> list[psutil.Process]:
    """This process's children started since `before` (their pids) still there, zombies included:
    those of the extraction, since each test starts no other."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if child.pid not in before and (child.status() == psutil.STATUS_ZOMBIE
                                            or "dashboard.data.intake_process" in " ".join(child.cmdline())):
                found.append(child)
        except psutil.NoSuchProcess:  # ended meanwhile
            continue
    return found


def pids() -> frozenset:
    return frozenset(child.pid for child in psutil.Process().children(recursive=True))


@pytest.fixture(scope="module")
def sites():
    return shipped_dataset().sites


def test_a_long_text_is_read_in_a_child_and_gives_what_the_server_would_read(sites, monkeypatch):
    before, text = pids(), long_article()
    expected = scan(text, lang="fr", sites=sites).candidates
    assert ("power", "300 MW", "bethune-azur-dc") in {(c.attribute, c.value, c.entity_id) for c in expected}

    def not_here(*args):
        raise AssertionError("read in the server's process")

    monkeypatch.setattr(intake_process, "_scan", not_here)  # the child has its own, untouched
    assert intake_process.extract(text, lang="fr", sites=sites) == expected
    with pytest.raises(AssertionError, match="server's process"):  # a short text stays in the server
        intake_process.extract(ARTICLE, lang="fr", sites=sites)
    assert children(before) == []


def test_over_the_time_limit_the_child_is_killed_reaped_and_said(sites, monkeypatch):
    monkeypatch.setenv("HDF_INTAKE_TIME_LIMIT_S", "0.05")  # shorter than a Python start: always over
    before = pids()
    start = time.perf_counter()
    with pytest.raises(intake_process.ExtractionFailed, match=r"over the 0.05 s limit") as failed:
        intake_process.extract(long_article(), lang="fr", sites=sites)
    assert failed.value.reason == "time_limit" and failed.value.seconds == 0.05
    assert time.perf_counter() - start < 10
    assert children(before) == []  # killed and waited for: no process, no zombie


def test_a_child_that_dies_is_said_with_its_signal_and_leaves_nothing(sites):
    outcome, before = {}, pids()

    def read():
        try:
            outcome["candidates"] = intake_process.in_child(long_article() * 20, lang="fr", sites=sites, time_limit=120)
        except intake_process.ExtractionFailed as failed:
            outcome["failed"] = failed

    reader = threading.Thread(target=read)
    reader.start()
    deadline = time.monotonic() + 60
    while not children(before) and reader.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    (child,) = children(before)
    child.kill()
    reader.join(60)
    failed = outcome["failed"]
    assert (failed.reason, failed.exit_code, failed.signal_name) == ("worker_died", -9, "SIGKILL")
    assert children(before) == []


def test_the_time_limit_setting_reads_seconds_and_ignores_a_bad_value(monkeypatch):
    from dashboard import config

    monkeypatch.delenv("HDF_INTAKE_TIME_LIMIT_S", raising=False)
    assert config.intake_time_limit_s() == 30
    for written, read in (("12", 12.0), ("0.5", 0.5), ("trente", 30.0), ("-1", 30.0)):
        monkeypatch.setenv("HDF_INTAKE_TIME_LIMIT_S", written)
        assert config.intake_time_limit_s() == read
