"""Time expressions to dates: precision, tense, and whole words for month names."""
from __future__ import annotations

from generator.extract.dates import (DAY_MONTH, MONTH_DAY, MONTH_YEAR, Resolved, is_point_in_time,
                                     is_relative, resolve_when)

# 4 March 2024 was a Monday; 6 March a Wednesday.
MONDAY = "2024-03-04"


def test_month_alone_keeps_month_precision():
    assert resolve_when("March", "2024-05-20", "past") == Resolved("2024-03-01", "month")
    assert resolve_when("January 2020", None) == Resolved("2020-01-01", "month")
    assert resolve_when("early June", "2024-05-20", "future") == Resolved("2024-06-01", "month")
    assert resolve_when("mid-June", "2024-07-02") == Resolved("2024-06-01", "month")


def test_relative_months_weeks_and_years():
    assert resolve_when("later this month", "2024-05-20", "future") == Resolved("2024-05-01", "month")
    assert resolve_when("earlier this month", "2024-05-20") == Resolved("2024-05-01", "month")
    assert resolve_when("late last month", "2024-01-09") == Resolved("2023-12-01", "month")
    assert resolve_when("next month", "2024-12-09") == Resolved("2025-01-01", "month")
    assert resolve_when("next week", MONDAY) == Resolved("2024-03-11", "week")
    assert resolve_when("earlier this week", "2024-03-07") == Resolved(MONDAY, "week")
    assert resolve_when("three weeks ago", "2024-03-07") == Resolved("2024-02-12", "week")
    assert resolve_when("two days ago", "2024-03-07") == Resolved("2024-03-05", "day")
    assert resolve_when("in 2006", "2024-03-07") == Resolved("2006-01-01", "year")
    assert resolve_when("several weeks ago", "2024-03-07") is None


def test_weekday_follows_the_tense():
    # "the envoy arrives / will arrive on Wednesday", written on a Monday: two days ahead
    assert resolve_when("Wednesday", MONDAY, "future") == Resolved("2024-03-06", "day")
    # "the envoy arrived on Wednesday", written on a Monday: five days before
    assert resolve_when("Wednesday", MONDAY, "past") == Resolved("2024-02-28", "day")
    # tense unknown: the nearer one
    assert resolve_when("Wednesday", MONDAY).date == "2024-03-06"
    assert resolve_when("Saturday", MONDAY).date == "2024-03-02"


def test_past_weekday_of_the_day_after_publication_is_that_day():
    # "the envoy arrived on Tuesday", stamped on a Monday where the paper is: the Tuesday where
    # it happened, a time zone ahead, not the Tuesday six days before
    assert resolve_when("Tuesday", MONDAY, "past") == Resolved("2024-03-05", "day")
    assert resolve_when("Sunday", MONDAY, "past") == Resolved("2024-03-03", "day")


def test_next_and_last_weekday_ignore_the_tense():
    assert resolve_when("next Wednesday", MONDAY, "past").date == "2024-03-06"
    assert resolve_when("next Monday", MONDAY, "past").date == "2024-03-11"
    assert resolve_when("last Wednesday", MONDAY, "future").date == "2024-02-28"
    assert resolve_when("last Monday", MONDAY).date == "2024-02-26"


def test_calendar_day_year_by_tense():
    # "met on Dec. 28", written on 4 January: the December before
    assert resolve_when("Dec. 28", "2024-01-04", "past").date == "2023-12-28"
    # "will meet on Jan. 5", written on 20 December: the January after
    assert resolve_when("Jan. 5", "2023-12-20", "future").date == "2024-01-05"
    # tense unknown: the nearest
    assert resolve_when("Jan. 5", "2023-12-20").date == "2024-01-05"
    assert resolve_when("June 12", "2024-05-20", "future") == Resolved("2024-06-12", "day")


def test_no_publication_date_no_guess_for_relative_words():
    for when in ("Wednesday", "later this month", "next week", "March", "two days ago"):
        assert resolve_when(when, None, "future") is None


def test_month_words_are_whole_words():
    # "5 mayors" is no 5 May, "2 juniors" no 2 June, "Omar 5" no March 5
    for text in ("5 mayors", "2 juniors", "3 decorations", "7 octopuses", "12 marches", "1 augmented"):
        assert not DAY_MONTH.search(text), text
        assert not is_point_in_time(text), text
    for text in ("Omar 5", "Lamar 12", "Janet 3", "Mark 4", "Septa 9", "Novak 2", "Decker 1", "Augusta 8"):
        assert not MONTH_DAY.search(text), text
        assert resolve_when(text, MONDAY) is None, text
    for text in ("Mark", "Janet", "Mayor", "Octavia", "Junior"):
        assert not MONTH_YEAR.match(text.lower()), text
    assert not MONTH_DAY.search("May 2018")  # a month and a year, not the 20th


def test_abbreviations_and_ordinals_still_read():
    assert resolve_when("Sept. 9", "2024-10-01", "past").date == "2024-09-09"
    assert resolve_when("Sep 9, 2019", None).date == "2019-09-09"
    assert resolve_when("the 5th of May", "2024-05-20", "past").date == "2024-05-05"
    assert resolve_when("2 June 2019", None) == Resolved("2019-06-02", "day")
    assert resolve_when("Mar. 3", "2024-05-20", "past").date == "2024-03-03"


def test_relative_or_calendar():
    assert is_relative("Tuesday") and is_relative("tonight") and is_relative("next week")
    assert not is_relative("June 12") and not is_relative("March 2019") and not is_relative("2006")


def test_would_is_ahead_for_a_weekday_but_not_a_year_ahead():
    # "said the broadcasts would stop on May 1", written on 24 May: this May, not next
    assert resolve_when("May 1", "2018-05-24", "modal").date == "2018-05-01"
    assert resolve_when("Friday", "2018-05-21", "modal").date == "2018-05-25"


def test_more_than_n_years_ago_is_a_bound():
    assert resolve_when("more than four years ago", "2020-01-05") is None
    assert resolve_when("four years ago", "2020-01-05") == Resolved("2016-01-01", "year")
