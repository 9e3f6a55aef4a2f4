"""The plain-text reader (.txt): headline, paragraphs, line ends."""
from generator.readers import read_seed
from tests.readers.support import write


def test_text_seed_headline_paragraphs_and_related(tmp_path):
    path = write(tmp_path, "a.txt", "Ports close in storm\nFirst paragraph.\n\nSecond one.\n"
                 "Read more: Storm season starts early: Coast Daily\nThird.\n")
    article = read_seed(path)
    assert article.title == "Ports close in storm"
    assert article.body == "First paragraph.\nSecond one.\nThird."
    assert article.lede == "First paragraph."
    assert [(r.title, r.publisher) for r in article.related] == [("Storm season starts early", "Coast Daily")]
    assert article.published is None and article.publisher is None and article.url is None


def test_crlf_and_bom_are_normalised(tmp_path):
    article = read_seed(write(tmp_path, "d.txt", "\ufeffTitle\r\nLine one.\r\nLine two.\r\n".encode()))
    assert article.title == "Title" and article.body == "Line one.\nLine two."


def test_unicode_line_ends_and_control_characters(tmp_path):
    article = read_seed(write(tmp_path, "u.txt", "Head\u2028One\x1b.\u2029Two\x07.\x0bThree.\n"))
    assert (article.title, article.body) == ("Head", "One.\nTwo.\nThree.")


def test_leading_blank_lines_before_the_headline(tmp_path):
    article = read_seed(write(tmp_path, "b.txt", "\n\n  \nHeadline\nBody.\n"))
    assert (article.title, article.body) == ("Headline", "Body.")
