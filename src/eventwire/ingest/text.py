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
            data = read_bytes(path, origin, max_bytes=self.max_bytes)
        except InputError as error:
            yield reject(error)
            return
        yield text_item(data, path, origin, sniff_html=self.sniff_html)


def text_item(data: bytes, path: Path, origin: str, *, sniff_html: bool) -> Item:
    """A whole file's bytes as one text (or, with ``sniff_html``, HTML) article, or a
    Reject when they are not UTF-8 text."""
    try:
        text = decode_text(data, origin)
    except InputError as error:
        return reject(error)
    kind: ContentType = "html" if sniff_html and starts_with_markup(text) else "text"
    return RawArticle(origin=origin, text=text, content_type=kind, path=str(path))
