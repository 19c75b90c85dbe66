"""Date expressions resolved against the publication date (2018-10-08, a Monday)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.dates import ResolvedDate, resolve_date, resolve_date_detail

MONDAY = date(2018, 10, 8)


@pytest.mark.parametrize(
    ("expr", "future", "expected", "granularity"),
    [
        ("on Sunday", False, date(2018, 10, 7), "day"),
        ("Sunday", False, date(2018, 10, 7), "day"),
        ("Sunday morning", False, date(2018, 10, 7), "day"),
        ("early Sunday", False, date(2018, 10, 7), "day"),
        ("Sunday", True, date(2018, 10, 14), "day"),
        ("on Monday", False, date(2018, 10, 8), "day"),  # the publication day itself
        ("Monday", True, date(2018, 10, 8), "day"),
        ("last Monday", False, date(2018, 10, 1), "day"),
        ("Wednesday night", False, date(2018, 10, 3), "day"),
        ("Tuesday's", False, date(2018, 10, 2), "day"),
        ("next Tuesday", True, date(2018, 10, 9), "day"),
        ("next Tuesday", False, date(2018, 10, 9), "day"),  # "next" wins over the tense
        ("yesterday", False, date(2018, 10, 7), "day"),
        ("today", False, date(2018, 10, 8), "day"),
        ("tomorrow", True, date(2018, 10, 9), "day"),
        ("last night", False, date(2018, 10, 7), "day"),
        ("two days ago", False, date(2018, 10, 6), "day"),
        ("Oct. 7", False, date(2018, 10, 7), "day"),
        ("7 Oct", False, date(2018, 10, 7), "day"),
        ("Dec. 25", False, date(2017, 12, 25), "day"),  # the last one before publication
        ("October 7, 2018", False, date(2018, 10, 7), "day"),
        ("2018-10-07", False, date(2018, 10, 7), "day"),
        ("the weekend", False, date(2018, 10, 6), "day"),  # its Saturday
        ("last week", False, date(2018, 10, 1), "week"),  # Monday of the previous ISO week
        ("this week", False, date(2018, 10, 8), "week"),
        ("next month", True, date(2018, 11, 1), "month"),
        ("earlier this month", False, date(2018, 10, 1), "month"),
        ("October", False, date(2018, 10, 1), "month"),
        ("mid-October", False, date(2018, 10, 1), "month"),
        ("in May", False, date(2018, 5, 1), "month"),
        ("in May", True, date(2019, 5, 1), "month"),
        ("March 2019", False, date(2019, 3, 1), "month"),
        ("last year", False, date(2017, 1, 1), "year"),
        ("in 2017", False, date(2017, 1, 1), "year"),
        ("this year", False, date(2018, 1, 1), "year"),
    ],
)
def test_resolve(expr: str, future: bool, expected: date, granularity: str) -> None:
    assert resolve_date_detail(expr, MONDAY, future=future) == ResolvedDate(expected, granularity)
    assert resolve_date(expr, MONDAY, future=future) == expected


@pytest.mark.parametrize(
    "expr",
    ["", "blah blah", "the day", "two years", "for three weeks", "the 1990s", "decades",
     "the past week", "recent days", "the next few months"],
)  # fmt: skip
def test_unresolvable(expr: str) -> None:
    assert resolve_date(expr, MONDAY) is None


@pytest.mark.parametrize("expr", ["Sunday", "yesterday", "last week", "Oct. 7", "next month"])
def test_relative_needs_publication_date(expr: str) -> None:
    assert resolve_date(expr, None) is None


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("October 7, 2018", date(2018, 10, 7)),
        ("2018-10-07", date(2018, 10, 7)),
        ("2017", date(2017, 1, 1)),
    ],
)
def test_absolute_without_publication_date(expr: str, expected: date) -> None:
    assert resolve_date(expr, None) == expected
