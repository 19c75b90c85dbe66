"""Walk the input paths and hand each file to the reader for its format."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from eventwire.ingest.base import Item, Reader, reject
from eventwire.ingest.decode import is_gzip, os_error
from eventwire.ingest.html import HtmlReader
from eventwire.ingest.jsonl import JsonlReader
from eventwire.ingest.stdin import StdinReader
from eventwire.ingest.text import TextReader
from eventwire.models import Reject

STDIN = "-"
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_TEXT_SUFFIXES = frozenset({".txt", ".text"})


def read_inputs(
    paths: Sequence[str], *, max_bytes: int, stdin: TextIO | None = None
) -> Iterator[Item]:
    """Yield a RawArticle for every article in ``paths``, or a Reject for every bad input.

    A path is a file, a folder (read recursively in sorted order, hidden entries
    skipped) or ``-`` for standard input (``stdin``, default ``sys.stdin``). Never
    raises for a bad input: the batch goes on after a Reject.
    """
    for name in paths:
        if name == STDIN:
            yield from StdinReader(max_bytes).read_stream(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(name)
        if path.is_dir():
            for file in walk(path):
                if isinstance(file, Reject):
                    yield file
                else:
                    yield from reader_for(file, max_bytes).read(file, str(file))
        elif path.exists():
            yield from reader_for(path, max_bytes).read(path, name)
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
    return TextReader(max_bytes, sniff_html=suffix not in _TEXT_SUFFIXES)
