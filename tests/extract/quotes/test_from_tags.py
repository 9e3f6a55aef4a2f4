"""Quotes from speaker tags ("NAME: words"), on articles written for these tests."""
from __future__ import annotations

from .helpers import names, only

TRANSCRIPT = ("Ana Ruiz, the foreign minister of Varnia, spoke to Tom Hale on the radio on Sunday.\n\n"
              "HALE: Will you sign the accord next week?\n\n"
              "RUIZ: We will not accept these terms, and we have said so many times.\n\n"
              "Update: the talks resume on Monday in the capital.\n\n"
              "Correction: an earlier version misspelled the minister's name.")


def test_a_transcript_line_goes_to_its_tag(quotes_of):
    quotes, _, table = quotes_of(TRANSCRIPT)
    q = only(quotes, "accord")
    assert q.text == "Will you sign the accord next week?" and names(table, q) == ["Tom Hale"]
    q = only(quotes, "these terms")
    assert q.text.startswith("We will not") and q.cue is None


def test_a_label_is_no_speaker_tag(quotes_of):
    quotes, _, _ = quotes_of(TRANSCRIPT)
    assert not [q for q in quotes if "talks resume" in q.text or "misspelled" in q.text]


def test_a_headline_tag_names_the_speaker(quotes_of):
    text = ("Tom Hale: Varnia Will Not Sign the Accord Without Guarantees\n\n"
            "Tom Hale, the opposition leader, spoke in the capital on Friday.")
    quotes, _, table = quotes_of(text)
    q = only(quotes, "Guarantees")
    assert q.kind == "indirect" and names(table, q) == ["Tom Hale"]


def test_page_items_are_no_tags(quotes_of):
    text = ("Tom Hale, the opposition leader, spoke in the capital on Friday.\n\n"
            "FILE PHOTO: Tom Hale waves to supporters at a rally in the capital (AP Photo/Jane Roe).\n\n"
            "Hale: talks will fail without guarantees Replay More Videos ... Ruiz: we will not sign")
    quotes, _, _ = quotes_of(text)
    assert quotes == []


def test_a_headline_tag_the_tagger_reads_as_a_noun(quotes_of):
    # "Bakers" as a plural noun: NER names Tom Bakers in the body, so the tag is his
    text = ("Bakers: Ruiz needs to 'stop all of this shouting' before the vote\n\n"
            "Tom Bakers offered some advice to Ana Ruiz on Friday before the debate.")
    quotes, _, table = quotes_of(text)
    q = only(quotes, "shouting")
    assert names(table, q) == ["Tom Bakers"]
