"""Stories in the store: keys kept in order, once-per-story queries, Parquet shards, export."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from eventwire.dedup import story_key
from eventwire.models import AnalyzedArticle
from eventwire.store import Store
from eventwire.store.parquet import write_shard
from tests.store_dump import store_tables

Build = Callable[..., AnalyzedArticle]


def _copy(result: AnalyzedArticle, article_id: str, story: str, source: str) -> AnalyzedArticle:
    """``result`` as carried by another outlet under another id, in ``story``."""
    article = dataclasses.replace(result.article, id=article_id, story=story, source=source)
    return dataclasses.replace(result, article=article)


def test_keys_come_back_in_the_order_articles_were_stored(store: Store, pompeo: Build) -> None:
    for article_id in ("c3", "a1", "b2"):
        result = _copy(pompeo(), article_id, article_id, "Xinhua")
        store.save(result, story_key(result.article.text + article_id))
    stored = list(store.story_keys())
    assert [s.article_id for s in stored] == ["c3", "a1", "b2"]
    assert stored[1].key == story_key(pompeo().article.text + "a1")
    assert all(s.text is None for s in stored)


def test_an_article_stored_without_a_key_comes_back_with_its_text(
    store: Store, pompeo: Build
) -> None:
    store.save(pompeo())
    (stored,) = store.story_keys()
    assert stored.key is None and stored.text == pompeo().article.text
    store.add_key("a1", story_key(stored.text))
    (again,) = store.story_keys()
    assert again.key == story_key(stored.text) and again.text is None


def test_events_and_quotes_count_once_per_story_with_every_outlet(
    store: Store, pompeo: Build
) -> None:
    store.save(pompeo())
    store.save(_copy(pompeo(), "a2", "a1", "Reuters"))
    store.save(_copy(pompeo(), "a3", "a3", "AP"))  # the same words, but its own story
    events = store.events()
    assert len(events) == 4
    first = [row for row in events if row["article_id"] == "a1"]
    assert {row["copies"] for row in first} == {2}
    assert sorted(first[0]["outlets"]) == ["Reuters", "Xinhua"]
    assert len(store.events(per_story=False)) == 6
    assert len(store.quotes()) == 4 and len(store.quotes(per_story=False)) == 6
    assert store.summary()["stories"] == 2
    kim = store.actors(name="Kim")[0]
    assert (kim["stories"], kim["articles"]) == (2, 3)


def test_a_repeat_within_one_article_stays_its_own_row(store: Store, pompeo: Build) -> None:
    result = pompeo()
    met = result.events[0]
    again = dataclasses.replace(met, date=met.date and met.date.replace(day=9), start=200)
    twice = dataclasses.replace(result, events=(met, again, *result.events[1:]))
    store.save(twice)
    store.save(_copy(twice, "a2", "a1", "Reuters"))
    store.save(_copy(pompeo(), "a3", "a1", "AP"))  # carries the first meeting only
    rows = store.events()
    meetings = sorted((row["date"].day, row["copies"]) for row in rows if row["cameo"] == "040")
    assert meetings == [(7, 3), (9, 2)]
    assert all(row["article_id"] == "a1" for row in rows)


def test_a_shard_loads_the_same_rows_as_saving(tmp_path: Path, pompeo: Build, moon: Build) -> None:
    results = [pompeo(), moon()]
    keys = [story_key(r.article.text) for r in results]
    saved, loaded = tmp_path / "saved.duckdb", tmp_path / "loaded.duckdb"
    with Store.open(saved) as store:
        for result, key in zip(results, keys, strict=True):
            store.save(result, key)
    write_shard(tmp_path / "part-0", list(zip(results, keys, strict=True)))
    with Store.open(loaded) as store:
        stories = [(r.article.id, r.article.story or r.article.id) for r in results]
        assert store.load_shard(tmp_path / "part-0", stories) == 2
        assert store.load_shard(tmp_path / "part-0", stories) == 0  # already stored
    assert store_tables(saved) == store_tables(loaded)


def test_an_empty_shard_loads_nothing(tmp_path: Path) -> None:
    write_shard(tmp_path / "part-0", [])
    with Store.open(tmp_path / "s.duckdb") as store:
        assert store.load_shard(tmp_path / "part-0", []) == 0
        assert store.summary()["articles"] == 0


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_writes_every_table(tmp_path: Path, pompeo: Build, moon: Build, fmt: str) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        store.save(pompeo())
        store.save(moon())
        store.export(tmp_path / "out", fmt)
        written = store.export(tmp_path / "out", fmt)  # again: replaced, not doubled
    assert set(written) == {"articles", "actors", "quotes", "events"}
    if fmt == "parquet":
        months = sorted(p.name for p in written["events"].iterdir())
        assert months == ["month=2018-10", "month=2019-02"]
        tables = {
            name: ds.dataset(path, partitioning="hive").to_table() for name, path in written.items()
        }
        assert sorted(tables["events"].column("cameo").to_pylist()) == ["040", "043", "128"]
        assert sorted(tables["articles"].column("id").to_pylist()) == ["a1", "b1"]
        assert tables["actors"].num_rows == 4 and tables["quotes"].num_rows == 3
        assert set(tables["quotes"].column("month").to_pylist()) == {"2018-10", "2019-02"}
    else:
        lines = written["quotes"].read_text("utf-8").splitlines()
        assert len(lines) == (4 if fmt == "csv" else 3)  # csv has a header
        assert "I dearly hope for peace" in written["quotes"].read_text("utf-8")


def test_the_phrases_naming_an_events_parties_are_stored_and_point_into_the_text(
    store: Store, analyse_text: Callable[..., AnalyzedArticle], tmp_path: Path
) -> None:
    result = analyse_text("U.S. envoy Mark Halvorsen met Soviet officials in Geneva on Monday.")
    [event] = [e for e in result.events if e.plover == "CONSULT"]
    assert event.source.start is not None and event.target is not None
    store.save(result, story_key(result.article.text))
    write_shard(tmp_path / "part-0", [(result, story_key(result.article.text))])
    with Store.open(":memory:") as from_shard:
        from_shard.load_shard(tmp_path / "part-0", [(result.article.id, result.article.id)])
        for stored in (store, from_shard):
            [row] = stored.events(plover="CONSULT")
            text = result.article.text
            assert text[row["source_start"] : row["source_end"]] == "U.S. envoy Mark Halvorsen"
            assert text[row["target_start"] : row["target_end"]].endswith("officials")
