"""Query methods: each filter finds what it should and excludes what it should not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.store import Store


def _keys(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(row["article_id"], row["idx"]) for row in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [("b1", 0), ("a1", 0), ("a1", 1)]),  # newest article first
        ({"speaker": "pompeo"}, [("a1", 0)]),  # name, any case
        ({"speaker": "STATEMENT"}, [("a1", 1)]),  # mention
        ({"speaker": "Trump"}, []),
        ({"code": "USA"}, [("a1", 0), ("a1", 1)]),  # prefix
        ({"code": "kor"}, [("b1", 0)]),
        ({"code": "GOV"}, []),  # a prefix, not a substring
        ({"since": date(2019, 1, 1)}, [("b1", 0)]),
        ({"until": date(2018, 12, 31)}, [("a1", 0), ("a1", 1)]),
        ({"since": date(2018, 10, 8), "until": date(2018, 10, 8)}, [("a1", 0), ("a1", 1)]),
        ({"since": date(2020, 1, 1)}, []),
        ({"article": "a1", "code": "USAGOV"}, [("a1", 0), ("a1", 1)]),
        ({"article": "b1", "code": "USA"}, []),
        ({"limit": 1}, [("b1", 0)]),
        ({"limit": 0}, []),
    ],
)
def test_quote_filters(filled: Store, filters: dict[str, Any], expected: list[Any]) -> None:
    assert _keys(filled.quotes(**filters)) == expected


def test_quote_rows_carry_their_article(filled: Store) -> None:
    (row,) = filled.quotes(speaker="moon")
    assert (row["title"], row["published"], row["source"]) == (
        "Moon hopes for peace",
        date(2019, 2, 1),
        "Yonhap",
    )


def test_speaker_search_is_literal(filled: Store) -> None:
    assert filled.quotes(speaker="%") == []
    assert filled.quotes(speaker="_") == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        # b1's event has no date and falls back to published (2019-02-01).
        ({}, [("b1", 0), ("a1", 1), ("a1", 0)]),
        ({"cameo": "04"}, [("b1", 0), ("a1", 0)]),
        ({"cameo": "128"}, [("a1", 1)]),
        ({"cameo": "19"}, []),
        ({"plover": "consult"}, [("b1", 0), ("a1", 0)]),
        ({"plover": "CONS"}, []),  # exact, not a prefix
        ({"actor": "PRK"}, [("a1", 1), ("a1", 0)]),  # source or target
        ({"actor": "usa"}, [("a1", 0)]),
        ({"source": "PRK"}, [("a1", 1)]),
        ({"target": "PRK"}, [("a1", 0)]),
        ({"target": "KOR"}, []),
        ({"since": date(2018, 10, 8)}, [("b1", 0), ("a1", 1)]),  # a1#1 undated: published
        ({"until": date(2018, 10, 7)}, [("a1", 0)]),  # a1#0 dated the day before
        ({"since": date(2019, 2, 1), "plover": "reject"}, []),
        ({"limit": 2}, [("b1", 0), ("a1", 1)]),
    ],
)
def test_event_filters(filled: Store, filters: dict[str, Any], expected: list[Any]) -> None:
    assert _keys(filled.events(**filters)) == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {},
            [
                {
                    "name": "Kim Jong Un",
                    "code": "PRKGOV",
                    "stories": 2,
                    "articles": 2,
                    "mentions": 3,
                },
                {
                    "name": "Mike Pompeo",
                    "code": "USAGOV",
                    "stories": 1,
                    "articles": 1,
                    "mentions": 2,
                },
                {
                    "name": "Moon Jae-in",
                    "code": "KORGOV",
                    "stories": 1,
                    "articles": 1,
                    "mentions": 2,
                },
            ],
        ),
        (
            {"code": "prk"},
            [{"name": "Kim Jong Un", "code": "PRKGOV", "stories": 2, "articles": 2, "mentions": 3}],
        ),
        (
            {"name": "moon"},
            [{"name": "Moon Jae-in", "code": "KORGOV", "stories": 1, "articles": 1, "mentions": 2}],
        ),
        ({"name": "Trump"}, []),
        ({"code": "GOV"}, []),
        (
            {"limit": 1},
            [{"name": "Kim Jong Un", "code": "PRKGOV", "stories": 2, "articles": 2, "mentions": 3}],
        ),
    ],
)
def test_actor_filters(filled: Store, filters: dict[str, Any], expected: list[Any]) -> None:
    assert filled.actors(**filters) == expected


def test_summary_counts_distinct_actors(filled: Store) -> None:
    assert filled.summary() == {"articles": 2, "stories": 2, "quotes": 3, "events": 3, "actors": 3}


@pytest.mark.parametrize("method", ["quotes", "events", "actors"])
def test_negative_limit_is_a_programming_error(filled: Store, method: str) -> None:
    with pytest.raises(ValueError, match="limit"):
        getattr(filled, method)(limit=-1)
