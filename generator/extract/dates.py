"""Time expressions to dates, with their precision and the tense that says which way they point.

A time expression resolves against the publication date to a date and a precision (``day``,
``week``, ``month``, ``year``); a date of week precision is stored as its Monday, of month
precision as its 1st, of year precision as 1 January, so sheets keep one date format and sort,
and the precision says how much of it to believe (and to show). The tense of the clause says
which way an expression without a direction points: in an article of Monday, "will meet on
Wednesday" is two days after, "met on Wednesday" five days before; "next Wednesday" is always
ahead, "last Wednesday" always before. With no publication date, relative expressions keep
their words and no date: never a guessed one.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
# A month name or abbreviation as a whole word: word boundaries on both sides, so that "5 mayors"
# is no 5 May, "2 juniors" no 2 June, "Omar 5" no March 5 and "Janet" or "Mark" no month at all.
MONTH = (r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
DAY = r"(\d{1,2})(?:st|nd|rd|th)?(?!\d)"
YEAR_PART = r"(?:,?\s+((?:1[89]|20)\d\d))?\b"
MONTH_DAY = re.compile(MONTH + r"\s+" + DAY + YEAR_PART, re.I)
DAY_MONTH = re.compile(r"\b" + DAY + r"\s+(?:of\s+)?" + MONTH + YEAR_PART, re.I)
MONTH_YEAR = re.compile(r"^(?:(?:the\s+)?(?:early|late|mid|middle of|end of|beginning of|start of)\s*-?\s*)?"
                        + MONTH + YEAR_PART + r"$", re.I)
YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$", re.I)
AGO = re.compile(r"\b(\w+)\s+(day|week|month|year)s?\s+ago\b", re.I)
RELATIVE_MONTH = re.compile(r"\b(last|this|next)\s+month\b", re.I)
RELATIVE_WEEK = re.compile(r"\b(last|this|next)\s+week\b", re.I)
SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}
FUTURE, PAST = "future", "past"
# "would", "could", "may": ahead of the clause they hang on, which may itself be past ("said the
# broadcasts would stop on May 1"): forward for a weekday, but no proof against a date before publication
MODAL = "modal"
AHEAD = (FUTURE, MODAL)
HALF_YEAR = dt.timedelta(days=183)


class Resolved(NamedTuple):
    date: str
    precision: str


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:3]]


def is_relative(when: str) -> bool:
    """Whether the expression counts from when it was said ("Tuesday", "yesterday", "next week"),
    not a calendar date ("Jan. 3", "March 2019")."""
    text = when.lower()
    if MONTH_DAY.search(text) or DAY_MONTH.search(text) or MONTH_YEAR.match(text.strip()) \
            or YEAR.match(text.strip()):
        return False
    return True


def _pick_year(candidates: list[dt.date], span_days: int, pub: dt.date, tense: str | None) -> dt.date:
    """One of the same day or month in the years around publication: the latest not after it in a
    past-tense clause, the first not before it in a future one, else the nearest.

    "Dec. 27" in a past-tense sentence of an article of 3 January is the year before; "will meet
    on Jan. 5" in an article of 20 December is the year after, but "would be suspended on May 1"
    in an article of 24 May is not a year ahead. A week of slack either way keeps
    a loosely tensed sentence ("the talks begin on May 3", written on 5 May) in the same year.
    """
    slack = dt.timedelta(days=7)
    if tense == PAST:
        fitting = [d for d in candidates if d <= pub + slack]
        return max(fitting) if fitting else candidates[0]
    nearest = min(candidates, key=lambda d: abs((d + dt.timedelta(days=span_days // 2) - pub).days))
    if tense in AHEAD:
        fitting = [d for d in candidates if d + dt.timedelta(days=span_days) >= pub - slack]
        if tense == MODAL and fitting and min(fitting) - pub > HALF_YEAR:
            return nearest  # "would" more than half a year ahead is rather a day just past
        return min(fitting) if fitting else nearest
    return nearest


def _calendar(month: int, day: int | None, pub: dt.date, tense: str | None) -> dt.date | None:
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(year, month, day or 1))
        except ValueError:
            continue
    if not candidates:
        return None
    return _pick_year(candidates, 0 if day else 27, pub, tense)


def _weekday(index: int, text: str, pub: dt.date, tense: str | None) -> dt.date:
    back = (pub.weekday() - index) % 7
    ahead = (index - pub.weekday()) % 7
    if re.search(r"\blast\b", text):
        return pub - dt.timedelta(days=back or 7)
    if re.search(r"\b(next|coming)\b", text):
        return pub + dt.timedelta(days=ahead or 7)
    if tense in AHEAD:
        return pub + dt.timedelta(days=ahead)
    if tense == PAST:
        # the day after publication is that day, not six days before: a story stamped late on
        # Tuesday in one time zone tells what happened "on Wednesday" where it took place
        return pub + dt.timedelta(days=1) if back == 6 else pub - dt.timedelta(days=back)
    # tense unknown: the nearer of the two, the one before when they are as near
    return pub + dt.timedelta(days=ahead) if ahead < back else pub - dt.timedelta(days=back)


def _month_start(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def resolve_when(when: str, published: str | None, tense: str | None = None) -> Resolved | None:
    """The date and precision a time expression names, or None when the article cannot pin it.

    `tense` is "future", "modal", "past" or None (unknown), from the clause the expression dates.

    >>> resolve_when("Tuesday", "2020-01-09", "past")     # "met on Tuesday", article of a Thursday
    Resolved(date='2020-01-07', precision='day')
    >>> resolve_when("Tuesday", "2020-01-09", "future")   # "will meet on Tuesday"
    Resolved(date='2020-01-14', precision='day')
    >>> resolve_when("later this month", "2020-01-09")
    Resolved(date='2020-01-01', precision='month')
    >>> resolve_when("Tuesday", None) is None
    True
    """
    text = re.sub(r"\s+", " ", when.strip().lower())
    text = re.sub(r"^(on|in|at|by|during|since|until|from)\s+", "", text)
    # calendar dates with a year need no publication date
    for pattern, order in ((MONTH_DAY, "md"), (DAY_MONTH, "dm")):
        match = pattern.search(text)
        if match and match.group(3):
            month, day = (match.group(1), match.group(2)) if order == "md" else (match.group(2), match.group(1))
            try:
                return Resolved(dt.date(int(match.group(3)), month_number(month), int(day)).isoformat(), "day")
            except ValueError:
                return None
    match = MONTH_YEAR.match(text)
    if match and match.group(2):
        return Resolved(dt.date(int(match.group(2)), month_number(match.group(1)), 1).isoformat(), "month")
    match = YEAR.match(text)
    if match:
        return Resolved(f"{match.group(1)}-01-01", "year")
    if published is None:
        return None
    pub = dt.date.fromisoformat(published)
    for pattern, order in ((MONTH_DAY, "md"), (DAY_MONTH, "dm")):
        match = pattern.search(text)
        if match:
            month, day = (match.group(1), match.group(2)) if order == "md" else (match.group(2), match.group(1))
            date = _calendar(month_number(month), int(day), pub, tense)
            return Resolved(date.isoformat(), "day") if date else None
    if match := MONTH_YEAR.match(text):
        date = _calendar(month_number(match.group(1)), None, pub, tense)
        return Resolved(date.isoformat(), "month") if date else None
    day = _relative_day(text, pub, tense)
    if day is not None:
        return Resolved(day.isoformat(), "day")
    monday = pub - dt.timedelta(days=pub.weekday())
    if match := RELATIVE_WEEK.search(text):
        shift = {"last": -7, "this": 0, "next": 7}[match.group(1)]
        return Resolved((monday + dt.timedelta(days=shift)).isoformat(), "week")
    if match := RELATIVE_MONTH.search(text):
        shift = {"last": -1, "this": 0, "next": 1}[match.group(1)]
        return Resolved(_month_start(pub, shift).isoformat(), "month")
    match = AGO.search(text)
    if match:
        if re.search(r"\b(more than|over|at least|nearly|almost|under|less than)\s+\w+\s+\w+s?\s+ago\b", text):
            return None  # "more than four years ago": a bound, not a date
        count = SMALL.get(match.group(1), int(match.group(1)) if match.group(1).isdigit() else None)
        if not count:
            return None  # "several weeks ago": no date to pin
        unit = match.group(2)
        if unit == "day":
            return Resolved((pub - dt.timedelta(days=count)).isoformat(), "day")
        if unit == "week":
            day = pub - dt.timedelta(days=7 * count)
            return Resolved((day - dt.timedelta(days=day.weekday())).isoformat(), "week")
        if unit == "month":
            return Resolved(_month_start(pub, -count).isoformat(), "month")
        return Resolved(f"{pub.year - count}-01-01", "year")
    return None


def _relative_day(text: str, pub: dt.date, tense: str | None) -> dt.date | None:
    if re.search(r"\bday before yesterday\b", text):
        return pub - dt.timedelta(days=2)
    if re.search(r"\byesterday\b", text):
        return pub - dt.timedelta(days=1)
    if re.search(r"\bday after tomorrow\b", text):
        return pub + dt.timedelta(days=2)
    if re.search(r"\btomorrow\b", text):
        return pub + dt.timedelta(days=1)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", text):
        return pub
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            return _weekday(i, text, pub, tense)
    return None


def resolve(when: str, published: str | None, future: bool = False) -> str | None:
    """The ISO date alone (see ``resolve_when``); `future` for a clause in the future tense,
    else the tense is taken as past.

    >>> resolve("Tuesday", "2020-01-07")     # an article of a Tuesday saying "on Tuesday"
    '2020-01-07'
    """
    found = resolve_when(when, published, FUTURE if future else PAST)
    return found.date if found else None


def is_point_in_time(text: str) -> bool:
    """'Tuesday', 'Jan. 3', 'yesterday', 'last week', 'later this month', 'in 2019';
    not '40 years', 'decades', 'several weeks', 'every September'."""
    lower = text.lower()
    if re.search(r"\b(every|each)\b", lower):
        return False  # "every September": a habit, not a time
    if re.search(r"\b(years?|months?|weeks?|days?|decades?|hours?|minutes?)\b", lower) and \
            not re.search(r"\b(ago|last|next|this)\b", lower):
        return False
    return bool(any(re.search(rf"\b{d}\b", lower) for d in WEEKDAYS)
                or MONTH_DAY.search(lower) or DAY_MONTH.search(lower) or MONTH_YEAR.match(lower.strip())
                or YEAR.match(lower.strip()) or AGO.search(lower)
                or re.search(r"\b(yesterday|today|tonight|tomorrow|(last|this|next) (week|month)|"
                             r"this (morning|afternoon|evening))\b", lower))
