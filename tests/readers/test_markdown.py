"""The Markdown reader (.md): front matter and headings."""
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
