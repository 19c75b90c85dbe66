"""Run the app with uvicorn: on a loopback address unless told otherwise, and then
answering only requests addressed to a loopback name."""

from __future__ import annotations

import ipaddress

import uvicorn

from eventwire.api.app import create_app
from eventwire.api.extractor import Extractor
from eventwire.api.limits import ApiLimits
from eventwire.store import Store

#: The host names a loopback server answers to.
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
# Seconds an idle keep-alive connection is held open.
_KEEP_ALIVE_SECONDS = 5


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) is this machine only."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    store: Store,
    extractor: Extractor,
    *,
    host: str,
    port: int,
    limits: ApiLimits | None = None,
) -> None:
    """Serve the API and the page over ``store`` until interrupted."""
    allowed = LOOPBACK_NAMES | {host} if is_loopback(host) else None
    app = create_app(store, extractor, limits, allowed_hosts=allowed)
    uvicorn.run(
        app,
        host=host,
        port=port,
        timeout_keep_alive=_KEEP_ALIVE_SECONDS,
        server_header=False,
        log_level="info",
    )
