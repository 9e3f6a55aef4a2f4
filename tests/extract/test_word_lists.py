"""The word lists in generator/data/ hold words: YAML reads a bare yes, no, true, false, on or
off as a boolean and a bare null as None, and such an entry silently matches nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "generator" / "data"


def _entries(value, path=""):
    """(where, entry) for every key and every list item of a YAML document."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield path, key
            yield from _entries(inner, f"{path}/{key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                yield from _entries(item, path)
            else:
                yield path, item


def test_the_data_files_are_found():
    assert len(list(DATA.glob("*.yaml"))) > 5


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_word_of_a_list_is_read_as_a_boolean_or_null(path):
    bad = [(where, item) for where, item in _entries(yaml.safe_load(path.read_text(encoding="utf-8")))
           if isinstance(item, bool) or item is None]
    assert not bad, f"{path.name}: quote these entries: {bad}"
