"""The local runner: a pool gives the same ordered output, runs are idempotent, copies of
one story share its id, and stored articles are skipped before parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import load_settings
from eventwire.contract import to_contract
from eventwire.models import AnalyzedArticle, Reject
from eventwire.run import RunCounts, analyze_inputs, store_inputs
from eventwire.store import Store
from tests.run.corpus import write_corpus


def _contracts(folder: Path, workers: int) -> list[object]:
    settings = load_settings()
    counts = RunCounts()
    items = list(analyze_inputs([str(folder)], settings, workers=workers, counts=counts))
    assert counts.analyzed + counts.rejected == len(items)
    return [to_contract(i) if isinstance(i, AnalyzedArticle) else i for i in items]


@pytest.mark.slow
def test_two_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    write_corpus(tmp_path, articles=9, copies=2)
    (tmp_path / "010z.txt").write_bytes(b"\x00\x01binary")
    one, two = _contracts(tmp_path, 1), _contracts(tmp_path, 2)
    assert one == two
    rejects = [item for item in one if isinstance(item, Reject)]
    assert [r.code for r in rejects] == ["E003"]


def test_copies_of_a_story_share_the_first_articles_id(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, articles=3, copies=2)
    results = [
        item
        for item in analyze_inputs([str(tmp_path)], load_settings())
        if isinstance(item, AnalyzedArticle)
    ]
    by_name = {Path(r.article.path or "").name: r.article for r in results}
    assert len(by_name) == len(paths) == 5
    for number in range(2):
        original, copy = by_name[f"{number:03d}a.txt"], by_name[f"{number:03d}b.txt"]
        assert copy.id != original.id
        assert copy.story == original.story == original.id
    assert by_name["002a.txt"].story == by_name["002a.txt"].id


def test_a_second_run_adds_nothing_and_parses_nothing(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news", articles=4, copies=1)
    settings = load_settings()
    with Store.open(tmp_path / "s.duckdb") as store:
        first = store_inputs([str(tmp_path / "news")], store, settings)
        before = store.summary()
        second = store_inputs([str(tmp_path / "news")], store, settings)
        assert store.summary() == before
    assert (first.stored, first.skipped) == (5, 0)
    assert (second.stored, second.skipped, second.analyzed) == (0, 5, 0)
    assert before["stories"] == 4


def test_a_story_continues_across_runs(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "news", articles=2, copies=1)
    original = next(p for p in paths if p.name == "000a.txt")
    copy = next(p for p in paths if p.name == "000b.txt")
    settings = load_settings()
    with Store.open(tmp_path / "s.duckdb") as store:
        store_inputs([str(original)], store, settings)
        store_inputs([str(copy)], store, settings)
        rows = store.events(per_story=False)
        assert len({row["article_id"] for row in rows}) == 2
        assert store.summary()["stories"] == 1
        once = store.events()
        first, second = store.story_keys()
    assert second.story == first.article_id
    # The copy dropped the last paragraph: its events all fold into the original's.
    assert {row["article_id"] for row in once} == {first.article_id}
    assert {row["copies"] for row in once} == {1, 2}
    assert len(once) < len(rows)


def test_articles_stored_without_keys_get_them_and_still_gather_copies(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "news", articles=1, copies=1)
    original, copy = paths  # 000a.txt, 000b.txt
    settings = load_settings()
    (first,) = [i for i in analyze_inputs([str(original)], settings) if not isinstance(i, Reject)]
    with Store.open(tmp_path / "s.duckdb") as store:
        assert store.save(first)  # as a store written before keys were kept
        assert next(iter(store.story_keys())).key is None
        counts = store_inputs([str(copy)], store, settings)
        keys = list(store.story_keys())
    assert counts.stored == 1
    assert [k.article_id for k in keys][0] == first.article.id
    assert all(k.key is not None for k in keys)
    assert keys[1].story == first.article.id
