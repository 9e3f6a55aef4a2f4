"""Shards of JSON lines, one output each: found by folder or pattern, skipped when complete,
the same sheets as one file gives, and a killed run picked up where it stopped."""
import json

import pytest

from generator.cli import main
from generator.extract.shards import extract_shards, find_shards, is_shards, output_of
from generator.extract.version import extractor_version

TEXTS = [
    "Minister Lena Varga of Hungary said on Monday that the border would stay open.",
    "\"We will not sign,\" said Tomas Ruiz, the trade minister of Chile.",
    "The United Nations asked both sides to return to talks in Geneva.",
    "Farmers in Kenya protested against the new tax on Tuesday.",
    "Kofi Mensah, the mayor of Accra, said the floods had displaced 2,000 people.",
]


def write_shards(folder, sizes=(2, 2, 1)):
    folder.mkdir()
    texts = iter(enumerate(TEXTS))
    for number, size in enumerate(sizes):
        with (folder / f"part-{number}.jsonl").open("w", encoding="utf-8") as fh:
            for _ in range(size):
                n, text = next(texts)
                fh.write(json.dumps({"id": f"a{n}", "text": text}) + "\n")
    return folder


def outputs(folder):
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    return write_shards(tmp_path_factory.mktemp("in") / "shards")


@pytest.fixture(scope="module")
def expected(shards, tmp_path_factory):
    out = tmp_path_factory.mktemp("expected")
    extract_shards(find_shards(str(shards)), out)
    return outputs(out)


def test_shards_are_a_folder_or_a_pattern(shards):
    assert is_shards(str(shards)) and is_shards(str(shards / "*.jsonl"))
    assert not is_shards(str(shards / "part-0.jsonl"))
    names = ["part-0.jsonl", "part-1.jsonl", "part-2.jsonl"]
    assert [p.name for p in find_shards(str(shards))] == names
    assert [p.name for p in find_shards(str(shards / "part-[01].jsonl"))] == names[:2]
    with pytest.raises(ValueError):
        find_shards(str(shards / "none-*.jsonl"))


def test_each_shard_gives_the_sheets_one_file_gives(shards, expected, tmp_path):
    assert list(expected) == ["part-0.jsonl", "part-1.jsonl", "part-2.jsonl"]
    whole = tmp_path / "all.jsonl"
    whole.write_text("".join((shards / name).read_text() for name in expected))
    assert main(["extract", "--jsonl", str(whole), "--out", str(tmp_path / "all.out")]) == 0
    assert "".join(expected.values()) == (tmp_path / "all.out").read_text(encoding="utf-8")
    assert [json.loads(line)["id"] for line in expected["part-0.jsonl"].splitlines()] == ["a0", "a1"]


def test_each_sheet_names_the_extractor_that_made_it(expected):
    # what `briefing import` needs to tell a sheet this code would make from an older one
    sheets = [json.loads(line) for text in expected.values() for line in text.splitlines()]
    assert {sheet["extractor_version"] for sheet in sheets} == {extractor_version()}


def test_a_killed_run_resumes_and_gives_the_same_output(shards, expected, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    # what a killed run leaves: one shard done, one half-written temporary file
    (out / "part-0.jsonl").write_text(expected["part-0.jsonl"], encoding="utf-8")
    (out / ".part-1.jsonl.x1y2.tmp").write_text(expected["part-1.jsonl"][:40], encoding="utf-8")
    done_before = (out / "part-0.jsonl").stat().st_mtime_ns
    assert main(["extract", "--jsonl", str(shards / "*.jsonl"), "--out", str(out)]) == 0
    assert (out / "part-0.jsonl").stat().st_mtime_ns == done_before  # skipped, not redone
    assert {k: v for k, v in outputs(out).items() if not k.startswith(".")} == expected
    results = extract_shards(find_shards(str(shards)), out)
    assert [r.skipped for r in results] == [True, True, True]


def test_a_bad_record_is_reported_and_its_shard_still_completes(tmp_path, capsys):
    shards = write_shards(tmp_path / "in", sizes=(1,))
    with (shards / "part-0.jsonl").open("a") as fh:
        fh.write("{not json\n")
    assert main(["extract", "--jsonl", str(shards), "--out", str(tmp_path / "out")]) == 0
    assert "part-0.jsonl line 2" in capsys.readouterr().err
    assert len(output_of(shards / "part-0.jsonl", tmp_path / "out").read_text().splitlines()) == 1


def test_an_unknown_executor_is_a_usage_error(shards, tmp_path):
    assert main(["extract", "--jsonl", str(shards), "--out", str(tmp_path / "o"), "--executor", "yarn"]) == 2
    assert main(["extract", "--jsonl", str(shards)]) == 2
