"""``eventwire serve`` run as a user runs it, on a free loopback port, for clients outside
the test process: schemathesis's command and the browser."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

_START_SECONDS = 60.0


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def served(db: Path, log: Path) -> Iterator[str]:
    """Run ``eventwire serve --db db`` for the ``with`` block, its output going to
    ``log``; yields its base URL once it answers."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port)]
    with log.open("wb") as output:
        server = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        try:
            _wait_until_up(server, url, log)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=20)


def _wait_until_up(server: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"eventwire serve stopped: {log.read_text()}")
        try:
            httpx.get(f"{url}/stats", timeout=2).raise_for_status()
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"eventwire serve did not answer in {_START_SECONDS:g} s: {log.read_text()}")
