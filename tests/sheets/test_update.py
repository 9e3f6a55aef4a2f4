"""Bringing the fact sheets up to date (generator.sheets.update): extract what changed, reuse
what did not, report what cannot be used, never overwrite a hand edit."""

import pytest

from generator.formats.sheet_yaml import load_yaml
from generator.sheets import seeds as seeds_module
from generator.sheets import update as update_module
from generator.sheets.seeds import scan_seeds
from generator.sheets.store import SheetStore
from generator.sheets.update import SheetsResult, load_sheets, up_to_date, update_sheets
from generator.speed.sheet_cache import CachedSheetStore
from tests.conftest import refuse_sheet

BOTH = ["harbour-talks-collapse", "relief-convoy"]


def plain(project):
    return SheetStore(project.facts)


def cached(project):
    return CachedSheetStore(project.facts, project.cache_folder)


def update(project, store=None) -> SheetsResult:
    return update_sheets(store or plain(project), project.seeds)


def sheets_of(project, result, store=None) -> list[dict]:
    return load_sheets(store or plain(project), result)


def test_update_writes_one_valid_sheet_per_seed(project):
    result = update(project)
    assert result.problems == []
    assert sorted(result.extracted) == BOTH
    sheet = load_yaml(project.sheet_path("relief-convoy").read_text(), "relief-convoy.yaml")
    assert sheet["article"]["publisher"] == "River Post"
    assert sheet["article"]["published"] == "2024-03-14"


def test_unchanged_seeds_are_not_extracted_again(project):
    update(project)
    again = update(project)
    assert again.extracted == [] and sorted(again.reused) == BOTH


def test_changed_seed_is_extracted_again(project):
    update(project)
    seed = project.seeds / "relief-convoy.md"
    seed.write_text(seed.read_text() + "\nA second convoy left on Thursday.\n")
    assert update(project).extracted == ["relief-convoy"]


def test_a_sheet_of_another_extractor_is_not_up_to_date(project, monkeypatch):
    update(project)
    [seed] = [s for s in scan_seeds(project.seeds, []) if s.id == "relief-convoy"]
    sheet = plain(project).read("relief-convoy")[0]
    assert up_to_date(sheet, seed)
    monkeypatch.setattr(update_module, "extractor_version", lambda: "0+another")
    assert not up_to_date(sheet, seed)
    assert update(project).extracted == BOTH


def test_bad_seed_is_reported_and_the_others_still_build(project):
    (project.seeds / "broken.txt").write_bytes(b"")
    (project.seeds / "copy.txt").write_bytes((project.seeds / "harbour-talks-collapse.txt").read_bytes())
    result = update(project)
    assert len(result.ids) == 2 and len(sheets_of(project, result)) == 2
    assert sorted(result.problems) == ["broken.txt: the file is empty",
                                       "harbour-talks-collapse.txt: the same article as copy.txt; skipped"]


def test_two_seeds_with_one_page_name_are_reported(project):
    (project.seeds / "relief-convoy.txt").write_text("Another convoy\nDifferent text.\n")
    result = update(project)
    assert any("would get the same page 'relief-convoy'" in p for p in result.problems)


def test_a_sheet_edited_by_hand_is_never_overwritten(project):
    update(project)
    path = project.sheet_path("relief-convoy")
    edited = path.read_text().replace("publisher: River Post", "publisher: River Post (checked)")
    path.write_text(edited)
    seed = project.seeds / "relief-convoy.md"
    seed.write_text(seed.read_text() + "\nA second convoy left on Thursday.\n")
    result = update(project)
    assert path.read_text() == edited
    assert any(p.startswith("relief-convoy.yaml: edited by hand") for p in result.problems)
    sheet = next(s for s in sheets_of(project, result) if s["id"] == "relief-convoy")
    assert sheet["article"]["publisher"] == "River Post (checked)"


@pytest.mark.parametrize("store", [plain, cached])
def test_a_valid_sheet_edited_by_hand_stays_valid(project, store):
    update(project, store(project))
    path = project.sheet_path("relief-convoy")
    path.write_text(path.read_text().replace("publisher: River Post", "publisher: River Post (checked)"))
    for _ in range(2):  # with the cached store, the second run finds the edited sheet in the cache
        result = update(project, store(project))
        assert result.problems == [] and result.ids == BOTH
        assert sheets_of(project, result, store(project))[1]["article"]["publisher"] == "River Post (checked)"


@pytest.mark.parametrize("store", [plain, cached])
def test_a_sheet_edited_by_hand_is_still_checked_whole(project, store):
    update(project, store(project))
    path = project.sheet_path("relief-convoy")
    path.write_text(path.read_text().replace("schema_version: 1", "schema_version: 7"))  # invalid by hand
    for _ in range(2):  # the first run reads the YAML; the second (cached) finds the sheet's summary cached
        result = update(project, store(project))
        assert any(p.startswith("relief-convoy") and "schema_version" in p for p in result.problems)
        assert result.ids == ["harbour-talks-collapse"]


