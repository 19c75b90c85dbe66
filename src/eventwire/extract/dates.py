"""Resolve a date expression ("on Sunday", "last week", "Oct. 7") against the publication date.

The event extractor hands over the text of a spaCy DATE entity. Relative expressions need the
publication date; without one only expressions that name their own year resolve.

A :class:`ResolvedDate` names a period by its first day and its granularity, so "next month"
in an article of 2018-10-08 is ``2018-11-01``/``month``, "last week" is the Monday that starts
the previous (ISO) week, and "in 2017" is ``2017-01-01``/``year``. Weekdays and the
"last/this/next week|month|year" family are resolved here, because dateparser handles them
inconsistently ("Monday" in a Monday article is a week earlier, "earlier this month" fails);
everything else goes to dateparser, offline, English only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

from dateparser.date import DateDataParser

Granularity = Literal["day", "week", "month", "year"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = {day[:3]: i for i, day in enumerate(WEEKDAYS)} | {"tues": 1, "thur": 3, "thurs": 3}
_DAY_WORDS = {"today": 0, "tonight": 0, "now": 0, "yesterday": -1, "tomorrow": 1}
_NUMBER_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\\d+"

# Words around a date that do not change it: "early Sunday", "Monday night", "on Oct. 7".
_LEADING = re.compile(r"^(?:on|in|at|by|since|from|during|until|till|of|the|around|about)\s+")
_PART_OF_DAY = re.compile(
    r"\b(?:early|late|later|earlier|morning|afternoon|evening|night|overnight|midday|noon)\b"
)
_WEEKDAY = re.compile(r"^(?:(last|past|previous|this|next|coming)\s+)?([a-z]+)\.?$")
_PERIOD = re.compile(
    r"^(last|previous|this|next|coming|earlier this|later this|early this|late this|"
    r"the previous|the coming|the next)\s+(week|month|year|weekend)$"
)
# "the past week" and "recent days" are spans ending at publication, not points: left to None.
_SPAN = re.compile(
    r"^(?:the )?(?:past|recent|last|next|coming)(?: (?:few|several|couple of|[a-z]+|\d+))?"
    r" (?:days|weeks|months|years)$|^(?:the )?past (?:week|month|year)$"
)
_MONTH_PREFIX = re.compile(r"^(?:early|mid|late|end of|start of|beginning of)[- ]")
_BARE_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DURATION = re.compile(rf"^(?:for\s+)?(?:{_NUMBER_WORDS})\s+(?:day|week|month|year|decade)s?$")
_DECADE = re.compile(r"\b\d{2,4}s\b|\bdecades?\b|\bcentur")
_DATEPARSER_PERIOD: dict[str, Granularity] = {
    "day": "day",
    "part_of_day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved date: the first day of the period it names, and how wide that period is."""

    date: date
    granularity: Granularity


def _normalise(expr: str) -> str:
    text = expr.lower().strip().strip(".,;:!?()\"'")
    text = re.sub(r"['’]s\b", "", text)  # "Sunday's vote" -> "sunday"
    text = re.sub(r"\s+", " ", text)
    while (stripped := _LEADING.sub("", text)) != text:
        text = stripped
    return text


def _period_start(day: date, granularity: Granularity) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "year":
        return day.replace(month=1, day=1)
    return day


