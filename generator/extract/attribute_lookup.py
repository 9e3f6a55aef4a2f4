"""The English pipeline's attribute rules, applied as lookups instead of through spaCy's Matcher.

The pipeline's ``attribute_ruler`` maps each fine-grained tag, and a few words with their tag, to
a coarse part of speech, a morphology and sometimes a lemma ("MD" → AUX, "had" tagged VBN → AUX
with lemma "have"): 179 rules, each a pattern of token attribute values.
spaCy runs them through its general Matcher, a sizeable share of the whole parse (README, "Speed
and caching"). ``AttributeLookup`` compiles the same rules into comparisons over the
document's attribute arrays (a value, a set of values, a regex) and applies them in the ruler's
order, so that, as in spaCy, the last rule that matches a token sets its value. A rule it cannot
compile (an "OP", a comparison, a fuzzy match, an extension attribute) leaves the original
component in place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs


class Equals:
    """The token's attribute is this value ({"TAG": "MD"}, {"IS_SPACE": True})."""

    def __init__(self, value: int):
        self.value = value

    def test(self, column: numpy.ndarray, strings) -> numpy.ndarray:
        return column == self.value


class OneOf:
    """The attribute is (or, negated, is not) one of these values ({"LOWER": {"IN": [...]}})."""

    def __init__(self, values: list[int], negate: bool = False):
        self.values = numpy.unique(numpy.array(values, dtype="uint64"))
        self.negate = negate

    def test(self, column: numpy.ndarray, strings) -> numpy.ndarray:
        return is_in(column, self.values) != self.negate


class Searches:
    """The attribute's text contains a match of this regex ({"LOWER": {"REGEX": "^y'?$"}}), as
    spaCy's Matcher tests it (re.search); each value is tested once and remembered."""

    def __init__(self, regex: str):
        self.regex = re.compile(regex)
        self.known: dict[int, bool] = {}

    def _hit(self, value: int, strings) -> bool:
        found = self.known.get(value)
        if found is None:
            found = self.known[value] = bool(self.regex.search(strings[value]))
        return found

    def test(self, column: numpy.ndarray, strings) -> numpy.ndarray:
        values, where = numpy.unique(column, return_inverse=True)
        hits = numpy.fromiter((self._hit(v, strings) for v in values.tolist()), bool, len(values))
        return hits[where]


def is_in(column: numpy.ndarray, sorted_values: numpy.ndarray) -> numpy.ndarray:
    """Which entries of `column` are among `sorted_values` (numpy.isin without its set-up cost,
    which is most of the time on arrays of a few hundred)."""
    if not len(sorted_values):
        return numpy.zeros(len(column), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(sorted_values, column), len(sorted_values) - 1)
    return sorted_values[at] == column


@dataclass(frozen=True)
class Rule:
    """One pattern of the ruler: per token of the pattern, the (attribute id, test) pairs it
    requires; the token of a match that gets `attrs` (`index`, negative counts from the end)."""
    tokens: tuple[tuple[tuple[int, object], ...], ...]
    index: int
    attrs: dict

    @property
    def tests(self) -> list[tuple[int, int, object]]:
        """(token offset, attribute id, test), regexes last."""
        return sorted(((offset, attr, test) for offset, required in enumerate(self.tokens)
                       for attr, test in required), key=lambda t: isinstance(t[2], Searches))

    def key(self) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
        """For a one-token rule of plain values: its attributes and their values, which a
        table lookup per token can find; None for the others."""
        if len(self.tokens) != 1 or not all(isinstance(test, Equals) for _, test in self.tokens[0]):
            return None
        ordered = sorted((attr, test.value) for attr, test in self.tokens[0])
        return tuple(attr for attr, _ in ordered), tuple(value for _, value in ordered)

    def targets(self, columns: dict[int, numpy.ndarray], n_tokens: int, strings, tests) -> list[int]:
        """The indices of the tokens this rule sets in a document of `n_tokens`; each of its
        `tests` runs only where the ones before it held."""
        length = len(self.tokens)
        starts = numpy.arange(max(0, n_tokens - length + 1))
        for offset, attr, test in tests:
            if not len(starts):
                break
            starts = starts[test.test(columns[attr][starts + offset], strings)]
        return (starts + self.index % length).tolist()


# Attributes whose value the Matcher compares as the string's hash, as Doc.to_array gives it
# (MORPH is not among them: the Matcher normalizes a morphology string before comparing).
TEXT_ATTRS = {"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE", "PREFIX", "SUFFIX", "ENT_TYPE"}


def _value(name: str, value, strings) -> int | None:
    if isinstance(value, bool) and name.startswith(("IS_", "LIKE_")) and name != "IS_SENT_START":
        return int(value)
    if isinstance(value, str) and name in TEXT_ATTRS:
        return strings.add(value)
    return None


