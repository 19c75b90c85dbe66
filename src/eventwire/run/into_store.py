"""``eventwire run``: analyse inputs into the store, idempotent and resumable.

Articles are saved in input order, one transaction per batch, with their
near-duplicate keys. A later run rebuilds the story index from the store in that order and skips
stored articles before parsing them, so a run killed part-way and run again leaves
exactly the store an uninterrupted run leaves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from eventwire.config import Settings
from eventwire.dedup import StoryIndex, StoryKey, story_key
from eventwire.extract.lexicons import Lexicons
from eventwire.models import AnalyzedArticle, Reject
from eventwire.run.local import RunCounts, Tick, new_story_index, process_inputs, with_story
from eventwire.run.worker import Job, Processed
from eventwire.store import Store


@dataclass(slots=True)
class StoreCounts(RunCounts):
    """A run's counts, plus the articles it stored and those already stored."""

    stored: int = 0
    duplicates: int = 0


def story_index(store: Store, settings: Settings) -> StoryIndex:
    """The story index of everything in ``store``, rebuilt in the order it was stored.

    Articles stored before keys were kept get their key computed and saved now.
    """
    stories = new_story_index(settings)
    for stored in store.story_keys():
        key = stored.key
        if key is None:
            key = story_key(stored.text or "")
            store.add_key(stored.article_id, key)
        stories.add(stored.article_id, stored.story, key)
    return stories


def store_inputs(
    paths: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    actors: str | None = None,
    published: date | None = None,
    workers: int = 1,
    lexicons: Lexicons | None = None,
    stdin: TextIO | None = None,
    on_reject: Callable[[Reject], None] | None = None,
    tick: Tick | None = None,
) -> StoreCounts:
    """Analyse every article under ``paths`` that ``store`` lacks and save it with its story.

    ``published`` is the date relative dates resolve from when an input has none;
    ``on_reject`` is told of every input that could not be analysed.
    """
    counts = StoreCounts()
    stories = story_index(store, settings)
    job = Job(settings, actors, published, store.stored_ids())
    pending: list[tuple[AnalyzedArticle, StoryKey | None]] = []
    for item in process_inputs(
        paths, job, workers=workers, lexicons=lexicons, stdin=stdin, counts=counts, tick=tick
    ):
        if isinstance(item, Processed):
            pending.append((with_story(item, stories), item.key))
            if len(pending) >= settings.batch_size:
                _save(store, pending, counts)
        elif isinstance(item, Reject) and on_reject is not None:
            on_reject(item)
    _save(store, pending, counts)
    return counts


def _save(
    store: Store, pending: list[tuple[AnalyzedArticle, StoryKey | None]], counts: StoreCounts
) -> None:
    """Save and empty ``pending`` in one transaction, counting what was new."""
    added = store.save_many(pending)
    counts.stored += added
    counts.duplicates += len(pending) - added
    pending.clear()
