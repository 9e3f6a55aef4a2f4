"""Attributions: which words are taken for the speaker, on sentences written for these tests."""
from __future__ import annotations

from .helpers import names, only


def _mention(text, quote):
    return text[quote.speaker_mention[0]:quote.speaker_mention[1]] if quote.speaker_mention else None


def test_a_headline_label_before_a_colon_is_not_the_subject(quotes_of):
    text = ("The Latest: Rosa Delgado urges supporters to watch polling places.\n\n"
            "WASHINGTON (AP) \u2014 The Latest on the race (all times local):")
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, "supporters to watch")) == ["Rosa Delgado"]


def test_words_that_name_no_one_are_no_subject(nlp):
    from generator.extract.quotes.attribution import no_one

    doc = nlp("In 1998 the vote passed. Her returns were made public \u2015 Delgado boasted. "
              "Twelve percent said no. But 74 percent of voters said yes.")
    by_text = {t.text: t for t in doc}
    assert no_one(by_text["In"]) and no_one(by_text["1998"]) and no_one(by_text["\u2015"])
    assert no_one(doc[[t.i for t in doc if t.lower_ == "percent"][1]])  # the voters speak
    assert not no_one(doc[[t.i for t in doc if t.lower_ == "percent"][0]])  # "Twelve percent said"
    assert not no_one(by_text["Delgado"])


def test_footage_of_someone_saying_quotes_that_someone_not_the_film(quotes_of):
    text = ("\u201cYou work hard. So why didn\u2019t Rosa Delgado pay hers?\u201d a narrator in the Berg ad asks. "
            "The spot concludes with footage of Delgado saying during the debate last week, \u201cThat makes me "
            "clever,\u201d when Berg blasted her for not paying tax.")
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, "makes me clever")) == ["Rosa Delgado"]


def test_no_trailing_attribution_after_a_quote_that_ends_its_sentence(quotes_of):
    text = ("Republicans backed the plan, as shown by Speaker Tomas Berg's book \u201cA Pact with Norland.\u201d "
            "In 1998 the Senate's vote for admitting Varnia passed easily.")
    quotes, _, table = quotes_of(text)
    assert all(_mention(text, q) not in {"In", "1998"} for q in quotes)


def test_a_share_of_people_speaks_as_those_people_a_bare_share_as_itself(quotes_of):
    text = ("A Delmar College poll found that 74 percent of likely voters said Berg should publish his accounts. "
            "Twelve percent said that they were not sure about the plan.")
    quotes, _, table = quotes_of(text)
    assert _mention(text, only(quotes, "should publish")) != "74 percent"
    assert _mention(text, only(quotes, "were not sure")) == "Twelve percent"


def test_one_of_a_group_named_in_apposition_is_that_person(quotes_of):
    text = ("In a statement, one of the family's lawyers, Lena Marsh, said the videos show Omar Reyes "
            "calmly leaving his car.")
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, "calmly leaving")) == ["Lena Marsh"]


def test_a_phrase_set_off_before_the_subject_is_not_the_quote_when_the_clause_has_its_own(quotes_of):
    text = ("His promises to tax the rich notwithstanding, independent analyses agree the top earners would "
            "gain the most from the plan of Tomas Berg.")
    quotes, _, table = quotes_of(text)
    quote = only(quotes, "top earners")
    assert _mention(text, quote) == "independent analyses"
    assert not quote.text.startswith("His promises")


def test_a_verb_inside_a_condition_does_not_take_the_quote_from_the_verb_governing_it(quotes_of):
    text = ("Speaking from the plane, Mr Berg said that if Varnia asked Norland forces to depart on an unfriendly "
            "basis, \"we will charge them fees like they've never seen before, ever.\"")
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, "charge them fees")) == ["Berg"]


def test_a_name_between_quote_and_verb_beats_a_show_after_the_verb(nlp):
    from spacy.tokens import Doc

    from generator.extract.actors import find_actors
    from generator.extract.parsed import Parsed
    from generator.extract.quotes import find_quotes

    # the parse a news text got: the name hung on the quote's last noun, the show after the verb its subject
    real = nlp("\u201cThere's a severe gap between the palace and the king and our army,\u201d Brant, a top "
               "Ruiz aide, said Thursday on Varnia News\u2019s \u201cWake and Friends.\u201d\n")
    heads, deps = [t.head.i for t in real], [t.dep_ for t in real]
    brant = next(t.i for t in real if t.text == "Brant")
    army = next(t.i for t in real if t.text == "army")
    wake = next(t.i for t in real if t.text == "Wake")
    heads[brant], deps[brant] = army, "appos"
    heads[wake], deps[wake] = next(t.i for t in real if t.text == "said"), "nsubj"
    doc = Doc(nlp.vocab, words=[t.text for t in real], spaces=[bool(t.whitespace_) for t in real], heads=heads,
              deps=deps, pos=[t.pos_ for t in real], tags=[t.tag_ for t in real], lemmas=[t.lemma_ for t in real],
              ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in real])
    parsed = Parsed.of(doc)
    quotes, _ = find_quotes(parsed, find_actors(parsed))
    q = only(quotes, "severe gap")
    assert _mention(doc.text, q) == "Brant"


def test_a_deed_with_a_quoted_object_quotes_nobody(quotes_of):
    # the words in marks are a source's, not the doer's
    quotes, _, _ = quotes_of('The Varnian army killed the rebel chief Okoro in a raid "on the orders of the council."')
    assert not [q for q in quotes if "orders" in q.text]
    quotes, _, _ = quotes_of('Norland has scheduled a "ceremony" to close its old border post next month.')
    assert not [q for q in quotes if "ceremony" in q.text]


def test_casting_someone_as_a_quoted_label_or_using_quoted_words_is_a_quote(quotes_of):
    quotes, _, table = quotes_of('Senator Ana Lund went after the mayor as a "reckless gambler" on Monday.')
    assert names(table, only(quotes, "gambler")) == ["Ana Lund"]
    quotes, _, table = quotes_of('Governor Petra Okoro used the phrase "a lost decade" in her speech.')
    assert names(table, only(quotes, "lost decade")) == ["Petra Okoro"]
