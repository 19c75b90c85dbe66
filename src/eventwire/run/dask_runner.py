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
from eventwire.errors import ConfigError
from eventwire.extract.lexicons import Lexicons, default_lexicons
from eventwire.ingest import read_inputs
from eventwire.ingest.read import input_targets
from eventwire.models import Reject
from eventwire.run.into_store import StoreCounts, story_index
from eventwire.run.local import RunCounts, Tick, batches
from eventwire.run.worker import Job, Processed, Skipped, Worker
from eventwire.store import Store
from eventwire.store.parquet import read_keys, write_shard

if TYPE_CHECKING:
    from dask.distributed import Client

LOCAL = "local"
# Partitions per worker: small enough to balance uneven files, large enough that each
# task's overhead (a shard, a load) stays small next to its parse.
_PARTITIONS_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class Shard:
    """What a worker did with one partition: its shard folder, counts and rejects."""

    index: int
    folder: str
    read: int
    skipped: int
    duplicates: int
    bytes_read: int
    rejects: list[Reject] = field(default_factory=list)


def partitions(files: Sequence[str], count: int) -> list[list[str]]:
    """``files`` cut into at most ``count`` contiguous, non-empty runs, in order."""
    count = max(1, min(count, len(files)))
    size, extra = divmod(len(files), count)
    parts, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        parts.append(list(files[start:end]))
        start = end
    return [part for part in parts if part]


@cache
def _lexicons(actors: str | None) -> Lexicons:
    return default_lexicons(actors)


def process_partition(files: list[str], index: int, job: Job, shards: str) -> Shard:
    """Dask task: analyse ``files`` and write their shard under ``shards``."""
    counts = RunCounts()
    worker = Worker(job, _lexicons(job.actors))
    analysed, rejects, seen = [], [], set()
    skipped = duplicates = 0
    items = read_inputs(files, max_bytes=job.settings.max_bytes)
    for batch in batches(items, job, counts):
        if isinstance(batch, Reject):
            rejects.append(batch)
            continue
        counts.read += len(batch)
        for outcome in worker.process(batch):
            if isinstance(outcome, Processed):
                if outcome.result.article.id in seen:
                    duplicates += 1
                    continue
                seen.add(outcome.result.article.id)
                analysed.append((outcome.result, outcome.key))
            elif isinstance(outcome, Skipped):
                skipped += 1
            else:
                rejects.append(outcome)
    folder = Path(shards) / f"part-{index:05d}"
    write_shard(folder, analysed)
    return Shard(index, str(folder), counts.read, skipped, duplicates, counts.bytes_read, rejects)


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
    ``workers`` processes here) into ``store``; return the run's counts."""
    if "-" in paths:
        raise ConfigError("a Dask run reads files, not standard input", code="E105")
    counts = StoreCounts()
    files = []
    for target in input_targets(paths):
        if isinstance(target, Reject):
            counts.rejected += 1
            if on_reject is not None:
                on_reject(target)
        else:
            files.append(str(target))
    stories = story_index(store, settings)
    job = Job(settings, actors, published, store.stored_ids())
    with _client(address, workers) as client, _shard_folder(shards) as folder:
        ready = client.scatter(job, broadcast=True)
        width = len(client.scheduler_info().get("workers", {})) or workers
        tasks = [
            client.submit(process_partition, part, index, ready, folder, pure=False)
            for index, part in enumerate(partitions(files, width * _PARTITIONS_PER_WORKER))
        ]
        for task in tasks:
            shard: Shard = task.result()
            task.release()
            keys = read_keys(Path(shard.folder))
            added = store.load_shard(
                Path(shard.folder), [(i, stories.assign(i, key)) for i, key in keys]
            )
            shutil.rmtree(shard.folder, ignore_errors=True)
            _count(counts, shard, len(keys), added)
            for reject in shard.rejects:
                if on_reject is not None:
                    on_reject(reject)
            if tick is not None:
                tick(counts)
    return counts


def _count(counts: StoreCounts, shard: Shard, analysed: int, added: int) -> None:
    counts.read += shard.read
    counts.analyzed += analysed + shard.duplicates
    counts.skipped += shard.skipped
    counts.rejected += len(shard.rejects)
    counts.bytes_read += shard.bytes_read
    counts.stored += added
    counts.duplicates += shard.duplicates + analysed - added


@contextlib.contextmanager
def _client(address: str, workers: int) -> Iterator[Client]:
    from dask.distributed import Client, LocalCluster

    if address == LOCAL:
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
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
