"""find_quotes as a whole: ids, order and offsets, on sentences written for these tests."""
from __future__ import annotations


def test_quote_ids_follow_text_order_and_offsets_are_exact(quotes_of):
    text = ("Officials said the road would reopen. \u201cWe need more time,\u201d said Nadia Karim.\n"
            "Karim added that the crews were working at night.")
    quotes, _, _ = quotes_of(text)
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        if q.kind != "direct" or "\n" not in q.text:
            assert text[q.start:q.end] == q.text


def test_text_that_ends_inside_an_open_quote_keeps_offsets_inside_the_text(quotes_of):
    text = 'The mayor said the " plan'
    quotes, _, _ = quotes_of(text)
    assert all(0 <= q.start < q.end <= len(text) for q in quotes)


def test_an_agency_quoting_someone_carries_the_words_it_does_not_say_them(quotes_of):
    from .helpers import names, only
    quotes, _, table = quotes_of("Ana Ruiz arrived in Lima on Sunday.\n"
                                 "On Monday, Peru's official news agency, Andina, quoted Ana Ruiz as saying, "
                                 "\u201cI hope to build trust with Chile through dialogue.\u201d")
    assert names(table, only(quotes, "build trust")) == ["Ana Ruiz"]
