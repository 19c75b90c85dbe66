"""The FastAPI application over a store: the routes, the page, the error handlers and
the request guard, put together."""

from __future__ import annotations

from collections.abc import Collection

from fastapi import FastAPI

from eventwire.api import browse, charts, extraction
from eventwire.api.context import ApiContext
from eventwire.api.errors import install_handlers
from eventwire.api.extractor import Extractor
from eventwire.api.guard import RequestGuard
from eventwire.api.limits import ApiLimits
from eventwire.api.pages import mount_pages
from eventwire.api.quads import load_quads
from eventwire.store import Store

DESCRIPTION = """Quotes and coded political events stored by `eventwire run`, and the
analysis of new articles. Every error answers `{"error": {"code", "message"}}`; the
codes are listed in the README. Lists are paged with `limit` and `offset`; `next_offset`
is null on the last page."""


def create_app(
    store: Store,
    extractor: Extractor,
    limits: ApiLimits | None = None,
    allowed_hosts: Collection[str] | None = None,
) -> FastAPI:
    """The API and the page over ``store``, analysing with ``extractor``.

    ``allowed_hosts`` are the host names requests may be addressed to (None: any);
    a server on a loopback address allows only loopback names.
    """
    limits = limits or ApiLimits()
    app = FastAPI(
        title="eventwire",
        version="1",
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.context = ApiContext(store, limits, extractor, load_quads())
    for module in (browse, charts, extraction):
        app.include_router(module.router)
    mount_pages(app)
    install_handlers(app)
    app.add_middleware(RequestGuard, limits=limits, allowed_hosts=allowed_hosts)
    return app
