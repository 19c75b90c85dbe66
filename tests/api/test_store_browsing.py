"""The store methods the API reads through, on hand-built articles: articles with their
spans, quote search and paging, event filters, timeline and dyad counts."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from eventwire.store import Store
from eventwire.store.queries import EventFilter
from tests.conftest import POMPEO_TEXT


def _keys(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(row["article_id"], row["idx"]) for row in rows]


def test_articles_newest_first_with_counts(filled: Store) -> None:
    rows = filled.articles()
    assert [(r["id"], r["quotes"], r["events"]) for r in rows] == [("b1", 1, 1), ("a1", 2, 2)]
    assert rows[1]["opening"] == POMPEO_TEXT[:200] and rows[1]["title"] == "Pompeo meets Kim"
    assert [r["id"] for r in filled.articles(search="PEACE")] == ["b1"]
    assert [r["id"] for r in filled.articles(until=date(2018, 12, 31))] == ["a1"]
    assert [r["id"] for r in filled.articles(limit=1, offset=1)] == ["a1"]


def test_an_article_with_its_actors_quotes_and_events(filled: Store) -> None:
    article = filled.article("a1")
    assert article is not None
    assert article["text"] == POMPEO_TEXT and article["published"] == date(2018, 10, 8)
    assert [a["actor_id"] for a in article["actors"]] == ["pompeo", "kim"]
    assert article["actors"][0]["mentions"] == [[0, 6], [76, 78]]
    assert [q["idx"] for q in article["quotes"]] == [0, 1]
    assert article["quotes"][0]["speaker_mention"] == "he"
    assert [e["idx"] for e in article["events"]] == [0, 1]
    assert article["events"][1]["negated"] is True and "article_id" not in article["events"][0]
    assert filled.article("nope") is None


def test_published_range(filled: Store) -> None:
    assert filled.published_range() == (date(2018, 10, 8), date(2019, 2, 1))


def test_an_empty_store_has_no_range() -> None:
    with Store.open(":memory:") as empty:
        assert empty.published_range() == (None, None)
        assert empty.article("a1") is None and empty.articles() == []


def test_quote_search_and_offset(filled: Store) -> None:
    assert _keys(filled.quotes(search="PRODUCTIVE")) == [("a1", 0)]
    assert filled.quotes(search="%") == []
    assert _keys(filled.quotes(offset=1)) == [("a1", 0), ("a1", 1)]
    assert _keys(filled.quotes(limit=1, offset=2)) == [("a1", 1)]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilter(plovers=("consult", "REJECT")), [("b1", 0), ("a1", 1), ("a1", 0)]),
        (EventFilter(plovers=()), []),
        (EventFilter(dyad=("USAGOV", "PRKGOV")), [("a1", 0)]),
        (EventFilter(dyad=("PRKGOV", "USAGOV")), []),  # directed
        (EventFilter(party="PRKGOV"), [("a1", 1), ("a1", 0)]),
        (EventFilter(party="PRK"), []),  # a whole code, not a prefix
        (EventFilter(article="b1"), [("b1", 0)]),
    ],
)
def test_event_filters(filled: Store, filters: EventFilter, expected: list[Any]) -> None:
    assert _keys(filled.event_page(filters)) == expected


def test_event_pages(filled: Store) -> None:
    every = _keys(filled.event_page(EventFilter()))
    assert _keys(filled.event_page(EventFilter(), limit=2, offset=1)) == every[1:3]
    with pytest.raises(ValueError, match="offset"):
        filled.event_page(EventFilter(), offset=-1)


def test_timeline_counts_per_day_and_week(filled: Store) -> None:
    by_day = filled.event_timeline(EventFilter(), "day")
    assert [(r["start"], r["plover"], r["events"]) for r in by_day] == [
        (date(2018, 10, 7), "CONSULT", 1),
        (date(2018, 10, 8), "REJECT", 1),  # undated: its article's date
        (date(2019, 2, 1), "CONSULT", 1),
    ]
    by_week = filled.event_timeline(EventFilter(), "week")
    assert [(r["start"], r["events"]) for r in by_week] == [
        (date(2018, 10, 1), 1),
        (date(2018, 10, 8), 1),
        (date(2019, 1, 28), 1),
    ]


def test_copies_count_once_per_story(store: Store, pompeo: Any) -> None:
    copy = pompeo("a2")
    store.save(pompeo("a1"))
    store.save(dataclasses.replace(copy, article=dataclasses.replace(copy.article, story="a1")))
    once = store.event_dyads(EventFilter())
    every = store.event_dyads(EventFilter(), per_story=False)
    assert [(r["source_key"], r["target_key"], r["events"]) for r in once] == [
        ("USAGOV", "PRKGOV", 1)
    ]
    assert every[0]["events"] == 2 and every[0]["source_names"] == ["Mike Pompeo"]
    assert sum(r["events"] for r in store.event_timeline(EventFilter(), "day")) == 2
    assert sum(r["events"] for r in store.event_timeline(EventFilter(), "day", False)) == 4
