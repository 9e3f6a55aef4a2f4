from pathlib import Path

import pytest

from generator.model.article import SeedError

from generator.readers import read_seed

from generator.readers.common import parse_related

from generator.readers.records import article_from_record


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


# --- language -----------------------------------------------------------------------------------

ENGLISH = ("The minister said on Monday that the talks would resume next month in Geneva, and that "
           "her government was ready to discuss the quota if the other side made an offer first.")
GERMAN = ("Die Ministerin sagte am Montag, dass die Gespräche im nächsten Monat in Genf fortgesetzt "
          "werden und dass ihre Regierung bereit sei, über die Quote zu sprechen, wenn die andere Seite "
          "zuerst ein Angebot mache.")
PORTUGUESE = ("A ministra disse na segunda-feira que as negociações seriam retomadas no próximo mês em "
              "Genebra e que o seu governo estava pronto para discutir a quota se o outro lado fizesse "
              "primeiro uma proposta.")


@pytest.mark.parametrize("text, name", [(GERMAN, "German"), (PORTUGUESE, "Portuguese"),
                                        ("وقالت الوزيرة يوم الاثنين إن المحادثات ستستأنف الشهر المقبل في جنيف", "Arabic"),
                                        ("大臣は月曜日、協議は来月ジュネーブで再開されると述べた。", "Japanese")])
def test_article_not_in_english_is_refused_with_its_language(tmp_path, text, name):
    with pytest.raises(SeedError) as err:
        read_seed(write(tmp_path, "x.txt", f"Headline\n{text}\n"))
    assert str(err.value).startswith(f"x.txt: the article is in {name}, not English; ")


def test_english_and_short_texts_pass(tmp_path):
    assert read_seed(write(tmp_path, "en.txt", f"Headline\n{ENGLISH}\n")).body == ENGLISH
    assert read_seed(write(tmp_path, "short.txt", "Titre\nLa ministre a parlé.\n")).body  # too short to tell


def test_front_matter_language_en_overrides_detection(tmp_path):
    article = read_seed(write(tmp_path, "x.md", f"---\ntitle: T\nlanguage: en\n---\n{GERMAN}\n"))
    assert article.language == "en"


def test_record_not_in_english_is_refused():
    with pytest.raises(SeedError, match=r"^record 'r2': the article is in German, not English"):
        article_from_record({"id": "r2", "text": GERMAN})


# --- warnings and normalising ------------------------------------------------------------------------

@pytest.mark.parametrize("body, problem", [
    ("\u201cWe will stay,\u201d she said.\n\u201cWe will not leave.", "a quote opened in paragraph 2 is not closed"),
    ("She said the talks were over.\u201d", "paragraph 1 closes a quote that was never opened"),
    ("\u201cOne \u201cTwo\u201d three.\u201d", "paragraph 1 opens a quote inside another"),
    ('"We came, she said.\nNo more.', "a quote opened in paragraph 1 is not closed"),
])
def test_unpaired_quote_marks_are_a_warning(tmp_path, body, problem):
    article = read_seed(write(tmp_path, "q.txt", f"Headline\n{body}\n"))
    assert article.warnings == [f"q.txt: double quote marks do not pair ({problem}); quotes there may be cut wrong"]


def test_quote_running_over_paragraphs_is_no_warning(tmp_path):
    body = "\u201cWe came with an open hand,\n\u201cand we left with nothing,\u201d she said.\n\"Fine,\" he said."
    assert read_seed(write(tmp_path, "q.txt", f"Headline\n{body}\n")).warnings == []


def test_misspelt_front_matter_field_is_a_warning_other_fields_are_ignored(tmp_path):
    article = read_seed(write(tmp_path, "w.md", "---\nPublsher: Oops\ntitle: T\norigin: feed\n---\nBody.\n"))
    assert article.warnings == ["w.md: front matter field 'Publsher' is not read; did you mean 'publisher'?"]


def test_unicode_line_ends_and_control_characters(tmp_path):
    article = read_seed(write(tmp_path, "u.txt", "Head\u2028One\x1b.\u2029Two\x07.\x0bThree.\n"))
    assert (article.title, article.body) == ("Head", "One.\nTwo.\nThree.")


def test_leading_blank_lines_before_the_headline(tmp_path):
    article = read_seed(write(tmp_path, "b.txt", "\n\n  \nHeadline\nBody.\n"))
    assert (article.title, article.body) == ("Headline", "Body.")


def test_record_id_must_be_a_sheet_id():
    with pytest.raises(SeedError, match=r"^record '\.\./x': 'id' must be letters"):
        article_from_record({"id": "../x", "text": "Some text."})
    with pytest.raises(SeedError, match=r"^record 'r3': 'url' must be text, not int$"):
        article_from_record({"id": "r3", "text": "Some text.", "url": 5})
