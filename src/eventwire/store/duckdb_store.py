"""The embedded DuckDB store: save analysed articles once, query them back as plain dicts.

Error codes (all :class:`~eventwire.errors.StoreError`)::

    E201  the database cannot be opened (bad path, locked by another process)
    E202  an article cannot be written; its transaction was rolled back
    E203  a query failed
    E204  the schema cannot be migrated, or was written by a newer eventwire
    E205  an export cannot be written

Every article is written in one transaction keyed by its id, so a re-run adds
nothing and a run that dies part-way leaves only whole articles behind.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.dedup import StoryKey
from eventwire.errors import StoreError
from eventwire.models import AnalyzedArticle
from eventwire.store import queries
from eventwire.store.export import TABLES, export_sql
from eventwire.store.ids import StoredIds
from eventwire.store.parquet import SCHEMAS, Analysed, batch_tables, read_shard
from eventwire.store.queries import EventFilter
from eventwire.store.rows import ARTICLE_COLUMNS, CHILD_TABLES, column_list
from eventwire.store.schema import LATEST, current_version, migrate

MEMORY = ":memory:"
_KEY_SQL = "INSERT INTO story_keys (article_id, seq, size, exact, signature) VALUES (?, ?, ?, ?, ?)"
_FETCH = 5_000
_STORIES_SQL = (
    "SELECT a.id, a.story, k.size, k.exact, k.signature,"
    " CASE WHEN k.article_id IS NULL THEN a.text END"
    " FROM articles a LEFT JOIN story_keys k ON k.article_id = a.id"
    " ORDER BY k.seq NULLS LAST, a.added_at, a.id"
)


@dataclass(frozen=True, slots=True)
class StoredKey:
    """A stored article's story and its near-duplicate key, in the order it was stored.

    ``key`` is None for an article stored before keys were kept; ``text`` is then
    its text, so the key can be computed again.
    """

    article_id: str
    story: str
    key: StoryKey | None
    text: str | None


class Store:
    """A DuckDB file (or ``":memory:"``) holding articles, actors, quotes and events.

    Open with :meth:`open`; use as a context manager or call :meth:`close`.
    One connection serves all calls, guarded by a lock so threads may share it.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, where: str) -> None:
        """Wrap an open, migrated connection; prefer :meth:`open`."""
        self._con = con
        self._where = where
        self._lock = threading.Lock()
        row = con.execute("SELECT coalesce(max(seq) + 1, 0) FROM story_keys").fetchone()
        self._next_seq = int(row[0]) if row else 0

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open (creating and migrating if needed) the store at ``path``.

        ``read_only`` opens an existing file without writing to it, for readers
        such as the HTTP API running beside a writer; its schema must be current.
        """
        where = str(path)
        try:
            if where != MEMORY and not read_only:
                Path(where).parent.mkdir(parents=True, exist_ok=True)
            con = duckdb.connect(where, read_only=read_only)
        except (OSError, duckdb.Error) as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{where}: the store is in use by another process (another eventwire "
                    f"run?); wait for it to finish, or use another --db ({exc})",
                    code="E201",
                ) from exc
            raise StoreError(f"{where}: cannot open the store ({exc})", code="E201") from exc
        try:
            if read_only:
                _check_current(con, where)
            else:
                migrate(con, where)
        except StoreError:
            con.close()
            raise
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"{where}: cannot read the schema ({exc})", code="E204") from exc
        return cls(con, where)

    def close(self) -> None:
        """Close the connection; later calls raise :class:`StoreError`."""
        with self._lock:
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def save(self, result: AnalyzedArticle, key: StoryKey | None = None) -> bool:
        """Store ``result`` (and its near-duplicate ``key``) in one transaction; return
        False if its id is already stored.

        On any database error the transaction is rolled back, so the store holds
        the article completely or not at all, and :class:`StoreError` (E202) is raised.
        """
        return self.save_many([(result, key)]) == 1

    def save_many(self, analysed: Analysed) -> int:
        """Store a batch of (article, key) in one transaction, in order, leaving out ids
        already stored (or repeated in the batch); return how many were added.

        All or nothing: on any database error the whole batch is rolled back and
        :class:`StoreError` (E202) names its articles.
        """
        first: dict[str, tuple[AnalyzedArticle, StoryKey | None]] = {}
        for result, key in analysed:
            first.setdefault(result.article.id, (result, key))
        stories = [(i, result.article.story or i) for i, (result, _) in first.items()]
        if not first:
            return 0
        return self._insert(batch_tables(list(first.values())), stories, _named(list(first)))

    def load_shard(self, folder: Path, stories: list[tuple[str, str]]) -> int:
        """Load a Parquet shard (see :mod:`eventwire.store.parquet`) in one transaction.

        ``stories`` lists the shard's articles as (id, story) in input order; those
        already stored are left out. Returns how many articles were added.
        """
        return self._insert(read_shard(folder), stories, f"the articles of shard {folder}")

    def _insert(
        self, tables: dict[str, pa.Table], stories: list[tuple[str, str]], what: str
    ) -> int:
        with self._lock:
            try:
                self._con.begin()
            except duckdb.Error as exc:
                raise self._write_error(what, exc) from exc
            try:
                added = self._insert_new(tables, stories)
                self._con.commit()
            except duckdb.Error as exc:
                self._rollback_quietly()
                raise self._write_error(what, exc) from exc
            except BaseException:
                # Not a database error (a bad value, an interrupt): still leave
                # no transaction open behind us.
                self._rollback_quietly()
                raise
            finally:
                for name in (*SCHEMAS, "new"):
                    with contextlib.suppress(duckdb.Error):
                        self._con.unregister(f"batch_{name}")
        self._next_seq += added
        return added

    def _insert_new(self, tables: dict[str, pa.Table], stories: list[tuple[str, str]]) -> int:
        """Insert the articles of ``stories`` that are not stored yet, with their rows
        from ``tables``, numbering their keys on from the last stored one."""
        self._con.register("batch_new", pa.table({"id": [i for i, _ in stories]}))
        stored = {
            row[0]
            for row in self._con.execute(
                "SELECT a.id FROM articles a JOIN batch_new n ON n.id = a.id"
            ).fetchall()
        }
        self._con.unregister("batch_new")
        new = [(i, story) for i, story in stories if i not in stored]
        if not new:
            return 0
        self._con.register(
            "batch_new",
            pa.table(
                {
                    "id": [i for i, _ in new],
                    "story": [story for _, story in new],
                    "seq": pa.array(range(self._next_seq, self._next_seq + len(new)), pa.int64()),
                }
            ),
        )
        for name, table in tables.items():
            self._con.register(f"batch_{name}", table)
        picked = ", ".join("n.story" if c == "story" else f's."{c}"' for c in ARTICLE_COLUMNS)
        self._con.execute(
            f"INSERT INTO articles ({column_list(ARTICLE_COLUMNS)}) SELECT {picked}"
            " FROM batch_articles s JOIN batch_new n ON n.id = s.id ORDER BY n.seq"
        )
        for table, columns in CHILD_TABLES:
            picked = ", ".join(f's."{c}"' for c in columns)
            self._con.execute(
                f"INSERT INTO {table} ({column_list(columns)}) SELECT {picked}"
                f" FROM batch_{table} s JOIN batch_new n ON n.id = s.article_id ORDER BY n.seq"
            )
        self._con.execute(
            "INSERT INTO story_keys (article_id, seq, size, exact, signature)"
            " SELECT k.article_id, n.seq, k.size, k.exact, k.signature"
            " FROM batch_keys k JOIN batch_new n ON n.id = k.article_id ORDER BY n.seq"
        )
        return len(new)

    def stored_ids(self) -> StoredIds:
        """The ids of every stored article, so a run can skip them before parsing."""
        with self._lock:
            try:
                ids = self._con.execute("SELECT id FROM articles").fetchnumpy()["id"]
            except duckdb.Error as exc:
                raise self._query_error(exc) from exc
        return StoredIds(ids)

    def story_keys(self) -> Iterator[StoredKey]:
        """Every stored article's story and key, in the order the articles were stored,
        read a few thousand at a time."""
        with self._lock:
            try:
                cursor = self._con.cursor()
                cursor.execute(_STORIES_SQL)
            except duckdb.Error as exc:
                raise self._query_error(exc) from exc
        try:
            while rows := cursor.fetchmany(_FETCH):
                for article_id, story, size, exact, signature, text in rows:
                    key = None if size is None else StoryKey(int(size), exact, bytes(signature))
                    yield StoredKey(article_id, story or article_id, key, text)
        except duckdb.Error as exc:
            raise self._query_error(exc) from exc
        finally:
            cursor.close()

    def add_key(self, article_id: str, key: StoryKey) -> None:
        """Keep the near-duplicate key of an article stored before keys were kept."""
        with self._lock:
            try:
                self._con.execute(_KEY_SQL, [article_id, self._next_seq, *_key_row(key)])
            except duckdb.Error as exc:
                raise self._write_error(f"the key of article {article_id}", exc) from exc
            self._next_seq += 1

    def has_article(self, article_id: str) -> bool:
        """Return whether an article with this id is stored."""
        with self._lock:
            try:
                return self._exists(article_id)
            except duckdb.Error as exc:
                raise self._query_error(exc) from exc

    def quotes(
        self,
        speaker: str | None = None,
        code: str | None = None,
        since: date | None = None,
        until: date | None = None,
        article: str | None = None,
        limit: int = 100,
        per_story: bool = True,
        search: str | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Return quotes, newest articles first, each with its article's title/published/source.

        ``per_story`` (the default) returns a quote carried by several copies of one
        story once, with ``copies`` and ``outlets``; False returns every copy.

        ``speaker`` is a case-insensitive substring of the speaker's name or
        mention; ``code`` a prefix of the speaker's code ("USA" finds "USAGOV");
        ``since``/``until`` bound the publication date (inclusive); ``search`` is a
        case-insensitive substring of the quote. ``offset`` skips that many rows.
        """
        sql, params = queries.quotes_sql(
            speaker, code, since, until, article, limit, per_story, search, offset
        )
        return self._rows(sql, params)

    def events(
        self,
        cameo: str | None = None,
        plover: str | None = None,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 100,
        per_story: bool = True,
    ) -> list[dict[str, Any]]:
        """Return events, latest first, each with its article's title/published/source.

        ``cameo`` is a code prefix ("04" finds all consultations); ``plover`` an
        exact type, any case; ``actor`` a code prefix of the source or the target,
        ``source``/``target`` of that side only. ``since``/``until`` bound the
        event's date, or the publication date when the event has none. ``per_story``
        as for :meth:`quotes`.
        """
        sql, params = queries.events_sql(
            cameo, plover, actor, source, target, since, until, limit, per_story
        )
        return self._rows(sql, params)

    def actors(
        self,
        code: str | None = None,
        name: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Return actors merged across articles by name and code, with article and mention counts.

        ``code`` is a code prefix; ``name`` a case-insensitive substring; ``offset``
        skips that many rows.
        """
        return self._rows(*queries.actors_sql(code, name, limit, offset))

    def export(self, folder: str | Path, fmt: str) -> dict[str, Path]:
        """Write every table under ``folder`` as ``parquet`` (one folder per table,
        partitioned by month of publication), ``csv`` or ``jsonl``; return the paths."""
        out = Path(folder)
        written = {}
        with self._lock:
            try:
                out.mkdir(parents=True, exist_ok=True)
                for table in TABLES:
                    sql, target = export_sql(table, out, fmt)
                    self._con.execute(sql)
                    written[table] = target
            except OSError as exc:
                raise StoreError(f"{out}: cannot write the export ({exc})", code="E205") from exc
            except duckdb.Error as exc:
                raise StoreError(f"{out}: export failed ({exc})", code="E205") from exc
        return written

    def event_page(
        self,
        filters: EventFilter,
        limit: int = 100,
        offset: int = 0,
        per_story: bool = True,
    ) -> list[dict[str, Any]]:
        """Return one page of the events ``filters`` select, as :meth:`events` does."""
        return self._rows(*queries.event_page_sql(filters, limit, offset, per_story))

    def event_timeline(
        self, filters: EventFilter, period: str, per_story: bool = True
    ) -> list[dict[str, Any]]:
        """Count the events ``filters`` select per ``period`` ("day" or "week") and PLOVER
        type: rows of ``start`` (the period's first day), ``plover`` and ``events``."""
        return self._rows(*queries.timeline_sql(filters, period, per_story))

    def event_dyads(self, filters: EventFilter, per_story: bool = True) -> list[dict[str, Any]]:
        """Count the events ``filters`` select per source, target and PLOVER type, each
        side named by its code (or its name when it has none), with the names behind it."""
        return self._rows(*queries.dyads_sql(filters, per_story))

    def articles(
        self,
        search: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Return articles, newest first, with the opening of their text and how many
        quotes and events each holds; ``search`` is part of the title or text."""
        return self._rows(*queries.articles_sql(search, since, until, limit, offset))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """Return one article with its text and its ``actors`` (each with its mentions as
        [start, end] pairs), ``quotes`` and ``events`` in order; None if not stored."""
        found = self._rows(queries.ARTICLE_SQL, [article_id])
        if not found:
            return None
        article = found[0]
        actors = self._rows(queries.ARTICLE_ACTORS_SQL, [article_id])
        article["actors"] = [
            {**actor, "mentions": json.loads(actor["mentions"] or "[]")} for actor in actors
        ]
        article["quotes"] = self._rows(queries.ARTICLE_QUOTES_SQL, [article_id])
        article["events"] = self._rows(queries.ARTICLE_EVENTS_SQL, [article_id])
        return article

    def published_range(self) -> tuple[date | None, date | None]:
        """Return the earliest and the latest publication date stored (None when none)."""
        row = self._rows(queries.PUBLISHED_RANGE_SQL, [])[0]
        return row["first"], row["last"]

    def interrupt(self) -> None:
        """Cancel the query running now, from another thread (a time limit ran out); it
        fails with :class:`StoreError` (E203) in the thread that ran it."""
        # Not under the lock: the thread running the query holds it.
        with contextlib.suppress(duckdb.Error):
            self._con.interrupt()

    def summary(self) -> dict[str, int]:
        """Return counts of stored articles, quotes, events and distinct actors (name, code)."""
        rows = self._rows(queries.SUMMARY_SQL, [])
        return {key: int(value) for key, value in rows[0].items()}

    def _exists(self, article_id: str) -> bool:
        row = self._con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        with self._lock:
            try:
                cursor = self._con.execute(sql, params)
                names = [column[0] for column in cursor.description or ()]
                return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            except duckdb.Error as exc:
                raise self._query_error(exc) from exc

    def _rollback_quietly(self) -> None:
        # The connection may already be unusable (closed, I/O failure); the
        # original error is the one worth reporting.
        with contextlib.suppress(duckdb.Error):
            self._con.rollback()

    def _write_error(self, what: str, exc: duckdb.Error) -> StoreError:
        return StoreError(
            f"{self._where}: cannot save {what}, nothing written ({exc})", code="E202"
        )

    def _query_error(self, exc: duckdb.Error) -> StoreError:
        return StoreError(f"{self._where}: query failed ({exc})", code="E203")


def _named(ids: list[str]) -> str:
    """``article a1``, or ``articles a1, b2, c3 and 29 more``, for a message."""
    if len(ids) == 1:
        return f"article {ids[0]}"
    more = f" and {len(ids) - 3} more" if len(ids) > 3 else ""
    return f"articles {', '.join(ids[:3])}{more}"


def _key_row(key: StoryKey) -> list[Any]:
    return [key.size, key.exact, key.signature]


def _check_current(con: duckdb.DuckDBPyConnection, where: str) -> None:
    version = current_version(con)
    if version != LATEST:
        raise StoreError(
            f"{where}: schema version {version}, expected {LATEST}; open it once for "
            "writing to migrate it",
            code="E204",
        )
