"""Opening the store: schema creation, migrations, and errors at open time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.models import AnalyzedArticle
from eventwire.store import Store
from eventwire.store.schema import LATEST, MIGRATIONS, current_version

TABLES = {"articles", "actors", "quotes", "events", "story_keys", "schema_version"}


def _tables(path: Path) -> set[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    return {name for (name,) in rows}


def _versions(path: Path) -> list[int]:
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    return [version for (version,) in rows]


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    assert [number for number, _ in MIGRATIONS] == list(range(1, LATEST + 1))


def test_new_file_gets_every_table_and_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    Store.open(path).close()
    assert _tables(path) == TABLES
    assert _versions(path) == list(range(1, LATEST + 1))


def _file_at(path: Path, version: int) -> None:
    """Write a database as eventwire left it at schema ``version``."""
    with duckdb.connect(str(path)) as con:
        con.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)"
        )
        for number, statements in MIGRATIONS[:version]:
            for statement in statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [number])


def test_a_version_one_file_is_upgraded_in_place_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    _file_at(path, 1)
    with duckdb.connect(str(path)) as con:
        con.execute(
            'INSERT INTO quotes (article_id, idx, text, "start", "end", kind)'
            " VALUES ('x', 0, 'words', 0, 5, 'direct')"
        )
    with Store.open(path) as store:
        assert store.summary()["quotes"] == 1
    assert _versions(path) == list(range(1, LATEST + 1))
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT text, medium FROM quotes").fetchall() == [("words", None)]


def test_a_version_two_file_gains_event_trigger_and_rule(
    tmp_path: Path, moon: Callable[..., AnalyzedArticle]
) -> None:
    path = tmp_path / "v2.duckdb"
    _file_at(path, 2)
    with duckdb.connect(str(path)) as con:
        con.execute(
            'INSERT INTO events (article_id, idx, cameo, plover, verb, text, "start", "end",'
            " negated, modality) VALUES ('x', 0, '040', 'CONSULT', 'meet', 'met', 7, 10,"
            " false, 'asserted')"
        )
    with Store.open(path) as store:
        assert store.save(moon())  # new rows fill the new columns
        assert store.summary()["events"] == 2
    assert _versions(path) == list(range(1, LATEST + 1))
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute("SELECT verb, trigger, rule FROM events ORDER BY article_id").fetchall()
    assert rows == [
        ("urge", "urge VERB -> 020", "urged to talk: 020 -> 043"),
        ("meet", None, None),
    ]


def test_memory_store_starts_empty() -> None:
    with Store.open(":memory:") as store:
        assert store.summary() == {
            "articles": 0,
            "stories": 0,
            "quotes": 0,
            "events": 0,
            "actors": 0,
        }


def test_reopening_runs_no_migration_and_keeps_data(
    tmp_path: Path, pompeo: Callable[..., AnalyzedArticle]
) -> None:
    path = tmp_path / "db" / "nested" / "news.duckdb"  # parent folders are created
    with Store.open(path) as store:
        assert store.save(pompeo())
    for _ in range(2):
        with Store.open(path) as store:
            assert store.has_article("a1")
            assert store.summary()["quotes"] == 2
    assert _versions(path) == list(range(1, LATEST + 1))


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Store.open(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO schema_version (version) VALUES (?)", [LATEST + 1])
        assert current_version(con) == LATEST + 1
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.code == "E204"
    assert "newer" in str(caught.value)


def test_read_only_store_reads_but_cannot_write(
    tmp_path: Path, pompeo: Callable[..., AnalyzedArticle], moon: Callable[..., AnalyzedArticle]
) -> None:
    path = tmp_path / "news.duckdb"
    with Store.open(path) as store:
        store.save(pompeo())
    with Store.open(path, read_only=True) as store:
        assert store.has_article("a1")
        with pytest.raises(StoreError) as caught:
            store.save(moon())
        assert caught.value.code == "E202"
    with Store.open(path) as store:
        assert store.summary()["articles"] == 1


def test_read_only_store_must_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "missing.duckdb", read_only=True)
    assert caught.value.code == "E201"


@pytest.mark.parametrize("make", [lambda p: p, lambda p: p / "file.txt" / "news.duckdb"])
def test_unopenable_path_raises_store_error(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    (tmp_path / "file.txt").write_text("not a folder", "utf-8")
    with pytest.raises(StoreError) as caught:
        Store.open(make(tmp_path))  # a folder; a path under a plain file
    assert caught.value.code == "E201"
    assert str(caught.value).startswith("E201 ")