def _test(name: str, value, strings):
    """The test for one attribute's value in a pattern token, or None if a lookup cannot do it."""
    if not isinstance(value, dict):
        found = _value(name, value, strings)
        return None if found is None else Equals(found)
    if len(value) != 1:
        return None
    (operator, operand), = value.items()
    if operator in ("IN", "NOT_IN") and isinstance(operand, list):
        values = [_value(name, v, strings) for v in operand]
        return None if None in values else OneOf(values, negate=operator == "NOT_IN")
    if operator == "REGEX" and isinstance(operand, str) and name in TEXT_ATTRS:
        return Searches(operand)
    return None


def _token_spec(spec: dict, strings) -> tuple[tuple[int, object], ...] | None:
    """The (attribute id, test) pairs of one pattern token, or None when the token asks for
    what a lookup cannot do (an "OP", a comparison, a fuzzy match, a morphology, an extension
    attribute)."""
    required = []
    for key, value in spec.items():
        name = "ORTH" if key.upper() == "TEXT" else key.upper()
        test = _test(name, value, strings) if name in IDS else None
        if test is None:
            return None
        required.append((IDS[name], test))
    return tuple(required)


def compile_rules(ruler) -> list[Rule] | None:
    """The ruler's patterns as Rules in its order, or None if any of them is beyond a lookup."""
    rules = []
    for entry in ruler.patterns:
        if "_" in entry["attrs"]:
            return None
        attrs = normalize_token_attrs(ruler.vocab, entry["attrs"])
        for pattern in entry["patterns"]:
            tokens = tuple(_token_spec(spec, ruler.vocab.strings) for spec in pattern)
            if not tokens or None in tokens or not -len(tokens) <= entry["index"] < len(tokens):
                return None
            rules.append(Rule(tokens, entry["index"], attrs))
    return rules


class AttributeLookup:
    """The component: one-token rules of plain values are found by a table lookup per token,
    the others (several tokens, sets, regexes) by scanning the document's arrays."""

    def __init__(self):
        self.rules: list[Rule] = []
        self.attr_ids: list[int] = []
        # attribute ids -> (their values -> rule numbers, the sorted values of the first attribute)
        self.tables: dict[tuple[int, ...], tuple[dict[tuple[int, ...], list[int]], numpy.ndarray]] = {}
        self.scanned: list[tuple[int, list]] = []

    def set_rules(self, rules: list[Rule]) -> None:
        self.rules, self.scanned, grouped = rules, [], {}
        self.attr_ids = sorted({attr for rule in rules for token in rule.tokens for attr, _ in token})
        for number, rule in enumerate(rules):
            key = rule.key()
            if key is None:
                self.scanned.append((number, rule.tests))
            else:
                grouped.setdefault(key[0], {}).setdefault(key[1], []).append(number)
        self.tables = {attrs: (table, numpy.unique(numpy.array([key[0] for key in table], dtype="uint64")))
                       for attrs, table in grouped.items()}

    def matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(rule number, token index) for every rule that matches, in the rules' order."""
        array = doc.to_array(self.attr_ids)
        columns = {attr: array[:, j] for j, attr in enumerate(self.attr_ids)}
        found = []
        for attrs, (table, first_values) in self.tables.items():
            found.extend(self._looked_up(attrs, table, first_values, columns))
        for number, tests in self.scanned:
            targets = self.rules[number].targets(columns, len(doc), doc.vocab.strings, tests)
            found.extend((number, i) for i in targets)
        return sorted(found)

    @staticmethod
    def _looked_up(attrs, table, first_values, columns):
        # Only tokens whose first attribute has a value of the table's keys are looked up.
        candidates = numpy.nonzero(is_in(columns[attrs[0]], first_values))[0]
        rows = zip(*(columns[attr][candidates].tolist() for attr in attrs))
        for i, values in zip(candidates.tolist(), rows):
            for number in table.get(values, ()):
                yield number, i

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.rules:
            return doc
        # Later rules override earlier ones, as in spaCy's ruler: merge in order, set once.
        updates: dict[int, dict] = {}
        for number, i in self.matches(doc):
            updates.setdefault(i, {}).update(self.rules[number].attrs)
        for i, attrs in updates.items():
            set_token_attrs(doc[i], attrs)
        return doc


@Language.factory("attribute_lookup", assigns=["token.tag", "token.pos", "token.morph", "token.lemma"])
def make_attribute_lookup(nlp, name):  # no annotations: spaCy validates them with pydantic
    return AttributeLookup()


def use_lookup(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Put an AttributeLookup made from the pipeline's attribute ruler in its place (same name),
    unless one of its rules cannot be compiled."""
    rules = compile_rules(nlp.get_pipe(name))
    if rules is not None:
        nlp.replace_pipe(name, "attribute_lookup")
        nlp.get_pipe(name).set_rules(rules)
    return nlp
