"""The crisis summary: a few of the articles' own sentences, central across outlets, newest
weighted, none repeating another, each one a reader understands alone."""
import copy
import random
from pathlib import Path

import yaml

from generator.crisis.sentences import article_sentences, split_sentences, stands_alone
from generator.crisis.summary import REDUNDANT, SUMMARY_MAX, SUMMARY_MIN, report_dates, score_candidates, summarise

FIXTURE = Path(__file__).parent.parent / "fixtures" / "crisis" / "summary_articles.yaml"


def make_sheet(spec: dict) -> dict:
    """What the summary reads of a fact sheet: the article, its events and quotes."""
    body = spec["body"]
    events = []
    for n, event in enumerate(spec.get("events") or [], start=1):
        start = body.index(event["text"])
        events.append({"id": f"e{n}", "date": str(event["date"]), "date_precision": "day", "when": None,
                       "what": event["text"], "actors": [], "evidence": [start, start + len(event["text"])]})
    return {"id": spec["id"], "article": {"title": spec["id"], "published": str(spec["published"]),
                                          "publisher": spec.get("publisher"), "body": body},
            "events": events, "quotes": spec.get("quotes") or []}


def port_sheets() -> list[dict]:
    return [make_sheet(spec) for spec in yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))]


def relevance_of(sheets, prefix: str, developments=None) -> float:
    """The relevance of the candidate sentence starting with `prefix`."""
    scored = score_candidates(sheets, developments)
    rows = [r for r, i in enumerate(scored.candidates) if scored.pool[i].text.startswith(prefix)]
    assert rows, prefix
    return float(scored.relevance[rows[0]])


def texts(summary) -> list[str]:
    return [entry["text"] for entry in summary]


def test_three_to_seven_sentences_each_exactly_its_span():
    sheets = port_sheets()
    summary = summarise(sheets)
    assert SUMMARY_MIN <= len(summary) <= SUMMARY_MAX
    bodies = {s["id"]: s["article"]["body"] for s in sheets}
    for entry in summary:
        start, end = entry["evidence"]
        assert bodies[entry["article"]][start:end] == entry["text"]


def test_the_summary_covers_the_developments_in_date_order():
    summary = summarise(port_sheets())
    joined = " ".join(texts(summary))
    assert "closed the port" in joined or "shut the port" in joined or "barred" in joined
    assert "recalled its ambassador" in joined
    assert "Lisswater" in joined
    dates = [entry["published"] for entry in summary]
    assert dates == sorted(dates)


def test_what_many_outlets_report_beats_what_one_outlet_repeats():
    sheets = port_sheets()
    # the protest in Brask, told by one outlet five times over (its copies of one story)
    protest = next(s for s in sheets if s["id"] == "recall-herald")
    for n in range(4):
        copy_ = copy.deepcopy(protest)
        copy_["id"] = f"protest-copy-{n}"
        sheets.append(copy_)
    assert relevance_of(sheets, "Fishing crews") < relevance_of(sheets, "Velmark recalled its ambassador")
    assert not any("Fishing crews" in t for t in texts(summarise(sheets)))


def test_copies_of_one_wire_under_several_mastheads_vote_once():
    sheets = port_sheets()
    protest = next(s for s in sheets if s["id"] == "recall-herald")
    alone = relevance_of(sheets, "Fishing crews")
    for n in range(4):
        copy_ = copy.deepcopy(protest)
        copy_["id"], copy_["article"]["publisher"] = f"protest-copy-{n}", f"Masthead {n}"
        sheets.append(copy_)
    assert relevance_of(sheets, "Fishing crews") == alone


def test_no_two_sentences_say_the_same_thing():
    sheets = port_sheets()
    summary = summarise(sheets)
    scored = score_candidates(sheets)
    rows = {(scored.pool[i].article, scored.pool[i].start): r for r, i in enumerate(scored.candidates)}
    chosen = [rows[(e["article"], e["evidence"][0])] for e in summary]
    likeness = scored.matrix[chosen] @ scored.matrix[chosen].T
    for a in range(len(chosen)):
        for b in range(a + 1, len(chosen)):
            assert likeness[a, b] <= REDUNDANT, (texts(summary)[a], texts(summary)[b])
    # the recall, reported by three outlets, is in the summary once; so is the closure, told in
    # other words by each outlet (closed, barred, shut) but of the same day
    assert sum("recalled its ambassador" in t for t in texts(summary)) == 1
    assert sum(t.startswith(("Ostria closed", "Foreign cargo ships were barred", "Ostria shut"))
               for t in texts(summary)) == 1


def test_sentences_that_need_the_one_before_are_never_chosen():
    assert not stands_alone("He said the decision on the port was final and would not change.")
    assert not stands_alone("But the shipping companies said they had received no notice at all.")
    assert not stands_alone("However, the ministry said the envoy would stay home for a month.")
    assert not stands_alone("On Tuesday, she told reporters that the port would stay closed.")
    assert not stands_alone("Will the port reopen before the grain harvest comes in this summer?")
    assert not stands_alone('"We will not let our neighbours starve us of trade, whatever it costs," the minister said.')
    assert not stands_alone("Ships waited.")  # too short to tell what happened
    assert not stands_alone("PORT CLOSED TO SHIPS AS ENVOYS ARE RECALLED")  # a heading
    assert stands_alone("Velmark recalled its ambassador from Ostria on Thursday in protest at the closure.")
    chosen = " ".join(texts(summarise(port_sheets())))
    for excluded in ("He said", "But the shipping", "Will the port", "We will not"):
        assert excluded not in chosen


