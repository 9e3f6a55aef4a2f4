"""Fact sheets as YAML: the writer's exact text and reading it back."""
from generator.formats import sheet_yaml
from generator.formats.sheet_yaml import dump_yaml, load_yaml
from generator.model.schema import validate
from tests.model.support import small_sheet


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
