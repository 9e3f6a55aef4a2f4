"""The fact-sheet contract: validate() refuses a broken sheet and says where."""
import copy

import pytest

from generator.model.schema import FactSheetError, validate
from tests.model.support import small_sheet


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
