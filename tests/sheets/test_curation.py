import copy
from pathlib import Path

import pytest

from generator.sheets.curation import (Curation, CurationError, apply_curation, curation_checksum,
                                       curation_path, is_curation_file, load_curation)
from generator.model.schema import validate

BODY = ("Ministers from Arland and Belmora met in Porto on Monday.\n"
        '"We will not accept the cut," said Mira Tal, Arland\'s fisheries minister.\n'
        "Tal added that the talks would resume in June.\n"
        '"It was a useful day," the Belmora delegation said, as quoted by Harbour Wire.')


def span(text: str) -> list[int]:
    start = BODY.index(text)
    return [start, start + len(text)]


def actor(aid, name, kind, mentions, aliases=(), affiliation=None, roles=()):
    return {"id": aid, "name": name, "kind": kind, "aliases": list(aliases), "roles": list(roles),
            "affiliation": affiliation, "mentions": mentions}


def quote(qid, text, speakers, via=None):
    return {"id": qid, "text": text, "kind": "direct", "speakers": speakers, "speaker_mention": None,
            "cue": "said", "via": via, "start": span(text)[0], "end": span(text)[1]}


@pytest.fixture
def sheet() -> dict:
    data = {
        "schema_version": 1, "id": "porto-talks",
        "article": {"title": "Porto talks", "lede": BODY.split("\n")[0], "published": "2024-05-06",
                    "url": None, "publisher": None, "authors": [], "language": None,
                    "source_file": "porto-talks.txt", "checksum": "sha256:0", "related": [], "body": BODY},
        "actors": [actor("mira-tal", "Mira Tal", "person", [span("Mira Tal")], affiliation="arland"),
                   actor("tal", "Tal", "person", [span("Tal added")[:1] + [span("Tal added")[0] + 3]]),
                   actor("arland", "Arland", "state", [span("Arland and")[:1] + [span("Arland")[1]]]),
                   actor("belmora", "Belmora", "group", [span("Belmora delegation")[:1] + [span("Belmora delegation")[0] + 7]])],
        "quotes": [quote("q1", "We will not accept the cut,", ["tal"]),
                   quote("q2", "It was a useful day,", ["belmora"], via="src-harbour-wire")],
        "positions": [{"actor": "belmora", "stance": "supports", "topic": "the talks", "cue": "said",
                       "evidence": "q2"}],
        "sources": [{"id": "src-harbour-wire", "name": "Harbour Wire", "kind": "media", "url": None,
                     "cited_for": ["q2"]}],
        "events": [{"id": "ev-1", "date": None, "when": "on Monday", "what": "Ministers met in Porto",
                    "actors": ["arland", "tal"], "evidence": span("Ministers from Arland")}],
        "figures": [{"value": 1, "unit": None, "text": "one", "actor": "tal", "evidence": [0, 3]}],
    }
    validate(data)
    return data


def curation(**sections) -> Curation:
    return Curation(name="porto-talks.curation.yaml", **sections)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "porto-talks.curation.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- file and API -------------------------------------------------------------------------------

def test_curation_file_sits_beside_the_seed():
    assert curation_path(Path("seeds/porto-talks.txt")) == Path("seeds/porto-talks.curation.yaml")
    assert is_curation_file(Path("seeds/porto-talks.curation.yaml"))
    assert not is_curation_file(Path("seeds/porto-talks.txt"))


def test_checksum_changes_with_the_file_and_is_none_without_one(tmp_path):
    assert curation_checksum(tmp_path / "none.curation.yaml") is None
    path = write(tmp_path, "rename: {tal: Mira Tal}\n")
    first = curation_checksum(path)
    path.write_text("rename: {tal: M. Tal}\n", encoding="utf-8")
    assert first.startswith("sha256:") and curation_checksum(path) != first


