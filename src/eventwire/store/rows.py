"""Flatten one :class:`AnalyzedArticle` into the row tuples the store inserts.

Pure Python, no database: the column order of each tuple matches the column
list of its table, and lists of spans become JSON text.
"""

from __future__ import annotations

import json
from typing import Any

from eventwire.models import Actor, AnalyzedArticle, Event, Quote

ARTICLE_COLUMNS = (
    "id", "path", "url", "source", "title", "published", "language", "text", "story", "removed",
)  # fmt: skip
ACTOR_COLUMNS = (
    "article_id", "actor_id", "name", "kind", "code", "country", "sector", "role", "mentions",
)  # fmt: skip
QUOTE_COLUMNS = (
    "article_id", "idx", "text", "start", "end", "kind", "cue", "speaker_name",
    "speaker_mention", "speaker_start", "speaker_end", "speaker_actor", "speaker_code",
    "addressee", "according_to", "medium",
)  # fmt: skip
EVENT_COLUMNS = (
    "article_id", "idx", "cameo", "plover", "mode", "verb", "text", "start", "end",
    "sentence", "source_name", "source_actor", "source_code", "target_name", "target_actor",
    "target_code", "negated", "modality", "date", "date_text", "location_name",
    "location_country", "lat", "lon", "quote", "trigger", "rule", "source_start", "source_end",
    "target_start", "target_end",
)  # fmt: skip
#: The child tables in the order they are written, with their columns.
CHILD_TABLES = (("actors", ACTOR_COLUMNS), ("quotes", QUOTE_COLUMNS), ("events", EVENT_COLUMNS))


def column_list(columns: tuple[str, ...]) -> str:
    """The columns as SQL, each quoted ("start", "end" and "date" are reserved words)."""
    return ", ".join(f'"{name}"' for name in columns)


def article_row(result: AnalyzedArticle) -> tuple[Any, ...]:
    """Return the ``articles`` row for ``result``."""
    a = result.article
    removed = json.dumps(
        [{"start": r.start, "end": r.end, "reason": r.reason} for r in a.removed],
        ensure_ascii=False,
    )
    return (
        a.id,
        a.path,
        a.url,
        a.source,
        a.title,
        a.published,
        a.language,
        a.text,
        a.story,
        removed,
    )


def actor_row(article_id: str, actor: Actor) -> tuple[Any, ...]:
    """Return the ``actors`` row for one actor of an article."""
    mentions = json.dumps([[start, end] for start, end in actor.mentions])
    return (
        article_id,
        actor.id,
        actor.name,
        actor.kind,
        actor.code,
        actor.country,
        actor.sector,
        actor.role,
        mentions,
    )


def quote_row(article_id: str, idx: int, quote: Quote) -> tuple[Any, ...]:
    """Return the ``quotes`` row for the quote at position ``idx`` of an article."""
    s = quote.speaker
    speaker = (None,) * 6 if s is None else (s.name, s.mention, s.start, s.end, s.actor, s.code)
    return (
        article_id,
        idx,
        quote.text,
        quote.start,
        quote.end,
        quote.kind,
        quote.cue,
        *speaker,
        quote.addressee,
        quote.according_to,
        quote.medium,
    )


def event_row(article_id: str, idx: int, event: Event) -> tuple[Any, ...]:
    """Return the ``events`` row for the event at position ``idx`` of an article."""
    s, t, loc = event.source, event.target, event.location
    target = (None,) * 3 if t is None else (t.name, t.actor, t.code)
    target_phrase = (None, None) if t is None else (t.start, t.end)
    place = (None,) * 4 if loc is None else (loc.name, loc.country, loc.lat, loc.lon)
    return (
        article_id,
        idx,
        event.cameo,
        event.plover,
        event.mode,
        event.verb,
        event.text,
        event.start,
        event.end,
        event.sentence,
        s.name,
        s.actor,
        s.code,
        *target,
        event.negated,
        event.modality,
        event.date,
        event.date_text,
        *place,
        event.quote,
        event.trigger,
        event.rule,
        s.start,
        s.end,
        *target_phrase,
    )


def child_rows(result: AnalyzedArticle) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of each child table (actors, quotes, events) for one article."""
    aid = result.article.id
    return {
        "actors": [actor_row(aid, actor) for actor in result.actors],
        "quotes": [quote_row(aid, i, quote) for i, quote in enumerate(result.quotes)],
        "events": [event_row(aid, i, event) for i, event in enumerate(result.events)],
    }
