"""Figures: numbers with their unit and owner ("ECOWAS ... has the capacity to deploy 25,000
troops" -> 25000, troops, ECOWAS).

A figure is a number that counts something: the noun it modifies is its unit, a currency or
"percent" is one too. Dates, times, ordinals, durations and ages are not figures, nor are
spelled-out small numbers ("one thing"). The owner is whose the figure is: a possessive
("Iran's 52 sites"), else who does what the counted thing is the object of, pronouns resolved
("it has the capacity to deploy 25,000 troops" -> the body that said it).
"""
from __future__ import annotations

import re
from functools import lru_cache

import yaml
from spacy.tokens import Token

from generator.extract import gazetteer
from generator.extract.actors import ActorTable
from generator.extract.parsed import Parsed
from generator.model.factsheet import Figure

NOT_FIGURES = {"DATE", "TIME", "ORDINAL"}


@lru_cache(maxsize=1)
def data() -> dict:
    return yaml.safe_load((gazetteer.DATA / "numbers.yaml").read_text(encoding="utf-8"))


def number_value(tokens: list[Token]) -> float | int | None:
    """'25,000' -> 25000; '1.5 million' -> 1500000; 'forty' -> 40; None when not a number."""
    words, scales = data()["words"], data()["scales"]
    value = None
    for token in tokens:
        text = token.lower_.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", text):
            value = float(text) if "." in text else int(text)
        elif text in words:
            value = (value or 0) + words[text]
        elif text in scales and value is not None:
            value *= scales[text]
        elif text in ("-", "and"):
            continue
        else:
            return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value


def _number_groups(parsed: Parsed) -> list[list[Token]]:
    """Runs of number tokens: ['1.5', 'million'], ['25,000']."""
    words, scales = data()["words"], data()["scales"]
    groups, current = [], []
    doc = parsed.doc
    candidates = parsed.tokens.where_number(list(words) + list(scales))
    previous = -2
    for i in candidates:
        token = doc[i]
        if i != previous + 1 and current:
            groups.append(current)
            current = []
        previous = i
        is_number = (token.like_num or token.lower_ in words or
                     (current and token.lower_ in scales)) and token.ent_type_ not in NOT_FIGURES
        if is_number and not token.is_alpha and not re.fullmatch(r"[\d.,]+", token.text):
            is_number = False  # "PS752", "F-35": names, not quantities
        if is_number:
            current.append(token)
        else:
            if current:
                groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _unit(group: list[Token]) -> tuple[str | None, Token | None, int]:
    """(unit, the counted noun, last token index of the figure's text)."""
    doc = group[0].doc
    last = group[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    before = doc[group[0].i - 1] if group[0].i > 0 else None
    currencies = data()["currencies"]
    if before is not None and before.text in currencies:
        return currencies[before.text], None, last.i
    if after is not None and after.lower_ in data()["percent"] or after is not None and after.text == "%":
        return "percent", None, after.i
    if after is not None and after.lower_ in currencies:
        return currencies[after.lower_], None, after.i
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound") and head.i > last.i and head.pos_ in ("NOUN", "PROPN"):
        if head.pos_ == "PROPN" and head.ent_type_:
            return None, None, last.i  # "Flight 752"
        words = [t.text for t in doc[last.i + 1:head.i + 1] if t.dep_ in ("amod", "compound", "nmod") or t.i == head.i]
        return " ".join(words), head, head.i
    return None, None, last.i


def _owner(counted: Token, actors: ActorTable) -> str | None:
    """Whose figure this is: a possessive owner, or who acts on the counted thing."""
    for child in counted.children:
        if child.dep_ == "poss":
            found = actors.actors_of_phrase(child)
            if found:
                return found[0]
    token = counted
    for _ in range(6):
        if token.dep_ in ("dobj", "pobj", "prep", "attr", "oprd", "appos", "conj", "npadvmod", "pcomp"):
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                agents = actors.agents_of(token)
                return agents[0] if agents else None
            continue
        break
    return None


def find_figures(parsed: Parsed, actors: ActorTable) -> list[Figure]:
    doc = parsed.doc
    figures = []
    time_units = set(data()["time_units"])
    for group in _number_groups(parsed):
        value = number_value(group)
        if value is None:
            continue
        spelled = not any(ch.isdigit() for t in group for ch in t.text)
        if spelled and value < data()["min_spelled"]:
            continue
        unit, counted, last = _unit(group)
        if unit is None or unit.lower().split()[-1] in time_units or unit.endswith("-old"):
            continue
        if 1900 <= value <= 2100 and counted is None and unit not in ("USD", "percent"):
            continue
        start = group[0].i
        if start > 0 and doc[start - 1].text in data()["currencies"]:
            start -= 1
        text = doc[start:last + 1].text
        owner = _owner(counted, actors) if counted is not None else None
        if owner is None and counted is not None and counted.dep_ in ("nsubj", "nsubjpass"):
            owner = None
        figures.append(Figure(value=value, unit=unit, text=text, actor=owner,
                              evidence=[doc[start].idx, doc[last].idx + len(doc[last])]))
    return figures