def _shift_month(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _weekday(text: str, published: date, future: bool) -> ResolvedDate | None:
    match = _WEEKDAY.match(_PART_OF_DAY.sub("", text).strip())
    if not match:
        return None
    modifier, word = match.groups()
    if word in WEEKDAYS:
        target = WEEKDAYS.index(word)
    elif word in _WEEKDAY_ABBR:
        target = _WEEKDAY_ABBR[word]
    else:
        return None
    back = (published.weekday() - target) % 7  # days since the most recent such day (0 = today)
    ahead = (target - published.weekday()) % 7
    if modifier in ("last", "past", "previous"):
        delta = -(back or 7)
    elif modifier in ("next", "coming"):
        delta = ahead or 7
    else:  # bare or "this": the same day is the publication day itself
        delta = ahead if future else -back
    return ResolvedDate(published + timedelta(days=delta), "day")


def _relative_period(text: str, published: date, future: bool) -> ResolvedDate | None:
    match = _PERIOD.match(text)
    if not match:
        return None
    modifier, unit = match.groups()
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}
    offset = step.get(modifier.removeprefix("the "), 0)
    if unit == "weekend":  # the Saturday of that weekend
        modifier = {-1: "last", 1: "next"}.get(offset, "this")
        return _weekday(f"{modifier} saturday", published, future)
    if unit == "week":
        return ResolvedDate(_period_start(published + timedelta(weeks=offset), "week"), "week")
    if unit == "month":
        return ResolvedDate(_shift_month(published, offset), "month")
    return ResolvedDate(date(published.year + offset, 1, 1), "year")


def _month_name(text: str, published: date, future: bool) -> ResolvedDate | None:
    """A bare month name: this month or the nearest one in the preferred direction."""
    word = _MONTH_PREFIX.sub("", text).strip(".")
    for month in range(1, 13):
        name = date(2000, month, 1).strftime("%B").lower()
        if word in (name, name[:3], name[:4]):
            year = published.year
            if not future and month > published.month:
                year -= 1
            elif future and month < published.month:
                year += 1
            return ResolvedDate(date(year, month, 1), "month")
    return None


def _dateparser(text: str, base: datetime, future: bool) -> ResolvedDate | None:
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
    }
    parser = DateDataParser(languages=["en"], settings=settings)
    data = parser.get_date_data(text)
    granularity = _DATEPARSER_PERIOD.get(data.period or "")
    if data.date_obj is None or granularity is None:
        return None
    return ResolvedDate(_period_start(data.date_obj.date(), granularity), granularity)


def _absolute(text: str) -> ResolvedDate | None:
    """Resolve only when the result does not depend on the reference date."""
    if _BARE_YEAR.match(text):
        return ResolvedDate(date(int(text), 1, 1), "year")
    first = _dateparser(text, datetime(2001, 3, 14), future=False)
    second = _dateparser(text, datetime(2013, 9, 2), future=False)
    return first if first is not None and first == second else None


@lru_cache(maxsize=8192)
def resolve_date_detail(
    expr: str, published: date | None, *, future: bool = False
) -> ResolvedDate | None:
    """Resolve ``expr`` against ``published`` to a :class:`ResolvedDate`, or None.

    ``future`` says the sentence looks ahead ("will meet on Sunday"), so an ambiguous weekday
    or month is the next one rather than the last one. A weekday that is the publication day
    itself resolves to that day in either direction. Durations ("two years"), spans that end at
    publication ("the past week", "recent days"), decades and nonsense give None; so does any
    relative expression when ``published`` is None.
    """
    text = _normalise(expr)
    if not text or _DURATION.match(text) or _DECADE.search(text) or _SPAN.match(text):
        return None
    if published is None:
        return _absolute(text)
    if text in _DAY_WORDS:
        return ResolvedDate(published + timedelta(days=_DAY_WORDS[text]), "day")
    if text in ("last night", "this morning", "this afternoon", "this evening"):
        days = -1 if text == "last night" else 0
        return ResolvedDate(published + timedelta(days=days), "day")
    if _BARE_YEAR.match(text):
        return ResolvedDate(date(int(text), 1, 1), "year")
    if text == "weekend":
        text = "this weekend"
    for resolver in (_weekday, _relative_period, _month_name):
        resolved = resolver(text, published, future)
        if resolved is not None:
            return resolved
    base = datetime(published.year, published.month, published.day)
    return _dateparser(_PART_OF_DAY.sub(" ", text).strip() or text, base, future)


def resolve_date(expr: str, published: date | None, *, future: bool = False) -> date | None:
    """The first day of the period ``expr`` names, resolved against ``published``, or None.

    See :func:`resolve_date_detail` for the rules and for the granularity of the answer.
    """
    resolved = resolve_date_detail(expr, published, future=future)
    return resolved.date if resolved is not None else None
