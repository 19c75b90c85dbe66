"""The embedded DuckDB store: save analysed articles once, query them back as plain dicts.

Error codes (all :class:`~eventwire.errors.StoreError`)::

    E201  the database cannot be opened (bad path, locked by another process)
    E202  an article cannot be written; its transaction was rolled back
    E203  a query failed
    E204  the schema cannot be migrated, or was written by a newer eventwire

Every article is written in one transaction keyed by its id, so a re-run adds
nothing and a run that dies part-way leaves only whole articles behind.
"""

from __future__ import annotations

import contextlib
import threading
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.models import AnalyzedArticle
from eventwire.store import queries
from eventwire.store.rows import ARTICLE_SQL, all_rows, article_row
from eventwire.store.schema import LATEST, current_version, migrate

MEMORY = ":memory:"


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

    def save(self, result: AnalyzedArticle) -> bool:
        """Store ``result`` in one transaction; return False if its id is already stored.

        On any database error the transaction is rolled back, so the store holds
        the article completely or not at all, and :class:`StoreError` (E202) is raised.
        """
        article_id = result.article.id
        with self._lock:
            try:
                self._con.begin()
            except duckdb.Error as exc:
                raise self._write_error(article_id, exc) from exc
            try:
                if self._exists(article_id):
                    self._con.rollback()
                    return False
                self._con.execute(ARTICLE_SQL, article_row(result))
                for sql, rows in all_rows(result):
                    self._con.executemany(sql, rows)
                self._con.commit()
            except duckdb.Error as exc:
                self._rollback_quietly()
                raise self._write_error(article_id, exc) from exc
            except BaseException:
                # Not a database error (a bad value, an interrupt): still leave
                # no transaction open behind us.
                self._rollback_quietly()
                raise
        return True

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
    ) -> list[dict[str, Any]]:
        """Return quotes, newest articles first, each with its article's title/published/source.

        ``speaker`` is a case-insensitive substring of the speaker's name or
        mention; ``code`` a prefix of the speaker's code ("USA" finds "USAGOV");
        ``since``/``until`` bound the publication date (inclusive).
        """
        return self._rows(*queries.quotes_sql(speaker, code, since, until, article, limit))

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
    ) -> list[dict[str, Any]]:
        """Return events, latest first, each with its article's title/published/source.

        ``cameo`` is a code prefix ("04" finds all consultations); ``plover`` an
        exact type, any case; ``actor`` a code prefix of the source or the target,
        ``source``/``target`` of that side only. ``since``/``until`` bound the
        event's date, or the publication date when the event has none.
        """
        sql, params = queries.events_sql(cameo, plover, actor, source, target, since, until, limit)
        return self._rows(sql, params)

    def actors(
        self, code: str | None = None, name: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        """Return actors merged across articles by name and code, with article and mention counts.

        ``code`` is a code prefix; ``name`` a case-insensitive substring.
        """
        return self._rows(*queries.actors_sql(code, name, limit))

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

    def _write_error(self, article_id: str, exc: duckdb.Error) -> StoreError:
        return StoreError(
            f"{self._where}: cannot save article {article_id}, nothing written ({exc})",
            code="E202",
        )

    def _query_error(self, exc: duckdb.Error) -> StoreError:
        return StoreError(f"{self._where}: query failed ({exc})", code="E203")


def _check_current(con: duckdb.DuckDBPyConnection, where: str) -> None:
    version = current_version(con)
    if version != LATEST:
        raise StoreError(
            f"{where}: schema version {version}, expected {LATEST}; open it once for "
            "writing to migrate it",
            code="E204",
        )
