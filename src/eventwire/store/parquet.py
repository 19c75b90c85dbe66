"""Analysed articles as Arrow tables in the store's own layout: how a batch is written
to DuckDB (one statement per table), and the Parquet shard a Dask worker writes for its
partition of the inputs.

A shard is a folder holding ``articles``, ``actors``, ``quotes``, ``events`` and
``keys`` (near-duplicate keys, in input order) as Parquet files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.dedup import StoryKey
from eventwire.models import AnalyzedArticle
from eventwire.store.rows import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    article_row,
    child_rows,
)

_TEXT = pa.string()
_INT = pa.int32()
ARTICLE_SCHEMA = pa.schema(
    [(name, pa.date32() if name == "published" else _TEXT) for name in ARTICLE_COLUMNS]
)
ACTOR_SCHEMA = pa.schema([(name, _TEXT) for name in ACTOR_COLUMNS])
QUOTE_SCHEMA = pa.schema(
    [
        (name, _INT if name in {"idx", "start", "end", "speaker_start", "speaker_end"} else _TEXT)
        for name in QUOTE_COLUMNS
    ]
)
_EVENT_TYPES = {
    "idx": _INT,
    "start": _INT,
    "end": _INT,
    "quote": _INT,
    "source_start": _INT,
    "source_end": _INT,
    "target_start": _INT,
    "target_end": _INT,
    "negated": pa.bool_(),
    "date": pa.date32(),
    "lat": pa.float64(),
    "lon": pa.float64(),
}
EVENT_SCHEMA = pa.schema([(name, _EVENT_TYPES.get(name, _TEXT)) for name in EVENT_COLUMNS])
KEY_SCHEMA = pa.schema(
    [("article_id", _TEXT), ("size", _INT), ("exact", _TEXT), ("signature", pa.binary())]
)
SCHEMAS = {
    "articles": ARTICLE_SCHEMA,
    "actors": ACTOR_SCHEMA,
    "quotes": QUOTE_SCHEMA,
    "events": EVENT_SCHEMA,
    "keys": KEY_SCHEMA,
}


Analysed = Sequence[tuple[AnalyzedArticle, StoryKey | None]]


def batch_tables(analysed: Analysed) -> dict[str, pa.Table]:
    """The rows of ``analysed`` (in input order) as one Arrow table per store table;
    ``keys`` holds a row for each article that has a key."""
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in SCHEMAS}
    for result, key in analysed:
        rows["articles"].append(article_row(result))
        for table, table_rows in child_rows(result).items():
            rows[table].extend(table_rows)
        if key is not None:
            rows["keys"].append((result.article.id, key.size, key.exact, key.signature))
    return {name: _table(rows[name], schema) for name, schema in SCHEMAS.items()}


def _table(rows: list[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    arrays = [pa.array(column, type=f.type) for column, f in zip(columns, schema, strict=True)]
    return pa.table(arrays, schema=schema)


class ShardWriter:
    """Writes a shard batch by batch, a row group per batch, so a partition's results
    never sit in memory whole. Use as a context manager."""

    def __init__(self, folder: Path) -> None:
        """Start the shard's files in ``folder`` (created if needed)."""
        folder.mkdir(parents=True, exist_ok=True)
        self._writers = {
            name: pq.ParquetWriter(folder / f"{name}.parquet", schema)
            for name, schema in SCHEMAS.items()
        }

    def write(self, analysed: Analysed) -> None:
        """Append ``analysed`` (in input order) to the shard."""
        for name, table in batch_tables(analysed).items():
            self._writers[name].write_table(table)

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        for writer in self._writers.values():
            writer.close()


def write_shard(folder: Path, analysed: Analysed) -> None:
    """Write ``analysed`` (in input order) as one shard in ``folder``."""
    with ShardWriter(folder) as writer:
        writer.write(analysed)


def read_shard(folder: Path) -> dict[str, pa.Table]:
    """Every table of the shard in ``folder``."""
    return {name: read_table(folder, name) for name in SCHEMAS}


def read_table(folder: Path, name: str) -> pa.Table:
    """One table of the shard in ``folder``."""
    return pq.read_table(folder / f"{name}.parquet", schema=SCHEMAS[name])


def read_keys(folder: Path) -> list[tuple[str, StoryKey]]:
    """The shard's articles' ids and near-duplicate keys, in input order."""
    table = read_table(folder, "keys").to_pydict()
    return [
        (article_id, StoryKey(size, exact, signature))
        for article_id, size, exact, signature in zip(
            table["article_id"], table["size"], table["exact"], table["signature"], strict=True
        )
    ]
