"""The fact sheets on disk (generator.sheets.store), plain and with the speed layer's JSON copy:
both stores must tell the same states."""
import pytest

from generator.sheets.store import (EDITED, GENERATED, NONE, UNREADABLE, SheetStore, seed_checksum, sheet_checksum,
                                    state_of, summary)
from generator.speed.sheet_cache import CachedSheetStore


def sheet(sheet_id="a", title="T"):
    return {"schema_version": 1, "id": sheet_id, "article": {"title": title}}


@pytest.fixture(params=["plain", "cached"])
def store(request, tmp_path):
    if request.param == "plain":
        return SheetStore(tmp_path / "facts")
    return CachedSheetStore(tmp_path / "facts", tmp_path / "cache")


def test_written_sheet_reads_back_as_generated(store):
    assert store.read("a") == (None, NONE)
    store.write(sheet())
    data, state = store.read("a")
    assert state == GENERATED and data["article"]["title"] == "T"
    assert data["sheet_checksum"] == sheet_checksum(data)
    assert store.path("a") == store.facts / "a.yaml"


def test_a_person_editing_the_file_is_noticed(store):
    store.write(sheet())
    path = store.path("a")
    path.write_text(path.read_text().replace("title: T", "title: Checked by hand"))
    data, state = store.read("a")
    assert state == EDITED and data["article"]["title"] == "Checked by hand"
    assert store.read_summary("a") == (data, EDITED)  # an edited sheet always comes whole


def test_a_broken_file_is_unreadable(store):
    store.facts.mkdir()
    store.path("a").write_text("id: [")
    assert store.read("a") == (None, UNREADABLE)
    assert store.read_summary("a") == (None, UNREADABLE)


def test_the_plain_store_answers_a_summary_with_the_whole_sheet(tmp_path):
    store = SheetStore(tmp_path / "facts")
    store.write(sheet())
    assert store.read_summary("a") == store.read("a")


def test_the_summary_keeps_what_tells_whether_a_sheet_is_current():
    full = {**sheet(), "article": {"title": "T", "checksum": "sha256:1"}, "extractor_version": "1+x",
            "curation_checksum": None, "seed_warnings": ["w"], "curation_problems": [], "quotes": []}
    assert summary(full) == {"article": {"checksum": "sha256:1"}, "extractor_version": "1+x",
                             "curation_checksum": None, "seed_warnings": ["w"], "curation_problems": []}
    assert seed_checksum(full) == "sha256:1"
    assert seed_checksum({"article": "edited out of shape"}) is None


def test_the_sheet_checksum_leaves_itself_out():
    data = sheet()
    data["sheet_checksum"] = sheet_checksum(data)
    assert state_of(data) == GENERATED
    data["article"]["title"] = "changed"
    assert state_of(data) == EDITED
