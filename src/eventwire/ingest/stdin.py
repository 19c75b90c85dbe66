"""Standard input (the path ``-``): JSON lines when the first line is a JSON object,
HTML when it opens with markup, plain text otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from eventwire.errors import InputError
from eventwire.ingest.base import Item, reject, starts_with_markup
from eventwire.ingest.decode import BOM, decode_text, too_large
from eventwire.ingest.jsonl import looks_like_jsonl, record_item
from eventwire.models import ContentType, RawArticle

ORIGIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class StdinReader:
    """Reads the whole stream: one article, or one per line of JSON lines."""

    max_bytes: int

    def read_stream(self, stream: TextIO) -> Iterator[Item]:
        """Yield what ``stream`` holds as one article, or a Reject saying why not."""
        try:
            text = self._text(stream)
        except InputError as error:
            yield reject(error)
            return
        if looks_like_jsonl(text):
            for lineno, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    yield record_item(line, f"{ORIGIN}:{lineno}", None)
            return
        kind: ContentType = "html" if starts_with_markup(text) else "text"
        yield RawArticle(origin=ORIGIN, text=text, content_type=kind)

    def _text(self, stream: TextIO) -> str:
        # Bytes when we can get them, so UTF-8 errors and sizes are reported exactly.
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = buffer.read(self.max_bytes + 1)
            if len(data) > self.max_bytes:
                raise too_large(ORIGIN, None, self.max_bytes)
            return decode_text(data, ORIGIN)
        try:
            # Characters, not bytes, but never fewer bytes: past max_bytes it is too large.
            text = stream.read(self.max_bytes + 1)
        except UnicodeDecodeError as exc:
            raise InputError(ORIGIN, f"is not valid UTF-8 ({exc.reason})", code="E004") from exc
        if len(text) > self.max_bytes:
            raise too_large(ORIGIN, None, self.max_bytes)
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > self.max_bytes:
            raise too_large(ORIGIN, size, self.max_bytes)
        return decode_text(text.removeprefix(BOM).encode("utf-8", "surrogatepass"), ORIGIN)
