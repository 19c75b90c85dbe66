"""Plain-text files (``.txt`` and any unknown extension that decodes as text)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.base import Item, reject, starts_with_markup
from eventwire.ingest.decode import decode_text, read_bytes
from eventwire.models import ContentType, RawArticle


@dataclass(frozen=True, slots=True)
class TextReader:
    """One file, one article. With ``sniff_html`` a file that opens with markup is HTML
    (saved pages often have no ``.html`` suffix)."""

    max_bytes: int
    sniff_html: bool = False

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield the file as one text article, or one Reject saying why it cannot be read."""
        try:
            text = decode_text(read_bytes(path, origin, max_bytes=self.max_bytes), origin)
        except InputError as error:
            yield reject(error)
            return
        kind: ContentType = "html" if self.sniff_html and starts_with_markup(text) else "text"
        yield RawArticle(origin=origin, text=text, content_type=kind, path=str(path))
