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


def test_the_crisis_page_shows_one_row_per_development_and_background_apart():
    from generator.site.plan import render_site
    from tests.site.support import to_html
    analysis = analyse(SHEETS)
    pages = render_site(analysis.sheets, crises=analysis.crises)
    page = to_html(next(html for path, html in pages.items() if path.startswith("crises/port-avel/index")))
    timeline, background = page.text.split("Timeline", 1)[1].split("Background", 1)
    assert timeline.count("Ostria closed the port of Avel") + timeline.count("Ostria closes Port Avel") >= 1
    assert "articles (Harbor Post" in timeline                 # reported by N articles (outlets)
    assert "accounts" in timeline                              # the differing accounts, folded
    assert "fishing treaty" in background and "fishing treaty" not in timeline
    assert timeline.count("Calvane choir tours the islands") == 1  # undated, apart, once
    assert "Calvane fishermen stranded" not in timeline.split("Undated reports", 1)[1]  # placed, not apart


# --- one thing in other words: the class of the main verb (generator/data/escalation.yaml) ----------
# A raid on an invented town: the accounts share no telling word, only the class of their verb,
# an actor and the day. Filler articles about other actors keep Dara Menn a protagonist of the
# crisis, not an actor named in most of its sentences.
ACTORS["dara-menn"] = {"id": "dara-menn", "name": "Dara Menn", "kind": "person"}
FILLER = [article(f"filler-{n}", f"Calvane fair number {n} opens", f"2024-05-0{n}", "River Times", [
    (f"Calvane opened fair number {n} in its capital.", f"2024-05-0{n}", "day", ["calvane"]),
]) for n in range(1, 6)]
AIRSTRIKE = article("raid-wire", "Militia chief dies in Ostrian raid", "2024-05-08", "Coast Wire", [
    ("Dara Menn died in an Ostrian airstrike.", "2024-05-07", "day", ["dara-menn", "ostria"]),
])
DRONE = article("raid-post", "Harbour quiet after night operation", "2024-05-08", "Harbor Post", [
    ("A drone strike killed Dara Menn near the harbour.", "2024-05-07", "day", ["dara-menn"]),
])
THREAT = article("raid-threat", "Clan leaders speak at rally", "2024-05-08", "Daily Ledger", [
    ("Followers of Dara Menn threatened Ostria with revenge.", "2024-05-07", "day", ["dara-menn", "ostria"]),
])
DENIED = article("raid-denied", "Ostria answers reporters", "2024-05-08", "Bay News", [
    ("Ostria said it did not bomb Dara Menn's camp.", "2024-05-07", "day", ["dara-menn", "ostria"]),
])
MAYBE = article("raid-maybe", "Analysts weigh the next step", "2024-05-08", "River Times", [
    ("Ostria may raid Dara Menn's other camps.", "2024-05-07", "day", ["dara-menn", "ostria"]),
])
AFTER = article("raid-after", "Calvane envoy gives interview", "2024-05-08", "Daily Ledger", [
    ("The Calvane envoy spoke after an airstrike killed Dara Menn.", "2024-05-07", "day", ["dara-menn", "calvane"]),
])
RAID = FILLER + [AIRSTRIKE, DRONE, THREAT, DENIED, MAYBE, AFTER]


@pytest.fixture(scope="module")
def raid():
    return analyse(RAID).crises[0]


def test_one_class_of_verb_about_one_protagonist_the_same_day_is_one_thing(raid):
    # "died in an airstrike" and "a drone strike killed": no telling word in common, one fight
    [killing] = _holding(raid, "raid-wire", "e1")
    assert {"raid-wire", "raid-post"} <= set(killing["articles"])


def test_a_threat_the_same_day_with_the_same_actors_is_another_thing(raid):
    [killing] = _holding(raid, "raid-wire", "e1")
    assert "raid-threat" not in killing["articles"]


def test_a_negated_account_never_joins_an_affirmed_one(raid):
    [killing] = _holding(raid, "raid-wire", "e1")
    assert "raid-denied" not in killing["articles"]


