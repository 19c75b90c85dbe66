"""Read a whole store file back, for tests that compare two stores row for row."""

from __future__ import annotations

from pathlib import Path

import duckdb

# Every column but the time each article was added, which no two runs share.
_TABLES = (
    ("articles", "* EXCLUDE (added_at)"),
    ("actors", "*"),
    ("quotes", "*"),
    ("events", "*"),
    ("story_keys", "*"),
)


def store_tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the store at ``path``, in a stable order."""
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            table: sorted(con.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
            for table, columns in _TABLES
        }
