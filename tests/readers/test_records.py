"""Records (JSON lines of `briefing extract --jsonl`) as Articles."""
import pytest

from generator.model.article import SeedError
from generator.readers.records import article_from_record
from tests.readers.support import GERMAN


def test_record_offsets_refer_to_its_text():
    article = article_from_record({"id": "r1", "text": "Line.\n\nNext.", "date": "2016-09-12"})
    assert article.body == "Line.\n\nNext." and article.published == "2016-09-12" and article.id == "r1"


def test_record_not_in_english_is_refused():
    with pytest.raises(SeedError, match=r"^record 'r2': the article is in German, not English"):
        article_from_record({"id": "r2", "text": GERMAN})


def test_record_id_must_be_a_sheet_id():
    with pytest.raises(SeedError, match=r"^record '\.\./x': 'id' must be letters"):
        article_from_record({"id": "../x", "text": "Some text."})
    with pytest.raises(SeedError, match=r"^record 'r3': 'url' must be text, not int$"):
        article_from_record({"id": "r3", "text": "Some text.", "url": 5})