def test_what_may_be_and_what_is_background_of_another_event_give_no_class(raid):
    # "may raid" is no raid; "spoke after an airstrike killed" reports the speaking
    [killing] = _holding(raid, "raid-wire", "e1")
    assert "raid-maybe" not in killing["articles"] and "raid-after" not in killing["articles"]


def test_an_actor_in_most_sentences_does_not_make_one_class_one_thing():
    # Calvane is in every filler article: two of its fights the same day, in other words, are two
    filler = FILLER[:2]
    one = article("skirmish-a", "Border post report", "2024-05-08", "Coast Wire", [
        ("Calvane shelled a border post.", "2024-05-07", "day", ["calvane"]),
    ])
    two = article("skirmish-b", "Coast report", "2024-05-08", "Harbor Post", [
        ("Calvane gunboats raided a fishing village.", "2024-05-07", "day", ["calvane"]),
    ])
    crisis = analyse(filler + [one, two]).crises[0]
    [shelling] = _holding(crisis, "skirmish-a", "e1")
    assert "skirmish-b" not in shelling["articles"]


# --- undated articles placed by the developments they report --------------------------------------

def test_an_undated_article_s_report_is_dated_by_the_development_it_reports(crisis):
    reports = {e["article"]: e for e in crisis["events"] if e["type"] == "report"}
    stranded = reports["stranded-undated"]
    assert stranded["date"] == "2024-04-09" and stranded["estimated"] and stranded["when"] == "estimated"
    choir = reports["choir-undated"]
    assert choir["date"] is None and not choir["estimated"]


def test_an_undated_article_dated_only_by_itself_is_not_placed():
    alone = article("alone-undated", "Calvane ferry retired", None, "River Times", [
        ("Calvane retired its oldest ferry.", "2024-04-12", "day", ["calvane"]),
    ])
    crisis = analyse(SHEETS + [alone]).crises[0]
    report = next(e for e in crisis["events"] if e["type"] == "report" and e["article"] == "alone-undated")
    assert report["date"] is None and not report["estimated"]


def test_an_account_in_another_script_gets_an_id_and_no_two_ids_meet():
    sheets = [article("east-wire", "Порт закрыт", "2024-04-11", "East Wire", [
        ("Порт Авель закрыт.", "2024-04-10", "day", []),
        ("Порт Авель открыт.", "2024-04-10", "day", []),
    ])]
    ids = [d["id"] for d in developments_of(sheets, {"first": "2024-04-11", "last": "2024-04-11"})]
    assert len(ids) == len(set(ids)) >= 2
    assert all(i.startswith("2024-04-") and not i.endswith("-") and "--" not in i for i in ids), ids


def test_a_development_dated_to_a_month_places_no_undated_article():
    from generator.crisis.developments import placements
    month = {"id": "m", "date": "2024-04-01", "date_precision": "month", "background": False, "ahead": False,
             "articles": ["undated-one", "dated-one"]}
    day = {**month, "id": "d", "date": "2024-04-09", "date_precision": "day"}
    assert placements([month], {"undated-one"}) == {}
    assert placements([month, day], {"undated-one"}) == {"undated-one": "2024-04-09"}


def test_a_development_is_ahead_of_its_reports_when_announced_or_after_the_newest_report():
    from generator.crisis.developments import ahead_of_reports
    period = {"first": "2024-04-01", "last": "2024-04-10"}
    vote = {"id": "v", "date": "2024-04-08", "ahead": False}
    assert not ahead_of_reports(vote, period)
    assert ahead_of_reports({**vote, "ahead": True}, period)  # "the vote next week", in its article's words
    assert ahead_of_reports({**vote, "date": "2024-04-12"}, period)  # after every report (an undated article's)
    assert not ahead_of_reports({**vote, "date": "2024-04-12"}, {})  # no reports dated: nothing to be ahead of
    assert not ahead_of_reports({**vote, "date": None}, period)
