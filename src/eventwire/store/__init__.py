"""Storage: the embedded DuckDB store (the only package that imports ``duckdb``).

>>> from eventwire.store import Store
>>> with Store.open(":memory:") as store:
...     store.summary()
{'articles': 0, 'stories': 0, 'quotes': 0, 'events': 0, 'actors': 0}
"""

from __future__ import annotations

from eventwire.store.duckdb_store import Store

__all__ = ["Store"]
