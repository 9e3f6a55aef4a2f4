"""Safe YAML for hand-written files: plain YAML is read; anchors, aliases, tags and duplicate keys
are refused with the line they are on."""
import datetime as dt
import re

import pytest

from generator.formats.safe_yaml import YAMLRefused, load


def test_plain_yaml_is_read():
    text = "title: Talks resume\ndate: 2024-05-02\nauthors: [A One, B Two]\nnested:\n  n: 3\n"
    assert load(text) == {"title": "Talks resume", "date": dt.date(2024, 5, 2),
                          "authors": ["A One", "B Two"], "nested": {"n": 3}}
    assert load("") is None


@pytest.mark.parametrize("text, what, line", [
    ("a: 1\nb: &x [1, 2]\n", "anchors (&name)", 2),
    ("a: &x 1\nb: *x\n", "anchors (&name)", 1),
    ("a: 1\nb: 2\nc: !!python/object:os.system x\n", "tags (!tag)", 3),
    ("a: !custom 1\n", "tags (!tag)", 1),
])
def test_anchors_aliases_and_tags_are_refused_with_their_line(text, what, line):
    with pytest.raises(YAMLRefused, match=rf"^uses YAML {re.escape(what)} \(line {line}\), which are not allowed$"):
        load(text)


def test_an_alias_alone_is_refused_as_an_alias():
    with pytest.raises(YAMLRefused, match=r"^uses YAML aliases \(\*name\) \(line 2\)"):
        load("a: 1\nb: *x\n")


def test_the_line_counts_from_where_the_text_starts_in_its_file():
    with pytest.raises(YAMLRefused, match=r"\(line 5\)"):
        load("a: 1\nb: &x 2\n", first_line=4)


def test_a_key_given_twice_is_refused_with_its_line():
    with pytest.raises(YAMLRefused, match=r"^has the key 'title' twice \(line 3\)$"):
        load("title: A\nurl: x\ntitle: B\n")


def test_invalid_yaml_is_refused_where_the_unclosed_part_opened():
    with pytest.raises(YAMLRefused, match=r"^is not valid YAML \(line 2: "):
        load("title: T\nauthors: [A. Writer\n")
    with pytest.raises(YAMLRefused, match="cannot read"):
        load("date: 2024-13-45\n")
