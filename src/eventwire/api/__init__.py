"""The HTTP API and the page over a store (``eventwire serve``)::

store = Store.open("news.duckdb", read_only=True)
app = create_app(store, Extractor(load_settings()))   # an ASGI app
serve(store, Extractor(load_settings()), host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from eventwire.api.app import create_app
from eventwire.api.extractor import Extractor
from eventwire.api.limits import ApiLimits
from eventwire.api.server import serve

__all__ = ["ApiLimits", "Extractor", "create_app", "serve"]
