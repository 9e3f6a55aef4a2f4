"""benchmarks/facts_eval.py: sample, judge, score and resample on a sheet written here."""
import json

import pytest
import yaml

from benchmarks import facts_eval

BODY = ("Ruritania said on Monday it opposes the dam. "
        "\"We will never accept it,\" said Anna Berg, the foreign minister. "
        "Troops crossed the river on Tuesday.")


def sheet(sheet_id="a1", body=BODY, event_what="Troops crossed the river"):
    quote_start = body.index("We will")
    quote_end = body.index(",\" said")
    return {
        "schema_version": 1, "id": sheet_id,
        "article": {"title": "T", "published": "2020-01-08", "body": body},
        "actors": [
            {"id": "ruritania", "name": "Ruritania", "kind": "state", "aliases": [], "roles": [],
             "affiliation": None, "mentions": [[0, 9]]},
            {"id": "anna-berg", "name": "Anna Berg", "kind": "person", "aliases": [], "roles": [],
             "affiliation": None, "mentions": [[body.index("Anna"), body.index("Anna") + 9]]},
        ],
        "quotes": [{"id": "q1", "text": body[quote_start:quote_end], "kind": "direct",
                    "speakers": ["anna-berg"], "speaker_mention": [body.index("Anna"), body.index("Anna") + 9],
                    "cue": "said", "via": None, "start": quote_start, "end": quote_end}],
        "positions": [
            {"actor": "ruritania", "stance": "opposes", "topic": "the dam", "cue": "opposes",
             "evidence": [0, body.index(". ") + 1]},
            {"actor": "anna-berg", "stance": "opposes", "topic": "the dam", "cue": "accept", "evidence": "q1"},
        ],
        "sources": [],
        "events": [{"id": "e1", "date": "2020-01-07", "when": "Tuesday", "what": event_what, "actors": [],
                    "evidence": [body.index("Troops"), len(body) - 1]}],
        "figures": [],
        "extractor_version": "1",
    }


def write_sheets(path, *sheets):
    path.write_text("".join(json.dumps(s) + "\n" for s in sheets), encoding="utf-8")
    return path


def test_sample_holds_ids_offsets_and_digests_but_no_text(tmp_path):
    sheets = write_sheets(tmp_path / "s.jsonl", sheet())
    out = tmp_path / "verdicts" / "x.yaml"
    assert facts_eval.main(["sample", "--sheets", str(sheets), "--crisis", "x", "--seed", "1",
                            "--per-kind", "40", "--out", str(out)]) == 0
    data = yaml.safe_load(out.read_text())
    kinds = sorted(e["kind"] for e in data["items"])
    assert kinds == ["actor", "actor", "event", "position", "position", "speaker"]
    text = out.read_text()
    for word in ("Ruritania", "Anna", "dam", "Troops", "accept"):
        assert word not in text
    by_kind = {e["kind"]: e for e in data["items"]}
    quote = sheet()["quotes"][0]
    assert by_kind["speaker"]["span"] == [quote["start"], quote["end"]]
    assert by_kind["speaker"]["name"] == quote["speaker_mention"]
    quoted = [e for e in data["items"] if e["kind"] == "position" and e["span"] == [quote["start"], quote["end"]]]
    assert len(quoted) == 1  # a quote id as evidence becomes the quote's offsets
    assert by_kind["event"]["readable"] is None and by_kind["event"]["date"] is None
    assert all(len(e["digest"]) == 12 and e["verdict"] is None for e in data["items"])


def test_the_draw_is_fixed_by_the_seed_and_capped_per_kind(tmp_path):
    sheets = facts_eval.read_sheets(write_sheets(tmp_path / "s.jsonl", sheet("a1"), sheet("a2"), sheet("a3")))
    one = facts_eval.sample(sheets, "x", seed=1, per_kind=2)
    again = facts_eval.sample(sheets, "x", seed=1, per_kind=2)
    assert one == again
    assert sum(1 for e in one["items"] if e["kind"] == "actor") == 2
    assert sum(1 for e in one["items"] if e["kind"] == "event") == 2


