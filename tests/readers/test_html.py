"""The HTML reader: a saved news page becomes an Article (trafilatura), or a one-line SeedError."""
import functools
import json
import re
from pathlib import Path

import pytest

from generator.model.article import SeedError
from generator.readers import read_seed

HTML = Path(__file__).parent.parent / "fixtures" / "html"
ENGLISH_ONLY = "the extractor reads English only (front matter 'language: en' overrides this check)"


@pytest.fixture(scope="module")
def article():
    return read_seed(HTML / "article.html")


def test_metadata_of_a_saved_page(article):
    assert article.title == "Harbour talks collapse as Arland and Belmora trade blame"
    assert article.published == "2024-05-06"
    assert article.url == "https://coastledger.example/world/2024/05/06/harbour-talks-collapse"
    assert article.publisher == "Coast Ledger" and article.authors == ["Nadia Ferro"]
    assert article.language == "en-GB" and article.id == "article" and article.source_file == "article.html"


def test_body_is_the_article_text_one_paragraph_a_line(article):
    lines = article.body.split("\n")
    assert lines[0].startswith("Arland and Belmora failed to agree")  # the <h1> is the title, not body
    # a newline in the page source is layout; <br> ends a paragraph
    assert "Tal said the Belmoran delegation had rejected every compromise offered during the three days, " \
           "including a plan to share the catch of the disputed bank." in lines
    assert "Belmora's foreign minister Oren Vask rejected that account." in lines
    assert lines[-1].startswith("The United Nations has offered")
    assert article.lede == lines[0]


@pytest.mark.parametrize("junk", ["Subscribe now", "Advertisement", "Storm Jacket", "Most read",
                                  "Ten gadgets", "Reader42", "All rights reserved", "By Nadia Ferro"])
def test_navigation_ads_comments_and_footer_are_dropped(article, junk):
    assert junk not in article.body


def test_read_more_line_is_a_related_link(article):
    assert [(r.title, r.publisher) for r in article.related] == [("Quota disputes spread along the coast",
                                                                  "Harbour Wire")]
    assert "Read more" not in article.body


def test_text_built_by_scripts_comes_from_json_ld():
    article = read_seed(HTML / "script-built.html")
    assert article.title == "Storm closes northern ports for a third day"
    assert article.published == "2024-05-07"
    assert "Harbour master Lena Okafor said the ports would stay shut" in article.body
    assert "Photo:" not in article.body and "rendered by script" not in article.body


def test_section_front_page_is_refused():
    with pytest.raises(SeedError) as err:
        read_seed(HTML / "section-front.html")
    assert str(err.value) == ("section-front.html: the page looks like a section front page or an "
                              "index, not an article; save the article's own page")


def test_site_front_page_is_refused_by_its_address(tmp_path):
    page = (HTML / "article.html").read_text(encoding="utf-8").replace(
        "https://coastledger.example/world/2024/05/06/harbour-talks-collapse", "https://coastledger.example/")
    path = tmp_path / "home.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(SeedError) as err:
        read_seed(path)
    assert str(err.value) == ("home.html: the page is the front page of coastledger.example, not an "
                              "article; save the article's own page")


def test_page_not_in_english_is_refused():
    with pytest.raises(SeedError) as err:
        read_seed(HTML / "spanish.html")
    assert str(err.value) == f"spanish.html: the article is in Spanish, not English; {ENGLISH_ONLY}"


@pytest.mark.parametrize("name, data, message", [
    ("blank.html", b"<html><body></body></html>", "blank.html: no article text found in the page"),
    ("nul.html", b"<html>\x00\x00\x00</html>", "nul.html: binary file, not text"),
    ("image.htm", b"\x89PNG\r\n\x1a\n....", "image.htm: binary file (a PNG image), not text; save the article as text"),
])
def test_unusable_pages_give_one_line(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SeedError) as err:
        read_seed(path)
    assert str(err.value) == message


def test_page_in_another_encoding_is_read(tmp_path):
    page = (HTML / "article.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"')
    page = page.replace("Porto", "Oporto café")
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("iso-8859-1"))
    assert "Oporto café" in read_seed(path).body


# --- the real pages of ../shared (skipped without it) ----------------------------------------------

@functools.lru_cache(maxsize=None)
def read_page(path: Path):
    """The page's Article, or the SeedError it raises (each page is read once per run)."""
    try:
        return read_seed(path)
    except SeedError as err:
        return err


def corpus_entries(shared: Path) -> list[dict]:
    index = shared / "corpus" / "html" / "index.jsonl"
    return [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_shared_pages_keep_and_drop_what_they_should(shared):
    kept, dropped = [], []
    for entry in corpus_entries(shared):
        if entry["kind"] != "article" or not entry.get("expected_with"):
            continue
        body = " ".join(read_page(shared / "corpus" / "html" / entry["file"]).body.split())
        kept += [s in body for s in entry["expected_with"]]
        dropped += [s not in body for s in entry["expected_without"]]
    assert sum(kept) / len(kept) >= 0.95 and sum(dropped) / len(dropped) >= 0.9


def test_shared_front_page_and_foreign_pages_are_refused_and_articles_are_not(shared):
    for entry in corpus_entries(shared):
        path = shared / "corpus" / "html" / entry["file"]
        if entry["kind"].startswith(("section-front-page", "article-non-english")):
            refusal = read_page(path)
            assert isinstance(refusal, SeedError)
            assert re.match(re.escape(entry["file"]) + r": (the page|the article is in)", str(refusal))
        else:
            article = read_page(path)
            assert not isinstance(article, SeedError), article
            assert article.title and len(article.body) > 300, entry["file"]
