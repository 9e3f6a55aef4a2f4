"""Names and titles as spans of text (generator/extract/actors/spans.py)."""
from __future__ import annotations

import pytest

from generator.extract.actors.spans import title_words, titles_conflict


@pytest.mark.parametrize("first, second, conflict", [
    ("President", "Vice President", True),
    ("Chairman", "Deputy Minister", True),
    ("Deputy Minister", "Minister", True),
    ("Envoy", "Deputy Foreign Minister", False),
    ("King", "Crown Prince", True),
    ("General", "Air Force Commander", False),
])
def test_a_deputy_is_not_the_chief_but_may_hold_another_title(first, second, conflict):
    assert titles_conflict(title_words([first]), title_words([second])) is conflict
