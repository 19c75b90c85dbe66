"""The SQL behind the store's query methods, built from optional filters.

Each builder returns ``(sql, params)``; every user value travels as a bound
parameter, never inside the SQL text. Substring and prefix matches use
``contains``/``starts_with`` rather than ``LIKE`` so ``%`` and ``_`` in a
search are matched literally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

_QUOTE_COLUMNS = (
    'q.article_id, q.idx, q.text, q."start", q."end", q.kind, q.cue, q.speaker_name,'
    " q.speaker_mention, q.speaker_start, q.speaker_end, q.speaker_actor, q.speaker_code,"
    " q.addressee, q.according_to, q.medium, a.title, a.published, a.source"
)
_EVENT_COLUMNS = (
    'e.article_id, e.idx, e.cameo, e.plover, e.mode, e.verb, e.text, e."start", e."end",'
    " e.sentence, e.source_name, e.source_actor, e.source_code, e.target_name,"
    ' e.target_actor, e.target_code, e.negated, e.modality, e."date", e.date_text,'
    " e.location_name, e.location_country, e.lat, e.lon, e.quote, e.trigger, e.rule,"
    " e.source_start, e.source_end, e.target_start, e.target_end,"
    " a.title, a.published, a.source"
)


# What makes two copies of one story report the same quote or the same event (within
# one story; the n-th repeat in one article pairs with the n-th in another copy).
_SAME_QUOTE = "lower(q.text), q.speaker_name"
_SAME_EVENT = (
    "e.cameo, e.source_code, e.source_name, e.target_code, e.target_name, e.negated, e.modality"
)


def _once_per_story(columns: str, rest: str, article: str, same: str, order: str) -> str:
    """``SELECT columns rest`` with the rows that are the ``same`` in the copies of one
    story made one row: the one in the earliest article, with ``copies`` (how many
    articles carried it) and ``outlets`` (their distinct sources).

    ``article`` is the alias of the table with ``article_id`` and ``idx``. A repeat
    within one article (two talks the same day) stays its own row: the n-th repeat
    in one copy only pairs with the n-th in another.
    """
    copy = (
        f"row_number() OVER (PARTITION BY {article}.article_id, {same}"
        f" ORDER BY {article}.idx) AS repeat_no"
    )
    inner = f"SELECT {columns}, a.story AS story_no, row({same}) AS same_no, {copy} {rest}"
    window = "PARTITION BY story_no, same_no, repeat_no"
    first = "published NULLS LAST, article_id, idx"
    return (
        "SELECT * EXCLUDE (story_no, same_no, repeat_no, copy_rank) FROM (SELECT *,"
        f" count(DISTINCT article_id) OVER ({window}) AS copies,"
        f" list(DISTINCT source) OVER ({window}) AS outlets,"
        f" row_number() OVER ({window} ORDER BY {first}) AS copy_rank"
        f" FROM ({inner})) WHERE copy_rank = 1 ORDER BY {order}"
    )


class _Where:
    """Collects ``AND``-ed conditions and their parameters in order."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        """Add one condition with the values for its ``?`` placeholders."""
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        """Return the ``WHERE`` clause, or nothing when no filter was given."""
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


def _check_limit(limit: int) -> None:
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}")


def _check_offset(offset: int) -> None:
    if offset < 0:
        raise ValueError(f"offset must be 0 or more, not {offset}")


def quotes_sql(
    speaker: str | None,
    code: str | None,
    since: date | None,
    until: date | None,
    article: str | None,
    limit: int,
    per_story: bool = True,
    search: str | None = None,
    offset: int = 0,
) -> tuple[str, list[Any]]:
    """Select quotes with their article's title, published date and source.

    ``per_story`` counts a quote once per story (the copy in the earliest article),
    with how many articles carried it and their outlets. ``search`` is a
    case-insensitive substring of the quote; ``offset`` skips that many rows.
    """
    _check_limit(limit)
    _check_offset(offset)
    where = _Where()
    if speaker:
        where.add(
            "(contains(lower(q.speaker_name), lower(?))"
            " OR contains(lower(q.speaker_mention), lower(?)))",
            speaker,
            speaker,
        )
    if code:
        where.add("starts_with(q.speaker_code, ?)", code.upper())
    if since is not None:
        where.add("a.published >= ?", since)
    if until is not None:
        where.add("a.published <= ?", until)
    if article:
        where.add("q.article_id = ?", article)
    if search:
        where.add("contains(lower(q.text), lower(?))", search)
    rest = f"FROM quotes q JOIN articles a ON a.id = q.article_id{where.sql()}"
    order = "published DESC NULLS LAST, article_id, idx"
    if per_story:
        body = _once_per_story(_QUOTE_COLUMNS, rest, "q", _SAME_QUOTE, order)
    else:
        body = f"SELECT {_QUOTE_COLUMNS} {rest} ORDER BY {order}"
    return f"{body} LIMIT ? OFFSET ?", [*where.params, limit, offset]


# An event's side as a network node: its code, or its name when it has none.
_SOURCE_KEY = "coalesce(e.source_code, e.source_name)"
_TARGET_KEY = "coalesce(e.target_code, e.target_name)"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to select; a field left None does not filter.

    ``cameo`` is a code prefix; ``plover`` an exact type, any case, and ``plovers``
    any of several (an empty tuple selects nothing); ``actor`` a code prefix of the
    source or the target, ``source``/``target`` of that side only. ``dyad`` is a
    (source, target) pair and ``party`` either side, each side named as a network
    node is: its exact code, or its name when it has no code. ``since``/``until``
    bound the event's date, or the publication date when the event has none.
    """

    cameo: str | None = None
    plover: str | None = None
    plovers: tuple[str, ...] | None = None
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    party: str | None = None
    article: str | None = None
    since: date | None = None
    until: date | None = None


