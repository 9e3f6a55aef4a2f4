import spacy

from generator.extract import MODEL
from generator.extract import attribute_lookup
from generator.extract.lemma_lookup import LemmaLookup

# Inflected and base forms of nouns, verbs and adjectives, the same word in two parts of speech
# ("talks", "saw"), words the attribute rules give a lemma ("wasn't", "'d"), proper nouns, numbers.
TEXT = """The ministers' talks broke down, and the envoy talks of better offers; she saw the saw.
Negotiators were meeting again on Tuesday after they had met twice, but it wasn't enough.
The largest delegations, the happiest mediators and 3,000 refugees crossed the borders; he'd
said the United Nations was monitoring. Better roads are being built by the Ministries."""


def lemmas(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_lemmas_are_those_of_the_stock_lemmatizer(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaLookup)
    stock = attribute_lookup.use_lookup(spacy.load(MODEL))
    with nlp.select_pipes(disable=["bracket_guard", "gazetteer_ruler"]):
        first, again = lemmas(nlp(TEXT)), lemmas(nlp(TEXT))  # again: every form already known
    expected = lemmas(stock(TEXT))
    assert first == expected and again == expected
    found = {(text, pos): lemma for text, pos, _, lemma in first}
    assert found[("talks", "NOUN")] == "talk" and found[("met", "VERB")] == "meet"
    assert found[("largest", "ADJ")] == "large" and found[("n't", "PART")] == "not"


def test_an_empty_document_passes(nlp):
    assert len(nlp("")) == 0
