"""The LSH band table: which indexed articles share a MinHash value with a query.

Each band is one MinHash value. At a fixed candidate recall, one-value bands need the
fewest bands, and bands are most of what the index stores: a pair at Jaccard 0.3 is a
candidate 99% of the time with 13 one-value bands, but needs 49 bands of two values.
One-value bands also propose more dissimilar pairs; the index checks each of those with
one vectorised comparison.
"""

from __future__ import annotations

import math

import numpy as np

from eventwire.dedup.arrays import with_room

# The share of pairs at the threshold that must become candidates.
RECALL = 0.99
_FIRST_BUCKETS = 1024


def band_count(threshold: float, num_perm: int) -> int:
    """The number of one-value bands that make a pair at Jaccard ``threshold`` a
    candidate with probability RECALL (1 - (1 - threshold) ** bands >= RECALL), at most
    ``num_perm``; more similar pairs are candidates more surely still."""
    if threshold >= 1.0:
        return 1
    return min(num_perm, math.ceil(math.log(1.0 - RECALL) / math.log(1.0 - threshold)))


class BandTable:
    """Articles (by position) filed under the value of each of their bands.

    Numpy arrays rather than dicts, for 12-16 bytes per band and article instead of about
    90: per band, a head array maps each bucket (the low bits of a value) to its latest
    entry, and each entry links to the previous entry in its bucket. A lookup walks
    the chain and keeps the entries with the value asked for. The buckets double when
    the entries outnumber them, so a chain holds about one entry besides true matches.
    """

    def __init__(self, bands: int) -> None:
        self.bands = bands
        self._count = 0
        self._positions = np.zeros(0, dtype=np.int32)  # entry -> article position
        self._values = np.zeros((0, bands), dtype=np.uint32)  # entry -> its band values
        self._previous = np.zeros((0, bands), dtype=np.int32)  # entry -> previous, or -1
        self._heads = np.full((bands, _FIRST_BUCKETS), -1, dtype=np.int32)
        self._rows = np.arange(bands)

    def add(self, position: int, values: np.ndarray) -> None:
        """File the article at ``position`` under its ``bands`` band values (uint32)."""
        entry = self._count
        self._count += 1
        self._positions = with_room(self._positions, self._count)
        self._positions[entry] = position
        self._values = with_room(self._values, self._count)
        self._values[entry] = values
        self._previous = with_room(self._previous, self._count, fill=-1)
        if self._count > self._heads.shape[1]:
            self._rechain(2 * self._heads.shape[1])
            return
        buckets = values & np.uint32(self._heads.shape[1] - 1)
        self._previous[entry] = self._heads[self._rows, buckets]
        self._heads[self._rows, buckets] = entry

    def candidates(self, values: np.ndarray) -> set[int]:
        """The positions of the articles that share at least one band value with ``values``."""
        buckets = values & np.uint32(self._heads.shape[1] - 1)
        found: set[int] = set()
        heads = self._heads[self._rows, buckets].tolist()
        for band, (entry, value) in enumerate(zip(heads, values.tolist(), strict=True)):
            while entry >= 0:
                if self._values.item(entry, band) == value:
                    found.add(self._positions.item(entry))
                entry = self._previous.item(entry, band)
        return found

    def _rechain(self, buckets: int) -> None:
        """Chain every entry again, into ``buckets`` buckets per band."""
        count = self._count
        self._heads = np.full((self.bands, buckets), -1, dtype=np.int32)
        for band in range(self.bands):
            keys = self._values[:count, band] & np.uint32(buckets - 1)
            order = np.argsort(keys, kind="stable").astype(np.int32)  # entries stay in order
            ordered = keys[order]
            same = ordered[1:] == ordered[:-1]
            previous = np.full(count, -1, dtype=np.int32)
            previous[order[1:][same]] = order[:-1][same]
            self._previous[:count, band] = previous
            last = np.append(~same, True)
            self._heads[band, ordered[last]] = order[last]
