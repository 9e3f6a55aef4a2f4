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


def test_he_after_an_unnamed_speaker_is_that_speaker_not_an_earlier_name(quotes_of):
    text = ('"The wait hurt the families," Anna Holm said. Another man, who gave only his first name, '
            'said the media had hidden the cause. "Later events changed things," he said.')
    quotes, _, table = quotes_of(text)
    later = next(q for q in quotes if "Later events" in q.text)
    assert later.speakers == []


def test_they_after_a_quote_of_two_sentences_is_the_plural_subject_before_it(quotes_of):
    text = ('In a statement, Varnia said it would no longer observe the limits. The leaders of Norland, '
            'Ostria and Lusia responded with a joint statement. "It is crucial now to calm things. '
            'We call on all sides to show restraint," they said.')
    quotes, _, table = quotes_of(text)
    crucial = next(q for q in quotes if "crucial" in q.text)
    assert [table.name_of(s) for s in crucial.speakers] == ["leaders of Norland, Ostria and Lusia"]
