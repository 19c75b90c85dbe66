"""Web payloads to text: the declared charset first, then UTF-8, then Windows-1252.

Pages in web archives come in whatever charset the server sent, so the strict
UTF-8 of :func:`~eventwire.ingest.decode.decode_text` would reject most of an old
crawl. Here the charset named by the Content-Type (or a ``<meta charset>`` in the
page) wins; a label that is wrong for the bytes, unknown, or no text charset
(``base64``, ``utf-7``) falls back to UTF-8, and only bytes that are neither are
read as Windows-1252 with replacement characters.
"""

from __future__ import annotations

import codecs
import re
from email.message import Message

from eventwire.ingest.decode import unicode_bom

# Browsers read these labels as Windows-1252 (WHATWG Encoding Standard): pages that
# say latin-1 routinely hold curly quotes in 0x80-0x9f.
_WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}
)
# Text codecs no browser would use for a page (the WHATWG Encoding Standard knows none
# of them): UTF-7 and the escape codecs turn plain ASCII into other text, the rest raise
# on page bytes or decode everything as an error.
_REFUSED_CODECS = frozenset(
    {"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined"}
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_META_SNIFF_BYTES = 4096


def content_type(header: str | None) -> tuple[str | None, str | None]:
    """The media type (lower case) and charset of a Content-Type header value."""
    if not header:
        return None, None
    message = Message()
    message["content-type"] = header
    return message.get_content_type(), message.get_content_charset()


def decode_web(data: bytes, charset: str | None, *, html: bool) -> str:
    """Decode a web payload: by its byte-order mark (UTF-8, UTF-16, UTF-32), else
    ``charset``, a ``<meta>`` charset (HTML only), UTF-8, and Windows-1252 with
    replacement as the last resort; the mark is dropped."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace")
    bom = unicode_bom(data)
    if bom is not None:  # a byte-order mark wins over any label, as in browsers
        codec, mark = bom
        return data[mark:].decode(codec, "replace")
    declared = declared_charset(data) if html else None
    labels = [charset, declared, "utf-8", "windows-1252"]
    for label in labels:
        name = _codec(label)
        if name is None:
            continue
        try:
            return data.decode(name)
        except (UnicodeError, LookupError):
            continue
    return data.decode("windows-1252", "replace")


def declared_charset(page: bytes) -> str | None:
    """The Python codec for the charset an HTML page declares in a ``<meta>`` near its
    start; None when it declares none, or an unknown or unsafe one."""
    meta = _META_CHARSET.search(page[:_META_SNIFF_BYTES])
    if meta is None:
        return None
    label = meta[1].decode("ascii")
    if label.lower().startswith("utf-16"):
        return "utf-8"  # a <meta> readable as ASCII cannot be UTF-16 (HTML standard)
    return _codec(label)


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, or None for a missing, unknown or unsafe one.

    ``codecs.lookup`` also finds bytes-to-bytes codecs (``base64``, ``hex``, ``zlib``)
    that ``bytes.decode`` refuses, and text codecs that are no web charset.
    """
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "windows-1252"
    try:
        codec = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return None
    if not codec._is_text_encoding or codec.name in _REFUSED_CODECS:
        return None
    return codec.name
