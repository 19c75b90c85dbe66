"""Bytes to text, with the checks every reader shares: size, empty, binary, UTF-8.

Each check raises :class:`~eventwire.errors.InputError` with the code from
``errors.py`` and a message a user can act on; readers turn it into a Reject.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

from eventwire.errors import InputError

BOM = "\ufeff"
# Bytes that never occur in text: C0 controls except tab, newline, vertical tab,
# form feed, carriage return and escape (ANSI colour codes in logs are text).
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
# More than this share of control bytes in a document means it is not text.
_MAX_CONTROL_RATIO = 0.05
_SNIFF_BYTES = 65_536


def is_gzip(path: Path) -> bool:
    """True when the file name ends in ``.gz`` (the content is then decompressed)."""
    return path.suffix.lower() == ".gz"


def open_binary(path: Path) -> io.BufferedIOBase:
    """Open ``path`` for reading bytes, decompressing on the fly when it is gzipped."""
    if is_gzip(path):
        return gzip.open(path, "rb")
    return path.open("rb")


def read_bytes(path: Path, origin: str, *, max_bytes: int) -> bytes:
    """Read a whole file (decompressed if gzipped), refusing more than ``max_bytes``."""
    try:
        if not is_gzip(path) and path.stat().st_size > max_bytes:
            raise too_large(origin, path.stat().st_size, max_bytes)
        with open_binary(path) as handle:
            data = handle.read(max_bytes + 1)
    except InputError:
        raise
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(
            origin,
            f"is not a valid gzip file ({exc}); decompress it or drop the .gz suffix",
            code="E009",
        ) from exc
    except FileNotFoundError as exc:
        raise InputError(origin, "no such file", code="E001") from exc
    except OSError as exc:
        raise os_error(origin, exc) from exc
    if len(data) > max_bytes:
        raise too_large(origin, None, max_bytes)
    return data


def too_large(origin: str, size: int | None, max_bytes: int) -> InputError:
    """The E007 error for an input over the size limit."""
    found = f"{size:,} bytes" if size is not None else "more bytes"
    return InputError(
        origin,
        f"is too large ({found}; the limit is {max_bytes:,}); split it or raise ingest.max_bytes",
        code="E007",
    )


def os_error(origin: str, exc: OSError) -> InputError:
    """The E009 error for a file the operating system would not let us read."""
    reason = exc.strerror or exc.__class__.__name__
    return InputError(origin, f"cannot be read: {reason}", code="E009")


def looks_binary(data: bytes) -> bool:
    """True when ``data`` holds NUL bytes or too many other control bytes to be text."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls / len(sample) > _MAX_CONTROL_RATIO


def decode_text(data: bytes, origin: str, *, offset: int = 0) -> str:
    """Decode UTF-8 ``data`` into text without a BOM, or raise the matching InputError.

    ``offset`` is where ``data`` starts inside its file, so a byte position in a
    message points into the file a user can open (JSONL lines are decoded one by one).
    """
    if looks_binary(data):
        raise InputError(
            origin,
            "looks like a binary file, not text (it holds NUL or control bytes)",
            code="E003",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 4].hex(" ")
        raise InputError(
            origin,
            f"is not valid UTF-8 at byte {offset + exc.start} (line {line}, bytes {bad}); "
            "convert it to UTF-8 first, e.g. iconv -f windows-1252 -t utf-8",
            code="E004",
        ) from exc
    text = text.removeprefix(BOM)
    if not text.strip():
        raise InputError(origin, "is empty (nothing but whitespace)", code="E002")
    return text
