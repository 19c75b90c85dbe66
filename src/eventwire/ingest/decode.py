"""Bytes to text, with the checks every reader shares: size, empty, binary, UTF-8;
and lines read with a bound on their length.

Each check raises :class:`~eventwire.errors.InputError` with the code from
``errors.py`` and a message a user can act on; readers turn it into a Reject.
"""

from __future__ import annotations

import codecs
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
# A file opened for reading bytes, decompressed or not: both can peek.
BinaryStream = gzip.GzipFile | io.BufferedReader
_GZIP_MAGIC = b"\x1f\x8b"
# Marks naming a Unicode encoding other than UTF-8; UTF-32 first, since its
# little-endian mark starts with the UTF-16 one.
_UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes read at a time while skipping the rest of a line over the limit.
_SKIP_CHUNK = 65_536


def is_gzip(path: Path) -> bool:
    """True when the file name ends in ``.gz`` (the content is then decompressed)."""
    return path.suffix.lower() == ".gz"


def open_binary(path: Path) -> BinaryStream:
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


def unicode_bom(data: bytes) -> tuple[str, int] | None:
    """The codec a UTF-16 or UTF-32 byte-order mark at the start of ``data`` names, and
    the mark's length; None when there is no such mark (a UTF-8 one included)."""
    for mark, codec in _UNICODE_BOMS:
        if data.startswith(mark):
            return codec, len(mark)
    return None


def binary_error(data: bytes, origin: str) -> InputError:
    """The error for bytes that are not text: E003, or E004 for UTF-16 without a
    byte-order mark, with what to do about either."""
    if data.startswith(_GZIP_MAGIC):
        return InputError(
            origin,
            "is gzip-compressed data, not text; name it with a .gz suffix (or gunzip it)",
            code="E003",
        )
    codec = _utf16_without_bom(data[:_SNIFF_BYTES])
    if codec is not None:
        return InputError(
            origin,
            f"looks like {codec.upper()} text without a byte-order mark (an encoding is "
            f"never guessed); convert it to UTF-8 first, e.g. iconv -f {codec} -t utf-8",
            code="E004",
        )
    return InputError(
        origin,
        "looks like a binary file, not text (it holds NUL or control bytes)",
        code="E003",
    )


def decode_text(data: bytes, origin: str, *, offset: int = 0) -> str:
    """Decode ``data`` into text without a BOM, or raise the matching InputError.

    Text is UTF-8, unless a byte-order mark says UTF-16 or UTF-32 (as Windows tools
    write it). Other encodings are not guessed: a Windows-1252 or Latin-1 file is E004,
    naming the first byte that is not UTF-8 and the command that converts it.

    ``offset`` is where ``data`` starts inside its file, so a byte position in a
    message points into the file a user can open (JSONL lines are decoded one by one);
    only data at the start of a file can open with a byte-order mark.
    """
    bom = unicode_bom(data) if offset == 0 else None
    if bom is not None:
        text = _decode_unicode(data, origin, *bom)
    else:
        if looks_binary(data):
            raise binary_error(data, origin)
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


def _decode_unicode(data: bytes, origin: str, codec: str, mark: int) -> str:
    """``data`` after its byte-order ``mark`` decoded with ``codec`` (UTF-16 or UTF-32)."""
    name = codec.upper().removesuffix("-LE").removesuffix("-BE")
    try:
        text = data[mark:].decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            origin,
            f"starts with a {name} byte-order mark but is not valid {name} at byte "
            f"{mark + exc.start} ({exc.reason}); convert it to UTF-8 first",
            code="E004",
        ) from exc
    if looks_binary(text[:_SNIFF_BYTES].encode("utf-8")):
        raise InputError(
            origin,
            f"starts with a {name} byte-order mark but holds control characters, not text",
            code="E003",
        )
    return text


def _utf16_without_bom(sample: bytes) -> str | None:
    """``"utf-16le"`` or ``"utf-16be"`` when the NUL bytes of ``sample`` fall in every
    other byte and nowhere else, as in UTF-16 text of a Latin script; else None."""
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return None
    for zeros, others, codec in ((odd, even, "utf-16le"), (even, odd, "utf-16be")):
        if zeros.count(0) >= len(zeros) // 2 and others.count(0) == 0:
            try:
                text = sample[: len(sample) // 2 * 2].decode(codec)
            except UnicodeDecodeError:
                continue
            if not looks_binary(text.encode("utf-8")):
                return codec
    return None


def check_start(raw: BinaryStream, origin: str, kind: str, *, record: bytes = b"") -> None:
    """Raise the InputError for a whole file of ``kind`` (JSON lines, tables) whose first
    bytes show it is no UTF-8 text: a UTF-16 or UTF-32 byte-order mark (these formats are
    read as UTF-8), or binary bytes (one Reject, not one per line of noise). With
    ``record``, a file whose first line starts like one (``{``) is read line by line
    even so: it has some bad lines, and the good ones are worth reading."""
    start = raw.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
    bom = unicode_bom(start)
    if bom is not None:
        name = bom[0].upper().removesuffix("-LE").removesuffix("-BE")
        raise InputError(
            origin,
            f"is {name} (it starts with a byte-order mark), but {kind} are read as UTF-8; "
            f"convert it first, e.g. iconv -f {name} -t utf-8",
            code="E004",
        )
    first = start.lstrip().removeprefix(codecs.BOM_UTF8)
    if looks_binary(start) and not (record and first.startswith(record)):
        raise binary_error(start, origin)


class LineTooLong(Exception):
    """A line ran past the limit; it was read on to its end and dropped."""

    def __init__(self, size: int) -> None:
        super().__init__(f"a line of {size:,} bytes")
        self.size = size


def read_line(raw: BinaryStream, limit: int) -> bytes:
    """The next line of ``raw`` with its line end (``b""`` at the end of the file),
    never holding more than ``limit`` bytes of it.

    A longer line is read on to its end in bounded chunks and dropped, and
    :class:`LineTooLong` says how long it was; the next call reads the line after it.
    NOT ``for line in handle``: that holds a whole line, however long, in memory, and a
    gzip bomb without a newline is hundreds of megabytes of one line.
    """
    line = raw.readline(limit)
    if len(line) < limit or line.endswith(b"\n"):
        return line
    size = len(line)
    while line and not line.endswith(b"\n"):
        line = raw.readline(_SKIP_CHUNK)
        size += len(line)
    raise LineTooLong(size)
