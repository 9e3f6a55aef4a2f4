from pathlib import Path

import pytest

from generator.readers import SeedError, article_from_record, parse_related, read_seed


def write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_text_seed_headline_paragraphs_and_related(tmp_path):
    path = write(tmp_path, "a.txt", "Ports close in storm\nFirst paragraph.\n\nSecond one.\n"
                 "Read more: Storm season starts early: Coast Daily\nThird.\n")
    article = read_seed(path)
    assert article.title == "Ports close in storm"
    assert article.body == "First paragraph.\nSecond one.\nThird."
    assert article.lede == "First paragraph."
    assert [(r.title, r.publisher) for r in article.related] == [("Storm season starts early", "Coast Daily")]
    assert article.published is None and article.publisher is None and article.url is None


def test_related_link_without_publisher():
    link = parse_related("Read more: Minister calls for calm after the vote")
    assert link.title == "Minister calls for calm after the vote" and link.publisher is None


def test_related_link_keeps_a_colon_inside_a_sentence_title():
    link = parse_related("Read more: Why the talks failed: a long history of broken promises.")
    assert link.publisher is None


def test_markdown_front_matter(tmp_path):
    path = write(tmp_path, "b.md", "---\ntitle: Talks resume\ndate: 2024-05-02\npublisher: Wire\n"
                 "authors: [A One, B Two]\ncrisis: border\n---\nBody text here.\n")
    article = read_seed(path)
    assert (article.title, article.published, article.publisher) == ("Talks resume", "2024-05-02", "Wire")
    assert article.authors == ["A One", "B Two"] and article.crisis == "border"
    assert article.body == "Body text here."


def test_markdown_heading_as_title(tmp_path):
    article = read_seed(write(tmp_path, "c.md", "# A headline\n\nText.\n"))
    assert article.title == "A headline" and article.body == "Text."


def test_crlf_and_bom_are_normalised(tmp_path):
    article = read_seed(write(tmp_path, "d.txt", "\ufeffTitle\r\nLine one.\r\nLine two.\r\n".encode()))
    assert article.title == "Title" and article.body == "Line one.\nLine two."


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", "  \n\n", "empty"),
    ("bin.txt", b"\x00\x01\x02binary", "binary"),
    ("latin.txt", "Caf\xe9 talks\nBody".encode("latin-1"), "not UTF-8"),
    ("nohead.txt", "\nBody only", "headline"),
    ("x.docx", "Title\nBody", "unknown extension"),
    ("bad.md", "---\ntitle: [unclosed\n---\nBody", "front matter is not valid YAML"),
    ("list.md", "---\n- a\n- b\n---\nBody", "front matter must be a mapping"),
    ("date.md", "---\ntitle: T\ndate: soon\n---\nBody", "date"),
])
def test_bad_seeds_give_one_line_naming_the_file(tmp_path, name, data, message):
    with pytest.raises(SeedError) as err:
        read_seed(write(tmp_path, name, data))
    text = str(err.value)
    assert text.startswith(name) and message in text and "\n" not in text


def test_record_offsets_refer_to_its_text():
    article = article_from_record({"id": "r1", "text": "Line.\n\nNext.", "date": "2016-09-12"})
    assert article.body == "Line.\n\nNext." and article.published == "2016-09-12" and article.id == "r1"
