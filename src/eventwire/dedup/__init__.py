"""Near-duplicate stories: one wire story reprinted by many outlets becomes one story id.

``story_key`` fingerprints an article (exact hash, shingle count, MinHash signature);
``StoryIndex`` assigns each article, in input order, the story of its best confirmed
earlier near-duplicate, or its own id.
"""

from __future__ import annotations

from eventwire.dedup.index import StoryIndex
from eventwire.dedup.keys import StoryKey, story_key

__all__ = ["StoryIndex", "StoryKey", "story_key"]
