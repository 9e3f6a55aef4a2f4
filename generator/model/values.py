"""Reading values out of a fact sheet as a dict (as loaded from YAML, maybe edited by hand)."""
from __future__ import annotations

import datetime as dt


def items(mapping: dict, key: str) -> list[dict]:
    """The entries of a list field that are mappings (a hand edit may leave other things)."""
    return [item for item in (mapping.get(key) or []) if isinstance(item, dict)]


def iso_date(value) -> str | None:
    """A date as YYYY-MM-DD. PyYAML reads an unquoted 2024-01-05 as a date; the contract means
    the same string."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value) if value else None


def day_of(value) -> dt.date | None:
    """A date of the contract (YYYY-MM-DD, or a date PyYAML made of one) as a date; None when it
    is none or not a day."""
    text = iso_date(value)
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def next_month(day: dt.date) -> dt.date:
    """The 1st of the month after `day`'s."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def is_span(value) -> bool:
    """Whether `value` is a [start, end] pair of character offsets."""
    return isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(i, int) for i in value)


def span_text(body: str, span) -> str | None:
    """The article text a [start, end] span points at, its white space folded; None when the
    span is not one or lies outside the body."""
    if not is_span(span):
        return None
    start, end = span
    if not 0 <= start < end <= len(body):
        return None
    return " ".join(body[start:end].split()) or None
