"""What every reader shares: related links, refusals of unusable seeds (one line naming the
file), the English check and the quote-pairing warnings."""
import pytest

from generator.model.article import SeedError
from generator.readers import read_seed
from generator.readers.common import parse_related
from tests.readers.support import ENGLISH, GERMAN, PORTUGUESE, write


def test_related_link_without_publisher():
    link = parse_related("Read more: Minister calls for calm after the vote")
    assert link.title == "Minister calls for calm after the vote" and link.publisher is None


def test_related_link_keeps_a_colon_inside_a_sentence_title():
    link = parse_related("Read more: Why the talks failed: a long history of broken promises.")
    assert link.publisher is None


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


def test_quote_running_over_paragraphs_of_a_verbatim_seed_is_no_warning(tmp_path):
    body = "\u201cWe came with an open hand,\n\n\u201cand we left with nothing,\u201d she said.\n"
    seed = write(tmp_path, "q.md", f"---\ntitle: Harbour talks\nverbatim: true\n---\n{body}")
    assert read_seed(seed).warnings == []
