import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from generator.extract import MODEL
from generator.extract.attribute_lookup import AttributeLookup, compile_rules, use_lookup

# Words that the English rules single out: negations, contracted and full forms of "be" and
# "have", subordinating "that"/"if", reflexive pronouns, dialect spellings, whitespace tokens.
TEXT = """The minister said that it wasn't over, and if the talks fail she'd go home.
"We ain't gonna give up," a guard said.  Y'all know nothin' happened, he told himself;
they'd have done it themselves, but they're not sure. I'm here and you're there.

Is it 'cause the   army hasn't moved? She has. They had been told, and it's over."""


def annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_the_english_rules_give_what_spacys_ruler_gives(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeLookup)
    stock = spacy.load(MODEL)
    with nlp.select_pipes(disable=["bracket_guard", "gazetteer_ruler"]):
        ours = annotations(nlp(TEXT))
    assert ours == annotations(stock(TEXT))
    assert ("wasn't"[3:], "RB", "PART", "Polarity=Neg", "not") in ours


RULES = [
    ([[{"TAG": "NN"}]], {"POS": "NOUN"}, 0),
    ([[{"LOWER": "run", "TAG": "NN"}]], {"POS": "VERB"}, 0),       # later rule wins
    ([[{"LOWER": "new"}, {"LOWER": "york"}]], {"POS": "PROPN", "LEMMA": "NYC"}, -1),
    ([[{"LOWER": {"IN": ["a", "the"]}}]], {"POS": "DET"}, 0),
    ([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"}, 0),
    ([[{"IS_SPACE": True}]], {"TAG": "_SP", "POS": "SPACE"}, 0),
    ([[{"TAG": "VB", "LOWER": {"NOT_IN": ["be"]}}]], {"MORPH": "VerbForm=Inf"}, 0),
    ([[{"TEXT": "Go"}], [{"TEXT": "Stop"}]], {"LEMMA": "halt"}, 0),   # two patterns, one rule
]
WORDS = ["Y'", "all", "run", "the", "new", "York", "run", "\n", "be", "go", "Go", "Stop", "a", "new"]
TAGS = ["PRP", "DT", "NN", "DT", "JJ", "NNP", "NN", "", "VB", "VB", "VB", "VB", "DT", "JJ"]


def ruler_with(rules):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, index in rules:
        ruler.add(patterns, attrs, index)
    return nlp, ruler


def test_rules_apply_in_order_over_one_or_more_tokens():
    nlp, ruler = ruler_with(RULES)
    lookup = AttributeLookup()
    lookup.set_rules(compile_rules(ruler))
    expected = annotations(ruler(Doc(nlp.vocab, words=WORDS, tags=TAGS)))
    found = annotations(lookup(Doc(nlp.vocab, words=WORDS, tags=TAGS)))
    assert found == expected
    pos = {(i, word): p for i, (word, _, p, _, _) in enumerate(found)}
    assert pos[2, "run"] == "VERB" and pos[5, "York"] == "PROPN" and pos[4, "new"] == ""
    assert found[0][4] == "you" and found[10][4] == found[11][4] == "halt" and found[9][4] == ""
    assert found[7][1:3] == ("_SP", "SPACE") and found[9][3] == "VerbForm=Inf" and found[8][3] == ""


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "very", "OP": "+"}],
    [{"LENGTH": {">=": 3}}],
    [{"LOWER": {"FUZZY": "minister"}}],
    [{"MORPH": "Number=Sing|Person=3"}],
])
def test_a_rule_beyond_a_lookup_keeps_spacys_ruler(pattern):
    nlp, _ = ruler_with(RULES + [([pattern], {"POS": "ADV"}, 0)])
    assert isinstance(use_lookup(nlp).get_pipe("attribute_ruler"), AttributeRuler)
    nlp, _ = ruler_with(RULES)
    assert isinstance(use_lookup(nlp).get_pipe("attribute_ruler"), AttributeLookup)


def test_is_in_matches_numpy_isin():
    import numpy
    from generator.extract.attribute_lookup import is_in
    column = numpy.array([5, 2**63 + 7, 0, 9, 5], dtype="uint64")
    for values in ([], [5], [0, 9], [2**63 + 7, 1, 5], [10]):
        wanted = numpy.unique(numpy.array(values, dtype="uint64"))
        assert is_in(column, wanted).tolist() == numpy.isin(column, wanted).tolist()
