import copy

import pytest

from generator.formats import sheet_yaml
from generator.formats.files import write_atomic
from generator.formats.sheet_yaml import dump_yaml, load_yaml
from generator.model.factsheet import Actor, ArticleInfo, FactSheet, Quote, Role
from generator.model.schema import FactSheetError, validate
from generator.model.article import RelatedLink


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


def _schema_keywords(node) -> set[str]:
    """The keywords a JSON Schema uses, walking subschemas (property names are not keywords)."""
    if isinstance(node, list):
        return set().union(*map(_schema_keywords, node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = set(node)
    for key, value in node.items():
        if key == "properties":
            found |= set().union(*map(_schema_keywords, value.values())) if value else set()
        elif key in ("items", "oneOf"):
            found |= _schema_keywords(value)
    return found


def test_schema_uses_only_keywords_the_validator_reads_as_its_draft_does():
    from generator.model.schema import SCHEMA_KEYWORDS, schema
    assert _schema_keywords(schema()) <= SCHEMA_KEYWORDS


@pytest.mark.parametrize("value", [True, 1.5, "3"])
def test_integers_are_integers(value):
    sheet = small_sheet()
    sheet["quotes"][0]["start"] = value
    with pytest.raises(FactSheetError, match="quotes/0/start"):
        validate(sheet)


def test_error_names_the_sheet_the_field_and_the_rule():
    sheet = small_sheet()
    sheet["actors"][0]["kind"] = "alien"
    with pytest.raises(FactSheetError) as err:
        validate(sheet)
    assert str(err.value).startswith("t: actors/0/kind: must be one of [")


def test_yaml_of_every_kind_of_value():
    shared = [3, 4]
    data = {"span": shared, "again": shared, "list": [1, 2, 3], "empty": [], "text": "two\nlines",
            "none": None, "yes": True, "number": 1.5, "quoted": "yes", "nested": {"k": "v"}}
    sheet_yaml._scalar_tag.cache_clear()  # the first dump asks PyYAML for each tag, the second asks the memo
    for _ in range(2):
        assert dump_yaml(data) == ("span: [3, 4]\nagain: [3, 4]\nlist:\n- 1\n- 2\n- 3\nempty: []\n"
                                   "text: |-\n  two\n  lines\nnone: null\n'yes': true\nnumber: 1.5\n"
                                   "quoted: 'yes'\nnested:\n  k: v\n")  # a shared list is written twice, no alias
    assert load_yaml(dump_yaml(data), "x.yaml") == data


def test_to_dict_is_what_dataclasses_asdict_makes():
    import dataclasses
    info = ArticleInfo(title="T", lede="L", published="2020-01-03", url=None, publisher=None, authors=["A"],
                       language="en", source_file="t.txt", checksum="sha256:0",
                       related=[RelatedLink(title="R", url="https://example.org/r")], body="L")
    actor = Actor(id="ana-lopes", name="Ana Lopes", kind="person", mentions=[[0, 3]],
                  roles=[Role(title="minister", of=None)])
    sheet = FactSheet(id="t", article=info, actors=[actor])
    expected = dataclasses.asdict(sheet)
    found = sheet.to_dict()
    assert found == {"schema_version": expected.pop("schema_version"), **expected}
    assert list(found) == ["schema_version", *expected]
    assert found["actors"][0]["mentions"] is not actor.mentions  # lists are copies, as asdict's