def test_a_quote_whose_speaker_is_named_in_another_sentence_is_not_chosen():
    body = ("The envoy of Velmark spoke to reporters at the harbour gate on Monday. The port will stay "
            "closed to every foreign ship until the talks in Lisswater end.")
    quote_start = body.index("The port will")
    sheet = {"id": "quote", "article": {"published": "2031-04-01", "publisher": "Courier", "body": body},
             "events": [], "quotes": [{"id": "q1", "start": quote_start, "end": len(body),
                                       "speaker_mention": [0, 18], "speakers": ["envoy"]}]}
    sentences = {s.text[:12]: s.standalone for s in article_sentences(sheet)}
    assert sentences == {"The envoy of": True, "The port wil": False}


def test_page_furniture_is_not_a_sentence_of_the_story():
    body = ("Ostria closed the port of Kelmar to foreign cargo ships on Monday, stranding many vessels.\n"
            "Sign up for our morning newsletter to get the latest news on the port of Kelmar.\n"
            "By Jane Roe and John Doe")
    sheet = {"id": "furniture", "article": {"published": "2031-04-01", "publisher": "Courier", "body": body},
             "events": [], "quotes": []}
    assert [s.text[:6] for s in article_sentences(sheet) if s.standalone] == ["Ostria"]


def test_the_newest_reports_weigh_more():
    sheets = port_sheets()
    older = relevance_of(sheets, "Velmark recalled its ambassador")
    for sheet in sheets:  # the same articles, the recall now reported last
        if sheet["id"].startswith("recall"):
            sheet["article"]["published"] = "2031-04-08"
    assert relevance_of(sheets, "Velmark recalled its ambassador") > older
    # the summary ends on where the crisis stands: the agreed talks, the newest reports
    assert "Lisswater" in texts(summarise(port_sheets()))[-1]


def test_a_development_many_articles_report_is_favoured():
    sheets = port_sheets()
    ledger = next(s for s in sheets if s["id"] == "talks-ledger")
    span = [0, ledger["article"]["body"].index(".") + 1]
    developments = [{"id": "d1", "what": "talks agreed", "date": "2031-04-06", "articles": ["talks-ledger", "a", "b"],
                     "background": False, "ahead": False, "accounts": [{"article": "talks-ledger", "what": "talks", "evidence": span}]},
                    {"id": "d2", "what": "other", "date": "2031-04-01", "articles": ["x"],
                     "background": False, "ahead": False, "accounts": []}]
    before = relevance_of(sheets, "Ostria and Velmark agreed")
    assert relevance_of(sheets, "Ostria and Velmark agreed", developments) > before
    assert summarise(sheets, None) and summarise(sheets, developments)  # works with and without


def test_the_summary_is_the_same_however_the_articles_come():
    sheets = port_sheets()
    first = summarise(sheets)
    shuffled = list(sheets)
    random.Random(7).shuffle(shuffled)
    assert summarise(shuffled) == first == summarise(port_sheets())


def test_sentences_are_split_at_their_ends_not_at_abbreviations():
    text = ("WASHINGTON (Reuters) - Maj. Gen. Ada Roe of the U.S. Army met Mr. Tan in St. Paul on Monday. "
            "The talks ended. \"Why now?\" asked J. Smith.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Maj. Gen. Ada Roe of the U.S. Army met Mr. Tan in St. Paul on Monday.", "The talks ended.",
        "\"Why now?\" asked J. Smith."]


def test_crisis_yaml_holds_the_summary(dam, sheets):
    bodies = {s["id"]: s["article"]["body"] for s in sheets}
    assert dam["summary"], "the fixture crisis has a summary"
    for entry in dam["summary"]:
        assert set(entry) == {"text", "article", "published", "evidence"}
        start, end = entry["evidence"]
        assert bodies[entry["article"]][start:end] == entry["text"]


def test_an_undated_article_is_dated_where_the_timeline_places_it():
    sheets = port_sheets()
    undated = sheets[0]
    undated["article"]["published"] = None
    others = [s["id"] for s in sheets[1:3]]
    reported = {"id": "d1", "date": "2031-04-06", "date_precision": "day", "background": False, "ahead": False,
                "articles": [undated["id"], *others]}
    alone = {"id": "d2", "date": "2031-04-09", "date_precision": "day", "background": False, "ahead": False, "articles": [undated["id"]]}
    published = {s["id"]: s["article"]["published"] for s in sheets}
    dates = report_dates(published, [reported, alone])
    assert dates[undated["id"]] == "2031-04-06"  # what another article reports too, not its own latest date
    assert report_dates(published, [alone])[undated["id"]] is None
    assert report_dates(published, [reported, alone], placed={})[undated["id"]] is None  # the caller's placements
