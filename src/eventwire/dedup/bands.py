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
# The most articles filed under one value of one band: the first MOST_PER_VALUE with a
# value are, later ones are not (under their other bands they still are). A one-value
# band is a single shingle, and a shingle that a share of a feed carries (a follow-us
# line, a copyright notice, a phrase or name many stories repeat: "it's going to be",
# "Clinton campaign manager Robby Mook") is the minimum of some band for many of the
# articles with it. Uncapped, such a value's articles grow with the feed and each one
# proposes all the others, so the time per article grows with the feed: on 100,000
# documents of news sentences with boilerplate (bench/dedup_scaling.py) one value was
# carried by 8,086 documents and lookups proposed 445 candidates on average and 10,913
# at most; capped at 32, 72 and 279 (13 * 32 at most).
# Copies are still found: a later copy of a story reprinted more often than that meets
# its first 32 copies, all of that story, and an article loses only the bands whose
# value was common before it came, while a copy shares most of its other bands (a pair
# at Jaccard 0.5 misses 12 bands once in 4,000). Among the band values of the first
# 40,000 benchmark documents, 80 pass 32, all boilerplate or such phrases and names,
# carried by 33-549 documents; 1,209 pass 16, 22 pass 64.
MOST_PER_VALUE = 32
# Slots read at once from a value's home slot; a longer run is read in longer windows.
_WINDOW = 64
_FIRST_SLOTS = 2048

_Read = tuple[np.ndarray, np.ndarray, np.ndarray]  # see BandTable._read


def band_count(threshold: float, num_perm: int) -> int:
    """The number of one-value bands that make a pair at Jaccard ``threshold`` a
    candidate with probability RECALL (1 - (1 - threshold) ** bands >= RECALL), at most
    ``num_perm``; more similar pairs are candidates more surely still."""
    if threshold >= 1.0:
        return 1
    return min(num_perm, math.ceil(math.log(1.0 - RECALL) / math.log(1.0 - threshold)))


