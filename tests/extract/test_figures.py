"""Figures, on sentences written for these tests."""
from __future__ import annotations

from generator.extract.actors import find_actors
from generator.extract.figures import find_figures
from generator.extract.parsed import Parsed


def figures_of(nlp, text):
    parsed = Parsed.of(nlp(text))
    return [(f.value, f.unit, f.actor) for f in find_figures(parsed, find_actors(parsed))]


def test_number_unit_and_owner_through_a_pronoun(nlp):
    found = figures_of(nlp, "Nigeria said it has the capacity to deploy 5,000 soldiers.")
    assert (5000, "soldiers", "nigeria") in found


def test_money_with_a_scale_word(nlp):
    found = figures_of(nlp, "The World Bank pledged $2.5 million for the camps.")
    assert any(v == 2_500_000 and u == "USD" for v, u, _ in found)


def test_percent(nlp):
    assert any(u == "percent" and v == 3 for v, u, _ in figures_of(nlp, "Oil prices rose 3 percent on Monday."))


def test_possessive_owner(nlp):
    assert (40, "drones", "chad") in figures_of(nlp, "Chad's 40 drones stayed grounded.")


def test_dates_durations_and_small_words_are_not_figures(nlp):
    assert figures_of(nlp, "One thing is clear: for ten years, since 2014, the two sides met on March 3.") == []
