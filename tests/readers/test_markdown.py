"""The Markdown reader (.md): front matter and headings."""
import pytest

from generator.model.article import SeedError
from generator.readers import read_seed
from tests.readers.support import GERMAN, write


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


def test_front_matter_language_en_overrides_detection(tmp_path):
    article = read_seed(write(tmp_path, "x.md", f"---\ntitle: T\nlanguage: en\n---\n{GERMAN}\n"))
    assert article.language == "en"


def test_misspelt_front_matter_field_is_a_warning_other_fields_are_ignored(tmp_path):
    article = read_seed(write(tmp_path, "w.md", "---\nPublsher: Oops\ntitle: T\norigin: feed\n---\nBody.\n"))
    assert article.warnings == ["w.md: front matter field 'Publsher' is not read; did you mean 'publisher'?"]


VERBATIM_TEXT = ("Read more: An older story: Wire\n\n  The minister said on Monday that the talks would resume.\n"
                 "\nBy Jane Roe\n")


def test_a_verbatim_seed_keeps_its_text_exactly(tmp_path):
    # blank lines, leading spaces, a "Read more:" line and a byline all stay in the body
    article = read_seed(write(tmp_path, "v.md", f"---\ntitle: T\nverbatim: true\n---\n{VERBATIM_TEXT}"))
    assert article.body == VERBATIM_TEXT and article.related == []
    plain = read_seed(write(tmp_path, "p.md", f"---\ntitle: T\n---\n{VERBATIM_TEXT}"))
    assert plain.body == "The minister said on Monday that the talks would resume." and plain.related


def test_a_verbatim_seed_needs_a_title_in_front_matter_and_a_true_or_false(tmp_path):
    with pytest.raises(SeedError, match="verbatim seed needs its headline in front matter 'title'"):
        read_seed(write(tmp_path, "a.md", f"---\nverbatim: true\n---\n# Heading\n{VERBATIM_TEXT}"))
    with pytest.raises(SeedError, match="'verbatim' must be true or false"):
        read_seed(write(tmp_path, "b.md", f"---\ntitle: T\nverbatim: yes please\n---\n{VERBATIM_TEXT}"))
    with pytest.raises(SeedError, match="no article text"):
        read_seed(write(tmp_path, "c.md", "---\ntitle: T\nverbatim: true\n---\n\n  \n"))


def test_bytes_are_read_as_the_file_would_be(tmp_path):
    # a seed checked before it is written (briefing import): the same Article, no file needed
    data = f"---\ntitle: T\nverbatim: true\n---\n{VERBATIM_TEXT}".encode()
    assert read_seed(tmp_path / "v.md", data) == read_seed(write(tmp_path, "v.md", data))
    with pytest.raises(SeedError, match="over the 5 MiB limit"):
        read_seed(tmp_path / "big.md", b"x" * (5 * 1024 * 1024 + 1))
