"""Web archives (``.warc``, ``.warc.gz``): one article per HTML or plain-text page.

Read are ``response`` records holding an HTTP 200 with an HTML or plain-text body,
and ``resource`` and ``conversion`` records with HTML or text. Everything else
(requests, metadata, redirects, images) is skipped without a Reject. Origins name
the record, counting every record in the file from 1: ``crawl.warc.gz:record 38``.

A broken record (bad HTTP headers, over ``max_bytes``, binary) is a Reject for that
record and reading goes on. A file that is cut short or whose compression breaks
yields the records before the break, then one Reject naming the record it broke in.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from eventwire.ingest.base import Item, reject, url_host
from eventwire.ingest.charset import content_type, decode_web
from eventwire.ingest.decode import looks_binary, os_error, too_large, unicode_bom
from eventwire.models import RawArticle, Reject

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})
_PAGE_TYPES = _HTML_TYPES | _TEXT_TYPES
_GZIP_MAGIC = b"\x1f\x8b"


class _CutShort(Exception):
    """The file ends, or its compression breaks, inside a record."""


class _Guarded:
    """A byte stream that ends, instead of raising, where its I/O or decompression
    breaks, keeping the error for the message.

    FastWARC reads in large blocks and silently stops at a truncated gzip member, so
    the Python gzip module decompresses (it raises at the cut) and this wrapper turns
    the raise into an end of stream: the records before the cut are still read.
    """

    def __init__(self, inner: io.BufferedIOBase) -> None:
        self._inner = inner
        self._position = 0
        self.error: Exception | None = None

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes; ``b""`` at the end of the stream or after an error."""
        if self.error is not None:
            return b""
        try:
            # read1, not read: read() would drop the bytes decompressed before a cut.
            data = self._inner.read1(size)
        except (OSError, EOFError, zlib.error) as exc:
            self.error = exc
            return b""
        self._position += len(data)
        return data

    def tell(self) -> int:
        """Bytes read so far (FastWARC asks for the start offset)."""
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Refuse: the stream only goes forward (FastWARC reads it front to back)."""
        raise io.UnsupportedOperation("the WARC stream cannot seek")

    def close(self) -> None:
        """Close the decompressor or file underneath."""
        self._inner.close()


@dataclass(frozen=True, slots=True)
class WarcReader:
    """Streams a WARC file, gzipped per record or not, one article per page in it."""

    max_bytes: int

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield an article per HTML or text page, a Reject per broken record, and one
        Reject where the file is cut short or corrupt."""
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            yield Reject(origin, "E001", "no such file")
            return
        except OSError as exc:
            yield reject(os_error(origin, exc))
            return
        with handle:
            try:
                # Sniffed, not taken from the name: a .warc may well be gzipped.
                gzipped = handle.peek(len(_GZIP_MAGIC)).startswith(_GZIP_MAGIC)
            except OSError as exc:
                yield reject(os_error(origin, exc))
                return
            inner: io.BufferedIOBase = gzip.GzipFile(fileobj=handle) if gzipped else handle
            yield from self._records(_Guarded(inner), path, origin)

    def _records(self, stream: _Guarded, path: Path, origin: str) -> Iterator[Item]:
        number = 0
        try:
            # A stream, never a path or URL: FastWARC would open those itself (and fsspec
            # can fetch URLs).
            records = ArchiveIterator(
                stream, parse_http=False, stream_detect=False, fsspec_args=False
            )
            for number, record in enumerate(records, start=1):
                item = self._item(record, path, f"{origin}:record {number}")
                if item is not None:
                    yield item
        except _CutShort as cut:
            yield Reject(f"{origin}:record {number}", "E011", _broken(str(cut), number, stream))
            return
        except OSError as exc:
            problem = f"is not a valid WARC record ({exc})"
            yield Reject(
                f"{origin}:record {number + 1}", "E011", _broken(problem, number + 1, stream)
            )
            return
        if stream.error is not None:
            problem = "is cut short: the file ends inside it"
            yield Reject(
                f"{origin}:record {number + 1}", "E011", _broken(problem, number + 1, stream)
            )
        elif number == 0:
            yield Reject(origin, "E002", "is empty (no WARC records in it)")

    def _item(self, record: WarcRecord, path: Path, origin: str) -> Item | None:
        """The article in ``record``, a Reject when it is broken, None when it holds no page."""
        # FastWARC yields the headers found before a cut as a record of length 0.
        if not str(record.headers.get("Content-Length", "")).strip().isdigit():
            raise _CutShort("has no Content-Length header: it is broken or the file is cut short")
        kind = record.record_type
        if kind == WarcRecordType.response and record.is_http:
            return self._response(record, path, origin)
        if kind in (WarcRecordType.resource, WarcRecordType.conversion):
            media, charset = content_type(record.headers.get("Content-Type"))
            if media not in _PAGE_TYPES:
                _skip(record)
                return None
            if record.content_length > self.max_bytes:
                _skip(record)
                return reject(too_large(origin, record.content_length, self.max_bytes))
            block = _block(record)
            return _article(block, media, charset, _target(record), path, origin)
        _skip(record)
        return None

    def _response(self, record: WarcRecord, path: Path, origin: str) -> Item | None:
        if record.content_length > self.max_bytes:
            # Too large to hold: read just the HTTP headers to see whether it is a page.
            try:
                record.parse_http(quirks_mode=True)
            except OSError as exc:
                return Reject(origin, "E011", f"has malformed HTTP headers ({exc})")
            media, _ = _page_type(record)
            size = record.content_length
            _skip(record)
            return None if media is None else reject(too_large(origin, size, self.max_bytes))
        # The whole block is read first, so a cut is seen however the body is encoded,
        # then parsed again in memory, where FastWARC undoes chunking and gzip/br.
        http = WarcRecord()
        http.init_headers(WarcRecordType.response)
        http.set_bytes_content(_block(record))
        http.is_http = True
        try:
            # quirks_mode: old crawlers wrote HTTP headers ending in a bare LF.
            http.parse_http(auto_decode="all", quirks_mode=True)
            headers = http.http_headers
            if headers is None or headers.status_code is None:
                line = headers.status_line if headers is not None else None
                return Reject(origin, "E011", f"has no valid HTTP status line ({line!r})")
            media, charset = _page_type(http)
            if media is None:
                return None
            body = http.reader.read(self.max_bytes + 1)
        except OSError as exc:
            return Reject(origin, "E011", f"has a malformed HTTP response ({exc})")
        if len(body) > self.max_bytes:
            return reject(too_large(origin, None, self.max_bytes))
        return _article(body, media, charset, _target(record), path, origin)


