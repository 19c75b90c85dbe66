"""RSS and Atom feed files (``.rss``, ``.atom``, and ``.xml`` whose root is a feed).

One article per entry: the longest of its content and summary (HTML, unless the
feed marks it plain text), with the entry's link, title and date, and the feed's
title (or its link's host) as the source. Origins name the entry, counting from 1:
``news.rss:entry 3``. An ``.xml`` file that is not a feed is read like any other
text or HTML file.

feedparser is only ever given bytes, never a path or URL, so it fetches nothing;
it leaves external entities unresolved, and expat caps entity expansion.
"""

from __future__ import annotations

import codecs
import io
import re
import time
import xml.sax
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

from eventwire.errors import InputError
from eventwire.ingest.base import Item, reject, url_host
from eventwire.ingest.decode import read_bytes
from eventwire.ingest.text import text_item
from eventwire.models import ContentType, RawArticle, Reject

# The root element of RSS 2.0, Atom and RSS 1.0 (RDF), once the prolog is skipped.
_FEED_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]", re.I)
_NON_SPACE = re.compile(rb"\S")
_DOCTYPE = b"<!DOCTYPE"
_XML_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml")
_CHAR_REFERENCE = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));")


@dataclass(frozen=True, slots=True)
class FeedReader:
    """Reads a whole feed file, one RawArticle (or Reject) per entry. With ``sniff`` a
    file whose root is not a feed is read as text or HTML instead (for ``.xml``)."""

    max_bytes: int
    sniff: bool = False

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield one article or Reject per entry; one Reject for a feed that cannot be
        parsed or has no entries."""
        try:
            data = read_bytes(path, origin, max_bytes=self.max_bytes)
        except InputError as error:
            yield reject(error)
            return
        if self.sniff and not looks_like_feed(data):
            yield text_item(data, path, origin, sniff_html=True)
            return
        yield from _feed_items(data, str(path), origin)


def looks_like_feed(data: bytes) -> bool:
    """True when the document's root element is ``<rss>``, ``<feed>`` or ``<rdf:RDF>``."""
    start = _root_start(data)
    return start is not None and _FEED_ROOT.match(data, start) is not None


def _root_start(data: bytes) -> int | None:
    """Where the root element may start: past a BOM, whitespace, the XML declaration,
    processing instructions, comments and doctype; None when the prolog never ends.

    One forward scan, so the time is linear in the length of the prolog. NOT a single
    regular expression: a repeated group of alternatives that can each match spaces
    backtracks exponentially on a long indented prolog.
    """
    position = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    while True:
        text = _NON_SPACE.search(data, position)
        if text is None:
            return None
        position = text.start()
        if data.startswith(b"<?", position):
            end = _after(data, b"?>", position + 2)
        elif data.startswith(b"<!--", position):
            end = _after(data, b"-->", position + 4)
        elif data[position : position + len(_DOCTYPE)].upper() == _DOCTYPE:
            end = _doctype_end(data, position)
        else:
            return position
        if end is None:
            return None
        position = end


def _after(data: bytes, marker: bytes, start: int) -> int | None:
    """The position just after the first ``marker`` from ``start``, or None."""
    found = data.find(marker, start)
    return None if found < 0 else found + len(marker)


def _doctype_end(data: bytes, start: int) -> int | None:
    """The position just after the doctype at ``start``, or None."""
    close = data.find(b">", start)
    subset = data.find(b"[", start, None if close < 0 else close)
    if subset < 0:
        return None if close < 0 else close + 1
    # The internal subset in brackets may hold '>' (in entity declarations).
    subset_end = data.find(b"]", subset)
    return None if subset_end < 0 else _after(data, b">", subset_end)


def _feed_items(data: bytes, path: str | None, origin: str) -> list[Item]:
    """The entries of the feed in ``data`` as articles, or one Reject for the feed when
    it is broken or holds no entries."""
    # A stream, never a string: feedparser treats a string as a URL or a file name.
    parsed = feedparser.parse(io.BytesIO(_CHAR_REFERENCE.sub(_character_or_replacement, data)))
    source = _text(parsed.feed.get("title")) or url_host(_text(parsed.feed.get("link")))
    items = [
        _entry(entry, path, source, f"{origin}:entry {number}")
        for number, entry in enumerate(parsed.entries, start=1)
    ]
    if parsed.bozo and not any(isinstance(item, RawArticle) for item in items):
        problem = _problem(parsed.get("bozo_exception"), data)
        return [Reject(origin, "E013", f"is not a well-formed feed ({problem}); no entry was read")]
    if not items:
        if not parsed.version:
            return [Reject(origin, "E013", "is not an RSS or Atom feed (no channel or entries)")]
        return [Reject(origin, "E002", "is empty (the feed has no entries)")]
    return items


def _character_or_replacement(reference: re.Match[bytes]) -> bytes:
    """A numeric character reference as it is when it names a character, else U+FFFD.

    feedparser's fallback parser (used for a feed that is not well-formed XML) calls
    ``chr`` on the number and encodes the result, so a surrogate (``&#xD800;``) or a
    number past U+10FFFF raised out of it and lost the whole feed.
    """
    digits = reference[1] or reference[2]
    value = int(digits, 16 if reference[1] else 10) if len(digits) <= 8 else -1
    if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:
        return reference[0]
    return b"&#xFFFD;"


def _entry(entry: Any, path: str | None, source: str | None, origin: str) -> Item:
    """One feed entry as an article, or an E006 Reject when it has no content."""
    details = [*entry.get("content", []), entry.get("summary_detail")]
    bodies = [d for d in details if d is not None and _text(d.get("value"))]
    if not bodies:
        return Reject(origin, "E006", "has no content or summary")
    body = max(bodies, key=lambda detail: len(detail["value"]))
    kind: ContentType = "text" if body.get("type") == "text/plain" else "html"
    return RawArticle(
        origin=origin,
        text=str(body["value"]),
        content_type=kind,
        path=path,
        url=_text(entry.get("link")),
        title=_text(entry.get("title")),
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        source=source,
    )


def _date(value: object) -> date | None:
    """The calendar date of a feedparser ``*_parsed`` time (UTC), if there is one."""
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _problem(exc: object, data: bytes) -> str:
    """What feedparser's parser tripped over, with the line when known."""
    if isinstance(exc, xml.sax.SAXParseException):
        line = exc.getLineNumber()
        if line is None:
            return exc.getMessage()
        # feedparser rewrites the XML declaration (so columns on line 1 shift), or adds
        # one on a line of its own when there is none.
        if not _XML_DECLARATION.match(data):
            line -= 1
        return f"line {line}: {exc.getMessage()}"
    return str(exc) or "unreadable XML"


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