@pytest.mark.parametrize("store", [plain, cached])
def test_a_sheet_edited_out_of_shape_is_reported_not_a_crash(project, store):
    update(project, store(project))
    path = project.sheet_path("relief-convoy")
    text = path.read_text()
    path.write_text(text[:text.index("article:")] + "article: checked by hand\n")
    result = update(project, store(project))
    assert any(p.startswith("relief-convoy.yaml: fact sheet is invalid: ") for p in result.problems)
    assert result.ids == ["harbour-talks-collapse"]


def test_an_unreadable_sheet_is_left_alone_and_reported(project):
    update(project)
    path = project.sheet_path("relief-convoy")
    path.write_text("schema_version: [unclosed\n")
    result = update(project)
    assert path.read_text() == "schema_version: [unclosed\n"
    assert any("not a readable fact sheet" in p for p in result.problems)
    # the fresh extraction is held in the result (unsaved), not on disk, and the site still has it
    assert list(result.unsaved) == ["relief-convoy"] and result.on_disk == {"harbour-talks-collapse"}
    assert "relief-convoy" in [s["id"] for s in sheets_of(project, result)]
    assert result.unsaved["relief-convoy"]["article"]["publisher"] == "River Post"


def test_curation_applies_on_every_rebuild_and_reports_lost_targets(project):
    first = update(project)
    sheet = next(s for s in sheets_of(project, first) if s["id"] == "relief-convoy")
    person = next(a for a in sheet["actors"] if a["kind"] == "person")
    curation = project.seeds / "relief-convoy.curation.yaml"
    curation.write_text(f"rename:\n  {person['id']}: Karim A. Haque\ndrop_quotes: [q99]\n")
    result = update(project)
    assert result.extracted == ["relief-convoy"]  # the curation changed, so the sheet is redone
    curated = load_yaml(project.sheet_path("relief-convoy").read_text(), "x")
    assert next(a for a in curated["actors"] if a["id"] == person["id"])["name"] == "Karim A. Haque"
    assert curated["curated"]
    assert any("q99" in p for p in result.problems)
    again = update(project)  # reused: the lost target is still reported
    assert again.extracted == [] and any("q99" in p for p in again.problems)
    assert curation.read_text().startswith("rename:")  # the analyst's file is never rewritten


def test_broken_curation_is_reported_and_the_sheet_still_builds(project):
    (project.seeds / "relief-convoy.curation.yaml").write_text("rename: [not, a, mapping]\n")
    result = update(project)
    assert "relief-convoy" in result.ids
    assert any(p.startswith("relief-convoy.curation.yaml") for p in result.problems)


@pytest.mark.parametrize("store", [plain, cached])
def test_current_sheets_are_used_without_parsing_their_seeds(project, monkeypatch, store):
    update(project, store(project))
    monkeypatch.setattr(seeds_module, "read_seed", lambda path: (_ for _ in ()).throw(AssertionError(path)))

    def extract_sheets(store, seeds_folder, articles, jobs):
        assert articles == []  # nothing to extract
        return []

    monkeypatch.setattr(update_module, "extract_sheets", extract_sheets)
    result = update(project, store(project))
    assert result.problems == [] and result.ids == BOTH and len(sheets_of(project, result, store(project))) == 2


def test_seed_warnings_are_reported_on_every_build(project):
    (project.seeds / "odd.txt").write_text('Odd quote marks\nThe mayor said "the bridge opens in May.\n')
    first = update(project)
    again = update(project)
    assert first.warnings and again.warnings == first.warnings and again.extracted == []


def test_a_sheet_that_fails_validation_is_reported_and_not_written(project, monkeypatch):
    refuse_sheet(monkeypatch, update_module, "relief-convoy", "relief-convoy: actors/0: broken on purpose")
    result = update(project)
    assert result.problems == ["relief-convoy.md: fact sheet is invalid: relief-convoy: actors/0: broken on purpose"]
    assert result.ids == ["harbour-talks-collapse"]
    assert [s["id"] for s in sheets_of(project, result)] == ["harbour-talks-collapse"]
    assert not project.sheet_path("relief-convoy").exists()
    assert project.sheet_path("harbour-talks-collapse").is_file()


@pytest.mark.parametrize("store", [plain, cached])
def test_the_result_names_the_sheets_and_load_sheets_reads_them(project, store):
    """The result never holds the sheets (replacing the old `keep=False`): it names them, and
    load_sheets reads them from the store, whole and in id order."""
    fresh = update(project, store(project))
    again = update(project, store(project))
    for result in (fresh, again):
        assert not hasattr(result, "sheets") and result.unsaved == {}
        assert result.ids == BOTH and result.on_disk == set(BOTH)
        loaded = sheets_of(project, result, store(project))
        assert [s["id"] for s in loaded] == BOTH and all("quotes" in s and "body" in s["article"] for s in loaded)
        assert loaded == [plain(project).read(i)[0] for i in BOTH]
