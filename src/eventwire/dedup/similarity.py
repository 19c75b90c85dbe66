"""Similarity estimates from MinHash signatures and shingle counts."""

from __future__ import annotations

import numpy as np


def jaccard_estimates(signatures: np.ndarray, signature: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of ``signature`` with each row of ``signatures``: the
    share of positions where the MinHash values agree."""
    # Summing the bytes of the booleans counts them as np.count_nonzero(axis=1) does,
    # in about half the time: this runs for every candidate.
    agreeing = (signatures == signature).view(np.uint8).sum(axis=1, dtype=np.int32)
    estimates: np.ndarray = agreeing / signature.shape[0]
    return estimates


def containment_estimates(jaccard: np.ndarray, sizes: np.ndarray, size: int) -> np.ndarray:
    """Estimated containment |A∩B| / min(|A|, |B|) from the Jaccard similarity and the two
    shingle counts, since |A∩B| = J (|A| + |B|) / (1 + J); at most 1.

    Containment catches a trimmed copy: one keeping the first 60% of a story has
    Jaccard 0.6 with it but containment 1. Its error is the Jaccard error times about
    (|A| + |B|) / min(|A|, |B|), so it is poor for a small text against a large one;
    the index only uses it for pairs at or above its Jaccard threshold.
    """
    smaller = np.maximum(np.minimum(sizes, size), 1)
    estimates: np.ndarray = np.minimum(jaccard * (sizes + size) / ((1.0 + jaccard) * smaller), 1.0)
    return estimates