def _page_type(record: WarcRecord) -> tuple[str | None, str | None]:
    """The media type and charset of a parsed HTTP response, or ``(None, None)`` when it
    is not a 200 page of HTML or text."""
    headers = record.http_headers
    if headers is None or headers.status_code != 200:
        return None, None
    media, charset = content_type(headers.get("Content-Type"))
    if media not in _PAGE_TYPES:
        return None, None
    return media, charset


def _article(
    data: bytes, media: str | None, charset: str | None, url: str | None, path: Path, origin: str
) -> Item | None:
    """The page in ``data`` as a RawArticle; None for an empty page, E003 for a binary one."""
    if not data.strip():
        return None  # an empty page is not broken, there is just nothing to read
    if looks_binary(data) and unicode_bom(data) is None:  # UTF-16 text holds NUL bytes
        return Reject(origin, "E003", f"is labelled {media} but holds binary data")
    html = media in _HTML_TYPES
    return RawArticle(
        origin=origin,
        text=decode_web(data, charset, html=html),
        content_type="html" if html else "text",
        path=str(path),
        url=url,
        source=url_host(url),
    )


def _block(record: WarcRecord) -> bytes:
    """The rest of the record's block; raises _CutShort when the file ends inside it."""
    size = record.content_length
    try:
        data = record.reader.read(size)
    except OSError as exc:
        raise _CutShort(f"cannot be read ({exc})") from exc
    if len(data) < size:
        raise _CutShort(f"is cut short: it holds {len(data):,} of its {size:,} bytes")
    return data


def _skip(record: WarcRecord) -> None:
    """Pass over the rest of the record; raises _CutShort when the file ends inside it."""
    size = record.content_length
    try:
        skipped = record.reader.consume()
    except OSError as exc:
        raise _CutShort(f"cannot be read ({exc})") from exc
    if skipped < size:
        raise _CutShort(f"is cut short: it holds {skipped:,} of its {size:,} bytes")


def _target(record: WarcRecord) -> str | None:
    """The record's WARC-Target-URI (some writers wrap it in angle brackets)."""
    uri = record.headers.get("WARC-Target-URI")
    if not isinstance(uri, str):
        return None
    return uri.strip().strip("<>") or None


def _broken(problem: str, number: int, stream: _Guarded) -> str:
    """The message for record ``number`` where the file breaks: ``problem``, the
    decompression or read error behind it, and what was read before."""
    cause = f" ({stream.error})" if stream.error is not None else ""
    after = "the records before it were read" if number > 1 else "is this a WARC file?"
    return f"{problem}{cause}; {after}"
