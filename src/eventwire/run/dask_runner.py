"""Run on a Dask cluster: the input files are cut into partitions in input order, each
Dask worker processes its partitions with the same :class:`~eventwire.run.worker.Worker`
as a local run (loading the model once per process) and writes one Parquet shard per
partition; the driver loads the shards in partition order, folding near-duplicate
stories as it goes, so the store ends the same as after a local run.

Shards go to a folder every worker and the driver can reach (``shards``: by default a
temporary folder, which suits a ``local`` cluster) and are deleted once loaded.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.config import Settings
from eventwire.dedup import StoryIndex, StoryKey
from eventwire.errors import ConfigError, EventwireError, RunError
from eventwire.extract.lexicons import Lexicons, default_lexicons
from eventwire.ingest.read import file_size, input_targets
from eventwire.models import AnalyzedArticle, Reject
from eventwire.run.into_store import StoreCounts, story_index
from eventwire.run.local import ONE_THREAD, RunCounts, Tick, process_inputs
from eventwire.run.worker import Job, Processed
from eventwire.store import Store
from eventwire.store.parquet import ShardWriter, read_keys

if TYPE_CHECKING:
    from dask.distributed import Client, Future

LOCAL = "local"
# Partitions per worker: small enough to balance uneven files, large enough that each
# task's overhead (a shard, a load) stays small next to its parse.
_PARTITIONS_PER_WORKER = 4
# At most about this many input bytes per partition, so a shard the driver loads at
# once stays small (a single larger file is still one partition).
_PARTITION_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Shard:
    """What a worker did with one partition: its shard folder, counts and rejects."""

    folder: str
    read: int
    skipped: int
    duplicates: int
    bytes_read: int
    rejects: list[Reject] = field(default_factory=list)


def partitions(files: Sequence[str], sizes: Sequence[int], count: int) -> list[list[str]]:
    """``files`` (of ``sizes`` bytes) cut into at most ``count`` contiguous runs of about
    equal bytes, in order, none empty. A file is never split: one huge archive is one
    partition."""
    total = sum(sizes)
    if not files:
        return []
    target = max(total / max(1, count), 1)
    parts: list[list[str]] = [[]]
    filled = 0
    for file, size in zip(files, sizes, strict=True):
        if parts[-1] and filled + size / 2 > target * len(parts) and len(parts) < count:
            parts.append([])
        parts[-1].append(file)
        filled += size
    return parts


@cache
def _lexicons(actors: str | None) -> Lexicons:
    return default_lexicons(actors)


def process_partition(files: list[str], index: int, job: Job, shards: str) -> Shard:
    """Dask task: analyse ``files`` and write their shard under ``shards``, batch by
    batch; an article repeated within the partition is written once."""
    counts = RunCounts()
    folder = Path(shards) / f"part-{index:05d}"
    rejects: list[Reject] = []
    seen: set[str] = set()
    pending: list[tuple[AnalyzedArticle, StoryKey | None]] = []
    with ShardWriter(folder) as shard:
        for outcome in process_inputs(files, job, lexicons=_lexicons(job.actors), counts=counts):
            if isinstance(outcome, Reject):
                rejects.append(outcome)
            elif isinstance(outcome, Processed) and outcome.result.article.id not in seen:
                seen.add(outcome.result.article.id)
                pending.append((outcome.result, outcome.key))
                if len(pending) >= job.settings.batch_size:
                    shard.write(pending)
                    pending.clear()
        shard.write(pending)
    duplicates = counts.analyzed - len(seen)
    return Shard(str(folder), counts.read, counts.skipped, duplicates, counts.bytes_read, rejects)


def run_on_dask(
    paths: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    address: str,
    workers: int = 1,
    actors: str | None = None,
    published: date | None = None,
    shards: str | None = None,
    on_reject: Callable[[Reject], None] | None = None,
    tick: Tick | None = None,
) -> StoreCounts:
    """Analyse ``paths`` on the Dask cluster at ``address`` (``"local"``: a cluster of
    ``workers`` processes here) into ``store``; return the run's counts.

    ``shards`` is the folder for the workers' Parquet shards; a remote cluster needs
    one that its workers and this machine share.
    """
    if "-" in paths:
        raise ConfigError("a Dask run reads files, not standard input", code="E105")
    if address != LOCAL and shards is None:
        raise ConfigError(
            "a remote Dask cluster needs --shards: a folder its workers and this machine share",
            code="E105",
        )
    counts = StoreCounts()
    files: list[str] = []
    for target in input_targets(paths):
        if isinstance(target, Reject):
            counts.reject(target)
            if on_reject is not None:
                on_reject(target)
        else:
            files.append(str(target))
    sizes = [file_size(file) for file in files]
    stories = story_index(store, settings)
    job = Job(settings, actors, published, store.stored_ids())
    with _client(address, workers) as client, _shard_folder(shards) as folder:
        ready = client.scatter(job, broadcast=True)
        width = len(client.scheduler_info().get("workers", {})) or workers
        count = max(width * _PARTITIONS_PER_WORKER, sum(sizes) // _PARTITION_BYTES)
        tasks = [
            client.submit(process_partition, part, index, ready, folder, pure=False)
            for index, part in enumerate(partitions(files, sizes, count))
        ]
        for task in tasks:
            shard = _result(task)
            task.release()
            _load(store, shard, stories, counts)
            for reject in shard.rejects:
                if on_reject is not None:
                    on_reject(reject)
            if tick is not None:
                tick(counts)
    return counts


def _result(task: Future[Shard]) -> Shard:
    """The task's Shard, or a RunError saying the run can be resumed."""
    try:
        shard: Shard = task.result()
    except EventwireError:
        raise
    except Exception as exc:  # a worker died, or the task failed on the worker
        raise RunError(
            f"a Dask task failed ({type(exc).__name__}: {exc}); what was stored before "
            "it stays stored: run again to resume",
            code="E302",
        ) from exc
    return shard


def _load(store: Store, shard: Shard, stories: StoryIndex, counts: StoreCounts) -> None:
    """Load one shard into the store, folding its articles into stories in order."""
    folder = Path(shard.folder)
    try:
        keys = read_keys(folder)
    except OSError as exc:
        raise RunError(
            f"{folder}: cannot read a worker's shard ({exc}); is --shards a folder this "
            "machine shares with the workers?",
            code="E302",
        ) from exc
    added = store.load_shard(folder, [(i, stories.assign(i, key)) for i, key in keys])
    shutil.rmtree(folder, ignore_errors=True)
    counts.read += shard.read
    counts.analyzed += len(keys) + shard.duplicates
    counts.skipped += shard.skipped
    for reject in shard.rejects:
        counts.reject(reject)
    counts.bytes_read += shard.bytes_read
    counts.stored += added
    counts.duplicates += shard.duplicates + len(keys) - added


@contextlib.contextmanager
def _client(address: str, workers: int) -> Iterator[Client]:
    from dask.distributed import Client, LocalCluster

    if address == LOCAL:
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                env=dict.fromkeys(ONE_THREAD, "1"),
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout="30s")
    except OSError as exc:
        raise ConfigError(
            f"cannot reach the Dask scheduler at {address} ({exc})", code="E106"
        ) from exc
    with client:
        yield client


@contextlib.contextmanager
def _shard_folder(shards: str | None) -> Iterator[str]:
    if shards is not None:
        Path(shards).mkdir(parents=True, exist_ok=True)
        yield shards
        return
    with tempfile.TemporaryDirectory(prefix="eventwire-shards-") as folder:
        yield folder
