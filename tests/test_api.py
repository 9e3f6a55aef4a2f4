"""What the project does (generator.api): build, check and extract, with a stand-in site builder
where the site builder does not matter."""
import dataclasses
import json

from generator import api
from generator.model.schema import FactSheetError
from generator.sheets.store import SheetStore
from generator.speed.layer import Speed
from tests.conftest import GOLDEN, refuse_sheet


class Engine:
    """A site builder that writes one file per sheet (or fails), and remembers its calls."""
    name = "stand-in 1"

    def __init__(self, works=True):
        self.works, self.calls = works, []

    def build(self, project, sheets, folder, previous=None):
        self.calls.append((sheets, folder, previous))
        for sheet_id in sheets.ids:
            (folder / f"{sheet_id}.html").write_text(sheet_id)
        return self.works


def test_update_brings_the_sheets_up_to_date_with_or_without_speed(project):
    plain = api.update(project)
    assert sorted(plain.extracted) == ["harbour-talks-collapse", "relief-convoy"]
    fast = api.update(project, speed=Speed(apart=False))
    assert fast.extracted == [] and fast.ids == plain.ids
    assert (project.cache_folder / "sheets" / "relief-convoy.json").is_file()  # the speed layer's store


def test_site_files_hold_pages_and_sheet_downloads(project):
    result = api.update(project)
    files = api.make_site_files(project, result)
    assert "index.md" in files.pages.jobs
    # a sheet on disk is published from its file, not written again
    assert files.copies["briefings/relief-convoy/factsheet.yaml"] == project.sheet_path("relief-convoy")
    assert "briefings/relief-convoy/factsheet.yaml" not in files.texts


def test_a_sheet_facts_cannot_hold_is_published_from_memory(project):
    api.update(project)
    project.sheet_path("relief-convoy").write_text("schema_version: [unclosed\n")
    result = api.update(project)
    assert list(result.unsaved) == ["relief-convoy"]
    files = api.make_site_files(project, result)
    assert files.texts["briefings/relief-convoy/factsheet.yaml"].startswith("schema_version: 1")
    assert "briefings/relief-convoy/factsheet.yaml" not in files.copies
    assert files.copies["briefings/harbour-talks-collapse/factsheet.yaml"] == project.sheet_path("harbour-talks-collapse")


def test_build_swaps_the_new_site_in(project, tmp_path):
    engine = Engine()
    report = api.build(project, tmp_path / "site", engine)
    assert report.outcome == api.BUILT and report.site == (tmp_path / "site").resolve()
    assert sorted(p.name for p in report.site.iterdir()) == ["harbour-talks-collapse.html", "relief-convoy.html"]
    [(sheets, folder, previous)] = engine.calls
    assert sheets is report.sheets and previous is None  # the plain pipeline links nothing
    assert not folder.exists()  # swapped in
    assert not list(tmp_path.glob(".site.*"))


def test_strict_stops_before_the_site_on_a_bad_seed(project, tmp_path):
    (project.seeds / "broken.txt").write_bytes(b"")
    engine = Engine()
    report = api.build(dataclasses.replace(project, strict=True), tmp_path / "site", engine)
    assert report.outcome == api.STOPPED and engine.calls == []
    assert report.sheets.problems == ["broken.txt: the file is empty"]
    assert api.build(project, tmp_path / "site", engine).outcome == api.BUILT  # not strict: warned, built


def test_a_failed_site_build_leaves_the_previous_site(project, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous")
    report = api.build(project, site, Engine(works=False))
    assert report.outcome == api.FAILED
    assert [p.name for p in site.iterdir()] == ["index.html"] and not list(tmp_path.glob(".site.*"))


def test_with_speed_an_unchanged_site_is_not_built_again(project, tmp_path):
    engine, speed = Engine(), Speed(apart=False)
    assert api.build(project, tmp_path / "site", engine, speed=speed).outcome == api.BUILT
    assert engine.calls[0][2] is None  # the first build has no site to link to
    assert api.build(project, tmp_path / "site", engine, speed=speed).outcome == api.CURRENT
    assert len(engine.calls) == 1
    (project.seeds / "late.txt").write_text("Late news\nThe council met again on Friday.\n")
    assert api.build(project, tmp_path / "site", engine, speed=speed).outcome == api.BUILT
    assert engine.calls[1][2] == (tmp_path / "site").resolve()  # the site being replaced


def test_check_writes_nothing_and_reports_missing_and_broken_sheets(project):
    count, problems = api.check(project)
    assert count == 2 and len(problems) == 2 and all("no fact sheet yet" in p for p in problems)
    assert not project.facts.exists()
    api.update(project)
    assert api.check(project) == (2, [])
    path = project.sheet_path("relief-convoy")
    path.write_text(path.read_text().replace("schema_version: 1", "schema_version: 7"))
    (project.seeds / "harbour-talks-collapse.curation.yaml").write_text("rename: [not, a, mapping]\n")
    count, problems = api.check(project)
    assert count == 2 and len(problems) == 2
    assert any("schema_version" in p for p in problems)
    assert any(p.startswith("harbour-talks-collapse.curation.yaml") for p in problems)


def test_read_files_and_records_report_each_bad_input(tmp_path):
    articles, errors = api.read_files([GOLDEN / "seeds" / "relief-convoy.md", tmp_path / "nope.txt"])
    assert [a.id for a in articles] == ["relief-convoy"] and len(errors) == 1 and "nope.txt" in errors[0]
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "x1", "text": "The mayor spoke."}) + "\n\nnot json\n"
                       + json.dumps({"id": "../x", "text": "Bad id."}) + "\n")
    articles, errors = api.read_records(records)
    assert [a.id for a in articles] == ["x1"]
    assert [e.split(":")[0] for e in errors] == ["in.jsonl line 3", "in.jsonl line 4"]


def test_extract_yields_valid_sheets_and_the_error_of_one_that_breaks_the_contract(monkeypatch):
    articles, _ = api.read_files(sorted((GOLDEN / "seeds").iterdir()))
    sheets = list(api.extract(articles))
    assert [s["id"] for s in sheets] == [a.id for a in articles]
    refuse_sheet(monkeypatch, api, "relief-convoy", "relief-convoy: broken on purpose")
    found = list(api.extract(articles))
    assert [type(s) for s in found] == [dict if a.id != "relief-convoy" else FactSheetError for a in articles]


def test_the_plain_store_is_used_without_speed(project):
    assert type(api.sheet_store(project)) is SheetStore
