"""A time limit on one piece of work, so no single article can stall a worker.

The limit is a real-time alarm (``SIGALRM``), so it holds only in a process's main
thread: where local runs and pool workers do their work. Elsewhere (Dask runs its
tasks in threads) the work runs without a limit. Python checks for the alarm between
bytecodes, so the longest step that cannot be cut short is one call into native code
(one pipeline component on one batch).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TimedOut(Exception):
    """The work took longer than its limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimedOut` inside the ``with`` block once ``seconds`` have passed."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimedOut(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
