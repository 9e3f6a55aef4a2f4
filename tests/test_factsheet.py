import copy

import pytest

from generator.factsheet import (Actor, ArticleInfo, FactSheet, FactSheetError, Quote, dump_yaml,
                                 load_yaml, validate, write_atomic)


def small_sheet() -> dict:
    body = 'Minister Ana Lopes said "we will not sign".'
    info = ArticleInfo(title="T", lede=body, published=None, url=None, publisher=None, authors=[],
                       language=None, source_file="t.txt", checksum="sha256:0", related=[], body=body)
    actor = Actor(id="ana-lopes", name="Ana Lopes", kind="person", mentions=[[9, 18]])
    quote = Quote(id="q1", text="we will not sign", kind="direct", speakers=["ana-lopes"],
                  speaker_mention=[9, 18], cue="said", via=None, start=25, end=41)
    return FactSheet(id="t", article=info, actors=[actor], quotes=[quote]).to_dict()


def test_valid_sheet_round_trips_through_yaml():
    sheet = small_sheet()
    validate(sheet)
    text = dump_yaml(sheet)
    assert text.startswith("schema_version: 1\nid: t\narticle:")
    assert "- [9, 18]" in text
    assert load_yaml(text, "t.yaml") == sheet


def test_unicode_stays_readable():
    sheet = small_sheet()
    sheet["article"]["title"] = "Réunion à Niamey"
    assert "Réunion à Niamey" in dump_yaml(sheet)


@pytest.mark.parametrize("change, message", [
    (lambda s: s["quotes"][0].update(end=999), "outside the body"),
    (lambda s: s["quotes"][0].update(speakers=["nobody"]), "not an id"),
    (lambda s: s["actors"][0].update(kind="alien"), "actors/0/kind"),
    (lambda s: s.update(schema_version=2), "schema_version"),
    (lambda s: s.pop("quotes"), "quotes"),
])
def test_broken_sheets_are_refused_with_where(change, message):
    sheet = copy.deepcopy(small_sheet())
    change(sheet)
    with pytest.raises(FactSheetError, match=message):
        validate(sheet)


def test_extra_fields_are_welcome():
    sheet = small_sheet()
    sheet["extractor_version"] = "1"
    sheet["actors"][0]["note"] = "checked"
    validate(sheet)


def test_write_atomic_replaces_whole_file(tmp_path):
    path = tmp_path / "facts" / "a.yaml"
    write_atomic(path, "one\n")
    write_atomic(path, "two\n")
    assert path.read_text() == "two\n"
    assert [p.name for p in path.parent.iterdir()] == ["a.yaml"]