def test_judge_then_score_counts_right_over_judged(tmp_path):
    sheets_path = write_sheets(tmp_path / "s.jsonl", sheet())
    out = tmp_path / "v.yaml"
    facts_eval.main(["sample", "--sheets", str(sheets_path), "--crisis", "x", "--out", str(out)])
    data = yaml.safe_load(out.read_text())
    numbers = {e["kind"]: [] for e in data["items"]}
    for n, e in enumerate(data["items"], 1):
        numbers[e["kind"]].append(n)
    judgements = {numbers["position"][0]: "right", numbers["position"][1]: "wrong wrong-holder",
                  numbers["actor"][0]: "right", numbers["actor"][1]: "wrong furniture",
                  numbers["event"][0]: "readable=yes date=right",
                  numbers["speaker"][0]: "right"}
    (tmp_path / "j.yaml").write_text(yaml.safe_dump(judgements))
    facts_eval.main(["judge", "--verdicts", str(out), "--from", str(tmp_path / "j.yaml")])
    result = facts_eval.score(facts_eval.read_sheets(sheets_path), yaml.safe_load(out.read_text()))
    assert result["position"]["precision"] == 0.5
    assert result["position"]["why"] == {"wrong-holder": 1}
    assert result["event"]["precision"] == 1.0 and result["event"]["dated_right"] == 1
    assert result["speaker"]["right"] == 1 and result["speaker"]["judged"] == 1


def test_judgements_are_checked_against_the_vocabulary():
    assert facts_eval.parse_judgement("event", "readable=no date=none") == \
        {"readable": "no", "date": "none", "verdict": "wrong", "why": "fragment"}
    assert facts_eval.parse_judgement("event", "readable=yes date=right wrong duplicate")["verdict"] == "wrong"
    with pytest.raises(ValueError):
        facts_eval.parse_judgement("position", "wrong")          # no why code
    with pytest.raises(ValueError):
        facts_eval.parse_judgement("actor", "wrong negated")     # a position code
    with pytest.raises(ValueError):
        facts_eval.parse_judgement("event", "right")             # readable and date missing


def test_a_changed_item_needs_a_new_verdict_and_resample_keeps_the_rest(tmp_path):
    old_path = write_sheets(tmp_path / "old.jsonl", sheet())
    out = tmp_path / "v.yaml"
    facts_eval.main(["sample", "--sheets", str(old_path), "--crisis", "x", "--out", str(out)])
    data = yaml.safe_load(out.read_text())
    facts_eval.apply_judgements(data, {n: ("readable=yes date=right" if e["kind"] == "event" else "right")
                                       for n, e in enumerate(data["items"], 1)})
    facts_eval.write_verdicts(out, data)

    new_path = write_sheets(tmp_path / "new.jsonl", sheet(event_what="Troops of Ruritania crossed the river"))
    new = facts_eval.read_sheets(new_path)
    result = facts_eval.score(new, yaml.safe_load(out.read_text()))
    assert result["event"]["changed"] == 1 and result["event"]["judged"] == 0
    assert result["actor"]["changed"] == 0 and result["actor"]["precision"] == 1.0

    again = tmp_path / "v2.yaml"
    facts_eval.main(["resample", "--sheets", str(new_path), "--crisis", "x", "--out", str(again),
                     "--reuse", str(out)])
    items = yaml.safe_load(again.read_text())["items"]
    assert [e["kind"] for e in items if e["verdict"] is None] == ["event"]
    assert sum(1 for e in items if e["verdict"] == "right") == len(items) - 1


def test_show_prints_the_context_but_stores_nothing(tmp_path, capsys):
    sheets_path = write_sheets(tmp_path / "s.jsonl", sheet())
    out = tmp_path / "v.yaml"
    facts_eval.main(["sample", "--sheets", str(sheets_path), "--crisis", "x", "--out", str(out)])
    before = out.read_text()
    capsys.readouterr()
    facts_eval.main(["show", "--sheets", str(sheets_path), "--verdicts", str(out), "--kind", "speaker"])
    printed = capsys.readouterr().out
    assert "Anna Berg (person)" in printed and "\u27e6We will never accept it\u27e7" in printed
    assert out.read_text() == before


def test_resample_draws_with_the_seed_of_the_file_it_reuses(tmp_path):
    path = write_sheets(tmp_path / "s.jsonl", sheet())
    first, again = tmp_path / "s7.yaml", tmp_path / "s7b.yaml"
    facts_eval.main(["sample", "--sheets", str(path), "--crisis", "x", "--seed", "7", "--per-kind", "3",
                     "--out", str(first)])
    facts_eval.main(["resample", "--sheets", str(path), "--crisis", "x", "--out", str(again), "--reuse", str(first)])
    data = yaml.safe_load(again.read_text())
    assert (data["seed"], data["per_kind"]) == (7, 3)
    assert data["items"] == yaml.safe_load(first.read_text())["items"]
