"""Walk the input paths and hand each file to the reader for its format."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from eventwire.ingest.base import Item, Reader, reject
from eventwire.ingest.csv_table import CsvReader
from eventwire.ingest.decode import is_gzip, os_error
from eventwire.ingest.feed import FeedReader
from eventwire.ingest.html import HtmlReader
from eventwire.ingest.jsonl import JsonlReader
from eventwire.ingest.stdin import StdinReader
from eventwire.ingest.text import TextReader
from eventwire.ingest.warc import WarcReader
from eventwire.models import Reject

STDIN = "-"
_GLOB_CHARACTERS = frozenset("*?[")
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_FEED_SUFFIXES = frozenset({".rss", ".atom"})
_TABLE_DELIMITERS = {".csv": ",", ".tsv": "\t"}
# An exception's message may quote a whole record: E014 keeps its start.
_MAX_PROBLEM_CHARS = 300


@dataclass(frozen=True, slots=True)
class _File:
    """A file to read and the name it goes by in messages."""

    path: Path
    origin: str


def read_inputs(
    paths: Sequence[str],
    *,
    max_bytes: int,
    stdin: TextIO | None = None,
    done: Callable[[str, int], None] | None = None,
) -> Iterator[Item]:
    """Yield a RawArticle for every article in ``paths``, or a Reject for every bad input.

    A path is a file, a folder (read recursively in sorted order, hidden entries
    skipped), a glob pattern (``news/**/*.warc.gz``, expanded in sorted order when no
    file has that very name) or ``-`` for standard input (``stdin``, default
    ``sys.stdin``). Never raises for a bad input: the batch goes on after a Reject,
    and a reader that fails on a file (a bug) is one E014 Reject for the rest of it.

    ``done``, when given, is called with each input file's path and its size in bytes
    on disk (0 if unknown) once the file has been read to its end, for progress.
    Standard input is not counted.
    """
    for target in _targets(paths):
        if target is None:
            yield from StdinReader(max_bytes).read_stream(stdin if stdin is not None else sys.stdin)
        elif isinstance(target, Reject):
            yield target
        else:
            yield from _read_file(target, max_bytes)
            if done is not None:
                done(str(target.path), file_size(target.path))


def _read_file(file: _File, max_bytes: int) -> Iterator[Item]:
    """What the reader for ``file`` yields; where it raises, one E014 Reject instead of
    the rest of the file.

    The reader is stepped by hand, not with ``yield from``, so that only its own
    errors are caught, never one thrown in by the consumer.
    """
    # closing: a consumer that stops early closes the reader now, and with it its file.
    with closing(_reader_items(file, max_bytes)) as items:
        while True:
            try:
                item = next(items)
            except StopIteration:
                return
            except Exception as exc:
                yield _failed(file.origin, exc)
                return
            except BaseException as exc:
                if not _is_panic(exc):
                    raise  # KeyboardInterrupt, SystemExit, GeneratorExit
                yield _failed(file.origin, exc)
                return
            yield item


def _reader_items(file: _File, max_bytes: int) -> Generator[Item, None, None]:
    """The items of the reader for ``file``, picked and started inside the generator so
    that whatever it raises comes from ``next``."""
    yield from reader_for(file.path, max_bytes).read(file.path, file.origin)


def _is_panic(exc: BaseException) -> bool:
    """True for a Rust panic in an extension (pyo3's PanicException, which FastWARC can
    raise): it derives from BaseException so that ``except Exception`` lets it through."""
    return any(
        kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"
        for kind in type(exc).__mro__
    )


def _failed(origin: str, exc: BaseException) -> Reject:
    """The E014 Reject for a reader that raised ``exc`` while reading ``origin``."""
    try:
        message = str(exc)
    except Exception:  # an exception whose __str__ fails must not end the run either
        message = ""
    if len(message) > _MAX_PROBLEM_CHARS:
        message = message[:_MAX_PROBLEM_CHARS] + "..."
    problem = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return Reject(origin, "E014", f"the reader failed: {problem}; the rest of the file is skipped")


def file_size(path: str | Path) -> int:
    """The size of ``path`` on disk in bytes, or 0 when it cannot be known."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def input_files(paths: Sequence[str]) -> Iterator[Path]:
    """The files :func:`read_inputs` reads under ``paths``, in its order (folders walked,
    patterns expanded; standard input and missing paths left out)."""
    for target in input_targets(paths):
        if isinstance(target, Path):
            yield target


def input_targets(paths: Sequence[str]) -> Iterator[Path | Reject]:
    """:func:`input_files`, with a Reject for each path that is missing or matches
    nothing, in order (standard input left out)."""
    for target in _targets(paths):
        if isinstance(target, _File):
            yield target.path
        elif target is not None:
            yield target


def _targets(paths: Sequence[str]) -> Iterator[_File | Reject | None]:
    """What each path stands for: files, Rejects for missing ones, None for stdin."""
    for name in paths:
        if name == STDIN:
            yield None
            continue
        path = Path(name)
        if os.path.lexists(path) or not _GLOB_CHARACTERS & set(name):
            yield from _found(path, name)
            continue
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield Reject(name, "E001", "the pattern matches no file or folder")
        seen: set[Path] = set()
        for match in matches:
            for target in _found(Path(match), match):
                # "news/**" matches a folder and the files in it: read each file once.
                if isinstance(target, _File):
                    if target.path in seen:
                        continue
                    seen.add(target.path)
                yield target


def _found(path: Path, name: str) -> Iterator[_File | Reject]:
    """The files at ``path`` (itself, or those under it), or the Reject saying why none."""
    if path.is_dir():
        for file in walk(path):
            yield file if isinstance(file, Reject) else _File(file, str(file))
    elif path.exists():
        yield _File(path, name)
    elif path.is_symlink():
        yield Reject(name, "E001", "is a broken symbolic link (its target does not exist)")
    else:
        yield Reject(name, "E001", "no such file or folder")


def walk(folder: Path) -> Iterator[Path | Reject]:
    """The files under ``folder``, recursively, in sorted order, skipping hidden entries
    and linked folders.

    A sub-folder that cannot be listed is yielded as a Reject and the walk goes on.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield reject(os_error(str(folder), exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        # Linked folders are not followed, so a link loop cannot make the walk endless.
        if entry.is_dir(follow_symlinks=False):
            yield from walk(path)
        elif entry.is_file():
            yield path


def reader_for(path: Path, max_bytes: int) -> Reader:
    """The reader for ``path``'s format, from its suffix (``.gz`` looks at the one before)."""
    name = path.with_suffix("") if is_gzip(path) else path
    suffix = name.suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return HtmlReader(max_bytes)
    if suffix in _JSONL_SUFFIXES:
        return JsonlReader(max_bytes)
    if suffix == ".warc":
        return WarcReader(max_bytes)
    if suffix in _TABLE_DELIMITERS:
        return CsvReader(max_bytes, delimiter=_TABLE_DELIMITERS[suffix])
    if suffix in _FEED_SUFFIXES:
        return FeedReader(max_bytes)
    if suffix == ".xml":
        return FeedReader(max_bytes, sniff=True)
    return TextReader(max_bytes, sniff_html=suffix not in _TEXT_SUFFIXES)
