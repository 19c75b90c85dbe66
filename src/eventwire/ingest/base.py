"""What every reader shares: the Reader protocol and turning errors into Rejects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from eventwire.errors import InputError
from eventwire.models import RawArticle, Reject

Item = RawArticle | Reject

# A document that opens with markup is HTML whatever its name says.
_BLOCK_START = re.compile(r"^\s*<(?:p|div|article|section|main|h[1-6]|span|table|ul)[\s>]", re.I)
_CLOSING_TAG = re.compile(r"</(?:p|div|article|section|main|h[1-6]|span|table|ul)>", re.I)
_MARKUP_START = re.compile(r"^\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml\s)", re.I)


class Reader(Protocol):
    """Reads one file and yields what it holds: articles, or a Reject per bad part."""

    def read(self, path: Path, origin: str) -> Iterator[Item]:
        """Yield the articles in ``path``; ``origin`` names it in messages."""
        ...


def reject(error: InputError) -> Reject:
    """The Reject record for an InputError, keeping its code and reason."""
    return Reject(origin=error.origin, code=error.code, message=error.reason)


def starts_with_markup(text: str) -> bool:
    """True when ``text`` opens like an HTML page (``<!doctype html``, ``<html>``...)."""
    return _MARKUP_START.match(text[:1024]) is not None


def is_markup_fragment(text: str) -> bool:
    """True when ``text`` is HTML markup: a page, or a fragment that opens with a block
    tag and closes tags (a "text" field that a scraper filled with raw HTML)."""
    head = text[:1024]
    return starts_with_markup(head) or (
        _BLOCK_START.match(head) is not None and _CLOSING_TAG.search(text) is not None
    )


def url_host(url: str | None) -> str | None:
    """The host name in ``url`` ("news.example.org"), or None when it has none."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname or None
    except ValueError:  # "http://[broken" and other URLs urllib cannot split
        return None
