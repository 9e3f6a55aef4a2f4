"""Developments: event mentions and headlines of several articles that report one thing, merged;
background apart; undated articles placed by what they report. The articles are made up for these
tests (a port closed between two invented states)."""
import datetime as dt

import pytest

from generator.crisis import analyse
from generator.crisis.developments import background_cutoff, developments_of, is_background
from tests.crisis.sheets import make_sheet

ACTORS = {
    "ostria": {"id": "ostria", "name": "Ostria", "kind": "state"},
    "calvane": {"id": "calvane", "name": "Calvane", "kind": "state"},
    "lida-varg": {"id": "lida-varg", "name": "Lida Varg", "kind": "person"},
    "united-nations": {"id": "united-nations", "name": "United Nations", "kind": "organization"},
}


def article(id, title, published, publisher, events, extra=""):
    """A fact sheet whose body is its events' sentences; each event (text, date, precision,
    actors) names its sentence. The actors are mentioned where their names stand."""
    body = " ".join(text for text, *_ in events) + (" " + extra if extra else "")
    actors = [{**a, "says": [a["name"]]} for a in ACTORS.values() if a["name"] in body]
    spec = {"id": id, "title": title, "published": published, "publisher": publisher, "body": body,
            "crisis": "port-avel", "actors": actors, "quotes": [], "positions": [], "sources": [], "figures": [],
            "events": [{"id": f"e{n}", "date": date or "2000-01-01", "when": "then", "what": text.rstrip("."), "text": text.rstrip("."),
                        "actors": [a for a in who if a in {x["id"] for x in actors}]}
                       for n, (text, date, precision, who) in enumerate(events, start=1)]}
    sheet = make_sheet(spec)  # validated with a placeholder date where an event has none
    for event, (_, date, precision, _) in zip(sheet["events"], events):
        event["date"] = str(date) if date else None
        event["date_precision"] = precision if date else None
    return sheet


CLOSE = "Ostria closed the port of Avel to Calvane ships."
SHEETS = [
    article("harbor-closes", "Ostria closes Port Avel to Calvane ships", "2024-04-10", "Harbor Post", [
        (CLOSE, "2024-04-09", "day", ["ostria", "calvane"]),
        ("Lida Varg of Ostria opened a new fish market in Avel.", "2024-04-09", "day", ["lida-varg", "ostria"]),
    ]),
    article("wire-shuts", "Ostria shuts Port Avel to shipping from Calvane", "2024-04-11", "Coast Wire", [
        ("Ostria closed the port of Avel to all ships from Calvane on Wednesday.", "2024-04-10", "day",
         ["ostria", "calvane"]),
    ]),
    article("ledger-copy", "Ostria closes Port Avel to Calvane ships", "2024-04-10", "Daily Ledger", [
        ("Lida Varg said Ostria closed the port of Avel after a dispute over fishing quotas with Calvane.",
         "2024-04-09", "day", ["lida-varg", "ostria", "calvane"]),
    ]),
    article("un-protest", "Calvane protests the Avel closure at the United Nations", "2024-04-18", "Coast Wire", [
        ("Calvane protested the Avel port closure at the United Nations.", "2024-04-17", "day",
         ["calvane", "united-nations"]),
        ("Ostria and Calvane signed a fishing treaty in 2019.", "2019-01-01", "year", ["ostria", "calvane"]),
        ("Calvane boats were turned away from Avel in a first quarrel over quotas.", "2024-04-05", "day",
         ["calvane"]),
    ]),
    article("stranded-undated", "Calvane fishermen stranded after Avel closure", None, "River Times", [
        ("Ostria closed the port of Avel to Calvane ships, stranding the fishermen.", None, None,
         ["ostria", "calvane"]),
    ]),
    article("choir-undated", "Calvane choir tours the islands", None, "River Times", [
        ("The Calvane choir began a tour of the islands.", None, None, ["calvane"]),
    ]),
]


@pytest.fixture(scope="module")
def crisis():
    return analyse(SHEETS).crises[0]


def _holding(crisis, article, event=None):
    return [d for d in crisis["developments"]
            if any(a["article"] == article and a["event"] == event for a in d["accounts"])]


def test_one_development_across_outlets_with_its_headline_copies(crisis):
    [closure] = _holding(crisis, "harbor-closes", "e1")
    assert closure["articles"][:3] == ["harbor-closes", "ledger-copy", "wire-shuts"]  # earliest report first
    assert set(closure["outlets"]) >= {"Harbor Post", "Daily Ledger", "Coast Wire"}
    assert closure["date"] == "2024-04-09" and closure["date_precision"] == "day"
    # both copies of one headline, and the other outlet's headline, are accounts of it
    headlines = [a["article"] for a in closure["accounts"] if a["event"] is None]
    assert {"harbor-closes", "ledger-copy", "wire-shuts"} <= set(headlines)
    assert closure["evidence"] == SHEETS[0]["events"][0]["evidence"]  # the first account in articles[0]
    accounts = {a["what"] for a in closure["accounts"]}
    assert len(accounts) >= 4  # the differing accounts, side by side
    assert closure["what"][0].isupper() and "closed" in closure["what"].lower() or "closes" in closure["what"]


