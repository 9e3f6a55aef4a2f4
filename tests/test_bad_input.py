"""Every kind of bad seed, with the one line the reader gives for it.

CASES is the table of record: (case, fixture in tests/fixtures/bad/, expected message). A message
of None means the seed is read as it should be (the case is normalised, not refused); fixtures in
WARNING_ONLY are read and their message is the warning they carry in Article.warnings.
"""
import os
import re
import time
from pathlib import Path

import pytest

from generator.model.article import SeedError
from generator.readers import read_seed
from generator.readers.common import file_slug
from generator.readers.text import MAX_BYTES as MAX_SEED_BYTES
from generator.sheets.seeds import parse_seed, scan_seeds

BAD = Path(__file__).parent / "fixtures" / "bad"
ENGLISH_ONLY = "the extractor reads English only (front matter 'language: en' overrides this check)"

CASES = [
    ("empty file", "empty.txt", "empty.txt: the file is empty"),
    ("whitespace only", "whitespace.txt", "whitespace.txt: the file holds only whitespace"),
    ("binary", "binary.txt", "binary.txt: binary file, not text"),
    ("binary with a known signature", "report.txt",
     "report.txt: binary file (a PDF document), not text; save the article as text"),
    ("not UTF-8 (refused, not guessed)", "latin1.txt",
     "latin1.txt: not UTF-8 text (byte 32 is 0xe9); save it as UTF-8"),
    ("UTF-8 byte order mark (dropped)", "bom.txt", None),
    ("UTF-16 with byte order mark (decoded)", "utf16.txt", None),
    ("CRLF line ends (made \\n)", "crlf.txt", None),
    ("no headline (.txt: first line is a paragraph)", "no-headline.txt",
     "no-headline.txt: no headline: the first line has 385 characters (over 300); "
     "put the headline alone on the first line"),
    ("no headline (.md)", "no-headline.md",
     "no-headline.md: no headline (front matter 'title' or a first '# ' line)"),
    ("headline but no text", "headline-only.txt", "headline-only.txt: there is a headline but no article text"),
    ("too large", "huge.txt", "huge.txt: the file is over the 5 MiB limit for .txt seeds"),
    ("front matter: syntax error", "bad-yaml.md",
     "bad-yaml.md: front matter is not valid YAML (line 3: did not find expected ',' or ']')"),
    ("front matter: not closed", "unclosed.md",
     "unclosed.md: the front matter opened on line 1 has no closing '---' line"),
    ("front matter: not a mapping", "list-front-matter.md",
     "list-front-matter.md: front matter must be a mapping of fields, not a list"),
    ("front matter: wrong type", "title-list.md", "title-list.md: front matter 'title' must be text, not list"),
    ("front matter: authors not a list", "authors-map.md",
     "authors-map.md: front matter 'authors' must be a list of names"),
    ("front matter: date not a date", "bad-date.md",
     "bad-date.md: front matter 'date' must be YYYY-MM-DD, not 'next Tuesday'"),
    ("front matter: impossible date", "impossible-date.md",
     "impossible-date.md: front matter holds a value YAML cannot read (month must be in 1..12)"),
    ("front matter: url not http(s)", "bad-url.md",
     "bad-url.md: front matter 'url' must be an http(s) address, not 'javascript:alert(1)'"),
    ("front matter: duplicate key", "duplicate-key.md",
     "duplicate-key.md: front matter has the key 'title' twice (line 3)"),
    ("front matter: anchors and aliases (billion laughs)", "laughs.md",
     "laughs.md: front matter uses YAML anchors (&name) (line 2), which are not allowed"),
    ("front matter: YAML tags", "python-tag.md",
     "python-tag.md: front matter uses YAML tags (!tag) (line 2), which are not allowed"),
    ("front matter: fields that would choose a path (ignored)", "path-field.md", None),
    ("front matter: misspelt field (a warning)", "misspelt-field.md",
     "misspelt-field.md: front matter field 'titel' is not read; did you mean 'title'?"),
    ("front matter: language other than English", "declared-spanish.md",
     f"declared-spanish.md: the article is in Spanish, not English; {ENGLISH_ONLY}"),
    ("unknown extension", "article.docx",
     "article.docx: unknown extension '.docx'; use one of .htm, .html, .markdown, .md, .txt"),
    ("unbalanced quote marks (a warning)", "unbalanced.txt",
     "unbalanced.txt: double quote marks do not pair (a quote opened in paragraph 2 is not closed); "
     "quotes there may be cut wrong"),
    ("not in English", "french.txt", f"french.txt: the article is in French, not English; {ENGLISH_ONLY}"),
    ("a file name Windows reserves (page gets a safe name)", "CON.txt", None),
]
WARNING_ONLY = {"unbalanced.txt", "misspelt-field.md"}
GENERATED = {"huge.txt"}  # written by the test, not kept in the repository


