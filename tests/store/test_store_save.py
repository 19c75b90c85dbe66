"""Saving: exact rows, idempotent re-runs, and all-or-nothing transactions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.models import Actor, AnalyzedArticle
from eventwire.store import Store

Build = Callable[..., AnalyzedArticle]


def test_save_stores_every_part(store: Store, pompeo: Build) -> None:
    assert store.save(pompeo())
    assert store.has_article("a1")
    assert not store.has_article("nope")
    assert store.summary() == {"articles": 1, "stories": 1, "quotes": 2, "events": 2, "actors": 2}


def test_quote_row_round_trips(store: Store, pompeo: Build) -> None:
    store.save(pompeo())
    assert store.quotes()[0] == {
        "article_id": "a1",
        "idx": 0,
        "text": "We had a good, productive conversation",
        "start": 31,
        "end": 69,
        "kind": "direct",
        "cue": "said",
        "speaker_name": "Mike Pompeo",
        "speaker_mention": "he",
        "speaker_start": 72,
        "speaker_end": 74,
        "speaker_actor": "pompeo",
        "speaker_code": "USAGOV",
        "addressee": None,
        "according_to": None,
        "medium": "interview",
        "title": "Pompeo meets Kim",
        "published": date(2018, 10, 8),
        "source": "Xinhua",
        "copies": 1,
        "outlets": ["Xinhua"],
    }


def test_event_rows_round_trip_with_nulls(store: Store, pompeo: Build) -> None:
    store.save(pompeo())
    met, rejected = sorted(store.events(), key=lambda row: row["idx"])
    assert met["date"] == date(2018, 10, 7)
    assert (met["location_name"], met["location_country"]) == ("Pyongyang", "PRK")
    assert (met["lat"], met["lon"]) == (39.03, 125.75)
    assert (met["target_name"], met["target_code"], met["quote"]) == ("Kim Jong Un", "PRKGOV", None)
    assert met["negated"] is False and met["modality"] == "asserted"
    assert rejected["negated"] is True and rejected["modality"] == "reported"
    assert rejected["quote"] == 1
    assert rejected["target_name"] is None and rejected["target_code"] is None
    assert rejected["date"] is None and rejected["location_name"] is None
    assert (met["trigger"], met["rule"]) == ("meet VERB with -> 040", None)
    assert (rejected["trigger"], rejected["rule"]) == (None, None)


def test_event_rows_keep_the_trigger_entry_and_the_rule(store: Store, moon: Build) -> None:
    store.save(moon())
    (urged,) = store.events()
    assert (urged["cameo"], urged["trigger"], urged["rule"]) == (
        "043",
        "urge VERB -> 020",
        "urged to talk: 020 -> 043",
    )


def test_saving_twice_adds_nothing(store: Store, pompeo: Build, moon: Build) -> None:
    assert store.save(pompeo())
    assert store.save(moon())
    before = store.summary()
    assert not store.save(pompeo())
    # Same id, different content: still the stored version that counts.
    changed = pompeo()
    assert not store.save(dataclasses.replace(changed, quotes=changed.quotes[:1]))
    assert store.summary() == before
    assert len(store.quotes(article="a1")) == 2


def test_article_without_extractions_is_stored(store: Store, moon: Build) -> None:
    bare = AnalyzedArticle(moon().article)
    assert store.save(bare)
    assert store.summary() == {"articles": 1, "stories": 1, "quotes": 0, "events": 0, "actors": 0}


def test_failure_part_way_rolls_back_everything(store: Store, pompeo: Build, moon: Build) -> None:
    store.save(pompeo())
    before = store.summary()
    good = moon()
    twin = Actor("moon", "Moon again", "person", "KORGOV")
    # The article row goes in, then the duplicate (article_id, actor_id) key fails.
    broken = dataclasses.replace(good, actors=(*good.actors, twin))
    with pytest.raises(StoreError) as caught:
        store.save(broken)
    assert caught.value.code == "E202"
    assert "b1" in str(caught.value)
    assert store.summary() == before
    assert not store.has_article("b1")
    # The store is still usable and the same article can be saved once fixed.
    assert store.save(good)
    assert store.summary()["articles"] == 2


def test_closed_store_raises_and_loses_nothing(tmp_path: Path, pompeo: Build, moon: Build) -> None:
    path = tmp_path / "news.duckdb"
    store = Store.open(path)
    store.save(pompeo())
    store.close()
    with pytest.raises(StoreError) as caught:
        store.save(moon())
    assert caught.value.code == "E202"
    with pytest.raises(StoreError) as caught:
        store.quotes()
    assert caught.value.code == "E203"
    with Store.open(path) as reopened:
        assert reopened.summary() == {
            "articles": 1,
            "stories": 1,
            "quotes": 2,
            "events": 2,
            "actors": 2,
        }
        assert not reopened.has_article("b1")
