"""The SQL behind the store's query methods, built from optional filters.

Each builder returns ``(sql, params)``; every user value travels as a bound
parameter, never inside the SQL text. Substring and prefix matches use
``contains``/``starts_with`` rather than ``LIKE`` so ``%`` and ``_`` in a
search are matched literally.
"""

from __future__ import annotations

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


def quotes_sql(
    speaker: str | None,
    code: str | None,
    since: date | None,
    until: date | None,
    article: str | None,
    limit: int,
    per_story: bool = True,
) -> tuple[str, list[Any]]:
    """Select quotes with their article's title, published date and source.

    ``per_story`` counts a quote once per story (the copy in the earliest article),
    with how many articles carried it and their outlets.
    """
    _check_limit(limit)
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
    rest = f"FROM quotes q JOIN articles a ON a.id = q.article_id{where.sql()}"
    order = "published DESC NULLS LAST, article_id, idx"
    if per_story:
        body = _once_per_story(_QUOTE_COLUMNS, rest, "q", _SAME_QUOTE, order)
    else:
        body = f"SELECT {_QUOTE_COLUMNS} {rest} ORDER BY {order}"
    return f"{body} LIMIT ?", [*where.params, limit]


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
    _check_limit(limit)
    where = _Where()
    if cameo:
        where.add("starts_with(e.cameo, ?)", cameo)
    if plover:
        where.add("lower(e.plover) = lower(?)", plover)
    if actor:
        where.add(
            "(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))",
            actor.upper(),
            actor.upper(),
        )
    if source:
        where.add("starts_with(e.source_code, ?)", source.upper())
    if target:
        where.add("starts_with(e.target_code, ?)", target.upper())
    when = 'coalesce(e."date", a.published)'
    if since is not None:
        where.add(f"{when} >= ?", since)
    if until is not None:
        where.add(f"{when} <= ?", until)
    rest = f"FROM events e JOIN articles a ON a.id = e.article_id{where.sql()}"
    if per_story:
        order = 'coalesce("date", published) DESC NULLS LAST, article_id, idx'
        body = _once_per_story(_EVENT_COLUMNS, rest, "e", _SAME_EVENT, order)
    else:
        body = (
            f"SELECT {_EVENT_COLUMNS} {rest} ORDER BY {when} DESC NULLS LAST, e.article_id, e.idx"
        )
    return f"{body} LIMIT ?", [*where.params, limit]


def actors_sql(code: str | None, name: str | None, limit: int) -> tuple[str, list[Any]]:
    """Select actors grouped by name and code across articles, most widely reported first,
    with the number of stories (copies of one story count once), articles and mentions."""
    _check_limit(limit)
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
        " ORDER BY stories DESC, articles DESC, mentions DESC, t.name, t.code NULLS LAST LIMIT ?"
    )
    return sql, [*where.params, limit]


SUMMARY_SQL = (
    "SELECT (SELECT count(*) FROM articles) AS articles,"
    " (SELECT count(DISTINCT story) FROM articles) AS stories,"
    " (SELECT count(*) FROM quotes) AS quotes,"
    " (SELECT count(*) FROM events) AS events,"
    " (SELECT count(*) FROM (SELECT DISTINCT name, code FROM actors)) AS actors"
)
