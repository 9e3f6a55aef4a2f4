"""Names folded and compared: spelling variants, nicknames, titles, given names."""
import pytest

from generator.crisis.names import fold, given_compatible, name_tokens, similar_word


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