def test_load_reads_every_section(tmp_path):
    path = write(tmp_path, """
merge: {tal: mira-tal}
rename: {belmora: Belmora delegation}
actors:
  belmora: {kind: organization, roles: [{title: delegation, of: arland}], affiliation: null}
speakers: {q1: [mira-tal]}
drop_quotes: [q2]
add_positions:
  - {actor: mira-tal, stance: opposes, topic: the cut, evidence: q1}
event_dates: {ev-1: 2024-05-06}
add_events:
  - {what: Talks resume, when: in June, actors: [arland], evidence: "the talks would resume in June"}
""")
    cur = load_curation(path)
    assert cur.merge == {"tal": "mira-tal"} and cur.drop_quotes == ["q2"]
    assert cur.actors["belmora"] == {"kind": "organization", "roles": [{"title": "delegation", "of": "arland"}],
                                     "affiliation": None}
    assert cur.event_dates == {"ev-1": "2024-05-06"} and cur.add_events[0]["date"] is None


@pytest.mark.parametrize("text, message", [
    ("merge: [tal]\n", "porto-talks.curation.yaml: 'merge' must be a mapping of id: value, not list"),
    ("renames: {tal: X}\n", "porto-talks.curation.yaml: 'renames' is not a section; use merge, rename, "
                            "actors, speakers, drop_quotes, add_positions, event_dates, add_events"),
    ("actors: {tal: {kind: alien}}\n", "porto-talks.curation.yaml: 'actors/tal/kind' must be one of "
                                       "person, state, organization, group, media, document, other"),
    ("speakers: {q1: [../etc]}\n", "porto-talks.curation.yaml: 'speakers/q1/0' must be an id from the "
                                   "fact sheet, not '../etc'"),
    ("event_dates: {ev-1: soon}\n", "porto-talks.curation.yaml: 'event_dates/ev-1' must be a date "
                                    "YYYY-MM-DD or null, not 'soon'"),
    ("add_positions: [{actor: tal, stance: maybe, topic: x, evidence: q1}]\n",
     "porto-talks.curation.yaml: 'add_positions/0/stance' must be one of supports, opposes, neutral"),
    ("add_events: [{what: x}]\n", "porto-talks.curation.yaml: 'add_events/0/evidence' is missing"),
    ("rename: {tal: [x]}\n", "porto-talks.curation.yaml: 'rename/tal' must be non-empty text, not list"),
    ("merge: {tal: mira-tal\n", "porto-talks.curation.yaml: is not valid YAML (line 1: did not find expected ',' or '}')"),
    ("a: &a [x]\nb: *a\n", "porto-talks.curation.yaml: uses YAML anchors (&name) (line 1), which are not allowed"),
    ("- tal\n", "porto-talks.curation.yaml: '(top)' must be a mapping of sections, not list"),
])
def test_bad_curation_files_give_one_line_naming_file_and_field(tmp_path, text, message):
    with pytest.raises(CurationError) as err:
        load_curation(write(tmp_path, text))
    assert str(err.value) == message


def test_empty_curation_file_changes_nothing_but_the_record(tmp_path, sheet):
    new, problems = apply_curation(sheet, load_curation(write(tmp_path, "# nothing yet\n")))
    assert problems == [] and new["curated"] == [] and new["actors"] == sheet["actors"]


# --- corrections ---------------------------------------------------------------------------------

def test_merge_repoints_everything_and_keeps_the_input(sheet):
    before = copy.deepcopy(sheet)
    new, problems = apply_curation(sheet, curation(merge={"tal": "mira-tal"}))
    assert sheet == before  # the input is not touched
    assert problems == []
    ids = [a["id"] for a in new["actors"]]
    assert "tal" not in ids
    target = next(a for a in new["actors"] if a["id"] == "mira-tal")
    assert target["aliases"] == ["Tal"] and len(target["mentions"]) == 2 and target["curated"] is True
    assert new["quotes"][0]["speakers"] == ["mira-tal"]
    assert new["events"][0]["actors"] == ["arland", "mira-tal"]
    assert new["figures"][0]["actor"] == "mira-tal"
    assert new["curated"] == [{"what": "merged actor", "target": "tal -> mira-tal"}]
    validate(new)


def test_rename_keeps_the_old_name_as_alias(sheet):
    new, _ = apply_curation(sheet, curation(rename={"belmora": "Belmora delegation"}))
    belmora = next(a for a in new["actors"] if a["id"] == "belmora")
    assert belmora["name"] == "Belmora delegation" and belmora["aliases"] == ["Belmora"]
    validate(new)


