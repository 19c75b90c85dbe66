"""HTML pages (``.html``, ``.htm``, optionally gzipped): kept as markup for clean.

A page is UTF-8 unless a byte-order mark says otherwise or, as browsers read it, a
``<meta charset>`` near its start names the charset its bytes are in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.base import Item, reject
from eventwire.ingest.charset import declared_charset
from eventwire.ingest.decode import BOM, decode_text, read_bytes
from eventwire.models import RawArticle


@dataclass(frozen=True, slots=True)
class HtmlReader:
    """One page, one article; the main text is extracted later, in clean."""

    max_bytes: int

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield the page as an HTML article, or one Reject saying why it cannot be read."""
        try:
            markup = decode_page(read_bytes(path, origin, max_bytes=self.max_bytes), origin)
        except InputError as error:
            yield reject(error)
            return
        yield RawArticle(origin=origin, text=markup, content_type="html", path=str(path))


def decode_page(data: bytes, origin: str) -> str:
    """The page in ``data`` as text: UTF-8 (or the encoding of its byte-order mark), else
    in the charset its ``<meta>`` declares; E004 when neither fits its bytes."""
    try:
        return decode_text(data, origin)
    except InputError as error:
        codec = declared_charset(data) if error.code == "E004" else None
        if codec is None:
            raise
        try:
            return data.decode(codec).removeprefix(BOM)
        except UnicodeDecodeError:
            raise InputError(
                origin, f"{error.reason} (nor is it valid {codec}, as it declares)", code="E004"
            ) from error