def events_sql(
    cameo: str | None,
    plover: str | None,
    actor: str | None,
    source: str | None,
    target: str | None,
    since: date | None,
    until: date | None,
    limit: int,
    per_story: bool = True,
) -> tuple[str, list[Any]]:
    """Select events with their article's title, published date and source.

    ``per_story`` counts an event once per story (as for quotes).

    The date filter uses the event's own date, or the publication date when the
    event has none, so undated events are not silently lost from a range.
    """
    return event_page_sql(
        EventFilter(
            cameo=cameo,
            plover=plover,
            actor=actor,
            source=source,
            target=target,
            since=since,
            until=until,
        ),
        limit,
        0,
        per_story,
    )


def actors_sql(
    code: str | None, name: str | None, limit: int, offset: int = 0
) -> tuple[str, list[Any]]:
    """Select actors grouped by name and code across articles, most widely reported first,
    with the number of stories (copies of one story count once), articles and mentions."""
    _check_limit(limit)
    _check_offset(offset)
    where = _Where()
    if code:
        where.add("starts_with(t.code, ?)", code.upper())
    if name:
        where.add("contains(lower(t.name), lower(?))", name)
    sql = (
        "SELECT t.name, t.code, count(DISTINCT a.story) AS stories,"
        " count(DISTINCT t.article_id) AS articles,"
        " CAST(coalesce(sum(json_array_length(t.mentions)), 0) AS BIGINT) AS mentions"
        f" FROM actors t JOIN articles a ON a.id = t.article_id{where.sql()}"
        " GROUP BY t.name, t.code"
        " ORDER BY stories DESC, articles DESC, mentions DESC, t.name, t.code NULLS LAST"
        " LIMIT ? OFFSET ?"
    )
    return sql, [*where.params, limit, offset]


SUMMARY_SQL = (
    "SELECT (SELECT count(*) FROM articles) AS articles,"
    " (SELECT count(DISTINCT story) FROM articles) AS stories,"
    " (SELECT count(*) FROM quotes) AS quotes,"
    " (SELECT count(*) FROM events) AS events,"
    " (SELECT count(*) FROM (SELECT DISTINCT name, code FROM actors)) AS actors"
)


def _event_where(f: EventFilter) -> _Where:
    where = _Where()
    if f.cameo:
        where.add("starts_with(e.cameo, ?)", f.cameo)
    if f.plover:
        where.add("lower(e.plover) = lower(?)", f.plover)
    if f.plovers is not None:
        marks = ", ".join("lower(?)" for _ in f.plovers)
        where.add(f"lower(e.plover) IN ({marks})" if f.plovers else "FALSE", *f.plovers)
    if f.actor:
        where.add(
            "(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))",
            f.actor.upper(),
            f.actor.upper(),
        )
    if f.source:
        where.add("starts_with(e.source_code, ?)", f.source.upper())
    if f.target:
        where.add("starts_with(e.target_code, ?)", f.target.upper())
    if f.dyad is not None:
        where.add(f"{_SOURCE_KEY} = ? AND {_TARGET_KEY} = ?", *f.dyad)
    if f.party:
        where.add(f"({_SOURCE_KEY} = ? OR {_TARGET_KEY} = ?)", f.party, f.party)
    if f.article:
        where.add("e.article_id = ?", f.article)
    when = 'coalesce(e."date", a.published)'
    if f.since is not None:
        where.add(f"{when} >= ?", f.since)
    if f.until is not None:
        where.add(f"{when} <= ?", f.until)
    return where


