"""Quote marks, on sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.quotes import find_marked, quote_text


@pytest.mark.parametrize("text, inside", [
    ('He said "the river is rising fast" today.', "the river is rising fast"),
    ("He said \u201cthe river is rising fast\u201d today.", "the river is rising fast"),
    ("He said \u00abthe river is rising fast\u00bb today.", "the river is rising fast"),
    ("He said \u201ethe river is rising fast\u201c today.", "the river is rising fast"),
])
def test_every_quote_style_is_found(text, inside):
    [marked] = find_marked(text)
    assert text[marked.start:marked.end] == inside


def test_nested_single_quotes_stay_inside_the_double_ones():
    text = "\u201cThey told us \u2018wait here\u2019 and left,\u201d she said."
    [marked] = find_marked(text)
    assert text[marked.start:marked.end] == "They told us \u2018wait here\u2019 and left,"


def test_an_apostrophe_does_not_open_or_close_a_single_quote():
    assert find_marked("The mayor\u2019s office and the farmers\u2019 union met.") == []


def test_a_quote_continues_across_a_paragraph_that_opens_with_a_mark():
    text = "\u201cWe will rebuild the bridge.\n\u201cAnd we will do it by spring,\u201d the mayor said."
    [marked] = find_marked(text)
    start, end, body = quote_text(text, marked)
    assert text[start:end].startswith("We will rebuild") and text[start:end].endswith("by spring")
    assert body == "We will rebuild the bridge.\nAnd we will do it by spring"


def test_quotation_comma_is_not_part_of_the_quote():
    text = '"The dam will hold," the engineer said.'
    [marked] = find_marked(text)
    assert quote_text(text, marked)[2] == "The dam will hold"
