"""A synchronous in-process client for an ASGI app: httpx over its ASGI transport, on an
event loop that runs in a helper thread, so tests stay plain functions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal
from starlette.types import ASGIApp

BASE = "http://127.0.0.1"


class ApiClient:
    """Sends requests to an app in this process and waits for the answer."""

    def __init__(self, portal: BlockingPortal, client: httpx.AsyncClient) -> None:
        self._portal = portal
        self._client = client

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send one request (httpx's keyword arguments) and return the response."""
        return self._portal.call(partial(self._client.request, method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        """GET ``url``."""
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        """POST to ``url``."""
        return self.request("POST", url, **kwargs)


@contextmanager
def api_client(app: ASGIApp) -> Iterator[ApiClient]:
    """A client for ``app``, open for the ``with`` block."""
    with start_blocking_portal() as portal:
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE)
        try:
            yield ApiClient(portal, client)
        finally:
            portal.call(client.aclose)
