"""The store's schema as an ordered list of migrations, and the code that applies them.

A database records the migrations it has run in ``schema_version``; opening it
runs only the newer ones, each in its own transaction, so reopening is a no-op
and an old file is upgraded in place. Never edit a shipped migration: append one.

``"start"``, ``"end"`` and ``"date"`` are quoted everywhere because ``end`` is
reserved in SQL and the others are type or function names; keeping the
contract's names lets rows read like the JSON output.
"""

from __future__ import annotations

import duckdb

from eventwire.errors import StoreError

_V1 = (
    """
    CREATE TABLE articles (
        id        VARCHAR PRIMARY KEY,
        path      VARCHAR,
        url       VARCHAR,
        source    VARCHAR,
        title     VARCHAR,
        published DATE,
        language  VARCHAR,
        text      VARCHAR NOT NULL,
        story     VARCHAR,
        removed   JSON,
        added_at  TIMESTAMP DEFAULT current_timestamp
    )
    """,
    """
    CREATE TABLE actors (
        article_id VARCHAR NOT NULL,
        actor_id   VARCHAR NOT NULL,
        name       VARCHAR NOT NULL,
        kind       VARCHAR,
        code       VARCHAR,
        country    VARCHAR,
        sector     VARCHAR,
        role       VARCHAR,
        mentions   JSON,
        PRIMARY KEY (article_id, actor_id)
    )
    """,
    """
    CREATE TABLE quotes (
        article_id      VARCHAR NOT NULL,
        idx             INTEGER NOT NULL,
        text            VARCHAR NOT NULL,
        "start"         INTEGER NOT NULL,
        "end"           INTEGER NOT NULL,
        kind            VARCHAR NOT NULL,
        cue             VARCHAR,
        speaker_name    VARCHAR,
        speaker_mention VARCHAR,
        speaker_start   INTEGER,
        speaker_end     INTEGER,
        speaker_actor   VARCHAR,
        speaker_code    VARCHAR,
        addressee       VARCHAR,
        according_to    VARCHAR,
        PRIMARY KEY (article_id, idx)
    )
    """,
    """
    CREATE TABLE events (
        article_id       VARCHAR NOT NULL,
        idx              INTEGER NOT NULL,
        cameo            VARCHAR NOT NULL,
        plover           VARCHAR NOT NULL,
        mode             VARCHAR,
        verb             VARCHAR NOT NULL,
        text             VARCHAR NOT NULL,
        "start"          INTEGER NOT NULL,
        "end"            INTEGER NOT NULL,
        sentence         VARCHAR,
        source_name      VARCHAR,
        source_actor     VARCHAR,
        source_code      VARCHAR,
        target_name      VARCHAR,
        target_actor     VARCHAR,
        target_code      VARCHAR,
        negated          BOOLEAN NOT NULL,
        modality         VARCHAR NOT NULL,
        "date"           DATE,
        date_text        VARCHAR,
        location_name    VARCHAR,
        location_country VARCHAR,
        lat              DOUBLE,
        lon              DOUBLE,
        quote            INTEGER,
        PRIMARY KEY (article_id, idx)
    )
    """,
)

# The channel a quote came through ("statement", "Twitter").
_V2 = ("ALTER TABLE quotes ADD COLUMN medium VARCHAR",)

# Why an event got its code: the lexicon entry that fired and the rule that changed it.
_V3 = (
    "ALTER TABLE events ADD COLUMN trigger VARCHAR",
    "ALTER TABLE events ADD COLUMN rule VARCHAR",
)

# What near-duplicate detection needs to rebuild its index on the next run, in the
# order the articles were stored (``seq``), so a resumed run folds stories exactly
# as an uninterrupted one.
_V4 = (
    """
    CREATE TABLE story_keys (
        article_id VARCHAR PRIMARY KEY,
        seq        BIGINT NOT NULL,
        size       INTEGER NOT NULL,
        exact      VARCHAR NOT NULL,
        signature  BLOB NOT NULL
    )
    """,
)

# Where the phrase naming an event's source and target is ("U.S. negotiator Paul Nitze"),
# as character offsets into the article text; NULL for events stored before.
_V5 = tuple(
    f"ALTER TABLE events ADD COLUMN {side}_{bound} INTEGER"
    for side in ("source", "target")
    for bound in ("start", "end")
)

#: (version, statements) in the order they must run; version numbers start at 1.
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, _V1),
    (2, _V2),
    (3, _V3),
    (4, _V4),
    (5, _V5),
)
LATEST = MIGRATIONS[-1][0]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """Return the highest migration recorded in ``con`` (0 for a new database)."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not found or not found[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """Run every migration newer than the database's version; return the version reached.

    Refuses (E204) a database written by a newer eventwire, whose tables this
    code would misread.
    """
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    version = current_version(con)
    if version > LATEST:
        raise StoreError(
            f"{where}: schema version {version} is newer than this eventwire "
            f"understands ({LATEST}); upgrade eventwire",
            code="E204",
        )
    for number, statements in MIGRATIONS:
        if number <= version:
            continue
        con.begin()
        try:
            for statement in statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
            con.commit()
        except duckdb.Error as exc:
            con.rollback()
            raise StoreError(f"{where}: migration {number} failed ({exc})", code="E204") from exc
        version = number
    return version
