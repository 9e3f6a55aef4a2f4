"""Speakers of common-noun phrases: the body or person the noun heads, not its owner (invented sentences)."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors
from generator.extract.coref import Mentions
from generator.extract.parsed import Parsed


@pytest.fixture
def speaker_of(nlp):
    """(text, word) -> (names of the speakers of that word's phrase, unnamed?, the actor table, ids)."""
    def run(text: str, word: str):
        doc = nlp(text)
        parsed = Parsed.of(doc)
        table = find_actors(parsed)
        found = Mentions(parsed, table).speakers([t for t in doc if t.text == word][-1])
        return [table.name_of(a) for a in found.ids], found.unnamed, table, found.ids
    return run


def test_a_states_parliament_speaks_for_itself_affiliated_to_the_state(speaker_of):
    names, _, table, ids = speaker_of("Chile's parliament called for the expulsion of all foreign troops.", "parliament")
    assert names == ["Chile's parliament"] and table.kind_of(ids[0]) == "organization"
    assert table.name_of(table.affiliation_of(ids[0])) == "Chile"


def test_a_national_army_is_the_army_not_the_state(speaker_of):
    names, _, _, _ = speaker_of("The Chilean army said the drills would go on.", "army")
    assert names == ["Chilean army"]


def test_a_government_still_stands_for_its_state(speaker_of):
    names, _, _, _ = speaker_of("Chile's government said the drills would go on.", "government")
    assert names == ["Chile"]


def test_a_state_news_agency_named_in_apposition_is_that_agency(speaker_of):
    names, _, table, ids = speaker_of("The mayor was pardoned, said Chile's official news agency, VNA.", "agency")
    assert names == ["VNA"] and table.kind_of(ids[0]) == "media"


def test_an_unnamed_state_news_agency_is_the_agency(speaker_of):
    names, _, table, ids = speaker_of("Chile's state news agency said the talks had failed.", "agency")
    assert names == ["Chile's state news agency"] and table.kind_of(ids[0]) == "media"


def test_reports_from_a_city_name_no_one(speaker_of):
    names, unnamed, _, _ = speaker_of("Reports from Valparaiso say the port was closed on Sunday.", "Reports")
    assert names == [] and unnamed


def test_an_attache_of_an_alliance_is_an_unnamed_person_not_the_alliance(speaker_of):
    names, unnamed, _, _ = speaker_of("A NATO military attache in the region told the paper that the case was strong.",
                                      "attache")
    assert names == [] and unnamed
