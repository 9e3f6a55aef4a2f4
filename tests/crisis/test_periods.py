"""What changed, per period: weeks or months, developments, entered actors, stance shifts, key
quotes and the escalation signal, on small crises written for these tests."""

from generator.crisis.periods import WEEKLY_UP_TO_WEEKS, periods_of, same_topic


def development(id, date, what, actors=(), articles=("a1",), precision="day", **extra):
    return {"id": id, "date": date, "date_precision": precision, "what": what, "actors": list(actors),
            "articles": list(articles), "outlets": [], "evidence": None,
            "accounts": [{"article": a, "what": what, "evidence": [0, 1]} for a in articles],
            "background": False, **extra}


def crisis(developments, actors=(), articles=(), quotes=(), positions=(), first=None, last=None):
    dates = sorted(d["date"] for d in developments)
    return {"id": "harbour", "period": {"first": first or dates[0], "last": last or dates[-1]},
            "developments": list(developments), "actors": list(actors), "articles": list(articles),
            "quotes": list(quotes), "positions": list(positions)}


def actor(id, kind="person", articles=(), centrality=1):
    return {"id": id, "kind": kind, "articles": list(articles), "centrality": centrality}


def article(id, published):
    return {"id": id, "published": published}


def position(actor, stance, topic, article, published, quote=None):
    return {"actor": actor, "stance": stance, "topic": topic, "article": article, "published": published,
            "quote": quote, "evidence": f"evidence of {actor} in {article}"}


def quote(id, article, published, text, speakers, kind="direct"):
    return {"id": id, "article": article, "published": published, "text": text, "kind": kind,
            "speakers": list(speakers)}


# --- periods --------------------------------------------------------------------------------------

def test_weekly_periods_run_monday_to_sunday_from_the_first_development_to_the_last():
    periods = periods_of(crisis([
        development("d1", "2024-03-06", "The ferry crews met the harbour board"),      # a Wednesday
        development("d2", "2024-03-10", "The board signed the timetable"),             # the Sunday after
        development("d3", "2024-03-25", "Dockers protested at the gates"),             # two weeks later
    ]))
    assert [(p["start"], p["end"]) for p in periods] == [
        ("2024-03-04", "2024-03-10"), ("2024-03-11", "2024-03-17"), ("2024-03-18", "2024-03-24"),
        ("2024-03-25", "2024-03-31")]
    assert [p["developments"] for p in periods] == [["d1", "d2"], [], [], ["d3"]]
    assert periods[0]["label"] == "Week of 2024-03-04"
    assert periods[1]["escalation"] == {"score": None, "trend": None, "evidence": []}  # a quiet week


def test_a_long_crisis_is_read_month_by_month_and_a_month_date_finds_its_month():
    start, developments = "2024-01-10", []
    developments = [development("d1", start, "Talks opened in the port"),
                    development("d2", "2024-02-01", "The ministry warned the crews", precision="month"),
                    development("d3", "2024-06-20", "Both sides signed an accord")]
    periods = periods_of(crisis(developments))
    assert [p["label"] for p in periods] == ["January 2024", "February 2024", "March 2024", "April 2024",
                                              "May 2024", "June 2024"]
    assert periods[1]["developments"] == ["d2"] and periods[-1]["end"] == "2024-06-30"


def test_a_short_crisis_leaves_a_development_dated_only_to_its_month_out_of_the_weeks():
    periods = periods_of(crisis([development("d1", "2024-03-06", "Talks opened"),
                                 development("d2", "2024-03-01", "Crews struck in March", precision="month"),
                                 development("d3", "2024-03-14", "An accord was signed")]))
    assert [d for p in periods for d in p["developments"]] == ["d1", "d3"]
    assert len(periods) * 7 <= WEEKLY_UP_TO_WEEKS * 7


def test_background_and_announcements_are_no_period_s_developments():
    periods = periods_of(crisis([
        development("old", "2019-05-02", "A war was fought over the strait", background=True),
        development("d1", "2024-03-06", "The crews met the board"),
        development("plan", "2024-03-20", "A vote is due next week", ahead=True),
        development("later", "2024-04-30", "The summit will be held"),
    ], last="2024-03-08"))
    assert [d for p in periods for d in p["developments"]] == ["d1"] and len(periods) == 1


def test_no_developments_no_periods():
    assert periods_of({"id": "x", "developments": []}) == []
    assert periods_of({"id": "x"}) == []


# --- actors that entered -----------------------------------------------------------------------------

def test_an_actor_enters_in_the_period_it_is_first_seen_most_central_first():
    periods = periods_of(crisis(
        [development("d1", "2024-03-06", "The board met the crews", actors=["board"]),
         development("d2", "2024-03-13", "Ilse Varga visited the harbour", actors=["ilse-varga", "board"])],
        actors=[actor("board", "organization", ["a1"], 9), actor("ilse-varga", "person", ["a2"], 5),
                actor("sven-odd", "person", ["a1", "a2"], 7), actor("the-letter", "document", ["a2"], 3)],
        articles=[article("a1", "2024-03-02"), article("a2", "2024-03-14")]))
    # sven-odd appears in a1, published before the first period: he enters in the first
    assert periods[0]["actors_entered"] == ["board", "sven-odd"]
    assert periods[1]["actors_entered"] == ["ilse-varga"]   # a document is no actor entering


# --- stance shifts ---------------------------------------------------------------------------------

