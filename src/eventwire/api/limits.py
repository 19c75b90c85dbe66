"""How much one request may ask of the server, and running work under a time limit.

Store queries and analyses run in worker threads, so the event loop keeps serving
other requests; a thread cannot be stopped from outside, so when its time is up the
request is answered at once and the thread is left to finish (a store query is
cancelled through the store instead).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import anyio
import anyio.to_thread

Result = TypeVar("Result")


@dataclass(frozen=True, slots=True)
class ApiLimits:
    """The size and time limits of one request.

    ``max_body_bytes`` bounds a request body (E413); ``body_seconds`` is how long a
    client may take to send it (E408); ``work_seconds`` how long a query (E460) or
    an analysis (E022) may run.
    """

    max_body_bytes: int = 1_000_000
    body_seconds: float = 10.0
    work_seconds: float = 30.0


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
