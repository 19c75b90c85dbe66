"""JSON Lines dumps (``.jsonl``, ``.ndjson``, optionally gzipped): one article per line.

Each line is an object with ``text`` or ``html`` and optional ``url``, ``title``,
``published`` and ``source``. A bad line becomes a Reject for that line only
(origin ``path:LINE``); the lines after it are still read. ``max_bytes`` applies
to each record, and no more of a line is ever held in memory, so a large dump (or a
gzip bomb without a newline) streams through line by line.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.base import Item, is_markup_fragment, reject
from eventwire.ingest.dates import parse_date
from eventwire.ingest.decode import (
    LineTooLong,
    check_start,
    decode_text,
    open_binary,
    os_error,
    read_line,
    too_large,
)
from eventwire.models import ContentType, RawArticle, Reject

# What json.loads leaves of an escape for half a character: an unpaired surrogate.
_SURROGATE = re.compile("[\ud800-\udfff]")
# The body fields, in order of preference: text is already the main text.
_BODY_FIELDS: tuple[tuple[str, ContentType], ...] = (("text", "text"), ("html", "html"))


@dataclass(frozen=True, slots=True)
class JsonlReader:
    """Streams a JSONL file, one RawArticle (or Reject) per non-blank line."""

    max_bytes: int

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield one article or Reject per non-blank line; an empty file is one E002 Reject,
        and so is a file whose first bytes are binary (E003) or UTF-16 (E004)."""
        found = False
        offset = 0
        lineno = 0
        try:
            with open_binary(path) as handle:
                check_start(handle, origin, "JSON lines", record=b"{")
                while True:
                    start = offset
                    try:
                        # Room for a line end after a record of max_bytes.
                        line = read_line(handle, self.max_bytes + 2)
                    except LineTooLong as long:
                        lineno, offset, found = lineno + 1, offset + long.size, True
                        yield reject(too_large(f"{origin}:{lineno}", long.size, self.max_bytes))
                        continue
                    if not line:
                        break
                    lineno, offset = lineno + 1, offset + len(line)
                    if not line.strip():
                        continue
                    found = True
                    yield self._record(line, start, path, f"{origin}:{lineno}")
        except InputError as error:
            yield reject(error)
            return
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
            size = len(line.rstrip(b"\r\n"))
            if size > self.max_bytes:
                raise too_large(origin, size, self.max_bytes)
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
    except RecursionError as exc:  # the json module recurses once per nested [ or {
        raise InputError(
            origin, "cannot be read: its JSON nests arrays or objects too deeply", code="E005"
        ) from exc
    except ValueError as exc:  # a number of more than 4,300 digits (sys.int_max_str_digits)
        problem = str(exc).partition(";")[0]
        raise InputError(origin, f"cannot be read as JSON ({problem})", code="E005") from exc
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
                text=_scalar_values(body).removeprefix("\ufeff"),
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
        return _scalar_values(value.strip())
    return None


def _scalar_values(text: str) -> str:
    """``text`` with every unpaired surrogate (``"\\ud800"`` escapes are valid JSON, but
    no character) replaced by U+FFFD, so that it can be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)
