"""Property-based tests: whatever text comes in, readers fail only with SeedError, and every
offset of the resulting fact sheet lies inside the body."""
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from generator.formats import safe_yaml
from generator.model.article import SeedError
from generator.readers import language, markdown
from generator.readers import text as text_reader
from generator.readers.common import file_slug
from generator.readers.common import unpaired_quote
from generator.readers.records import article_from_record

FAST = settings(max_examples=200, deadline=None)
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["the", "minister", "said", "Norway", "Chile", "talks", "told", "reporters", "on", "Monday",
         "United Nations", "Mira Tal", "she", "that", "would", "not", "accept", "cut", "(", ")", "[", "]",
         '"', "“", "”", "'", "‘", "’", ",", ".", ":", "—", "\n", "\n\n", "Read more:", "according to", "É", "日本"]
# Newsy text: words, names, quote marks and brackets in any order, so quote finding is exercised.
newsy = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)
# English-looking newsy text: each English function word followed by a word of the list above or
# a made-up name, long enough for the reader's English check to judge it (shorter texts are not
# judged, so `newsy` alone reaches extraction only with texts too short to be judged).
FUNCTION_WORDS = ["the", "of", "and", "to", "was", "that", "for", "with", "by", "from", "which", "who",
                  "were", "has", "had", "will", "would", "not", "but", "their", "said", "also", "after"]
names = st.from_regex(r"[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9})?", fullmatch=True)
english_newsy = (st.lists(st.tuples(st.sampled_from(FUNCTION_WORDS), st.one_of(st.sampled_from(WORDS), names)),
                          min_size=language.MIN_WORDS // 2 + 1, max_size=40)
                 .map(lambda pairs: " ".join(word for pair in pairs for word in pair)))
# Any text at all, weighted to the characters that matter to readers.
chars = st.characters(blacklist_categories=("Cs",))
anything = st.text(alphabet=st.one_of(st.sampled_from('"“”‘’\'()[]{}\n\r\t -#:—…'), chars), max_size=300)


# How many generated examples each extraction test tried, and how many got past the reader to
# extraction (the rest were refused with a SeedError, e.g. as not English): checked below.
# JUDGED counts those that reached it with enough words for the English check to judge them.
TRIED, REACHED, JUDGED = Counter(), Counter(), Counter()


def reached_extraction(test: str, text: str, reached: bool) -> None:
    TRIED[test] += 1
    REACHED[test] += reached
    judged = len(language.words(text)) >= language.MIN_WORDS
    JUDGED[test] += reached and judged
    event("refused by the reader" if not reached else "reached extraction, judged English" if judged
          else "reached extraction, too short to judge")


def assert_offsets_inside(sheet: dict) -> None:
    from generator.model.schema import _spans, validate

    validate(sheet)
    size = len(sheet["article"]["body"])
    for where, (start, end) in _spans(sheet):
        assert 0 <= start <= end <= size, where


@FAST
@given(st.binary(max_size=400))
def test_text_reader_fails_only_with_seed_error_on_any_bytes(data):
    for reader, name in ((text_reader.read, "a.txt"), (markdown.read, "a.md")):
        try:
            article = reader(Path(name), data)
        except SeedError as err:
            assert "\n" not in str(err) and str(err).startswith(name)
        else:
            assert article.title.strip() and article.body.strip()
            assert "\r" not in article.body and "\n\n" not in article.body


@FAST
@given(st.one_of(anything, newsy))
def test_markdown_reader_fails_only_with_seed_error_on_any_text(text):
    for prefix in ("", "---\n", "---\ntitle: T\n---\n", "# Head\n"):
        try:
            markdown.read(Path("a.md"), (prefix + text).encode("utf-8"))
        except SeedError as err:
            assert "\n" not in str(err)


@FAST
@given(anything)
def test_front_matter_yaml_fails_only_with_a_refusal(text):
    try:
        safe_yaml.load(text)
    except safe_yaml.YAMLRefused as err:
        assert "\n" not in str(err)


@FAST
@given(st.text(max_size=120))
def test_page_ids_are_always_safe_slugs(stem):
    slug = file_slug(stem)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 88


@FAST
@given(st.lists(st.lists(st.sampled_from(["word", "“quoted words”", '"straight quote"', "‘single’", "it’s"]),
                         min_size=1, max_size=6).map(" ".join), min_size=1, max_size=5))
def test_paired_quotes_give_no_warning(paragraphs):
    assert unpaired_quote("\n".join(paragraphs)) is None


@FAST
@given(anything)
def test_quote_pairing_never_crashes(text):
    problem = unpaired_quote(text)
    assert problem is None or "\n" not in problem


@SLOW
@given(st.one_of(english_newsy, newsy, anything))
@example('" 日本 " said the')  # found by hypothesis: an actor whose name has no a-z0-9 got the id ''
def test_any_record_extracts_to_a_valid_sheet_with_offsets_in_the_body(text):
    from generator.extract.pipeline import extract

    try:
        article = article_from_record({"id": "r1", "text": text})
    except SeedError:
        reached_extraction("record", text, False)
        return
    reached_extraction("record", text, True)
    sheet = extract(article).to_dict()
    assert sheet["article"]["body"] == text
    assert_offsets_inside(sheet)


@SLOW
@given(st.one_of(english_newsy, newsy))
def test_any_text_seed_extracts_to_a_valid_sheet(text):
    from generator.extract.pipeline import extract

    try:
        article = text_reader.read(Path("seed.txt"), ("Headline\n" + text).encode("utf-8"))
    except SeedError:
        reached_extraction("text", text, False)
        return
    reached_extraction("text", text, True)
    assert_offsets_inside(extract(article).to_dict())


@pytest.mark.parametrize("test, run, share, judged", [
    ("record", test_any_record_extracts_to_a_valid_sheet_with_offsets_in_the_body, 0.6, 0.2),
    ("text", test_any_text_seed_extracts_to_a_valid_sheet, 0.8, 0.3),
])
def test_most_generated_texts_reach_extraction(test, run, share, judged):
    """The extraction properties above check nothing for an example the reader refuses: most
    examples must get through, and a good part of them long enough to be judged English."""
    if TRIED[test] < 20:  # this test run alone: run the property test first
        run()
    counts = f"{test}: of {TRIED[test]} examples {REACHED[test]} reached extraction, {JUDGED[test]} judged English"
    assert TRIED[test] >= 20, counts
    assert REACHED[test] >= share * TRIED[test], counts
    assert JUDGED[test] >= judged * TRIED[test], counts
