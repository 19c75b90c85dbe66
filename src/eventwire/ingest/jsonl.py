"""JSON Lines dumps (``.jsonl``, ``.ndjson``, optionally gzipped): one article per line.

Each line is an object with ``text`` or ``html`` and optional ``url``, ``title``,
``published`` and ``source``. A bad line becomes a Reject for that line only
(origin ``path:LINE``); the lines after it are still read. ``max_bytes`` applies
to each record, so a large dump streams through line by line.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.base import Item, is_markup_fragment, reject
from eventwire.ingest.dates import parse_date
from eventwire.ingest.decode import decode_text, open_binary, os_error, too_large
from eventwire.models import ContentType, RawArticle, Reject

# The body fields, in order of preference: text is already the main text.
_BODY_FIELDS: tuple[tuple[str, ContentType], ...] = (("text", "text"), ("html", "html"))


@dataclass(frozen=True, slots=True)
class JsonlReader:
    """Streams a JSONL file, one RawArticle (or Reject) per non-blank line."""

    max_bytes: int

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield one article or Reject per non-blank line; an empty file is one E002 Reject."""
        found = False
        offset = 0
        lineno = 0
        try:
            with open_binary(path) as handle:
                for lineno, line in enumerate(handle, start=1):
                    start, offset = offset, offset + len(line)
                    if not line.strip():
                        continue
                    found = True
                    yield self._record(line, start, path, f"{origin}:{lineno}")
        except FileNotFoundError:
            yield Reject(origin, "E001", "no such file")
            return
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            where = f"after line {lineno}" if lineno else "at the start"
            yield Reject(origin, "E009", f"is not a valid gzip file ({exc}) {where}")
            return
        except OSError as exc:
            yield reject(os_error(origin, exc))
            return
        if not found:
            yield Reject(origin, "E002", "is empty (no JSON lines in it)")

    def _record(self, line: bytes, start: int, path: Path, origin: str) -> Item:
        try:
            if len(line) > self.max_bytes:
                raise too_large(origin, len(line), self.max_bytes)
            return record_item(decode_text(line, origin, offset=start), origin, str(path))
        except InputError as error:
            return reject(error)


def record_item(line: str, origin: str, path: str | None) -> Item:
    """One JSON line as an article, or a Reject naming ``origin`` and the problem."""
    try:
        return _article(_parse(line, origin), path, origin)
    except InputError as error:
        return reject(error)


def looks_like_jsonl(text: str) -> bool:
    """Does ``text`` start with a line holding one JSON object?"""
    first = text.lstrip().partition("\n")[0].strip()
    if not (first.startswith("{") and first.endswith("}")):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def _parse(text: str, origin: str) -> dict[str, Any]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            origin, f"is not valid JSON ({exc.msg} at column {exc.colno})", code="E005"
        ) from exc
    if not isinstance(record, dict):
        kind = type(record).__name__
        raise InputError(origin, f"holds a JSON {kind}, not an object", code="E005")
    return record


def _article(record: dict[str, Any], path: str | None, origin: str) -> RawArticle:
    for name, kind in _BODY_FIELDS:
        body = record.get(name)
        if isinstance(body, str) and body.strip():
            if kind == "text" and is_markup_fragment(body):
                kind = "html"  # scrapers often put the raw page in "text"
            return RawArticle(
                origin=origin,
                text=body.removeprefix("\ufeff"),
                content_type=kind,
                path=path,
                url=_string(record.get("url")),
                title=_string(record.get("title")),
                published=parse_date(record.get("published")),
                source=_string(record.get("source")),
            )
    keys = ", ".join(sorted(record)) or "none"
    raise InputError(origin, f'has no non-empty "text" or "html" field (keys: {keys})', code="E006")


def _string(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
