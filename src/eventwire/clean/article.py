"""clean_article: one RawArticle in, one Article (text, removals, id) out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

from eventwire.clean.assemble import assemble
from eventwire.clean.boilerplate import boilerplate_left_by_cuts, find_boilerplate
from eventwire.clean.html import MainText, extract_main_text
from eventwire.clean.lines import Line, split_lines
from eventwire.clean.repeats import REASON as REPEATED
from eventwire.clean.repeats import find_repeats
from eventwire.errors import InputError
from eventwire.models import Article, RawArticle, Removal

TRUNCATED = "truncated"
ID_CHARS = 16


def clean_article(raw: RawArticle, *, max_chars: int) -> Article:
    """Clean one article: HTML main text, boilerplate and repeated lines out, text normalised.

    Every cut is recorded as a :class:`Removal` with offsets into the raw text (the
    page's main text for HTML, ``raw.text`` otherwise). Raises InputError E008 when
    an HTML page has no main text and E002 when nothing is left after cleaning.
    """
    main = extract_main_text(raw) if raw.content_type == "html" else None
    raw_text = main.text if main is not None else raw.text
    lines = split_lines(raw_text)
    boilerplate = find_boilerplate(lines)
    repeats = find_repeats(lines, boilerplate)
    reasons = {**boilerplate, **dict.fromkeys(repeats.lines, REPEATED)}
    widgets = boilerplate_left_by_cuts(lines, repeats.sentences)
    cuts = sorted([*repeats.sentences, *((start, end) for start, end, _ in widgets)])
    assembled = assemble(lines, reasons, cuts, max_chars=max_chars)
    if not assembled.text:
        raise InputError(
            raw.origin,
            f"nothing is left after cleaning (all {len(lines)} lines were boilerplate or "
            "repeats, or the text is blank)",
            code="E002",
        )
    removed = [
        *_line_removals(lines, reasons),
        *_span_removals(repeats.sentences),
        *(Removal(start, end, reason) for start, end, reason in widgets),
    ]
    if assembled.cut is not None:
        removed = _truncate(removed, assembled.cut, len(raw_text))
    url = raw.url or (main.url if main else None)
    return Article(
        id=article_id(assembled.text, url),
        text=assembled.text,
        origin=raw.origin,
        path=raw.path,
        url=url,
        source=raw.source or _meta(main, "source"),
        title=raw.title or _meta(main, "title"),
        published=raw.published or (main.published if main else None),
        language="en",
        removed=tuple(sorted(removed, key=lambda removal: (removal.start, removal.end))),
        story=article_id(assembled.text, url),
    )


def article_id(text: str, url: str | None) -> str:
    """First 16 hex digits of SHA-256 over the lowercased, whitespace-normalised text
    (and the URL when known): the same article always gets the same id."""
    key = " ".join(text.lower().split())
    if url:
        key = f"{key}\n{url}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:ID_CHARS]


def _line_removals(lines: Sequence[Line], reasons: Mapping[int, str]) -> Iterable[Removal]:
    """One Removal per run of consecutive dropped lines with the same reason."""
    run: list[int] = []
    for position in sorted(reasons):
        if run and (position != run[-1] + 1 or reasons[position] != reasons[run[0]]):
            yield Removal(lines[run[0]].start, lines[run[-1]].end, reasons[run[0]])
            run = []
        run.append(position)
    if run:
        yield Removal(lines[run[0]].start, lines[run[-1]].end, reasons[run[0]])


def _span_removals(spans: Iterable[tuple[int, int]]) -> Iterable[Removal]:
    return (Removal(start, end, REPEATED) for start, end in spans)


def _truncate(removed: Iterable[Removal], cut: int, end: int) -> list[Removal]:
    """Removals before ``cut`` (clipped to it), then one ``truncated`` span to the end."""
    kept = [
        Removal(removal.start, min(removal.end, cut), removal.reason)
        for removal in removed
        if removal.start < cut
    ]
    return [*kept, Removal(cut, end, TRUNCATED)]


def _meta(main: MainText | None, name: str) -> str | None:
    return getattr(main, name) if main is not None else None
