"""The SQL that exports the store's tables as Parquet (partitioned by month of
publication), CSV or JSON lines, one folder or file per table."""

from __future__ import annotations

from pathlib import Path

FORMATS = ("parquet", "csv", "jsonl")
TABLES = ("articles", "actors", "quotes", "events")
# Articles with no publication date land in this month partition.
UNDATED = "undated"


def _literal(path: Path) -> str:
    """``path`` as a SQL string literal (COPY takes no parameter for its target)."""
    return "'" + str(path).replace("'", "''") + "'"


def export_sql(table: str, folder: Path, fmt: str) -> tuple[str, Path]:
    """The COPY statement writing ``table`` under ``folder`` in ``fmt``, and its target."""
    if table not in TABLES or fmt not in FORMATS:
        raise ValueError(f"cannot export {table!r} as {fmt!r}")
    if fmt == "parquet":
        target = folder / table
        month = f"coalesce(strftime(a.published, '%Y-%m'), '{UNDATED}') AS month"
        if table == "articles":
            select = f"SELECT a.*, {month} FROM articles a"
        else:
            select = f"SELECT t.*, {month} FROM {table} t JOIN articles a ON a.id = t.article_id"
        options = "FORMAT PARQUET, PARTITION_BY (month), OVERWRITE"
        return f"COPY ({select}) TO {_literal(target)} ({options})", target
    suffix, options = (".csv", "FORMAT CSV, HEADER") if fmt == "csv" else (".jsonl", "FORMAT JSON")
    target = folder / f"{table}{suffix}"
    return f"COPY {table} TO {_literal(target)} ({options})", target
