"""How much one request may ask of the server, and running work under a time limit.

Store queries and analyses run in worker threads, so the event loop keeps serving
other requests; a thread cannot be stopped from outside, so when its time is up the
request is answered at once and the thread is left to finish (a store query is
cancelled through the store instead).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

from eventwire.config import ApiLimits

__all__ = ["ApiLimits", "within"]

Result = TypeVar("Result")


async def within(
    seconds: float, work: Callable[[], Result], on_timeout: Callable[[], None] | None = None
) -> Result:
    """Run ``work`` in a worker thread; raise TimeoutError once ``seconds`` have passed,
    after calling ``on_timeout`` (to cancel the work, when it can be)."""
    try:
        with anyio.fail_after(seconds):
            return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
    except TimeoutError:
        if on_timeout is not None:
            on_timeout()
        raise
