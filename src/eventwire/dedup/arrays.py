"""Append-only numpy tables: one row per indexed article, doubling when full."""

from __future__ import annotations

import numpy as np

INITIAL_ROWS = 1024


def with_room(table: np.ndarray, rows: int, fill: int = 0) -> np.ndarray:
    """``table`` itself when it has at least ``rows`` rows, else a copy with twice as many
    (or ``rows``, if more), the new rows set to ``fill``. Doubling keeps appends linear."""
    if len(table) >= rows:
        return table
    grown = np.full((max(rows, 2 * len(table), INITIAL_ROWS), *table.shape[1:]), fill, table.dtype)
    grown[: len(table)] = table
    return grown
