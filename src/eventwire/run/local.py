"""The local runner: read in this process, hand batches to one or more workers, and
yield what comes back in input order.

With one worker the batches are processed right here; with more, a pool of processes
(each loading the model once) works on a bounded window of batches, so memory stays
flat however large the corpus. A bad input becomes a Reject and the run goes on; only
settings and storage errors stop it.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from typing import TextIO

from eventwire.config import Settings
from eventwire.dedup import StoryIndex
from eventwire.errors import RunError
from eventwire.extract.lexicons import Lexicons, default_lexicons
from eventwire.ingest import read_inputs
from eventwire.models import AnalyzedArticle, RawArticle, Reject
from eventwire.nlp import check_model
from eventwire.run.worker import Job, Outcome, Processed, Skipped, Worker

# Batches in flight per worker process: enough to keep every worker busy.
_WINDOW_PER_WORKER = 2
# Native libraries must not start a thread per core in every worker process.
ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(slots=True)
class RunCounts:
    """What a run did: articles read, analysed, skipped as already stored, rejected (in
    all, and by reject code), and the bytes of the input files read to their end."""

    read: int = 0
    analyzed: int = 0
    skipped: int = 0
    rejected: int = 0
    bytes_read: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    def reject(self, item: Reject) -> None:
        """Count one rejected input under its code."""
        self.rejected += 1
        self.reasons[item.code] += 1


Tick = Callable[[RunCounts], None]


def process_inputs(
    paths: Sequence[str],
    job: Job,
    *,
    workers: int = 1,
    lexicons: Lexicons | None = None,
    stdin: TextIO | None = None,
    counts: RunCounts | None = None,
    tick: Tick | None = None,
) -> Iterator[Outcome]:
    """Process every article under ``paths`` with ``workers`` processes; yield the
    outcomes in input order (a reader's Reject as soon as it is found).

    ``lexicons`` are used by the in-process worker; pool workers load their own.
    ``tick`` is called with the counts after each outcome (for a progress bar).
    """
    counts = counts if counts is not None else RunCounts()
    for item in _processed(paths, job, workers, lexicons, stdin, counts):
        if isinstance(item, Processed):
            counts.analyzed += 1
        elif isinstance(item, Skipped):
            counts.skipped += 1
        else:
            counts.reject(item)
        if tick is not None:
            tick(counts)
        yield item


def analyze_inputs(
    paths: Sequence[str],
    settings: Settings,
    lexicons: Lexicons | None = None,
    *,
    published: date | None = None,
    actors: str | None = None,
    workers: int = 1,
    stdin: TextIO | None = None,
    counts: RunCounts | None = None,
    tick: Tick | None = None,
) -> Iterator[AnalyzedArticle | Reject]:
    """Analyse every article under ``paths``; yield results in input order, each with its
    story (the first article of its near-duplicate cluster in this run).

    ``published`` is the date relative dates resolve from when an input carries none;
    ``actors`` is a user's actor dictionary file (used when ``lexicons`` is not given,
    and by pool workers); ``workers`` > 1 runs that many processes.
    """
    job = Job(settings, actors, published)
    lexicons = lexicons if lexicons is not None else default_lexicons(actors)
    stories = new_story_index(settings)
    for item in process_inputs(
        paths, job, workers=workers, lexicons=lexicons, stdin=stdin, counts=counts, tick=tick
    ):
        if isinstance(item, Processed):
            yield with_story(item, stories)
        elif isinstance(item, Reject):
            yield item


def new_story_index(settings: Settings) -> StoryIndex:
    """An empty story index with the ``[dedup]`` settings."""
    dedup = settings.dedup
    return StoryIndex(
        threshold=dedup.threshold, confirm=dedup.confirm, min_shingles=dedup.min_shingles
    )


def with_story(item: Processed, stories: StoryIndex) -> AnalyzedArticle:
    """The analysed article with its story assigned from (and added to) ``stories``."""
    result = item.result
    story = stories.assign(result.article.id, item.key)
    return dataclasses.replace(result, article=dataclasses.replace(result.article, story=story))


def _processed(
    paths: Sequence[str],
    job: Job,
    workers: int,
    lexicons: Lexicons | None,
    stdin: TextIO | None,
    counts: RunCounts,
) -> Iterator[Outcome]:
    def done(_path: str, size: int) -> None:
        counts.bytes_read += size

    items = read_inputs(paths, max_bytes=job.settings.max_bytes, stdin=stdin, done=done)
    chunks = _batches(items, job.settings.batch_size)
    if workers <= 1:
        worker = Worker(job, lexicons)
        for batch in chunks:
            if isinstance(batch, Reject):
                yield batch
            else:
                counts.read += len(batch)
                yield from worker.process(batch)
        return
    yield from _pooled(chunks, job, workers, counts)


def _batches(
    items: Iterator[RawArticle | Reject], size: int
) -> Iterator[list[RawArticle] | Reject]:
    """Raw articles in batches of ``size``; a Reject passes through at once."""
    batch: list[RawArticle] = []
    for item in items:
        if isinstance(item, Reject):
            yield item
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _pooled(
    chunks: Iterator[list[RawArticle] | Reject], job: Job, workers: int, counts: RunCounts
) -> Iterator[Outcome]:
    check_model(job.settings.model)
    # Worker processes inherit the environment when they start: this process keeps it.
    for name in ONE_THREAD:
        os.environ.setdefault(name, "1")
    context = multiprocessing.get_context("spawn")
    pending: deque[Future[list[Outcome]]] = deque()
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start, initargs=(job,)
        ) as pool:
            for batch in chunks:
                if isinstance(batch, Reject):
                    yield batch
                    continue
                counts.read += len(batch)
                pending.append(pool.submit(_work, batch))
                while len(pending) >= workers * _WINDOW_PER_WORKER:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
    except BrokenProcessPool as exc:
        raise RunError(
            f"a worker process died ({exc}); what was stored before it stays stored: "
            "run again to resume (with fewer --workers if memory ran out)",
            code="E301",
        ) from exc


_worker: Worker | None = None


def _start(job: Job) -> None:
    """Pool initializer: load the model and lexicons once per worker process."""
    global _worker
    _worker = Worker(job)


def _work(batch: list[RawArticle]) -> list[Outcome]:
    """Pool task: process one batch with this process's worker."""
    assert _worker is not None, "the pool initializer did not run"
    return _worker.process(batch)