def test_change_kind_role_and_affiliation(sheet):
    fields = {"kind": "organization", "roles": [{"title": "delegation", "of": "arland"}], "affiliation": None}
    new, problems = apply_curation(sheet, curation(actors={"belmora": fields}))
    belmora = next(a for a in new["actors"] if a["id"] == "belmora")
    assert problems == [] and belmora["kind"] == "organization" and belmora["roles"][0]["of"] == "arland"
    validate(new)


def test_fix_speakers(sheet):
    new, problems = apply_curation(sheet, curation(speakers={"q1": ["mira-tal"]}))
    assert problems == [] and new["quotes"][0]["speakers"] == ["mira-tal"] and new["quotes"][0]["curated"]
    assert new["curated"] == [{"what": "fixed quote speakers", "target": "q1"}]


def test_drop_quote_takes_its_positions_and_only_sources(sheet):
    new, problems = apply_curation(sheet, curation(drop_quotes=["q2"]))
    assert problems == [] and [q["id"] for q in new["quotes"]] == ["q1"]
    assert new["positions"] == [] and new["sources"] == []
    validate(new)


def test_add_position_with_quote_or_words_as_evidence(sheet):
    new, problems = apply_curation(sheet, curation(add_positions=[
        {"actor": "mira-tal", "stance": "opposes", "topic": "the cut", "cue": None, "evidence": "q1"},
        {"actor": "tal", "stance": "supports", "topic": "more talks", "cue": None,
         "evidence": "the talks would resume in June"}]))
    assert problems == []
    assert new["positions"][1]["evidence"] == "q1"
    assert new["positions"][2]["evidence"] == span("the talks would resume in June")
    validate(new)


def test_set_event_date_and_add_event(sheet):
    new, problems = apply_curation(sheet, curation(
        event_dates={"ev-1": "2024-05-06"},
        add_events=[{"id": None, "what": "Talks resume", "date": "2024-06-01", "when": "in June",
                     "actors": ["arland"], "evidence": "resume in June"}]))
    assert problems == [] and new["events"][0]["date"] == "2024-05-06"
    assert new["events"][1]["id"] == "curated-event-2" and new["events"][1]["evidence"] == span("resume in June")
    validate(new)


def test_corrections_whose_target_is_gone_are_reported_and_skipped(sheet):
    new, problems = apply_curation(sheet, curation(
        drop_quotes=["q7"], merge={"ghost": "mira-tal"}, speakers={"q1": ["nobody"]},
        event_dates={"ev-9": None}, rename={"mira-tal": "Mira Tal"},
        add_positions=[{"actor": "mira-tal", "stance": "opposes", "topic": "x", "cue": None,
                        "evidence": "words that are not there"}]))
    assert problems == [
        "porto-talks.curation.yaml: actor ghost to merge no longer exists",
        "porto-talks.curation.yaml: actor nobody (speaker of quote q1) no longer exists",
        "porto-talks.curation.yaml: quote q7 to drop no longer exists",
        "porto-talks.curation.yaml: evidence 'words that are not there' of the new position of "
        "mira-tal is neither a quote id nor words of the article",
        "porto-talks.curation.yaml: event ev-9 to date no longer exists",
    ]
    assert new["curated"] == [{"what": "renamed actor", "target": "mira-tal"}]
    validate(new)


def test_merge_into_itself_is_a_problem(sheet):
    _, problems = apply_curation(sheet, curation(merge={"tal": "tal"}))
    assert problems == ["porto-talks.curation.yaml: actor tal cannot be merged into itself"]


def test_every_correction_together_still_validates(tmp_path, sheet):
    path = write(tmp_path, """
merge: {tal: mira-tal}
rename: {belmora: Belmora delegation}
actors: {belmora: {kind: organization}, mira-tal: {roles: [fisheries minister]}}
speakers: {q1: [mira-tal]}
drop_quotes: [q2]
add_positions: [{actor: arland, stance: opposes, topic: the cut, evidence: q1}]
event_dates: {ev-1: 2024-05-06}
add_events: [{id: ev-june, what: Talks resume, actors: [mira-tal], evidence: q1}]
""")
    new, problems = apply_curation(sheet, load_curation(path))
    assert problems == []
    validate(new)
    assert [c["what"] for c in new["curated"]] == [
        "merged actor", "renamed actor", "changed actor", "changed actor", "fixed quote speakers",
        "dropped quote", "added position", "set event date", "added event"]
