"""HTML pages (``.html``, ``.htm``, optionally gzipped): kept as markup for clean."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.base import Item, reject
from eventwire.ingest.decode import decode_text, read_bytes
from eventwire.models import RawArticle


@dataclass(frozen=True, slots=True)
class HtmlReader:
    """One page, one article; the main text is extracted later, in clean."""

    max_bytes: int

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield the page as an HTML article, or one Reject saying why it cannot be read."""
        try:
            markup = decode_text(read_bytes(path, origin, max_bytes=self.max_bytes), origin)
        except InputError as error:
            yield reject(error)
            return
        yield RawArticle(origin=origin, text=markup, content_type="html", path=str(path))
