"""The stored-id set handed to workers: exact for article ids, picklable, compact."""

from __future__ import annotations

import pickle

from eventwire.clean import article_id
from eventwire.store.ids import StoredIds, id_number


def test_membership_is_exact_for_article_ids_and_other_ids() -> None:
    ids = [article_id(f"text number {n}", None) for n in range(1000)] + ["a1", "pompeo"]
    stored = StoredIds(ids)
    assert len(stored) == 1002
    assert all(i in stored for i in ids)
    assert article_id("another text", None) not in stored
    assert "b1" not in stored and 42 not in stored
    assert "ffffffffffffffff" not in stored


def test_a_hex_id_is_its_own_number() -> None:
    assert id_number("00000000000000ff") == 255
    assert id_number("zz") != id_number("zy")


def test_it_pickles_to_eight_bytes_an_id() -> None:
    stored = StoredIds(article_id(f"t{n}", None) for n in range(10_000))
    copy = pickle.loads(pickle.dumps(stored))
    assert article_id("t77", None) in copy and article_id("t10000", None) not in copy
    assert len(pickle.dumps(stored)) < 10_000 * 8 + 1_000
