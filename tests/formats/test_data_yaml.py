"""crisis.yaml's fast writer: whatever it writes, a YAML reader reads back as the same data."""
import datetime as dt

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.formats import data_yaml

scalars = (st.none() | st.booleans() | st.integers() | st.text()
           | st.floats(allow_nan=False) | st.dates())
data = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(max_size=10), data, max_size=5))
def test_any_data_reads_back_as_itself(value):
    assert yaml.safe_load(data_yaml.dump(value)) == value


def test_tricky_strings_and_keys():
    value = {"yes": "no", "on": "null", "1": "2", "": "", "a: b": "# not a comment",
             "text": "line one\nline two\x85three\u2028four \ud800 \x7f \ufeff end  ",
             "date": dt.date(2020, 1, 3), "looks like a date": "2020-01-03",
             "span": [12, 30], "spans": [[1, 2], [3, 4]], "empty": [], "none": {},
             "nested": [{"a": [1, {"b": None}]}, [[]], [True, 1.5, -0.0]]}
    assert yaml.safe_load(data_yaml.dump(value)) == value


def test_reads_like_yaml():
    text = data_yaml.dump({"id": "dam", "title": "Dam talks", "articles": [{"id": "a1", "evidence": [3, 9]}]})
    assert text == 'id: "dam"\ntitle: "Dam talks"\narticles:\n- id: "a1"\n  evidence: [3, 9]\n'
