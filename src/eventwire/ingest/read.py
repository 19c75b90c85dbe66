"""Walk the input paths and hand each file to the reader for its format."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator, Sequence
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


@dataclass(frozen=True, slots=True)
class _File:
    """A file to read and the name it goes by in messages."""

    path: Path
    origin: str


def read_inputs(
    paths: Sequence[str], *, max_bytes: int, stdin: TextIO | None = None
) -> Iterator[Item]:
    """Yield a RawArticle for every article in ``paths``, or a Reject for every bad input.

    A path is a file, a folder (read recursively in sorted order, hidden entries
    skipped), a glob pattern (``news/**/*.warc.gz``, expanded in sorted order when no
    file has that very name) or ``-`` for standard input (``stdin``, default
    ``sys.stdin``). Never raises for a bad input: the batch goes on after a Reject.
    """
    for target in _targets(paths):
        if target is None:
            yield from StdinReader(max_bytes).read_stream(stdin if stdin is not None else sys.stdin)
        elif isinstance(target, Reject):
            yield target
        else:
            yield from reader_for(target.path, max_bytes).read(target.path, target.origin)


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
