"""Names folded and compared: spelling variants, nicknames, titles, given names."""
import pytest

from generator.crisis.names import (actor_forms, family_first_hint, fold, given_compatible, given_match, name_titles,
                                    name_tokens, parse_person, phonetic_key, same_name, similar_word,
                                    titles_conflict)


@pytest.mark.parametrize("a, b", [("Soleimani", "Suleimani"), ("Qassem", "Qasem"), ("Mohammad", "Mohammed"),
                                  ("Mike", "Michael"), ("Karimov", "Karimov")])
def test_spelling_variants_are_one_word(a, b):
    assert similar_word(fold(a), fold(b))


@pytest.mark.parametrize("a, b", [("Paul", "Pell"), ("Rand", "Ron"), ("Ali", "Mostafa"), ("Anna", "Erik")])
def test_different_words_stay_apart(a, b):
    assert not similar_word(fold(a), fold(b))


def test_titles_are_not_names():
    assert name_tokens("Maj. Gen. Qassem Soleimani") == ["qassem", "soleimani"]
    assert name_tokens("Ayatollah Ali Khamenei") == ["ali", "khamenei"]
    assert name_tokens("Nancy PelosiImpeachment") == ["nancy", "pelosi", "impeachment"]
    assert name_tokens("Mitch McConnell") == ["mitch", "mcconnell"]


def test_given_names():
    assert given_compatible(["javad"], ["mohammad", "javad"])
    assert not given_compatible(["george", "w"], ["george", "h", "w"])
    assert given_compatible([], ["donald"])


@pytest.mark.parametrize("a, b", [("Qassem", "Kassem"), ("Ouattara", "Wattara"), ("Tiani", "Tchiani"),
                                  ("Qaddafi", "Gadhafi"), ("Mehdi", "Mahdi")])
def test_transliterations_sound_alike_and_are_one_word(a, b):
    assert phonetic_key(fold(a)) == phonetic_key(fold(b))
    assert similar_word(fold(a), fold(b))


@pytest.mark.parametrize("a, b", [("Khan", "Khanna"), ("Adams", "Wadhams"), ("Nauert", "North"),
                                  ("Jong", "Jung"), ("Salman", "Suleiman"), ("Khamenei", "Khomeini")])
def test_names_that_sound_alike_but_are_other_names(a, b):
    assert not similar_word(fold(a), fold(b))


def test_given_names_after_a_matching_surname_may_differ_in_a_vowel():
    assert given_match("adel", "adil") and given_match("yusuf", "yousef")
    assert not given_match("anna", "erik")


def test_patronymic_royal_and_family_first_names():
    idris = parse_person(("idris", "bin", "tarek"))
    assert (idris.given, idris.surname, idris.father) == (("idris",), "", "tarek")
    assert same_name(idris, parse_person(("idris", "bin", "tarek", "al", "nour")))
    assert not same_name(idris, parse_person(("idris", "bin", "samir")))
    assert parse_person(("tarek",), name_titles("King Tarek")).royal
    assert family_first_hint("Ri Myong-su") and not family_first_hint("Jean-Paul Roux")
    assert not family_first_hint("Adil Abdul-Mahdi")
    ri = parse_person(("ri", "myong", "su"), family_first=True)
    assert (ri.surname, ri.given) == ("ri", ("myong", "su"))
    assert not same_name(ri, parse_person(("sung", "ri")))  # "Sung Ri" is not "Ri Myong Su"
    assert "jcro" in parse_person(("juan", "carlos", "rivas", "ortega")).initials()
    assert "ibt" in idris.initials()


def test_titles_that_one_person_cannot_hold_at_once():
    assert titles_conflict(name_titles("Mr. Sato"), name_titles("Mrs. Sato"))
    assert titles_conflict(name_titles("King Tarek"), name_titles("Crown Prince Tarek"))
    assert not titles_conflict(name_titles("Sen. Sato"), name_titles("Mr. Sato"))
    assert name_tokens("Van Holt") == ["van", "holt"] and name_tokens("@realJaneRoe") == ["jane", "roe"]


def test_the_forms_an_actor_is_named_by():
    person = {"id": "a1", "kind": "person", "name": "Gen. Ada Roe-Lund", "aliases": ["Ms. Roe"]}
    assert actor_forms(person) == {"gen ada roe lund", "ms roe", "lund"}  # the surname of a person
    state = {"id": "a2", "kind": "state", "name": "Varnia", "aliases": ["VA", "the Varnian Republic"]}
    assert actor_forms(state) == {"varnia", "the varnian republic"}  # no surname; "va" too short