def test_two_things_on_one_day_with_the_same_actors_stay_two(crisis):
    [market] = _holding(crisis, "harbor-closes", "e2")
    assert market["articles"] == ["harbor-closes"]
    assert market["id"] != _holding(crisis, "harbor-closes", "e1")[0]["id"]


def test_adjacent_days_meet_and_days_further_apart_do_not():
    late = article("late-report", "Ostria closes Port Avel to Calvane ships", "2024-04-14", "Bay News", [
        ("Ostria closed the port of Avel to Calvane ships.", "2024-04-13", "day", ["ostria", "calvane"]),
    ])
    crisis = analyse(SHEETS + [late]).crises[0]
    [closure] = _holding(crisis, "harbor-closes", "e1")
    assert "wire-shuts" in closure["articles"]       # dated the next day: one development
    assert "late-report" not in closure["articles"]  # four days later: another


def test_history_is_background_and_the_run_up_is_not(crisis):
    [treaty] = _holding(crisis, "un-protest", "e2")
    [run_up] = _holding(crisis, "un-protest", "e3")
    assert treaty["background"] is True and run_up["background"] is False
    events = {(e["article"], e["id"]): e for e in crisis["events"]}
    assert events[("un-protest", "e2")]["background"] is True
    assert events[("un-protest", "e3")]["background"] is False


def test_background_is_measured_against_the_crisis_s_own_length():
    short = {"first": "2024-04-10", "last": "2024-04-12"}
    long = {"first": "2024-04-10", "last": "2024-06-10"}
    assert background_cutoff(short) == dt.date(2024, 4, 3)      # at least a week of run-up
    assert background_cutoff(long) == dt.date(2024, 3, 11)      # half of two months
    assert is_background("2024-03-20", "day", background_cutoff(short))
    assert not is_background("2024-03-20", "day", background_cutoff(long))
    # a month is background only when all of it is: March 2024 may hold the run-up's last days
    assert not is_background("2024-03-01", "month", background_cutoff(long))
    assert is_background("2023-01-01", "year", background_cutoff(long))
    assert background_cutoff({"first": None, "last": None}) is None


def test_undated_article_is_placed_by_what_it_reports(crisis):
    [closure] = _holding(crisis, "harbor-closes", "e1")
    assert "stranded-undated" in closure["articles"]
    assert closure["articles"][-1] == "stranded-undated"  # undated reports last


def test_undated_article_reporting_nothing_dated_stays_apart_once(crisis):
    holding = [d for d in crisis["developments"] if "choir-undated" in d["articles"]]
    assert holding and all(d["date"] is None for d in holding)


def test_ids_are_readable_and_stay_when_an_unrelated_article_is_added(crisis):
    ids = {d["id"] for d in crisis["developments"]}
    assert len(ids) == len(crisis["developments"])
    [closure] = _holding(crisis, "harbor-closes", "e1")
    assert closure["id"].startswith("2024-04-09-")
    unrelated = article("lighthouse", "Avel lighthouse repainted", "2024-04-15", "Harbor Post", [
        ("Workers repainted the old lighthouse of Avel in red and white stripes.", "2024-04-14", "day", []),
    ])
    again = analyse(SHEETS + [unrelated]).crises[0]
    assert ids <= {d["id"] for d in again["developments"]}


def test_developments_keep_to_the_shape_of_crisis_yaml(crisis):
    keys = {"id", "date", "date_precision", "what", "actors", "articles", "outlets", "evidence", "accounts",
            "background"}
    for d in crisis["developments"]:
        assert keys <= set(d)
        assert all(set(a) >= {"article", "what", "evidence"} for a in d["accounts"])


def test_time_grows_with_the_mentions_not_their_square():
    """Forty times the articles, spread over forty times the days: comparisons stay within each
    window, so the time is far below forty squared times one crisis's."""
    import time
    def many(k):
        out = []
        for n in range(k):
            day = dt.date(2024, 1, 1) + dt.timedelta(days=n // 2)
            out += [article(f"a{n}-{s['id']}", s["article"]["title"], str(day), s["article"]["publisher"],
                            [(e["what"] + ".", str(day) if e["date"] else None, e.get("date_precision"), e["actors"])
                             for e in s["events"]]) for s in SHEETS[:3]]
        return out
    small, big = many(4), many(160)
    period = {"first": "2024-01-01", "last": "2024-12-31"}
    start = time.perf_counter()
    developments_of(small, period)
    one = time.perf_counter() - start
    start = time.perf_counter()
    developments_of(big, period)
    assert time.perf_counter() - start < 40 * 40 * max(one, 1e-3) / 8
