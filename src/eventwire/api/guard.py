"""An ASGI middleware that guards every request before the app sees it: the Host header
(so a web page cannot reach a loopback server by DNS rebinding) and the body, which is
read whole, within the size and time limits, and then handed to the app."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.api.errors import error_body
from eventwire.api.limits import ApiLimits


class BodyRefused(Exception):
    """The body is too large or too slow; carries the error to answer with."""

    def __init__(self, code: str, message: str, status: int) -> None:
        """The error answered instead of the request."""
        super().__init__(message)
        self.code = code
        self.status = status


class RequestGuard:
    """Refuse a request whose Host is not allowed (E421) or whose body is larger than
    ``limits.max_body_bytes`` (E413) or takes longer than ``limits.body_seconds`` to
    arrive (E408); pass the rest on with their body read."""

    def __init__(
        self, app: ASGIApp, limits: ApiLimits, allowed_hosts: Collection[str] | None = None
    ) -> None:
        """Guard ``app``; ``allowed_hosts`` (host names, without port) None allows any."""
        self.app = app
        self.limits = limits
        self.allowed_hosts = None if allowed_hosts is None else frozenset(allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check one request, then run the app on it."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.lower(): value for key, value in scope["headers"]}
        if not self._host_allowed(headers.get(b"host", b"").decode("latin-1")):
            message = "this server answers only on its loopback address (Host header refused)"
            await _refuse(send, "E421", message, 421)
            return
        try:
            self._check_length(headers.get(b"content-length"))
            body = await self._read_body(receive)
        except BodyRefused as refused:
            await _refuse(send, refused.code, str(refused), refused.status)
            return
        if body is None:
            return  # the client went away
        await self.app(scope, _replay(body, receive), send)

    def _host_allowed(self, host: str) -> bool:
        if self.allowed_hosts is None:
            return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name.strip("[]").lower() in self.allowed_hosts

    def _check_length(self, declared: bytes | None) -> None:
        if (
            declared is not None
            and declared.isdigit()
            and int(declared) > self.limits.max_body_bytes
        ):
            raise _too_large(self.limits.max_body_bytes)

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or None when the client disconnected."""
        chunks: list[bytes] = []
        size = 0
        try:
            with anyio.fail_after(self.limits.body_seconds):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return None
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.limits.max_body_bytes:
                        raise _too_large(self.limits.max_body_bytes)
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        return b"".join(chunks)
        except TimeoutError:
            raise BodyRefused(
                "E408",
                f"the body did not arrive within {self.limits.body_seconds:g} s",
                408,
            ) from None


def _too_large(limit: int) -> BodyRefused:
    return BodyRefused("E413", f"the body is larger than {limit:,} bytes", 413)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the app the body already read, then waits on the client."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed


async def _refuse(send: Send, code: str, message: str, status: int) -> None:
    payload: Any = error_body(code, message)
    content = json.dumps(payload).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(content)).encode("ascii")),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": content})
