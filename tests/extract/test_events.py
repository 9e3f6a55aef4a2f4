"""Events and date resolution, on sentences written for these tests."""
from __future__ import annotations

from generator.extract.actors import find_actors
from generator.extract.events import find_events, resolve
from generator.extract.parsed import Parsed


def events_in(doc, published):
    parsed = Parsed.of(doc)
    return find_events(parsed, find_actors(parsed), published)


def test_weekday_named_in_an_article_of_that_day_is_that_day():
    assert resolve("Tuesday", "2024-03-05") == "2024-03-05"  # 5 March 2024 was a Tuesday


def test_weekday_named_later_in_the_week_is_the_one_before():
    assert resolve("Tuesday", "2024-03-07") == "2024-03-05"  # article of a Thursday


def test_future_weekday_is_the_next_one():
    assert resolve("Friday", "2024-03-05", future=True) == "2024-03-08"


def test_no_publication_date_no_guess():
    for when in ("Tuesday", "yesterday", "last week", "Jan. 3"):
        assert resolve(when, None) is None


def test_yesterday_and_last_week():
    assert resolve("yesterday", "2024-03-07") == "2024-03-06"
    assert resolve("last week", "2024-03-07") == "2024-02-26"  # the Monday of the week before


def test_month_and_day_take_the_publication_year():
    assert resolve("Jan. 3", "2024-01-09") == "2024-01-03"
    assert resolve("January 3, 2019", None) == "2019-01-03"


def test_a_date_far_after_publication_is_last_year():
    assert resolve("Dec. 28", "2024-01-04") == "2023-12-28"


def test_durations_are_not_dates(nlp):
    doc = nlp("The two states have quarrelled for forty years.")
    assert events_in(doc, "2024-03-07") == []


def test_event_has_what_who_and_when(nlp):
    doc = nlp("Ghana and Togo issued a joint statement on Monday.")
    events = events_in(doc, "2024-03-07")
    assert len(events) == 1
    event = events[0]
    assert event.when == "Monday" and event.date == "2024-03-04"
    assert "joint statement" in event.what and "Monday" not in event.what
    assert {"ghana", "togo"} <= set(event.actors)


def test_event_without_publication_date_keeps_the_words(nlp):
    doc = nlp("Ghana closed its border on Tuesday.")
    event = events_in(doc, None)[0]
    assert event.when == "Tuesday" and event.date is None


def test_event_clause_climbs_to_the_verb_with_the_subject(nlp):
    # "failed to agree ... on Tuesday": what happened is the whole clause, with its actors
    doc = nlp("Norway and Chile failed to agree on fishing quotas on Tuesday.")
    events = events_in(doc, "2024-03-07")
    assert events[0].what == "Norway and Chile failed to agree on fishing quotas"
    assert events[0].actors == ["norway", "chile"]
    assert events[0].date == "2024-03-05"


def test_infinitive_under_a_present_verb_stays_ahead(nlp):
    doc = nlp("Norway plans to meet Chile on Friday.")
    events = events_in(doc, "2024-03-05")
    assert events[0].what.startswith("Norway plans to meet Chile")
    assert events[0].date == "2024-03-08"