class BandTable:
    """Articles (by position) filed under the value of each of their bands, at most
    MOST_PER_VALUE under one value of one band.

    Numpy arrays rather than dicts, for 12-24 bytes per band and article instead of about
    90. Each band is an open-addressing table of entries: an entry goes into the first
    free slot at or after its value's home slot (the value's low bits), so every entry
    with a value lies in the run of filled slots that starts at its home. A lookup reads
    the 13 runs at once as one array, with no loop over entries, and the cap bounds the
    runs however large the table grows. The home slots double when the entries pass
    half of them, which keeps runs short.
    """

    def __init__(self, bands: int) -> None:
        self.bands = bands
        self._count = 0
        self._positions = np.zeros(0, dtype=np.int32)  # entry -> article position
        self._values = np.zeros((0, bands), dtype=np.uint32)  # entry -> its band values
        self._homes = _FIRST_SLOTS  # home slots per band, a power of two
        # band, slot -> entry or -1: the home slots, then room for runs that pass the last
        # home (at least 2 * _WINDOW slots, so a first read never passes the end).
        self._slots = np.full((bands, _FIRST_SLOTS + 2 * _WINDOW), -1, dtype=np.int32)
        self._bands = np.arange(bands)
        self._starts = self._bands[:, None] * self._slots.shape[1]  # band -> its first slot
        # The values of the last lookup and what it read, for an add of the same values
        # (StoryIndex.assign looks an article up, then adds it): valid until an add.
        self._looked: tuple[np.ndarray, _Read] | None = None

    def add(self, position: int, values: np.ndarray) -> None:
        """File the article at ``position`` under its ``bands`` band values (uint32),
        under each value that fewer than MOST_PER_VALUE articles are filed under."""
        looked, self._looked = self._looked, None
        entry = self._count
        self._count += 1
        self._positions = with_room(self._positions, self._count)
        self._positions[entry] = position
        self._values = with_room(self._values, self._count)
        self._values[entry] = values
        if 2 * self._count > self._homes:
            self._refile(2 * self._homes)
            return
        if looked is not None and np.array_equal(looked[0], values):
            _, (_, hits, free) = looked
        else:
            _, hits, free = self._read(values)
        filing = np.count_nonzero(hits, axis=1) < MOST_PER_VALUE
        if (free[filing] >= self._slots.shape[1] - 1).any():  # keep the last slot free
            self._refile(self._homes)
            return
        self._slots[self._bands[filing], free[filing]] = entry

    def candidates(self, values: np.ndarray) -> np.ndarray:
        """The positions, sorted, of the articles filed under at least one of the band
        values ``values``: every article sharing one, but at most MOST_PER_VALUE a value."""
        if not self._count:
            return np.zeros(0, dtype=np.int32)
        read = self._read(values)
        self._looked = (values.copy(), read)
        entries, hits, _ = read
        found: np.ndarray = np.unique(self._positions.take(entries[hits]))
        return found

    def _read(self, values: np.ndarray) -> _Read:
        """What a lookup of ``values`` reads: the entries in the slots from each value's
        home on (bands x width), which of them are in the home's run and carry the value,
        and the free slot after each run."""
        homes = self._home(values)
        entries, ends = self._runs(homes)
        hits = (np.arange(entries.shape[1]) < ends[:, None]) & self._hits(entries, values)
        return entries, hits, homes + ends

    def _home(self, values: np.ndarray) -> np.ndarray:
        """The home slot of each value: its low bits."""
        return (values & np.uint32(self._homes - 1)).astype(np.intp)

    def _runs(self, homes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The entries in the slots from each band's home on (bands x width, -1 in a free
        slot), and the length of each home's run: the filled slots before the first free."""
        slots = homes[:, None] + np.arange(_WINDOW)
        while True:
            entries = self._slots.reshape(-1).take(self._starts + slots)
            free = entries < 0
            ends = free.argmax(axis=1)
            if free[self._bands, ends].all():
                return entries, ends
            # A run longer than the window: read twice as far (the last slot stays free).
            width = 2 * slots.shape[1]
            slots = np.minimum(homes[:, None] + np.arange(width), self._slots.shape[1] - 1)

    def _hits(self, entries: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Which ``entries`` (bands x width, -1 for none) carry their band's value."""
        carried = self._values.reshape(-1).take(entries * self.bands + self._bands[:, None])
        hits: np.ndarray = carried == values[:, None]
        return hits

    def _refile(self, homes: int) -> None:
        """File the filed entries again, into ``homes`` home slots per band, each band
        sorted by home: an entry's slot is its rank plus the most any earlier entry was
        pushed past its home, as filing them one by one in that order would put it."""
        self._homes = homes
        columns: list[tuple[np.ndarray, np.ndarray]] = []
        for band in range(self.bands):
            filed = self._slots[band][self._slots[band] >= 0]
            if self._files(filed, band):  # the entry being added
                filed = np.append(filed, np.int32(self._count - 1))
            home = self._home(self._values[filed, band])
            order = np.argsort(home, kind="stable")
            filed, home = filed[order], home[order]
            rank = np.arange(len(filed))
            slots = rank + np.maximum.accumulate(home - rank)
            columns.append((filed, slots))
        width = max([homes, *(int(slots[-1]) + 1 for _, slots in columns if len(slots))])
        self._slots = np.full((self.bands, width + 2 * _WINDOW), -1, dtype=np.int32)
        self._starts = self._bands[:, None] * self._slots.shape[1]
        for band, (filed, slots) in enumerate(columns):
            self._slots[band, slots] = filed

    def _files(self, filed: np.ndarray, band: int) -> bool:
        """Whether the newest entry goes under its value of ``band``, given the others."""
        value = self._values[self._count - 1, band]
        return bool(np.count_nonzero(self._values[filed, band] == value) < MOST_PER_VALUE)
