import json
import shutil

from generator.cli import main
from tests.conftest import GOLDEN


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
    for quote in sheet["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_check_reports_missing_sheets_then_passes_after_build(tmp_path, capsys):
    shutil.copytree(GOLDEN / "seeds", tmp_path / "seeds")
    assert main(["check", "--root", str(tmp_path)]) == 1
    assert "no fact sheet yet" in capsys.readouterr().err
    from generator import build
    build.build_sheets(build.Project(root=tmp_path))
    assert main(["check", "--root", str(tmp_path)]) == 0
    assert not (tmp_path / "site").exists()
