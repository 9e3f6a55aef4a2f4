"""Parsed: what the stages read off one parsed document, computed once."""
from __future__ import annotations

from generator.extract.parsed import Parsed


def test_text_is_the_text_parsed_or_the_docs_own(nlp):
    body = "Ghana closed its border.\nTogo did not."
    doc = nlp(body)
    assert Parsed(doc, body).text is body
    assert Parsed.of(doc).text == body == doc.text


def test_entities_are_the_docs_made_once(nlp):
    parsed = Parsed.of(nlp("Kwame Asante flew from Accra to Lome with the African Union envoy."))
    assert [(e.start, e.end, e.label_) for e in parsed.entities] == \
        [(e.start, e.end, e.label_) for e in parsed.doc.ents]
    assert parsed.entities is parsed.entities  # the same Spans for every stage


def test_entities_in_a_span_are_those_span_ents_gives(nlp):
    parsed = Parsed.of(nlp("Kwame Asante met Efua Mensah in Accra on Monday."))
    span = parsed.doc[0:5]
    assert [e.text for e in parsed.entities_in(span)] == [e.text for e in span.ents]


def test_token_starts_are_every_tokens_character_offset(nlp):
    parsed = Parsed.of(nlp("The talks, in Accra, ended."))
    assert parsed.token_starts == [t.idx for t in parsed.doc]
    assert Parsed.of(nlp.make_doc("")).token_starts == []


def test_token_index_finds_tokens_by_word_lemma_and_number(nlp):
    parsed = Parsed.of(nlp("The ministers said 5,000 troops would say nothing, said Ms Sow."))
    doc, tokens = parsed.doc, parsed.tokens
    said = [t.i for t in doc if t.lower_ == "said"]
    assert tokens.where_lower(["said"]) == said
    assert tokens.where_lemma(["say"]) == [t.i for t in doc if t.lemma_ == "say"]
    assert tokens.where_orth(["Sow"]) == [t.i for t in doc if t.text == "Sow"]
    assert [doc[i].text for i in tokens.where_number(["thousand"])] == ["5,000"]
    assert tokens.where_value("lemma", {"say"}) == [t.i for t in doc if t.lemma_.lower() == "say"]
    assert tokens.where_value("pos", {"PROPN"}, lower=False) == [t.i for t in doc if t.pos_ == "PROPN"]


def test_furniture_is_photo_credits_and_glued_link_text(nlp):
    text = "Lena OdumBudget fight looms MORE said no.\nImage copyright Getty Images\nShe left."
    parsed = Parsed.of(nlp(text))
    words = {parsed.doc[i].text for i in parsed.furniture}
    assert {"Getty", "Images", "fight", "looms", "MORE"} <= words
    assert not words & {"Lena", "said", "She", "left"}


def test_names_in_page_furniture_are_no_entities(nlp):
    from generator.extract.parsed import Parsed
    text = "Talks resumed in Oslo on Monday.\nLena Berg and Tomas Ruud contributed to this report."
    parsed = Parsed.of(nlp(text))
    assert all(ent.start_char < text.index("\n") for ent in parsed.entities)
