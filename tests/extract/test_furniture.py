"""Page furniture found in the text, before any token is looked at."""
from __future__ import annotations

from generator.extract.furniture import furniture_tokens


def test_a_photo_credit_is_furniture_up_to_its_end():
    text = "Image copyright Getty Images Image caption The talks resumed."
    starts = [0, 6, 16, 22, 29, 35, 43, 47, 53]
    found = furniture_tokens(text, starts)
    assert {0, 1, 2, 3} <= found and 8 not in found


def test_link_text_glued_to_a_name_is_furniture_but_the_name_stays():
    text = "Nancy PelosiImpeachment battle MORE said"
    starts = [0, 6, 24, 31, 36]
    assert furniture_tokens(text, starts) == {2, 3}  # "PelosiImpeachment" starts before the glue


def test_plain_prose_has_no_furniture():
    assert furniture_tokens("The minister said the border would reopen.", [0, 4, 13]) == set()
