"""Property-based tests: whatever text comes in, readers fail only with SeedError, and every
offset of the resulting fact sheet lies inside the body."""
import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.formats import safe_yaml
from generator.model.article import SeedError
from generator.readers import markdown
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
# Any text at all, weighted to the characters that matter to readers.
chars = st.characters(blacklist_categories=("Cs",))
anything = st.text(alphabet=st.one_of(st.sampled_from('"“”‘’\'()[]{}\n\r\t -#:—…'), chars), max_size=300)


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
@given(st.one_of(newsy, anything))
@example('" 日本 " said the')  # found by hypothesis: an actor whose name has no a-z0-9 got the id ''
def test_any_record_extracts_to_a_valid_sheet_with_offsets_in_the_body(text):
    from generator.extract.pipeline import extract

    try:
        article = article_from_record({"id": "r1", "text": text})
    except SeedError:
        return
    sheet = extract(article).to_dict()
    assert sheet["article"]["body"] == text
    assert_offsets_inside(sheet)


@SLOW
@given(newsy)
def test_any_text_seed_extracts_to_a_valid_sheet(text):
    from generator.extract.pipeline import extract

    try:
        article = text_reader.read(Path("seed.txt"), ("Headline\n" + text).encode("utf-8"))
    except SeedError:
        return
    assert_offsets_inside(extract(article).to_dict())
