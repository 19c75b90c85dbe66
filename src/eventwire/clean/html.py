"""HTML main text with trafilatura: the article body without navigation or comments,
plus the page's title, date, canonical URL and site name."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import trafilatura

from eventwire.errors import InputError
from eventwire.ingest.dates import parse_date
from eventwire.models import RawArticle

_WHOLE_PAGE = re.compile(r"<\s*(html|body)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MainText:
    """What trafilatura found in a page; ``text`` has one paragraph per line."""

    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None


def extract_main_text(raw: RawArticle) -> MainText:
    """The main text and metadata of ``raw`` (an HTML page); E008 when there is none.

    Comments are left out. The default balance of precision and recall scored best
    on the pages in ``corpus/web`` (see bench/eval_clean.py); the boilerplate lines
    it lets through are removed afterwards by rule. When nothing is found the
    extraction is retried favouring recall, since short pages can look like boilerplate.
    A fragment (markup without ``<html>`` or ``<body>``, as saved by reader views and
    APIs) is wrapped in a page first: trafilatura finds nothing in a bare fragment.
    """
    if not _WHOLE_PAGE.search(raw.text[:4096]):
        raw = replace(raw, text=f"<html><body>{raw.text}</body></html>")
    document = _extract(raw, favor_recall=False) or _extract(raw, favor_recall=True)
    if document is None or not (document.text or "").strip():
        raise InputError(raw.origin, "no main text found in the HTML page", code="E008")
    return MainText(
        text=document.text or "",
        title=_clean(document.title),
        published=parse_date(document.date),
        url=_clean(document.url),
        source=_clean(document.sitename),
    )


def _extract(raw: RawArticle, *, favor_recall: bool) -> trafilatura.settings.Document | None:
    document = trafilatura.bare_extraction(
        raw.text,
        url=raw.url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        favor_recall=favor_recall,
    )
    if isinstance(document, dict):  # only with as_dict=True, which we never pass
        return None
    if document is None or not (document.text or "").strip():
        return None
    return document


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None
