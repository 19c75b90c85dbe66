"""The progress bar of a corpus run: articles, articles per second, rejects and the time
left, drawn with rich on standard error.

The time left is estimated from the bytes of the input files read so far against
their total, since an archive's article count is unknown until it has been read.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from eventwire.ingest.read import file_size, input_files
from eventwire.run.local import RunCounts, Tick

# Redrawing more often than this costs more than it shows.
_REFRESH_SECONDS = 0.25


def input_bytes(paths: Sequence[str]) -> int:
    """The total size of the files under ``paths`` (standard input counts as nothing)."""
    return sum(file_size(path) for path in input_files(paths))


class _Bar:
    """Draws the counts on one rich task, at most every ``_REFRESH_SECONDS``."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        self._progress = progress
        self._task = task
        self._started = time.monotonic()
        self._drawn = 0.0

    def __call__(self, counts: RunCounts, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._drawn < _REFRESH_SECONDS:
            return
        self._drawn = now
        done = counts.analyzed + counts.skipped
        rate = done / max(now - self._started, 1e-9)
        self._progress.update(
            self._task,
            completed=counts.bytes_read,
            articles=f"{done:,} articles",
            rate=f"{rate:,.1f}/s",
            rejects=f"{counts.rejected:,} rejected",
        )


@contextmanager
def run_progress(paths: Sequence[str], *, enabled: bool) -> Iterator[Tick | None]:
    """A ``tick`` to pass to a runner that draws the progress bar, or None when disabled."""
    if not enabled:
        yield None
        return
    console = Console(stderr=True)
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[articles]}"),
        TextColumn("{task.fields[rate]}"),
        TextColumn("{task.fields[rejects]}"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
    label = Path(paths[0]).name if len(paths) == 1 else f"{len(paths)} inputs"
    task = progress.add_task(
        label,
        total=input_bytes(paths) or None,
        articles="0 articles",
        rate="-",
        rejects="0 rejected",
    )
    bar = _Bar(progress, task)
    counts = RunCounts()

    def tick(latest: RunCounts) -> None:
        nonlocal counts
        counts = latest
        bar(latest)

    with progress:
        yield tick
        bar(counts, force=True)