def weeks_with(positions):
    return periods_of(crisis([development("d1", "2024-03-04", "Talks opened"),
                              development("d2", "2024-03-20", "Talks went on")], positions=positions))


def test_a_stance_that_changes_from_one_period_to_a_later_one_is_a_shift_with_both_evidence():
    periods = weeks_with([position("board", "supports", "the new timetables", "a1", "2024-03-05", "q1"),
                          position("board", "opposes", "new timetable", "a3", "2024-03-19", "q4")])
    assert periods[0]["stance_shifts"] == [] and periods[1]["stance_shifts"] == []
    shift, = periods[2]["stance_shifts"]
    assert shift["actor"] == "board" and shift["topic"] == "new timetable"
    assert shift["before"] == {"stance": "supports", "topic": "the new timetables", "article": "a1", "quote": "q1",
                               "evidence": "evidence of board in a1"}
    assert shift["after"]["stance"] == "opposes" and shift["after"]["article"] == "a3"


def test_a_stance_held_is_no_shift_nor_is_another_actor_s_or_another_topic():
    periods = weeks_with([position("board", "supports", "the timetable", "a1", "2024-03-05"),
                          position("board", "supports", "timetable", "a3", "2024-03-19"),
                          position("crews", "opposes", "the timetable", "a3", "2024-03-19"),
                          position("board", "opposes", "the strike ban", "a3", "2024-03-20")])
    assert all(p["stance_shifts"] == [] for p in periods)


def test_topics_are_compared_loosely():
    assert same_topic("the sanctions on Marenland", "sanction on Marenland")
    assert same_topic("denuclearization of the peninsula", "complete denuclearization of the peninsula")
    assert not same_topic("war", "escalation and war")   # one word is too little to say it is the same
    assert not same_topic("the timetable", "the strike ban")


# --- key quotes -------------------------------------------------------------------------------------

def test_key_quotes_count_a_quote_carried_by_several_articles_once_one_per_speaker():
    said = "We will keep the harbour open for every ship that comes"
    periods = periods_of(crisis(
        [development("d1", "2024-03-06", "The board met the crews")],
        actors=[actor("ilse-varga", centrality=9), actor("sven-odd", centrality=4)],
        quotes=[quote("q1", "a1", "2024-03-06", said, ["ilse-varga"]),
                quote("q2", "a2", "2024-03-07", said + ".", ["ilse-varga"]),
                quote("q3", "a2", "2024-03-07", "The harbour has never been busier than this spring", ["ilse-varga"]),
                quote("q4", "a1", "2024-03-06", "Our crews are tired of waiting for the board", ["sven-odd"]),
                quote("q5", "a1", "2024-03-06", "Too short", ["sven-odd"])]))
    assert periods[0]["key_quotes"] == [
        {"article": "a1", "quote": "q1", "speaker": "ilse-varga", "reported_by": 2},
        {"article": "a1", "quote": "q4", "speaker": "sven-odd", "reported_by": 1}]


# --- the escalation signal per period -------------------------------------------------------------

def test_escalation_rises_on_attacks_and_threats_and_falls_on_talks_and_agreement():
    periods = periods_of(crisis([
        development("d1", "2024-03-05", "The board and the crews met in Lund", articles=["a1", "a2"]),
        development("d2", "2024-03-12", "Valdorian jets attacked the harbour", articles=["a3", "a4", "a5"]),
        development("d3", "2024-03-13", "Marenland threatened to retaliate", articles=["a3"]),
        development("d4", "2024-03-14", "Marenland refused to negotiate", articles=["a4"]),
        development("d5", "2024-03-20", "Both sides agreed to a ceasefire", articles=["a6", "a7", "a8"]),
        development("d6", "2024-03-21", "The ministers signed an accord", articles=["a6"]),
        development("d7", "2024-03-27", "The ministers signed a second accord", articles=["a9", "a10", "a11"]),
    ]))
    trends = [p["escalation"]["trend"] for p in periods]
    scores = [p["escalation"]["score"] for p in periods]
    assert trends == ["down", "up", "down", "steady"]   # the first week is read against calm
    assert scores[1] > 0 > scores[2]
    up = periods[1]["escalation"]["evidence"]
    assert up[0]["id"] == "d2" and up[0]["weight"] == -10 and up[0]["words"] == ["attack"]
    assert periods[2]["escalation"]["evidence"][0]["id"] == "d5"


def test_one_report_in_a_quiet_week_moves_the_score_less_than_a_week_of_them():
    one = periods_of(crisis([development("d1", "2024-03-05", "Jets attacked the harbour")]))
    many = periods_of(crisis([development("d1", "2024-03-05", "Jets attacked the harbour",
                                          articles=[f"a{n}" for n in range(12)])]))
    assert 0 < one[0]["escalation"]["score"] < many[0]["escalation"]["score"]


def test_what_was_said_counts_beside_what_happened():
    periods = periods_of(crisis(
        [development("d1", "2024-03-05", "The crews gathered at the gates")],   # no word of the scale
        quotes=[quote("q1", "a1", "2024-03-05", "We will retaliate against any attack on our ships", ["varga"])],
        positions=[position("odd", "supports", "military strikes on the port", "a1", "2024-03-05")]))
    signal = periods[0]["escalation"]
    assert signal["trend"] == "up" and {e["kind"] for e in signal["evidence"]} == {"quote", "position"}