def fixture_path(name: str, tmp_path: Path) -> Path:
    if name == "huge.txt":
        path = tmp_path / name
        path.write_bytes(b"Big\n" + b"word " * (MAX_SEED_BYTES // 5 + 1))
        return path
    return BAD / name


@pytest.mark.parametrize("case, fixture, message", CASES, ids=[c[0] for c in CASES])
def test_bad_input_case(case, fixture, message, tmp_path):
    path = fixture_path(fixture, tmp_path)
    if message is None:
        article = read_seed(path)
        assert article.title and article.body and not article.warnings
        assert "\r" not in article.body and "\ufeff" not in article.title + article.body
    elif fixture in WARNING_ONLY:
        assert read_seed(path).warnings[0] == message
    else:
        with pytest.raises(SeedError) as err:
            read_seed(path)
        assert str(err.value) == message
        assert "\n" not in str(err.value)


def test_every_fixture_is_in_the_table():
    listed = {fixture for _, fixture, _ in CASES}
    assert {p.name for p in BAD.iterdir()} == listed - GENERATED


def test_billion_laughs_is_refused_fast():
    start = time.perf_counter()
    with pytest.raises(SeedError):
        read_seed(BAD / "laughs.md")
    assert time.perf_counter() - start < 0.5


def test_normalised_seeds_read_the_same():
    bodies = {read_seed(BAD / name).body for name in ("bom.txt", "utf16.txt", "crlf.txt", "CON.txt")}
    assert len(bodies) == 1


def test_reserved_and_hostile_names_give_safe_page_ids(tmp_path):
    assert read_seed(BAD / "CON.txt").id == "con-article"
    for stem in ("..", "../../etc/passwd", "a/b", "Ünïcödé Talks", "~$tmp", "nul", " ", "—"):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", file_slug(stem)), stem
    assert file_slug("Ünïcödé Talks") == "unicode-talks"


def test_front_matter_cannot_choose_the_page(tmp_path):
    article = read_seed(BAD / "path-field.md")
    assert article.id == "path-field"


def test_unreadable_file_is_one_line(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Title\nBody.\n", encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # running as root: permissions do not apply
        pytest.skip("permissions are not enforced for this user")
    with pytest.raises(SeedError, match=r"^locked.txt: cannot be read \(Permission denied\)$"):
        read_seed(path)


def test_the_build_reports_each_bad_seed_and_keeps_the_good_ones(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("empty.txt", "laughs.md", "french.txt", "crlf.txt", "unbalanced.txt"):
        (seeds / name).write_bytes((BAD / name).read_bytes())
    problems, warnings = [], []
    articles = [a for a in (parse_seed(s, problems, warnings) for s in scan_seeds(seeds, problems)) if a]
    assert sorted(a.id for a in articles) == ["crlf", "unbalanced"]
    assert sorted(p.split(":")[0] for p in problems) == ["empty.txt", "french.txt", "laughs.md"]
