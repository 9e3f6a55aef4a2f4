import gc
import shutil

import pytest

from generator import build
from generator.formats.sheet_yaml import load_yaml
from tests.conftest import GOLDEN


@pytest.fixture
def project(tmp_path):
    shutil.copytree(GOLDEN / "seeds", tmp_path / "seeds")
    return build.Project(root=tmp_path)


def test_build_writes_one_valid_sheet_per_seed(project):
    result = build.build_sheets(project)
    assert result.problems == []
    assert sorted(result.extracted) == ["harbour-talks-collapse", "relief-convoy"]
    sheet = load_yaml(project.sheet_path("relief-convoy").read_text(), "relief-convoy.yaml")
    assert sheet["article"]["publisher"] == "River Post"
    assert sheet["article"]["published"] == "2024-03-14"


def test_unchanged_seeds_are_not_extracted_again(project):
    build.build_sheets(project)
    again = build.build_sheets(project)
    assert again.extracted == [] and sorted(again.reused) == ["harbour-talks-collapse", "relief-convoy"]


def test_changed_seed_is_extracted_again(project):
    build.build_sheets(project)
    seed = project.seeds / "relief-convoy.md"
    seed.write_text(seed.read_text() + "\nA second convoy left on Thursday.\n")
    assert build.build_sheets(project).extracted == ["relief-convoy"]


def test_bad_seed_is_reported_and_the_others_still_build(project):
    (project.seeds / "broken.txt").write_bytes(b"")
    (project.seeds / "copy.txt").write_bytes((project.seeds / "harbour-talks-collapse.txt").read_bytes())
    result = build.build_sheets(project)
    assert len(result.sheets) == 2
    assert sorted(result.problems) == ["broken.txt: the file is empty",
                                       "harbour-talks-collapse.txt: the same article as copy.txt; skipped"]


def test_two_seeds_with_one_page_name_are_reported(project):
    (project.seeds / "relief-convoy.txt").write_text("Another convoy\nDifferent text.\n")
    result = build.build_sheets(project)
    assert any("would get the same page 'relief-convoy'" in p for p in result.problems)


def test_site_files_hold_pages_and_sheet_downloads(project):
    result = build.build_sheets(project)
    files = build.site_files(project, result.sheets, result.on_disk)
    assert "index.md" in files.pages.jobs
    # a sheet on disk is published from its file, not written again
    assert files.copies["briefings/relief-convoy/factsheet.yaml"] == project.sheet_path("relief-convoy")
    in_memory = build.site_files(project, result.sheets)
    assert in_memory.texts["briefings/relief-convoy/factsheet.yaml"].startswith("schema_version: 1")


def test_a_sheet_edited_by_hand_is_never_overwritten(project):
    build.build_sheets(project)
    path = project.sheet_path("relief-convoy")
    edited = path.read_text().replace("publisher: River Post", "publisher: River Post (checked)")
    path.write_text(edited)
    seed = project.seeds / "relief-convoy.md"
    seed.write_text(seed.read_text() + "\nA second convoy left on Thursday.\n")
    result = build.build_sheets(project)
    assert path.read_text() == edited
    assert any(p.startswith("relief-convoy.yaml: edited by hand") for p in result.problems)
    sheet = next(s for s in result.sheets if s["id"] == "relief-convoy")
    assert sheet["article"]["publisher"] == "River Post (checked)"


def test_without_keep_a_valid_sheet_edited_by_hand_stays_valid(project):
    build.build_sheets(project)
    path = project.sheet_path("relief-convoy")
    path.write_text(path.read_text().replace("publisher: River Post", "publisher: River Post (checked)"))
    for _ in range(2):  # the second run finds the edited sheet in the cache
        result = build.build_sheets(project, keep=False)
        assert result.problems == [] and result.ids == ["harbour-talks-collapse", "relief-convoy"]


def test_without_keep_a_sheet_edited_by_hand_is_still_checked_whole(project):
    build.build_sheets(project)
    path = project.sheet_path("relief-convoy")
    path.write_text(path.read_text().replace("schema_version: 1", "schema_version: 7"))  # invalid by hand
    for _ in range(2):  # the first run reads the YAML; the second finds the sheet's summary cached
        result = build.build_sheets(project, keep=False)
        assert any(p.startswith("relief-convoy") and "schema_version" in p for p in result.problems)
        assert result.ids == ["harbour-talks-collapse"]


@pytest.mark.parametrize("keep", [True, False])
def test_a_sheet_edited_out_of_shape_is_reported_not_a_crash(project, keep):
    build.build_sheets(project)
    path = project.sheet_path("relief-convoy")
    text = path.read_text()
    path.write_text(text[:text.index("article:")] + "article: checked by hand\n")
    result = build.build_sheets(project, keep=keep)
    assert any(p.startswith("relief-convoy.yaml: fact sheet is invalid: ") for p in result.problems)
    assert result.ids == ["harbour-talks-collapse"]


