"""The ids of the stored articles, compact enough to hand to every worker process.

An article id is 16 hex digits (64 bits), so each is kept as one ``uint64`` in a sorted
array: 8 bytes an id instead of about 65 for a Python string in a set. Any other id
(hand-made ones in tests) is folded to 64 bits by a hash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np

_HEX_DIGITS = 16


def id_number(article_id: str) -> int:
    """The 64-bit number standing for ``article_id``."""
    if len(article_id) == _HEX_DIGITS:
        try:
            return int(article_id, 16)
        except ValueError:
            pass
    return int.from_bytes(hashlib.blake2b(article_id.encode(), digest_size=8).digest(), "big")


class StoredIds:
    """A set of article ids answering ``id in ids``; picklable."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        """Hold ``ids``."""
        numbers = np.fromiter((id_number(i) for i in ids), dtype=np.uint64)
        self._numbers = np.unique(numbers)

    def __contains__(self, article_id: object) -> bool:
        if not isinstance(article_id, str):
            return False
        number = np.uint64(id_number(article_id))
        at = int(np.searchsorted(self._numbers, number))
        return at < len(self._numbers) and bool(self._numbers[at] == number)

    def __len__(self) -> int:
        return len(self._numbers)
