"""The start-up heap is frozen once, after the first run, so Streamlit's collection after each run
walks only that run's objects."""

from __future__ import annotations

import gc

import pytest

from dashboard.ui import heap


@pytest.fixture
def fresh_heap_state(monkeypatch):
    monkeypatch.setattr(heap, "_frozen", False)
    yield
    gc.unfreeze()  # give the test process its collector back


def test_the_first_call_freezes_what_is_alive_and_later_calls_do_nothing(fresh_heap_state, monkeypatch):
    survivor = {"kept": [1, 2, 3]}  # noqa: F841 (alive during the freeze)
    heap.freeze_startup_heap()
    frozen = gc.get_freeze_count()
    assert frozen > 1000  # the imported libraries at least
    collections = []
    monkeypatch.setattr(gc, "collect", lambda *args: collections.append(args) or 0)
    heap.freeze_startup_heap()
    heap.freeze_startup_heap()
    assert collections == []  # no second full collection, no second freeze
    assert gc.get_freeze_count() == frozen


def test_a_collection_after_the_freeze_does_not_walk_the_frozen_objects(fresh_heap_state):
    heap.freeze_startup_heap()
    gc.collect()
    # What a full collection still tracks: only objects made since the freeze.
    assert len(gc.get_objects()) < gc.get_freeze_count() / 10