def test_an_unreadable_sheet_is_left_alone_and_reported(project):
    build.build_sheets(project)
    path = project.sheet_path("relief-convoy")
    path.write_text("schema_version: [unclosed\n")
    result = build.build_sheets(project)
    assert path.read_text() == "schema_version: [unclosed\n"
    assert any("not a readable fact sheet" in p for p in result.problems)
    assert "relief-convoy" in [s["id"] for s in result.sheets]


def test_curation_applies_on_every_rebuild_and_reports_lost_targets(project):
    first = build.build_sheets(project)
    sheet = next(s for s in first.sheets if s["id"] == "relief-convoy")
    person = next(a for a in sheet["actors"] if a["kind"] == "person")
    curation = project.seeds / "relief-convoy.curation.yaml"
    curation.write_text(f"rename:\n  {person['id']}: Karim A. Haque\ndrop_quotes: [q99]\n")
    result = build.build_sheets(project)
    assert result.extracted == ["relief-convoy"]  # the curation changed, so the sheet is redone
    curated = load_yaml(project.sheet_path("relief-convoy").read_text(), "x")
    assert next(a for a in curated["actors"] if a["id"] == person["id"])["name"] == "Karim A. Haque"
    assert curated["curated"]
    assert any("q99" in p for p in result.problems)
    again = build.build_sheets(project)  # from the cache: the lost target is still reported
    assert again.extracted == [] and any("q99" in p for p in again.problems)
    assert curation.read_text().startswith("rename:")  # the analyst's file is never rewritten


def test_broken_curation_is_reported_and_the_sheet_still_builds(project):
    (project.seeds / "relief-convoy.curation.yaml").write_text("rename: [not, a, mapping]\n")
    result = build.build_sheets(project)
    assert "relief-convoy" in [s["id"] for s in result.sheets]
    assert any(p.startswith("relief-convoy.curation.yaml") for p in result.problems)


def test_current_sheets_are_used_without_parsing_their_seeds(project, monkeypatch):
    build.build_sheets(project)
    monkeypatch.setattr(build, "read_seed", lambda path: (_ for _ in ()).throw(AssertionError(path)))
    result = build.build_sheets(project)
    assert result.problems == [] and len(result.sheets) == 2


def test_seed_warnings_are_reported_on_every_build(project):
    (project.seeds / "odd.txt").write_text('Odd quote marks\nThe mayor said "the bridge opens in May.\n')
    first = build.build_sheets(project)
    again = build.build_sheets(project)
    assert first.warnings and again.warnings == first.warnings and again.extracted == []


def test_a_sheet_that_fails_validation_is_reported_and_not_written(project, monkeypatch):
    real = build.validate

    def validate(data, name=None):
        if data["id"] == "relief-convoy":
            raise build.FactSheetError("relief-convoy: actors/0: broken on purpose")
        return real(data, name)

    monkeypatch.setattr(build, "validate", validate)
    result = build.build_sheets(project)
    assert result.problems == ["relief-convoy.md: fact sheet is invalid: relief-convoy: actors/0: broken on purpose"]
    assert [s["id"] for s in result.sheets] == ["harbour-talks-collapse"]
    assert not project.sheet_path("relief-convoy").exists()
    assert project.sheet_path("harbour-talks-collapse").is_file()


def test_without_keep_the_result_names_the_sheets_but_does_not_hold_them(project):
    fresh = build.build_sheets(project, keep=False)
    again = build.build_sheets(project, keep=False)
    for result in (fresh, again):
        assert result.sheets == [] and result.ids == ["harbour-talks-collapse", "relief-convoy"]
        assert result.on_disk == {"harbour-talks-collapse", "relief-convoy"}


def test_sheets_built_apart_are_those_built_here(project, tmp_path_factory):
    apart = build.build_sheets_apart(project)
    assert sorted(apart.extracted) == ["harbour-talks-collapse", "relief-convoy"] and apart.sheets == []
    assert project.sheet_path("relief-convoy").is_file()
    here = build.build_sheets(project, keep=False)
    assert (apart.ids, apart.problems, apart.off_disk) == (here.ids, here.problems, here.off_disk)


def test_a_failure_apart_is_raised_here(project, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(build, "build_sheets", broken)
    with pytest.raises(OSError, match="disk full"):
        build.build_sheets_apart(project)


def test_collection_paused_restores_the_collector_even_on_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with build.collection_paused():
            assert not gc.isenabled()
            raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with build.collection_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
