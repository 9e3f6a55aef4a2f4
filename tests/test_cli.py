import json
import shutil

import pytest

from generator import api
from generator.cli import main, site_engine
from generator.project import Project
from tests.conftest import GOLDEN, site_project


def test_extract_prints_valid_json(capsys):
    assert main(["extract", str(GOLDEN / "seeds" / "relief-convoy.md"), "--format", "json"]) == 0
    sheet = json.loads(capsys.readouterr().out)
    assert sheet["schema_version"] == 1 and sheet["id"] == "relief-convoy"


def test_extract_yaml_by_default(capsys):
    assert main(["extract", str(GOLDEN / "seeds" / "harbour-talks-collapse.txt")]) == 0
    assert capsys.readouterr().out.startswith("---\nschema_version: 1\n")


def test_extract_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_extract_jsonl_keeps_ids_and_offsets(tmp_path):
    src = tmp_path / "in.jsonl"
    text = 'The mayor said "the bridge will reopen in May," according to officials.'
    src.write_text(json.dumps({"id": "x1", "text": text}) + "\n" + "not json\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--jsonl", str(src), "--out", str(out)]) == 0
    [sheet] = [json.loads(line) for line in out.read_text().splitlines()]
    assert sheet["id"] == "x1" and sheet["article"]["body"] == text
    assert len(sheet["quotes"]) >= 1  # the text has one quote: an empty list would check nothing below
    for quote in sheet["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_check_reports_missing_sheets_then_passes_after_build(tmp_path, capsys):
    shutil.copytree(GOLDEN / "seeds", tmp_path / "seeds")
    assert main(["check", "--root", str(tmp_path)]) == 1
    assert "no fact sheet yet" in capsys.readouterr().err
    api.update(Project(root=tmp_path))
    assert main(["check", "--root", str(tmp_path)]) == 0
    assert not (tmp_path / "site").exists()


def test_extract_jsonl_needs_an_output_and_extract_needs_input(tmp_path, capsys):
    assert main(["extract", "--jsonl", str(tmp_path / "in.jsonl")]) == 2
    assert "--out OUT is required" in capsys.readouterr().err
    assert main(["extract"]) == 2


def test_build_reports_problems_and_strict_fails(tmp_path, capsys):
    root = site_project(tmp_path / "project")
    (root / "seeds" / "broken.txt").write_bytes(b"")
    site = root / "site"
    assert main(["build", "--root", str(root), "--site-dir", str(site), "--strict", "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "warning: broken.txt: the file is empty" in err and not site.exists()
    assert main(["build", "--root", str(root), "--site-dir", str(site), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "fact sheets: 2 (0 extracted, 2 unchanged)" in out and "site: built" in out
    assert (site / "index.html").is_file() and not (root / ".cache").exists()  # --no-cache: no cache


def test_the_site_builder_is_found_by_its_entry_point():
    from mkdocs_briefing.engine import MkDocsEngine
    assert isinstance(site_engine(), MkDocsEngine)
    with pytest.raises(SystemExit, match="no site builder 'nothing'"):
        site_engine("nothing")


def test_a_clusters_output_feeds_the_build(tmp_path, capsys):
    # briefing extract --jsonl SHARDS --out DIR, then briefing import, then briefing build
    shards = tmp_path / "shards"
    shards.mkdir()
    records = [{"id": "desk:2024.06.01", "title": "Ministers meet on the water treaty", "date": "2024-06-01",
                "publisher": "River Post", "text": "Foreign Minister Ines Duarte of Peru said on Saturday that "
                "Peru would sign the water treaty.\n\n\"We have waited long enough,\" Duarte told reporters."},
               {"id": "desk:2024.06.02", "title": "Observers sent", "date": "2024-06-02",
                "text": "The African Union said it had sent 300 observers to the border.\n"}]
    (shards / "part-0.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    assert main(["extract", "--jsonl", str(shards), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    root = site_project(tmp_path / "project", seeds=None)
    assert main(["import", "--jsonl", str(shards), "--sheets", str(tmp_path / "out"), "--root", str(root)]) == 0
    assert "2 seeds written (0 already there)" in capsys.readouterr().out
    assert main(["build", "--root", str(root), "--site-dir", str(root / "site")]) == 0
    assert "fact sheets: 2 (0 extracted, 2 unchanged)" in capsys.readouterr().out
    page = (root / "site" / "briefings" / "desk-2024-06-01" / "index.html").read_text(encoding="utf-8")
    assert "Ines Duarte" in page and "We have waited long enough" in page
