"""The seed files of a project (generator.sheets.seeds): each once, and parsed or reported."""
from generator.formats.files import checksum
from generator.sheets.seeds import parse_seed, scan_seeds, seed_files


def test_seed_files_leave_out_hidden_and_curation_files(tmp_path):
    for name in ("b.txt", "a.md", ".hidden.txt", "a.curation.yaml"):
        (tmp_path / name).write_text("Title\nBody.\n" + name)
    (tmp_path / "folder").mkdir()
    assert [p.name for p in seed_files(tmp_path)] == ["a.md", "b.txt"]
    assert seed_files(tmp_path / "missing") == []


def test_each_seed_once_with_its_id_and_checksum(tmp_path):
    (tmp_path / "Talks Fail.txt").write_text("Talks fail\nBody.\n")
    (tmp_path / "talks-fail.md").write_text("# Other talks\nOther body.\n")
    (tmp_path / "copy.txt").write_text("Talks fail\nBody.\n")
    problems = []
    seeds = scan_seeds(tmp_path, problems)
    assert [(s.path.name, s.id) for s in seeds] == [("Talks Fail.txt", "talks-fail")]
    assert seeds[0].checksum == checksum(b"Talks fail\nBody.\n")
    assert problems == ["copy.txt: the same article as Talks Fail.txt; skipped",
                        "talks-fail.md: would get the same page 'talks-fail' as Talks Fail.txt; rename one of them"]


def test_parse_seed_gives_the_article_or_a_problem(tmp_path):
    (tmp_path / "odd.txt").write_text('Odd quote marks\nThe mayor said "the bridge opens in May.\n')
    (tmp_path / "empty.txt").write_text("")
    problems, warnings = [], []
    articles = [parse_seed(s, problems, warnings) for s in scan_seeds(tmp_path, problems)]
    assert [a.id if a else None for a in articles] == [None, "odd"]
    assert problems == ["empty.txt: the file is empty"]
    assert len(warnings) == 1 and warnings[0].startswith("odd.txt: double quote marks do not pair")
