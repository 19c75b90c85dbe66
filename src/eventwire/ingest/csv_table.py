"""Tables (``.csv``, ``.tsv``, optionally gzipped): one article per row under a header.

The body is the first non-empty of the columns ``text``, ``body``, ``content`` and
``html`` (names match in any case); it is HTML when it comes from ``html`` or is
markup. Optional columns: ``url``, ``title``, ``published`` (or ``date``) and
``source``. Rows are numbered as a spreadsheet shows them, the header being row 1:
a bad row is a Reject for ``path:row N`` and the rows after it are still read.
``max_bytes`` applies to each field, and to each line of the file, so that a
gzipped table streams through in bounded memory.
"""

from __future__ import annotations

import csv
import gzip
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.base import Item, is_markup_fragment, reject
from eventwire.ingest.dates import parse_date
from eventwire.ingest.decode import (
    BOM,
    BinaryStream,
    LineTooLong,
    check_start,
    open_binary,
    os_error,
    read_line,
    too_large,
)
from eventwire.models import ContentType, RawArticle, Reject

_BODY_COLUMNS = ("text", "body", "content", "html")
_DATE_COLUMNS = ("published", "date")
# Bytes that are not UTF-8, kept by the surrogateescape error handler so that one bad
# row is rejected, not the rest of the file.
_UNDECODABLE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True, slots=True)
class CsvReader:
    """Streams a CSV (comma) or TSV (tab) file row by row."""

    max_bytes: int
    delimiter: str = ","

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield one article or Reject per data row; one Reject for a file without a
        header or without a body column, or whose first bytes are binary or UTF-16."""
        _allow_fields_up_to(self.max_bytes)
        number = 1
        try:
            with open_binary(path) as raw:
                check_start(raw, origin, "tables")
                rows = csv.reader(_Lines(raw, self.max_bytes), delimiter=self.delimiter)
                header = [name.strip().removeprefix(BOM).lower() for name in next(rows, [])]
                if not any(header):
                    yield Reject(origin, "E002", "is empty (no header row)")
                    return
                columns = _Columns.find(header, origin)
                while True:
                    number += 1
                    try:
                        row = next(rows)
                    except csv.Error as exc:
                        yield self._malformed(exc, f"{origin}:row {number}")
                        continue
                    except LineTooLong as long:
                        yield reject(too_large(f"{origin}:row {number}", long.size, self.max_bytes))
                        continue
                    except StopIteration:
                        return
                    if any(cell.strip() for cell in row):
                        yield self._row(row, columns, path, f"{origin}:row {number}")
        except InputError as error:
            yield reject(error)
        except csv.Error as exc:
            yield Reject(origin, "E012", f"has a malformed header row ({exc})")
        except LineTooLong as long:  # in the header: the data rows catch their own
            yield reject(too_large(f"{origin}:row 1", long.size, self.max_bytes))
        except FileNotFoundError:
            yield Reject(origin, "E001", "no such file")
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield Reject(origin, "E009", f"is not a valid gzip file ({exc}) at row {number}")
        except OSError as exc:
            yield reject(os_error(origin, exc))

    def _malformed(self, exc: csv.Error, origin: str) -> Reject:
        # csv says only "field larger than field limit (N)" for a field over the limit.
        if "field limit" in str(exc):
            return reject(too_large(origin, None, self.max_bytes))
        return Reject(origin, "E012", f"is malformed ({exc})")

    def _row(self, row: list[str], columns: _Columns, path: Path, origin: str) -> Item:
        if len(row) != columns.width:
            return Reject(
                origin,
                "E012",
                f"has {len(row)} fields but the header has {columns.width}; "
                "check the quoting of the row before it and this one",
            )
        if any(_UNDECODABLE.search(cell) for cell in row):
            return Reject(origin, "E004", "is not valid UTF-8; convert the file to UTF-8 first")
        for index, name in columns.bodies:
            body = row[index]
            if not body.strip():
                continue
            size = len(body.encode("utf-8"))
            if size > self.max_bytes:
                return reject(too_large(origin, size, self.max_bytes))
            kind: ContentType = "html" if name == "html" or is_markup_fragment(body) else "text"
            return RawArticle(
                origin=origin,
                text=body,
                content_type=kind,
                path=str(path),
                url=columns.value(row, "url"),
                title=columns.value(row, "title"),
                published=parse_date(columns.value(row, *_DATE_COLUMNS)),
                source=columns.value(row, "source"),
            )
        names = " or ".join(name for _, name in columns.bodies)
        return Reject(origin, "E006", f"has an empty body (nothing in column {names})")


class _Lines:
    """The lines of a binary file as text, each read with a bounded :func:`read_line`.

    A line longer than the limit raises LineTooLong, and the lines after it are still
    read (csv takes up again from the next line). Iterating a gzip file directly would
    hold a whole line, however long, in memory before csv could refuse the field.
    """

    def __init__(self, raw: BinaryStream, max_bytes: int) -> None:
        self._raw = raw
        self._limit = max_bytes + 2  # room for the line end after a field of max_bytes

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = read_line(self._raw, self._limit)
        if not line:
            raise StopIteration
        # Whole lines keep the line ends csv needs inside quoted fields, and are safe
        # for UTF-8 (no multi-byte character holds a newline byte).
        return line.decode("utf-8", "surrogateescape")


@dataclass(frozen=True, slots=True)
class _Columns:
    """Where the body and metadata columns are in a header."""

    width: int
    bodies: tuple[tuple[int, str], ...]
    index: dict[str, int]

    @classmethod
    def find(cls, header: list[str], origin: str) -> _Columns:
        """The columns of ``header``; E012 when none of them holds a body."""
        index: dict[str, int] = {}
        for position, name in enumerate(header):
            index.setdefault(name, position)  # the first of two same-named columns wins
        bodies = tuple((index[name], name) for name in _BODY_COLUMNS if name in index)
        if not bodies:
            found = ", ".join(name for name in header if name) or "none"
            raise InputError(
                origin,
                f"has no text column: name one of {', '.join(_BODY_COLUMNS)} "
                f"(the header has {found})",
                code="E012",
            )
        return cls(width=len(header), bodies=bodies, index=index)

    def value(self, row: list[str], *names: str) -> str | None:
        """The first non-empty value among the columns ``names``, stripped."""
        for name in names:
            position = self.index.get(name)
            if position is not None and row[position].strip():
                return row[position].strip()
        return None


def _allow_fields_up_to(max_bytes: int) -> None:
    """Let csv read fields as large as an article may be.

    The limit is process-wide, so it is only ever raised; a field over ``max_bytes``
    is still rejected row by row (E007).
    """
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)
