"""The ActorTable's look-ups and ensure(), on sentences written for these tests."""
from __future__ import annotations

from generator.extract.actors import find_actors
from generator.extract.parsed import Parsed


def test_ensure_never_types_a_state_or_city_as_a_person(nlp):
    doc = nlp("Kerman and Mali were mentioned.")
    table = find_actors(Parsed.of(doc))
    assert table.kind_of(table.ensure(doc[0:1], "person")) != "person"
    assert table.kind_of(table.ensure(doc[2:3], "person")) == "state"


def test_ensure_trims_noise_and_types_a_known_surname_as_the_person(table_of, nlp):
    # the quote code asks for "Trump himself" with kind 'other'; it is the person already named
    doc = nlp("President Donald Trump spoke on Monday. Trump himself has defended the decision.")
    table = find_actors(Parsed.of(doc))
    assert table.ensure(doc[7:9], "other") == "donald-trump"


def test_a_capitalised_word_after_a_speaker_name_is_not_part_of_it(nlp):
    # a page's link text leaves "MORE" glued to a name: "Mayor Ruth Okoro ... spoke to Okoro MORE"
    doc = nlp("Mayor Ruth Okoro opened the bridge. The crowd cheered Okoro MORE on Friday.")
    table = find_actors(Parsed.of(doc))
    more = next(t for t in doc if t.text == "MORE")
    actor = table.ensure(doc[more.i - 1:more.i + 1], "person")
    assert table.name_of(actor) == "Ruth Okoro"


def test_a_pronoun_after_an_unnamed_reporter_is_not_an_earlier_name(table_of):
    # "he" is the visitor, whom the article does not name, not Gonzalez
    table = table_of("Peruvian President Maria Gonzalez arrived in Lima on Monday. The visitor said he opposes the new mining law.")
    he = next(t for t in table.doc if t.lower_ == "he")
    assert table.resolve_pronoun(he) == []


def test_a_person_merged_into_another_leaves_every_reference_to_the_other(nlp):
    from generator.extract.actors import ActorTable
    doc = nlp("Ms Lund met the Varnian envoys. Later Maren Lund of the Selva Party spoke.")
    table = ActorTable(Parsed.of(doc))
    short = table.add(doc[0:2], "person", key="lund", name="Lund")
    envoys = table.add(doc[4:6], "group", key="varnian-envoys", name="Varnian envoys")
    full = table.add(doc[8:10], "person", key="maren-lund", name="Maren Lund")
    table.add_member(envoys, short)
    table.set_affiliation(envoys, short)
    table.note_titles(short, {"ms"})
    table.merge(short, full)
    assert not table.has(short) and table.has(full)
    assert table.actor_at_token(1) == full and table.mentioned_at(1)
    assert table.members_of(envoys) == [full] and table.affiliation_of(envoys) == full
    assert table.titles_of(full) == {"ms"} and table.people_of_family("Maren Lund") == [full]
    assert table.name_keys() == ["lund", "maren"]


def test_ensure_finds_no_person_in_a_link_a_handle_or_a_place(nlp):
    doc = nlp("Don't take the bait, @VarniaGov. A bus took them to Ansah military hospital. See pic.twitter.com/aB3dE9 now.")
    table = find_actors(Parsed.of(doc))
    handle = next(t for t in doc if t.text == "@VarniaGov")
    link = next(t for t in doc if t.text.startswith("pic."))
    ansah = next(t for t in doc if t.text == "Ansah")
    assert table.ensure(doc[handle.i:handle.i + 1], "person") is None
    assert table.ensure(doc[link.i:link.i + 1], "person") is None
    assert table.ensure(doc[ansah.i:ansah.i + 1], "person") is None
