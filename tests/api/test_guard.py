"""Hostile requests get a 4xx with a code, never a 5xx: bodies too large or too slow,
another Host, unknown paths and methods; work past its time limit is cut short."""

from __future__ import annotations

import json
import time
from typing import Any

import anyio
import httpx
import pytest

from eventwire.api import ApiLimits, Extractor, create_app
from eventwire.api.context import ApiContext
from eventwire.api.errors import ApiError
from eventwire.api.quads import load_quads
from eventwire.config import load_settings
from eventwire.store import Store
from tests.api.client import ApiClient, api_client

LIMITS = ApiLimits(max_body_bytes=1_000, body_seconds=0.3, work_seconds=0.3)


def _asgi_call(
    app: Any, chunks: list[bytes | float], headers: list[tuple[bytes, bytes]]
) -> list[dict[str, Any]]:
    """Send a POST to ``app`` as a client would: body ``chunks``, a float being a pause
    (seconds) before the next one. Return what the app sent back."""
    sent: list[dict[str, Any]] = []
    pending = list(chunks)

    async def receive() -> dict[str, Any]:
        while pending and isinstance(pending[0], float):
            await anyio.sleep(pending.pop(0))  # type: ignore[arg-type]
        if not pending:
            await anyio.sleep(10)  # a client that has sent everything waits for the answer
            return {"type": "http.disconnect"}
        chunk = pending.pop(0)
        assert isinstance(chunk, bytes)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/extract",
        "raw_path": b"/extract",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), *headers],
        "client": ("127.0.0.1", 1234),
        "server": ("127.0.0.1", 8000),
    }
    anyio.run(app, scope, receive, send)
    return sent


def _status_and_code(sent: list[dict[str, Any]]) -> tuple[int, str]:
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], json.loads(body)["error"]["code"]


@pytest.fixture(scope="module")
def app(api_store: Store) -> Any:
    return create_app(api_store, Extractor(load_settings()), LIMITS)


def test_a_slow_body_is_408(app: Any) -> None:
    sent = _asgi_call(app, [b"Pompeo ", 1.0, b"met Kim."], [(b"content-type", b"text/plain")])
    assert _status_and_code(sent) == (408, "E408")


def test_a_large_streamed_body_is_413_without_reading_it_all(app: Any) -> None:
    chunks: list[bytes | float] = [b"x" * 600] * 1_000
    sent = _asgi_call(app, chunks, [(b"content-type", b"text/plain")])
    assert _status_and_code(sent) == (413, "E413")


def test_a_declared_large_body_is_413_before_it_is_read(app: Any) -> None:
    sent = _asgi_call(app, [5.0], [(b"content-length", b"5000000")])
    assert _status_and_code(sent) == (413, "E413")


def test_a_client_that_goes_away_gets_nothing(app: Any) -> None:
    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/extract", "headers": [(b"host", b"x")]}
    anyio.run(app, scope, receive, send)
    assert sent == []


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("127.0.0.1:8000", 200),
        ("localhost", 200),
        ("[::1]:8000", 200),
        ("evil.example", 421),
        ("127.0.0.1.evil.example:8000", 421),
        ("", 421),
    ],
)
def test_a_loopback_server_answers_loopback_names_only(
    api_store: Store, host: str, status: int
) -> None:
    app = create_app(
        api_store, Extractor(load_settings()), allowed_hosts={"127.0.0.1", "localhost", "::1"}
    )
    with api_client(app) as client:
        response = client.get("/stats", headers={"Host": host})
    assert response.status_code == status
    if status != 200:
        assert response.json()["error"]["code"] == "E421"


def test_unknown_paths_and_methods_answer_json(client: ApiClient) -> None:
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E404"
    wrong = client.request("DELETE", "/quotes")
    assert wrong.status_code == 405 and wrong.json()["error"]["code"] == "E405"
    assert wrong.headers["allow"] == "GET"


def test_a_query_past_the_time_limit_is_cancelled(api_store: Store) -> None:
    context = ApiContext(api_store, LIMITS, Extractor(load_settings()), load_quads())

    def slow(store: Store) -> int:
        time.sleep(0.6)
        return store.summary()["articles"]

    with pytest.raises(ApiError) as raised:
        anyio.run(context.query, slow)
    assert (raised.value.code, raised.value.status) == ("E460", 503)
    time.sleep(0.4)  # the abandoned query ends; the store still answers
    assert anyio.run(context.query, lambda store: store.summary()["articles"]) > 0


def test_an_unexpected_failure_is_a_500_with_a_code(api_store: Store) -> None:
    app = create_app(api_store, Extractor(load_settings()))

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("a bug")

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.get("/boom")

    response = anyio.run(call)
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "E499"