def _events_body(f: EventFilter, per_story: bool) -> tuple[str, list[Any]]:
    """The ordered ``SELECT`` of the events ``f`` selects, without a limit."""
    where = _event_where(f)
    rest = f"FROM events e JOIN articles a ON a.id = e.article_id{where.sql()}"
    if per_story:
        order = 'coalesce("date", published) DESC NULLS LAST, article_id, idx'
        return _once_per_story(_EVENT_COLUMNS, rest, "e", _SAME_EVENT, order), where.params
    when = 'coalesce(e."date", a.published)'
    body = f"SELECT {_EVENT_COLUMNS} {rest} ORDER BY {when} DESC NULLS LAST, e.article_id, e.idx"
    return body, where.params


def event_page_sql(
    f: EventFilter, limit: int, offset: int = 0, per_story: bool = True
) -> tuple[str, list[Any]]:
    """Select one page of the events ``f`` selects, latest first, with their article's
    title, published date and source (once per story, as :func:`events_sql`)."""
    _check_limit(limit)
    _check_offset(offset)
    body, params = _events_body(f, per_story)
    return f"{body} LIMIT ? OFFSET ?", [*params, limit, offset]


#: The periods events can be counted by, and the first day of an event's period.
PERIODS = {
    "day": 'coalesce("date", published)',
    "week": "CAST(date_trunc('week', coalesce(\"date\", published)) AS DATE)",
}


def timeline_sql(f: EventFilter, period: str, per_story: bool = True) -> tuple[str, list[Any]]:
    """Count the events ``f`` selects per ``period`` ("day", or "week" from Monday) and
    PLOVER type, oldest first; events with neither a date nor a published article are
    left out."""
    start = PERIODS[period]
    body, params = _events_body(f, per_story)
    sql = (
        f"SELECT {start} AS start, plover, count(*) AS events FROM ({body})"
        ' WHERE coalesce("date", published) IS NOT NULL'
        " GROUP BY ALL ORDER BY start, plover"
    )
    return sql, params


def dyads_sql(f: EventFilter, per_story: bool = True) -> tuple[str, list[Any]]:
    """Count the events ``f`` selects per (source, target, PLOVER type), each side named
    as a network node (code, else name) with the names it stands for; events without a
    target are left out."""
    body, params = _events_body(f, per_story)
    sql = (
        "SELECT coalesce(source_code, source_name) AS source_key,"
        " coalesce(target_code, target_name) AS target_key, plover, count(*) AS events,"
        " list(DISTINCT source_name ORDER BY source_name) AS source_names,"
        " list(DISTINCT target_name ORDER BY target_name) AS target_names"
        f" FROM ({body}) WHERE target_name IS NOT NULL"
        " GROUP BY ALL ORDER BY events DESC, source_key, target_key, plover"
    )
    return sql, params


#: How much of an article's text a list of articles shows.
OPENING_CHARS = 200


def articles_sql(
    search: str | None,
    since: date | None,
    until: date | None,
    limit: int,
    offset: int = 0,
) -> tuple[str, list[Any]]:
    """Select articles, newest first, with the opening of their text and how many
    quotes and events each holds.

    ``search`` is a case-insensitive substring of the title or the text;
    ``since``/``until`` bound the publication date (inclusive).
    """
    _check_limit(limit)
    _check_offset(offset)
    where = _Where()
    if search:
        where.add(
            "(contains(lower(a.title), lower(?)) OR contains(lower(a.text), lower(?)))",
            search,
            search,
        )
    if since is not None:
        where.add("a.published >= ?", since)
    if until is not None:
        where.add("a.published <= ?", until)
    sql = (
        "SELECT a.id, a.title, a.source, a.published, a.url, a.path, a.story,"
        f" left(a.text, {OPENING_CHARS}) AS opening,"
        " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,"
        " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events"
        f" FROM articles a{where.sql()}"
        " ORDER BY a.published DESC NULLS LAST, a.added_at, a.id LIMIT ? OFFSET ?"
    )
    return sql, [*where.params, limit, offset]


#: One article, and its actors, quotes and events in their order, by article id.
ARTICLE_SQL = (
    "SELECT id, path, url, source, title, published, language, text, story"
    " FROM articles WHERE id = ?"
)
ARTICLE_ACTORS_SQL = (
    "SELECT actor_id, name, kind, code, country, sector, role, mentions"
    " FROM actors WHERE article_id = ? ORDER BY rowid"
)
ARTICLE_QUOTES_SQL = (
    'SELECT idx, text, "start", "end", kind, cue, speaker_name, speaker_mention,'
    " speaker_start, speaker_end, speaker_actor, speaker_code, addressee, according_to,"
    " medium FROM quotes WHERE article_id = ? ORDER BY idx"
)
ARTICLE_EVENTS_SQL = "SELECT * EXCLUDE (article_id) FROM events WHERE article_id = ? ORDER BY idx"
PUBLISHED_RANGE_SQL = "SELECT min(published) AS first, max(published) AS last FROM articles"
