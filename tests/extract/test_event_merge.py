"""One event per happening (generator/extract/event_merge.py), on articles written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.helpers import events_in


def test_a_statement_narrated_and_quoted_is_one_event_the_narration(nlp):
    doc = nlp("Foreign Minister Ama Okoro warned Varnia on Monday that it must end the blockade of the "
              "port. “There was talk of a truce, and you know, this will only end if Varnia lifts the "
              "blockade,” Okoro said on Monday.")
    events = events_in(doc, "2024-03-06")
    assert [e.what[:31] for e in events] == ["Foreign Minister Ama Okoro warn"]


def test_one_body_doing_one_thing_named_once_by_its_noun_alone_is_one_event(nlp):
    doc = nlp("Lundish councillors approved on Tuesday a plan to close the old ferry pier. "
              "The mayor left the hall early. Councillors approved Tuesday the plan for the ferry pier.")
    events = events_in(doc, "2024-03-06")
    assert [e.what[:24] for e in events] == ["Lundish councillors appr"]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ama Okoro said on Monday that the port would reopen soon. Okoro also "
    "announced on Monday that the army would leave the northern border.",
    "Foreign Minister Ama Okoro met the press on Monday. Okoro met Lundish envoys on Monday.",
], ids=["two-statements", "two-meetings"])
def test_two_doings_of_one_person_on_one_day_about_other_things_stay_two_events(nlp, text):
    events = events_in(nlp(text), "2024-03-06")
    assert len(events) == 2


def test_calls_with_different_people_on_one_day_stay_apart(nlp):
    doc = nlp("Foreign Minister Ama Okoro spoke with Lars Berg, the Lundish foreign minister, on "
              "Thursday about the harbour. Okoro spoke with Kofi Mensah, the prime minister of Tarsia, "
              "on Thursday about the border.")
    events = events_in(doc, "2024-03-09")
    assert len(events) == 2 and all("ama-okoro" in e.actors for e in events)


@pytest.mark.parametrize("text", [
    # the post's words told whole in the event of its writing
    "Mayor Lena Pira wrote on Friday that the harbour master \u201cshould have been sacked many "
    "years ago.\u201d\nIn a post, Pira called Kofi Mensah a disgrace. \u201cKofi Mensah should have been "
    "sacked many years ago!\u201d she wrote.",
    # the event of Friday is cut at its length limit; the lifted clause (June 12) runs on past the cut
    "LORVIK - Varnian President Ama Okoro, in a sudden reversal, said on Friday she would meet "
    "Lundish Prime Minister Per Lindqvist on June 12 in Lorvik in the latest turn in the long "
    "and bitter talks over dismantling Lund's northern fishing fleet.",
], ids=["told-whole", "lifted-past-a-cut"])
def test_what_another_event_already_tells_is_no_event_of_its_own(nlp, text):
    events = events_in(nlp(text), "2024-06-01")
    assert [e.when for e in events] == ["Friday"]


def test_of_two_events_on_the_same_words_one_stays():
    from generator.extract.event_merge import one_per_happening
    from generator.model.factsheet import Event

    # two readings of one sentence that share no words (so no other rule merges them)
    longer = Event("e1", None, "", "Okoro told the council that ports shut", [], [0, 40])
    shorter = Event("e2", None, "", "the harbour would close", [], [0, 40])
    assert one_per_happening([longer, shorter], {}, "x" * 40) == [longer]
