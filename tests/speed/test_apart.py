"""The fact sheets made in a child process, and the garbage collector paused (generator.speed.apart)."""
import gc

import pytest

from generator.sheets.store import SheetStore
from generator.sheets.update import update_sheets
from generator.speed import apart
from generator.speed.apart import collection_paused, update_sheets_apart


def test_sheets_made_apart_are_those_made_here(project):
    store = SheetStore(project.facts)
    away = update_sheets_apart(store, project.seeds)
    assert sorted(away.extracted) == ["harbour-talks-collapse", "relief-convoy"] and away.unsaved == {}
    assert project.sheet_path("relief-convoy").is_file()
    here = update_sheets(store, project.seeds)
    assert (away.ids, away.problems, away.unsaved, away.on_disk) == (here.ids, here.problems, here.unsaved, here.on_disk)


def test_a_failure_apart_is_raised_here(project, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(apart, "update_sheets", broken)
    with pytest.raises(OSError, match="disk full"):
        update_sheets_apart(SheetStore(project.facts), project.seeds)


def test_collection_paused_restores_the_collector_even_on_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collection_paused():
            assert not gc.isenabled()
            raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
