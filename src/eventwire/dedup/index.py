"""StoryIndex: give each article, in input order, the story of its earlier near-duplicate."""

from __future__ import annotations

import numpy as np

from eventwire.dedup.arrays import with_room
from eventwire.dedup.bands import BandTable, band_count
from eventwire.dedup.keys import NUM_PERM, SIGNATURE_DTYPE, StoryKey
from eventwire.dedup.similarity import containment_estimates, jaccard_estimates
from eventwire.errors import ConfigError

# Signatures are kept as the low 16 bits of each MinHash value: half the memory, and two
# different values agree by chance once in 65,536 comparisons, too rarely to move an
# estimate (b-bit minwise hashing, Li and König 2010). Band values keep all 32 bits.
_KEPT = np.uint16


class StoryIndex:
    """The articles seen so far and their stories, to cluster copies of one wire story.

    An article takes the story of its best confirmed match among earlier articles, or
    its own id. An exact duplicate (same normalised words) is the best match. Otherwise,
    for a text of at least ``min_shingles`` distinct word 5-grams, the bands propose
    candidates, and a candidate is confirmed when its estimated Jaccard similarity is at
    least ``threshold`` and its estimated Jaccard similarity or containment (never the
    lower of the two) is at least ``confirm``. The best confirmed match has the highest
    Jaccard similarity, then containment, then came first: results are deterministic.

    ``threshold`` is the least Jaccard similarity of a near duplicate: the bands make a
    pair that similar a candidate 99% of the time, more similar pairs more surely still,
    and below it containment is not trusted (its estimate is too noisy when one text is
    a small part of the other). ``num_perm`` is how many of a key's MinHash values the
    estimates compare. Short texts only match exactly: a few edited words change most
    of their shingles. Memory is about 1 KB per article (bench/dedup_scaling.py).
    """

    def __init__(
        self,
        *,
        threshold: float = 0.3,
        confirm: float = 0.8,
        num_perm: int = NUM_PERM,
        min_shingles: int = 20,
    ) -> None:
        for name, share in (("threshold", threshold), ("confirm", confirm)):
            if not 0.0 < share <= 1.0:
                raise ConfigError(f"[dedup] {name} must be above 0 and at most 1", code="E102")
        if not 1 <= num_perm <= NUM_PERM:
            raise ConfigError(f"[dedup] num_perm must be from 1 to {NUM_PERM}", code="E102")
        if min_shingles < 1:
            raise ConfigError("[dedup] min_shingles must be a positive whole number", code="E102")
        self.threshold = threshold
        self.confirm = confirm
        self.num_perm = num_perm
        self.min_shingles = min_shingles
        self._bands = BandTable(band_count(threshold, num_perm))
        self._positions: dict[str, int] = {}  # article id -> position in input order
        self._stories: list[str] = []
        self._first_exact: dict[str, int] = {}  # exact hash -> first position with it
        self._sizes = np.zeros(0, dtype=np.int32)
        self._signatures = np.zeros((0, num_perm), dtype=_KEPT)

    def __len__(self) -> int:
        return len(self._stories)

    def assign(self, article_id: str, key: StoryKey) -> str:
        """Return the story of the article ``article_id`` and add it to the index: the
        story of its best confirmed earlier match, else ``article_id`` itself. An article
        already in the index keeps the story it has."""
        position = self._positions.get(article_id)
        if position is not None:
            return self._stories[position]
        match = self._best_match(key)
        story = article_id if match is None else self._stories[match]
        self.add(article_id, story, key)
        return story

    def add(self, article_id: str, story: str, key: StoryKey) -> None:
        """Add an article whose story is already known (rebuilding from a store, in the
        original order); the index is then as ``assign`` left it. A known id is ignored."""
        if article_id in self._positions:
            return
        position = len(self._stories)
        self._positions[article_id] = position
        self._stories.append(story)
        self._first_exact.setdefault(key.exact, position)
        if key.size < self.min_shingles:
            return
        values = self._values(key)
        self._sizes = with_room(self._sizes, position + 1)
        self._sizes[position] = key.size
        self._signatures = with_room(self._signatures, position + 1)
        self._signatures[position] = values.astype(_KEPT)
        self._bands.add(position, values[: self._bands.bands])

    def _best_match(self, key: StoryKey) -> int | None:
        """The position of the best confirmed earlier match for ``key``, if any."""
        exact = self._first_exact.get(key.exact)
        if exact is not None or key.size < self.min_shingles:
            return exact
        values = self._values(key)
        positions = self._bands.candidates(values[: self._bands.bands])
        if not len(positions):
            return None
        jaccard = jaccard_estimates(self._signatures.take(positions, axis=0), values.astype(_KEPT))
        containment = containment_estimates(jaccard, self._sizes[positions], key.size)
        # Jaccard >= confirm implies containment >= confirm: one test covers both.
        confirmed = (jaccard >= self.threshold) & (containment >= self.confirm)
        # np.lexsort sorts by its last key first.
        ranked = np.lexsort((positions, -containment, -jaccard))
        ranked = ranked[confirmed[ranked]]
        return int(positions[ranked[0]]) if len(ranked) else None

    def _values(self, key: StoryKey) -> np.ndarray:
        """The first ``num_perm`` MinHash values of ``key``."""
        values = np.frombuffer(key.signature, dtype=SIGNATURE_DTYPE)
        if len(values) < self.num_perm:
            raise ValueError(
                f"a story key has {len(values)} MinHash values and the index compares "
                f"{self.num_perm}: recompute stored keys with this version's story_key"
            )
        return values[: self.num_perm]
